package org.broadsheet.importing.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPressHtmlTest {

    private final WordPressHtml html = new WordPressHtml();

    @Test
    void blankLinesMakeParagraphsAsWordPressShowsThem() {
        assertEquals("One line.  \nNext line.\n\nSecond paragraph.\n",
                html.convert("One line.\nNext line.\n\nSecond paragraph.", Map.of()).markdown());
    }

    @Test
    void blockEditorCommentsAreDroppedAndHeadingsAreAtx() {
        assertEquals("## Title\n\nText.\n",
                html.convert("<!-- wp:heading -->\n<h2>Title</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Text.</p>\n"
                        + "<!-- /wp:paragraph -->", Map.of()).markdown());
    }

    @Test
    void theTextBeforeMoreIsKeptForTheSummary() {
        var converted = html.convert("Opening <b>words</b>.\n<!--more-->\nThe rest.", Map.of());
        assertEquals("Opening words.", converted.beforeMore());
        assertEquals("Opening **words**.\n\nThe rest.\n", converted.markdown());
    }

    @Test
    void aGalleryShowsItsAttachmentsAndUnknownShortcodesAreNamed() {
        var converted = html.convert("[gallery ids=\"7\"]\n\n[contact-form-7 id=\"1\"]", Map.of("7", "https://x.example/a.jpg"));
        assertEquals("![](https://x.example/a.jpg)\n\n\\[contact-form-7 id=\"1\"\\]\n", converted.markdown());
        assertEquals(List.of("contact-form-7"), converted.unknownShortcodes());
    }
}

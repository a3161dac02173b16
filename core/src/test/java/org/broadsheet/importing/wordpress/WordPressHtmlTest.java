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
    void aGalleryShowsItsAttachments() {
        assertEquals("![](https://x.example/a.jpg)\n", html.convert("[gallery ids=\"7\"]", Map.of("7", new Wxr.Attachment("https://x.example/a.jpg", "", ""))).markdown());
    }

    @Test
    void unknownShortcodesAreHiddenInCommentsAndNamedButABracketedWordIsText() {
        var converted = html.convert("[contact-form-7 id=\"1\"]\n\nSee [fancybox]this[/fancybox] [sic].\n\n"
                + "<!--more-->\n\n[toc]", Map.of());
        assertEquals("<!-- WordPress shortcode: [contact-form-7 id=\"1\"] -->\n\nSee <!-- WordPress shortcode: [fancybox] -->this"
                + "<!-- WordPress shortcode: [/fancybox] --> \\[sic\\].\n\n\\[toc\\]\n", converted.markdown());
        assertEquals(List.of("contact-form-7", "fancybox"), converted.unknownShortcodes());
        assertEquals(List.of("sic", "toc"), converted.maybeShortcodes());
        assertEquals("See this [sic].", converted.beforeMore());
    }

    @Test
    void aShortcodeInACodeSampleIsWhatTheAuthorShows() {
        var converted = html.convert("<p>Write <code>[contact-form-7 id=\"1\"]</code> in a post.</p>", Map.of());
        assertEquals("Write `[contact-form-7 id=\"1\"]` in a post.\n", converted.markdown());
        assertEquals(List.of(), converted.unknownShortcodes());
    }

    @Test
    void curlyQuotesDashesEllipsesAndNonBreakingSpacesStayTheCharactersTheyAre() {
        assertEquals("She said \u201cno\u201d \u2013 twice\u2026 It\u2019s\u00a0over, 5\u20132 \u2014 done.\n",
                html.convert("<!-- wp:paragraph -->\n<p>She said \u201cno\u201d \u2013 twice\u2026 It\u2019s&nbsp;over, "
                        + "5&ndash;2 &mdash; done.</p>\n<!-- /wp:paragraph -->", Map.of()).markdown());
    }

    @Test
    void aQuoteEndsWhereItsBlockEndsAndItsCitationIsALineOfItsOwn() {
        assertEquals("> Quoted words.\n>\n> \u2014 Someone\n\n<https://twitter.com/x/status/1>\n",
                html.convert("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>Quoted words.</p>\n"
                        + "<!-- /wp:paragraph --><cite>Someone</cite></blockquote>\n<!-- /wp:quote -->\n\n"
                        + "<!-- wp:embed {\"url\":\"https://twitter.com/x/status/1\",\"type\":\"rich\"} -->\n"
                        + "<figure class=\"wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter\">"
                        + "<div class=\"wp-block-embed__wrapper\">\nhttps://twitter.com/x/status/1\n</div></figure>\n"
                        + "<!-- /wp:embed -->", Map.of()).markdown());
    }

    @Test
    void anImageBlockIsItsOwnParagraphWithItsCaptionUnderIt() {
        assertEquals("Before the image.\n\n![A river](https://x.example/a.jpg)\n\n*The river at dawn*\n",
                html.convert("<!-- wp:paragraph -->\n<p>Before the image.</p>\n<!-- /wp:paragraph -->\n\n"
                        + "<!-- wp:image {\"id\":5} -->\n<figure class=\"wp-block-image size-large\"><img src=\"https://x.example/a.jpg\" "
                        + "alt=\"A river\" class=\"wp-image-5\"/><figcaption class=\"wp-element-caption\">The river <em>at</em> dawn"
                        + "</figcaption></figure>\n<!-- /wp:image -->", Map.of()).markdown());
    }

    @Test
    void headingIdsAreNotPrintedAsText() {
        assertEquals("## The plan\n\n### Other\n",
                html.convert("<!-- wp:heading -->\n<h2 class=\"wp-block-heading\" id=\"the-plan\">The plan</h2>\n"
                        + "<!-- /wp:heading -->\n\n<h3 id=\"x\">Other</h3>", Map.of()).markdown());
    }

    @Test
    void codeAndAudioAreFollowedByTheNextParagraphWithNoLineBreakBetween() {
        assertEquals("Intro:\n\n```\nline one\n\nline two\n```\n\nAfter the code.\n",
                html.convert("Intro:\n<pre>line one\n\nline two</pre>\nAfter the code.", Map.of()).markdown());
        assertEquals("<audio controls src=\"https://x.example/s.mp3\"></audio>\n\n*Listen*\n\nNext.\n",
                html.convert("<!-- wp:audio {\"id\":7} -->\n<figure class=\"wp-block-audio\"><audio controls "
                        + "src=\"https://x.example/s.mp3\"></audio><figcaption>Listen</figcaption></figure>\n<!-- /wp:audio -->\n\n"
                        + "<!-- wp:paragraph -->\n<p>Next.</p>\n<!-- /wp:paragraph -->", Map.of()).markdown());
    }

    @Test
    void aCodeBlockKeepsTheIndentOfItsFirstLine() {
        assertEquals("    a = 1\n    b = 2\n\nNext.\n",
                html.convert("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>a = 1\nb = 2</code></pre>\n<!-- /wp:code -->\n\n"
                        + "<!-- wp:paragraph -->\n<p>Next.</p>\n<!-- /wp:paragraph -->", Map.of()).markdown());
    }
}

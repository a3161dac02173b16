package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockCountsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);

    private static RefusedBodyException refused(String markdown) {
        return assertThrows(RefusedBodyException.class, () -> RENDERER.render(markdown, "/", "/"));
    }

    @Test
    void aBodyMayHaveAsManyHeadingsAsTheLimitOfEitherKind() {
        String html = RENDERER.render("# A heading\n\nText.\n\n".repeat(BlockCounts.MAX_HEADINGS / 2)
                + "A heading\n=========\n".repeat(BlockCounts.MAX_HEADINGS / 2), "/", "/").html();
        assertEquals(BlockCounts.MAX_HEADINGS, html.split("<h2").length - 1);
    }

    @Test
    void oneHeadingMoreIsRefusedAtItsLine() {
        RefusedBodyException atx = refused("# Heading\n".repeat(BlockCounts.MAX_HEADINGS + 1));
        assertEquals(BlockCounts.MAX_HEADINGS + 1, atx.line());
        assertEquals("has more than 20000 headings; split it into several articles", atx.getMessage());
        RefusedBodyException setext = refused("Heading\n---\n".repeat(BlockCounts.MAX_HEADINGS + 1));
        assertEquals(2 * (BlockCounts.MAX_HEADINGS + 1), setext.line());
    }

    @Test
    void listItemsCountAcrossListsAndTheOnePastTheLimitIsRefused() {
        String half = "- item\n".repeat(BlockCounts.MAX_LIST_ITEMS / 2);
        assertTrue(RENDERER.render(half + "\nText.\n\n" + half, "/", "/").html().contains("<li>"));
        RefusedBodyException e = refused(half + "\nBetween two lists.\n\n" + half + "- [ ] one task too many\n");
        assertEquals(BlockCounts.MAX_LIST_ITEMS + 4, e.line()); // after two blank lines and a paragraph
        assertTrue(e.getMessage().startsWith("has more than 20000 list items"), e.getMessage());
    }

    @Test
    void eachBodyCountsForItself() {
        String body = "# Heading\n".repeat(BlockCounts.MAX_HEADINGS);
        RENDERER.render(body, "/", "/");
        assertTrue(RENDERER.render(body, "/", "/").html().startsWith("<h2"));
    }

    @Test
    void linesInCodeAreNotCounted() {
        String code = "```\n" + "# not a heading\n- not an item\n".repeat(BlockCounts.MAX_LIST_ITEMS + 1) + "```\n";
        assertTrue(RENDERER.render(code, "/", "/").html().startsWith("<pre>"));
    }
}

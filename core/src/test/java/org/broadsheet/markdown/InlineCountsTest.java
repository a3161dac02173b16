package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.broadsheet.markdown.InlineCounts.Kind;
import org.junit.jupiter.api.Test;

class InlineCountsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);

    private static String html(String markdown) {
        return RENDERER.render(markdown, "/", "/").html();
    }

    private static RefusedBodyException refused(String markdown) {
        return assertThrows(RefusedBodyException.class, () -> RENDERER.render(markdown, "/", "/"));
    }

    @Test
    void aBodyMayHaveAsManyOfEachAsTheLimit() {
        assertTrue(html("[a](/x) ".repeat(Kind.BRACKETS.limit)).endsWith("<a href=\"/x\">a</a></p>\n"));
        assertTrue(html("[a]: /x\n".repeat(Kind.DEFINITIONS.limit) + "\n[a]\n").contains("<a href=\"/x\">a</a>"));
        assertTrue(html("*a* ".repeat(Kind.EMPHASIS_MARKS.limit / 2)).contains("<em>a</em>"));
        assertTrue(html("&amp; ".repeat(Kind.ENTITIES.limit)).contains("&amp;"));
        assertTrue(html("<b>".repeat(Kind.ANGLE_BRACKETS.limit)).contains("<b>"));
        assertTrue(html("\\* ".repeat(Kind.BACKSLASHES.limit)).contains("*"));
        assertTrue(html("ed@x.org ".repeat(Kind.ADDRESSES.limit)).contains("mailto:"));
        assertTrue(html("[^1]: note\n\n".repeat(Kind.FOOTNOTES.limit)).isEmpty());
        assertTrue(html("a\n".repeat(BlockCounts.MAX_LINES)).startsWith("<p>a"));
    }

    @Test
    void theOnePastTheLimitIsRefusedAtItsLine() {
        RefusedBodyException brackets = refused("Text\n\n" + "![a](/x.png)\n".repeat(Kind.BRACKETS.limit + 1));
        assertEquals(Kind.BRACKETS.limit + 3, brackets.line());
        RefusedBodyException marks = refused("_a_\n".repeat(Kind.EMPHASIS_MARKS.limit / 2 + 1));
        assertEquals(Kind.EMPHASIS_MARKS.limit / 2 + 1, marks.line());
        assertEquals("has more than 200000 runs of emphasis marks (*, _ or ~); split it into several articles",
                marks.getMessage());
        assertEquals("has more than 100000 character references (&amp; and the like); split it into several articles",
                refused("&copy;".repeat(Kind.ENTITIES.limit + 1)).getMessage());
        assertEquals("has more than 100000 HTML tags or other < signs; split it into several articles",
                refused("<a ".repeat(Kind.ANGLE_BRACKETS.limit + 1)).getMessage());
        assertEquals("has more than 100000 backslashes (\\); split it into several articles",
                refused("\\a".repeat(Kind.BACKSLASHES.limit + 1)).getMessage());
        RefusedBodyException lines = refused("\n".repeat(BlockCounts.MAX_LINES) + "one line too many");
        assertEquals(BlockCounts.MAX_LINES + 1, lines.line());
        assertEquals("has more than 200000 lines; split it into several articles", lines.getMessage());
    }

    @Test
    void codeIsNotCounted() {
        String code = "`[a] *b* &amp; <i> \\` ".repeat(Kind.ENTITIES.limit + 1);
        assertTrue(html(code).startsWith("<p><code>"));
    }

    @Test
    void eachBodyCountsForItself() {
        String body = "[a](/x) ".repeat(Kind.BRACKETS.limit);
        html(body);
        assertTrue(html(body).startsWith("<p><a"));
    }
}

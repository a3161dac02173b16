package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NestingLimitTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);

    /** A list whose items each go one level deeper, from the body's line {@code first}. */
    private static String nestedList(int levels, int first) {
        StringBuilder markdown = new StringBuilder("Intro.\n\n".repeat((first - 1) / 2));
        for (int i = 0; i < levels; i++) {
            markdown.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        return markdown.toString();
    }

    private static int refusedAt(String markdown) {
        return assertThrows(TooDeeplyNestedException.class, () -> RENDERER.render(markdown, "/", "/")).line();
    }

    @Test
    void aListFiftyLevelsDeepRendersWithWhatFollowsIt() {
        String markdown = nestedList(50, 1) + "  ".repeat(50) + "`code` in the deepest item\n- back at the top\n\n"
                + "> ".repeat(50) + "a quote fifty deep\n";
        String html = RENDERER.render(markdown, "/", "/").html();
        assertEquals(50, html.split("<ul>", -1).length - 1, html);
        assertTrue(html.contains("<li>level 50\n<code>code</code> in the deepest item</li>"), html);
        assertTrue(html.endsWith("</ul>\n</li>\n<li>back at the top</li>\n</ul>\n" + "<blockquote>\n".repeat(50)
                + "<p>a quote fifty deep</p>\n" + "</blockquote>\n".repeat(50)), html);
        assertEquals(50, html.split("<blockquote>", -1).length - 1, html);
    }

    @Test
    void theLineThatOpensTheFiftyFirstLevelIsRefused() {
        assertEquals(57, refusedAt(nestedList(60, 7)));
        assertEquals(3, refusedAt("Quoted:\n\n" + "> ".repeat(51) + "too deep\n"));
        assertEquals(2, refusedAt("Listed:\n" + "1. ".repeat(25) + "- ".repeat(26) + "too deep\n"));
        assertEquals(1, refusedAt("> - ".repeat(100_000)));
        StringBuilder footnotes = new StringBuilder("Noted.[^0]\n\n");
        for (int i = 0; i < 60; i++) {
            footnotes.append("    ".repeat(i)).append("[^").append(i).append("]: note\n");
        }
        assertEquals(53, refusedAt(footnotes.toString()));
    }

    @Test
    void theErrorSaysWhatIsWrong() {
        TooDeeplyNestedException e = assertThrows(TooDeeplyNestedException.class,
                () -> RENDERER.render(">".repeat(51), "/", "/"));
        assertEquals("nests lists, quotes or footnotes more than 50 levels deep", e.getMessage());
    }
}

package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** FastInlineParser reads links, and their titles, as flexmark's own inline parser does. */
class FastInlineParserTest {

    private static final Parser STOCK = Parser.builder(new MutableDataSet()).build();
    private static final Parser FAST = FastInlineParser.install(Parser.builder(new MutableDataSet())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet()).build();

    private static void assertSameAsFlexmark(String markdown) {
        assertEquals(HTML.render(STOCK.parse(markdown)), HTML.render(FAST.parse(markdown)), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[a](/u \"title\")", "[a](/u 'title')", "[a](/u (title))", "[a](/u \"ti\\\"tle\")", "[a](/u \"open",
        "[a](/u \"t\\\"x)", "[a](/u \"a\\\"b\\\"c) d", "[a](/u 'it\\'s)", "[a](/u (a(b)c))", "[a](/u (a\\)b))",
        "[a](/u \"\\\\\")", "[a](/u \"a\\\\\\\"b)", "[a](/u \"x\\*y\")", "[a](/u \"multi\nline\")", "[a](/u \"\")",
        "[a]\n\n[a]: /u \"t\\\"x", "[a]\n\n[a]: /u 'ok'", "[a]\n\n[a]: /u (ok) trailing", "[a](/u \"a\" \"b\")",
        "[a](/u \"\\a\\\"", "[a](/u \"a\\\\\"b\")",
    })
    void readsLinkTitlesAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    /** flexmark's expression for a title ran out of stack here. */
    @Test
    void aTitleLeftOpenBeforeAMegabyteOfTextStaysText() {
        String html = HTML.render(FAST.parse("[a](/u \"" + "c".repeat(1 << 20)));
        assertEquals("<p>[a](/u &quot;ccc", html.substring(0, 19));
    }

    /** Links whose titles open, close and escape their marks in every order. */
    @Test
    void readsAThousandMixedTitlesAsFlexmarkDoes() {
        String[] pieces = {"\"", "'", "(", ")", "\\\"", "\\'", "\\)", "\\\\", "\\", "a", " ", "\n", "[b](/v \"", "*"};
        Random random = new Random(14);
        for (int i = 0; i < 1000; i++) {
            StringBuilder markdown = new StringBuilder("[a](/u ");
            for (int n = random.nextInt(8); n >= 0; n--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsFlexmark(markdown.toString());
        }
    }
}

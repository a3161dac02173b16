package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FastHeadings, FastFences and FastThematicBreaks read every line as flexmark's own factories do:
 * the same tree, node for node and offset for offset, and the same HTML.
 */
class FastBlockParsersTest {

    private static final Parser STOCK = parser(false);
    private static final Parser FAST = parser(true);
    private static final HtmlRenderer HTML = HtmlRenderer.builder(options()).build();

    private static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        return options;
    }

    private static Parser parser(boolean fast) {
        MutableDataSet options = options();
        if (!fast) {
            return Parser.builder(options).build();
        }
        FastHeadings.replaceCore(options);
        FastFences.replaceCore(options);
        FastThematicBreaks.replaceCore(options);
        return Parser.builder(options).customBlockParserFactory(new FastHeadings())
                .customBlockParserFactory(new FastFences()).customBlockParserFactory(new FastThematicBreaks()).build();
    }

    /** Each node with the offsets of its parts (a heading's markers and text), indented under its parent. */
    private static String tree(Node parent, String indent, StringBuilder into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            into.append(indent).append(node.toAstString(true)).append('\n');
            tree(node, indent + "  ", into);
        }
        return into.toString();
    }

    private static void assertSameAsFlexmark(String markdown) {
        Node stock = STOCK.parse(markdown);
        Node fast = FAST.parse(markdown);
        assertEquals(tree(stock, "", new StringBuilder()), tree(fast, "", new StringBuilder()), markdown);
        assertEquals(HTML.render(stock), HTML.render(fast), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# foo", "## foo ##", "###### six", "####### seven", "#5 bolt", "#hashtag", "\\## foo", "#", "#\t", "# ",
        "### ###", "# #", "## foo #\\#", "## foo \\###", "# foo#", "### b ###    ", "## a ##  b", "#\tfoo\t#\t",
        "   # three spaces", "    # four spaces", "\t# tab", "# foo *bar* \\*", "## ", "#    #####    ", "# a\\", "#\u00a0a",
        "- # in a list", "> # in a quote", "> ## a ##\n> b", "1. # heading item\n   ## second", "Para\n# heading",
        "```\n# not a heading\n```", "    code\n# heading", "<div>\n# html\n</div>", "# a # b #", "# #a", "#\u00a0#",
    })
    void readsAtxHeadingsAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Foo\n===", "Foo\n---", "Foo\nbar\n===", "Foo\n   ===   ", "Foo\n    ===", "Foo\n= =", "Foo\n--- -", "Foo\n=\t",
        "Foo\n-", "- a\nb\n===", "> Foo\n---", "> foo\nbar\n===", "Foo\n\n===", "===", "---", "- foo\n---", "- foo\n  ---",
        "Foo *bar\n===*", "[a]: /x\n===", "[a]: /x\nFoo\n---", "|a|b|\n|-|-|\n", "Foo\n---|---", "\\> foo\n---", "Foo\n==x",
        "Foo\r\n===\r\n", "Foo\n-- -", "a\n> b\n===", "1. a\n   b\n   ---", "Foo\n  ---  \n", "Foo\n=  =", "    Foo\n---",
    })
    void readsSetextHeadingsAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "***", "---", "___", "- - -", "_ _ _", "* * *", " **  * ** * ** * **", "-------------------------------------",
        "--", "**", "+++", "===", "--- a", "_____ x", "-\t-\t-", "***   ", "***\t\t", "   ***", "    ***", "Foo\n***\nbar",
        "- foo\n***\n- bar", "* Foo\n* * *\n* Bar", "- Foo\n- * * *", "1. a\n\n   * * *", "> ***", "- - - x", "*-*",
        "Foo\n    ***", "* * *\n- - -\n_ _ _", "- a\n  - b\n    ---", "__ __", "-\u00a0-\u00a0-", "a\n\n-  -  -  ",
    })
    void readsThematicBreaksAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "```\ncode\n```", "~~~ info\nx\n~~~", "``` a`b\nx", "~~~ a`b\nx\n~~~", "  ```\n  x\n  ```", "    ```\nx",
        "``\nx\n``", "> ```\n> x\n> ```", "- ```\n  x\n  ```", "```\n# h\n```", "````\n```\n````", "~~~\n```\n~~~",
        "``` java\nint x;", "a\n```\nb\n```", "`~~\nx", "~`~\nx", "\t```\nx", "```\n\n```   \n", "- - ```", "1. ```",
        "~~~~a~~~~", "~~~~~~ a ~~", "~~~ a ~\nx\n~~~", "```` a `` b\nx", "~~~~~~~~a", "~~~ `a`\nx", "``` ~a~\nx", "~~~~~~~~~~~~~~~~~~~~",
    })
    void readsFencesAsFlexmarkDoes(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    /** Short documents of lines that are, or nearly are, headings, breaks, lists and quotes. */
    @Test
    void readsAThousandMixedDocumentsAsFlexmarkDoes() {
        String[] lines = {"# a", "## b ##", "#x", "###", "===", "---", "- - -", "* * *", "_ _ _", "***", "- a", "* b",
            "1. c", "> d", "> - e", "text", "more text", "", "   ", "    code", "  ---  ", "= =", "-", "=", "#\\#", "# a #",
            "```", "~~~ x", "  ````", "[a]: /x", "|a|b|", "|-|-|", "  - f", "\t---", "a  ", "<div>", "[^1]: note", "    # deep", "- # h"};
        Random random = new Random(14);
        for (int i = 0; i < 1000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                markdown.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            assertSameAsFlexmark(markdown.toString());
        }
    }
}

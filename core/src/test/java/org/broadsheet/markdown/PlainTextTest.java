package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text of an article body as the search index holds it. */
class PlainTextTest {

    @Test
    void tagsAreDroppedAndBlocksSeparateWords() {
        assertEquals("What happened The storm hit the coast.",
                PlainText.firstWords("<h2 id=\"what\">What happened</h2>\n<p>The <em>storm</em> hit<br>the coast.</p>", 100));
    }

    @Test
    void inlineElementsDoNotSplitAWord() {
        assertEquals("insightful reporting", PlainText.firstWords("<p>in<em>sight</em>ful <a href=\"/x/\">report</a>ing</p>", 100));
    }

    @Test
    void entitiesAreDecodedAndUnknownOnesKeptAsWritten() {
        assertEquals("AT&T <b> café ☺ — &unknown; & more",
                PlainText.firstWords("AT&amp;T &lt;b&gt; caf&#233; &#x263A; &mdash; &unknown; & more", 100));
    }

    @Test
    void scriptsStylesAndCommentsAreNotText() {
        assertEquals("Before after.", PlainText.firstWords(
                "<p>Before</p><script>var x = '<p>no</p>';</script><style>p { color: red }</style><!-- a <p>note</p> -->"
                        + "<SCRIPT src=\"w.js\"></SCRIPT><p>after.</p>", 100));
    }

    @Test
    void textIsCutAfterTheLastWholeWord() {
        assertEquals("One two three", PlainText.firstWords("<p>One two</p><p>three <strong>four</strong> five</p>", 3));
        assertEquals("Long", PlainText.firstWords("<p>Lo<em>ng</em> word</p>", 1));
        assertEquals("", PlainText.firstWords("<figure><img src=\"a.png\" alt=\"A\"></figure>", 10));
    }

    @Test
    void anyWhiteSpaceBecomesOneSpace() {
        assertEquals("a b c", PlainText.firstWords("  a\n\tb&nbsp;\u00a0 c  ", 10));
    }
}

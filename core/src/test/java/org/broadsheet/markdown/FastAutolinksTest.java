package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastAutolinksTest {

    private static final String DOCUMENT = "Say hi to ed@example.org, see www.example.org or WWW.EXAMPLE.ORG, "
            + "read https://example.org/a and http: alone, or www without a dot, then Www.mixed.case.";

    /** The part of the document from the first marker to the end of the second, as flexmark cuts a text node. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Say hi|ed@|true", "Say hi|ed|false", "see www.|www.example|true", "see www|see www|false",
        "WWW.EX|WWW.EXAMPLE|true", "read https://|read https://ex|true", "read https:|read https:/|false",
        "http: alone|http: alone, or www without|false", "Www.mixed|Www.mixed.case.|false"})
    void findsEveryPlaceALinkMayStartWithinTheText(String from, String to, boolean expected) {
        BasedSequence text = BasedSequence.of(DOCUMENT).subSequence(DOCUMENT.indexOf(from), DOCUMENT.indexOf(to) + to.length());
        assertEquals(expected, FastAutolinks.mayHoldLink(text), text.toString());
        // the same characters after a space, not one stretch of the document: read through the sequence
        BasedSequence pieced = PrefixedSubSequence.prefixOf(" ", text);
        assertEquals(expected, FastAutolinks.mayHoldLink(pieced), pieced.toString());
    }

    /** An entity ends an e-mail address, as on GitHub; flexmark would join the text around it into the address. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zürich&copy;ed@x.org|<p>Zürich©<a href=\"mailto:ed@x.org\">ed@x.org</a></p>",
        "see ed@x.org&nbsp;now|<p>see <a href=\"mailto:ed@x.org\">ed@x.org</a>\u00a0now</p>",
        "me@x.org, Zürich&copy;ed@x.org|<p><a href=\"mailto:me@x.org\">me@x.org</a>, Zürich©<a href=\"mailto:ed@x.org\">ed@x.org</a></p>",
        "ab&amp;cd@x.org|<p>ab&amp;<a href=\"mailto:cd@x.org\">cd@x.org</a></p>",
        "ed@x.org&copy;&copy; more|<p><a href=\"mailto:ed@x.org\">ed@x.org</a>©© more</p>",
        "http://a.org/x&amp;y=1 z|<p><a href=\"http://a.org/x\">http://a.org/x</a>&amp;y=1 z</p>",
        "http://a.org/?a=1&b=2 z|<p><a href=\"http://a.org/?a=1&amp;b=2\">http://a.org/?a=1&amp;b=2</a> z</p>"})
    void anEntityEndsTheTextALinkIsLookedFor(String markdown, String html) {
        assertEquals(html + "\n", new MarkdownRenderer(true).render(markdown, "/", "").html());
    }
}

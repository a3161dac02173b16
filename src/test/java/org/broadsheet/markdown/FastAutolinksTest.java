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
}

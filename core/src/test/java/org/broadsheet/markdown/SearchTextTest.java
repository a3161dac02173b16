package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The part of an article's body that goes into the search index. */
class SearchTextTest {

    private static final String BODY = "<p>Waters receded slowly in the valley towns, leaving mud behind.</p>"
            + "<p>Officials said the clean-up would take weeks.</p>";

    @Test
    void aSummaryTakenFromTheFirstParagraphIsNotIndexedTwice() {
        assertEquals("mud behind. Officials said",
                SearchText.of(BODY, "Waters receded slowly in the valley towns, leaving…", 4));
    }

    @Test
    void aSummaryOfItsOwnLeavesTheBodyFromItsStart() {
        assertEquals("Waters receded slowly in", SearchText.of(BODY, "Towns clean up after the floods.", 4));
        assertEquals("Waters receded slowly in", SearchText.of(BODY, "", 4));
    }

    @Test
    void aShortBodyIsIndexedWhole() {
        assertEquals("Shares rose 5 percent.", SearchText.of("<p>Shares rose 5 percent.</p>", "Shares rose.", 30));
        assertEquals("", SearchText.of("<p>Shares rose.</p>", "Shares rose.", 30));
    }
}

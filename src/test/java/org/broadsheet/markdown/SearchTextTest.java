package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The part of an article's body that goes into the search index. */
class SearchIndexTest {

    private static final String BODY = "<p>Waters receded slowly in the valley towns, leaving mud behind.</p>"
            + "<p>Officials said the clean-up would take weeks.</p>";

    @Test
    void aSummaryTakenFromTheFirstParagraphIsNotIndexedTwice() {
        assertEquals("mud behind. Officials said",
                SearchIndex.bodyText(BODY, "Waters receded slowly in the valley towns, leaving…", 4));
    }

    @Test
    void aSummaryOfItsOwnLeavesTheBodyFromItsStart() {
        assertEquals("Waters receded slowly in", SearchIndex.bodyText(BODY, "Towns clean up after the floods.", 4));
        assertEquals("Waters receded slowly in", SearchIndex.bodyText(BODY, "", 4));
    }

    @Test
    void aShortBodyIsIndexedWhole() {
        assertEquals("Shares rose 5 percent.", SearchIndex.bodyText("<p>Shares rose 5 percent.</p>", "Shares rose.", 30));
        assertEquals("", SearchIndex.bodyText("<p>Shares rose.</p>", "Shares rose.", 30));
    }
}

package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * How many headings and list items a body has opened so far, kept in the document being parsed,
 * with a limit on each. flexmark's block tracker clears a bit in a set for every block it
 * replaces (each setext heading replaces its paragraph; each task item, its list item), with a
 * scan that grows with the blocks before it, so 800,000 headings or list items in an 8 MB body
 * took minutes. No article has anywhere near {@value #MAX_HEADINGS} headings or
 * {@value #MAX_LIST_ITEMS} list items; a body with more is refused at the one past the limit,
 * which keeps the tracker's work small.
 */
final class BlockCounts {

    static final int MAX_HEADINGS = 20_000;
    static final int MAX_LIST_ITEMS = 20_000;

    private static final DataKey<BlockCounts> KEY = new DataKey<>("BROADSHEET_BLOCK_COUNTS", BlockCounts::new);

    private int headings;
    private int listItems;

    /** Counts a heading that starts on the current line. */
    static void heading(ParserState state) {
        if (++KEY.get(state.getProperties()).headings > MAX_HEADINGS) {
            throw new RefusedBodyException(state.getLineNumber() + 1, "has more than " + MAX_HEADINGS
                    + " headings; split it into several articles");
        }
    }

    /** Counts a list item that starts on the current line. */
    static void listItem(ParserState state) {
        if (++KEY.get(state.getProperties()).listItems > MAX_LIST_ITEMS) {
            throw new RefusedBodyException(state.getLineNumber() + 1, "has more than " + MAX_LIST_ITEMS
                    + " list items; split it into several articles, or make the list a table");
        }
    }
}

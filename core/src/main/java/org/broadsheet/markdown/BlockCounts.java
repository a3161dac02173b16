package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * How many headings and list items a body has opened so far, kept in the document being parsed,
 * with a limit on each, and a limit on its lines, checked before it is parsed. flexmark's block
 * tracker clears a bit in a set for every block it replaces (each setext heading replaces its
 * paragraph; each task item, its list item), with a scan that grows with the blocks before it,
 * so 800,000 headings or list items in an 8 MB body took minutes. No article has anywhere near
 * {@value #MAX_HEADINGS} headings or {@value #MAX_LIST_ITEMS} list items (8 MB of news prose has
 * about 7,700 headings); a body with more is refused at the one past the limit, which keeps the
 * tracker's work small.
 */
final class BlockCounts {

    static final int MAX_HEADINGS = 20_000;
    static final int MAX_LIST_ITEMS = 20_000;
    /**
     * flexmark makes nodes of each line and carries each through every open block, so lines cost
     * more than prose, line for line: 8 MB of lines like {@code 1a} took 16 CPU s, of code fences
     * 13 s. An 8 MB article of news prose has 67,000 lines.
     */
    static final int MAX_LINES = 200_000;

    private static final DataKey<BlockCounts> KEY = new DataKey<>("BROADSHEET_BLOCK_COUNTS", BlockCounts::new);

    private int headings;
    private int listItems;

    /** Refuses {@code body} before it is parsed when it has more lines than {@link #MAX_LINES}. */
    static void lines(String body) {
        int lines = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '\n' || c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'))
                    && ++lines == MAX_LINES && i + 1 < body.length()) {
                throw new RefusedBodyException(MAX_LINES + 1, "has more than " + MAX_LINES
                        + " lines; split it into several articles");
            }
        }
    }

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

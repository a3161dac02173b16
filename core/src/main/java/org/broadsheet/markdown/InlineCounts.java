package org.broadsheet.markdown;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * How many links and other inline elements of each kind a body holds so far, kept in the document
 * being parsed, with a limit on each. flexmark makes several nodes of each bracket, definition,
 * footnote, address or entity, or tries its expressions again at each emphasis mark, {@code <} or
 * backslash, and every later stage (rendering, the excerpt, the search text) walks the nodes: 8 MB
 * of {@code [a](} took 27 CPU s, of footnotes 43 s, of e-mail addresses 16 s, of {@code *a} 8 s,
 * of {@code <a} 8 s. An 8 MB article of news prose has about 10,000 links, 180 footnotes and
 * 34,000 runs of emphasis marks; a real one, a few dozen of each. A body with more than a limit
 * is refused at the one past it, before the rest is looked at.
 */
final class InlineCounts {

    /** What is counted, how many a body may have, and what the refusal calls them. */
    enum Kind {
        /**
         * Opening square brackets (links, images, footnote and reference uses, and brackets that
         * are none) and closing ones that close nothing.
         */
        BRACKETS(50_000, "links, images, footnote references or other [square brackets]"),
        DEFINITIONS(50_000, "link definitions ([label]: address)"),
        FOOTNOTES(10_000, "footnotes"),
        /** Web and e-mail addresses made links as they stand ({@code www.…}, {@code https://…}, {@code ed@x.org}). */
        ADDRESSES(50_000, "web or e-mail addresses"),
        /** Runs of emphasis marks, closed or not. */
        EMPHASIS_MARKS(200_000, "runs of emphasis marks (*, _ or ~)"),
        ENTITIES(100_000, "character references (&amp; and the like)"),
        ANGLE_BRACKETS(100_000, "HTML tags or other < signs"),
        /** Backslashes, each escaping the character after it or standing for itself. */
        BACKSLASHES(100_000, "backslashes (\\)");

        final int limit;
        private final String what;

        Kind(int limit, String what) {
            this.limit = limit;
            this.what = what;
        }

        private String refusal() {
            return "has more than " + limit + " " + what + "; split it into several articles";
        }
    }

    private static final DataKey<InlineCounts> KEY = new DataKey<>("BROADSHEET_INLINE_COUNTS", InlineCounts::new);

    private final int[] counts = new int[Kind.values().length];

    /** Counts one of {@code kind} at {@code offset} of the body {@code text}. */
    static void count(DataHolder document, Kind kind, BasedSequence text, int offset) {
        if (++KEY.get(document).counts[kind.ordinal()] > kind.limit) {
            throw new RefusedBodyException(new LineIndex(text.getBaseSequence()).lineOf(offset) + 1, kind.refusal());
        }
    }

    /** Counts one of {@code kind} on line {@code line} of the body, counted from 1. */
    static void count(DataHolder document, Kind kind, int line) {
        if (++KEY.get(document).counts[kind.ordinal()] > kind.limit) {
            throw new RefusedBodyException(line, kind.refusal());
        }
    }
}

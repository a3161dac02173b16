package org.broadsheet.markdown;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * How many links and the like a body holds so far, kept in the document being parsed, with a
 * limit on each. flexmark makes several nodes of each bracket, link definition, footnote and web
 * address, and every later stage (rendering, the excerpt, the search text) walks them all: 8 MB
 * of {@code [a](} took 27 s, of {@code [a]} on their own lines 24 s, of footnotes 27 s, of e-mail
 * addresses 16 s. An 8 MB article of news prose has about 11,000 links; a real one, a few dozen.
 * A body with more than a limit is refused at the one past it, before the rest is looked at.
 */
final class InlineCounts {

    /** Texts in square brackets: links, images, footnote and reference uses, and brackets that are none. */
    static final int MAX_BRACKETS = 50_000;
    /** Link reference definitions, {@code [label]: url}. */
    static final int MAX_DEFINITIONS = 50_000;
    /** Footnotes, {@code [^label]: text}. */
    static final int MAX_FOOTNOTES = 10_000;
    /** Web and e-mail addresses made links as they stand ({@code www.…}, {@code https://…}, {@code ed@x.org}). */
    static final int MAX_ADDRESSES = 50_000;

    private static final DataKey<InlineCounts> KEY = new DataKey<>("BROADSHEET_INLINE_COUNTS", InlineCounts::new);

    private int brackets;
    private int definitions;
    private int footnotes;
    private int addresses;

    /** Counts an opening square bracket at {@code offset} of the body {@code text}. */
    static void bracket(DataHolder document, BasedSequence text, int offset) {
        if (++KEY.get(document).brackets > MAX_BRACKETS) {
            throw refused(text, offset, "has more than " + MAX_BRACKETS
                    + " links, images, footnote references or other texts in [square brackets]; split it into several articles");
        }
    }

    /** Counts a link reference definition that starts at {@code offset} of the body {@code text}. */
    static void definition(DataHolder document, BasedSequence text, int offset) {
        if (++KEY.get(document).definitions > MAX_DEFINITIONS) {
            throw refused(text, offset, "has more than " + MAX_DEFINITIONS
                    + " link definitions ([label]: address); split it into several articles");
        }
    }

    /** Counts a footnote that starts on line {@code line} of the body, counted from 1. */
    static void footnote(DataHolder document, int line) {
        if (++KEY.get(document).footnotes > MAX_FOOTNOTES) {
            throw new RefusedBodyException(line, "has more than " + MAX_FOOTNOTES
                    + " footnotes; split it into several articles");
        }
    }

    /** Counts a web or e-mail address made a link, at {@code offset} of the body {@code text}. */
    static void address(DataHolder document, BasedSequence text, int offset) {
        if (++KEY.get(document).addresses > MAX_ADDRESSES) {
            throw refused(text, offset, "has more than " + MAX_ADDRESSES
                    + " web or e-mail addresses; split it into several articles");
        }
    }

    private static RefusedBodyException refused(BasedSequence text, int offset, String message) {
        return new RefusedBodyException(new LineIndex(text.getBaseSequence()).lineOf(offset) + 1, message);
    }
}

package org.broadsheet.markdown;

/**
 * A body whose lists, quotes or footnotes nest deeper than the renderer follows; thrown while parsing, so
 * that the rest of the body is not looked at.
 */
public final class TooDeeplyNestedException extends RuntimeException {

    private final int line;

    TooDeeplyNestedException(int line, int limit) {
        super("nests lists, quotes or footnotes more than " + limit + " levels deep", null, false, false);
        this.line = line;
    }

    /** The line of the body, counted from 1, that goes deeper than the limit. */
    public int line() {
        return line;
    }
}

package org.broadsheet.markdown;

/**
 * A body whose lists, quotes or footnotes nest deeper than the renderer follows; thrown while parsing, so
 * that the rest of the body is not looked at.
 */
public final class TooDeeplyNestedException extends RefusedBodyException {

    TooDeeplyNestedException(int line, int limit) {
        super(line, "nests lists, quotes or footnotes more than " + limit + " levels deep");
    }
}

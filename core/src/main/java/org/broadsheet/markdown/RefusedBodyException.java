package org.broadsheet.markdown;

/**
 * A body the renderer will not go through, thrown while parsing at the line where it became
 * clear, so that the rest of the body is not looked at: one that nests too deeply, or holds more
 * blocks of a kind than any article needs and than flexmark handles in time that grows with them.
 */
public class RefusedBodyException extends RuntimeException {

    private final int line;

    RefusedBodyException(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** The line of the body, counted from 1, where the body went beyond the limit. */
    public int line() {
        return line;
    }
}

package org.broadsheet.problem;

/**
 * A place in a file of the site folder: its path relative to the site folder (with '/'),
 * and a 1-based line and column, where 0 means "not known".
 */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** {@code file:line:column}, leaving out what is not known, as compilers and editors expect. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}

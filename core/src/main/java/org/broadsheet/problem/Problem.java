package org.broadsheet.problem;

import java.util.Comparator;

/**
 * One thing wrong with the input, at a position, in a plain sentence; {@link #toString()} is the
 * line the command line prints, {@code file:line: message}.
 *
 * @param severity whether it stops a build
 * @param position the file of the site folder and the line (and column) where it is
 * @param message  what is wrong, and often how to put it right
 */
public record Problem(Severity severity, SourcePosition position, String message) {

    /**
     * An error stops a build; a warning does not; a flaw is published by a build with a warning
     * but fails {@code check}: a site can go live with it, but must not pass as finished (a lead
     * image without alt text, which a migrated archive may have by the thousand).
     */
    public enum Severity { ERROR, WARNING, FLAW }

    /** Orders problems by file, then line, then column, so reports read top to bottom. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator
            .comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isFlaw() {
        return severity == Severity.FLAW;
    }

    /** {@code content/world/x.md:3: date "yesterday" is not ISO 8601}; warnings say so after the position. */
    @Override
    public String toString() {
        return position + (isError() ? ": " : ": warning: ") + message;
    }
}

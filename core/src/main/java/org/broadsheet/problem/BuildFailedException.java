package org.broadsheet.problem;

import java.util.List;

/** Thrown when a build stops because of errors in its input; carries every problem found. */
public final class BuildFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem the build found, errors and warnings, in the order it reports them. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems that stopped the build. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "build failed with " + errors + (errors == 1 ? " error" : " errors");
    }
}

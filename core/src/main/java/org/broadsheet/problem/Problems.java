package org.broadsheet.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of a build. Stages running in parallel report into one instance,
 * so every method is thread-safe. The same problem reported twice is kept once.
 */
public final class Problems {

    private final Set<Problem> problems = new LinkedHashSet<>();

    public synchronized void error(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, at, message));
    }

    /** A flaw: a warning to a build, an error to {@code check} ({@link Problem.Severity#FLAW}). */
    public synchronized void flaw(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.FLAW, at, message));
    }

    public synchronized void warning(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, at, message));
    }

    public synchronized boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, sorted by file and line. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.IN_FILE_ORDER);
        return List.copyOf(sorted);
    }

    public synchronized List<Problem> warnings() {
        return all().stream().filter(p -> !p.isError()).toList();
    }

    /** Ends the build here when any stage so far found an error. */
    public void failIfAny() {
        if (hasErrors()) {
            throw new BuildFailedException(all());
        }
    }
}

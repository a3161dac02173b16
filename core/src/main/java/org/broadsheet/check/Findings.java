package org.broadsheet.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceText;

/**
 * Collects what a check finds, placed where an author fixes it: at the line of the article a
 * page comes from, or else at the built page. A problem that a template puts on many pages
 * (the same message where no article's text says it) is reported once, with the number of pages.
 * Thread-safe: pages are checked in parallel.
 */
final class Findings {

    private record Shared(Problem.Severity severity, String message) {
    }

    private final Path siteRoot;
    private final SiteAddress address;
    private final Map<String, String> sources;
    private final Problems problems = new Problems();
    private final Map<String, Optional<SourceLines>> lines = new ConcurrentHashMap<>();
    private final Map<Shared, TreeSet<String>> shared = new TreeMap<>(
            Comparator.comparing(Shared::message).thenComparing(Shared::severity));

    /** @param sources the source of each page that has one, by output path */
    Findings(Path siteRoot, SiteAddress address, Map<String, String> sources) {
        this.siteRoot = siteRoot;
        this.address = address;
        this.sources = sources;
    }

    /**
     * A problem with a URL {@code value} on the page at {@code outputPath}. When the page's
     * article does not say the URL, a template does: that is reported once for all its pages.
     */
    void atUrl(Problem.Severity severity, String outputPath, String value, Optional<SiteAddress.Target> target,
            String message) {
        String source = sources.get(outputPath);
        int line = source == null ? 0 : lines.computeIfAbsent(source, s -> read(s, outputPath))
                .map(s -> s.lineOf(value, target)).orElse(0);
        if (line == 0) {
            shared(severity, outputPath, message);
        } else {
            add(severity, SourcePosition.of(source, line), message);
        }
    }

    private void shared(Problem.Severity severity, String outputPath, String message) {
        synchronized (shared) {
            shared.computeIfAbsent(new Shared(severity, message), k -> new TreeSet<>()).add(outputPath);
        }
    }

    /** A problem with a front matter key of the page's article, or with the page as a whole ({@code key} null). */
    void atKey(Problem.Severity severity, String outputPath, String key, String message) {
        report(severity, outputPath, source -> key == null ? 0 : source.lineOfKey(key), message);
    }

    /** Where problems of a page are reported: its source file, or the built page. */
    String placeOf(String outputPath) {
        String source = sources.get(outputPath);
        return source != null ? source : "(built page) " + outputPath;
    }

    private void report(Problem.Severity severity, String outputPath,
            ToIntFunction<SourceLines> line, String message) {
        String source = sources.get(outputPath);
        if (source == null) {
            shared(severity, outputPath, message);
            return;
        }
        int at = lines.computeIfAbsent(source, s -> read(s, outputPath)).map(line::applyAsInt).orElse(0);
        add(severity, SourcePosition.of(source, at), message);
    }

    private Optional<SourceLines> read(String source, String outputPath) {
        try {
            String text = SourceText.decode(Files.readAllBytes(siteRoot.resolve(source)));
            return Optional.of(new SourceLines(source, text, address, address.pageUri(outputPath)));
        } catch (IOException | SourceText.UnreadableTextException e) {
            return Optional.empty(); // the build read it a moment ago; without it, the file alone is named
        }
    }

    /** A problem found elsewhere (the build's warnings), as it is; a flaw the build let pass is an error here. */
    void add(Problem problem) {
        add(problem.severity(), problem.position(), problem.message());
    }

    private void add(Problem.Severity severity, SourcePosition at, String message) {
        if (severity == Problem.Severity.ERROR || severity == Problem.Severity.FLAW) {
            problems.error(at, message);
        } else {
            problems.warning(at, message);
        }
    }

    /** Everything found, sorted by file and line. */
    List<Problem> all() {
        synchronized (shared) {
            shared.forEach((problem, pages) -> add(problem.severity(), SourcePosition.of("(built page) " + pages.first()),
                    problem.message() + (pages.size() == 1 ? ""
                            : " (and on " + (pages.size() - 1) + " other page" + (pages.size() == 2 ? "" : "s") + ")")));
            shared.clear();
        }
        return problems.all();
    }
}

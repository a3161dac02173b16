package org.broadsheet.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.EditPreview;
import org.broadsheet.cache.ManifestMemory;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.SourcePosition;

/**
 * Builds the site for the server, one build at a time, through the facade into the server's
 * private output folder. A failed build leaves the last good site in place (the facade swaps
 * output in only on success) and is remembered, so pages can show its errors. After an edit
 * that leaves its article in place, the article's page is shown at once from the last build's
 * site model ({@link EditPreview}), ahead of the build that brings the rest up to date.
 */
final class SiteBuilds {

    private final BuildRequest request;
    private final Supplier<Instant> clock;
    private final Consumer<String> log;
    private final Consumer<Reload> reloads;
    private final Supplier<Set<String>> openPages;
    /** Tells build ids of this server apart from a previous run's, so pages reload after a restart. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong builds = new AtomicLong();
    private volatile SiteState state;
    /** Warnings printed in one go at the most; `build --verbose` lists them all. */
    static final int WARNINGS = 20;
    /** The warnings of the last good build, which the next one does not print again. */
    private Set<Problem> warned = Set.of();
    /** What the last good build keeps for previews; null before the first one. */
    private EditPreview preview;
    /** The cache's manifest the last build saved, which the next one need not decode. */
    private final ManifestMemory manifests = new ManifestMemory();

    /**
     * @param request the site, output folder, drafts, future and progress; its "now" is replaced by {@code clock}
     * @param reloads told what each build and preview changed, for open pages
     * @param openPages the URL paths of the pages open in the browser
     */
    SiteBuilds(BuildRequest request, Supplier<Instant> clock, Consumer<String> log, Consumer<Reload> reloads,
            Supplier<Set<String>> openPages) {
        this.openPages = openPages;
        this.request = request;
        this.clock = clock;
        this.log = log;
        this.reloads = reloads;
        // A site left by an earlier run is the last good one until this run builds its own.
        boolean earlier = Files.exists(request.output().resolve(".broadsheet-site"));
        this.state = new SiteState(run + "-0", List.of(), earlier, basePath("/"));
    }

    SiteState state() {
        return state;
    }

    /**
     * Shows at once the pages that {@code changed} changes, when it can ({@link EditPreview}),
     * then builds, and tells open pages what changed.
     *
     * @param changed the absolute paths changed since the last build; empty for the first one
     */
    synchronized void rebuild(Set<Path> changed) {
        SiteState before = state;
        Map<String, byte[]> shown = changed.isEmpty() ? Map.of() : preview(changed);
        reloads.accept(reloadAfter(before, build(), shown));
    }

    private Map<String, byte[]> preview(Set<Path> changed) {
        if (preview == null || state.failed() || !state.hasSite()) {
            return Map.of();
        }
        long start = System.nanoTime();
        Optional<Map<String, byte[]>> pages;
        try {
            pages = preview.pagesAfter(changed, openFiles(), clock.get());
        } catch (RuntimeException e) {
            pages = Optional.empty(); // a bug in a shortcut: the build that follows does it properly
        }
        if (pages.isEmpty() || pages.get().isEmpty()) {
            return Map.of();
        }
        state = state.previewing(nextId(), pages.get());
        log.accept(String.format(Locale.ROOT, "Showing %d changed page%s at once (%d ms); building the site…",
                pages.get().size(), pages.get().size() == 1 ? "" : "s", (System.nanoTime() - start) / 1_000_000));
        reloads.accept(Reload.of(state.buildId(), pages.get().keySet(), state.basePath()));
        return pages.get();
    }

    /** The output files of the pages open in the browser: {@code world/x/index.html} for {@code /news/world/x/}. */
    private Set<String> openFiles() {
        Set<String> files = new HashSet<>();
        for (String page : openPages.get()) {
            try {
                RequestPaths.underBase(page, state.basePath()).ifPresent(p -> files.add(RequestPaths.outputFile(p)));
            } catch (RequestPaths.BadPath e) {
                // not a page of this site
            }
        }
        return files;
    }

    /**
     * Prints the warnings this build found that the last one did not: a site with thousands of
     * missing images does not fill the terminal at every save.
     */
    private void logWarnings(List<Problem> warnings) {
        List<Problem> fresh = warnings.stream().filter(w -> !warned.contains(w)).toList();
        fresh.stream().limit(WARNINGS).forEach(w -> log.accept(w.toString()));
        if (fresh.size() > WARNINGS) {
            log.accept("… and " + (fresh.size() - WARNINGS) + " more warnings (broadsheet build --verbose lists them all)");
        }
        warned = new HashSet<>(warnings);
    }

    /** A build's outcome: what the server shows now, and the files an update changed (null for a new site or a failure). */
    private record Built(SiteState state, Set<String> changedFiles) {
    }

    private Built build() {
        String id = nextId();
        String basePath = state.basePath();
        try {
            BuildResult result = Broadsheet.build(request.at(clock.get()), kept -> preview = kept, manifests);
            logWarnings(result.warnings());
            log.accept(result.summary());
            // Read after the build: a save during it brings another build, which puts both right.
            state = new SiteState(id, List.of(), true, basePath(basePath));
            return new Built(state, result.work().updated() ? result.work().changedFiles() : null);
        } catch (BuildFailedException e) {
            e.problems().forEach(p -> log.accept(p.toString()));
            log.accept(String.format(Locale.ROOT, "Build failed: %d error%s.%s", e.errors().size(),
                    e.errors().size() == 1 ? "" : "s", state.hasSite() ? " Still serving the last good site." : ""));
            state = new SiteState(id, e.errors(), state.hasSite(), basePath);
        } catch (RuntimeException e) {
            // An I/O failure or a bug must not stop the server: show it like a build error.
            Problem problem = new Problem(Problem.Severity.ERROR, SourcePosition.of(request.output().toString()),
                    "the build stopped: " + e);
            log.accept(problem.toString());
            state = new SiteState(id, List.of(problem), state.hasSite(), basePath);
        }
        return new Built(state, null);
    }

    /**
     * Which open pages reload after a build: those it changed, except pages already showing
     * these very bytes ahead of it; every page when the build failed, recovered, wrote a new
     * site or moved the site to another base path.
     */
    private Reload reloadAfter(SiteState before, Built built, Map<String, byte[]> shown) {
        SiteState after = built.state();
        if (built.changedFiles() == null || before.failed() || !after.basePath().equals(before.basePath())) {
            return Reload.everyPage(after.buildId());
        }
        Set<String> changed = new HashSet<>(built.changedFiles());
        shown.forEach((file, bytes) -> {
            if (sameAsWritten(file, bytes)) {
                changed.remove(file);
            }
        });
        return Reload.of(after.buildId(), changed, after.basePath());
    }

    private boolean sameAsWritten(String file, byte[] bytes) {
        try {
            return Arrays.equals(Files.readAllBytes(request.output().resolve(file)), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private String nextId() {
        return run + "-" + builds.incrementAndGet();
    }

    /** The base path of the site's current settings; the previous one while broadsheet.yml has errors. */
    private String basePath(String previous) {
        try {
            return Broadsheet.config(request.siteRoot()).baseUrl().path();
        } catch (BuildFailedException e) {
            return previous;
        }
    }

    Path output() {
        return request.output();
    }
}

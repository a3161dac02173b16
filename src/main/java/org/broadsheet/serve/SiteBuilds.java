package org.broadsheet.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.time.Instant;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.SourcePosition;

/**
 * Builds the site for the server, one build at a time, through the facade into the server's
 * private output folder. A failed build leaves the last good site in place (the facade swaps
 * output in only on success) and is remembered, so pages can show its errors.
 */
final class SiteBuilds {

    private final BuildRequest request;
    private final Supplier<Instant> clock;
    private final Consumer<String> log;
    /** Tells build ids of this server apart from a previous run's, so pages reload after a restart. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong builds = new AtomicLong();
    private volatile SiteState state;

    /** @param request the site, output folder, drafts, future and progress; its "now" is replaced by {@code clock} */
    SiteBuilds(BuildRequest request, Supplier<Instant> clock, Consumer<String> log) {
        this.request = request;
        this.clock = clock;
        this.log = log;
        // A site left by an earlier run is the last good one until this run builds its own.
        boolean earlier = java.nio.file.Files.exists(request.output().resolve(".broadsheet-site"));
        this.state = new SiteState(run + "-0", List.of(), earlier, basePath("/"));
    }

    SiteState state() {
        return state;
    }

    /** Builds now, and returns what the server shows afterwards. */
    synchronized SiteState rebuild() {
        String id = run + "-" + builds.incrementAndGet();
        String basePath = state.basePath();
        try {
            BuildResult result = Broadsheet.build(request.at(clock.get()));
            result.warnings().forEach(w -> log.accept(w.toString()));
            log.accept(result.summary());
            // Read after the build: a save during it brings another build, which puts both right.
            state = new SiteState(id, List.of(), true, basePath(basePath));
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
        return state;
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

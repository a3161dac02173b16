package org.broadsheet;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What to build: made with {@link #of(Path)} (or a constructor) and changed one thing at a time
 * by the {@code with...} methods, each of which returns a copy:
 * {@code BuildRequest.of(siteFolder).withOutput(target).withDrafts(true).withBaseUrl("https://staging.example.org/")}.
 *
 * @param siteRoot      the site folder, holding {@code content/}, {@code templates/} and {@code broadsheet.yml}
 * @param output        the folder the site is written to
 * @param includeDrafts true to publish drafts too
 * @param includeFuture true to publish articles dated after {@code now} too (scheduled ones)
 * @param now           the build's "now", from {@code SOURCE_DATE_EPOCH} when set, never read deeper down
 * @param progress      told as the build advances; the build itself prints nothing
 * @param cacheName     the name of the build cache to use, or null for the one of {@code output}:
 *                      builds into a new temporary folder each time (such as {@code check}'s)
 *                      name theirs, so that each does not start a cache of its own
 * @param lockWait      how long to wait for another build that is writing the same output folder
 * @param baseUrl       the base URL to build for instead of {@code broadsheet.yml}'s (a preview or
 *                      staging deploy), or null for the file's
 * @param environment   the environment whose settings ({@code broadsheet.ENV.yml}) are read over
 *                      {@code broadsheet.yml}, or null for none
 */
public record BuildRequest(Path siteRoot, Path output, boolean includeDrafts, boolean includeFuture, Instant now,
        BuildProgress progress, String cacheName, Duration lockWait, String baseUrl, String environment) {

    /** How long a build waits by default for another one writing the same folder. */
    public static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    public BuildRequest(Path siteRoot, Path output, boolean includeDrafts, boolean includeFuture, Instant now,
            BuildProgress progress) {
        this(siteRoot, output, includeDrafts, includeFuture, now, progress, null, LOCK_WAIT, null, null);
    }

    public BuildRequest(Path siteRoot, Path output, boolean includeDrafts, Instant now) {
        this(siteRoot, output, includeDrafts, false, now, BuildProgress.NONE);
    }

    /** A build of {@code siteRoot} into its {@code site/} folder, now. */
    public static BuildRequest of(Path siteRoot) {
        return new BuildRequest(siteRoot, siteRoot.resolve("site"), false, Instant.now());
    }

    /**
     * Everything of this request that decides what the site it builds looks like, as text: every
     * component but the listener, the wait for a lock and "now" (which the cache compares as a
     * time). Made from the
     * record itself, so that an option added later is part of it without anyone having to
     * remember.
     */
    String outputOptions() {
        return new BuildRequest(siteRoot.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                includeDrafts, includeFuture, null, null, cacheName, null, baseUrl, environment).toString();
    }

    /** This build into another folder than its site folder's {@code site/}. */
    public BuildRequest withOutput(Path output) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, progress, cacheName, lockWait, baseUrl, environment);
    }

    /** This build with articles marked {@code draft: true} published too, or not. */
    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(siteRoot, output, drafts, includeFuture, now, progress, cacheName, lockWait, baseUrl, environment);
    }

    /** This build with articles dated after its "now" (scheduled ones) published too, or not. */
    public BuildRequest withFuture(boolean future) {
        return new BuildRequest(siteRoot, output, includeDrafts, future, now, progress, cacheName, lockWait, baseUrl, environment);
    }

    /** This build telling {@code listener} how it advances. */
    public BuildRequest withProgress(BuildProgress listener) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, listener, cacheName, lockWait, baseUrl, environment);
    }

    /** This build as at {@code instant}, which decides what is scheduled or expired. */
    public BuildRequest at(Instant instant) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, instant, progress, cacheName, lockWait, baseUrl, environment);
    }

    /** This build waiting at most {@code wait} for another build writing the same output folder. */
    public BuildRequest withLockWait(Duration wait) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, progress, cacheName, wait, baseUrl, environment);
    }

    /** This build for another base URL than {@code broadsheet.yml}'s; null for the file's. */
    public BuildRequest withBaseUrl(String url) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, progress, cacheName, lockWait, url, environment);
    }

    /** This build with the settings of {@code name} ({@code broadsheet.NAME.yml}) read over the site's; null for none. */
    public BuildRequest inEnvironment(String name) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, progress, cacheName, lockWait, baseUrl,
                name);
    }

    /** This build using the build cache named {@code name} (see {@code cacheName}). */
    public BuildRequest withCacheName(String name) {
        return new BuildRequest(siteRoot, output, includeDrafts, includeFuture, now, progress, name, lockWait, baseUrl, environment);
    }
}

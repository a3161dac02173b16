package org.broadsheet;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.cache.Manifest;
import org.broadsheet.problem.Problem;
import org.broadsheet.run.StageClock;
import org.broadsheet.run.StageTime;

/**
 * What a successful build made.
 *
 * @param contents      what the site holds
 * @param work          what the build wrote into the output folder
 * @param warnings      problems that did not stop the build
 * @param nextScheduled the article left out for its future date that is due first, if any
 * @param nextExpiry    the published article that expires first, and when, if any
 * @param pageSources   the source file of each page that has one, by output path
 *                      ({@code world/x/index.html} to {@code content/world/x.md}); empty when the
 *                      build found nothing to do
 * @param millis        how long the build took
 * @param stages        how long each stage took, in order
 */
public record BuildResult(Contents contents, Work work, List<Problem> warnings, Optional<Scheduled> nextScheduled,
        Optional<Scheduled> nextExpiry, Map<String, String> pageSources, long millis, List<StageTime> stages) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = List.copyOf(stages);
        pageSources = Map.copyOf(pageSources);
    }

    /**
     * What the site holds.
     *
     * @param pages HTML pages
     */
    public record Contents(int pages, int articles, int sections, int tags, int authors) {
        /** What a build's summary for the cache says the site holds. */
        static Contents of(Manifest.Summary summary) {
            return new Contents(summary.pages(), summary.articles(), summary.sections(), summary.tags(),
                    summary.authors());
        }
    }

    /**
     * What a build did to the output folder.
     *
     * @param files        all files of the site, feeds and copies included; 0 when the build found nothing to do
     * @param rendered     pages this build rendered; the others were current from the last build
     * @param changed      files written, replaced or deleted in the output folder
     * @param updated      whether the build updated an existing site, rather than writing a new one
     * @param changedFiles the output paths of the {@code changed} files when the build updated a
     *                     site ({@code world/x/index.html}); empty when it wrote a new one
     * @param cache        what the build cache held, in a line, for --verbose
     */
    public record Work(int files, int rendered, int changed, boolean updated, Set<String> changedFiles, String cache) {
        public Work {
            changedFiles = Set.copyOf(changedFiles);
        }

        /** The work of a build that found its output already written from the same inputs. */
        static Work none(String cache) {
            return new Work(0, 0, 0, true, Set.of(), cache + "; nothing changed");
        }
    }

    /** The result of a build that wrote {@code summary}'s site, timed by {@code clock}. */
    static BuildResult of(Manifest.Summary summary, Work work, Map<String, String> pageSources, StageClock clock) {
        return new BuildResult(Contents.of(summary), work, summary.warnings(), Scheduled.of(summary.scheduled()),
                Scheduled.of(summary.expiring()), pageSources, clock.elapsedMillis(), clock.times());
    }

    /**
     * The result of a build that found its output already written from the same inputs, as the
     * last one summed it up. The warnings are the last build's (they came from the same files),
     * plus this one's own.
     */
    static BuildResult upToDate(Manifest.Summary last, List<Problem> own, String cache, StageClock clock) {
        List<Problem> warnings = new ArrayList<>(last.warnings());
        own.stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return new BuildResult(Contents.of(last), Work.none(cache), warnings, Scheduled.of(last.scheduled()),
                Scheduled.of(last.expiring()), Map.of(), clock.elapsedMillis(), clock.times());
    }

    /** The same result with another line for --verbose about the cache. */
    public BuildResult withCache(String line) {
        Work same = new Work(work.files(), work.rendered(), work.changed(), work.updated(), work.changedFiles(), line);
        return new BuildResult(contents, same, warnings, nextScheduled, nextExpiry, pageSources, millis, stages);
    }

    /**
     * An article and when it comes or goes (its date, or its expiry): {@code source} is its file,
     * {@code date} in the site's time zone.
     */
    public record Scheduled(String source, ZonedDateTime date) {
        /** "content/world/x.md at 2026-12-01T09:00-04:00". */
        @Override
        public String toString() {
            return source + " at " + date.toOffsetDateTime();
        }

        /** As the cache keeps it for the next build's report: the file and the ISO date, or nothing. */
        static Optional<Scheduled> of(List<String> saved) {
            return saved.size() == 2 ? Optional.of(new Scheduled(saved.get(0), ZonedDateTime.parse(saved.get(1))))
                    : Optional.empty();
        }
    }

    /**
     * "Built 214 pages (180 articles, 6 sections, 40 tags) in 1.4 s", and when an existing site
     * was updated, how many of its files changed: "…; 3 files changed".
     */
    public String summary() {
        String built = String.format(Locale.ROOT, "Built %s (%s, %s, %s) in %.1f s", count(contents.pages(), "page"),
                count(contents.articles(), "article"), count(contents.sections(), "section"),
                count(contents.tags(), "tag"), millis / 1000.0);
        return work.updated() ? built + "; " + count(work.changed(), "file") + " changed" : built;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

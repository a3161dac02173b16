package org.broadsheet;

import java.util.List;

/**
 * What a successful build made.
 *
 * @param pages    HTML pages written
 * @param files    all files written, feeds and copies included
 * @param warnings problems that did not stop the build
 * @param stages   how long each stage took, in order
 * @param rendered pages this build rendered; the others were current from the last build
 * @param changed  files written, replaced or deleted in the output folder
 * @param updated  whether the build updated an existing site, rather than writing a new one
 * @param cache    what the build cache held, in a line, for --verbose
 * @param nextScheduled the article left out for its future date that is due first, if any
 * @param nextExpiry the published article that expires first, and when, if any
 * @param pageSources the source file of each page that has one, by output path
 *                 ({@code world/x/index.html} to {@code content/world/x.md}); empty when the
 *                 build found nothing to do
 * @param changedFiles the output paths of the {@code changed} files when the build updated a
 *                 site ({@code world/x/index.html}); empty when it wrote a new one
 */
public record BuildResult(int pages, int files, int articles, int sections, int tags, int authors, long millis,
        List<org.broadsheet.problem.Problem> warnings, List<StageTime> stages, int rendered, int changed, boolean updated, String cache,
        java.util.Optional<Scheduled> nextScheduled, java.util.Optional<Scheduled> nextExpiry,
        java.util.Map<String, String> pageSources,
        java.util.Set<String> changedFiles) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = List.copyOf(stages);
        pageSources = java.util.Map.copyOf(pageSources);
        changedFiles = java.util.Set.copyOf(changedFiles);
    }

    /** The same result with another line for --verbose about the cache. */
    public BuildResult withCache(String line) {
        return new BuildResult(pages, files, articles, sections, tags, authors, millis, warnings, stages, rendered,
                changed, updated, line, nextScheduled, nextExpiry, pageSources, changedFiles);
    }

    /**
     * An article and when it comes or goes (its date, or its expiry): {@code source} is its file,
     * {@code date} in the site's time zone.
     */
    public record Scheduled(String source, java.time.ZonedDateTime date) {
        /** "content/world/x.md at 2026-12-01T09:00-04:00". */
        @Override
        public String toString() {
            return source + " at " + date.toOffsetDateTime();
        }

        /** As the cache keeps it for the next build's report: the file and the ISO date, or nothing. */
        static List<String> saved(java.util.Optional<Scheduled> scheduled) {
            return scheduled.map(s -> List.of(s.source(), s.date().toString())).orElse(List.of());
        }

        /** What {@link #saved} made. */
        static java.util.Optional<Scheduled> of(List<String> saved) {
            return saved.size() == 2 ? java.util.Optional.of(new Scheduled(saved.get(0), java.time.ZonedDateTime.parse(saved.get(1))))
                    : java.util.Optional.empty();
        }
    }

    /** One stage's wall time and the heap in use after it. */
    public record StageTime(String stage, long millis, long heapMiB) {
    }

    /**
     * "Built 214 pages (180 articles, 6 sections, 40 tags) in 1.4 s", and when an existing site
     * was updated, how many of its files changed: "…; 3 files changed".
     */
    public String summary() {
        String built = String.format(java.util.Locale.ROOT, "Built %s (%s, %s, %s) in %.1f s", count(pages, "page"),
                count(articles, "article"), count(sections, "section"), count(tags, "tag"), millis / 1000.0);
        return updated ? built + "; " + count(changed, "file") + " changed" : built;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

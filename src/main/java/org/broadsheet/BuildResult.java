package org.broadsheet;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.problem.Problem;

/**
 * What a successful build made.
 *
 * @param pages    HTML pages written
 * @param files    all files written, feeds and copies included
 * @param warnings problems that did not stop the build
 * @param stages   how long each stage took, in order
 * @param nextScheduled the article left out for its future date that is due first, if any
 * @param pageSources the source file of each page that has one, by output path
 *                 ({@code world/x/index.html} to {@code content/world/x.md})
 */
public record BuildResult(int pages, int files, int articles, int sections, int tags, int authors, long millis,
        List<Problem> warnings, List<StageTime> stages, Optional<Scheduled> nextScheduled,
        Map<String, String> pageSources) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = List.copyOf(stages);
        pageSources = Map.copyOf(pageSources);
    }

    /** An article waiting for its date: {@code source} is its file, {@code date} in the site's time zone. */
    public record Scheduled(String source, ZonedDateTime date) {
        /** "content/world/x.md at 2026-12-01T09:00-04:00". */
        @Override
        public String toString() {
            return source + " at " + date.toOffsetDateTime();
        }
    }

    /** One stage's wall time and the heap in use after it. */
    public record StageTime(String stage, long millis, long heapMiB) {
    }

    /** "Built 214 pages (180 articles, 6 sections, 40 tags) in 1.4 s". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "Built %s (%s, %s, %s) in %.1f s", count(pages, "page"),
                count(articles, "article"), count(sections, "section"), count(tags, "tag"), millis / 1000.0);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

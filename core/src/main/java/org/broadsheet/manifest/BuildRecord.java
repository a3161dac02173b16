package org.broadsheet.manifest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.broadsheet.cache.BuildCache;
import org.broadsheet.cache.Manifest;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.output.PreviousOutput;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pages.Page;
import org.broadsheet.pages.PagePlanner;
import org.broadsheet.problem.Problem;

/**
 * What the build cache records of a build for the next one, made from what the stages made:
 * the files it wrote, a summary to report when nothing changed, and until when its output holds;
 * and what the last build wrote, as the output stage needs it.
 */
public final class BuildRecord {

    private BuildRecord() {
    }

    /** What the last build wrote into this output folder, as far as the cache knows. */
    public static PreviousOutput previousOutput(BuildCache cache, Path output) {
        return cache.previous().filter(m -> m.output().equals(output.toString())).map(m -> {
            Map<String, SiteWriter.OutputFile> files = new HashMap<>(m.outputs().size() * 2);
            m.outputs().forEach((path, o) -> files.put(path, new SiteWriter.OutputFile(o.fingerprint(), o.contentHash())));
            return new PreviousOutput(m.buildId(), files);
        }).orElse(PreviousOutput.NONE);
    }

    /** The files a build wrote, as the cache keeps them for the next one. */
    public static Map<String, Manifest.Output> outputs(Map<String, SiteWriter.OutputFile> written) {
        Map<String, Manifest.Output> outputs = new HashMap<>(written.size() * 2);
        written.forEach((path, f) -> outputs.put(path, new Manifest.Output(f.fingerprint(), f.contentHash())));
        return outputs;
    }

    /**
     * What the site holds and what the next build reports if it finds nothing to do; the next
     * scheduled and expiring articles as their file and the ISO date.
     */
    public static Manifest.Summary summary(Site site, PagePlanner.Plan plan, List<Problem> warnings) {
        int pages = (int) plan.pages().stream().filter(Page::isHtml).count();
        return new Manifest.Summary(pages, site.articles().size(), distinct(site, Edition::sections),
                distinct(site, Edition::tags), distinct(site, Edition::authors), warnings,
                site.nextScheduled().map(a -> List.of(a.source(), a.date().toString())).orElse(List.of()),
                site.nextExpiry().map(a -> List.of(a.source(), a.expires().get().toString())).orElse(List.of()));
    }

    /** How many different sections, tags or authors the editions have between them. */
    private static int distinct(Site site, Function<Edition, List<Listing>> listings) {
        return (int) site.editions().stream().flatMap(e -> listings.apply(e).stream()).map(Listing::slug).distinct().count();
    }

    /**
     * For which "now"s a build's output holds: from its own "now" until the first moment the
     * clock alone changes it (a new year for the footer, an article leaving the news sitemap, a
     * scheduled article falling due, one expiring, an editor's pin on the front page ending).
     */
    public static Manifest.Validity validity(ZonedDateTime now, PagePlanner.Plan plan, Site site) {
        long newYear = now.plusYears(1).withDayOfYear(1).toLocalDate().atStartOfDay(now.getZone()).toEpochSecond();
        long until = Stream.of(Optional.of(plan.expires()), site.nextScheduled().map(a -> a.date().toInstant()),
                site.nextExpiry().flatMap(Article::expires).map(ZonedDateTime::toInstant),
                site.editions().stream().flatMap(e -> e.pinned().stream()).flatMap(a -> a.pinnedUntil().stream())
                        .map(ZonedDateTime::toInstant).min(Instant::compareTo))
                .flatMap(Optional::stream).mapToLong(Instant::getEpochSecond).reduce(newYear, Math::min);
        return new Manifest.Validity(now.toEpochSecond(), until);
    }
}

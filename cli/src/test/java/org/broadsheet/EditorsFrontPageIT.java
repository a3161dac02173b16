package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page an editor chooses: stories pinned by {@code featured} (for good, or until a
 * moment) or by {@code weight} (lower first) lead it and top the latest, the rest newest first;
 * a pin that ends changes the front page at the next build.
 */
class EditorsFrontPageIT {

    /** 2026-12-01T08:00-04:00 in the site's zone. */
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static TestSite site(Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "timezone: America/Caracas\nbaseUrl: https://example.org/\n")
                .article("content/world/inquiry.md", "title: The Inquiry\ndate: 2026-11-01\nweight: 2", "Long read.")
                .article("content/world/election.md", "title: Election Night\ndate: 2026-11-20\n"
                        + "featured: 2026-12-01T09:00", "Results.")
                .article("content/world/explainer.md", "title: The Explainer\ndate: 2026-10-01\nweight: 1", "Read.")
                .article("content/world/storm.md", "title: Storm Today\ndate: 2026-11-30", "News.")
                .article("content/world/vote.md", "title: Vote Tonight\ndate: 2026-11-29\nweight: 0", "News.");
        return site;
    }

    static Document front(TestSite site, Instant now) {
        Broadsheet.build(BuildRequest.of(site.root()).at(now));
        return site.page("index.html");
    }

    @Test
    void pinsLeadInTheOrderOfTheirWeightAndTheRestStayNewestFirst(@TempDir Path dir) {
        Document front = front(site(dir), NOW);

        // featured without a weight weighs 0, so it comes before weights 1 and 2; weight: 0 pins nothing
        assertEquals("Election Night", front.selectFirst(".lead-story .lead-title").text());
        assertEquals(List.of("The Explainer", "The Inquiry", "Storm Today", "Vote Tonight"),
                front.select(".latest .card-title").eachText());
    }

    @Test
    void aPinEndsAtItsMomentAndTheNextBuildLeadsWithTheNextPin(@TempDir Path dir) {
        TestSite site = site(dir);
        front(site, NOW);

        Document later = front(site, NOW.plus(Duration.ofHours(2)));

        assertEquals("The Explainer", later.selectFirst(".lead-story .lead-title").text());
        assertEquals(List.of("The Inquiry", "Storm Today", "Vote Tonight", "Election Night"),
                later.select(".latest .card-title").eachText());
    }

    @Test
    void aPinThatIsNeitherTrueFalseNorAMomentIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir)
                .article("content/world/a.md", "title: A\ndate: 2026-01-05\nfeatured: 2026-13-01", "Text.")
                .article("content/world/b.md", "title: B\ndate: 2026-01-05\nweight: heavy", "Text.").build();

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("content/world/a.md:4: featured \"2026-13-01\" is not a valid date: Invalid value for"
                + " MonthOfYear (valid values 1 - 12): 13 (write true, false, or the moment the pin ends, such as"
                + " featured: 2026-12-31T18:00)", "content/world/b.md:4: weight must be a whole number from -1000000"
                + " to 1000000, not \"heavy\""), run.errLines().subList(0, 2));
    }
}

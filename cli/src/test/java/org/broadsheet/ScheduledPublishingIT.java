package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles dated after the build's "now" wait for their time, and the build says when the next is due. */
class ScheduledPublishingIT {

    /** 2026-12-01T08:00-04:00 in the site's zone (America/Caracas). */
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static TestSite site(Path dir) {
        return TestSite.in(dir)
                .file("broadsheet.yml", "timezone: America/Caracas\nbaseUrl: https://example.org/news/\n")
                .article("content/world/now.md", "title: Due Now\ndate: 2026-12-01T08:00", "Published.")
                .article("content/world/later.md", "title: Later Today\ndate: 2026-12-01T09:00", "Waits an hour.")
                .article("content/world/tomorrow/index.md", "title: Tomorrow\ndate: 2026-12-02T07:00\nimage: map.png\nimage_alt: Map",
                        "Waits a day.")
                .bytes("content/world/tomorrow/map.png", new byte[] {1, 2, 3})
                .article("content/world/draft.md", "title: Early Draft\ndate: 2026-12-01T08:30\ndraft: true", "Not scheduled.");
    }

    static BuildResult build(TestSite site, boolean future) {
        return Broadsheet.build(BuildRequest.of(site.root()).at(NOW).withFuture(future));
    }

    @Test
    void articlesDatedAfterNowAreLeftOutWithTheirFiles(@TempDir Path dir) {
        TestSite site = site(dir);
        BuildResult result = build(site, false);
        assertTrue(site.exists("world/now/index.html"), "an article dated exactly now is due");
        assertFalse(site.exists("world/later/index.html"));
        assertFalse(site.exists("world/tomorrow/index.html"));
        assertFalse(site.exists("world/tomorrow/map.png"));
        assertFalse(site.text("sitemap.xml").contains("later"));
        assertFalse(site.text("feed.xml").contains("Later Today"));
        assertEquals(1, result.contents().articles());
    }

    @Test
    void theNextDueArticleIsTheEarliestScheduledOneNotADraft(@TempDir Path dir) {
        BuildResult result = build(site(dir), false);
        assertEquals(Optional.of("content/world/later.md at 2026-12-01T09:00-04:00"),
                result.nextScheduled().map(Object::toString));
    }

    @Test
    void futureIncludesScheduledArticlesAndNothingIsThenDue(@TempDir Path dir) {
        TestSite site = site(dir);
        BuildResult result = build(site, true);
        assertTrue(site.exists("world/later/index.html"));
        assertTrue(site.exists("world/tomorrow/map.png"));
        assertFalse(site.exists("world/draft/index.html"));
        assertEquals(Optional.empty(), result.nextScheduled());
    }

    @Test
    void buildPrintsWhenTheNextScheduledArticleIsDue(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "timezone: America/Caracas\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.")
                .article("content/world/far.md", "title: Far\ndate: 2999-12-01T09:00", "Text.");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().endsWith("Next scheduled article: content/world/far.md at 2999-12-01T09:00-04:00\n"),
                run.out());
        assertFalse(site.exists("world/far/index.html"));

        TestSite.Run future = site.build("--future");
        assertEquals(0, future.exitCode(), future.toString());
        assertFalse(future.out().contains("Next scheduled"), future.out());
        assertTrue(site.exists("world/far/index.html"));
    }

    @Test
    void quietPrintsNoScheduleLine(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).article("content/world/far.md", "title: Far\ndate: 2999-12-01", "Text.");
        assertEquals("", site.build("--quiet").out());
    }
}

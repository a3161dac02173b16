package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.broadsheet.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a file rebuilds the site and reloads open pages; a broken build shows its errors over the last good site. */
class DevServer_ReloadIT {

    static TestSite site(Path dir) {
        return TestSite.in(dir)
                .file("broadsheet.yml", "title: The Served Times\nbaseUrl: https://example.org/news/\n")
                .article("content/world/storm.md", "title: Storm Reaches the Coast\ndate: 2026-01-05", "Rain all day.")
                .article("content/world/port.md", "title: Port Reopens\ndate: 2026-01-06", "Ships return.");
    }

    @Test
    void theReloadChannelAnnouncesEachBuildAndTheSavedFileShowsOnTheNextRequest(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        try (ServedSite served = ServedSite.start(dir)) {
            BlockingQueue<String> channel = served.listen();
            assertEquals("status 200 text/event-stream; charset=utf-8", ServedSite.next(channel));
            String first = ServedSite.next(channel);
            assertEquals(List.of("*"), ServedSite.pages(first), "a page older than the current build reloads");
            assertTrue(served.get("/news/world/storm/").body().contains("var built=\"" + ServedSite.id(first) + "\""));

            site.article("content/world/storm.md", "title: Storm Reaches the Coast\ndate: 2026-01-05", "Sun at last.");
            String shown = ServedSite.next(channel);
            assertNotEquals(ServedSite.id(first), ServedSite.id(shown));
            assertEquals(List.of("/news/world/storm/"), ServedSite.pages(shown), "the edited page is shown at once");
            String page = served.get("/news/world/storm/").body();
            assertTrue(page.contains("Sun at last."), page);
            assertTrue(page.contains("var built=\"" + ServedSite.id(shown) + "\""), "the page knows the build it came from");

            List<String> built = ServedSite.pages(ServedSite.next(channel));
            assertTrue(built.contains("/news/"), "the front page shows the new summary: " + built);
            assertFalse(built.contains("/news/world/storm/"), "the edited page already shows what the build wrote");
            assertTrue(served.get("/news/").body().contains("Sun at last."));
            assertTrue(served.log.stream().anyMatch(line -> line.matches(
                    "Showing 1 changed page at once \\(\\d+ ms\\); building the site…")), served.log.toString());
        }
    }

    @Test
    void anOpenFrontPageShowsTheEditedArticleAtOnceToo(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        try (ServedSite served = ServedSite.start(dir)) {
            BlockingQueue<String> front = served.listen("/news/");
            ServedSite.next(front);
            ServedSite.next(front);
            site.article("content/world/storm.md", "title: Storm Leaves the Coast\ndate: 2026-01-05", "Rain all day.");
            assertEquals(List.of("/news/", "/news/world/storm/"), ServedSite.pages(ServedSite.next(front)));
            assertTrue(served.get("/news/").body().contains("Storm Leaves the Coast"));
            List<String> built = ServedSite.pages(ServedSite.next(front));
            assertTrue(built.contains("/news/world/"), "the section nobody had open changes with the build: " + built);
            assertFalse(built.contains("/news/"), "the open front page is current: " + built);
        }
    }

    @Test
    void anEditThatMovesTheArticleWaitsForTheBuildAndStylesheetsReloadEveryPage(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        try (ServedSite served = ServedSite.start(dir)) {
            BlockingQueue<String> channel = served.listen();
            ServedSite.next(channel);
            ServedSite.next(channel);

            site.article("content/world/storm.md", "title: Storm Reaches the Coast\ndate: 2026-01-05\ntags: [weather]",
                    "Rain all day.");
            List<String> built = ServedSite.pages(ServedSite.next(channel));
            assertTrue(built.containsAll(List.of("/news/world/storm/", "/news/tags/weather/")), built.toString());
            assertTrue(served.get("/news/tags/weather/").body().contains("Storm Reaches the Coast"));
            assertFalse(served.log.stream().anyMatch(line -> line.startsWith("Showing")), served.log.toString());

            site.file("templates/assets/extra.css", "body{color:red}\n");
            assertEquals(List.of("*"), ServedSite.pages(ServedSite.next(channel)));
        }
    }

    @Test
    void newFoldersTemplatesAndSettingsAreWatchedToo(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        try (ServedSite served = ServedSite.start(dir)) {
            site.article("content/science/deep/probe.md", "title: Probe Lands\ndate: 2026-01-07\nsection: science", "Hello.");
            served.awaitPage("/news/science/probe/", body -> body.contains("Probe Lands"));
            site.file("templates/partials/footer.ftlh", "<footer>Printed in the test</footer>\n");
            served.awaitPage("/news/", body -> body.contains("Printed in the test"));
            site.file("broadsheet.yml", "title: The Renamed Times\nbaseUrl: https://example.org/daily/\n");
            HttpResponse<String> moved = served.awaitPage("/daily/", body -> body.contains("The Renamed Times"));
            assertEquals(200, moved.statusCode());
            assertEquals(404, served.get("/news/").statusCode(), "the site follows its new base path");
        }
    }

    @Test
    void afterATemplateChangesThePagesOpenInTheBrowserShowFirst(@TempDir Path dir) throws Exception {
        TestSite site = site(dir).file("templates/partials/footer.ftlh", "<footer>Printed in print</footer>\n");
        try (ServedSite served = ServedSite.start(dir)) {
            BlockingQueue<String> storm = served.listen("/news/world/storm/");
            BlockingQueue<String> front = served.listen("/news/");
            for (BlockingQueue<String> channel : List.of(storm, front)) {
                ServedSite.next(channel);
                ServedSite.next(channel);
            }
            site.file("templates/partials/footer.ftlh", "<footer>Printed in the test</footer>\n");
            String shown = ServedSite.next(storm);
            assertEquals(List.of("/news/", "/news/world/storm/"), ServedSite.pages(shown), "the open pages, at once");
            assertTrue(served.get("/news/world/storm/").body().contains("Printed in the test"));
            assertEquals(shown, ServedSite.next(front));
            assertTrue(served.log.stream().anyMatch(line -> line.matches(
                    "Showing 2 changed pages at once \\(\\d+ ms\\); building the site…")), served.log.toString());
            List<String> built = ServedSite.pages(ServedSite.next(storm));
            assertTrue(built.contains("/news/world/port/"), "pages nobody had open change with the build: " + built);
            assertFalse(built.contains("/news/world/storm/") || built.contains("/news/"), "the open pages are current: " + built);
        }
    }

    @Test
    void warningsArePrintedOnceAndAtMostTwentyAtATime(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        StringBuilder images = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            images.append("![Photo ").append(i).append("](/images/missing-").append(i).append(".jpg)\n\n");
        }
        site.article("content/world/gallery.md", "title: Gallery\ndate: 2026-01-04", images.toString());
        try (ServedSite served = ServedSite.start(dir)) {
            List<String> first = List.copyOf(served.log);
            assertEquals(20, first.stream().filter(line -> line.contains("warning: image")).count(), first.toString());
            assertTrue(first.contains("… and 5 more warnings (broadsheet build --verbose lists them all)"), first.toString());

            BlockingQueue<String> channel = served.listen();
            ServedSite.next(channel);
            ServedSite.next(channel);
            served.log.clear();
            site.article("content/world/gallery.md", "title: Gallery\ndate: 2026-01-04",
                    images + "![One more](/images/missing-26.jpg)\n");
            assertEquals(List.of("/news/world/gallery/"), ServedSite.pages(ServedSite.next(channel)), "the preview");
            ServedSite.next(channel); // the build after it
            List<String> second = List.copyOf(served.log);
            assertEquals(List.of("content/world/gallery.md:55: warning: image \"/images/missing-26.jpg\" is not in the site "
                    + "(no file content/images/missing-26.jpg); the deploy must add it"),
                    second.stream().filter(line -> line.contains("warning")).toList(), "only the new warning: " + second);
        }
    }

    @Test
    void aBrokenBuildShowsItsErrorsOverTheLastGoodSiteUntilFixed(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        try (ServedSite served = ServedSite.start(dir)) {
            BlockingQueue<String> channel = served.listen();
            ServedSite.next(channel);
            ServedSite.next(channel);

            site.article("content/world/port.md", "title: Port Reopens\ndate: last Tuesday", "Ships return.");
            ServedSite.next(channel); // the failed build is announced: open pages reload and show the overlay
            HttpResponse<String> response = served.get("/news/world/port/");
            assertEquals(200, response.statusCode());
            Document page = Jsoup.parse(response.body());
            assertEquals("Build failed: 1 error", page.selectFirst("#broadsheet-errors p").text());
            assertEquals("content/world/port.md:3: date \"last Tuesday\" is not ISO 8601 (write e.g. 2026-11-27 or "
                    + "2026-11-27T14:05:00-04:00)", page.selectFirst("#broadsheet-errors li").text());
            assertEquals("Port Reopens", page.selectFirst("h1").text(), "the last good page stays behind");

            site.article("content/world/port.md", "title: Port Reopens Fully\ndate: 2026-01-06", "Ships return.");
            ServedSite.next(channel);
            Document fixed = Jsoup.parse(served.get("/news/world/port/").body());
            assertEquals(null, fixed.selectFirst("#broadsheet-errors"));
            assertEquals("Port Reopens Fully", fixed.selectFirst("h1").text());
        }
    }

    @Test
    void aSiteThatNeverBuiltShowsItsErrorsAndAppearsOnceFixed(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.in(dir).article("content/world/a.md", "date: 2026-01-05", "No title.");
        try (ServedSite served = ServedSite.start(dir)) {
            HttpResponse<String> response = served.get("/some/page/");
            assertEquals(503, response.statusCode());
            assertTrue(response.body().contains("content/world/a.md:1</span>: title is missing"), response.body());
            assertTrue(response.body().contains("data-broadsheet-serve"), "it reloads itself once fixed");

            site.article("content/world/a.md", "title: Now Titled\ndate: 2026-01-05", "Text.");
            served.awaitPage("/world/a/", body -> body.contains("Now Titled") && !body.contains("broadsheet-errors"));
            assertFalse(Files.exists(dir.resolve("site")), "serve never writes the site/ folder");
        }
    }
}

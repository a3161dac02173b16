package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces {@code site/} whole or not at all: a failed build leaves the previous site
 * byte for byte as it was, and a successful one leaves nothing of the previous site that no
 * longer has a source.
 */
class AtomicOutputIT {

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void buildAGoodSite() {
        site = TestSite.in(dir)
                .article("content/world/talks.md", "title: Talks resume\ndate: 2026-11-27\ntags: [diplomacy]", "Body.\n")
                .article("content/world/floods.md", "title: Floods recede\ndate: 2026-11-26\ntags: [climate]", "Body.\n")
                .article("content/business/rates.md", "title: Rates on hold\ndate: 2026-11-25\nlayout: feature",
                        "Body.\n")
                .file("templates/feature.ftlh", "<!DOCTYPE html>\n<title>${article.title}</title>\n${article.body}\n")
                .bytes("content/images/chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff});
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
    }

    @Test
    void aBrokenArticleLeavesThePreviousSiteByteForByte() {
        Map<String, String> before = TestSite.snapshot(site.output());
        site.article("content/world/talks.md", "title: Talks resume\ndate: yesterday", "Body.\n");

        TestSite.Run run = site.build();

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("Build failed: 1 error. The previous site in " + site.output() + " is unchanged.",
                run.errLines().get(run.errLines().size() - 1));
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(site.output())));
        assertNoLeftovers();
    }

    @Test
    void aTemplateThatFailsForOnePageLeavesThePreviousSiteByteForByte() {
        // Every other page renders into the staging folder before this one fails.
        Map<String, String> before = TestSite.snapshot(site.output());
        site.file("templates/feature.ftlh", "<!DOCTYPE html>\n<title>${article.title}</title>\n${article.standfirst}\n");

        TestSite.Run run = site.build();

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errLines().get(0).startsWith("templates/feature.ftlh:3:3: "), run.toString());
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(site.output())));
        assertNoLeftovers();
    }

    @Test
    void aDeletedArticleDisappearsFromTheSiteWithItsTagPage() throws IOException {
        assertTrue(site.exists("world/floods/index.html"));
        assertTrue(site.exists("tags/climate/index.html"));
        Files.delete(dir.resolve("content/world/floods.md"));

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(site.exists("world/floods/index.html"));
        assertFalse(site.exists("world/floods"));
        assertFalse(site.exists("tags/climate/index.html"));
        assertTrue(site.exists("world/talks/index.html"));
        assertFalse(site.text("world/index.html").contains("Floods recede"));
        assertNoLeftovers();
    }

    @Test
    void filesOfThePreviousSiteWithoutASourceDisappear() throws IOException {
        assertTrue(site.exists("images/chart.png"));
        Files.delete(dir.resolve("content/images/chart.png"));
        Files.writeString(site.output().resolve("stray.html"), "<p>left here by hand</p>");

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(site.exists("images"));
        assertFalse(site.exists("stray.html"));
        assertNoLeftovers();
    }

    @Test
    void aFileLeftInTheSiteByHandDoesNotComeBackInLaterBuilds() throws IOException {
        site.article("content/world/talks.md", "title: Talks resume\ndate: 2026-11-27\ntags: [diplomacy]", "Day 2.\n");
        assertEquals(0, site.build().exitCode()); // an update: the site before it is kept beside
        Files.writeString(site.output().resolve("world/stray.html"), "<p>left here by hand</p>");

        for (int day = 3; day < 6; day++) {
            site.article("content/world/talks.md", "title: Talks resume\ndate: 2026-11-27\ntags: [diplomacy]",
                    "Day " + day + ".\n");
            TestSite.Run run = site.build();

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(site.text("world/talks/index.html").contains("Day " + day + "."));
            assertFalse(site.exists("world/stray.html"), "after the build of day " + day);
        }
        assertNoLeftovers();
    }

    @Test
    void aFileOfTheOldSiteThatCannotBeDeletedDoesNotHoldBackTheNewSite() throws Exception {
        Path stuck = site.output().resolve("world/talks/index.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", stuck), "needs chattr +i (root on Linux)");
        try {
            site.article("content/world/talks.md", "title: Talks end\ndate: 2026-11-27\ntags: [diplomacy]", "Over.\n");

            TestSite.Run run = site.build();

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(site.text("world/talks/index.html").contains("Talks end"));
            assertTrue(site.text("index.html").contains("Talks end"), "the whole new site is in place");
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(p -> p.getFileName().toString().equals("index.html")).forEach(p -> chattr("-i", p));
            }
        }
        TestSite.Run next = site.build();
        assertEquals(0, next.exitCode(), next.toString());
        assertNoLeftovers(); // the old site, which could not be deleted then, goes with the next build
    }

    /** Runs chattr on a file; false when this system or user cannot. */
    private static boolean chattr(String flag, Path file) {
        try {
            Process process = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void foldersLeftBehindByAKilledBuildAreCleanedUp() throws IOException {
        Path staging = Files.createDirectories(dir.resolve(".site.staging-killed/world"));
        Files.writeString(staging.resolve("half-written.html"), "<p>half");
        Files.createDirectories(dir.resolve(".site.old-killed"));

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertNoLeftovers();
    }

    /**
     * No staging or old folder, nor a swap's journal, is left beside site/; the lock file stays,
     * and the site before this one, which the next build brings up to date.
     */
    private void assertNoLeftovers() {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> leftovers = entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".site.") && !name.equals(".site.lock") && !name.equals(".site.spare"))
                    .toList();
            assertEquals(List.of(), leftovers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

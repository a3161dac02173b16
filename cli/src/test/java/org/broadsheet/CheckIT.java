package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * broadsheet check on a fixture site built to hold each kind of problem
 * ({@code sites/check-problems}, with the exact report in {@code expected-problems.txt}).
 */
class CheckIT {

    static TestSite.Run check(Path root, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--source";
        all[2] = root.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return TestSite.run(all);
    }

    @Test
    void everyKindOfProblemIsReportedAtItsFileAndLine(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.copyOf("sites/check-problems", dir);
        TestSite.Run run = check(site.root());
        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(Files.readAllLines(dir.resolve("expected-problems.txt")), lines.subList(0, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).matches("Checked 12 pages and 4 feeds and sitemaps in \\d+\\.\\d s "
                + "\\(build \\d+\\.\\d s\\): 10 errors, 4 warnings\\."), lines.get(lines.size() - 1));
        assertEquals("", run.err());
    }

    @Test
    void aCleanSitePassesAndCheckWritesNoSiteFolder(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "See [B](/world/b/#more).")
                .article("content/world/b.md", "title: B\ndate: 2026-01-02", "## More\n\nText.");
        TestSite.Run run = check(site.root());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().endsWith(": 0 errors, 0 warnings.\n"), run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void warningsFailOnlyWithWarningsAsErrors(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .article("content/world/a.md", "title: Same\ndate: 2026-01-01", "Text.")
                .article("content/world/b.md", "title: Same\ndate: 2026-01-02", "Text.");
        TestSite.Run lenient = check(site.root());
        assertEquals(0, lenient.exitCode(), lenient.toString());
        assertTrue(lenient.out().startsWith("content/world/b.md:2: warning: has the same title as content/world/a.md"),
                lenient.out());
        assertEquals(1, check(site.root(), "--warnings-as-errors").exitCode());
    }

    @Test
    void aSiteThatDoesNotBuildReportsItsBuildErrors(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).article("content/world/a.md", "title: A\ndate: someday", "Text.");
        TestSite.Run run = check(site.root());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("content/world/a.md:3: date \"someday\" is not ISO 8601"), run.err());
        assertTrue(run.err().endsWith("Check failed: the site does not build (1 error).\n"), run.err());
    }

    @Test
    void theSampleSitePassesWithoutWarnings() {
        TestSite.Run run = check(TestSite.REPOSITORY, "--warnings-as-errors");
        assertEquals(0, run.exitCode(), run.toString());
    }
}

package org.broadsheet.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.problem.BuildFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of docs/content/library-and-maven.md, compiled and run from outside the
 * library's packages, as a user's code would: {@link #buildSite} is the page's example, and the
 * page must show it, imports and all, word for word.
 */
class LibraryExampleTest {

    /** The docs page, at the repository's root above this module. */
    static final Path PAGE = Path.of("../docs/content/library-and-maven.md");

    static final Path THIS_SOURCE = Path.of("src/test/java/org/broadsheet/example/LibraryExampleTest.java");

    @TempDir
    Path dir;

    static boolean buildSite(Path siteFolder, List<String> report) {
        BuildRequest request = BuildRequest.of(siteFolder)
                .withDrafts(true)
                .withBaseUrl("https://staging.example.org/news/");
        try {
            BuildResult result = Broadsheet.build(request);
            result.warnings().forEach(warning -> report.add(warning.toString()));
            report.add(result.summary());
            return true;
        } catch (BuildFailedException e) {
            e.problems().forEach(problem -> report.add(problem.toString()));
            return false;
        }
    }

    @Test
    void theExampleBuildsADraftForTheStagingAddress() throws IOException {
        write("content/world/harbour.md", "---\ntitle: Harbour Reopens\ndate: 2026-11-20\ndraft: true\n---\nThe harbour reopened.\n");
        List<String> report = new ArrayList<>();
        assertTrue(buildSite(dir, report), report::toString);
        assertTrue(report.get(report.size() - 1).startsWith("Built "), report::toString);
        String page = Files.readString(dir.resolve("site/world/harbour/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://staging.example.org/news/world/harbour/\">"), page);
    }

    @Test
    void theExampleReportsEveryProblemAsTheCommandLinePrintsIt() throws IOException {
        write("content/world/storm.md", "---\ntitle: Storm\ndate: someday\n---\nText.\n");
        write("content/world/calm.md", "---\ndate: 2026-11-20\n---\nText.\n");
        List<String> report = new ArrayList<>();
        assertFalse(buildSite(dir, report));
        assertEquals(List.of("content/world/calm.md:1: title is missing (add a line title: ... to the front matter)",
                "content/world/storm.md:3: date \"someday\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)"),
                report);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void theDocsPageShowsTheExampleWordForWord() throws IOException {
        Matcher block = Pattern.compile("(?s)```java\n(.*?)```").matcher(Files.readString(PAGE));
        assertTrue(block.find(), "no ```java block in " + PAGE);
        String source = Files.readString(THIS_SOURCE);
        for (String line : block.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            assertTrue(source.contains(line), "the example's line \"" + line + "\" is not in " + THIS_SOURCE);
        }
        String method = block.group(1).substring(block.group(1).indexOf("static boolean buildSite"));
        assertTrue(source.contains(method.indent(4).stripTrailing()), "the example's method differs from buildSite in " + THIS_SOURCE);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
        Files.writeString(dir.resolve("broadsheet.yml"), "title: T\nbaseUrl: https://example.org/news/\n");
    }
}

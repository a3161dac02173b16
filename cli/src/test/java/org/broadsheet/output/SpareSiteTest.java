package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.TestSite;
import org.broadsheet.hash.Fingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An update brings the site before the current one (kept beside the output folder) up to date
 * with only what changed and swaps it in: the output holds exactly the new site after every
 * build, unchanged files keep their times, a build killed at any step leaves the old site or
 * the new one, and the next build is right again; files added or removed by hand in the output
 * folder never come back with the spare.
 */
class SpareSiteTest {

    /** Four sites in turn: a page changes, one goes, a file becomes a folder and back. */
    private static final List<Map<String, String>> SITES = List.of(
            Map.of("index.html", "front 1", "same.html", "same", "gone.html", "gone", "x/index.html", "x folder",
                    "world/a/index.html", "A"),
            Map.of("index.html", "front 2", "same.html", "same", "x", "x file", "world/a/index.html", "A",
                    "world/b/index.html", "B"),
            Map.of("index.html", "front 3", "same.html", "same", "x/index.html", "x folder again",
                    "world/a/index.html", "A3", "world/b/index.html", "B"),
            Map.of("index.html", "front 4", "same.html", "same", "x", "x file again", "world/b/index.html", "B",
                    "world/c/index.html", "C"));

    @TempDir
    Path root;

    private Path output;
    private PreviousOutput previous = PreviousOutput.NONE;

    /** Stands for kill -9: nothing of the commit runs after it. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void place() {
        output = root.resolve("site");
    }

    @Test
    void everyUpdateLeavesExactlyTheNewSiteAndKeepsTheTimesOfUnchangedFiles() throws Exception {
        build(SITES.get(0), OutputSwap.Steps.NONE);
        FileTime kept = Files.getLastModifiedTime(output.resolve("same.html"));
        for (Map<String, String> site : SITES.subList(1, SITES.size())) {
            build(site, OutputSwap.Steps.NONE);
            assertEquals(site, files());
        }
        assertEquals(kept, Files.getLastModifiedTime(output.resolve("same.html")));
        assertTrue(Files.isDirectory(SpareSite.folderOf(output)), "the site before is kept beside");
        assertEquals(List.of(".site.spare"), beside());
    }

    @Test
    void theSpareIsSwappedInInsteadOfANewFolderBeingBuilt() throws Exception {
        buildInTurn(0, 1);
        Object spare = Files.getAttribute(SpareSite.folderOf(output), "unix:ino");
        build(SITES.get(2), OutputSwap.Steps.NONE);
        assertEquals(spare, Files.getAttribute(output, "unix:ino"));
        assertEquals(SITES.get(2), files());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spare-invalidated", "spare-emptied", "staged", "journaled", "moved-old", "moved-new",
            "finished", "retired", "spare-kept"})
    void anUpdateOfTheSpareKilledAtAnyStepLeavesOneSiteAndTheNextBuildsAreRight(String step) throws Exception {
        buildInTurn(0, 1);

        assertThrows(Killed.class, () -> build(SITES.get(2), killAt(step)));

        if (Files.exists(output)) {
            Map<String, String> seen = files();
            assertTrue(seen.equals(SITES.get(1)) || seen.equals(SITES.get(2)), "a mix after " + step + ": " + seen);
        } else {
            assertEquals("moved-old", step, "only between the two renames is there no folder");
        }
        buildInTurn(2, 3, 0);
        assertEquals(List.of(".site.spare"), beside());
    }

    @Test
    void aFileAddedOrRemovedByHandDoesNotComeBackWithTheSpare() throws Exception {
        buildInTurn(0, 1);
        Files.writeString(output.resolve("world/a/stray.html"), "left here by hand");
        Files.delete(output.resolve("same.html"));

        buildInTurn(2, 3, 2);
    }

    @Test
    void aFileTheSpareTakesFromTheLiveSiteThatWasRemovedByHandIsRefusedAndTheLiveSiteLeftAsItWas() throws Exception {
        buildInTurn(0, 1);
        Files.delete(output.resolve("world/b/index.html")); // new in the last build: the spare lacks it
        Map<String, String> before = files();

        OutputChangedException e = assertThrows(OutputChangedException.class,
                () -> build(SITES.get(2), OutputSwap.Steps.NONE));

        assertEquals("world/b/index.html was removed from " + output + " since the last build", e.getMessage());
        assertEquals(before, files());
        previous = PreviousOutput.NONE; // as the build does: once more, trusting nothing
        buildInTurn(2, 3);
    }

    @Test
    void anUpdateThatTrustsNoRecordListsTheSiteAndKeepsItAsTheSpare() throws Exception {
        buildInTurn(0, 1);
        Files.writeString(output.resolve("world/a/stray.html"), "left here by hand");
        previous = PreviousOutput.NONE; // no cache: a new version of Broadsheet, or the cache deleted

        buildInTurn(2);
        Object spare = Files.getAttribute(SpareSite.folderOf(output), "unix:ino");
        buildInTurn(3);
        assertEquals(spare, Files.getAttribute(output, "unix:ino"), "the site listed became the spare, and was used");
        buildInTurn(2, 0);
    }

    @Test
    void aFolderOfTheSparesNameThatBroadsheetDidNotMakeIsLeftAlone() throws Exception {
        Path someones = Files.createDirectories(SpareSite.folderOf(output).resolve("notes"));
        Files.writeString(someones.resolve("todo.txt"), "not a site");

        buildInTurn(0, 1, 2);

        assertEquals("not a site", Files.readString(someones.resolve("todo.txt")));
        assertEquals(List.of(".site.spare"), beside(), "and no old site is left beside it");
    }

    @Test
    void aSpareWithoutItsStateIsNeverUsed() throws Exception {
        buildInTurn(0, 1);
        Files.delete(SpareSite.folderOf(output).resolve(SpareSite.STATE));
        Path same = SpareSite.folderOf(output).resolve("same.html");
        Files.delete(same); // its bytes are the live file's: it is replaced, never written into
        Files.writeString(same, "changed while the state was gone");

        build(SITES.get(2), OutputSwap.Steps.NONE);

        assertEquals(SITES.get(2), files());
        assertFalse(Files.readString(SpareSite.folderOf(output).resolve("same.html")).startsWith("changed"));
    }

    /** Builds the sites of {@code indexes} in turn, each time checking that the output holds it exactly. */
    private void buildInTurn(int... indexes) throws Exception {
        for (int index : indexes) {
            build(SITES.get(index), OutputSwap.Steps.NONE);
            assertEquals(SITES.get(index), files(), "site " + index);
        }
    }

    private static OutputSwap.Steps killAt(String step) {
        return reached -> {
            if (reached.equals(step)) {
                throw new Killed();
            }
        };
    }

    /** Writes {@code files} (path to text) and commits, as a build does; a killed build cleans nothing up. */
    private void build(Map<String, String> files, OutputSwap.Steps steps) throws Exception {
        SiteWriter.finishInterruptedSwap(output);
        SiteWriter writer = SiteWriter.open(output, root, previous, false, steps);
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            long fingerprint = new Fingerprint().add(file.getKey()).add(file.getValue()).value();
            if (!writer.isCurrent(file.getKey(), fingerprint)) {
                writer.write(file.getKey(), bytes, fingerprint, Fingerprint.of(bytes));
            }
        }
        String buildId = writer.commit();
        writer.close();
        previous = new PreviousOutput(buildId, writer.files());
    }

    /** Every file of the output folder but the marker, by path, with its text. */
    private Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        TestSite.snapshot(output).forEach((path, text) -> {
            if (!path.endsWith("/") && !path.equals(SiteWriter.MARKER)) {
                files.put(path, text);
            }
        });
        return files;
    }

    /** What a build left beside the output folder. */
    private List<String> beside() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }
}

package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.TestSite;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.source.FileTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How a site is committed: a new site whole, an update that keeps unchanged files (with their
 * times), replaces changed ones and deletes the rest, whether the folder is swapped whole or
 * updated file by file, and an update whose kept file went missing, which is refused.
 */
class SiteWriterTest {

    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path root;

    Path output;

    @BeforeEach
    void place() {
        output = root.resolve("site");
    }

    @Test
    void aNewSiteIsWrittenWholeWithAMarkerNamingItsBuild() throws Exception {
        Committed built = build(PreviousOutput.NONE, false, Map.of("index.html", "front", "world/a/index.html", "A"));

        assertEquals(Map.of(".broadsheet-site", marker(built.buildId()), "index.html", "front",
                "world/a/index.html", "A"), files());
        assertTrue(built.fresh());
        assertEquals(2, built.filesChanged());
        assertEquals(Set.of(), built.pathsChanged(), "a new site does not list its files");
        assertEquals(built.buildId(), SiteWriter.buildIdIn(output));
        assertNothingBeside();
    }

    @Test
    void theSameFilesAlwaysGetTheSameBuildIdAndOtherBytesAnother() throws Exception {
        String first = build(PreviousOutput.NONE, false, Map.of("a.html", "A", "b.html", "B")).buildId();
        output = root.resolve("elsewhere");
        assertEquals(first, build(PreviousOutput.NONE, false, Map.of("b.html", "B", "a.html", "A")).buildId());
        output = root.resolve("third");
        assertNotEquals(first, build(PreviousOutput.NONE, false, Map.of("a.html", "A", "b.html", "b")).buildId());
    }

    @ParameterizedTest(name = "in place: {0}")
    @ValueSource(booleans = {false, true})
    void anUpdateKeepsUnchangedFilesReplacesChangedOnesAndDeletesTheRest(boolean inPlace) throws Exception {
        Committed first = build(PreviousOutput.NONE, inPlace, Map.of("a.html", "A", "b.html", "B", "old/c.html", "C"));
        ageOutput();

        Committed second = build(first.previous(), inPlace, Map.of("a.html", "A", "b.html", "B2", "new/d.html", "D"));

        assertEquals(Map.of(".broadsheet-site", marker(second.buildId()), "a.html", "A", "b.html", "B2",
                "new/d.html", "D"), files());
        assertFalse(Files.exists(output.resolve("old")), "an emptied folder goes too");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("a.html")), "kept, not rewritten");
        assertFalse(second.fresh());
        assertEquals(Set.of("b.html", "new/d.html", "old/c.html"), second.pathsChanged());
        assertEquals(3, second.filesChanged());
        assertNothingBeside();
    }

    @Test
    void anUpdateInPlaceLeavesTheOutputFolderItselfWhereItWas() throws Exception {
        Committed first = build(PreviousOutput.NONE, true, Map.of("a.html", "A"));
        Object folder = Files.getAttribute(output, "unix:ino");
        build(first.previous(), true, Map.of("a.html", "A2"));
        assertEquals(folder, Files.getAttribute(output, "unix:ino"));
        Committed swapped = build(PreviousOutput.NONE, false, Map.of("a.html", "A3"));
        assertNotEquals(folder, Files.getAttribute(output, "unix:ino"), "a whole swap puts another folder in place");
        assertEquals("A3", read("a.html"));
        assertEquals(swapped.buildId(), SiteWriter.buildIdIn(output));
    }

    @Test
    void withoutTheCacheAnUpdateComparesWithTheFilesOnDisk() throws Exception {
        build(PreviousOutput.NONE, false, Map.of("a.html", "A", "b.html", "B"));
        ageOutput();

        Committed second = build(PreviousOutput.NONE, false, Map.of("a.html", "A", "c.html", "C"));

        assertEquals(Map.of(".broadsheet-site", marker(second.buildId()), "a.html", "A", "c.html", "C"), files());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("a.html")));
        assertEquals(Set.of("b.html", "c.html"), second.pathsChanged());
    }

    @Test
    void aFileWhoseInputsDidNotChangeIsNotWrittenAgainButKept() throws Exception {
        Committed first = build(PreviousOutput.NONE, false, Map.of("a.html", "A", "b.html", "B"));
        ageOutput();
        try (SiteWriter writer = SiteWriter.open(output, root, first.previous())) {
            assertTrue(writer.isCurrent("a.html", fingerprint("a.html", "A")));
            assertFalse(writer.isCurrent("b.html", fingerprint("b.html", "other inputs")));
            write(writer, "b.html", "B");
            writer.commit();
            assertEquals(Set.of(), writer.pathsChanged());
        }
        assertEquals("A", read("a.html"));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("a.html")));
    }

    @Test
    void theLastBuildsFilesAreTrustedOnlyWhenTheMarkerNamesThatBuild() throws Exception {
        Committed first = build(PreviousOutput.NONE, false, Map.of("a.html", "A"));
        PreviousOutput another = new PreviousOutput("0123abcd", first.previous().files());
        try (SiteWriter writer = SiteWriter.open(output, root, another)) {
            assertFalse(writer.isCurrent("a.html", fingerprint("a.html", "A")));
        }
    }

    @ParameterizedTest(name = "in place: {0}")
    @ValueSource(booleans = {false, true})
    void aKeptFileRemovedFromTheOutputSinceTheLastBuildIsRefusedAndTheOutputLeftAsItWas(boolean inPlace)
            throws Exception {
        Committed first = build(PreviousOutput.NONE, inPlace, Map.of("a.html", "A", "b.html", "B"));
        Files.delete(output.resolve("a.html"));
        Map<String, String> before = files();

        try (SiteWriter writer = SiteWriter.open(output, root, first.previous(), inPlace)) {
            assertTrue(writer.isCurrent("a.html", fingerprint("a.html", "A")));
            write(writer, "b.html", "B2");
            OutputChangedException e = assertThrows(OutputChangedException.class, writer::commit);
            assertEquals("a.html was removed from " + output + " since the last build", e.getMessage());
        }
        assertEquals(before, files());
        assertNothingBeside();
    }

    @Test
    void aFirstBuildInPlaceStoppedAtItsFirstFileIsFinishedByTheNextBuildNotRefusedAsSomeoneElsesFiles()
            throws Exception {
        Files.createDirectories(output); // a mount point: the first build goes in file by file
        try (SiteWriter writer = SiteWriter.open(output, root, PreviousOutput.NONE, true, step -> {
            if (step.equals("journaled")) { // as the move of the first file failed: its folder made, no marker yet
                Files.createDirectories(output.resolve("assets"));
                throw new IOException("Invalid cross-device link");
            }
        })) {
            write(writer, "assets/site.css", "body {}");
            write(writer, "index.html", "front");
            assertThrows(IOException.class, writer::commit);
        }

        SiteWriter.checkPlace(output, root.resolve("source")); // no "holds files that Broadsheet did not write"
        SiteWriter.finishInterruptedSwap(output);
        Map<String, String> after = new TreeMap<>(files());
        assertTrue(after.remove(SiteWriter.MARKER) != null, after.toString());
        assertEquals(Map.of("assets/site.css", "body {}", "index.html", "front"), after, "the swap is finished");
        assertNothingBeside();
    }

    @Test
    void aFileFromAnotherFileSystemIsCopiedBesideItsPlaceAndRenamedOverIt() throws Exception {
        // an output folder that is a mount point (a container's volume) gets its files from a staging
        // folder on another file system, where no rename can reach: the move failed with EXDEV
        Path other = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(other) && Files.isWritable(other)
                && !Files.getFileStore(other).equals(Files.getFileStore(root)), "no second file system here");
        Path folder = Files.createTempDirectory(other, "broadsheet-test");
        try {
            Path staged = Files.writeString(root.resolve("staged.html"), "new");
            Files.setLastModifiedTime(staged, LONG_AGO);
            Path target = Files.writeString(folder.resolve("page.html"), "old");

            OutputFolders.replace(staged, target);

            assertEquals("new", Files.readString(target));
            assertEquals(LONG_AGO, Files.getLastModifiedTime(target));
            assertFalse(Files.exists(staged));
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(target), left.toList(), "no copy left beside it");
            }
        } finally {
            FileTree.delete(folder);
        }
    }

    /** What one commit left: the build id and what the writer reported. */
    record Committed(String buildId, boolean fresh, int filesChanged, Set<String> pathsChanged,
            PreviousOutput previous) {
    }

    /** Writes {@code files} (path to text) into the output folder and commits, as a build does. */
    private Committed build(PreviousOutput previous, boolean inPlace, Map<String, String> files) throws Exception {
        try (SiteWriter writer = SiteWriter.open(output, root, previous, inPlace)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                write(writer, file.getKey(), file.getValue());
            }
            String buildId = writer.commit();
            return new Committed(buildId, writer.isFresh(), writer.filesChanged(), writer.pathsChanged(),
                    new PreviousOutput(buildId, writer.files()));
        }
    }

    private static void write(SiteWriter writer, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writer.write(path, bytes, fingerprint(path, text), Fingerprint.of(bytes));
    }

    /** The fingerprint of a page's inputs: here, its path and text. */
    private static long fingerprint(String path, String text) {
        return new Fingerprint().add(path).add(text).value();
    }

    private static String marker(String buildId) {
        return "This folder is written by Broadsheet; each build replaces it.\nbuild " + buildId + "\n";
    }

    /** Every file of the output folder, by path, with its text. */
    private Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        TestSite.snapshot(output).forEach((path, text) -> {
            if (!path.endsWith("/")) {
                files.put(path, text);
            }
        });
        return files;
    }

    private String read(String path) throws IOException {
        return Files.readString(output.resolve(path));
    }

    private void ageOutput() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** No staging folder, old site or journal is left beside the output folder; the site before may be kept. */
    private void assertNothingBeside() throws IOException {
        try (Stream<Path> beside = Files.list(root)) {
            List<String> names = beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && !n.equals(".site.spare")).toList();
            assertEquals(List.of(), names);
        }
    }
}

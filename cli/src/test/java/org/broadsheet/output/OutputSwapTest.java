package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.broadsheet.TestSite;
import org.broadsheet.source.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A swap killed at any of its steps leaves the old site, the new one, or (for an instant of the
 * whole swap) no folder and a journal; and the recovery the next build runs first always ends
 * with one whole site. A killed build runs no clean-up, so the test "kills" a swap by throwing
 * an error that the swap does not catch.
 */
class OutputSwapTest {

    /** The old site: a page that changes, one that stays, one that goes, a file that becomes a folder and back. */
    private static final Map<String, String> OLD = Map.of("a.html", "old a", "same.html", "same", "gone.html", "gone",
            "report.pdf", "%PDF", "x/index.html", "x as a folder");
    private static final Map<String, String> NEW = Map.of("a.html", "new a", "same.html", "same", "fresh.html", "fresh",
            "report.pdf/index.html", "report page", "x", "x as a file");
    /** What an update writes into its staging folder: the files whose bytes changed. */
    private static final List<String> CHANGED = List.of("a.html", "fresh.html", "report.pdf/index.html", "x");

    @TempDir
    Path dir;

    /** Stands for kill -9: nothing of the swap runs after it. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static OutputSwap.Steps killAt(String step) {
        return reached -> {
            if (reached.equals(step)) {
                throw new Killed();
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"journaled", "moved-old", "moved-new", "finished"})
    void aSwapOfTheWholeFolderKilledAtAnyStepShowsOneSiteAndRecoversToTheNewOne(String step) throws IOException {
        Path output = tree("site", OLD);
        Path staging = tree(".site.staging-1", NEW);

        assertThrows(Killed.class, () -> OutputSwap.replaceWhole(output, staging, OutputSwap.oldSiteOf(output), killAt(step)));

        if (Files.exists(output)) {
            Map<String, String> seen = TestSite.snapshot(output);
            assertTrue(seen.equals(snapshotOf(OLD)) || seen.equals(snapshotOf(NEW)), "a mix after " + step + ": " + seen);
        } else {
            assertEquals("moved-old", step, "only between the two renames is there no folder");
            assertTrue(Files.exists(OutputSwap.journalOf(output)));
        }
        recoverAsTheNextBuildDoes(output);
        assertEquals(snapshotOf(NEW), TestSite.snapshot(output));
        assertNothingBeside(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"journaled", "moved-half", "moved", "finished"})
    void anUpdateInPlaceKilledAtAnyStepIsFinishedByTheRecovery(String step) throws IOException {
        Path output = tree("site", OLD);
        Path staging = tree(".site.staging-1", changedFiles());

        assertThrows(Killed.class, () -> OutputSwap.updateInPlace(output, staging, NEW.keySet(), killAt(step)));

        assertEquals(!step.equals("finished"), Files.exists(OutputSwap.journalOf(output)), "the journal says what to finish");
        recoverAsTheNextBuildDoes(output);
        assertEquals(snapshotOf(NEW), TestSite.snapshot(output));
        assertNothingBeside(output);
    }

    @Test
    void anUpdateInPlaceTurnsFilesIntoFoldersAndBack() throws IOException {
        Path output = tree("site", OLD);
        OutputSwap.updateInPlace(output, tree(".site.staging-1", changedFiles()), NEW.keySet(), OutputSwap.Steps.NONE);
        assertEquals(snapshotOf(NEW), TestSite.snapshot(output));
        assertNothingBeside(output);
    }

    @Test
    void whenTheNewSiteCannotBeMovedInTheOldOneIsPutBack() throws IOException {
        Path output = tree("site", OLD);
        Path staging = tree(".site.staging-1", NEW);
        OutputSwap.Steps ioErrorOnTheSecondRename = step -> {
            if (step.equals("moved-old")) {
                FileTree.delete(staging); // the rename of staging now fails as an I/O error would
            }
        };

        assertThrows(IOException.class, () -> OutputSwap.replaceWhole(output, staging, OutputSwap.oldSiteOf(output), ioErrorOnTheSecondRename));

        assertEquals(snapshotOf(OLD), TestSite.snapshot(output));
        assertFalse(Files.exists(OutputSwap.journalOf(output)), "nothing is left to finish");
        assertFalse(OutputSwap.recover(output));
    }

    @Test
    void aSwapWithNothingToFinishChangesNothing() throws IOException {
        Path output = tree("site", OLD);
        assertFalse(OutputSwap.recover(output));
        assertEquals(snapshotOf(OLD), TestSite.snapshot(output));
    }

    /** What the next build does first: finishes the swap, then removes what a finished one left. */
    private static void recoverAsTheNextBuildDoes(Path output) throws IOException {
        OutputSwap.recover(output);
        OutputFolders.removeLeftovers(output);
    }

    private static Map<String, String> changedFiles() {
        Map<String, String> changed = new java.util.HashMap<>();
        CHANGED.forEach(path -> changed.put(path, NEW.get(path)));
        return changed;
    }

    private Path tree(String name, Map<String, String> files) {
        Path root = dir.resolve(name);
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** The snapshot a folder holding just these files has. */
    private Map<String, String> snapshotOf(Map<String, String> files) {
        Path model = dir.resolve("model-" + files.hashCode());
        if (!Files.exists(model)) {
            tree(model.getFileName().toString(), files);
        }
        return TestSite.snapshot(model);
    }

    /** No staging or old folder, nor a journal, beside the output folder. */
    private void assertNothingBeside(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output.getParent())) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList());
        }
    }
}

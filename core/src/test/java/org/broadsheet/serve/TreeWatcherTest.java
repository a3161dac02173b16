package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both watchers report the same changes of a site folder: the JDK's, which Linux and Windows use,
 * and directory-watcher's, which macOS uses with FSEvents and which runs here on the JDK's
 * WatchService (inotify), so that the same adapter code reports.
 */
class TreeWatcherTest {

    @TempDir
    Path root;

    private final BlockingQueue<Path> reports = new LinkedBlockingQueue<>();
    /** Every path reported so far that a test has taken from {@link #reports}. */
    private final List<Path> taken = new ArrayList<>();

    static Stream<Arguments> watchers() {
        TreeWatcher.Starter directory = (root, report) ->
                DirectoryTreeWatcher.start(root, report, FileSystems.getDefault().newWatchService());
        return Stream.of(Arguments.of("JDK", (TreeWatcher.Starter) JdkTreeWatcher::start),
                Arguments.of("directory-watcher", directory));
    }

    @Test
    void macOsWatchesWithFsEventsAndTheOthersWithTheJdk() {
        assertEquals(TreeWatcher.Kind.FSEVENTS, TreeWatcher.Kind.forOperatingSystem("Mac OS X"));
        assertEquals(TreeWatcher.Kind.JDK, TreeWatcher.Kind.forOperatingSystem("Linux"));
        assertEquals(TreeWatcher.Kind.JDK, TreeWatcher.Kind.forOperatingSystem("Windows 11"));
        assertEquals(TreeWatcher.Kind.JDK, TreeWatcher.Kind.forOperatingSystem("FreeBSD"));
    }

    @Test
    void whereFsEventsCannotStartTheJdksWatcherWatches() throws Exception {
        TreeWatcher.Starter unloadable = (root, report) -> {
            throw new UnsatisfiedLinkError("Unable to load library 'CoreServices'");
        };
        write("content/world/storm.md", "Rain.");
        try (TreeWatcher watcher = TreeWatcher.Starter.withFallback(unloadable, JdkTreeWatcher::start).start(root, reports::add)) {
            assertTrue(watcher instanceof JdkTreeWatcher, watcher.getClass().getName());
            awaitReport(write("content/world/storm.md", "Sun."));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("watchers")
    void filesCreatedChangedAndDeletedInNestedFoldersAreReported(String name, TreeWatcher.Starter starter) throws Exception {
        Path story = write("content/world/europe/storm.md", "Rain.");
        write("templates/partials/header.ftlh", "<header></header>");
        try (TreeWatcher watcher = starter.start(root, reports::add)) {
            awaitReport(write("content/world/europe/storm.md", "More rain."));
            awaitReport(write("content/world/europe/port.md", "Ships."));
            Files.delete(story);
            awaitReport(story);
            awaitReport(write("templates/partials/footer.ftlh", "<footer></footer>"));
            awaitReport(write("broadsheet.yml", "title: The Times\n"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("watchers")
    void foldersMadeAfterTheStartAreWatched(String name, TreeWatcher.Starter starter) throws Exception {
        write("content/world/storm.md", "Rain.");
        try (TreeWatcher watcher = starter.start(root, reports::add)) {
            // one folder at a time: a folder made before its parent is watched is found, but not reported
            awaitReport(Files.createDirectory(root.resolve("content/science")));
            Path deep = Files.createDirectory(root.resolve("content/science/deep"));
            awaitReport(deep);
            awaitReport(write("content/science/deep/probe.md", "Landed."));
            awaitReport(write("content/science/deep/probe.md", "Landed again."));
            Files.createDirectories(root.resolve("i18n"));
            awaitReport(root.resolve("i18n"));
            awaitReport(write("i18n/fr.yml", "more: Plus\n"));
            assertTrue(Files.isDirectory(deep));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("watchers")
    void theOutputHiddenFoldersAndBackupsAreNotReported(String name, TreeWatcher.Starter starter) throws Exception {
        write("content/world/storm.md", "Rain.");
        Files.createDirectories(root.resolve("site"));
        Files.createDirectories(root.resolve(".broadsheet/serve/site"));
        Files.createDirectories(root.resolve(".git"));
        try (TreeWatcher watcher = starter.start(root, reports::add)) {
            List<Path> ignored = List.of(write("site/index.html", "<p>"), write(".broadsheet/serve/site/index.html", "<p>"),
                    write(".git/HEAD", "ref"), write("notes.txt", "to do"), write("content/world/.storm.md.swp", "x"),
                    write("content/world/storm.md~", "x"));
            awaitReport(write("content/world/storm.md", "Sun."));
            List<Path> reported = drain();
            for (Path path : ignored) {
                assertFalse(reported.contains(path), path + " in " + reported);
            }
        }
    }

    @Test
    void directoryWatcherIgnoresHiddenFoldersInsideTheContentToo() throws Exception {
        write("content/.git/HEAD", "ref");
        try (TreeWatcher watcher = DirectoryTreeWatcher.start(root, reports::add, FileSystems.getDefault().newWatchService())) {
            Path hidden = write("content/.git/objects/ab", "blob");
            awaitReport(write("content/story.md", "Hello."));
            List<Path> reported = drain();
            assertFalse(reported.stream().anyMatch(path -> path.startsWith(root.resolve("content/.git"))), reported.toString());
            assertFalse(reported.contains(hidden));
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Waits for {@code path} to be reported, taking the reports before it. */
    private void awaitReport(Path path) throws InterruptedException {
        List<Path> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Path next = reports.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                taken.add(next);
                seen.add(next);
            }
            if (path.equals(next)) {
                return;
            }
        }
        throw new AssertionError(path + " was not reported; these were: " + seen);
    }

    /** Every path reported, once no more came for a moment: for the paths that must not be among them. */
    private List<Path> drain() throws InterruptedException {
        Path next;
        while ((next = reports.poll(300, TimeUnit.MILLISECONDS)) != null) {
            taken.add(next);
        }
        return taken;
    }
}

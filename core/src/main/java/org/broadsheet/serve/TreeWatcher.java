package org.broadsheet.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.broadsheet.Broadsheet;

/**
 * A recursive watcher of what a build reads in a site folder: the {@link Broadsheet#FOLDERS} with
 * everything under them, and {@code broadsheet.yml} (an environment's {@code broadsheet.*.yml} too). It
 * reports each path that changed, on a thread of its own, and the site folder itself when events
 * were lost. Hidden files and editors' backups are not reported, nor anything else at the top of
 * the site folder (the output {@code site/}, {@code .broadsheet}, {@code .git}).
 */
interface TreeWatcher extends AutoCloseable {

    /** Folders of the site folder whose changes the site shows. */
    List<String> FOLDERS = Broadsheet.FOLDERS;

    /** Which watcher watches: the JDK's, or FSEvents through directory-watcher. */
    enum Kind {
        JDK(JdkTreeWatcher::start),
        FSEVENTS(Starter.withFallback(DirectoryTreeWatcher::startFsEvents, JdkTreeWatcher::start));

        private final Starter starter;

        Kind(Starter starter) {
            this.starter = starter;
        }

        /**
         * The watcher for the operating system named {@code osName} (Java's {@code os.name}): the
         * JDK's own on Linux (inotify) and Windows, whose events are native; on macOS, where the JDK
         * only polls each folder every few seconds, FSEvents.
         */
        static Kind forOperatingSystem(String osName) {
            return osName.toLowerCase(Locale.ROOT).startsWith("mac") ? FSEVENTS : JDK;
        }

        /** Starts watching the site folder {@code root}, giving {@code report} each changed path. */
        TreeWatcher start(Path root, Consumer<Path> report) throws IOException {
            return starter.start(root, report);
        }
    }

    /** Starts a watcher of the site folder {@code root} that gives {@code report} each changed path. */
    @FunctionalInterface
    interface Starter {
        TreeWatcher start(Path root, Consumer<Path> report) throws IOException;

        /**
         * Starts with {@code first}, or with {@code fallback} where {@code first} cannot start: JNA's
         * native library may fail to load (a temporary folder mounted noexec, an unusual JVM), and
         * a slow watcher still beats a server that does not start.
         */
        static Starter withFallback(Starter first, Starter fallback) {
            return (root, report) -> {
                try {
                    return first.start(root, report);
                } catch (IOException | RuntimeException | LinkageError e) {
                    return fallback.start(root, report);
                }
            };
        }
    }

    /** Whether a build reads the file or folder {@code name} at the top of the site folder. */
    static boolean readAtTop(String name) {
        return FOLDERS.contains(name) || name.startsWith("broadsheet") && name.endsWith(".yml");
    }

    /** Files no build reads: hidden ones and editors' backups and swap files. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    @Override
    void close() throws IOException;
}

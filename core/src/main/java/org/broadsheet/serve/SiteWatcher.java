package org.broadsheet.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.broadsheet.Broadsheet;

/**
 * Watches what a build reads: the {@link Broadsheet#FOLDERS} with everything under them, and
 * {@code broadsheet.yml}, through the {@link TreeWatcher} of this operating system. After a change it
 * waits until the folder has been quiet for a moment (an editor's save is several events) and then
 * calls back once, on its own thread, so builds never overlap, with the paths that changed. Hidden
 * files and editor backups are ignored. When events were lost, the site folder itself is reported changed.
 */
final class SiteWatcher implements AutoCloseable {

    /** How long the folder must be quiet before a build starts. */
    static final long QUIET_MILLIS = 30;

    private final Consumer<Set<Path>> onChange;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final TreeWatcher watcher;
    private final Thread thread;

    private SiteWatcher(Path root, Consumer<Set<Path>> onChange, TreeWatcher.Kind kind) throws IOException {
        this.onChange = onChange;
        this.watcher = kind.start(root, changes::add);
        this.thread = new Thread(this::run, "broadsheet-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching the site folder {@code root} with the watcher of this operating system;
     * {@code onChange} runs after each burst of changes, with the absolute paths of the files and
     * folders that changed.
     */
    static SiteWatcher start(Path root, Consumer<Set<Path>> onChange) throws IOException {
        return start(root, onChange, TreeWatcher.Kind.forOperatingSystem(System.getProperty("os.name")));
    }

    /** Starts watching the site folder {@code root} with the watcher {@code kind}. */
    static SiteWatcher start(Path root, Consumer<Set<Path>> onChange, TreeWatcher.Kind kind) throws IOException {
        SiteWatcher watcher = new SiteWatcher(root, onChange, kind);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                changed.add(changes.take());
                Path more;
                while ((more = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed.add(more);
                }
                try {
                    onChange.accept(changed);
                } catch (RuntimeException e) {
                    // one failed rebuild must not stop the watching: the next save builds again
                }
            }
        } catch (InterruptedException e) {
            // closed: stop watching
        }
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            thread.interrupt();
        }
    }
}

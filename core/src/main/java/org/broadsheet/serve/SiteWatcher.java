package org.broadsheet.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;

/**
 * Watches what a build reads: the {@link Broadsheet#FOLDERS} with everything under them, and
 * {@code broadsheet.yml}. After a change it waits until the folder
 * has been quiet for a moment (an editor's save is several events) and then calls back once,
 * on its own thread, so builds never overlap, with the paths that changed. Hidden files and
 * editor backups are ignored. When events were lost, the site folder itself is reported changed.
 */
final class SiteWatcher implements AutoCloseable {

    /** Folders of the site folder whose changes the site shows. */
    static final List<String> FOLDERS = Broadsheet.FOLDERS;
    /** How long the folder must be quiet before a build starts. */
    static final long QUIET_MILLIS = 30;

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};

    private final Path root;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private SiteWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(root);
        for (String folder : FOLDERS) {
            registerTree(root.resolve(folder));
        }
        this.thread = new Thread(this::run, "broadsheet-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching the site folder {@code root}; {@code onChange} runs after each burst of
     * changes, with the absolute paths of the files and folders that changed.
     */
    static SiteWatcher start(Path root, Consumer<Set<Path>> onChange) throws IOException {
        SiteWatcher watcher = new SiteWatcher(root, onChange);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                handle(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(more, changed);
                }
                if (!changed.isEmpty()) {
                    try {
                        onChange.accept(changed);
                    } catch (RuntimeException e) {
                        // one failed rebuild must not stop the watching: the next save builds again
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Takes one folder's events, adding to {@code changed} the paths that change what a build reads. */
    private void handle(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                FOLDERS.forEach(f -> registerTree(root.resolve(f))); // events were lost: look again
                changed.add(root);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (folder.equals(root)) {
                if (FOLDERS.contains(name)) {
                    registerTree(path);
                    changed.add(path);
                } else if (name.startsWith("broadsheet") && name.endsWith(".yml")) { // an environment's too
                    changed.add(path);
                }
            } else if (!ignored(name)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(path);
                }
                changed.add(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Files no build reads: hidden ones and editors' backups and swap files. */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                register(dir);
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder deleted while we looked: its parent's events bring us back
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, KINDS), dir);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The {@link TreeWatcher} on the JDK's WatchService, which watches one folder at a time: it registers
 * the site folder and every folder under the {@link TreeWatcher#FOLDERS}, and each new folder as it
 * appears. Native on Linux (inotify) and Windows; on macOS the JDK polls, so there
 * {@link DirectoryTreeWatcher} watches.
 */
final class JdkTreeWatcher implements TreeWatcher {

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE};

    private final Path root;
    private final Consumer<Path> report;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private JdkTreeWatcher(Path root, Consumer<Path> report) throws IOException {
        this.root = root;
        this.report = report;
        this.service = FileSystems.getDefault().newWatchService();
        register(root);
        for (String folder : FOLDERS) {
            registerTree(root.resolve(folder));
        }
        this.thread = new Thread(this::run, "broadsheet-watcher-jdk");
        thread.setDaemon(true);
    }

    /** Starts watching the site folder {@code root}, giving {@code report} each changed path. */
    static JdkTreeWatcher start(Path root, Consumer<Path> report) throws IOException {
        JdkTreeWatcher watcher = new JdkTreeWatcher(root, report);
        watcher.thread.start();
        return watcher;
    }

    private void run() {
        try {
            while (true) {
                handle(service.take());
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Takes one folder's events, reporting the paths that change what a build reads. */
    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                FOLDERS.forEach(f -> registerTree(root.resolve(f))); // events were lost: look again
                report.accept(root);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (folder.equals(root)) {
                if (FOLDERS.contains(name)) {
                    registerTree(path);
                    report.accept(path);
                } else if (TreeWatcher.readAtTop(name)) { // broadsheet.yml, an environment's too
                    report.accept(path);
                }
            } else if (!TreeWatcher.ignored(name)) {
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(path);
                }
                report.accept(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
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

package org.broadsheet.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.hashing.FileHasher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import io.methvin.watchservice.MacOSXListeningWatchService;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * The {@link TreeWatcher} on directory-watcher, which on macOS listens to FSEvents: one stream for the
 * whole site folder, with events a few milliseconds after a save, where the JDK polls every folder.
 * The library walks (and on macOS compares modification times in) only what a build reads, as
 * {@link SiteInputs} lists it, and only the paths a build reads are reported.
 */
final class DirectoryTreeWatcher implements TreeWatcher {

    /** How long FSEvents gathers events before it hands them over, in seconds: SiteWatcher waits for quiet itself. */
    private static final double FSEVENTS_LATENCY = 0.01;

    private final Path root;
    private final SiteInputs inputs;
    private final Consumer<Path> report;
    private final DirectoryWatcher watcher;
    private final ExecutorService thread;

    private DirectoryTreeWatcher(Path root, Consumer<Path> report, WatchService service) throws IOException {
        this.root = root;
        this.inputs = new SiteInputs(root);
        this.report = report;
        this.watcher = DirectoryWatcher.builder().path(root).watchService(service)
                .fileTreeVisitor(inputs).fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER) // no SLF4J: its "no binding" warning would print on stderr
                .listener(this::onEvent).build();
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, "broadsheet-watcher-directory");
            daemon.setDaemon(true);
            return daemon;
        });
        watcher.watchAsync(thread);
    }

    /** Starts watching the site folder {@code root} with FSEvents (macOS only). */
    static DirectoryTreeWatcher startFsEvents(Path root, Consumer<Path> report) throws IOException {
        return start(root, report, new MacOSXListeningWatchService(new MacOSXListeningWatchService.Config() {
            @Override
            public double latency() {
                return FSEVENTS_LATENCY;
            }

            @Override
            public boolean fileLevelEvents() {
                return true; // the file saved, rather than its folder, which would be listed again for each save
            }

            @Override
            public FileHasher fileHasher() {
                return FileHasher.LAST_MODIFIED_TIME; // how it tells a changed file from others: no reading
            }

            @Override
            public FileTreeVisitor fileTreeVisitor() {
                return new SiteInputs(root); // not the output, .git or .broadsheet
            }
        }));
    }

    /** Starts watching the site folder {@code root} with the library on {@code service}. */
    static DirectoryTreeWatcher start(Path root, Consumer<Path> report, WatchService service) throws IOException {
        return new DirectoryTreeWatcher(root, report, service);
    }

    private void onEvent(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            report.accept(root); // events were lost: look again
        } else if (inputs.reads(event.path())) {
            report.accept(event.path());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            thread.shutdownNow();
        }
    }
}

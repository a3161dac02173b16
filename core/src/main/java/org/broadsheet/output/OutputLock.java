package org.broadsheet.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps one build at a time writing into an output folder: a lock on a file beside it
 * ({@code .site.lock} for {@code site/}) for the whole build, with the holder's process id in
 * it for the message another build prints. The operating system releases the lock when its
 * process ends, however it ends, so the lock of a killed build is simply taken over.
 */
public final class OutputLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * The lock files this process holds. A lock belongs to the whole process, and closing any
     * channel of its file, even one that never held it, releases it (POSIX record locks): so a
     * build must not even open the file while another build of this process holds it. This set
     * is that fact about the process, not a setting.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of builds into {@code output}. */
    public static Path fileOf(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code output}, waiting up to {@code wait} while another build holds it;
     * {@code waiting} is told once, with the holder, when this build has to wait.
     *
     * @throws OutputFolderException when the other build still holds it after {@code wait}
     */
    public static OutputLock acquire(Path output, Duration wait, Consumer<String> waiting)
            throws IOException, OutputFolderException {
        Path file = fileOf(output);
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            Attempt attempt = tryAcquire(file);
            if (attempt.lock() != null) {
                return attempt.lock();
            }
            String holder = attempt.holder();
            if (System.nanoTime() - deadline >= 0) {
                throw new OutputFolderException("another build (" + holder + ") is writing this folder, and still was "
                        + "after " + wait.toSeconds() + " s; run this build again when it has finished");
            }
            if (!told) {
                waiting.accept("waiting for another build (" + holder + ") to finish writing " + output);
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputFolderException("was locked by another build (" + holder + "), and the wait was interrupted");
            }
        }
    }

    /** The lock, or who holds it. */
    private record Attempt(OutputLock lock, String holder) {
    }

    private static Attempt tryAcquire(Path file) throws IOException {
        if (!HELD.add(file)) {
            return new Attempt(null, "process " + ProcessHandle.current().pid() + ", this one");
        }
        FileChannel channel = null;
        boolean locked = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                OutputLock held = new OutputLock(file, channel, lock);
                held.writeHolder();
                locked = true;
                return new Attempt(held, "");
            }
            return new Attempt(null, holder(channel));
        } finally {
            if (!locked) {
                if (channel != null) {
                    channel.close(); // nobody in this process holds a lock through it: closing releases nothing
                }
                HELD.remove(file);
            }
        }
    }

    private void writeHolder() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("?");
        byte[] text = ("process " + self.pid() + ", started " + started + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
    }

    /** Who holds the lock, as its file says. */
    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "a process that has not said which" : text;
    }

    /** Lets the next build in; the file stays, since removing it could let two builds lock two files. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(file);
        }
    }
}

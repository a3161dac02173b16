package org.broadsheet.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.source.FileTree;

/**
 * Writes a site so that the output folder changes only when the whole build succeeded, and then
 * at once. Files whose bytes changed go to a staging folder beside the output folder; the others
 * are the old site's, linked (so they keep their modification time, and deploy tools upload only
 * what changed) into the complete new site, which then takes the old one's place
 * ({@link SiteCommit}). Thread-safe for writes.
 */
public final class SiteWriter implements AutoCloseable {

    /** Marks a folder as Broadsheet's output, which a build may replace; names the build that wrote it. */
    static final String MARKER = ".broadsheet-site";

    private final Path output;
    private final Path staging;
    private final boolean fresh;
    private final PreviousOutput previous;
    /** Puts the written site in place. */
    private final SiteCommit commit;
    private final Map<String, OutputFile> written = new ConcurrentHashMap<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The files of an update written into the staging folder: new or changed. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    /** What an update changed: files written and deleted. A new site does not list its files. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    private SiteWriter(Path output, Path staging, boolean fresh, PreviousOutput previous, String liveId,
            boolean inPlace, OutputSwap.Steps steps) throws IOException {
        this.output = output;
        this.staging = staging;
        this.fresh = fresh;
        this.previous = previous;
        boolean wholeSwap = !inPlace && OutputFolders.canBeRenamed(output);
        this.commit = new SiteCommit(output, staging, fresh, wholeSwap, previous, liveId, steps);
    }

    /** A file of this build: the fingerprint of its inputs and of its bytes. */
    public record OutputFile(long fingerprint, long contentHash) {
    }

    /**
     * Prepares to write the site of {@code siteRoot} into {@code output}.
     *
     * @param previous what the last build wrote there, as its cache says, or {@link PreviousOutput#NONE}
     * @throws OutputFolderException when {@code output} is the site folder or contains it, lies
     *         inside {@code content/} or {@code templates/}, or already holds files that a
     *         Broadsheet build did not write (they would be lost)
     */
    public static SiteWriter open(Path output, Path siteRoot, PreviousOutput previous)
            throws OutputFolderException, IOException {
        return open(output, siteRoot, previous, false);
    }

    /**
     * As {@link #open(Path, Path, PreviousOutput)}; with {@code inPlace}, commits file by file as
     * where the output folder cannot be renamed (a mount point), which a test cannot arrange.
     */
    static SiteWriter open(Path output, Path siteRoot, PreviousOutput previous, boolean inPlace)
            throws OutputFolderException, IOException {
        return open(output, siteRoot, previous, inPlace, OutputSwap.Steps.fromSystemProperty());
    }

    /** As {@link #open(Path, Path, PreviousOutput, boolean)}, telling {@code steps} of each step of the commit. */
    static SiteWriter open(Path output, Path siteRoot, PreviousOutput previous, boolean inPlace,
            OutputSwap.Steps steps) throws OutputFolderException, IOException {
        Path out = output.toAbsolutePath().normalize();
        checkPlace(output, siteRoot);
        boolean fresh = true;
        if (Files.exists(out)) {
            fresh = OutputFolders.isEmpty(out);
        }
        Files.createDirectories(out.getParent());
        OutputSwap.recover(out);
        OutputFolders.removeLeftovers(out);
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging-" + UUID.randomUUID());
        Files.createDirectory(staging);
        String liveId = fresh ? "" : buildIdIn(out);
        PreviousOutput trusted = !fresh && previous.buildId().equals(liveId) ? previous : PreviousOutput.NONE;
        return new SiteWriter(out, staging, fresh, trusted, liveId, inPlace, steps);
    }

    /**
     * Finishes the swap of a build that was killed while it put its site in place, so that the
     * output folder holds one whole site again; nothing when there is none. A build does this
     * first, before it looks at the output folder.
     */
    public static void finishInterruptedSwap(Path output) throws IOException {
        OutputSwap.recover(output.toAbsolutePath().normalize());
    }

    /**
     * Refuses an output folder that is the site folder or contains it, lies inside
     * {@code content/} or {@code templates/}, is a file, or holds files Broadsheet did not write
     * (files of a swap a build left unfinished, which its journal names, are Broadsheet's).
     * A build checks this first, before it writes anything anywhere.
     */
    public static void checkPlace(Path output, Path siteRoot) throws OutputFolderException, IOException {
        Path out = output.toAbsolutePath().normalize();
        OutputFolders.refuseDangerousPlace(out, siteRoot.toAbsolutePath().normalize());
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new OutputFolderException("is a file, not a folder");
            }
            if (!OutputFolders.isEmpty(out) && !Files.exists(out.resolve(MARKER))
                    && !Files.exists(OutputSwap.journalOf(out))) { // a swap of ours to finish: the lock's holder does
                throw new OutputFolderException("holds files that Broadsheet did not write; a build replaces the whole "
                        + "folder, so move them away or choose another --output");
            }
        }
    }

    /**
     * Whether the file the last build wrote at {@code path} from the same inputs is still there,
     * so this build need not render it at all. Only a build that wrote this very folder is trusted.
     */
    public boolean isCurrent(String path, long fingerprint) {
        OutputFile old = previous.files().get(path);
        if (old == null || old.fingerprint() != fingerprint) {
            return false;
        }
        written.put(path, old);
        return true;
    }

    /** Writes one page, unless the file already there has these very bytes. */
    public void write(String path, byte[] bytes, long fingerprint, long contentHash) {
        written.put(path, new OutputFile(fingerprint, contentHash));
        if (!fresh && sameAsBefore(path, bytes, contentHash)) {
            return;
        }
        try {
            writeNew(target(path), bytes);
            if (!fresh) {
                staged.add(path);
                changed.add(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Creates the file with one write call: {@code Files.write} would write it 8 KB at a time. */
    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** Copies one file as it is, unless the file already there has these very bytes. */
    public void copy(InputStream in, String path, long fingerprint) {
        try (in) {
            byte[] bytes = in.readAllBytes();
            write(path, bytes, fingerprint, Fingerprint.of(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private boolean sameAsBefore(String path, byte[] bytes, long contentHash) {
        OutputFile old = previous.files().get(path);
        if (old != null) {
            return old.contentHash() == contentHash;
        }
        try {
            Path existing = OutputPaths.resolve(output, path);
            return Files.isRegularFile(existing) && Files.size(existing) == bytes.length
                    && Arrays.equals(Files.readAllBytes(existing), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private Path target(String path) throws IOException {
        return OutputFolders.fileIn(staging, path, folders);
    }

    /** Whether the output folder was empty or absent: the whole site is new. */
    public boolean isFresh() {
        return fresh;
    }

    /** How many files this build wrote, replaced or deleted: on a new site, every one it wrote. */
    public int filesChanged() {
        return fresh ? written.size() : changed.size();
    }

    /**
     * The files this update wrote, replaced or deleted in the output folder; the others were
     * already there unchanged. Empty when the whole site is new (see {@link #isFresh}).
     */
    public Set<String> pathsChanged() {
        return Set.copyOf(changed);
    }

    /** Every file of the new site, with its fingerprints. */
    public Map<String, OutputFile> files() {
        return new HashMap<>(written);
    }

    /**
     * Puts the new site in place ({@link SiteCommit}).
     *
     * @return the build id, which the marker now names: a fingerprint of every file's path and
     *         bytes, so the same site always gets the same marker
     * @throws OutputChangedException when a file this build kept from the old site is no longer there
     */
    public String commit() throws IOException {
        String buildId = buildId();
        commit.run(buildId, markerText(buildId), written.keySet(), staged, changed);
        return buildId;
    }

    private String buildId() {
        Fingerprint fingerprint = new Fingerprint();
        new TreeMap<>(written).forEach((path, file) -> fingerprint.add(path).add(file.contentHash()));
        return Long.toHexString(fingerprint.value());
    }

    private static String markerText(String buildId) {
        return "This folder is written by Broadsheet; each build replaces it.\nbuild " + buildId + "\n";
    }

    /** The build id in the output folder's marker, or "" when there is none. */
    public static String buildIdIn(Path output) {
        try {
            for (String line : Files.readAllLines(output.resolve(MARKER))) {
                if (line.startsWith("build ")) {
                    return line.substring("build ".length()).strip();
                }
            }
        } catch (IOException e) {
            // no marker, or an old one: nothing can be trusted
        }
        return "";
    }

    /** Throws the staging folder away, unless a swap that could not be finished needs it. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(OutputSwap.journalOf(output))) {
            FileTree.delete(staging);
        }
    }
}

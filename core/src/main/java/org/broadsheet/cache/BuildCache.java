package org.broadsheet.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.markdown.MemoryBodyStore;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.source.SourceFile;

/**
 * The cache of one build: the last build's manifest, if it can be trusted, and the records this
 * build makes for the next one. Articles are reused when their file is unchanged (same size and
 * time, or else same bytes) and the settings parsing depends on are the same. Thread-safe for
 * the parallel stages.
 */
public final class BuildCache implements AutoCloseable {

    /** The hidden folder in the site folder that holds the cache. */
    public static final String FOLDER = ".broadsheet";

    private static final String MANIFEST = "manifest.bin";
    /** A file modified this close to the last save may have changed within one tick of its clock. */
    private static final long RACY_NANOS = 2_000_000_000L;
    /** Below this, a pack is never worth compacting. */
    private static final long COMPACT_AT = 32L << 20;

    private final Path dir;
    private final String version;
    private final long parseKey;
    /** The last build's manifest, only when this very build of Broadsheet wrote it: {@link #open} drops others. */
    private final ManifestFile.Loaded loaded;
    private final boolean sourcesUsable;
    private Manifest previous;
    private final String status;
    private final BodyPack pack;
    private final BodyStore bodies;
    private final FileLock lock;
    private final ManifestMemory memory;
    /** The articles this build read or adopted, for the manifest it saves; those a one-off build read are spilled. */
    private final Map<String, Manifest.Source> sources = new ConcurrentHashMap<>();
    /** Where a one-off build keeps the articles it read until it saves; null until the first, or when in memory. */
    private SpilledSources spilled;
    private boolean spillFailed;

    private BuildCache(Path dir, String version, long parseKey, ManifestFile.Loaded loaded, String status,
            BodyPack pack, FileLock lock, ManifestMemory memory) {
        this.dir = dir;
        this.lock = lock;
        this.memory = memory;
        this.version = version;
        this.parseKey = parseKey;
        this.loaded = loaded;
        Manifest header = loaded == null ? null : loaded.header();
        this.sourcesUsable = header != null && header.parseKey() == parseKey
                && pack != null && pack.file().getFileName().toString().equals(header.pack());
        this.status = status;
        this.pack = pack;
        this.bodies = pack != null ? pack : new MemoryBodyStore();
    }

    /**
     * Opens the cache of the site at {@code siteRoot} built into {@code output}, or the one named
     * {@code name} when that is not null; never fails: a
     * cache that cannot be read is rebuilt, and one that cannot be written, or that another
     * build is using right now, is done without.
     *
     * @param parseKey the settings that parsing depends on; another key makes every file be read again
     * @param memory   the manifest this process saved last, which need not be decoded again
     */
    public static BuildCache open(Path siteRoot, Path output, String name, String version, long parseKey,
            ManifestMemory memory) {
        Path dir = CacheFolder.of(siteRoot, output, name);
        FileLock lock;
        try {
            Files.createDirectories(dir);
            lock = CacheFolder.lock(dir);
        } catch (IOException e) {
            return new BuildCache(dir, version, parseKey, null, "cache: cannot be written (" + e.getMessage()
                    + "), building without one", null, null, memory);
        }
        if (lock == null) {
            return new BuildCache(dir, version, parseKey, null, "cache: in use by another build of this site, "
                    + "building without one", null, null, memory);
        }
        ManifestFile.Loaded loaded = null;
        String status;
        try {
            loaded = ManifestFile.read(dir.resolve(MANIFEST), memory);
            Manifest.Summary last = loaded.header().summary();
            status = "cache: " + last.articles() + " articles and " + last.pages() + " pages from the last build";
            if (!loaded.header().version().equals(version)) {
                // its records are in that build's format: not even read
                status = "cache: written by another build of Broadsheet (" + loaded.header().version() + "), rebuilt";
                loaded = null;
            }
        } catch (NoSuchFileException e) {
            status = "cache: none yet, building everything";
        } catch (IOException | RuntimeException e) {
            status = "cache: not usable (" + e.getMessage() + "), rebuilt";
        }
        BodyPack pack = null;
        try {
            if (loaded != null) {
                try {
                    pack = BodyPack.open(dir.resolve(loaded.header().pack()), loaded.header().packLength());
                } catch (IOException e) {
                    status = "cache: body pack not usable (" + e.getMessage() + "), rebuilt";
                }
            }
            if (pack == null) {
                CacheFolder.deletePacks(dir, null);
                pack = BodyPack.open(dir.resolve("bodies-" + UUID.randomUUID() + ".pack"), 0);
            }
        } catch (IOException e) {
            status = "cache: cannot be written (" + e.getMessage() + "), building without one";
        }
        return new BuildCache(dir, version, parseKey, loaded, status, pack, lock, memory);
    }

    /** One line for --verbose: what the cache held, or why it was rebuilt. */
    public String status() {
        return status;
    }

    public BodyStore bodies() {
        return bodies;
    }

    /** The last build's manifest, when there is one that reads back whole. */
    public synchronized Optional<Manifest> previous() {
        if (previous == null && loaded != null) {
            try {
                previous = loaded.full();
            } catch (IOException e) {
                throw new CorruptCacheException("the manifest's records do not read back: " + e.getMessage());
            }
        }
        return Optional.ofNullable(previous);
    }

    /**
     * Whether the last build already wrote exactly this: the same inputs and options (see
     * {@code inputsKey}), into the same output folder, which still holds that build's output, at
     * a "now" for which that output holds (not earlier than that build's, not after a scheduled
     * article fell due), and with no file modified too close to the last save to tell.
     *
     * @param outputBuildId the build id the output folder's marker names
     * @param newestModified the latest modification time of any input file (epoch nanoseconds)
     */
    public boolean upToDate(long inputsKey, Path output, String outputBuildId, long nowEpochSecond,
            long newestModified) {
        Manifest header = loaded == null ? null : loaded.header();
        return header != null && header.inputsKey() == inputsKey
                && header.output().equals(output.toString()) && header.buildId().equals(outputBuildId)
                && header.valid().contains(nowEpochSecond) && newestModified < header.savedAt() - RACY_NANOS;
    }

    /** What the last build printed, for a build that has nothing to do. */
    public Manifest.Summary lastSummary() {
        return loaded.header().summary();
    }

    /**
     * The article as the last build read it, if its file has the same size and time and the
     * images its body names are as they were ({@code imageStamp} gives their stamp now).
     */
    public Optional<RenderedArticle> reuse(SourceFile file, ImageStamp imageStamp) {
        Manifest.Source cached = usable(file, imageStamp);
        if (cached == null || cached.size() != file.size() || cached.modified() != file.modified()
                || file.modified() > loaded.header().savedAt() - RACY_NANOS) {
            return Optional.empty();
        }
        return Optional.of(adopt(file, cached, cached.hash()));
    }

    /** The article as the last build read it, if its file has the same bytes and its images are as they were. */
    public Optional<RenderedArticle> reuse(SourceFile file, long hash, ImageStamp imageStamp) {
        Manifest.Source cached = usable(file, imageStamp);
        if (cached == null || cached.hash() != hash) {
            return Optional.empty();
        }
        return Optional.of(adopt(file, cached, hash));
    }

    /** The stamp of the images a body names, as they are now. */
    @FunctionalInterface
    public interface ImageStamp {
        long of(String contentPath, List<String> sources);
    }

    private Manifest.Source usable(SourceFile file, ImageStamp imageStamp) {
        Manifest.Source cached = sourcesUsable ? previous().orElseThrow().sources().get(file.contentPath()) : null;
        if (cached == null || imageStamp.of(file.contentPath(),
                cached.images().stream().map(org.broadsheet.markdown.ImageRef::src).toList()) != cached.imageStamp()) {
            return null;
        }
        return cached;
    }

    private RenderedArticle adopt(SourceFile file, Manifest.Source cached, long hash) {
        RenderedArticle article = new RenderedArticle(file, cached.fileName(), cached.frontMatter(), cached.excerpt(),
                cached.searchText(), cached.wordCount(), cached.readingMinutes(), cached.images(), cached.links(),
                cached.templateCode());
        pack.adopt(article.bodyKey(), cached.body());
        sources.put(file.contentPath(), cached.of(file.size(), file.modified(), hash));
        SpilledSources spill = spill(false);
        if (spill != null) {
            spill.remove(file.contentPath());
        }
        return article;
    }

    /** Keeps an article this build read, for the next build; {@code imageStamp} as for {@link #reuse}. */
    public void record(RenderedArticle article, long hash, long imageStamp) {
        if (pack == null) {
            return;
        }
        SourceFile file = article.file();
        Manifest.Source source = new Manifest.Source(file.size(), file.modified(), hash,
                pack.ref(article.bodyKey()), article.fileName(), article.frontMatter(), article.excerpt(),
                article.searchText(), article.wordCount(), article.readingMinutes(), article.images(), article.links(),
                article.templateCode(), imageStamp);
        SpilledSources spill = memory.remembers() ? null : spill(true);
        if (spill != null) {
            try {
                spill.put(file.contentPath(), source);
                sources.remove(file.contentPath());
                return;
            } catch (IOException e) {
                spill.remove(file.contentPath()); // kept in memory instead, as the dev server does
            }
        }
        sources.put(file.contentPath(), source);
    }

    /** The file of spilled articles: made when {@code create} and there is none yet; null when it cannot be. */
    private synchronized SpilledSources spill(boolean create) {
        if (spilled == null && create && !spillFailed) {
            try {
                spilled = SpilledSources.create(dir);
            } catch (IOException e) {
                spillFailed = true;
            }
        }
        return spilled;
    }

    /** Every article's record, the spilled ones read back: for a compaction, which rewrites them all. */
    private Map<String, Manifest.Source> allSources() throws IOException {
        SpilledSources spill = spill(false);
        if (spill == null) {
            return sources;
        }
        Map<String, Manifest.Source> all = new HashMap<>(sources);
        for (String contentPath : spill.contentPaths()) {
            all.put(contentPath, spill.get(contentPath));
        }
        return all;
    }

    /**
     * Saves what this build read and wrote for the next build, compacting the body pack first
     * when most of it is bodies no article uses any more.
     */
    public void save(long inputsKey, String buildId, Path output, Manifest.Validity valid,
            Map<String, Manifest.Output> outputs, Manifest.Summary summary) {
        if (pack == null) {
            return;
        }
        try {
            BodyPack current = pack;
            Map<String, Manifest.Source> saved = sources;
            SpilledSources spill = spill(false);
            Set<String> live = new HashSet<>(sources.keySet());
            if (spill != null) {
                live.addAll(spill.contentPaths());
            }
            long garbage = pack.garbage(live);
            if (garbage > COMPACT_AT && garbage > pack.length() / 2) {
                Compaction compaction = Compaction.of(pack, allSources(), dir);
                current = compaction.pack();
                saved = compaction.sources();
                spill = null; // every record is in saved now
            }
            ManifestFile.write(new Manifest(version, parseKey, inputsKey, buildId, output.toString(),
                    current.file().getFileName().toString(), current.length(), System.currentTimeMillis() * 1_000_000L,
                    valid, saved, outputs, summary), spill, dir.resolve(MANIFEST), memory);
            if (current != pack) {
                current.close();
                CacheFolder.deletePacks(dir, current.file());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the build cache in " + dir, e);
        }
    }

    /**
     * Deletes the cache that {@link #open} opens for the same arguments, after it turned out
     * damaged; caches of builds into other folders stay.
     */
    public static void delete(Path siteRoot, Path output, String name) {
        CacheFolder.delete(CacheFolder.of(siteRoot, output, name));
    }

    @Override
    public void close() throws IOException {
        try (SpilledSources spill = spill(false)) {
            if (pack != null) {
                pack.close();
            }
        } finally {
            if (lock != null) {
                lock.channel().close();
            }
        }
    }
}

package org.broadsheet.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.markdown.RenderedArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's cache gives the next build exactly what this one saved (articles with their bodies,
 * the files written, the summary), and a cache that is damaged, of another Broadsheet or in
 * use is rebuilt or done without, never trusted.
 */
class BuildCacheTest {

    static final String VERSION = "1.0-test";
    static final long PARSE_KEY = 7;
    static final long INPUTS_KEY = 99;
    static final long NOW = 1_800_000_000L;
    static final BuildCache.ImageStamp NO_IMAGES = (path, sources) -> 0;

    @TempDir
    Path root;

    Path output;

    final RenderedArticle talks = CacheSamples.article("world/talks.md", 300, 1_000);

    @BeforeEach
    void saveOneBuild() throws IOException {
        output = root.resolve("site");
        try (BuildCache cache = open()) {
            assertEquals("cache: none yet, building everything", cache.status());
            assertEquals(Optional.empty(), cache.previous());
            cache.bodies().put(talks.bodyKey(), "<p>Caracas — ünïcode body</p>");
            cache.record(talks, 0xABCL, 0);
            cache.save(INPUTS_KEY, "build-1", output, new Manifest.Validity(NOW - 10, NOW + 10),
                    Map.of("world/talks/index.html", new Manifest.Output(5, 6)), CacheSamples.summary());
        }
    }

    @Test
    void theNextBuildFindsWhatThisOneSaved() throws IOException {
        try (BuildCache cache = open()) {
            assertEquals("cache: 12 articles and 40 pages from the last build", cache.status());
            Manifest previous = cache.previous().orElseThrow();
            assertEquals(Map.of("world/talks/index.html", new Manifest.Output(5, 6)), previous.outputs());
            assertEquals(CacheSamples.summary(), cache.lastSummary());
            assertEquals(output.toString(), previous.output());
            assertEquals("build-1", previous.buildId());
        }
    }

    @Test
    void anUnchangedArticleIsReusedWithItsBody() throws IOException {
        try (BuildCache cache = open()) {
            RenderedArticle reused = cache.reuse(talks.file(), 0xABCL, NO_IMAGES).orElseThrow();
            assertEquals(talks, reused);
            assertEquals("<p>Caracas — ünïcode body</p>", cache.bodies().get(reused.bodyKey()));
        }
    }

    @Test
    void anArticleWithOtherBytesOrOtherImagesIsReadAgain() throws IOException {
        try (BuildCache cache = open()) {
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABDL, NO_IMAGES));
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABCL, (path, sources) -> 1));
        }
    }

    @Test
    void otherParseSettingsMakeEveryArticleBeReadAgain() throws IOException {
        try (BuildCache cache = BuildCache.open(root, output, null, VERSION, PARSE_KEY + 1, new ManifestMemory())) {
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABCL, NO_IMAGES));
        }
    }

    @Test
    void theSameInputsIntoTheSameOutputAreUpToDateOnlyWhileTheOutputHolds() throws IOException {
        try (BuildCache cache = open()) {
            assertTrue(cache.upToDate(INPUTS_KEY, output, "build-1", NOW, 0));
            assertFalse(cache.upToDate(INPUTS_KEY + 1, output, "build-1", NOW, 0), "other inputs");
            assertFalse(cache.upToDate(INPUTS_KEY, root.resolve("preview"), "build-1", NOW, 0), "another folder");
            assertFalse(cache.upToDate(INPUTS_KEY, output, "build-2", NOW, 0), "the output was rewritten since");
            assertFalse(cache.upToDate(INPUTS_KEY, output, "build-1", NOW + 10, 0), "a scheduled article fell due");
            assertFalse(cache.upToDate(INPUTS_KEY, output, "build-1", NOW - 11, 0), "an earlier now");
            assertFalse(cache.upToDate(INPUTS_KEY, output, "build-1", NOW, Long.MAX_VALUE), "a file edited just now");
        }
    }

    @Test
    void aDamagedManifestIsRebuiltAndNothingOfItTrusted() throws IOException {
        Path manifest = cacheFolder().resolve("manifest.bin");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, CacheSamples.flipped(bytes, bytes.length / 2));
        try (BuildCache cache = open()) {
            assertEquals("cache: not usable (the manifest's checksum does not match), rebuilt", cache.status());
            assertEquals(Optional.empty(), cache.previous());
            assertFalse(cache.upToDate(INPUTS_KEY, output, "build-1", NOW, 0));
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABCL, NO_IMAGES));
        }
    }

    @Test
    void anEmptyManifestIsRebuilt() throws IOException {
        Files.write(cacheFolder().resolve("manifest.bin"), new byte[0]);
        try (BuildCache cache = open()) {
            assertEquals("cache: not usable (the manifest is truncated), rebuilt", cache.status());
            assertEquals(Optional.empty(), cache.previous());
        }
    }

    @Test
    void aMissingBodyPackMakesEveryArticleBeReadAgain() throws IOException {
        Files.delete(pack());
        try (BuildCache cache = open()) {
            assertEquals("cache: body pack not usable (the pack is shorter than the manifest says), rebuilt",
                    cache.status());
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABCL, NO_IMAGES));
        }
    }

    @Test
    void aDamagedBodyIsReportedAsACorruptCacheWhenRead() throws IOException {
        Path pack = pack();
        byte[] bytes = Files.readAllBytes(pack);
        Files.write(pack, CacheSamples.flipped(bytes, 3));
        try (BuildCache cache = open()) {
            RenderedArticle reused = cache.reuse(talks.file(), 0xABCL, NO_IMAGES).orElseThrow();
            CorruptCacheException e = assertThrows(CorruptCacheException.class, () -> cache.bodies().get(reused.bodyKey()));
            assertEquals("the body of world/talks.md in " + pack + " is damaged", e.getMessage());
        }
    }

    @Test
    void aCacheOfAnotherBuildOfBroadsheetIsNotUsed() throws IOException {
        try (BuildCache cache = BuildCache.open(root, output, null, "2.0-other", PARSE_KEY, new ManifestMemory())) {
            assertEquals("cache: written by another build of Broadsheet (1.0-test), rebuilt", cache.status());
            assertEquals(Optional.empty(), cache.previous());
            assertEquals(Optional.empty(), cache.reuse(talks.file(), 0xABCL, NO_IMAGES));
        }
    }

    @Test
    void aCacheInUseByAnotherBuildIsLeftAlone() throws IOException {
        try (BuildCache first = open(); BuildCache second = open()) {
            assertEquals("cache: in use by another build of this site, building without one", second.status());
            assertEquals(Optional.empty(), second.previous());
            second.bodies().put("x.md", "<p>kept in memory</p>");
            assertEquals("<p>kept in memory</p>", second.bodies().get("x.md"));
        }
    }

    @Test
    void deletingTheCacheLeavesThatOfBuildsIntoOtherFolders() throws IOException {
        Path preview = root.resolve("preview");
        BuildCache.open(root, preview, null, VERSION, PARSE_KEY, new ManifestMemory()).close();
        BuildCache.delete(root, output, null);
        assertFalse(Files.exists(cacheFolder()));
        assertTrue(Files.isDirectory(CacheFolder.of(root, preview, null)));
    }

    @Test
    void aOneOffBuildKeepsWhatItReadOnDiskUntilItSavesAndTheNextBuildReusesItAll() throws IOException {
        RenderedArticle markets = CacheSamples.article("business/markets.md", 500, 2_000);
        Files.writeString(cacheFolder().resolve("sources-left-by-a-killed-build.tmp"), "half a record");
        try (BuildCache cache = BuildCache.open(root, output, null, VERSION, PARSE_KEY, ManifestMemory.none())) {
            cache.bodies().put(markets.bodyKey(), "<p>Markets</p>");
            cache.record(markets, 0x1L, 0);
            cache.record(markets, 0x2L, 0); // read again: the later record counts
            assertEquals(talks, cache.reuse(talks.file(), 0xABCL, NO_IMAGES).orElseThrow());
            assertEquals(List.of(), tmpFiles().stream().filter(f -> f.contains("killed")).toList());
            assertEquals(1, tmpFiles().size(), "the records it read are in a file until it saves");
            cache.save(INPUTS_KEY, "build-2", output, new Manifest.Validity(NOW - 10, NOW + 10), Map.of(),
                    CacheSamples.summary());
        }
        assertEquals(List.of(), tmpFiles());
        try (BuildCache cache = open()) {
            assertEquals(2, cache.previous().orElseThrow().sources().size());
            assertEquals(Optional.empty(), cache.reuse(markets.file(), 0x1L, NO_IMAGES));
            RenderedArticle reused = cache.reuse(markets.file(), 0x2L, NO_IMAGES).orElseThrow();
            assertEquals(markets, reused);
            assertEquals("<p>Markets</p>", cache.bodies().get(reused.bodyKey()));
            assertEquals(talks, cache.reuse(talks.file(), 0xABCL, NO_IMAGES).orElseThrow());
        }
    }

    /**
     * When most of the body pack is bodies no article uses any more (over 32 MB), the save copies
     * the live ones into a new pack; the articles a one-off build spilled are among them.
     */
    @Test
    void aPackMostlyOfOldBodiesIsCompactedWithTheSpilledArticlesInIt() throws IOException {
        List<RenderedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(CacheSamples.article("world/story-" + i + ".md", 100 + i, 5_000));
        }
        String large = "<p>" + "x".repeat(1 << 20) + "</p>";
        for (int build = 1; build <= 3; build++) {
            try (BuildCache cache = BuildCache.open(root, output, null, VERSION, PARSE_KEY, ManifestMemory.none())) {
                for (RenderedArticle article : articles) {
                    cache.bodies().put(article.bodyKey(), build + large);
                    cache.record(article, build, 0);
                }
                cache.save(INPUTS_KEY, "build-" + build, output, new Manifest.Validity(NOW - 10, NOW + 10), Map.of(),
                        CacheSamples.summary());
            }
        }
        long packBytes = Files.size(pack()); // one pack is left, holding only the third build's bodies
        assertTrue(packBytes < 21L << 20 && packBytes > 20L << 20, packBytes + " bytes");
        try (BuildCache cache = open()) {
            for (RenderedArticle article : articles) {
                RenderedArticle reused = cache.reuse(article.file(), 3, NO_IMAGES).orElseThrow();
                assertEquals("3" + large, cache.bodies().get(reused.bodyKey()));
            }
            assertEquals(Optional.empty(), cache.reuse(articles.get(0).file(), 2, NO_IMAGES));
        }
        assertEquals(List.of(), tmpFiles());
    }

    private List<String> tmpFiles() throws IOException {
        try (var files = Files.list(cacheFolder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    private BuildCache open() {
        return BuildCache.open(root, output, null, VERSION, PARSE_KEY, new ManifestMemory());
    }

    private Path cacheFolder() {
        return root.resolve(".broadsheet/cache");
    }

    private Path pack() throws IOException {
        try (var packs = Files.list(cacheFolder())) {
            List<Path> found = packs.filter(p -> p.getFileName().toString().endsWith(".pack")).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }
}

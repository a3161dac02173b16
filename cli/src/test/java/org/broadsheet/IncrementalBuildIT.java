package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses the cache of the last one writes exactly the site a clean build writes,
 * and touches only the files whose bytes changed: every other file keeps its modification time.
 */
class IncrementalBuildIT {

    /** Output files get this time before each rebuild, so a rewrite shows. */
    static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void buildOnce() {
        site = TestSite.copyOf("sites/newsroom", dir.resolve("site-folder"));
        assertEquals(0, site.build().exitCode());
    }

    @Test
    void aNewSiteCountsEveryFileItWroteAsChanged() throws IOException {
        delete("site");
        TestSite.Run run = site.build("--verbose");
        java.util.regex.Matcher line = java.util.regex.Pattern
                .compile("rendered (\\d+) of (\\d+) files; (\\d+) changed in the output").matcher(run.out());
        assertTrue(line.find(), run.out());
        assertEquals(line.group(2), line.group(3), run.out());
        assertEquals(site.outputFiles().size() - 1, Integer.parseInt(line.group(3)), "all but the marker");
    }

    @Test
    void aBuildWithNoChangeRendersAndWritesNothing() throws IOException {
        ageOutput();
        TestSite.Run run = site.build("--verbose");
        assertTrue(run.out().contains("rendered 0 of"), run.out());
        assertTrue(run.out().endsWith("; 0 files changed\n"), run.out());
        assertEquals(List.of(), rewritten());
    }

    @Test
    void aBuildWhoseInputsAreAllAsBeforeDoesNotEvenPlanThePages() throws IOException {
        ageSources(); // files modified in the last moments before a build are never trusted by their time
        TestSite.Run first = site.build();
        assertEquals(0, first.exitCode());
        ageOutput();
        TestSite.Run run = site.build("--verbose");
        assertTrue(run.out().contains("; nothing changed"), run.toString());
        assertTrue(!run.out().contains("site model"), run.out());
        String counts = first.out().replaceAll(" in [0-9.]+ s.*\\R", "");
        assertTrue(run.out().contains(counts + " in "), run.out() + " should say " + counts);
        assertTrue(run.out().endsWith("; 0 files changed\n"), run.out());
        assertEquals(List.of(), rewritten());

        site.file("content/world/beta.md", read("content/world/beta.md") + "\nMore.\n");
        assertTrue(!site.build("--verbose").out().contains("; nothing changed"), "an edit is seen");
    }

    @Test
    void editingAnArticleBodyRewritesItsPageItsFeedsAndTheSearchFragmentsOfItsNewWordsOnly() throws IOException {
        String changed = rebuildAfter(s -> s.file("content/world/beta.md",
                read("content/world/beta.md") + "\nA correction was added.\n"));
        assertEquals("[authors/bo-li/feed.xml, feed.json, feed.xml, search/fragments/t/61.json, "
                + "search/fragments/t/616464.json, search/fragments/t/636f72.json, search/fragments/t/776173.json, "
                + "tags/climate/feed.xml, world/beta/index.html, world/feed.xml]", changed,
                "the fragments of 'a', 'add…', 'cor…' and 'was…', no other fragment and no day shard");
    }

    @Test
    void editingATitleRewritesTheListingsThatShowIt() throws IOException {
        String changed = rebuildAfter(s -> s.file("content/politics/2026-01-03-delta.md",
                read("content/politics/2026-01-03-delta.md").replace("Delta Vote Passes", "Delta Vote Fails")));
        assertTrue(changed.contains("politics/delta/index.html") && changed.contains("politics/index.html")
                && changed.contains("tags/elections/index.html") && changed.contains("authors/bo-li/index.html")
                && changed.contains("index.html") && changed.contains("feed.xml"), changed);
        assertTrue(!changed.contains("world/alpha/index.html"), changed);
    }

    @Test
    void addingAnArticleMatchesACleanBuild() throws IOException {
        rebuildAfter(s -> s.article("content/business/zeta.md", "title: Zeta Opens\ndate: 2026-01-06\ntags: [Markets]",
                "A new shop opened.\n"));
        assertTrue(site.exists("business/zeta/index.html"));
    }

    @Test
    void deletingAnArticleRemovesItsPagesAndMatchesACleanBuild() throws IOException {
        rebuildAfter(s -> delete("content/world/gamma"));
        assertTrue(!site.exists("world/gamma/index.html") && !site.exists("world/gamma/photo.png")
                && !site.exists("tags/photography/index.html"));
    }

    @Test
    void renamingAnArticleMovesItsPage() throws IOException {
        rebuildAfter(s -> {
            try {
                Files.move(dir.resolve("site-folder/content/world/beta.md"), dir.resolve("site-folder/content/world/beta-2.md"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(site.exists("world/beta-2/index.html") && !site.exists("world/beta/index.html"));
    }

    /** A file of the last site is now a folder: the update cannot move files in one by one, and still succeeds. */
    @Test
    void aFileThatBecomesAFolderMatchesACleanBuildAndTheOtherFilesKeepTheirTimes() throws IOException {
        site.bytes("content/world/notes.txt", "Notes.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, site.build().exitCode());
        assertTrue(site.exists("world/notes.txt"));

        String changed = rebuildAfter(s -> {
            delete("content/world/notes.txt");
            s.article("content/world/notes.md", "title: Notes\ndate: 2026-01-07\naliases: [/world/notes.txt/]", "Notes.\n");
        });

        assertTrue(Files.isRegularFile(site.output().resolve("world/notes.txt/index.html")));
        assertTrue(changed.contains("world/notes/index.html") && !changed.contains("business/epsilon/index.html")
                && !changed.contains("world/gamma/photo.png"), changed);
    }

    @Test
    void changingAPartialRewritesThePagesThatIncludeIt() throws IOException {
        String changed = rebuildAfter(s -> s.file("templates/partials/footer.ftlh",
                "<footer class=\"site-footer\"><p class=\"editor\">Edited by ${site.params.editor}</p></footer>\n"));
        assertTrue(changed.contains("world/alpha/index.html") && changed.contains("404.html"), changed);
        assertTrue(!changed.contains("feed.xml") && !changed.contains("sitemap.xml"), changed);
    }

    @Test
    void changingTheConfigurationMatchesACleanBuild() throws IOException {
        String changed = rebuildAfter(s -> s.file("broadsheet.yml",
                read("broadsheet.yml").replace("The Test Times", "The Test Herald").replace("paginate: 2", "paginate: 3")));
        assertTrue(changed.contains("index.html"), changed);
    }

    @Test
    void addingAnArticleInAnotherLanguageMatchesACleanBuild() throws IOException {
        rebuildAfter(s -> s.article("content/world/alpha.es.md",
                "title: La tormenta alcanza la costa\ndate: 2026-01-05T11:00:00Z\nlang: es\nslug: alpha-es", "La tormenta llegó.\n"));
    }

    @Test
    void addingATranslationRelinksTheOriginalAndMatchesACleanBuild() throws IOException {
        delete("");
        site = TestSite.copyOf("sites/trilingual", dir.resolve("site-folder"));
        assertEquals(0, site.build().exitCode());
        String changed = rebuildAfter(s -> s.article("content/world/floods.es.md",
                "title: Las inundaciones bajan\ndate: 2026-01-04T10:00:00Z\nauthor: Bo Li", "Bajaron las aguas.\n"));
        assertTrue(changed.contains("world/floods/index.html"), "the original now links its translation: " + changed);
        assertTrue(changed.contains("es/world/floods/index.html") && !changed.contains("ar/world/storm/index.html"), changed);
    }

    // ---- each kind of input reaches exactly the pages that print it, however little they print of it ----

    /** The Atom feeds print a tag as the article spells it, the pages its configured name. */
    @Test
    void respellingATagWithAConfiguredNameRewritesTheFeedsThatPrintTheSpelling() throws IOException {
        site.file("broadsheet.yml", read("broadsheet.yml") + "tags:\n  photography: Photos\n");
        assertEquals(0, site.build().exitCode());
        String changed = rebuildAfter(s -> s.file("content/world/gamma/index.md",
                read("content/world/gamma/index.md").replace("[Photography]", "[photography]")));
        assertEquals("[authors/ana-perez/feed.xml, feed.xml, tags/photography/feed.xml, world/feed.xml]", changed);
    }

    @Test
    void aFrontMatterFieldATemplatePrintsRewritesThePageThatPrintsIt() throws IOException {
        site.file("templates/feature.ftlh", read("templates/feature.ftlh")
                .replace("</article>", "<p class=\"mood\">${article.params.mood!}</p>\n</article>"));
        site.file("content/business/epsilon.md", read("content/business/epsilon.md").replaceFirst("\n", "\nmood: calm\n"));
        assertEquals(0, site.build().exitCode());
        String changed = rebuildAfter(s -> s.file("content/business/epsilon.md",
                read("content/business/epsilon.md").replace("mood: calm", "mood: tense")));
        assertEquals("[business/epsilon/index.html]", changed);
    }

    @Test
    void changingAnAuthorsProfileRewritesTheirPage() throws IOException {
        site.file("authors/ana-perez.yml", "role: Photographer\n");
        assertEquals(0, site.build().exitCode());
        String changed = rebuildAfter(s -> s.file("authors/ana-perez.yml", "role: Picture editor\n"));
        assertEquals("[authors/ana-perez/index.html, authors/ana-perez/page/2/index.html]", changed);
    }

    @Test
    void changingATextOfTheSitesLanguageRewritesThePagesThatShowIt() throws IOException {
        site.file("i18n/en-GB.yml", "by: Words by\n");
        assertEquals(0, site.build().exitCode());
        String changed = rebuildAfter(s -> s.file("i18n/en-GB.yml", "by: Reported by\n"));
        assertTrue(changed.contains("world/alpha/index.html") && changed.contains("index.html"), changed);
        assertTrue(!changed.contains("feed.xml") && !changed.contains("sitemap.xml") && !changed.contains("about/"), changed);
    }

    @Test
    void anApprovedReplyIsSeenEvenWhenNothingElseChanged() throws IOException {
        ageSources();
        assertEquals(0, site.build().exitCode());
        site.file("comments/world/alpha/r1.md", "---\nid: r1\nname: Reader\ndate: 2026-01-06T10:00:00Z\n---\nWell put.\n");
        ageOutput();
        TestSite.Run run = site.build("--verbose");
        assertTrue(!run.out().contains("; nothing changed"), run.out());
        assertEquals("1 reply", site.page("world/alpha/index.html").selectFirst(".reply-count").text());
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()));
    }

    @Test
    void changingAFileBesideAnArticleCopiesItAgainAndUpdatesTheSizesPagesGiveIt() throws IOException {
        String changed = rebuildAfter(s -> s.bytes("content/world/gamma/photo.png", new byte[] {1, 2, 3}));
        // no longer an image of known size: the page and the feeds drop its width and height
        assertTrue(changed.contains("world/gamma/photo.png") && changed.contains("world/gamma/index.html")
                && changed.contains("world/feed.xml") && !changed.contains("world/alpha/index.html"), changed);
    }

    @Test
    void aPageDeletedFromTheOutputByHandIsWrittenAgain() throws IOException {
        Map<String, String> clean = TestSite.snapshot(site.output());
        Files.delete(site.output().resolve("world/beta/index.html"));
        site.file("content/world/alpha.md", read("content/world/alpha.md") + "\nMore.\n");

        TestSite.Run run = site.build("--verbose");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("cache: outdated (world/beta/index.html was removed from"), run.out());
        assertEquals(clean.get("world/beta/index.html"), TestSite.snapshot(site.output()).get("world/beta/index.html"));
    }

    @Test
    void aDamagedManifestIsRebuiltNotTrusted() throws IOException {
        Path manifest = dir.resolve("site-folder/.broadsheet/cache/manifest.bin");
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(manifest, bytes);
        TestSite.Run run = site.build("--verbose");
        assertTrue(run.out().contains("cache: not usable (the manifest's checksum does not match), rebuilt"), run.out());
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()));
    }

    @Test
    void aDamagedBodyIsDetectedAndTheCacheRebuilt() throws IOException {
        damageBodies(dir.resolve("site-folder/.broadsheet/cache"));
        delete("site"); // so every page is rendered, and the damage is met
        TestSite.Run run = site.build("--verbose");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("cache: damaged (the body of "), run.out());
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()));
    }

    @Test
    void aDamagedCacheOfABuildIntoAnotherFolderIsRebuiltAndTheSitesCacheKept() throws IOException {
        Path preview = dir.resolve("preview");
        assertEquals(0, site.build("--output", preview.toString()).exitCode());
        Path caches = dir.resolve("site-folder/.broadsheet");
        byte[] sitesManifest = Files.readAllBytes(caches.resolve("cache/manifest.bin"));
        try (Stream<Path> folders = Files.list(caches)) {
            damageBodies(folders.filter(p -> p.getFileName().toString().startsWith("cache-")).findFirst().orElseThrow());
        }
        delete("../preview");

        TestSite.Run run = site.build("--verbose", "--output", preview.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("cache: damaged ("), run.out());
        assertEquals(cleanBuild(), TestSite.snapshot(preview));
        assertTrue(java.util.Arrays.equals(sitesManifest, Files.readAllBytes(caches.resolve("cache/manifest.bin"))),
                "the cache of site/ is another build's: left alone");
    }

    @Test
    void aCacheWrittenByAnotherBuildOfBroadsheetIsNotEvenRead() throws IOException {
        Path manifest = dir.resolve("site-folder/.broadsheet/cache/manifest.bin");
        byte[] bytes = Files.readAllBytes(manifest);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        int versionAt = 2 + (buffer.getShort(0) & 0xffff) + 4; // after the magic string and the format number
        int versionLength = buffer.getShort(versionAt) & 0xffff;
        for (int i = 0; i < versionLength; i++) {
            bytes[versionAt + 2 + i] = 'x'; // another version's name, as long as this one's
        }
        // and records in another layout, which this build could not decode
        java.util.Arrays.fill(bytes, bytes.length / 2, bytes.length - 8, (byte) 0xff);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        buffer.putLong(bytes.length - 8, crc.getValue());
        Files.write(manifest, bytes);
        site.file("content/world/beta.md", read("content/world/beta.md") + "\nMore.\n");

        TestSite.Run run = site.build("--verbose");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("cache: written by another build of Broadsheet (xxx"), run.out());
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()));
    }

    @Test
    void buildsIntoAnotherFolderKeepACacheOfTheirOwn() throws IOException {
        ageSources();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build("--output", dir.resolve("preview").toString()).exitCode());
        ageOutput();

        TestSite.Run again = site.build("--verbose");

        assertTrue(again.out().contains("; nothing changed"), again.out());
        assertEquals(List.of(), rewritten());
        assertTrue(Files.isDirectory(dir.resolve("site-folder/.broadsheet/cache")));
        try (Stream<Path> caches = Files.list(dir.resolve("site-folder/.broadsheet"))) {
            assertEquals(2, caches.filter(p -> p.getFileName().toString().startsWith("cache")).count());
        }
    }

    @Test
    void aCacheInUseByAnotherBuildIsLeftAloneAndTheBuildStillSucceeds() throws IOException {
        Path lockFile = dir.resolve("site-folder/.broadsheet/cache/lock");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = channel.lock()) {
            site.file("content/world/beta.md", read("content/world/beta.md") + "\nMore.\n");

            TestSite.Run run = site.build("--verbose");

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("cache: in use by another build of this site, building without one"), run.out());
        }
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()));
    }

    // ---- helpers ----

    /** Changes the text of the bodies in the body pack of the cache in {@code cache}, keeping its length. */
    private static void damageBodies(Path cache) throws IOException {
        Path pack;
        try (Stream<Path> files = Files.list(cache)) {
            pack = files.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(pack);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (bytes[i] == 'e' ? 'a' : bytes[i]);
        }
        Files.write(pack, bytes);
    }

    /**
     * Applies {@code change}, builds incrementally, checks the result equals a clean build of the
     * same sources, and returns the output files whose modification time changed.
     */
    private String rebuildAfter(Consumer<TestSite> change) throws IOException {
        change.accept(site);
        ageOutput();
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(cleanBuild(), TestSite.snapshot(site.output()), "incremental and clean builds differ");
        return rewritten().toString();
    }

    /** A clean build of a copy of the site folder's sources, without cache or output. */
    private Map<String, String> cleanBuild() throws IOException {
        Path copy = dir.resolve("clean-" + System.nanoTime());
        try (Stream<Path> files = Files.walk(dir.resolve("site-folder"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = dir.resolve("site-folder").relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("site/") && !relative.startsWith(".broadsheet/")) {
                    Files.createDirectories(copy.resolve(relative).getParent());
                    Files.copy(file, copy.resolve(relative));
                }
            }
        }
        TestSite clean = TestSite.in(copy);
        assertEquals(0, clean.build().exitCode());
        return TestSite.snapshot(clean.output());
    }

    private void ageSources() throws IOException {
        try (Stream<Path> files = Files.walk(site.root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private void ageOutput() throws IOException {
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    /** Output files written since {@link #ageOutput()}, the marker aside. */
    private List<String> rewritten() throws IOException {
        List<String> changed = new ArrayList<>();
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(site.output().relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        times.forEach((path, time) -> {
            if (!time.equals(LONG_AGO) && !path.equals(".broadsheet-site")) {
                changed.add(path);
            }
        });
        return changed;
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve("site-folder").resolve(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void delete(String path) {
        try (Stream<Path> files = Files.walk(dir.resolve("site-folder").resolve(path))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

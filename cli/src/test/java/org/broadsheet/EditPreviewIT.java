package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server shows an edited article's page before the site is built again: that page must
 * have the very bytes the build then writes, and edits that move an article in the site (or
 * anything but an edit) must be left to the build.
 */
class EditPreviewIT {

    static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");

    @TempDir
    Path dir;

    TestSite site;
    EditPreview preview;

    @BeforeEach
    void buildOnce() {
        site = TestSite.copyOf("sites/newsroom", dir.resolve("site-folder"));
        build();
    }

    private BuildResult build() {
        return Broadsheet.build(new BuildRequest(site.root(), site.output(), false, false, NOW, BuildProgress.NONE),
                kept -> preview = kept);
    }

    private Optional<Map<String, byte[]>> previewAfter(String... changed) {
        return preview.pagesAfter(Arrays.stream(changed).map(site.root()::resolve).collect(Collectors.toSet()), Set.of(), NOW);
    }

    private String source(String path) throws IOException {
        return Files.readString(site.root().resolve(path));
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = source(path);
        assertTrue(text.contains(from), path + " has no " + from);
        site.file(path, text.replace(from, to));
    }

    /** Previews the edit of {@code path}, builds, and checks the preview against what the build wrote. */
    private String previewMatchesBuild(String path) throws IOException {
        Map<String, byte[]> pages = previewAfter(path).orElseThrow(() -> new AssertionError("no preview of " + path));
        assertEquals(1, pages.size(), pages.keySet().toString());
        String outputFile = pages.keySet().iterator().next();
        BuildResult result = build();
        assertTrue(result.work().changedFiles().contains(outputFile), result.work().changedFiles() + " lacks " + outputFile);
        assertArrayEquals(Files.readAllBytes(site.output().resolve(outputFile)), pages.get(outputFile),
                "the preview of " + outputFile + " differs from the page the build wrote");
        return new String(pages.get(outputFile), StandardCharsets.UTF_8);
    }

    @Test
    void anEditedBodyShowsAsTheBuildThenWritesIt() throws IOException {
        edit("content/world/alpha.md", "A footnote.", "A new paragraph about the *rain*.\n\nA footnote.");
        String page = previewMatchesBuild("content/world/alpha.md");
        assertTrue(page.contains("A new paragraph about the <em>rain</em>."), page);
    }

    @Test
    void thePagesOpenInTheBrowserShowTheEditedArticleToo() throws IOException {
        edit("content/world/alpha.md", "title: Alpha Storm Reaches the Coast", "title: Alpha Storm Leaves the Coast");
        edit("content/world/alpha.md", "summary: A storm reached the coast on Monday.", "summary: It rained & rained.");
        Set<String> open = Set.of("index.html", "world/index.html", "tags/climate/index.html", "world/beta/index.html",
                "feed.xml");
        Map<String, byte[]> pages = preview.pagesAfter(Set.of(site.root().resolve("content/world/alpha.md")), open, NOW)
                .orElseThrow();
        assertEquals(Set.of("world/alpha/index.html", "index.html", "world/index.html", "tags/climate/index.html",
                "world/beta/index.html"), pages.keySet());
        assertTrue(new String(pages.get("index.html"), StandardCharsets.UTF_8).contains("Alpha Storm Leaves the Coast"));
        build();
        pages.forEach((outputFile, bytes) -> assertEquals(site.text(outputFile), new String(bytes, StandardCharsets.UTF_8),
                outputFile));
    }

    @Test
    void aNewTitleOrSummaryShowsToo() throws IOException {
        edit("content/world/alpha.md", "title: Alpha Storm Reaches the Coast", "title: Alpha Storm Leaves the Coast");
        assertTrue(previewMatchesBuild("content/world/alpha.md").contains("Alpha Storm Leaves the Coast"));
        edit("content/world/alpha.md", "summary: A storm reached the coast on Monday.", "summary: It rained & rained.");
        assertTrue(previewMatchesBuild("content/world/alpha.md").contains("It rained &amp; rained."));
    }

    @Test
    void bundlesAndStandalonePagesShowToo() throws IOException {
        edit("content/world/gamma/index.md", "![The bridge](photo.png)", "![The old bridge](photo.png)");
        assertTrue(previewMatchesBuild("content/world/gamma/index.md").contains("alt=\"The old bridge\""));
        edit("content/about.md", "We are a test newsroom.", "We are a small test newsroom.");
        assertTrue(previewMatchesBuild("content/about.md").contains("We are a small test newsroom."));
    }

    @Test
    void everyArticleOfTheSampleSiteShowsAsTheBuildThenWritesIt() throws IOException {
        // translations, bundles, replies, author profiles, the theme overridden: the whole repertoire
        Path repo = TestSite.REPOSITORY;
        site = TestSite.in(dir.resolve("sample"));
        for (String part : new String[] {"broadsheet.yml", "content", "templates", "i18n", "authors", "comments"}) {
            if (Files.exists(repo.resolve(part))) {
                TestSite.copyTree(repo.resolve(part), site.root().resolve(part));
            }
        }
        build();
        java.util.List<Path> articles;
        try (java.util.stream.Stream<Path> walk = Files.walk(site.root().resolve("content"))) {
            articles = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        for (Path article : articles) {
            Files.writeString(article, Files.readString(article) + "\n\nA paragraph added in the test.\n");
        }
        Map<String, byte[]> pages = preview.pagesAfter(Set.copyOf(articles), Set.of(), NOW).orElseThrow();
        assertEquals(articles.size(), pages.size(), pages.keySet().toString());
        build();
        pages.forEach((outputFile, bytes) -> {
            try {
                assertEquals(new String(Files.readAllBytes(site.output().resolve(outputFile)), StandardCharsets.UTF_8),
                        new String(bytes, StandardCharsets.UTF_8), outputFile);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("A paragraph added in the test."), outputFile);
        });
    }

    @Test
    void afterATemplateChangesThePagesOpenInTheBrowserShowAsTheBuildThenWritesThem() throws IOException {
        site.file("templates/partials/footer.ftlh", "<footer>Printed by the test desk</footer>\n");
        Set<String> open = Set.of("index.html", "world/alpha/index.html", "world/gamma/index.html", "tags/climate/index.html",
                "about/index.html", "feed.xml", "no/such/page/index.html");
        Map<String, byte[]> pages = preview.pagesAfter(Set.of(site.root().resolve("templates/partials/footer.ftlh")),
                open, NOW).orElseThrow();
        assertEquals(Set.of("index.html", "world/alpha/index.html", "world/gamma/index.html", "tags/climate/index.html",
                "about/index.html"), pages.keySet(), "feeds, with many bodies, wait for the build");
        build();
        pages.forEach((outputFile, bytes) -> {
            String page = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(page.contains("Printed by the test desk"), outputFile);
            assertEquals(site.text(outputFile), page, outputFile);
        });
        assertEquals(Optional.empty(), preview.pagesAfter(Set.of(site.root().resolve("templates/partials/footer.ftlh")),
                Set.of(), NOW), "no page is open");
        site.file("templates/partials/footer.ftlh", "<footer>${oops</footer>\n");
        assertEquals(Optional.empty(), preview.pagesAfter(Set.of(site.root().resolve("templates/partials/footer.ftlh")),
                open, NOW), "a template error is the build's to report");
    }

    @Test
    void editsThatMoveAnArticleInTheSiteAreLeftToTheBuild() throws IOException {
        String alpha = "content/world/alpha.md";
        String original = source(alpha);
        for (String[] change : new String[][] {
            {"date: 2026-01-05T10:00:00Z", "date: 2026-01-04T10:00:00Z"},
            {"tags: [Climate, Energy]", "tags: [Climate]"},
            {"author: Ana Pérez", "author: Jo Bloggs"},
            {"kicker: Breaking", "kicker: Breaking\nslug: alpha-storm"},
            {"kicker: Breaking", "kicker: Breaking\nsection: politics"},
            {"kicker: Breaking", "kicker: Breaking\ndraft: true"},
            {"kicker: Breaking", "kicker: Breaking\naliases: [/old/alpha/]"},
        }) {
            edit(alpha, change[0], change[1]);
            assertEquals(Optional.empty(), previewAfter(alpha), change[1]);
            site.file(alpha, original);
        }
    }

    @Test
    void anArticleWithErrorsIsLeftToTheBuildWhichReportsThem() throws IOException {
        edit("content/world/alpha.md", "title: Alpha Storm Reaches the Coast\n", "");
        assertEquals(Optional.empty(), previewAfter("content/world/alpha.md"));
        site.file("content/world/beta.md", "---\ntitle: [unclosed\n---\nText.\n");
        assertEquals(Optional.empty(), previewAfter("content/world/beta.md"));
    }

    @Test
    void anythingButEditsOfPublishedArticlesIsLeftToTheBuild() throws IOException {
        edit("content/world/alpha.md", "A footnote.", "Edited. A footnote.");
        site.article("content/world/new.md", "title: New\ndate: 2026-01-07", "New.");
        assertEquals(Optional.empty(), previewAfter("content/world/alpha.md", "content/world/new.md"), "an added article");
        Files.delete(site.root().resolve("content/world/new.md"));
        Files.delete(site.root().resolve("content/world/beta.md"));
        assertEquals(Optional.empty(), previewAfter("content/world/alpha.md", "content/world/beta.md"), "a deleted one");
        for (String other : new String[] {"templates/partials/footer.ftlh", "broadsheet.yml",
            "content/world/gamma/photo.png", "content/files/report.pdf", "content", ""}) {
            assertEquals(Optional.empty(), previewAfter("content/world/alpha.md", other), other);
        }
        edit("content/politics/draft.md", "Not ready.", "Nearly ready.");
        assertEquals(Optional.empty(), previewAfter("content/politics/draft.md"), "a draft is not on the site");
    }

    @Test
    void filesThatCameAndWentSinceTheLastBuildAreNoChange() throws IOException {
        edit("content/world/alpha.md", "A footnote.", "Edited. A footnote.");
        // vim writes and deletes "4913" to test the folder; emacs and others leave similar traces
        Map<String, byte[]> pages = previewAfter("content/world/alpha.md", "content/world/4913", "content/world/tmp")
                .orElseThrow();
        assertEquals(Set.of("world/alpha/index.html"), pages.keySet());
        Files.walk(site.root().resolve("content/world/gamma")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        assertEquals(Optional.empty(), previewAfter("content/world/alpha.md", "content/world/gamma"),
                "a folder that held articles is gone");
    }
}

package org.broadsheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.TestSite;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.frontmatter.FileName;
import org.broadsheet.frontmatter.FrontMatterParser;
import org.broadsheet.frontmatter.ParsedArticle;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site model holds for a small site: articles newest first, grouped into sections,
 * tags and authors; drafts, scheduled and expired articles left out; a bundle's files beside
 * its article's page (each translation's); translations linked in the site's language order.
 */
class SiteAssemblerTest {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path dir;

    final Problems problems = new Problems();

    @Test
    void articlesAreNewestFirstAndGroupedIntoSectionsTagsAndAuthors() throws IOException {
        TestSite site = monolingual();
        site.article("content/world/old.md", "title: Old\ndate: 2026-01-01\nauthor: Ana Ruiz\ntags: [storms]", "Old.");
        site.article("content/world/new.md", "title: New\ndate: 2026-03-01\nauthors: [Ana Ruiz, Jo Bloggs]\n"
                + "tags: [storms, Floods]", "New.");
        site.article("content/politics/vote.md", "title: Vote\ndate: 2026-02-01\nauthor: Jo Bloggs", "Vote.");

        Edition edition = assemble(site).defaultEdition();

        assertEquals(List.of("New", "Vote", "Old"), titles(edition.articles()));
        assertEquals(Map.of("politics", List.of("Vote"), "world", List.of("New", "Old")), byListing(edition.sections()));
        assertEquals(Map.of("storms", List.of("New", "Old"), "floods", List.of("New")), byListing(edition.tags()));
        assertEquals(Map.of("ana-ruiz", List.of("New", "Old"), "jo-bloggs", List.of("New", "Vote")),
                byListing(edition.authors()));
        assertEquals("world/new/", edition.articles().get(0).path());
        assertEquals(List.of(), reported());
    }

    @Test
    void draftsScheduledAndExpiredArticlesAreLeftOutAndTheNextDueNamed() throws IOException {
        TestSite site = monolingual();
        site.article("content/world/live.md", "title: Live\ndate: 2026-05-01", "Live.");
        site.article("content/world/draft.md", "title: Draft\ndate: 2026-05-01\ndraft: true", "Draft.");
        site.article("content/world/later.md", "title: Later\ndate: 2026-07-01", "Later.");
        site.article("content/world/gone.md", "title: Gone\ndate: 2026-01-01\nexpires: 2026-02-01", "Gone.");

        Site assembled = assemble(site);

        assertEquals(List.of("Live"), titles(assembled.articles()));
        assertEquals("Later", assembled.nextScheduled().orElseThrow().title());
    }

    @Test
    void aBundlesFilesGoBesideItsArticlesPageAndOtherFilesKeepTheirPath() throws IOException {
        TestSite site = monolingual();
        site.article("content/world/storm/index.md", "title: Storm\ndate: 2026-05-01\nslug: the-storm", "![](map.png)");
        site.bytes("content/world/storm/map.png", new byte[] {1, 2, 3});
        site.bytes("content/images/logo.png", new byte[] {4});

        Site assembled = assemble(site);

        assertEquals("world/the-storm/", assembled.articles().get(0).path());
        assertEquals(List.of("images/logo.png", "world/the-storm/map.png"),
                assembled.assets().stream().map(Asset::outputPath).toList());
    }

    @Test
    void translationsAreLinkedInTheSitesLanguageOrderAndEachGetsTheBundlesFiles() throws IOException {
        TestSite site = bilingual();
        site.article("content/world/storm.es.md", "title: Tormenta\ndate: 2026-05-01", "Tormenta.");
        site.article("content/world/storm.md", "title: Storm\ndate: 2026-05-01", "Storm.");
        site.article("content/world/alone.md", "title: Alone\ndate: 2026-05-02", "Alone.");
        // a bundle and its translation, linked by their key
        site.article("content/world/flood/index.md", "title: Flood\ndate: 2026-04-01\ntranslationKey: flood", "F.");
        site.article("content/world/flood/index.es.md", "title: Riada\ndate: 2026-04-01\ntranslationKey: flood", "R.");
        site.bytes("content/world/flood/map.png", new byte[] {1});

        Site assembled = assemble(site);

        assertEquals(List.of("Alone", "Storm", "Flood"), titles(assembled.defaultEdition().articles()));
        assertEquals(List.of("Tormenta", "Riada"), titles(assembled.editions().get(1).articles()));
        Article storm = assembled.defaultEdition().articles().get(1);
        assertEquals(List.of("Tormenta"), titles(assembled.translationsOf(storm)));
        assertEquals(List.of("Storm", "Tormenta"), titles(assembled.translations().get("world/storm")));
        assertEquals(List.of("Flood", "Riada"), titles(assembled.translations().get("flood")));
        assertEquals(List.of(), assembled.translationsOf(assembled.defaultEdition().articles().get(0)));
        assertEquals(List.of("es/world/flood/map.png", "world/flood/map.png"),
                assembled.assets().stream().map(Asset::outputPath).toList());
    }

    @Test
    void twoVersionsOfAStoryInOneLanguageAreAnErrorNamingBoth() throws IOException {
        TestSite site = bilingual();
        site.article("content/world/a.es.md", "title: A\ndate: 2026-05-01\ntranslationKey: story", "A.");
        site.article("content/world/b.es.md", "title: B\ndate: 2026-05-01\ntranslationKey: story", "B.");

        assemble(site);

        assertEquals(List.of("content/world/b.es.md:4: is a second es version of \"story\", as is "
                + "content/world/a.es.md:4; give one of them another translationKey"), reported());
    }

    private TestSite monolingual() {
        return TestSite.in(dir).file("broadsheet.yml", """
                title: Desk
                baseUrl: https://example.org/
                timezone: UTC
                sections:
                  world: World
                  politics: Politics
                """);
    }

    private TestSite bilingual() {
        return TestSite.in(dir).file("broadsheet.yml", """
                title: Desk
                baseUrl: https://example.org/
                timezone: UTC
                languages:
                  - code: en
                  - code: es
                """);
    }

    /** Reads the site folder as a build does up to the site model, without rendering Markdown. */
    private Site assemble(TestSite site) throws IOException {
        SiteConfig config = new SiteConfigLoader().load(site.root(), problems);
        List<SourceFile> files = new ContentLoader().load(site.root(), problems);
        FrontMatterParser parser = new FrontMatterParser(config.timezone());
        List<RenderedArticle> articles = new ArrayList<>();
        for (SourceFile file : files.stream().filter(SourceFile::isMarkdown).toList()) {
            parser.parse(file, Files.readString(file.path()), problems).map(ParsedArticle::frontMatter)
                    .ifPresent(frontMatter -> articles.add(new RenderedArticle(file, FileName.of(file.contentPath()),
                            frontMatter, "", "", 1, 1, List.of(), List.of(), List.of())));
        }
        SiteAssembler assembler = new SiteAssembler(config, Sections.of(config), layout -> true, new ImageFiles(files),
                new Schedule(false, false, NOW), Map.of());
        return assembler.assemble(articles, files, problems);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).toList();
    }

    private static Map<String, List<String>> byListing(List<Listing> listings) {
        Map<String, List<String>> titles = new java.util.TreeMap<>();
        listings.forEach(l -> titles.put(l.slug(), titles(l.articles())));
        return titles;
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site's {@code _posts} and a Hugo site's content tree, dropped into {@code content/}
 * as they are (src/test/resources/import/), build: their front matter forms and keys are read
 * as those generators read them, and what Broadsheet cannot run is a warning at its line.
 */
class JekyllAndHugoIT {

    static TestSite jekyll;
    static TestSite hugo;
    static TestSite.Run jekyllRun;
    static TestSite.Run hugoRun;

    @BeforeAll
    static void build(@TempDir Path jekyllDir, @TempDir Path hugoDir) {
        jekyll = TestSite.copyOf("import/jekyll", jekyllDir);
        jekyllRun = jekyll.build();
        hugo = TestSite.copyOf("import/hugo", hugoDir);
        // Hugo's images name a lead image: the site builds as it is, asking for the image's alt text
        TestSite.Run undescribed = hugo.build();
        assertEquals(0, undescribed.exitCode(), undescribed.toString());
        assertTrue(undescribed.err().contains("content/news/2021/x/index.md:7: warning: images has no alt text"),
                undescribed.toString());
        Path nested = hugoDir.resolve("content/news/2021/x/index.md");
        try {
            Files.writeString(nested, Files.readString(nested).replace("images =", "image_alt = \"A chart\"\nimages ="));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hugoRun = hugo.build();
        assertEquals(0, jekyllRun.exitCode(), jekyllRun.toString());
        assertEquals(0, hugoRun.exitCode(), hugoRun.toString());
    }

    @Test
    void jekyllPostsAfterBlankLinesAreArticlesInTheSectionOfTheirFirstCategory() {
        Document post = jekyll.page("world/hello-world/index.html");
        assertEquals("Hello World", post.selectFirst("h1").text());
        assertEquals("The first post of the blog.", post.selectFirst("meta[name=description]").attr("content"));
        assertTrue(post.html().contains("\"dateModified\":\"2019-07-03T09:00:00Z\""), "last_modified_at is the update");
    }

    @Test
    void jekyllTagsWrittenAsOneTextAreSeveralTagsAndTheOtherCategoriesAreTagsToo() {
        assertTrue(jekyll.exists("tags/elections/index.html"));
        assertTrue(jekyll.exists("tags/budget/index.html"));
        assertTrue(jekyll.exists("tags/politics/index.html"));
    }

    @Test
    void redirectFromAnswersAtTheOldJekyllAddress() {
        Document redirect = jekyll.page("2019/07/02/hello-world.html");
        assertEquals("0; url=/world/hello-world/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void aDottedSlugKeepsItsDotsAndTheFileNameGivesTheDate() {
        Document post = jekyll.page("tech/0.83.0-relnotes/index.html");
        assertEquals("Release notes 0.83.0", post.selectFirst("h1").text());
        assertTrue(post.html().contains("\"datePublished\":\"2019-07-03T00:00:00Z\""));
        assertTrue(hugo.exists("news/0.83.0-relnotes/index.html"));
    }

    @Test
    void aJekyllPermalinkIsTheArticlesWholePath() {
        assertEquals("About the Blog", jekyll.page("about-the-blog.html").selectFirst("h1").text());
    }

    @Test
    void aJekyllPermalinkWithPlaceholdersIsAWarningAndThePatternServes() {
        assertTrue(jekyll.exists("posts/patterned/index.html"));
        assertTrue(jekyllRun.err().contains("content/_posts/2019-07-08-patterned.md:3: warning: permalink"
                + " \"/:categories/:title/\" has placeholders"), jekyllRun::toString);
    }

    @Test
    void markdownAndMdownFilesAreArticlesAndAnHtmlFileWithFrontMatterPassesThroughAsHtml() {
        assertTrue(jekyll.exists("posts/minutes/index.html"));
        Document html = jekyll.page("posts/plain/index.html");
        assertEquals("HTML", html.selectFirst("article em").text());
        assertEquals("Kept as it is.", html.selectFirst("div.note").text());
        assertEquals("HTML", hugo.page("news/bundle/index.html").selectFirst("article strong").text());
    }

    @Test
    void draftsAndFuturePostsAreNotPublished() {
        List<String> files = String.join("\n", jekyll.outputFiles()).lines().toList();
        assertTrue(files.stream().noneMatch(f -> f.contains("unfinished") || f.contains("future")), files::toString);
        List<String> hugoFiles = hugo.outputFiles();
        assertTrue(hugoFiles.stream().noneMatch(f -> f.contains("draft") || f.contains("later")), hugoFiles::toString);
    }

    @Test
    void tomlFrontMatterIsReadWithItsDatesDescriptionUrlAndImages() {
        Document page = hugo.page("news/2021/x/index.html");
        assertEquals("Nested in 2021", page.selectFirst("h1").text());
        assertEquals("A story in a nested section folder.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://cdn.example.org/nested.png", page.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(page.html().contains("\"dateModified\":\"2021-03-05T10:00:00Z\""), "lastmod is the update");
    }

    @Test
    void jsonFrontMatterIsReadAndItsAliasesAnswer() {
        assertEquals("Hugo 0.83.0 released", hugo.page("news/0.83.0-relnotes/index.html").selectFirst("h1").text());
        assertEquals("0; url=/news/0.83.0-relnotes/",
                hugo.page("news/old-relnotes/index.html").selectFirst("meta[http-equiv=refresh]").attr("content"));
    }

    @Test
    void anUnknownLayoutIsAWarningAndTheDefaultLayoutServes() {
        assertTrue(jekyllRun.err().contains("content/_posts/2019-07-08-patterned.md:4: warning: layout \"gallery\" does"
                + " not exist, so the article layout is used: add templates/gallery.ftlh"), jekyllRun::toString);
        // the layouts every Jekyll and Hugo site names (post, single) serve as the article layout without a word
        assertFalse(jekyllRun.err().contains("layout \"post\""), jekyllRun::toString);
        assertFalse(hugoRun.err().contains("layout \"single\""), hugoRun::toString);
        assertTrue(hugo.exists("blog/first/index.html"));
    }

    @Test
    void liquidAndShortcodesOutsideCodeAreWarningsAtTheirLines() {
        assertTrue(jekyllRun.err().contains("content/_posts/2019-07-02-hello-world.md:15: warning: Liquid \"{% link"
                + " _posts/2019-07-05-minutes.mdown %}\" is not run by Broadsheet, so it is published as text"),
                jekyllRun::toString);
        assertTrue(hugoRun.err().contains("content/news/relnotes.md:10: warning: Hugo shortcode \"{{< youtube"
                + " w7Ft2ymGmfc >}}\" is not run by Broadsheet"), hugoRun::toString);
        assertTrue(hugoRun.err().contains("content/news/relnotes.md:14: warning: Hugo shortcode \"{{% note %}}\""));
        // inside code they are what the author shows
        assertFalse(jekyllRun.err().lines().anyMatch(line -> line.contains("hello-world")
                && (line.contains("site.url") || line.contains("{% raw %}"))), jekyllRun::toString);
        assertFalse(hugoRun.err().contains("indented code"), hugoRun::toString);
    }

    @Test
    void templateCodeInATitleOrSummaryIsAWarningAtItsLineToo(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir).file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\n")
                .file("content/world/a.md", "---\ntitle: \"Welcome to {{ site.title }}\"\ndate: 2021-01-01\n"
                        + "description: \"See {{< ref other >}}\"\n---\nBody.\n")
                .build();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/world/a.md:2: warning: Liquid \"{{ site.title }}\" is not run"), run::toString);
        assertTrue(run.err().contains("content/world/a.md:4: warning: Hugo shortcode \"{{< ref other >}}\" is not run"),
                run::toString);
    }

    @Test
    void aRebuildFromTheCacheWarnsOfTheSameTemplateCode() {
        TestSite.Run again = hugo.build();
        assertTrue(again.err().contains("content/news/relnotes.md:10: warning: Hugo shortcode"), again::toString);
    }

    @Test
    void checkWarnsOfTemplateCodeToo() {
        TestSite.Run check = TestSite.run("check", "--source", jekyll.root().toString());
        assertTrue(check.out().contains("content/_posts/2019-07-02-hello-world.md:15: warning: Liquid"), check::toString);
    }

    @Test
    void aHugoSectionFrontPageNamesDescribesAndRedirectsItsSection() {
        assertFalse(hugoRun.err().contains("_index"), hugoRun::toString);
        Document section = hugo.page("news/index.html");
        assertEquals("Project news", section.selectFirst("h1").text());
        assertEquals("Releases and project news, newest first.", section.selectFirst(".listing-intro").text());
        assertEquals("project", section.selectFirst(".listing-intro em").text());
        assertEquals("All the news from the project.", section.selectFirst("meta[name=description]").attr("content"));
        // the section's name is the same wherever it shows: on its articles too
        assertEquals("Project news", hugo.page("news/0.83.0-relnotes/index.html").selectFirst(".kicker a").text());
        Document alias = hugo.page("updates/index.html");
        assertTrue(alias.selectFirst("meta[http-equiv=refresh]").attr("content").endsWith("/news/"), alias::html);
        assertEquals("Project news", alias.selectFirst("a").text());
    }

    @Test
    void theFoldersPlaceholderKeepsANestedHugoTreesUrls(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\npermalink: /:section/:folders/:slug/\n")
                .article("content/news/2021/y/index.md", "title: Nested\ndate: 2021-01-01", "Deep.")
                .article("content/news/2021/spring/z.md", "title: Deeper\ndate: 2021-01-02", "Deeper.")
                .article("content/news/top.md", "title: Top\ndate: 2021-01-03", "Top.")
                .built();
        assertEquals("Nested", site.page("news/2021/y/index.html").selectFirst("h1").text());
        assertEquals("Deeper", site.page("news/2021/spring/z/index.html").selectFirst("h1").text());
        assertEquals("Top", site.page("news/top/index.html").selectFirst("h1").text());
    }

    @Test
    void tomlAndJsonSyntaxErrorsNameTheFileLine(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("content/world/toml.md", "\n+++\ntitle = \"Talks\"\ndate = = 2021\n+++\nBody.\n")
                .file("content/world/json.md", "{\n  \"title\": \"Talks\",\n  \"date\": \"2021-01-01\" \"x\"\n}\nBody.\n");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/world/toml.md:4:"), run::toString);
        assertTrue(run.err().contains("content/world/json.md:3:"), run::toString);
    }

    @Test
    void aDraftWithoutADateIsDatedByItsFileAndAPageWithoutOneIsAStandalonePage(@TempDir Path dir) throws IOException {
        TestSite site = utcSite(dir)
                .file("content/_drafts/undated.md", "---\ntitle: Undated draft\n---\nSoon.\n")
                .file("content/about/index.md", "---\ntitle: About us\n---\nWho we are.\n")
                .file("content/contact.md", "---\ntitle: Contact\nlayout: page\n---\nWrite to us.\n")
                .article("content/world/dated.md", "title: Dated\ndate: 2021-01-01", "News.");
        Files.setLastModifiedTime(dir.resolve("content/_drafts/undated.md"),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-05-01T12:00:00Z")));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("About us", site.page("about/index.html").selectFirst("h1").text());
        assertEquals("Contact", site.page("contact/index.html").selectFirst("h1").text());
        assertTrue(site.outputFiles().stream().noneMatch(f -> f.contains("undated")), site.outputFiles()::toString);
        assertFalse(site.text("sitemap.xml").contains("1970"), site.text("sitemap.xml"));

        TestSite.Run drafts = site.build("--drafts");
        assertEquals(0, drafts.exitCode(), drafts::toString);
        String draft = site.outputFiles().stream().filter(f -> f.contains("undated/index.html")).findFirst().orElseThrow();
        assertTrue(site.page(draft).html().contains("\"datePublished\":\"2020-05-01T12:00:00Z\""), draft);
    }

    @Test
    void anArticleInASectionWithoutADateIsStillAnErrorAtItsLine(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir).file("content/world/undated.md", "---\ntitle: Undated\n---\nNews.\n").build();
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/world/undated.md:1: date is missing"), run::toString);
    }

    @Test
    void jekyllDatesWithAZoneAbbreviationOrSlashesAreReadAsRubyReadsThem(@TempDir Path dir) {
        TestSite site = utcSite(dir)
                .article("content/_posts/2019-07-02-zoned.md", "title: Zoned\ndate: 2019-07-02 10:00:00 EST", "A.")
                .article("content/_posts/slashed.md", "title: Slashed\ndate: 2019/07/03", "B.");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(site.page("posts/zoned/index.html").html().contains("\"datePublished\":\"2019-07-02T15:00:00Z\""));
        assertTrue(site.page("posts/slashed/index.html").html().contains("\"datePublished\":\"2019-07-03T00:00:00Z\""));
    }

    @Test
    void anAmbiguousZoneAbbreviationIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir)
                .article("content/_posts/2019-07-02-india.md", "title: India\ndate: 2019-07-02 10:00:00 IST", "A.").build();
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/_posts/2019-07-02-india.md:3: date \"2019-07-02 10:00:00 IST\" is not a"
                + " valid date: the zone IST is not one Broadsheet knows or names one offset"), run::toString);
    }

    @Test
    void aRawBlockIsOneWarningAndWhatItPrintsIsNotWarnedOfAsCode() {
        assertTrue(jekyllRun.err().contains("content/_posts/2019-07-09-links.md:13: warning: Liquid \"{% raw %}{{ page.title }}"
                + "{% endraw %}\" is not run"), jekyllRun::toString);
        assertFalse(jekyllRun.err().contains("\"{{ page.title }}\""), jekyllRun::toString);
    }

    /** A site in UTC, where the dates a page shows are the ones its front matter gives. */
    private static TestSite utcSite(Path dir) {
        return TestSite.in(dir).file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\ntimezone: UTC\n");
    }
}

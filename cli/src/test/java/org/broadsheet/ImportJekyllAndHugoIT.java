package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code broadsheet import jekyll DIR} and {@code broadsheet import hugo DIR} copy the fixtures
 * under src/test/resources/import/ into a new site, rewriting the common Liquid tags and
 * shortcodes; the site then builds, and what could not be rewritten is listed at its file:line.
 */
class ImportJekyllAndHugoIT {

    static TestSite site;
    static TestSite.Run jekyllImport;
    static TestSite.Run hugoImport;
    static TestSite.Run build;

    @BeforeAll
    static void importAndBuild(@TempDir Path dir) {
        site = TestSite.in(dir).file("broadsheet.yml", "title: Imported\nbaseUrl: https://example.org/\ntimezone: UTC\n");
        jekyllImport = TestSite.run("import", "jekyll", TestSite.resource("import/jekyll/content").toString(),
                "--into", dir.toString());
        hugoImport = TestSite.run("import", "hugo", TestSite.resource("import/hugo").toString(), "--into", dir.toString());
        build = site.build();
        assertEquals(0, build.exitCode(), build.toString());
    }

    @Test
    void liquidLinksBecomeLinksToTheArticles() {
        Document post = site.page("world/hello-world/index.html");
        assertEquals("/posts/minutes/", href(post, "minutes"));
        assertEquals("/tech/0.83.0-relnotes/", href(post, "notes"));
    }

    @Test
    void highlightAndRawBecomeCodeBlocks() {
        Document post = site.page("world/hello-world/index.html");
        assertEquals("puts \"hello\"", post.selectFirst("code.language-ruby").text());
        assertEquals("{{ page.title }}", post.selectFirst("code.language-liquid").text());
    }

    @Test
    void jekyllPostsLeaveNoLiquidOutsideCode() {
        for (String page : site.outputFiles()) {
            if (page.endsWith(".html") || page.endsWith(".xml") || page.endsWith(".json")) {
                Document doc = site.page(page);
                doc.select("code, pre").remove();
                // Liquid, not the "{{%" of the Hugo shortcode this site keeps to be warned of
                assertFalse(doc.html().matches("(?s).*(?<!\\{)\\{%.*"), page);
            }
        }
        assertEquals(0, jekyllImport.exitCode(), jekyllImport.toString());
        assertTrue(jekyllImport.out().contains("Imported 9 files into"), jekyllImport.toString());
        assertTrue(jekyllImport.out().contains("0 tags or shortcodes to rewrite by hand"), jekyllImport.toString());
    }

    @Test
    void hugoShortcodesBecomeEmbedsImagesAndLinks() {
        Document news = site.page("news/0.83.0-relnotes/index.html");
        assertEquals("https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc", news.selectFirst("iframe").attr("src"));
        assertEquals("A chart", news.selectFirst("img[src=https://cdn.example.org/chart.png]").attr("alt"));
        assertEquals("/news/2021/x/", href(news, "nested story"));
        // a relref to a bundle whose index is HTML, a page
        assertEquals("/about/", href(news, "about us"));
    }

    @Test
    void aLeadImageWithoutAltTextIsListedToDescribeAndTheSiteBuildsWithAWarning() {
        assertTrue(hugoImport.out().contains("content/news/2021/x/index.md:10: the lead image has no alt text: add"
                + " image_alt: describing it (until then the page shows it with an empty alt, and check reports it)"),
                hugoImport.toString());
        assertTrue(hugoImport.out().contains("; 1 images to describe;"), hugoImport.toString());
        Document nested = site.page("news/2021/x/index.html");
        assertEquals("", nested.selectFirst("figure.lead-image img[src=https://cdn.example.org/nested.png]").attr("alt"));
    }

    @Test
    void whatIsNotRewrittenIsListedAtItsFileAndLineAndWarnedOfByTheBuild() {
        assertTrue(hugoImport.out().contains("content/news/relnotes.md:22: \"{{< unknowncode >}}\" was not rewritten"),
                hugoImport.toString());
        assertTrue(build.err().contains("content/news/relnotes.md:22: warning: Hugo shortcode \"{{< unknowncode >}}\""),
                build.toString());
    }

    @Test
    void anImportNeverOverwritesAFile() {
        TestSite.Run again = TestSite.run("import", "hugo", TestSite.resource("import/hugo").toString(), "--into",
                site.root().toString());
        assertTrue(again.out().contains("content/news/relnotes.md: exists already, left as it was"), again.toString());
        assertTrue(again.out().contains("Imported 0 files"), again.toString());
    }

    @Test
    void eachPostsOldJekyllUrlByTheDefaultPermalinkRedirectsToIt() {
        Document old = site.page("world/politics/2019/07/02/hello-world.html");
        assertEquals("0; url=/world/hello-world/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(jekyllImport.out().contains("; 7 old URLs kept as aliases."), jekyllImport.toString());
    }

    @Test
    void eachPostsOldHugoUrlByItsSectionsPermalinkRedirectsToIt() {
        Document old = site.page("2021/02/first-blog-post/index.html");
        assertEquals("0; url=/blog/first/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
        // where the old URL is the article's own, it is simply the article
        assertEquals("Hugo 0.83.0 released", site.page("news/0.83.0-relnotes/index.html").selectFirst("h1").text());
    }

    @Test
    void aWholeJekyllSiteBringsItsPagesAndAssetsAndItsConfigsPermalinkAndBaseurlGiveTheOldUrls(@TempDir Path dir)
            throws IOException {
        Path blog = dir.resolve("blog");
        write(blog, "_config.yml", "baseurl: /blog\npermalink: /:categories/:year/:title/\n");
        write(blog, "_posts/2019-07-02-story.md", "---\ntitle: Story\ncategories: World\nimage: /assets/img/hero.png\n"
                + "image_alt: The harbour\n---\nText.\n");
        write(blog, "about.md", "---\ntitle: About us\n---\nWho we are.\n");
        write(blog, "index.html", "---\nlayout: home\n---\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n");
        write(blog, "README.md", "How to run this blog.\n");
        write(blog, "_layouts/post.html", "---\n---\n{{ content }}\n");
        Files.createDirectories(blog.resolve("assets/img"));
        Files.write(blog.resolve("assets/img/hero.png"), ImagesIT.image("png", 40, 30));
        TestSite into = TestSite.in(dir.resolve("site")).file("broadsheet.yml", "title: I\nbaseUrl: https://example.org/\n");
        TestSite.Run run = TestSite.run("import", "jekyll", blog.toString(), "--into", into.root().toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Imported 3 files"), run::toString);
        TestSite.Run build = into.build();
        assertEquals(0, build.exitCode(), build::toString);
        assertEquals("0; url=/world/story/", into.page("blog/world/2019/story/index.html")
                .selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("About us", into.page("about/index.html").selectFirst("h1").text());
        assertEquals("0; url=/about/", into.page("blog/about/index.html").selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(into.exists("assets/img/hero.png"));
        assertTrue(into.page("world/story/index.html").selectFirst("figure.lead-image img").attr("src")
                .contains("hero"));
    }

    @Test
    void hugosStaticFilesAreServedFromTheSitesTop() {
        assertEquals("The 2021 report.", site.text("files/report.txt").strip());
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), text);
    }

    @Test
    void siteBaseurlBeforeALinkTagAndUrlFiltersBecomeLinksAndABareLinkTagTheUrlItPrinted() {
        Document post = site.page("world/links/index.html");
        assertEquals("/world/hello-world/", href(post, "first post"));
        assertEquals("/posts/minutes/", href(post, "minutes"));
        assertEquals("/assets/logo.png", post.selectFirst("img[alt=The logo]").attr("src"));
        // what Jekyll printed, which still answers
        assertEquals("The notes live at /tech/2019/07/03/0.83.0-relnotes.html.", post.selectFirst("p:contains(notes live)").text());
        assertTrue(site.exists("tech/2019/07/03/0.83.0-relnotes.html"));
        // what a raw block prints is text, shown and not warned of
        assertEquals("Write {{ page.title }} in a layout.", post.selectFirst("p:contains(in a layout)").text());
        assertFalse(build.err().contains("2019-07-09-links.md:13"), build::toString);
    }

    @Test
    void hugoParamReadsTomlFrontMatterAndTheSitesParams() {
        Document nested = site.page("news/2021/x/index.html");
        assertEquals("Motto: All the news that fits; A story in a nested section folder.",
                nested.selectFirst("p:contains(Motto)").text());
    }

    /** Where the link whose text contains {@code text} goes. */
    private static String href(Document page, String text) {
        return page.selectFirst("a:contains(" + text + ")").attr("href");
    }
}

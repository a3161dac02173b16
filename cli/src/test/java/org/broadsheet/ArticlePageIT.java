package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees on an article's page. */
class ArticlePageIT {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = NewsroomSite.build(dir);
    }

    @Test
    void articleIsAtItsPermalinkWithTitleHeadingLanguageAndDescription() {
        Document page = site.page("world/alpha/index.html");
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertEquals("Alpha Storm Reaches the Coast – The Test Times", page.title());
        assertEquals(List.of("Alpha Storm Reaches the Coast"), page.select("h1").eachText());
        assertEquals("A storm reached the coast on Monday.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/news/world/alpha/", page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void bylineLinksEveryAuthorAndDatesCarryTheirOffset() {
        Document page = site.page("business/epsilon/index.html");
        Element meta = page.selectFirst(".feature, .article");
        assertNotNull(meta);
        Document alpha = site.page("world/alpha/index.html");
        assertEquals("By Ana Pérez", alpha.selectFirst(".authors").text());
        assertEquals("/news/authors/ana-perez/", alpha.selectFirst(".authors a").attr("href"));
        // dates are shown in the site's time zone (Europe/London) with the offset in datetime
        assertEquals("2026-01-05T10:00:00Z", alpha.selectFirst("time").attr("datetime"));
        assertEquals("5 January 2026, 10:00", alpha.selectFirst("time").text());
    }

    @Test
    void severalAuthorsAreJoinedWithAnd() {
        site.page("business/epsilon/index.html");
        Document listing = site.page("business/index.html");
        assertEquals("By Ana Pérez and Bo Li", listing.selectFirst(".card .authors").text());
    }

    @Test
    void markdownExtensionsRender() {
        Element body = site.page("world/alpha/index.html").selectFirst(".article-body");
        assertEquals("what-happened", body.selectFirst("h2").selectFirst("a").id());
        assertEquals("#what-happened", body.selectFirst("h2 a").attr("href"));
        assertEquals("Ayr", body.selectFirst("table td").text());
        assertEquals("align-right", body.select("table th").get(1).className());
        assertEquals("Wrong", body.selectFirst("del").text());
        assertEquals("https://example.com", body.selectFirst("a[href=https://example.com]").text());
        assertEquals(2, body.select("input[type=checkbox][disabled]").size());
        assertEquals(1, body.select("input[checked]").size());
        assertEquals("The note.", body.selectFirst(".footnotes li p").text());
    }

    @Test
    void rootRelativeLinksGetTheBasePath() {
        Element body = site.page("world/alpha/index.html").selectFirst(".article-body");
        assertEquals("/news/maps/storm.html", body.selectFirst("a:contains(the map)").attr("href"));
    }

    @Test
    void leadImageIsAFigureWithCaptionAndCreditAndBundleFilesSitBesideThePage() {
        Document page = site.page("world/gamma/index.html");
        Element figure = page.selectFirst("figure.lead-image");
        assertEquals("/news/world/gamma/photo.png", figure.selectFirst("img").attr("src"));
        assertEquals("A flooded street", figure.selectFirst("img").attr("alt"));
        assertEquals("The main street on Tuesday. Test Times", figure.selectFirst("figcaption").text());
        assertEquals("Test Times", figure.selectFirst(".credit").text());
        assertTrue(site.exists("world/gamma/photo.png"));
        assertEquals("photo.png", page.selectFirst(".article-body img").attr("src"));
    }

    @Test
    void tagsLinkToTheirPages() {
        Document page = site.page("world/alpha/index.html");
        assertEquals(List.of("Climate", "Energy"), page.select(".tags a").eachText());
        assertEquals("/news/tags/climate/", page.selectFirst(".tags a").attr("href"));
    }

    @Test
    void replyFormPostsToTheEndpointAndNamesTheArticle() {
        Element reply = site.page("world/alpha/index.html").selectFirst("section.reply");
        assertEquals("Leave a Reply", reply.selectFirst("h2").text());
        assertEquals("Your email address will not be published. Required fields are marked *",
                reply.selectFirst(".reply-note").text());
        Element form = reply.selectFirst("form");
        assertEquals("post", form.attr("method"));
        assertEquals("https://example.org/replies", form.attr("action"));
        for (String required : List.of("comment", "name", "email")) {
            Element field = form.selectFirst("[name=" + required + "]");
            assertTrue(field.hasAttr("required"), required + " is required");
            assertNotNull(form.selectFirst("label[for=" + field.id() + "]"), required + " has a label");
        }
        assertFalse(form.selectFirst("[name=website]").hasAttr("required"));
        assertEquals("world/alpha", form.selectFirst("input[type=hidden][name=article]").val());
        assertNotNull(form.selectFirst("button[type=submit]"));
    }

    @Test
    void replyFormIsLeftOutWithoutAnEndpoint(@TempDir Path other) {
        TestSite plain = TestSite.in(other).article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        assertEquals(0, plain.build().exitCode());
        assertNull(plain.page("world/a/index.html").selectFirst("form.reply-form"));
    }

    @Test
    void languageSelectorListsTheSiteLanguageAsCurrent() {
        Element selector = site.page("world/alpha/index.html").selectFirst("nav.language-selector");
        Element current = selector.selectFirst("a[aria-current]");
        assertEquals("English", current.text());
        assertEquals("en-GB", current.attr("hreflang"));
    }

    @Test
    void layoutFromFrontMatterRendersWithTheSitesTemplate() {
        Document page = site.page("business/epsilon/index.html");
        assertEquals("Epsilon Shares Rise", page.selectFirst("h1.feature-headline").text());
    }

    @Test
    void siteTemplatesOverrideThemePartialsAndSeeUnknownConfigKeys() {
        assertEquals("Editor: Jo Bloggs", site.page("world/alpha/index.html").selectFirst(".editor").text());
    }

    @Test
    void jekyllStyleFileNamesGiveDateAndSlug() {
        Document page = site.page("politics/delta/index.html");
        assertEquals("2026-01-03T00:00:00Z", page.selectFirst("time").attr("datetime"));
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor(@TempDir Path other) {
        assertFalse(site.exists("politics/draft/index.html"));
        TestSite withDrafts = NewsroomSite.build(other, "--drafts");
        assertEquals("Unfinished Draft", withDrafts.page("politics/draft/index.html").selectFirst("h1").text());
    }

    @Test
    void pagesInTheContentRootAreStandalonePages() {
        Document about = site.page("about/index.html");
        assertEquals("About Us", about.selectFirst("h1").text());
        assertNull(about.selectFirst("form.reply-form"));
        assertFalse(site.text("index.html").contains("About Us"));
    }

    @Test
    void otherFilesUnderContentAreCopiedAsTheyAre() {
        assertEquals("%PDF-1.4\n% test report\n", site.text("files/report.pdf"));
    }

    @Test
    void unknownFrontMatterKeysReachTemplates(@TempDir Path other) {
        TestSite custom = TestSite.in(other)
                .article("content/world/a.md", "title: A\ndate: 2026-01-01\nkicker: Exclusive", "Text.")
                .file("templates/article.ftlh", "<p class=k>${article.params.kicker}</p>");
        assertEquals(0, custom.build().exitCode());
        assertEquals("Exclusive", custom.page("world/a/index.html").selectFirst(".k").text());
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet import wordpress}: a hand-made export with WordPress's quirks, imported, then built. */
class WordPressImportIT {

    private static final Path EXPORTS = TestSite.resource("import/wordpress");

    @TempDir
    Path dir;

    private TestSite imported(String... options) {
        Path site = dir.resolve("gazette");
        List<String> args = new ArrayList<>(List.of("import", "wordpress", EXPORTS.resolve("export.xml").toString(),
                "--site", site.toString()));
        args.addAll(List.of(options));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        return TestSite.in(site);
    }

    @Test
    void publishedPostsAreArticlesAtTheirUrlsAndOldPermalinksRedirect() {
        TestSite site = imported().built();

        assertEquals("Block editor story", site.page("world/block-editor-story/index.html").selectFirst("h1").text());
        assertTrue(site.text("2023/05/04/block-editor-story/index.html").contains("url=/world/block-editor-story/"));
        assertTrue(site.exists("world/привет-мир/index.html"), "the percent-encoded slug is decoded");
        assertTrue(site.text("2023/04/04/привет-мир/index.html").contains("url=/world/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/"));
        assertTrue(site.exists("noticias/classic-editor-story/index.html"), "the first category is the section");
        assertEquals("About us & our work", site.page("about-us/index.html").selectFirst("h1").text(),
                "a page is a standalone page, its title's entities decoded");
        assertTrue(site.exists("tags/city-hall/index.html"));
        assertTrue(site.exists("authors/ana-perez/index.html"));
    }

    @Test
    void theNewSiteTakesTheOldSitesNameAndAddressSoItsLinksNameTheSameHost() {
        TestSite site = imported().built();

        assertEquals("The Old Gazette", site.page("index.html").selectFirst("title").text());
        assertEquals("https://gazette.example/world/block-editor-story/",
                site.page("world/block-editor-story/index.html").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(site.text("feed.xml").contains("https://gazette.example/"));
    }

    @Test
    void theStickyPostLeadsTheFrontPageThoughNewerPostsFollow() {
        TestSite site = imported().built();

        assertEquals("Classic editor story", site.page("index.html").selectFirst(".lead-story .lead-title").text());
        assertTrue(site.page("index.html").select(".latest .card-title").eachText().contains("Block editor story"));
    }

    @Test
    void wordPressMarkupIsConvertedAndNothingUnpublishedOrPrivateAppears() {
        TestSite site = imported().built();

        Map<String, String> output = TestSite.snapshot(site.output());
        for (var page : output.entrySet()) {
            for (String leak : List.of("[caption", "[gallery", "[audio", "<!-- wp:", "<!--more", "carla@mail.example",
                    "dan@mail.example", "eve@mail.example", "DRAFTSECRET", "PRIVATESECRET", "PASSWORDSECRET",
                    "FUTURESECRET", "TRASHSECRET", "Buy pills", "PINGBACKTEXT")) {
                assertFalse(page.getValue().contains(leak), page.getKey() + " shows " + leak);
            }
        }
        var classic = site.page("noticias/classic-editor-story/index.html");
        assertEquals("The mayor at the podium", classic.selectFirst("article em").text());
        assertTrue(classic.select("audio[src$=speech.mp3]").size() == 1, "audio stays HTML");
        assertTrue(classic.select("video[src$=vote.mp4]").size() == 1, "video stays HTML");
        assertEquals(1, classic.select("article a[href=https://video.example/council-live]").size(), "an embed is a link");
        assertTrue(site.page("world/block-editor-story/index.html").select("iframe[src*=youtube]").size() == 1);
    }

    @Test
    void typographyAndEachBlockOfTheBlockEditorArePublishedAsWritten() throws IOException {
        TestSite site = imported().built();

        var body = site.page("world/main-street-mill-road/index.html").selectFirst(".article-body");
        assertEquals("The council said \u201cno\u201d \u2013 twice\u2026 It\u2019s\u00a0final: 5\u20132.", body.selectFirst("p").wholeText());
        assertEquals("How they voted", body.selectFirst("h2").text(), "the heading's id is not printed");
        var quote = body.selectFirst("blockquote");
        assertEquals(List.of("We listened to the street.", "\u2014 The mayor"), quote.select("p").eachText());
        assertTrue(quote.select("a").isEmpty(), "the tweet after the quote is not in it");
        assertEquals(1, body.select("> p > a[href=https://twitter.com/gazette/status/1]").size());
        var image = body.select("> p").stream().filter(p -> p.selectFirst("img[alt=The crossing]") != null).findFirst().orElseThrow();
        assertEquals("", image.text(), "the image is a paragraph of its own");
        assertEquals("Mill Road at dawn", image.nextElementSibling().selectFirst("em").text());
        assertEquals("vote = 5 - 2", body.selectFirst("pre code").text().strip());
        assertEquals("The debate", body.selectFirst("p:has(audio)").nextElementSibling().text());
        String markdown = Files.readString(site.root().resolve("content/world/main-street-mill-road.md"));
        assertFalse(markdown.contains("<br") || markdown.contains("{#") || markdown.contains("5--2"), markdown);
        assertFalse(body.text().contains("contact-form-7"), "a plugin's shortcode is not shown to readers");
        assertTrue(markdown.contains("<!-- WordPress shortcode: [contact-form-7 id=\"1\" title=\"Tips\"] -->"), markdown);
    }

    @Test
    void theFirstCategoryIsTheSectionAndTheOthersAreTagsOnceEach() {
        TestSite site = imported().built();

        assertEquals(List.of("Climate", "Transport & Roads"),
                site.page("world/main-street-mill-road/index.html").select(".article-footer .tags a").eachText());
        assertTrue(site.exists("tags/transport-and-roads/index.html"));
        assertEquals(List.of("City Hall", "World"),
                site.page("noticias/classic-editor-story/index.html").select(".article-footer .tags a").eachText());
    }

    @Test
    void theFeaturedImageIsTheLeadImageWithItsAltTextAndCaption() {
        TestSite linked = imported().built();
        var lead = linked.page("world/main-street-mill-road/index.html").selectFirst("figure.lead-image");
        assertEquals("https://gazette.example/wp-content/uploads/2022/01/mayor.jpg", lead.selectFirst("img").attr("src"));
        assertEquals("The mayor raises her hand", lead.selectFirst("img").attr("alt"));
        assertEquals("The mayor at the vote", lead.selectFirst("figcaption").text());

        TestSite copied = TestSite.in(dir.resolve("with-media"));
        TestSite.Run run = TestSite.run("import", "wordpress", EXPORTS.resolve("export.xml").toString(), "--site",
                copied.root().toString(), "--media", EXPORTS.resolve("media").toString());
        assertEquals(0, run.exitCode(), run.toString());
        copied.built();
        assertTrue(Files.isRegularFile(copied.root().resolve("content/world/main-street-mill-road/mayor.jpg")));
        assertEquals("/world/main-street-mill-road/mayor.jpg",
                copied.page("world/main-street-mill-road/index.html").selectFirst("figure.lead-image img").attr("src"));
    }

    @Test
    void approvedCommentsShowAsThreadsAndPendingOnesWaitForModeration() throws IOException {
        TestSite site = imported().built();

        Element first = site.page("world/block-editor-story/index.html").getElementById("comment-wp-100");
        assertTrue(first.text().contains("First comment on the floods."));
        Element answer = first.getElementById("comment-wp-101");
        assertTrue(answer != null && answer.hasClass("depth-2"), "the reply is threaded under its parent");
        String queued = Files.readString(site.root().resolve("replies/queue/wp-102.md"));
        assertTrue(queued.contains("article: \"world/block-editor-story\"") && queued.contains("email: \"eve@mail.example\""), queued);
        assertTrue(Files.readString(site.root().resolve("replies/private/wp-100.yml")).contains("carla@mail.example"));
        TestSite.Run list = TestSite.run("replies", "list", "--source", site.root().toString());
        assertTrue(list.out().contains("wp-102"), list.toString());
    }

    @Test
    void theReportCountsEachKindAndNamesWhatNeedsALook() {
        Path site = dir.resolve("gazette");
        TestSite.Run run = TestSite.run("import", "wordpress", EXPORTS.resolve("export.xml").toString(), "--site", site.toString());

        assertTrue(run.out().contains("  8 articles\n"), run.out());
        assertTrue(run.out().contains("  2 replies\n"), run.out());
        assertTrue(run.out().contains("  1 spam comments\n"), run.out());
        assertTrue(run.out().contains("  1 posts in the trash\n"), run.out());
        assertTrue(run.out().contains("  1 pingbacks and trackbacks\n"), run.out());
        assertTrue(run.out().contains("#14 \"Private memo\": was private; imported as a draft"), run.out());
        assertTrue(run.out().contains("#15 \"Members only\": was password-protected; imported as a draft"), run.out());
        assertTrue(run.out().contains("#15 \"Members only\": its old link https://gazette.example/?p=15 has no path of its own, "
                + "so no static page can answer it"), run.out());
        assertTrue(run.out().contains("#10 \"Block editor story\": shortcode [fancybox] is not shown: it is an HTML comment "
                + "in the Markdown; write what it showed in Markdown or HTML"), run.out());
        assertTrue(run.out().contains("#19 \"Main Street & Mill Road\": shortcode [contact-form-7] is not shown"), run.out());
        assertTrue(run.out().contains("#18 \"Unfinished draft\": has the slug unfinished-draft of another item in content/world/; "
                + "not imported (give it another slug)"), run.out());
        assertTrue(run.out().contains("without --media, images and files stay linked to the old site"), run.out());
    }

    @Test
    void mediaTheArticleUsesIsCopiedIntoItsBundleAndLinkedRelatively() {
        TestSite site = imported("--media", EXPORTS.resolve("media").toString()).built();

        assertTrue(Files.isRegularFile(site.root().resolve("content/world/block-editor-story/river.jpg")));
        assertTrue(site.exists("world/block-editor-story/river.jpg"));
        assertEquals("river.jpg", site.page("world/block-editor-story/index.html").selectFirst("article img").attr("src"));
    }

    @Test
    void malformedExportIsReportedAtItsLineAndColumnAndNothingIsWritten() {
        Path site = dir.resolve("gazette");
        Path export = EXPORTS.resolve("malformed.xml");
        TestSite.Run run = TestSite.run("import", "wordpress", export.toString(), "--site", site.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of("broadsheet: " + export + ":6:4: The element type \"item\" must be terminated by the matching "
                + "end-tag \"</item>\"."), run.errLines());
        assertFalse(Files.exists(site));
    }

    @Test
    void entityBombIsRefusedAndNothingIsWritten() {
        Path site = dir.resolve("gazette");
        Path export = EXPORTS.resolve("entity-bomb.xml");
        TestSite.Run run = TestSite.run("import", "wordpress", export.toString(), "--site", site.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("broadsheet: " + export + ":7:4: the export declares a DTD"), run.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void importingIntoASiteNeverOverwritesAFile() throws IOException {
        TestSite site = TestSite.in(dir.resolve("existing"))
                .file("broadsheet.yml", "title: Existing\n")
                .article("content/world/block-editor-story.md", "title: Ours\ndate: 2024-01-01", "Our own story.\n");
        TestSite.Run run = TestSite.run("import", "wordpress", EXPORTS.resolve("export.xml").toString(),
                "--into", site.root().toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("---\ntitle: Ours\ndate: 2024-01-01\n---\nOur own story.\n",
                Files.readString(site.root().resolve("content/world/block-editor-story.md")));
        assertTrue(run.out().contains("files already in the site, left as they were (content/world/block-editor-story.md)"), run.out());
        assertTrue(Files.exists(site.root().resolve("content/world/private-memo.md")));
    }

    @Test
    void aPermalinkPatternThatReproducesTheOldPathsNeedsNoRedirect() throws IOException {
        TestSite site = TestSite.in(dir.resolve("dated")).file("broadsheet.yml", "permalink: /:year/:month/:day/:slug/\n");
        TestSite.Run run = TestSite.run("import", "wordpress", EXPORTS.resolve("export.xml").toString(),
                "--into", site.root().toString());
        assertEquals(0, run.exitCode(), run.toString());
        site.built();

        assertFalse(Files.readString(site.root().resolve("content/world/block-editor-story.md")).contains("aliases"));
        assertEquals("Block editor story", site.page("2023/05/04/block-editor-story/index.html").selectFirst("h1").text());
    }

    @Test
    void aSectionMapPutsACategorysPostsInTheSectionNamed() {
        TestSite site = imported("--section-map", "noticias=world").built();

        assertTrue(site.exists("world/classic-editor-story/index.html"));
        assertFalse(site.exists("noticias/classic-editor-story/index.html"));
    }
}

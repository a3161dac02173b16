package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approved replies as a reader sees them under an article, and as listings and search engines see them. */
class CommentsIT {

    private static final String EVIL = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf("sites/replies", dir);
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err());
    }

    private static Document alpha() {
        return site.page("world/alpha/index.html");
    }

    @Test
    void repliesAreThreadedOldestFirstAndNestNoDeeperThanTheSiteSays() {
        Element comments = alpha().selectFirst("section#comments");
        assertEquals("4 Replies", comments.selectFirst("h2").text());
        List<String> outline = comments.select("li.comment").stream()
                .map(li -> li.className().replace("comment depth-", "") + ":" + li.id()).toList();
        assertEquals(List.of("1:comment-a0", "1:comment-a1", "2:comment-a2", "2:comment-a3"), outline);
        // a3 answers a2, which is already at the deepest level (maxDepth: 2), so it follows a2 under a1
        assertEquals(List.of("comment-a2", "comment-a3"),
                comments.select("#comment-a1 > ol > li").eachAttr("id"));
    }

    @Test
    void eachReplyHasAnAnchorAuthorDateAndBody() {
        Element a1 = alpha().selectFirst("#comment-a1");
        assertEquals("#comment-a1", a1.selectFirst(".comment-permalink").attr("href"));
        assertEquals("2026-01-05T10:00:00Z", a1.selectFirst("time").attr("datetime"));
        assertEquals("5 January 2026, 10:00", a1.selectFirst("time").text());
        Element author = a1.selectFirst(".comment-author a");
        assertEquals("Ana", author.text());
        assertEquals("https://ana.example/", author.attr("href"));
        assertEquals("nofollow ugc noopener", author.attr("rel"));
        assertEquals("First, with a link.", a1.selectFirst(".comment-content").text());
        assertEquals("nofollow ugc noopener", a1.selectFirst(".comment-content a").attr("rel"));
    }

    @Test
    void replyLinksAnswerAReplyUntilTheDeepestLevel() {
        Element link = alpha().selectFirst("#comment-a1 > article .comment-reply-link");
        assertEquals("?replyto=a1#reply", link.attr("href"));
        assertEquals("a1", link.attr("data-replyto"));
        assertEquals("Reply to Ana", link.attr("aria-label"));
        assertNull(alpha().selectFirst("#comment-a2 .comment-reply-link"), "a2 is at the deepest level");
        Element form = alpha().selectFirst("form.reply-form");
        assertEquals("", form.selectFirst("input[type=hidden][name=replyTo]").val());
        assertEquals("en-GB", form.selectFirst("input[type=hidden][name=lang]").val());
    }

    @Test
    void markupFromAReaderIsTextAndItsLinksAreDropped() {
        Element a0 = alpha().selectFirst("#comment-a0");
        assertEquals(EVIL, a0.selectFirst(".comment-author").text());
        assertEquals(EVIL + "\nclick pixel </script><!--", a0.selectFirst(".comment-content").wholeText().strip());
        assertEquals(List.of("https://evil.example/track.png"), a0.select(".comment-content a").eachAttr("href"));
        assertTrue(a0.select("img, script").isEmpty());
        SafetyIT.assertNoActiveContent(site);
    }

    @Test
    void theReplyCountShowsOnTheArticleAndOnListings() {
        assertEquals("4 replies", alpha().selectFirst(".article-meta .reply-count").text());
        Document section = site.page("world/index.html");
        Element card = section.select(".card").stream().filter(c -> c.text().contains("Alpha")).findFirst().orElseThrow();
        assertEquals("/news/world/alpha/#comments", card.selectFirst(".reply-count").attr("href"));
        assertEquals("4 replies", card.selectFirst(".reply-count").text());
        Element beta = section.select(".card").stream().filter(c -> c.text().contains("Beta")).findFirst().orElseThrow();
        assertNull(beta.selectFirst(".reply-count"));
        assertNull(site.page("world/beta/index.html").selectFirst("#comments"));
    }

    @Test
    void theJsonLdListsTheRepliesThreaded() {
        Element script = alpha().selectFirst("script[type=application/ld+json]");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) Json.list(((Map<String, Object>) Json.parse(script.data()))
                .get("@graph")).get(0);
        assertEquals("NewsArticle", data.get("@type"));
        assertEquals("Alpha Storm Reaches the Coast", data.get("headline"));
        assertEquals(4L, ((Number) data.get("commentCount")).longValue());
        List<?> top = Json.list(data.get("comment"));
        assertEquals(2, top.size());
        Map<?, ?> first = (Map<?, ?>) top.get(0);
        assertEquals("Comment", first.get("@type"));
        assertEquals("https://example.org/news/world/alpha/#comment-a0", first.get("@id"));
        assertEquals(EVIL, ((Map<?, ?>) first.get("author")).get("name"));
        Map<?, ?> ana = (Map<?, ?>) top.get(1);
        assertEquals("https://ana.example/", ((Map<?, ?>) ana.get("author")).get("url"));
        assertEquals("First, with a link.", ana.get("text"));
        assertEquals(2, Json.list(ana.get("comment")).size());
        Map<?, ?> beta = (Map<?, ?>) Json.list(((Map<?, ?>) Json.parse(site.page("world/beta/index.html")
                .selectFirst("script[type=application/ld+json]").data())).get("@graph")).get(0);
        assertEquals(0L, ((Number) beta.get("commentCount")).longValue());
        assertNull(beta.get("comment"));
    }

    @Test
    void anArticlePageWithRepliesIsValidHtml() throws Exception {
        assertEquals(List.of(), new HtmlChecker().errors(site.output().resolve("world/alpha/index.html").toFile()));
        assertEquals(List.of(), new HtmlChecker().errors(site.output().resolve("replies/thanks/index.html").toFile()));
    }

    @Test
    void theThankYouPageExistsButIsNotInTheSitemap() {
        assertEquals("Thank you for your reply", site.page("replies/thanks/index.html").selectFirst("h1").text());
        assertFalse(site.text("sitemap.xml").contains("thanks"));
    }

    @Test
    void theThankYouPageLinksBackOnlyToAPageOfTheSite() throws Exception {
        List<String> queries = List.of("?to=%2Fnews%2Fworld%2Falpha%2F",
                "?to=%2Fnews%2Fworld%2Falpha%2F%3Fx%3D1%23comment-a1",
                "?to=%2F%09%2Fevil.example%2F", "?to=%2F%0D%2Fevil.example%2F", "?to=%2F%0A%2Fevil.example%2F",
                "?to=%2Fnews%2F%09%2Fevil.example%2F", "?to=%2F%5Cevil.example%2F", "?to=%5C%5Cevil.example%2F",
                "?to=%2F%2Fevil.example%2Fnews%2F", "?to=%2Fnews%2F%252F%252Fevil.example", "?to=%2Fnews%2F%255Cevil",
                "?to=https%3A%2F%2Fevil.example%2Fnews%2F", "?to=javascript%3Aalert(1)%2F%2Fnews%2F",
                "?to=%2Fnews%2F..%2F..%2Fadmin%2F", "?to=%2Fnews%2F%252e%252e%2Fadmin%2F", "?to=%2Fother%2F",
                "?to=%2Fnews%2Fworld%2F%E2%80%A8x", "?to=%2Fnews%2F%25", "?to=", "");
        String home = "/news/|Back to the front page";
        assertEquals(List.of("/news/world/alpha/|Back to the article", "/news/world/alpha/?x=1#comment-a1|Back to the article",
                home, home, home, home, home, home, home, home, home, home, home, home, home, home, home, home, home, home),
                runThankYouScript(queries));
    }

    /**
     * Runs the thank-you page's script in Node.js once for each query string of the page's URL,
     * and gives the back link's href and text after each.
     */
    private static List<String> runThankYouScript(List<String> queries) throws Exception {
        Document page = site.page("replies/thanks/index.html");
        Element link = page.getElementById("reply-back");
        String script = page.select("script").stream().filter(s -> s.attributesSize() == 0).findFirst().orElseThrow().data();
        String harness = "const vm = require('vm'); const script = require('fs').readFileSync(0, 'utf8');"
                + "for (const query of JSON.parse(process.argv[1])) {"
                + "  const attributes = JSON.parse(process.argv[2]);"
                + "  const link = {href: attributes.href, textContent: attributes.text, getAttribute: n => attributes[n]};"
                + "  vm.runInNewContext(script, {window: {URL, URLSearchParams}, URL, URLSearchParams,"
                + "    location: new URL('https://example.org/news/replies/thanks/' + query), document: {getElementById: () => link}});"
                + "  console.log(link.href + '|' + link.textContent);"
                + "}";
        Process node;
        try {
            node = new ProcessBuilder("node", "-e", harness, org.broadsheet.json.Json.write(queries), org.broadsheet.json.Json.write(org.broadsheet.json.Json.object("href", link.attr("href"),
                    "data-article-text", link.attr("data-article-text"), "text", link.text()))).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("Node.js (node) is not installed: " + e.getMessage());
            throw e;
        }
        try (var in = node.getOutputStream()) {
            in.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, node.waitFor(), err);
        return out.lines().toList();
    }

    @Test
    void theBuildListsThePublishedArticlesForTheIntake() throws Exception {
        assertEquals(List.of(
                "world/alpha\thttps://example.org/news/world/alpha/\thttps://example.org/news/replies/thanks/",
                "world/beta\thttps://example.org/news/world/beta/\thttps://example.org/news/replies/thanks/"),
                Files.readAllLines(dir.resolve(".broadsheet/replies/articles.tsv")).stream()
                        .filter(l -> !l.startsWith("#")).toList());
    }

    @Test
    void aPreviewWithDraftsDoesNotOpenThemToReplies(@TempDir Path other) throws Exception {
        TestSite preview = TestSite.copyOf("sites/replies", other);
        assertEquals(0, preview.build("--drafts").exitCode());
        assertEquals(1, preview.page("world/draft/index.html").select("li.comment").size(), "its approved reply shows");
        assertFalse(Files.readString(other.resolve(".broadsheet/replies/articles.tsv")).contains("world/draft"));
    }

    @Test
    void renamedFieldsAreWhatTheFormSends(@TempDir Path other) {
        TestSite renamed = TestSite.in(other)
                .file("broadsheet.yml", "comments:\n  endpoint: https://api.example/entry\n  fields:\n"
                        + "    comment: fields[message]\n    name: fields[name]\n    replyTo: options[parent]\n    honeypot: _gotcha\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        assertEquals(0, renamed.build().exitCode());
        Element form = renamed.page("world/a/index.html").selectFirst("form.reply-form");
        assertEquals("https://api.example/entry", form.attr("action"));
        assertEquals(List.of("fields[message]", "fields[name]", "email", "website", "_gotcha", "article",
                "options[parent]", "lang"), form.select("[name]").eachAttr("name"));
        assertNotNull(form.selectFirst("label[for=reply-trap]"));
    }

    @Test
    void withoutAnEndpointRepliesStayButCannotBeAnswered(@TempDir Path other) throws Exception {
        TestSite closed = TestSite.copyOf("sites/replies", other);
        Files.writeString(other.resolve("broadsheet.yml"), "title: Closed\n");
        assertEquals(0, closed.build().exitCode());
        Document page = closed.page("world/alpha/index.html");
        assertEquals(4, page.select("li.comment").size());
        assertTrue(page.select(".comment-reply-link, form.reply-form").isEmpty());
        assertFalse(closed.exists("replies/thanks/index.html"));
    }
}

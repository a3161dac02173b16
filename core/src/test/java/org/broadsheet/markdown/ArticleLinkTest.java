package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleLinkTest {

    @Test
    void aMarkdownFileIsFoundFromTheArticlesFolderOrFromContent() {
        assertEquals(Optional.of("world/b.md"), ArticleLink.target("b.md", "world/"));
        assertEquals(Optional.of("politics/vote.md"), ArticleLink.target("../politics/vote.md#results", "world/"));
        assertEquals(Optional.of("politics/vote.md"), ArticleLink.target("/politics/vote.md?x=1", "world/"));
        assertEquals(Optional.of("world/flood/index.md"), ArticleLink.target("./flood/index.md", "world/"));
        assertEquals(Optional.of("about.markdown"), ArticleLink.target("../../about.MARKDOWN".toLowerCase(), "world/flood/"));
        assertEquals(Optional.of("world/café story.md"), ArticleLink.target("caf%C3%A9%20story.md", "world/"));
    }

    @Test
    void otherLinksAreNotArticles() {
        for (String url : List.of("b.html", "photo.md.jpg", "https://example.org/b.md", "//cdn.example/b.md", "#b.md",
                "mailto:x@example.org", "")) {
            assertEquals(Optional.empty(), ArticleLink.target(url, "world/"), url);
        }
    }

    @Test
    void aPathOutOfContentKeepsItsClimbSoTheBuildCanReportIt() {
        assertEquals(Optional.of("../b.md"), ArticleLink.target("../../b.md", "world/"));
        assertEquals(Optional.of("../b.md"), ArticleLink.target("/../b.md", "world/"));
        assertEquals(Optional.of("../../etc/passwd.md"), ArticleLink.target("../../../etc/passwd.md", "world/"));
    }

    @Test
    void placeholdersBecomeTheArticlesUrlsWithQueryAndFragment() {
        String html = "<p><a href=\"" + ArticleLink.placeholder("world/café story.md", "caf%C3%A9%20story.md#top")
                + "\">x</a> <a href=\"" + ArticleLink.placeholder("politics/vote.md", "../politics/vote.md?a=1&amp;b=2")
                + "\">y</a> <a href=\"/plain/\">z</a></p>";
        Map<String, String> urls = Map.of("world/café story.md", "/news/world/cafe-story/", "politics/vote.md", "/news/vote/");
        assertEquals("<p><a href=\"/news/world/cafe-story/#top\">x</a> <a href=\"/news/vote/?a=1&amp;b=2\">y</a> "
                + "<a href=\"/plain/\">z</a></p>", ArticleLink.resolve(html, urls::get));
    }

    @Test
    void theMarkdownStageWritesPlaceholdersAndListsTheLinksWithTheirLines() {
        MarkdownRenderer renderer = new MarkdownRenderer(false);
        RenderedMarkdown md = renderer.renderArticle("Intro.\n\nSee [b](b.md) and [c][c].\n\n[c]: /x/c.md\n", "/news/",
                "/news/world/", "world/", ImageSizer.NONE, false);
        assertEquals(List.of(new ArticleLink("b.md", "world/b.md", 3), new ArticleLink("/x/c.md", "x/c.md", 3)), md.links());
        assertEquals("<p>Intro.</p>\n<p>See <a href=\"broadsheet-article:world/b.md\">b</a> and "
                + "<a href=\"broadsheet-article:x/c.md\">c</a>.</p>\n", md.html());
        assertEquals(List.of(), renderer.render("See [b](b.md).", "/news/", "/news/world/").links(),
                "a reply's links are not articles'");
        assertEquals("<p>See <a href=\"/news/world/b.md\">b</a>.</p>\n",
                renderer.render("See [b](b.md).", "/news/", "/news/world/").html());
    }
}

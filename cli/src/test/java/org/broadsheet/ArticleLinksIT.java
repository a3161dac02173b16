package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authors link to other articles by their files, as they do on GitHub and in their editors, and
 * readers get the articles' pages: whatever slug, date or language decides the URL, and after
 * the linked article moves.
 */
class ArticleLinksIT {

    static TestSite site(Path dir) {
        return TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/news/\npermalink: /:year/:month/:slug/\n")
                .article("content/world/storm.md", "title: Storm Hits the Coast\ndate: 2026-01-05T10:00:00Z", """
                        As we [reported on Monday](warning.md#timeline), the [vote][v] was delayed.
                        See the [photo essay](/world/flood/index.md) and [the desk](../about.md "About us").

                        [v]: ../politics/vote.md?ref=storm
                        """)
                .article("content/world/warning.md", "title: Warning Issued\ndate: 2026-01-04T10:00:00Z\nslug: storm-warning",
                        "## Timeline\n\nIt began at dawn.")
                .article("content/world/flood/index.md", "title: The Flood in Pictures\ndate: 2026-01-03T10:00:00Z", "Photos.")
                .article("content/politics/vote.md", "title: Vote Delayed\ndate: 2025-12-30T10:00:00Z", "No vote.")
                .article("content/about.md", "title: About\ndate: 2025-01-01", "The desk.");
    }

    @Test
    void linksToArticleFilesLeadToTheirPages(@TempDir Path dir) {
        TestSite site = site(dir).built();
        Document page = site.page("2026/01/storm/index.html");
        List<String> hrefs = page.select("article a[href]").eachAttr("href").stream()
                .filter(h -> !h.startsWith("#") && !h.contains("/tags/") && !h.contains("/authors/")).toList();
        assertTrue(hrefs.containsAll(List.of("/news/2026/01/storm-warning/#timeline", "/news/2025/12/vote/?ref=storm",
                "/news/2026/01/flood/", "/news/about/")), hrefs.toString());
        assertEquals("About us", page.selectFirst("a[href=/news/about/]").attr("title"));
        String feed = site.text("feed.xml");
        assertTrue(feed.contains("https://example.org/news/2026/01/storm-warning/#timeline"), feed);
        assertTrue(TestSite.run("check", "--source", site.root().toString()).out().lines()
                .noneMatch(line -> line.contains("storm.md")), "check finds every link");
    }

    @Test
    void whenALinkedArticleMovesTheLinkFollowsInTheNextBuild(@TempDir Path dir) throws Exception {
        TestSite site = site(dir).built();
        // another section, no shared tags: nothing else on the storm page changes with it
        String moved = "title: Vote Delayed\ndate: 2025-12-30T10:00:00Z\nslug: vote-delayed-again";
        site.article("content/politics/vote.md", moved, "No vote.").built();
        assertTrue(site.text("2026/01/storm/index.html").contains("href=\"/news/2025/12/vote-delayed-again/?ref=storm\""));
        TestSite clean = site(dir.resolve("clean")).article("content/politics/vote.md", moved, "No vote.").built();
        assertEquals(List.of(), TestSite.differences(TestSite.snapshot(clean.output()), TestSite.snapshot(site.output())));
    }

    @Test
    void aLinkToNoArticleIsAnErrorAtItsLineAndOneToADraftAWarning(@TempDir Path dir) {
        TestSite site = site(dir)
                .article("content/world/draft.md", "title: Not Yet\ndate: 2026-01-02\ndraft: true", "Soon.")
                .article("content/world/later.md", "title: Later\ndate: 2099-01-01T09:00:00Z", "Much later.")
                .article("content/world/links.md", "title: Links\ndate: 2026-01-06", """
                        First line.

                        A [draft](draft.md), a [scheduled piece](later.md) and [nothing](../wrold/vote.md).

                        [Out](../../../etc/passwd.md).
                        """);
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/world/links.md:7: link \"../wrold/vote.md\" leads nowhere: there is no "
                + "article content/wrold/vote.md"), run.err());
        assertTrue(run.err().contains("content/world/links.md:9: link \"../../../etc/passwd.md\" leads out of content/,"
                + " where no article can be; link an article by its path in content/"), run.err());
        assertTrue(run.err().contains("content/world/links.md:7: warning: link \"draft.md\" leads nowhere until "
                + "content/world/draft.md is no longer a draft"), run.err());
        assertTrue(run.err().contains("content/world/links.md:7: warning: link \"later.md\" leads nowhere until "
                + "content/world/later.md is published on 2099-01-01T09:00Z"), run.err());
    }

    @Test
    void aLinkToAFileNameWithAControlCharacterIsAnErrorAtItsLine(@TempDir Path dir) {
        TestSite site = site(dir).article("content/world/links.md", "title: Links\ndate: 2026-01-06",
                "First line.\n\nA [nul](vote%00.md).\n");
        TestSite.Run run = site.build();
        assertEquals(List.of("content/world/links.md:7: link \"vote%00.md\" names no file: a file name cannot hold the"
                + " control character U+0000", "Build failed: 1 error. No site was written."), run.errLines());
    }
}

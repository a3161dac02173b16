package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article's old addresses ({@code aliases:}) keep working: each is a small page that sends
 * readers and search engines on to where the article is now. An old address that another page
 * already uses is refused.
 */
class AliasesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = site(dir).built();
    }

    static TestSite site(Path root) {
        return TestSite.in(root)
                .file("broadsheet.yml", "title: The Gazette\nbaseUrl: https://example.org/news/\n")
                .article("content/world/storm.md", """
                        title: Storm Hits the Coast
                        date: 2026-01-05T10:00:00Z
                        aliases: [/old/storm/, /2025/storm.html, /old/no-slash]
                        """, "The storm.")
                .article("content/world/calm.md", "title: Calm\ndate: 2026-01-04T10:00:00Z", "Calm.")
                .article("content/about.md", "title: About Us\ndate: 2026-01-01\naliases: [/about-us/]", "About.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"old/storm/index.html", "2025/storm.html", "old/no-slash/index.html"})
    void eachAliasIsARedirectToTheArticle(String alias) {
        Document redirect = site.page(alias);
        assertEquals("0; url=/news/world/storm/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/news/world/storm/", redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
        // for a reader whose browser does not follow the refresh
        assertEquals("Storm Hits the Coast", redirect.selectFirst("body a[href=/news/world/storm/]").text());
    }

    @Test
    void aStandalonePageKeepsItsOldAddressToo() {
        Document redirect = site.page("about-us/index.html");
        assertEquals("0; url=/news/about/", redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("https://example.org/news/about/", redirect.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void aliasesAreNotInTheSitemap() {
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/news/world/storm/</loc>"));
        assertFalse(sitemap.contains("old/"), sitemap);
        assertFalse(sitemap.contains("about-us"), sitemap);
    }

    /** Gives content/world/calm.md these aliases and builds; the build must fail. Returns its first error. */
    static String firstErrorWithCalmAliases(TestSite site, String aliases) {
        site.article("content/world/calm.md", "title: Calm\ndate: 2026-01-04T10:00:00Z\naliases: " + aliases, "Calm.");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        return run.errLines().get(0);
    }

    /** As {@link #firstErrorWithCalmAliases}, on a site built before, which the failed build must leave as it was. */
    static String firstErrorLeavingTheSiteAlone(Path folder, String aliases) {
        TestSite built = site(folder).built();
        Map<String, String> before = TestSite.snapshot(built.output());
        String error = firstErrorWithCalmAliases(built, aliases);
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(built.output())));
        return error;
    }

    @Test
    void anAliasTakingAnotherArticlesPathIsAnErrorNamingBothAndLeavesTheSiteAlone(@TempDir Path other) {
        assertEquals("content/world/calm.md:4: alias /world/storm/ would be written to world/storm/index.html,"
                + " which content/world/storm.md:1 also writes to; give one of them another slug or path",
                firstErrorLeavingTheSiteAlone(other, "[/world/storm/]"));
    }

    /** robots.txt is a file; an alias /robots.txt would be the folder robots.txt/ with an index.html in it. */
    @Test
    void anAliasInsideAFileTheSiteWritesIsAnErrorAtItsLineAndLeavesTheSiteAlone(@TempDir Path other) {
        assertEquals("content/world/calm.md:4: alias /robots.txt/ would be written to robots.txt/index.html, inside"
                + " robots.txt, which the built-in robots.txt writes as a file; give one of them another slug or path",
                firstErrorLeavingTheSiteAlone(other, "[/robots.txt]"));
        String feed = firstErrorWithCalmAliases(site(other.resolve("feed")), "[/world/feed.xml/older/]");
        assertTrue(feed.startsWith("content/world/calm.md:4: alias /world/feed.xml/older/ would be written to"
                + " world/feed.xml/older/index.html, inside world/feed.xml, which "), feed);
    }

    @Test
    void twoArticlesClaimingOneOldAddressIsAnErrorNamingBoth(@TempDir Path other) {
        String error = firstErrorWithCalmAliases(site(other), "[/old/storm/]");
        assertTrue(error.contains("content/world/calm.md") && error.contains("content/world/storm.md")
                && error.contains("old/storm/index.html"), error);
    }

    @Test
    void anAliasTakingAListingsPathIsAnError(@TempDir Path other) {
        assertEquals("content/world/calm.md:4: alias /world/ would be written to world/index.html, which the section"
                + " page of \"World\" also writes to; give one of them another slug or path",
                firstErrorWithCalmAliases(site(other), "[/world/]"));
    }

    @Test
    void anAliasThatIsNotASitePathIsAnErrorAtItsLine(@TempDir Path other) {
        assertEquals("content/world/calm.md:4: alias \"https://elsewhere.example/calm/\" must be a site path such as"
                + " /world/old-headline/", firstErrorWithCalmAliases(site(other), "[https://elsewhere.example/calm/]"));
    }
}

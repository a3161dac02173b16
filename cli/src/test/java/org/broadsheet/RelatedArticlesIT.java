package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader is offered under an article: up to five related articles, ranked by the tags
 * they share (rarer tags count for more, newer first on a tie), and the previous and next
 * article of the same section.
 */
class RelatedArticlesIT {

    static TestSite site;

    /**
     * Ten articles. Storms and Harbours are on three each, Weather on six, so a shared Storms or
     * Harbours counts for more than a shared Weather. The candidates are dated so that ranking
     * them by date alone would give the opposite order.
     */
    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir);
        article("opinion/three-shared", "01", "[Storms, Harbours, Weather]");
        article("opinion/two-shared", "02", "[Harbours, Weather]");
        article("opinion/rare-tag", "03", "[Storms]");
        article("opinion/common-oldest", "04", "[Weather]");
        article("opinion/common-middle", "05", "[Weather]");
        article("opinion/common-newest", "06", "[Weather]");
        article("world/older-in-world", "07", "[]");
        article("business/between-elsewhere", "08", "[]");
        article("world/subject", "09", "[Storms, Harbours, Weather]");
        article("world/newer-in-world", "10", "[]");
        site.built();
    }

    static void article(String path, String day, String tags) {
        String slug = path.substring(path.indexOf('/') + 1);
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        site.article("content/" + path + ".md", "title: " + title + "\ndate: 2026-01-" + day + "T09:00:00Z\ntags: " + tags,
                "Text.");
    }

    static List<String> related(String path) {
        return site.page(path + "/index.html").select("section.related .card-title").eachText();
    }

    @Test
    void moreSharedTagsRankFirstAndRarerTagsWeighMore() {
        assertEquals(List.of("Three shared", "Two shared", "Rare tag", "Common newest", "Common middle"),
                related("world/subject"));
    }

    @Test
    void articlesSharingEquallyAreNewestFirstAndAtMostFiveAreShown() {
        assertEquals(List.of("Subject", "Common middle", "Common oldest", "Two shared", "Three shared"),
                related("opinion/common-newest"));
    }

    @Test
    void anArticleSharingNoTagsHasNoRelatedArticles() {
        assertNull(site.page("world/older-in-world/index.html").selectFirst("section.related"));
    }

    @Test
    void previousAndNextAreTheNeighboursInTheSameSection() {
        Document page = site.page("world/subject/index.html");
        assertEquals("/world/older-in-world/", page.selectFirst(".story-nav a.previous[rel=prev]").attr("href"));
        assertEquals("/world/newer-in-world/", page.selectFirst(".story-nav a.next[rel=next]").attr("href"));
        assertEquals("Next Newer in world", page.selectFirst(".story-nav a.next").text());
    }

    @Test
    void theOldestAndNewestOfASectionLinkOnlyOneWay() {
        Document oldest = site.page("world/older-in-world/index.html");
        assertNull(oldest.selectFirst(".story-nav a.previous"));
        assertEquals("/world/subject/", oldest.selectFirst(".story-nav a.next").attr("href"));
        Document newest = site.page("world/newer-in-world/index.html");
        assertEquals("/world/subject/", newest.selectFirst(".story-nav a.previous").attr("href"));
        assertNull(newest.selectFirst(".story-nav a.next"));
        assertNull(site.page("business/between-elsewhere/index.html").selectFirst(".story-nav"),
                "alone in its section");
    }
}

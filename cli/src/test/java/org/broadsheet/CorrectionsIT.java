package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that changed after they were published: "Updated" with the time, and corrections
 * appended at the end of the article with their dates, in the page's language and in its
 * structured data.
 */
class CorrectionsIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/\nlanguage: es\ntimezone: America/Caracas\n")
                .article("content/world/vote.md", """
                        title: La votación
                        date: 2026-01-05T10:00:00-04:00
                        updated: 2026-01-06T09:30:00-04:00
                        corrections:
                          - date: 2026-01-07T08:00:00-04:00
                            text: Se corrigió el *nombre* del ministro. <script>x()</script>
                          - date: 2026-01-06T09:30:00-04:00
                            text: La votación es el martes, no el lunes ([calendario](https://example.org/calendario/)).
                        """, "Texto.\n")
                .article("content/world/plain.md", "title: Sin cambios\ndate: 2026-01-04T10:00:00-04:00", "Texto.\n")
                .built();
    }

    @Test
    void correctionsShowAtTheEndOldestFirstWithTheirDatesInThePagesLanguage() {
        Document page = site.page("world/vote/index.html");
        Element corrections = page.selectFirst("article .article-body + aside.corrections");
        assertEquals("Correcciones", corrections.selectFirst("h2").text());
        List<String> dates = corrections.select("li time").eachAttr("datetime");
        assertEquals(List.of("2026-01-06T09:30:00-04:00", "2026-01-07T08:00:00-04:00"), dates);
        Element second = corrections.select("li").get(1);
        assertEquals("nombre", second.selectFirst("em").text());
        assertNull(second.selectFirst("script"), "HTML in a correction is shown as text");
        assertTrue(second.text().contains("<script>x()</script>"), second.text());
        assertNull(site.page("world/plain/index.html").selectFirst(".corrections"));
        Element link = corrections.select("li").get(0).selectFirst("a");
        assertEquals("https://example.org/calendario/", link.attr("href"));
        assertFalse(link.hasAttr("rel"), "the newsroom's own link: no nofollow or ugc");
    }

    @Test
    void anUpdatedArticleShowsWhenAndSaysSoInItsStructuredData() {
        Document page = site.page("world/vote/index.html");
        assertEquals("2026-01-06T09:30:00-04:00", page.selectFirst(".dates time + time, .dates time:nth-of-type(2)")
                .attr("datetime"));
        assertTrue(page.selectFirst(".dates").text().contains("Actualizado"), page.selectFirst(".dates").text());
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"dateModified\":\"2026-01-06T09:30:00-04:00\""), json);
        assertTrue(json.contains("\"correction\":[{\"@type\":\"CorrectionComment\",\"datePublished\":"
                + "\"2026-01-06T09:30:00-04:00\",\"text\":\"La votación es el martes, no el lunes (calendario).\"}"), json);
        assertFalse(site.page("world/plain/index.html").selectFirst("script[type=application/ld+json]").data()
                .contains("correction"));
    }

    @Test
    void aCorrectionWithoutTextFailsTheBuildAtItsLine(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir).article("content/world/a.md",
                "title: A\ndate: 2026-01-05\ncorrections:\n  - date: 2026-01-06", "Text.\n").build();
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("content/world/a.md:5: correction 1 has no text saying what was corrected", run.errLines().get(0));
    }
}

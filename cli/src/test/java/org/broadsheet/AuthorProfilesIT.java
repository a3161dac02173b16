package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** authors/<slug>.yml: what an author's page says about them. */
class AuthorProfilesIT {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.in(dir.resolve("paper"))
                .file("broadsheet.yml", """
                        title: The Test Times
                        baseUrl: https://example.org/news/
                        languages:
                          - code: en-US
                          - code: es-VE
                        """)
                .article("content/world/storm.md", """
                        title: Storm Reaches the Coast
                        date: 2026-01-05T10:00:00Z
                        author: Ana Pérez
                        """, "A storm reached the coast.\n")
                .article("content/world/storm.es.md", """
                        title: La tormenta llega a la costa
                        date: 2026-01-05T10:00:00Z
                        author: Ana Pérez
                        """, "Una tormenta llegó a la costa.\n")
                .article("content/world/vote.md", """
                        title: Vote Passes
                        date: 2026-01-04T10:00:00Z
                        author: Bo Li
                        """, "The vote passed.\n");
    }

    @Test
    void theAuthorsPageShowsTheirRoleBioPhotoAndLinksInThePagesLanguage() {
        TestSite site = site().file("authors/ana-perez.yml", """
                name: Ana Pérez Ruiz
                role: {en-US: Climate reporter, es-VE: Reportera de clima}
                photo: /images/ana.jpg
                bio:
                  en-US: Ana covers <weather> & the coast.
                  es: Ana cubre el clima y la costa.
                links:
                  - {title: Email, url: "mailto:ana@example.org"}
                  - {title: Mastodon, url: "https://mastodon.example/@ana"}
                """);

        assertEquals(0, site.build().exitCode());

        Document english = site.page("authors/ana-perez/index.html");
        assertEquals("Ana Pérez Ruiz", english.selectFirst("h1").text());
        assertEquals("Climate reporter", english.selectFirst(".profile-role").text());
        assertEquals("Ana covers <weather> & the coast.", english.selectFirst(".profile-bio").text());
        assertTrue(site.text("authors/ana-perez/index.html").contains("Ana covers &lt;weather&gt; &amp; the coast."));
        assertEquals("/news/images/ana.jpg", english.selectFirst(".profile-photo").attr("src"));
        assertEquals(List.of("mailto:ana@example.org", "https://mastodon.example/@ana"),
                english.select(".profile-links a[rel=me]").eachAttr("href"));
        assertEquals("Ana covers <weather> & the coast.", english.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/news/images/ana.jpg", english.selectFirst("meta[property=og:image]").attr("content"));
        // the byline on the article links to the page that carries the profile's name
        assertEquals("Ana Pérez", site.page("world/storm/index.html").selectFirst("a[href=/news/authors/ana-perez/]").text());

        Document spanish = site.page("es/authors/ana-perez/index.html");
        assertEquals("Reportera de clima", spanish.selectFirst(".profile-role").text());
        assertEquals("Ana cubre el clima y la costa.", spanish.selectFirst(".profile-bio").text());
    }

    @Test
    void theProfileIsTheStructuredDataOfThePage() {
        TestSite site = site().file("authors/ana-perez.yml", """
                role: Climate reporter
                bio: Ana covers the coast.
                links: {Website: "https://ana.example/", Email: "mailto:ana@example.org"}
                """);

        assertEquals(0, site.build().exitCode());

        String json = site.page("authors/ana-perez/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"@type\":\"ProfilePage\""), json);
        assertTrue(json.contains("\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Ana Pérez\","
                + "\"url\":\"https://example.org/news/authors/ana-perez/\",\"jobTitle\":\"Climate reporter\","
                + "\"description\":\"Ana covers the coast.\",\"sameAs\":[\"https://ana.example/\"]}"), json);
    }

    @Test
    void anAuthorWithoutAProfileKeepsAPlainPage() {
        TestSite site = site().file("authors/ana-perez.yml", "role: Climate reporter\n");

        assertEquals(0, site.build().exitCode());

        Document bo = site.page("authors/bo-li/index.html");
        assertEquals("Bo Li", bo.selectFirst("h1").text());
        assertNull(bo.selectFirst(".profile"));
        assertEquals(List.of("Vote Passes"), bo.select(".card-title").eachText());
    }

    @Test
    void wrongValuesAreReportedAtTheirLineAndTheBuildStops() {
        TestSite site = site()
                .file("authors/ana-perez.yml", """
                        role: Climate reporter
                        photo: ana.jpg
                        links:
                          - {title: Home, url: "javascript:alert(1)"}
                          - {title: Feed, url: "data:text/html,x"}
                        """)
                .file("authors/Bo Li.yml", "role: Editor\n")
                .file("authors/broken.yml", "role: [unclosed\n");

        TestSite.Run run = site.build();

        assertEquals(1, run.exitCode(), run.toString());
        String err = run.err();
        assertTrue(err.contains("authors/ana-perez.yml:2: photo \"ana.jpg\" must be an http(s) URL or a site path"), err);
        assertTrue(err.contains("authors/ana-perez.yml:3: link \"javascript:alert(1)\" must be an http(s) or mailto URL"), err);
        assertTrue(err.contains("authors/ana-perez.yml:3: link \"data:text/html,x\" must be an http(s) or mailto URL"), err);
        assertTrue(err.contains("authors/Bo Li.yml: is not named by an author's slug"), err);
        assertTrue(err.contains("authors/broken.yml:2:1: invalid YAML: expected ',' or ']', but got the end of the file "
                + "(in the [ ] list that starts on line 1)"), err);
        assertFalse(Files.exists(site.output().resolve("authors")));
    }

    @Test
    void aProfileNoBylineUsesIsAWarning() {
        TestSite site = site().file("authors/ana-peres.yml", "role: Climate reporter\n");

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("authors/ana-peres.yml: warning: no article is by an author whose page is "
                + "/authors/ana-peres/"), run.err());
    }

    @Test
    void editingAProfileRebuildsTheAuthorsPages() throws Exception {
        TestSite site = site().file("authors/ana-perez.yml", "role: Climate reporter\n");
        assertEquals(0, site.build().exitCode());

        site.file("authors/ana-perez.yml", "role: Science editor\n");
        assertEquals(0, site.build().exitCode());

        assertEquals("Science editor", site.page("authors/ana-perez/index.html").selectFirst(".profile-role").text());
        assertEquals("Science editor", site.page("es/authors/ana-perez/index.html").selectFirst(".profile-role").text());
    }
}

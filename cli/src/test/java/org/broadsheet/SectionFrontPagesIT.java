package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's section front pages, {@code content/world/_index.md}: a section's name, description, introduction and old paths. */
class SectionFrontPagesIT {

    private static final String CONFIG = "title: T\nbaseUrl: https://example.org/\ntimezone: UTC\n";

    @Test
    void eachLanguageHasItsOwnFrontPageAndFallsBackToTheDefaultOne(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", CONFIG + "languages:\n  - code: en\n  - code: es\n  - code: fr\n")
                .file("content/world/_index.md", "---\ntitle: World news\n---\n")
                .file("content/world/_index.es.md", "+++\ntitle = \"Noticias del mundo\"\n+++\nLo que pasa *fuera*.\n")
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-01", "Rain.")
                .article("content/world/storm.es.md", "title: Tormenta\ndate: 2026-01-01", "Lluvia.")
                .article("content/world/storm.fr.md", "title: Orage\ndate: 2026-01-01", "Pluie.")
                .built();
        assertEquals("World news", site.page("world/index.html").selectFirst("h1").text());
        assertEquals("Noticias del mundo", site.page("es/world/index.html").selectFirst("h1").text());
        assertEquals("Lo que pasa fuera.", site.page("es/world/index.html").selectFirst(".listing-intro").text());
        assertEquals("Noticias del mundo", site.page("es/world/storm/index.html").selectFirst(".kicker a").text());
        assertEquals("World news", site.page("fr/world/index.html").selectFirst("h1").text());
        assertEquals(null, site.page("world/index.html").selectFirst(".listing-intro"));
    }

    @Test
    void theConfigurationsNameWinsAndTheIntroShowsOnTheFirstPageOnly(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", CONFIG + "paginate: 1\nsections:\n  world: Abroad\n")
                .file("content/world/_index.md", "---\ntitle: World news\n---\nOur correspondents.\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.")
                .article("content/world/b.md", "title: B\ndate: 2026-01-02", "B.")
                .built();
        assertEquals("Abroad", site.page("world/index.html").selectFirst("h1").text());
        assertEquals("Our correspondents.", site.page("world/index.html").selectFirst(".listing-intro").text());
        assertEquals(null, site.page("world/page/2/index.html").selectFirst(".listing-intro"));
    }

    @Test
    void anEditedFrontPageIsPublishedByTheNextBuild(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", CONFIG)
                .file("content/world/_index.md", "---\ntitle: World news\n---\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.")
                .built();
        site.file("content/world/_index.md", "---\ntitle: Foreign desk\naliases: [/abroad/]\n---\n");
        TestSite.Run again = site.build();
        assertEquals(0, again.exitCode(), again::toString);
        assertEquals("Foreign desk", site.page("world/index.html").selectFirst("h1").text());
        assertEquals("Foreign desk", site.page("world/a/index.html").selectFirst(".kicker a").text());
        assertTrue(site.exists("abroad/index.html"));
    }

    @Test
    void frontPagesThatPublishNothingAreWarnings(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir).file("broadsheet.yml", CONFIG)
                .file("content/_index.md", "---\ntitle: Home\n---\n")
                .file("content/world/2021/_index.md", "---\ntitle: 2021\n---\n")
                .file("content/sports/_index.md", "---\ntitle: Sports\n---\n")
                .file("content/world/_index.de.md", "---\ntitle: Welt\n---\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.")
                .build();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/_index.md: warning: a Hugo front page (_index) is read only at the top"
                + " of a section's folder (content/world/_index.md)"), run::toString);
        assertTrue(run.err().contains("content/world/2021/_index.md: warning: a Hugo front page (_index)"), run::toString);
        assertTrue(run.err().contains("content/sports/_index.md: warning: is the front page of a section with no"
                + " published article in its language, so it makes no page (its aliases included)"), run::toString);
        assertTrue(run.err().contains("content/world/_index.de.md: warning: is the front page of section world in"
                + " language de, which the site does not publish"), run::toString);
    }

    @Test
    void badAliasesAndTwoFrontPagesForOneLanguageAreErrors(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", CONFIG)
                .file("content/world/_index.md", "---\ntitle: World\n---\n")
                .file("content/world/_index.en.md", "---\ntitle: World\n---\n")
                .file("content/sports/_index.md", "---\ntitle: Sports\n\naliases: [\"https://elsewhere.example/\"]\n---\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.")
                .article("content/sports/b.md", "title: B\ndate: 2026-01-01", "B.");
        TestSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/world/_index.md: is a second front page of section world in en-US,"
                + " as is content/world/_index.en.md; keep one of them"), run::toString);
        assertTrue(run.err().contains("content/sports/_index.md:4: alias \"https://elsewhere.example/\" must be"
                + " a site path"), run::toString);
        assertFalse(site.exists("index.html"));
    }

    @Test
    void anAliasMayNotTakeAnArticlesPlace(@TempDir Path dir) {
        TestSite.Run run = TestSite.in(dir).file("broadsheet.yml", CONFIG)
                .file("content/world/_index.md", "---\naliases: [/world/a/]\n---\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.")
                .build();
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("content/world/_index.md:2:"), run::toString);
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site in English, Spanish and Arabic: translations, the language selector, and localised pages. */
class LanguagesIT {

    @TempDir
    static Path dir;

    static TestSite site;

    static TestSite.Run run;

    @BeforeAll
    static void build() {
        site = TestSite.copyOf("sites/trilingual", dir);
        run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
    }

    static List<String> selector(Document page) {
        List<String> links = new ArrayList<>();
        for (Element link : page.select("nav.language-selector a")) {
            links.add(link.text() + " " + link.attr("href") + " " + link.attr("hreflang") + "/" + link.attr("lang")
                    + (link.hasAttr("aria-current") ? " current" : ""));
        }
        return links;
    }

    static List<String> alternates(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href")).toList();
    }

    @Test
    void eachLanguageHasItsOwnEditionUnderItsPrefix() {
        assertTrue(site.exists("index.html") && site.exists("es/index.html") && site.exists("ar/index.html"));
        assertEquals("The World Desk", site.page("index.html").selectFirst("h1").text());
        assertEquals("La Mesa Mundial", site.page("es/index.html").selectFirst("h1").text());
        assertTrue(site.exists("es/world/storm/index.html") && site.exists("ar/world/storm/index.html"));
    }

    @Test
    void theSelectorLinksAnArticleToItsTranslations() {
        assertEquals(List.of("English / en-GB/en-GB current", "Español /es/world/storm/ es-VE/es-VE",
                "العربية /ar/world/storm/ ar/ar"), selector(site.page("world/storm/index.html")).stream()
                .map(s -> s.replace("/world/storm/ en-GB", "/ en-GB")).toList());
        assertEquals(List.of("English /world/storm/ en-GB/en-GB", "Español /es/world/storm/ es-VE/es-VE current",
                "العربية /ar/world/storm/ ar/ar"), selector(site.page("es/world/storm/index.html")));
    }

    @Test
    void withoutATranslationTheSelectorLinksThatLanguagesFrontPage() {
        assertEquals(List.of("English /world/floods/ en-GB/en-GB current", "Español /es/ es-VE/es-VE",
                "العربية /ar/ ar/ar"), selector(site.page("world/floods/index.html")));
        assertEquals(List.of("English / en-GB/en-GB", "Español /es/world/solo-en-espanol/ es-VE/es-VE current",
                "العربية /ar/ ar/ar"), selector(site.page("es/world/solo-en-espanol/index.html")));
    }

    @Test
    void aSharedTranslationKeyLinksArticlesWithDifferentFileNames() {
        assertEquals(List.of("English /politics/vote/ en-GB/en-GB current", "Español /es/politics/votacion/ es-VE/es-VE",
                "العربية /ar/ ar/ar"), selector(site.page("politics/vote/index.html")));
    }

    @Test
    void hreflangAlternatesAreReciprocalWithXDefault() {
        List<String> expected = List.of("en-GB https://example.org/world/storm/", "es-VE https://example.org/es/world/storm/",
                "ar https://example.org/ar/world/storm/", "x-default https://example.org/world/storm/");
        assertEquals(expected, alternates(site.page("world/storm/index.html")));
        assertEquals(expected, alternates(site.page("es/world/storm/index.html")));
        assertEquals(expected, alternates(site.page("ar/world/storm/index.html")));
        assertEquals(List.of(), alternates(site.page("world/floods/index.html")), "no translation, no alternates");
    }

    @Test
    void listingsAndFeedsHoldOnlyTheirLanguage() {
        assertEquals(List.of("La tormenta llega a la costa", "Solo en español"),
                site.page("es/world/index.html").select(".card-title").eachText());
        assertEquals(List.of("Storm reaches the coast", "Floods recede"),
                site.page("world/index.html").select(".card-title").eachText());
        String feed = site.text("es/feed.xml");
        assertTrue(feed.contains("<title>La votación se aprueba</title>") && !feed.contains("The vote passes"), feed);
        assertTrue(feed.contains("xml:lang=\"es-VE\""), feed);
    }

    @Test
    void sectionAndTagNamesAreTranslatedWhileUrlsStay() {
        assertEquals("Mundo", site.page("es/world/index.html").selectFirst("h1").text());
        assertEquals("العالم", site.page("ar/world/index.html").selectFirst("h1").text());
        assertEquals("Clima", site.page("es/tags/climate/index.html").selectFirst("h1").text());
        assertEquals("Clima", site.page("es/world/storm/index.html").selectFirst(".tags a").text());
        assertEquals("/es/tags/climate/", site.page("es/world/storm/index.html").selectFirst(".tags a").attr("href"));
    }

    @Test
    void pagesCarryTheirLanguageAndDirection() {
        Element html = site.page("ar/world/storm/index.html").selectFirst("html");
        assertEquals("ar", html.attr("lang"));
        assertEquals("rtl", html.attr("dir"));
        assertEquals("es-VE", site.page("es/index.html").selectFirst("html").attr("lang"));
        assertEquals("ltr", site.page("es/index.html").selectFirst("html").attr("dir"));
    }

    @Test
    void fixedTextsComeFromTheLanguagesBundleAndTheSitesOverride() {
        Document es = site.page("es/world/storm/index.html");
        assertEquals("Deja tu comentario", es.selectFirst(".reply h2").text(), "the site's i18n/es.yml");
        assertEquals("Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
                es.selectFirst(".reply-note").text());
        assertEquals("Por Ana Pérez", es.selectFirst(".authors").text());
        Document ar = site.page("ar/world/storm/index.html");
        assertEquals("اترك تعليقاً", ar.selectFirst(".reply h2").text());
        assertEquals("Leave a Reply", site.page("world/storm/index.html").selectFirst(".reply h2").text());
    }

    @Test
    void datesAreWrittenInThePagesLanguage() {
        assertEquals("5 January 2026", site.page("world/index.html").selectFirst(".card time").text());
        assertEquals("5 de enero de 2026", site.page("es/world/index.html").selectFirst(".card time").text());
        assertEquals("2026-01-05T10:00:00Z", site.page("es/world/index.html").selectFirst(".card time").attr("datetime"));
    }

    @Test
    void theSitemapListsAlternatesAndIsValid() throws Exception {
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/es/world/storm/</loc>"), sitemap);
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://example.org/ar/world/storm/\"/>"),
                sitemap);
        XmlSchemas.validator("xhtml-link.xsd", "sitemap.xsd").validate(new StreamSource(new StringReader(sitemap)));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertEquals(List.of(), checker.errors(site.output().resolve(file).toFile()), file);
            }
        }
    }

    @Test
    void aLanguageWithoutTextsFallsBackAndSaysSoOnce(@TempDir Path other) {
        TestSite italian = TestSite.in(other)
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: it\n")
                .article("content/world/a.it.md", "title: Tempesta\ndate: 2026-01-01", "Testo.")
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: it\ncomments:\n  endpoint: /replies\n");
        TestSite.Run result = italian.build();
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("i18n/it.yml: warning: no texts for it; the en-US texts are used (add i18n/it.yml to translate them)"),
                result.errLines());
        assertEquals("Leave a Reply", italian.page("it/world/a/index.html").selectFirst(".reply h2").text());
        assertEquals("it", italian.page("it/world/a/index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void aSiteMayTranslateOnlySomeTextsAndHearsOfTheRest(@TempDir Path other) {
        TestSite partial = TestSite.in(other)
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: it\n")
                .file("i18n/it.yml", "leave_reply: Lascia un commento\n")
                .article("content/world/a.it.md", "title: Tempesta\ndate: 2026-01-01", "Testo.");
        TestSite.Run result = partial.build();
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.errLines().contains("i18n/it.yml: warning: no text \"by\" for it; the en-US text is used"),
                result.toString());
        assertFalse(result.errLines().stream().anyMatch(l -> l.contains("\"leave_reply\"")), result.toString());
    }

    @Test
    void twoVersionsInOneLanguageAreAnErrorNamingBoth(@TempDir Path other) {
        TestSite twice = TestSite.in(other)
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: es\n")
                .article("content/world/a.es.md", "title: A\ndate: 2026-01-01\ntranslationKey: story", "Uno.")
                .article("content/world/b.es.md", "title: B\ndate: 2026-01-01\ntranslationKey: story", "Dos.");
        TestSite.Run result = twice.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/world/b.es.md:4: is a second es version of \"story\", as is content/world/a.es.md:4; "
                + "give one of them another translationKey", result.errLines().get(0));
    }

    /** Without a translationKey, the file's path is the key, and a lang: that repeats a version is at fault. */
    @Test
    void aSecondVersionByItsLangIsAnErrorAtThatLine(@TempDir Path other) {
        TestSite twice = TestSite.in(other)
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: es\n")
                .article("content/world/storm.es.md", "title: Tormenta\ndate: 2026-01-01", "Uno.")
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-01\nlang: es\nslug: storm-two", "Dos.");
        TestSite.Run result = twice.build();
        assertEquals(List.of("content/world/storm.md:4: is a second es version of \"world/storm\", as is"
                + " content/world/storm.es.md:1; give one of them another translationKey",
                "Build failed: 1 error. No site was written."), result.errLines());
    }

    @Test
    void aLanguageTheSiteDoesNotHaveIsAnError(@TempDir Path other) {
        TestSite wrong = TestSite.in(other)
                .file("broadsheet.yml", "languages:\n  - code: en-US\n  - code: es\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01\nlang: fr", "Un.");
        TestSite.Run result = wrong.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/world/a.md:4: lang \"fr\" is not one of the site's languages (en-US, es)",
                result.errLines().get(0));
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search: each edition's index, split into fragments, holds its published articles, and its search
 * page carries a form that works as a plain GET form, the texts the script shows, and the URLs of
 * the script and the index, all under the site's sub-path.
 */
class SearchIT {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = NewsroomSite.build(dir.resolve("newsroom"));
    }

    @Test
    void theIndexHoldsEveryPublishedArticleNewestFirstAndNoDraftOrPage() {
        assertEquals(List.of("/news/world/alpha/", "/news/world/beta/", "/news/world/gamma/", "/news/politics/delta/",
                "/news/business/epsilon/"), SearchFiles.urls(site, ""));
    }

    @Test
    void anEntryHoldsWhatAResultShows() {
        Map<String, Object> alpha = SearchFiles.entries(site, "").get(0);
        assertEquals("Alpha Storm Reaches the Coast", alpha.get("title"));
        assertEquals("5 January 2026", alpha.get("date"));
        assertEquals("2026-01-05", alpha.get("time"));
        assertEquals("World News", alpha.get("section"));
        assertEquals("A storm reached the coast on Monday.", alpha.get("summary"));
        assertEquals(List.of("", "", 0L, 0L), List.of(alpha.get("image"), alpha.get("alt"), alpha.get("width"),
                alpha.get("height")), "no lead image, no thumbnail");
        assertEquals(5L, SearchFiles.meta(site, "").get("articles"), "the meta file counts the articles");
    }

    @Test
    void aWordIsFoundByItsTermsFragmentWeighedByWhereItStands() {
        Map<String, Integer> storm = SearchFiles.weights(site, "", "storm");
        assertEquals(Set.of("/news/world/alpha/"), storm.keySet());
        assertTrue(storm.get("/news/world/alpha/") > 16, "in the title, the summary and the text: " + storm);
        Map<String, Integer> climate = SearchFiles.weights(site, "", "climate");
        assertTrue(climate.values().stream().allMatch(w -> w >= 4 && w < 16), "a tag, not a title: " + climate);
        Map<String, Integer> happened = SearchFiles.weights(site, "", "happened");
        assertEquals(Map.of("/news/world/alpha/", 1), happened, "a word of the body alone");
        assertEquals(Map.of(), SearchFiles.weights(site, "", "draft"), "drafts are not indexed");
    }

    @Test
    void theFragmentsAreTheSameBytesForTheSameArticles(@TempDir Path other) {
        TestSite again = NewsroomSite.build(other);
        Map<String, String> first = SearchFiles.all(site);
        assertTrue(first.keySet().containsAll(Set.of("search/fragments/meta.json", "search/fragments/t/73746f.json")),
                first.keySet().toString());
        assertEquals(first, SearchFiles.all(again));
    }

    @Test
    void draftsAreIndexedOnlyWhenPublished(@TempDir Path other) {
        TestSite withDrafts = NewsroomSite.build(other, "--drafts");
        assertTrue(SearchFiles.urls(withDrafts, "").contains("/news/politics/draft/"));
    }

    @Test
    void eachLanguageHasAnIndexOfItsOwnArticles(@TempDir Path other) {
        TestSite trilingual = TestSite.copyOf("sites/trilingual", other);
        assertEquals(0, trilingual.build().exitCode());
        assertEquals(List.of("/world/storm/", "/world/floods/", "/politics/vote/"), SearchFiles.urls(trilingual, ""));
        assertEquals(List.of("/es/world/storm/", "/es/world/solo-en-espanol/", "/es/politics/votacion/"),
                SearchFiles.urls(trilingual, "es/"));
        assertEquals(List.of("/ar/world/storm/"), SearchFiles.urls(trilingual, "ar/"));
        Map<String, Object> storm = SearchFiles.entries(trilingual, "es/").get(0);
        assertEquals("Mundo", storm.get("section"));
        assertTrue(((String) storm.get("date")).contains(" de "), (String) storm.get("date"));
        assertEquals(Set.of("/ar/world/storm/"), SearchFiles.weights(trilingual, "ar/", "العاصفة").keySet(),
                "Arabic words are words");
        assertEquals(Map.of(), SearchFiles.weights(trilingual, "", "العاصفة"), "each edition its own words");
    }

    @Test
    void theSearchPageFormWorksAsAPlainGetForm() {
        Document page = site.page("search/index.html");
        assertEquals("Search", page.selectFirst("h1").text());
        Element form = page.selectFirst("main form[role=search]");
        assertEquals("/news/search/", form.attr("action"));
        assertEquals("get", form.attr("method"));
        Element input = form.selectFirst("input[type=search][name=q]");
        assertEquals("Search the articles", form.selectFirst("label[for=" + input.id() + "]").text());
        assertNotNull(form.selectFirst("button[type=submit]"));
        assertTrue(page.selectFirst("noscript").text().contains("needs JavaScript"));
        assertEquals("/news/tags/", page.selectFirst("noscript a").attr("href"));
        assertEquals(null, page.selectFirst("header form[role=search]"), "no second search box in the header");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"), "results pages are not for search engines");
    }

    @Test
    void theScriptLibraryAndIndexLoadFromTheSubPath() throws Exception {
        Document page = site.page("search/index.html");
        Element search = page.getElementById("search");
        assertEquals("/news/assets/search.js", page.selectFirst("script[src]").attr("src"));
        assertEquals("", search.attr("data-library"), "no search library: the worker is all");
        assertEquals("/news/assets/search-worker.js", search.attr("data-worker"));
        assertEquals("/news/search/fragments/meta.json", search.attr("data-index"));
        for (String url : List.of("/news/assets/search.js", search.attr("data-worker"), search.attr("data-index"))) {
            assertTrue(site.exists(url.substring("/news/".length())), url + " is published");
        }
    }

    @Test
    void theTextsTheScriptShowsAreOnThePage() {
        Element search = site.page("search/index.html").getElementById("search");
        assertEquals("en-GB", search.attr("data-lang"));
        assertEquals("Type a word or two: a name, a place, a topic.", search.attr("data-hint"));
        assertEquals("Loading the search index…", search.attr("data-loading"));
        assertEquals("No articles match “{0}”.", search.attr("data-none"));
        assertEquals("{0} result", search.attr("data-count-one"));
        assertEquals("{0} results", search.attr("data-count-other"));
        assertFalse(search.hasAttr("data-count-two"), "English has no dual: 2 takes the other form");
        assertEquals("More results", site.page("search/index.html").getElementById("search-more").text());
    }

    @Test
    void theSearchPageSpeaksItsEditionsLanguage(@TempDir Path other) {
        TestSite trilingual = TestSite.copyOf("sites/trilingual", other);
        assertEquals(0, trilingual.build().exitCode());
        Document es = trilingual.page("es/search/index.html");
        assertEquals("Buscar", es.selectFirst("h1").text());
        assertEquals("/es/search/fragments/meta.json", es.getElementById("search").attr("data-index"));
        assertEquals("{0} resultados", es.getElementById("search").attr("data-count-other"));
        assertEquals("{0} de resultados", es.getElementById("search").attr("data-count-many"), "a million results");
        Document ar = trilingual.page("ar/search/index.html");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        Element arabic = ar.getElementById("search");
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"), arabic.attributes().asList().stream()
                .filter(a -> a.getKey().startsWith("data-count-")).map(a -> a.getKey().substring(11)).toList(),
                "Arabic's six plural categories, in CLDR's order");
        assertEquals("نتيجتان", arabic.attr("data-count-two"));
        assertEquals("{0} نتائج", arabic.attr("data-count-few"));
        assertEquals("{0} نتيجةً", arabic.attr("data-count-many"));
        assertEquals("{0} نتيجة", arabic.attr("data-count-other"));
        assertEquals("/es/search/", trilingual.page("es/world/storm/index.html")
                .selectFirst("header form[role=search]").attr("action"), "the header searches its own edition");
    }

    @Test
    void everyPageHasASearchBoxLeadingToTheSearchPage() {
        for (String file : List.of("index.html", "world/alpha/index.html", "world/index.html", "tags/index.html",
                "404.html")) {
            Element form = site.page(file).selectFirst("header form[role=search]");
            assertEquals("/news/search/", form.attr("action"), file);
            assertEquals("get", form.attr("method"), file);
            Element input = form.selectFirst("input[name=q]");
            assertEquals("Search the articles", form.selectFirst("label[for=" + input.id() + "]").text(), file);
        }
    }

    @Test
    void theSearchPageIsValidHtml() throws Exception {
        assertEquals(List.of(), new HtmlChecker().errors(site.output().resolve("search/index.html").toFile()));
    }

    /** A result shows the lead image's thumbnail as the listings' cards do: its narrowest width, alt text and size. */
    @Test
    void anEntryWithALeadImageCarriesItsThumbnail(@TempDir Path other) {
        TestSite pictured = TestSite.in(other).file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\n")
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-05\nimage: {src: /images/storm.jpg, alt: Waves}",
                        "Text.")
                .bytes("content/images/storm.jpg", ImagesIT.image("jpg", 1000, 500));
        assertEquals(0, pictured.build().exitCode());
        Map<String, Object> storm = SearchFiles.entries(pictured, "").get(0);
        assertEquals(List.of("/images/storm-480w.jpg", "Waves", 1000L, 500L), List.of(storm.get("image"), storm.get("alt"),
                storm.get("width"), storm.get("height")));
    }
}

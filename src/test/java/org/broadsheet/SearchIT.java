package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search: each edition's index holds its published articles, and its search page carries a form
 * that works as a plain GET form, the texts the script shows, and the URLs of the script, the
 * library and the index, all under the site's sub-path.
 */
class SearchIT {

    /** The search library's version, as its WebJar says. */
    static final String VERSION = webJarVersion();

    static final String LIBRARY = "/news/assets/lunr-" + VERSION + ".min.js";

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = NewsroomSite.build(dir.resolve("newsroom"));
    }

    private static String webJarVersion() {
        try (InputStream in = SearchIT.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/lunr/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The index's entries, each as a map from field name to value. */
    static List<Map<String, String>> index(TestSite site, String path) {
        Map<?, ?> index = (Map<?, ?>) org.eclipse.jetty.util.ajax.JSON.parse(site.text(path));
        List<?> fields = Arrays.asList((Object[]) index.get("fields"));
        return Arrays.stream((Object[]) index.get("docs")).map(doc -> {
            Object[] values = (Object[]) doc;
            Map<String, String> entry = new java.util.LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                entry.put((String) fields.get(i), (String) values[i]);
            }
            return entry;
        }).toList();
    }

    static List<String> urls(List<Map<String, String>> index) {
        return index.stream().map(e -> e.get("url")).toList();
    }

    @Test
    void theIndexHoldsEveryPublishedArticleNewestFirstAndNoDraftOrPage() {
        assertEquals(List.of("/news/world/alpha/", "/news/world/beta/", "/news/world/gamma/", "/news/politics/delta/",
                "/news/business/epsilon/"), urls(index(site, "search-index.json")));
    }

    @Test
    void anEntryHoldsWhatAResultShowsAndTheStartOfTheBody() {
        Map<String, String> alpha = index(site, "search-index.json").get(0);
        assertEquals("Alpha Storm Reaches the Coast", alpha.get("title"));
        assertEquals("5 January 2026", alpha.get("date"));
        assertEquals("2026-01-05", alpha.get("time"));
        assertEquals("World News", alpha.get("section"));
        assertEquals("Climate, Energy", alpha.get("tags"));
        assertEquals("A storm reached the coast on Monday.", alpha.get("summary"));
        assertTrue(alpha.get("text").startsWith("The storm reached the coast early on Monday. What happened"),
                alpha.get("text"));
        assertFalse(alpha.get("text").contains("<"), "plain text, no markup");
    }

    @Test
    void draftsAreIndexedOnlyWhenPublished(@TempDir Path other) {
        TestSite withDrafts = NewsroomSite.build(other, "--drafts");
        assertTrue(urls(index(withDrafts, "search-index.json")).contains("/news/politics/draft/"));
    }

    @Test
    void eachLanguageHasAnIndexOfItsOwnArticles(@TempDir Path other) {
        TestSite trilingual = TestSite.copyOf("sites/trilingual", other);
        assertEquals(0, trilingual.build().exitCode());
        assertEquals(List.of("/world/storm/", "/world/floods/", "/politics/vote/"),
                urls(index(trilingual, "search-index.json")));
        assertEquals(List.of("/es/world/storm/", "/es/world/solo-en-espanol/", "/es/politics/votacion/"),
                urls(index(trilingual, "es/search-index.json")));
        assertEquals(List.of("/ar/world/storm/"), urls(index(trilingual, "ar/search-index.json")));
        Map<String, String> storm = index(trilingual, "es/search-index.json").get(0);
        assertEquals("Mundo", storm.get("section"));
        assertTrue(storm.get("date").contains(" de "), storm.get("date"));
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
        assertEquals(LIBRARY, search.attr("data-library"));
        assertEquals("/news/assets/search-worker.js", search.attr("data-worker"));
        assertEquals("/news/search-index.json", search.attr("data-index"));
        for (String url : List.of("/news/assets/search.js", LIBRARY, search.attr("data-worker"), search.attr("data-index"))) {
            assertTrue(site.exists(url.substring("/news/".length())), url + " is published");
        }
        try (InputStream webJar = getClass().getResourceAsStream("/META-INF/resources/webjars/lunr/" + VERSION + "/lunr.min.js")) {
            assertArrayEquals(webJar.readAllBytes(), Files.readAllBytes(site.output().resolve(LIBRARY.substring(6))),
                    "the library is the WebJar's file as it is, with its licence");
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
        assertEquals("/es/search-index.json", es.getElementById("search").attr("data-index"));
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
}

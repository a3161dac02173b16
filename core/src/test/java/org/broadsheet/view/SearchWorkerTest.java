package org.broadsheet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.json.Json;
import org.broadsheet.model.Article;
import org.broadsheet.model.Term;
import org.broadsheet.pages.SearchFragmentPage;
import org.broadsheet.pages.SearchIndexPage;
import org.broadsheet.search.SearchFragments;
import org.broadsheet.search.SearchIndexer;
import org.broadsheet.search.SearchWords;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The theme's search worker ({@code assets/search-worker.js}), run in a JavaScript engine on the
 * index files the build writes for a set of articles: what a reader's query finds, in what order,
 * and which fragments it loads, with the term fragments whole and split by more letters.
 */
class SearchWorkerTest {

    private static final Language LANGUAGE = SiteConfig.defaults().defaultLanguage();
    private static final String[] WORDS = {"station", "statistics", "statement", "stadium", "stage", "start",
        "office", "officials", "offered", "election", "elections", "electoral", "electric", "olympics", "bogotá",
        "caracas", "coffee", "prices", "transit", "strike"};
    private static final List<Article> ARTICLES = articles(90);

    private static Worker whole;
    private static Worker split;

    @BeforeAll
    static void start() throws IOException {
        whole = new Worker(files(SearchIndexer.index(ARTICLES, Integer.MAX_VALUE)));
        split = new Worker(files(SearchIndexer.index(ARTICLES, 30)));
    }

    @AfterAll
    static void stop() {
        whole.close();
        split.close();
    }

    @Test
    void aWordFindsEveryArticleThatHoldsItOrAWordItStartsTitlesFirst() {
        for (Worker worker : List.of(whole, split)) {
            Result caracas = worker.query("caracas", 100);
            assertEquals(holding(w -> w.equals("caracas")), new TreeSet<>(caracas.articles()));
            assertTrue(ARTICLES.get(caracas.articles().get(0)).title().contains("Caracas"), caracas.toString());
            assertEquals(holding(w -> w.startsWith("elect")), new TreeSet<>(worker.query("elect", 100).articles()));
            assertEquals(holding(w -> w.equals("bogota")), new TreeSet<>(worker.query("Bogota", 100).articles()));
        }
    }

    @Test
    void everyWordOfAQueryMustMatchAndAWordInMostArticlesNarrowsNothing() {
        Set<Integer> both = holding(w -> w.equals("coffee"));
        both.retainAll(holding(w -> w.startsWith("prices")));
        assertTrue(!both.isEmpty() && both.size() < ARTICLES.size());
        for (Worker worker : List.of(whole, split)) {
            assertEquals(both, new TreeSet<>(worker.query("coffee prices", 100).articles()));
            assertEquals(ARTICLES.size(), worker.query("the", 100).total());
            assertEquals(worker.query("caracas", 100), worker.query("the caracas", 100));
        }
    }

    @Test
    void aTypoIsForgivenWhenNothingElseMatches() {
        for (Worker worker : List.of(whole, split)) {
            assertEquals(holding(w -> w.equals("olympics")), new TreeSet<>(worker.query("olympcs", 100).articles()));
        }
    }

    @Test
    void morePagesContinueTheFirstInOrder() {
        Result all = split.query("sta", 100);
        assertTrue(all.total() > 40, all.toString());
        assertEquals(all.articles().subList(0, 10), split.query("sta", 10).articles());
        assertEquals(all.total(), split.query("sta", 10).total());
    }

    @Test
    void aSplitIndexFindsWhatTheWholeOneFindsInTheSameOrder() {
        for (String query : List.of("caracas", "coffee prices", "statistics office", "elect", "electoral", "sta",
                "stat", "stati", "offic", "office", "transit strike bogota", "olympcs", "stadum", "the", "the of",
                "zzzq", "st")) {
            assertEquals(whole.query(query, 100), split.query(query, 100), query);
        }
    }

    @Test
    void aWordLoadsOnlyThePartOfASplitFragmentThatCanHoldIt() {
        assertTrue(split.meta.contains("\"split\""), split.meta);
        split.query("statistics", 20);
        assertEquals(List.of("t/" + SearchWords.hex(splitKey("statistics"))), split.termFragmentsLoaded());
        assertTrue(splitKey("statistics").length() > SearchWords.KEY_LENGTH, splitKey("statistics"));
        whole.query("statistics", 20);
        assertEquals(List.of("t/" + SearchWords.hex("sta")), whole.termFragmentsLoaded());
    }

    /** The key of the fragment the split index keeps {@code word} in, as the worker follows meta.split. */
    private static String splitKey(String word) {
        SearchFragments fragments = SearchIndexer.index(ARTICLES, 30);
        String key = SearchWords.prefix(word, SearchWords.KEY_LENGTH);
        while (fragments.splits().containsKey(key) && key.length() < word.length()) {
            key = SearchWords.prefix(word, key.length() + 1);
        }
        return key;
    }

    /** The articles (by place in ARTICLES) with a word of title, tags, section, summary or text that passes. */
    private static Set<Integer> holding(Predicate<String> word) {
        Set<Integer> found = new TreeSet<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            Article a = ARTICLES.get(i);
            String text = a.title() + " " + a.tags().stream().map(Term::name).toList() + " " + a.section().name()
                    + " " + a.summary() + " " + a.searchText();
            if (SearchWords.of(text).stream().anyMatch(word)) {
                found.add(i);
            }
        }
        return found;
    }

    /** Articles newest first, two a day, each with a few of WORDS in its title and more in its text. */
    private static List<Article> articles(int count) {
        List<Article> list = new ArrayList<>();
        long seed = 7;
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder();
            StringBuilder text = new StringBuilder("The report of the day.");
            for (int w = 0; w < 8; w++) {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                String word = WORDS[(int) ((seed >>> 33) % WORDS.length)];
                (w < 2 ? title : text).append(' ').append(w < 2 ? Character.toUpperCase(word.charAt(0))
                        + word.substring(1) : word);
            }
            ZonedDateTime date = ZonedDateTime.parse("2026-03-01T12:00:00Z").minusHours(12L * i);
            String id = "world/a" + i;
            list.add(new Article(id, "content/" + id + ".md", Article.Kind.ARTICLE, title.toString().trim(), date,
                    Optional.empty(), List.of(), new Term("world", "World"), List.of(new Term("news", "News")),
                    "A summary.", text.toString(), Optional.empty(), LANGUAGE.code(), id, 1, id + "/",
                    id + "/index.html", 1, "article", false, Optional.empty(), 10, 1, "", List.of(), id + ".md",
                    List.of(), Map.of()));
        }
        return list;
    }

    /** The index's meta file and term and common-word fragments, as the build writes them, by name. */
    private static Map<String, String> files(SearchFragments fragments) {
        Map<String, String> files = new HashMap<>();
        files.put("meta.json", Json.write(SearchIndex.meta(new SearchIndexPage(LANGUAGE, fragments.articles(),
                fragments.splits()))));
        fragments.terms().forEach(t -> files.put("t/" + t.name() + ".json", Json.write(SearchIndex.fragment(null,
                new SearchFragmentPage(LANGUAGE, "t/" + t.name(), t, null, null)))));
        fragments.common().forEach(c -> files.put("c/" + SearchWords.hex(c.term()) + ".json",
                Json.write(SearchIndex.fragment(null, new SearchFragmentPage(LANGUAGE, "c", null, c, null)))));
        return files;
    }

    /** A query's results: how many, and the best ones as places in ARTICLES, best first. */
    record Result(int total, List<Integer> articles) {
    }

    /** The worker's script in a JavaScript context, with fetch serving the index files from memory. */
    private static final class Worker implements AutoCloseable {
        private static final String BROWSER = """
                var fetched = [];
                var self = {location: {href: "https://example.org/search/fragments/"}, postMessage: function () {}};
                function URL(relative, base) {
                  this.href = relative.indexOf("://") > 0 ? relative : String(base).replace(/[^\\/]*$/, "") + relative;
                }
                URL.prototype.toString = function () { return this.href; };
                function TextEncoder() {}
                TextEncoder.prototype.encode = function (text) {
                  var bytes = unescape(encodeURIComponent(text)), out = [];
                  for (var i = 0; i < bytes.length; i++) { out.push(bytes.charCodeAt(i)); }
                  return out;
                };
                function fetch(url) {
                  var name = String(url).replace("https://example.org/search/fragments/", "");
                  fetched.push(name);
                  var text = files[name];
                  return Promise.resolve({ok: text !== undefined, status: text === undefined ? 404 : 200,
                    json: function () { return Promise.resolve(JSON.parse(text)); }});
                }
                function query(q, n) {
                  var out = {};
                  fragments = {};
                  fetched.length = 0;
                  search(q).then(function (matches) {
                    out.total = matches.total;
                    out.keys = best(matches, n);
                  }, function (e) { out.error = String(e); });
                  return out;
                }
                """;

        private final Context js;
        final String meta;
        private final Map<Long, Integer> articleOfKey = new HashMap<>();

        Worker(Map<String, String> files) throws IOException {
            js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            js.getBindings("js").putMember("files", ProxyObject.fromMap(new HashMap<>(files)));
            js.eval("js", BROWSER);
            try (InputStream in = SearchWorkerTest.class.getResourceAsStream("/theme/templates/assets/search-worker.js")) {
                js.eval("js", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            js.eval("js", "self.onmessage({data: {type: 'load', index: 'meta.json'}})");
            meta = files.get("meta.json");
            Map<Long, Integer> places = new LinkedHashMap<>();
            for (int i = 0; i < ARTICLES.size(); i++) {
                long day = ARTICLES.get(i).date().toLocalDate().toEpochDay();
                int place = places.merge(day, 1, Integer::sum) - 1;
                articleOfKey.put(day * 65536 + (65535 - place), i);
            }
        }

        Result query(String q, int n) {
            Value out = js.eval("js", "query(" + Json.quote(q) + ", " + n + ")");
            assertTrue(!out.hasMember("error") || out.getMember("error").isNull(), () -> out.getMember("error").toString());
            Value keys = out.getMember("keys");
            List<Integer> found = new ArrayList<>();
            for (long i = 0; i < keys.getArraySize(); i++) {
                found.add(articleOfKey.get(keys.getArrayElement(i).asLong()));
            }
            return new Result(out.getMember("total").asInt(), found);
        }

        /** The term fragments the last query loaded, in order. */
        List<String> termFragmentsLoaded() {
            Value fetched = js.eval("js", "fetched");
            List<String> names = new ArrayList<>();
            for (long i = 0; i < fetched.getArraySize(); i++) {
                String name = fetched.getArrayElement(i).asString();
                if (name.startsWith("t/")) {
                    names.add(name.substring(0, name.length() - ".json".length()));
                }
            }
            return names;
        }

        @Override
        public void close() {
            js.close();
        }
    }
}

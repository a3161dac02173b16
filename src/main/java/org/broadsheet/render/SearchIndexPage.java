package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Article;

/** An edition's search index, {@code search-index.json} under its prefix: see {@link SearchIndex}. */
public record SearchIndexPage(Language language, List<Article> articles) implements Page {

    public SearchIndexPage {
        articles = List.copyOf(articles);
    }

    public String outputPath() {
        return language.path("search-index.json");
    }

    public String owner() {
        return "the search index " + outputPath();
    }

    public String template() {
        return "search-index.json.ftl";
    }

    public Map<String, Object> model(Views views) {
        return new HashMap<>(Map.of("json", new JsonDirective(SearchIndex.of(views, articles))));
    }

    /**
     * Every article as lists show it, and the words of its body the index holds: an edit further
     * down a body leaves the index as it was.
     */
    public long fingerprint(Fingerprints f) {
        Fingerprint fingerprint = f.start(template(), language).add(outputPath());
        articles.forEach(a -> fingerprint.add(f.card(a)).add(a.searchText()));
        return fingerprint.value();
    }
}

package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
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
}

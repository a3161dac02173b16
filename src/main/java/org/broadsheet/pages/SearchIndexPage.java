package org.broadsheet.pages;

import java.util.List;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.SitePaths;

/** An edition's search index, {@code search-index.json} under its prefix, of its published articles. */
public record SearchIndexPage(Language language, List<Article> articles) implements Page {

    public SearchIndexPage {
        articles = List.copyOf(articles);
    }

    public String outputPath() {
        return SitePaths.searchIndex(language);
    }

    public String owner() {
        return "the search index " + outputPath();
    }

    public String template() {
        return "search-index.json.ftl";
    }
}

package org.broadsheet.pages;

import org.broadsheet.config.Language;
import org.broadsheet.model.SitePaths;

/**
 * An edition's search page, {@code search/index.html} under its prefix. The page itself holds the
 * form and the texts; its script loads the edition's {@link SearchIndexPage index} and the search
 * library, and lists the results in the browser, so any static host serves it.
 */
public record SearchPage(Language language) implements Page {
    public String outputPath() {
        return SitePaths.searchPage(language);
    }

    public String owner() {
        return "the search page " + outputPath();
    }

    public String template() {
        return "search.ftlh";
    }
}

package org.broadsheet.render;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;

/**
 * An edition's search page, {@code search/index.html} under its prefix. The page itself holds the
 * form and the texts; its script loads the edition's {@link SearchIndexPage index} and the search
 * library, and lists the results in the browser, so any static host serves it.
 */
public record SearchPage(Language language) implements Page {

    /** What the search page's template needs besides the site and the page. */
    public record SearchView(String indexUrl, String libraryUrl, String scriptUrl, String workerUrl,
            ResultCounts results) {
    }

    /**
     * "{0} results" in the language, for the script to fill in: the forms for 1 and 2 (the counts
     * besides 0 that {@link Messages} may give a form of their own) and, with {0} left in, the
     * form for any other count. No results at all has a sentence of its own, "search_none".
     */
    public record ResultCounts(String one, String two, String other) {
    }

    /** Any count above 2, to ask for the general plural form; its digits are then replaced by {0}. */
    private static final long ANY_COUNT = 987_654_321L;

    public String outputPath() {
        return language.path("search/index.html");
    }

    public String owner() {
        return "the search page " + outputPath();
    }

    public String template() {
        return "search.ftlh";
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, language, newPageView(views));
        model.put("search", searchView(views));
        return model;
    }

    private Views.PageView newPageView(Views views) {
        Messages.Lookup t = views.messages(language);
        return views.page("search", t.text("search"), t.text("search_description", language.title()),
                language.path("search/"), language.code(), List.of(views.siteFeed(language)),
                views.everyEdition("search/"));
    }

    private SearchView searchView(Views views) {
        Messages.Lookup t = views.messages(language);
        String any = NumberFormat.getIntegerInstance(language.locale()).format(ANY_COUNT);
        ResultCounts counts = new ResultCounts(t.text("search_results", 1), t.text("search_results", 2),
                t.text("search_results", ANY_COUNT).replace(any, "{0}"));
        return new SearchView(views.base().link(language.path("search-index.json")),
                views.base().link(SearchLibrary.OUTPUT_PATH), views.base().link("assets/search.js"),
                views.base().link("assets/search-worker.js"), counts);
    }
}

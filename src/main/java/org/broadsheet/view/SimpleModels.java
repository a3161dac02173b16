package org.broadsheet.view;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.SitePaths;
import org.broadsheet.pages.SearchPage;
import org.broadsheet.pages.SimplePage;

/** The models of the fixed pages (robots.txt, 404.html, the thanks page) and of the search page. */
final class SimpleModels {

    /** What the search page's template needs besides the site and the page. */
    public record SearchView(String indexUrl, String scriptUrl, String workerUrl,
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

    private SimpleModels() {
    }

    static Map<String, Object> simple(Views views, SimplePage simple) {
        Language language = simple.language();
        return PageModels.base(views, language, views.pages().page(simple.kind(),
                views.messages(language).text(simple.titleKey()), language.description(), simple.outputPath(),
                language.code(), List.of(views.pages().siteFeed(language)), Map.of()));
    }

    static Map<String, Object> search(Views views, SearchPage search) {
        Language language = search.language();
        Messages.Lookup t = views.messages(language);
        Map<String, Object> model = PageModels.base(views, language, views.pages().page("search", t.text("search"),
                t.text("search_description", language.title()), language.path("search/"), language.code(),
                List.of(views.pages().siteFeed(language)), views.pages().everyEdition("search/")));
        String any = NumberFormat.getIntegerInstance(language.locale()).format(ANY_COUNT);
        ResultCounts counts = new ResultCounts(t.text("search_results", 1), t.text("search_results", 2),
                t.text("search_results", ANY_COUNT).replace(any, "{0}"));
        model.put("search", new SearchView(views.base().link(SitePaths.searchIndex(language)),
                views.base().link("assets/search.js"),
                views.base().link("assets/search-worker.js"), counts));
        return model;
    }
}

package org.broadsheet.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.SitePaths;
import org.broadsheet.pages.SearchPage;
import org.broadsheet.pages.SimplePage;

/** The models of the fixed pages (robots.txt, 404.html, the thanks page) and of the search page. */
final class SimpleModels {

    /** What the search page's template needs besides the site and the page. */
    public record SearchView(String indexUrl, String scriptUrl, String workerUrl, Map<String, String> results) {
        /**
         * @param results "{0} results" in each plural category of the language, for the script to
         *                fill in; no results at all has a sentence of its own, "search_none"
         */
        public SearchView {
            results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        }
    }

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
        model.put("search", new SearchView(views.base().link(SitePaths.searchIndex(language)),
                views.base().link("assets/search.js"),
                views.base().link("assets/search-worker.js"), t.pluralTexts("search_results")));
        return model;
    }
}

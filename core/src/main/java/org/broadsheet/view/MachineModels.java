package org.broadsheet.view;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.IsoDates;
import org.broadsheet.pages.FeedPage;
import org.broadsheet.pages.JsonFeedPage;
import org.broadsheet.pages.SearchFragmentPage;
import org.broadsheet.pages.SearchIndexPage;
import org.broadsheet.pages.SitemapPage;

/** The models of the files for machines: Atom and JSON feeds, sitemaps and the search index's files. */
final class MachineModels {

    private final Views views;

    MachineModels(Views views) {
        this.views = views;
    }

    Map<String, Object> feed(FeedPage page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site(page.language()));
        model.put("cached", views.fragments(page.language()));
        List<FeedEntry> entries = page.articles().stream().map(views::feedEntry).toList();
        String updated = page.articles().stream().map(Article::lastModified)
                .max(Comparator.comparing(ZonedDateTime::toInstant))
                .map(IsoDates::iso)
                .orElse(views.buildTime());
        model.put("feed", Map.of("title", page.title(), "url", views.base().absolute(page.outputPath()),
                "alternateUrl", views.base().absolute(page.alternatePath()), "updated", updated, "entries", entries));
        return model;
    }

    Map<String, Object> jsonFeed(JsonFeedPage page) {
        return new HashMap<>(Map.of("site", views.site(page.language()), "json",
                JsonFeed.of(views, page.language(), page.outputPath(), page.articles())));
    }

    Map<String, Object> sitemap(SitemapPage page) {
        return new HashMap<>(Map.of("site", views.site(page.language()), page.kind().entriesName(), page.entries()));
    }

    Map<String, Object> searchIndex(SearchIndexPage page) {
        return new HashMap<>(Map.of("json", new JsonValue(SearchIndex.meta(page))));
    }

    Map<String, Object> searchFragment(SearchFragmentPage page) {
        return new HashMap<>(Map.of("json", new JsonValue(SearchIndex.fragment(views, page))));
    }
}

package org.broadsheet.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.config.Language;
import org.broadsheet.json.Json;
import org.broadsheet.model.Article;

/** A JSON Feed 1.1 (jsonfeed.org) of an edition's newest articles, with full content and absolute links. */
final class JsonFeed {

    private JsonFeed() {
    }

    /** The feed, written when its template prints it, and fingerprinted by its data with bodies by their hash. */
    static Deferred of(Views views, Language language, String path, List<Article> articles) {
        return Deferred.text(new ViewHash().of(feed(views, language, path, articles, FeedEntry::content)),
                () -> Json.write(feed(views, language, path, articles, entry -> entry.content().text())));
    }

    private static Map<String, Object> feed(Views views, Language language, String path, List<Article> articles,
            Function<FeedEntry, Object> content) {
        SiteView site = views.site(language);
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", site.title());
        feed.put("home_page_url", site.absUrl());
        feed.put("feed_url", views.base().absolute(path));
        feed.put("description", site.description().isEmpty() ? null : site.description());
        feed.put("language", language.code());
        List<Object> items = new ArrayList<>();
        for (Article article : articles) {
            ArticleView view = views.article(article);
            FeedEntry entry = views.feedEntry(article);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", entry.id());
            item.put("url", entry.url());
            item.put("title", entry.title());
            item.put("content_html", content.apply(entry));
            item.put("summary", entry.summary().isEmpty() ? null : entry.summary());
            item.put("image", view.image() == null ? null : view.image().absUrl());
            item.put("date_published", entry.published());
            item.put("date_modified", entry.updated());
            List<Object> authors = new ArrayList<>();
            view.authors().forEach(a -> authors.add(Json.object("name", a.name(), "url", views.base().origin() + a.url())));
            item.put("authors", authors.isEmpty() ? null : authors);
            item.put("tags", view.tags().isEmpty() ? null : view.tags().stream().map(LinkView::name).toList());
            item.put("language", view.lang());
            items.add(item);
        }
        feed.put("items", items);
        return feed;
    }
}

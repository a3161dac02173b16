package org.broadsheet.render;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;

/** An Atom feed of the newest articles, with their full content. */
public record FeedPage(String path, String title, String alternatePath, Language language, List<Article> articles)
        implements Page {
    public String outputPath() {
        return path;
    }

    public String owner() {
        return "the feed \"" + title + "\"";
    }

    public String template() {
        return "atom.ftlx";
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site(language));
        model.put("cached", views.fragments(language));
        List<Views.FeedEntry> entries = articles.stream().map(views::feedEntry).toList();
        String updated = articles.stream().map(Article::lastModified)
                .max(Comparator.comparing(ZonedDateTime::toInstant))
                .map(IsoDates::iso)
                .orElse(views.buildTime());
        model.put("feed", Map.of("title", title, "url", views.base().absolute(path),
                "alternateUrl", views.base().absolute(alternatePath), "updated", updated, "entries", entries));
        return model;
    }
}

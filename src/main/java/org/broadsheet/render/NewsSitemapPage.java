package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;

/**
 * The Google News sitemap: the articles published in the 48 hours before the build, at most
 * 1,000, with their publication's name and language.
 */
public record NewsSitemapPage(Language language, List<Views.NewsEntry> entries) implements Page {
    public String outputPath() {
        return "news-sitemap.xml";
    }

    public String owner() {
        return "the news sitemap";
    }

    public String template() {
        return "news-sitemap.ftlx";
    }

    public Map<String, Object> model(Views views) {
        return new HashMap<>(Map.of("site", views.site(language), "entries", entries));
    }
}

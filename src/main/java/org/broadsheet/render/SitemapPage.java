package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;

/** A sitemap: pages search engines should find, with when each last changed and its translations. */
public record SitemapPage(String outputPath, Language language, List<Views.SitemapEntry> entries) implements Page {
    public String owner() {
        return "the sitemap " + outputPath;
    }

    public String template() {
        return "sitemap.ftlx";
    }

    public Map<String, Object> model(Views views) {
        return new HashMap<>(Map.of("site", views.site(language), "entries", entries));
    }
}

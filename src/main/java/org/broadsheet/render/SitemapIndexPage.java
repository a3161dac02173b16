package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;

/** The sitemap index over several sitemaps, when one would hold more than the protocol's 50,000 URLs. */
public record SitemapIndexPage(Language language, List<Views.SitemapEntry> sitemaps) implements Page {
    public String outputPath() {
        return "sitemap.xml";
    }

    public String owner() {
        return "the sitemap index";
    }

    public String template() {
        return "sitemapindex.ftlx";
    }

    public Map<String, Object> model(Views views) {
        return new HashMap<>(Map.of("site", views.site(language), "sitemaps", sitemaps));
    }
}

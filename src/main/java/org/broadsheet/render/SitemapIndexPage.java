package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.hash.Fingerprint;

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

    public long fingerprint(Fingerprints f) {
        return Fingerprints.hash(sitemaps, f.start(template(), language)).value();
    }
}

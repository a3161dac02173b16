package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.hash.Fingerprint;

/** A fixed page that only needs the site: robots.txt and 404.html. */
public record SimplePage(String outputPath, String template, String kind, String titleKey, Language language)
        implements Page {
    public String owner() {
        return "the built-in " + outputPath;
    }

    public Map<String, Object> model(Views views) {
        return Page.base(views, language, pageView(views));
    }

    private Views.PageView pageView(Views views) {
        return views.pageViewOf(this, () -> newPageView(views));
    }

    private Views.PageView newPageView(Views views) {
        return views.page(kind, views.messages(language).text(titleKey), language.description(), outputPath,
                language.code(), List.of(views.siteFeed(language)), Map.of());
    }

    public long fingerprint(Fingerprints f) {
        return f.start(template, language).add(f.page(pageView(f.views()))).value();
    }
}

package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;

/** A fixed page that only needs the site: robots.txt and 404.html. */
public record SimplePage(String outputPath, String template, String kind, String titleKey, Language language)
        implements Page {
    public String owner() {
        return "the built-in " + outputPath;
    }

    public Map<String, Object> model(Views views) {
        return Page.base(views, language, newPageView(views));
    }

    private Views.PageView newPageView(Views views) {
        return views.page(kind, views.messages(language).text(titleKey), language.description(), outputPath,
                language.code(), List.of(views.siteFeed(language)), Map.of());
    }
}

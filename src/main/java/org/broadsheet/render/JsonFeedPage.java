package org.broadsheet.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;

/** An edition's JSON Feed 1.1, the newest articles with their full content. */
public record JsonFeedPage(String outputPath, Language language, List<Article> articles) implements Page {
    public String owner() {
        return "the JSON feed " + outputPath;
    }

    public String template() {
        return "feed.json.ftl";
    }

    public Map<String, Object> model(Views views) {
        return new HashMap<>(Map.of("site", views.site(language), "json",
                JsonFeed.of(views, language, outputPath, articles)));
    }
}

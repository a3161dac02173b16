package org.broadsheet.pages;

import java.util.List;
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
}

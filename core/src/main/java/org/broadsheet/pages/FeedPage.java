package org.broadsheet.pages;

import java.util.List;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;

/** An Atom feed of the newest articles, with their full content; {@code alternatePath} is the page it follows. */
public record FeedPage(String outputPath, String title, String alternatePath, Language language, List<Article> articles)
        implements Page {
    public String owner() {
        return "the feed \"" + title + "\"";
    }

    public String template() {
        return "atom.ftlx";
    }
}

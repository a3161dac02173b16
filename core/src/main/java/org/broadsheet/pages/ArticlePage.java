package org.broadsheet.pages;

import org.broadsheet.config.Language;
import org.broadsheet.model.Article;

/** An article's (or a standalone page's) own page. */
public record ArticlePage(Article article, Language language) implements Page {
    public String outputPath() {
        return article.outputFile();
    }

    public String owner() {
        return article.source();
    }

    public String template() {
        return article.layout() + ".ftlh";
    }
}

package org.broadsheet.pages;

import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.problem.SourcePosition;

/**
 * A page at an article's old path that sends readers and search engines to where it is now;
 * {@code line} is where the article's front matter names its {@code aliases}.
 */
public record AliasPage(String outputPath, int line, Article article, Language language) implements Page {
    public String owner() {
        return article.source() + " (alias " + sitePath(outputPath) + ")";
    }

    /** The old path as the front matter gives it: {@code /world/old-headline/}. */
    static String sitePath(String outputPath) {
        return "/" + outputPath.replaceFirst("index\\.html$", "");
    }

    /** The line of the article's source that asks for this page. */
    SourcePosition position() {
        return SourcePosition.of(article.source(), line);
    }

    public String template() {
        return "alias.ftlh";
    }
}

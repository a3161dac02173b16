package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;

/**
 * A page at an article's old path that sends readers and search engines to where it is now;
 * {@code line} is where the article's front matter names its {@code aliases}.
 */
public record AliasPage(String outputPath, int line, Article article, Language language) implements Page {
    public String owner() {
        return article.source() + " (alias " + sitePath() + ")";
    }

    /** The old path as the front matter gives it: {@code /world/old-headline/}. */
    String sitePath() {
        return "/" + outputPath.replaceFirst("index\\.html$", "");
    }

    /** The line of the article's source that asks for this page. */
    org.broadsheet.problem.SourcePosition position() {
        return org.broadsheet.problem.SourcePosition.of(article.source(), line);
    }

    public String template() {
        return "alias.ftlh";
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, language, newPageView(views));
        model.put("target", views.article(article));
        return model;
    }

    private Views.PageView newPageView(Views views) {
        Views.PageView page = views.page("alias", views.messages(language).text("redirect_title"), "",
                outputPath, language.code(), List.of(), Map.of());
        return page.withMeta("website", views.base().absolute(article.path()), page.image(), "");
    }
}

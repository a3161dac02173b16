package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;

/** An edition's front page: the lead story, the latest articles, a block per section. */
public record FrontPage(Edition edition, int latest, int perSection) implements Page {
    public String outputPath() {
        return edition.language().path("index.html");
    }

    public String owner() {
        return "the front page";
    }

    public String template() {
        return "index.ftlh";
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, edition.language(), newPageView(views));
        List<Article> articles = edition.articles();
        Views.ArticleView lead = articles.isEmpty() ? null : views.article(articles.get(0));
        List<Views.ArticleView> rest = views.articles(articles.subList(Math.min(1, articles.size()),
                Math.min(1 + latest, articles.size())));
        List<Views.SectionBlock> blocks = edition.sections().stream().map(section -> new Views.SectionBlock(
                views.link(section),
                views.articles(section.articles().subList(0, Math.min(perSection, section.articles().size())))))
                .toList();
        model.put("front", new Views.FrontView(lead, rest, blocks));
        return model;
    }

    private Views.PageView newPageView(Views views) {
        Language language = edition.language();
        Views.PageView page = views.page("home", language.title(), language.description(), language.path(""),
                language.code(), List.of(views.siteFeed(language)), views.everyEdition(""));
        return page.withMeta("website", page.canonical(), page.image(),
                StructuredData.website(views.site(language), views.model().config().publisher(), views.logo()));
    }
}

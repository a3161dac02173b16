package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Relations;

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

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, language, newPageView(views));
        model.put("article", views.articleWithBody(article));
        model.put("replyFields", views.replyFields());
        Relations relations = relations(views);
        model.put("related", views.articles(relations.related()));
        model.put("previous", relations.previous().map(views::article).orElse(null));
        model.put("next", relations.next().map(views::article).orElse(null));
        return model;
    }

    private Relations relations(Views views) {
        return views.model().editions().stream().filter(e -> e.language().equals(language)).findFirst()
                .map(e -> e.relationsOf(article)).orElse(Relations.NONE);
    }

    private Views.PageView newPageView(Views views) {
        List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
        if (!article.isPage()) {
            feeds.add(new Views.FeedLink(article.section().name(),
                    views.base().link(language.path(article.section().slug() + "/feed.xml"))));
        }
        Views.PageView page = views.page(article.isPage() ? "page" : "article", article.title(), article.summary(),
                article.path(), article.lang(), feeds, views.versions(article));
        Views.ArticleView card = views.article(article);
        String canonical = article.canonical().isEmpty() ? page.absUrl() : article.canonical();
        String image = card.image() != null ? card.image().absUrl() : page.image();
        return page.withMeta(article.isPage() ? "website" : "article", canonical, image,
                StructuredData.article(card, views.commentsOf(article), views.site(language), views.base().origin(),
                        views.model().config().publisher(), views.logo(), canonical));
    }
}

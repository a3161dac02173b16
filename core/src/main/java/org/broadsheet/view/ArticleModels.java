package org.broadsheet.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Relations;
import org.broadsheet.model.SitePaths;
import org.broadsheet.pages.ArticlePage;

/** The models of an article's page and of the pages at its old paths. */
final class ArticleModels {

    private final Views views;

    ArticleModels(Views views) {
        this.views = views;
    }

    Map<String, Object> article(ArticlePage page) {
        Article article = page.article();
        Map<String, Object> model = PageModels.base(views, page.language(), pageView(page));
        model.put("article", views.articleWithBody(article));
        model.put("replyFields", views.replyFields());
        Relations relations = views.model().editions().stream().filter(e -> e.language().equals(page.language()))
                .findFirst().map(e -> e.relationsOf(article)).orElse(Relations.NONE);
        model.put("related", views.articles(relations.related()));
        model.put("previous", relations.previous().map(views::article).orElse(null));
        model.put("next", relations.next().map(views::article).orElse(null));
        return model;
    }

    private PageView pageView(ArticlePage articlePage) {
        Article article = articlePage.article();
        Language language = articlePage.language();
        List<FeedLink> feeds = new ArrayList<>(List.of(views.pages().siteFeed(language)));
        if (!article.isPage()) {
            feeds.add(new FeedLink(article.section().name(),
                    views.base().link(SitePaths.sectionFeed(language, article.section().slug()))));
        }
        PageView page = views.pages().page(article.isPage() ? "page" : "article", article.title(), article.summary(),
                article.path(), article.lang(), feeds, views.model().versionsOf(article));
        ArticleView card = views.article(article);
        String canonical = article.canonical().isEmpty() ? page.absUrl() : article.canonical();
        String image = card.image() != null ? card.image().socialUrl() : page.image();
        return page.withMeta(article.isPage() ? "website" : "article", canonical, image,
                StructuredData.article(card, views.commentsOf(article), views.site(language), views.base().origin(),
                        views.model().config().publisher(), views.pages().logo(), canonical));
    }
}

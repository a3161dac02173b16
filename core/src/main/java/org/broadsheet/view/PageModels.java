package org.broadsheet.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.pages.AliasPage;
import org.broadsheet.pages.ArticlePage;
import org.broadsheet.pages.FeedPage;
import org.broadsheet.pages.FrontPage;
import org.broadsheet.pages.JsonFeedPage;
import org.broadsheet.pages.ListingPage;
import org.broadsheet.pages.Page;
import org.broadsheet.pages.SearchFragmentPage;
import org.broadsheet.pages.SearchIndexPage;
import org.broadsheet.pages.SearchPage;
import org.broadsheet.pages.SectionAliasPage;
import org.broadsheet.pages.SimplePage;
import org.broadsheet.pages.SitemapPage;
import org.broadsheet.pages.TermIndexPage;

/**
 * What each page's template receives: its model, made from the page and the site's views. The
 * page's fingerprint is the hash of this very model, so whatever a model holds is in it.
 * Thread-safe.
 */
public final class PageModels {

    private final Views views;
    private final ArticleModels articles;
    private final ListingModels listings;
    private final MachineModels machines;

    public PageModels(Views views) {
        this.views = views;
        this.articles = new ArticleModels(views);
        this.listings = new ListingModels(views);
        this.machines = new MachineModels(views);
    }

    /** The model of {@code page}'s template. */
    public Map<String, Object> of(Page page) {
        if (page instanceof ArticlePage article) {
            return articles.article(article);
        } else if (page instanceof AliasPage alias) {
            return redirect(views, alias.language(), alias.outputPath(), alias.article().path(),
                    views.article(alias.article()));
        } else if (page instanceof SectionAliasPage alias) {
            return listings.alias(alias);
        } else if (page instanceof FrontPage front) {
            return listings.front(front);
        } else if (page instanceof ListingPage listing) {
            return listings.listing(listing);
        } else if (page instanceof TermIndexPage terms) {
            return listings.terms(terms);
        } else if (page instanceof SimplePage simple) {
            return SimpleModels.simple(views, simple);
        } else if (page instanceof SearchPage search) {
            return SimpleModels.search(views, search);
        } else if (page instanceof FeedPage feed) {
            return machines.feed(feed);
        } else if (page instanceof JsonFeedPage feed) {
            return machines.jsonFeed(feed);
        } else if (page instanceof SitemapPage sitemap) {
            return machines.sitemap(sitemap);
        } else if (page instanceof SearchIndexPage index) {
            return machines.searchIndex(index);
        } else if (page instanceof SearchFragmentPage fragment) {
            return machines.searchFragment(fragment);
        }
        throw new IllegalArgumentException("no model for a " + page.getClass().getSimpleName());
    }

    /**
     * The model of a page at an old path ({@code alias.ftlh}) that sends readers on to
     * {@code targetPath}; the template shows {@code target}'s title and links its url.
     */
    static Map<String, Object> redirect(Views views, Language language, String outputPath, String targetPath,
            Object target) {
        PageView page = views.pages().page("alias", views.messages(language).text("redirect_title"), "", outputPath,
                language.code(), List.of(), Map.of());
        Map<String, Object> model = base(views, language,
                page.withMeta("website", views.base().absolute(targetPath), page.image(), ""));
        model.put("target", target);
        return model;
    }

    /** What every HTML page's template sees: the site, the page, the texts, and {@code <@cached>}. */
    static Map<String, Object> base(Views views, Language language, PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site(language));
        model.put("page", page);
        model.put("t", views.messages(language));
        model.put("cached", views.fragments(language));
        return model;
    }
}

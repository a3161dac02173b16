package org.broadsheet.view;

import java.util.HashMap;
import java.util.Map;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.markdown.ArticleLink;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.model.Article;
import org.broadsheet.model.Site;
import org.broadsheet.source.ContentLoader;

/**
 * The HTML of article bodies as pages show them: from the body store, with each link to another
 * article's file pointing at that article's page, and WebP offered only where it was published. Thread-safe.
 */
final class ArticleBodies {

    private final Site site;
    private final BodyStore store;
    private final BaseUrl base;
    private final WebpFallback webp;
    /** Every published article and page by its file: made when a body first needs it. */
    private volatile Map<String, Article> bySource;

    ArticleBodies(Site site, BodyStore store, WebpFallback webp) {
        this.site = site;
        this.store = store;
        this.webp = webp;
        this.base = site.config().baseUrl();
    }

    /** The body's HTML, its links to other articles resolved, WebP offered only where published. */
    String of(Article article) {
        String html = webp.apply(store.get(article.bodyKey()));
        return article.links().isEmpty() ? html : ArticleLink.resolve(html, this::url);
    }

    /**
     * What the body as {@link #of} gives it depends on: the stored HTML, and where each article
     * it links to is now, and which WebP files failed.
     */
    long fingerprint(Article article) {
        Fingerprint fingerprint = new Fingerprint().add(store.fingerprint(article.bodyKey())).add(webp.fingerprint());
        article.links().forEach(link -> fingerprint.add(url(link)));
        return fingerprint.value();
    }

    /**
     * The URL path of the article whose file has this content path ({@code politics/vote.md});
     * for a file that is not on the site, where it would be, so that a link checker finds it.
     */
    String url(String contentPath) {
        Article article = bySource().get(ContentLoader.FOLDER + "/" + contentPath);
        return base.link(article != null ? article.path() : contentPath);
    }

    private Map<String, Article> bySource() {
        Map<String, Article> made = bySource;
        if (made == null) {
            synchronized (this) {
                made = bySource;
                if (made == null) {
                    Map<String, Article> all = new HashMap<>();
                    site.editions().forEach(e -> {
                        e.articles().forEach(a -> all.put(a.source(), a));
                        e.pages().forEach(a -> all.put(a.source(), a));
                    });
                    bySource = made = all;
                }
            }
        }
        return made;
    }
}

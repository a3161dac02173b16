package org.broadsheet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.config.SiteConfig;

/**
 * The whole site as the pages see it: one edition per language, the default language's first.
 *
 * @param editions     the site in each of its languages
 * @param assets       files published as they are, by output path
 * @param translations articles by translation key, in the order of the site's languages
 * @param nextScheduled the article left out because it is dated after the build's "now" that
 *                     is due first, if any
 * @param nextExpiry   the published article that expires first, if any: a build after that
 *                     moment leaves it out
 * @param profiles     author profiles by the slug of their byline
 */
public record Site(SiteConfig config, List<Edition> editions, List<Asset> assets,
        Map<String, List<Article>> translations, Optional<Article> nextScheduled,
        Optional<Article> nextExpiry, Map<String, AuthorProfile> profiles) {

    public Site {
        editions = List.copyOf(editions);
        assets = List.copyOf(assets);
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        profiles = Map.copyOf(profiles);
    }

    /** This site with other files published as they are: its images with their variants. */
    public Site withAssets(List<Asset> published) {
        return new Site(config, editions, published, translations, nextScheduled, nextExpiry, profiles);
    }

    /** The edition of the default language. */
    public Edition defaultEdition() {
        return editions.get(0);
    }

    /** Every published article of every language, each edition's newest first. */
    public List<Article> articles() {
        return editions.stream().flatMap(e -> e.articles().stream()).toList();
    }

    /** Every standalone page of every language. */
    public List<Article> pages() {
        return editions.stream().flatMap(e -> e.pages().stream()).toList();
    }

    /** The other-language versions of an article, in the order of the site's languages. */
    public List<Article> translationsOf(Article article) {
        return translations.getOrDefault(article.translationKey(), List.of()).stream()
                .filter(a -> a != article).toList();
    }

    /** The versions of an article: its path and its translations', by language. */
    public Map<String, String> versionsOf(Article article) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(article.lang(), article.path());
        translationsOf(article).forEach(t -> versions.putIfAbsent(t.lang(), t.path()));
        return versions;
    }
}

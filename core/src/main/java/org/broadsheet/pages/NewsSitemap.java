package org.broadsheet.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.IsoDates;
import org.broadsheet.model.Site;

/**
 * What Google News reads: the articles of every language published in the 48 hours before the
 * build, newest first, at most 1,000 (the protocol's limits), and when the list will next change
 * by the clock alone (an article turning 48 hours old).
 */
record NewsSitemap(List<NewsEntry> entries, Instant expires) {

    static final Duration WINDOW = Duration.ofHours(48);
    static final int LIMIT = 1000;

    static NewsSitemap of(Site site, Instant now) {
        List<Article> recent = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        for (Edition edition : site.editions()) {
            for (Article article : edition.articles()) { // newest first: stop at the first too old
                Instant published = article.date().toInstant();
                if (published.isAfter(now)) {
                    continue;
                }
                if (published.isBefore(now.minus(WINDOW))) {
                    break;
                }
                recent.add(article);
                languages.add(edition.language());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> recent.get(i).date().toInstant()).reversed()
                .thenComparing(i -> recent.get(i).source()));
        List<NewsEntry> entries = new ArrayList<>();
        Instant expires = Instant.MAX;
        for (int i : order.subList(0, Math.min(LIMIT, order.size()))) {
            Article article = recent.get(i);
            Language language = languages.get(i);
            entries.add(new NewsEntry(site.config().baseUrl().absolute(article.path()), language.title(),
                    newsLanguage(article.lang()), IsoDates.iso(article.date()),
                    article.title()));
            Instant leaves = article.date().toInstant().plus(WINDOW);
            expires = leaves.isBefore(expires) ? leaves : expires;
        }
        return new NewsSitemap(entries, expires);
    }

    /** Google News wants ISO 639 codes, with zh-cn and zh-tw as the exceptions. */
    private static String newsLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().equals("zh")) {
            return "TW".equals(locale.getCountry()) || "Hant".equals(locale.getScript()) ? "zh-tw" : "zh-cn";
        }
        return locale.getLanguage();
    }
}

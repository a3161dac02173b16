package org.broadsheet.render;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.model.Article;

/**
 * What each page's output depends on, as one number per page: the page's template with the
 * templates it includes, the site as templates see it, and the views of the articles it shows
 * (with their bodies where it shows those). A page whose fingerprint matches the last build's
 * is not rendered again. Hashing the very view records that templates receive keeps the
 * fingerprint complete as views grow. Thread-safe.
 */
public final class Fingerprints {

    private final Views views;
    private final BodyStore bodies;
    private final TemplateFingerprints templates;
    private final long messages;
    private final Map<String, Long> sites = new ConcurrentHashMap<>();
    private final Map<String, Long> cards = new ConcurrentHashMap<>();

    public Fingerprints(Views views, BodyStore bodies, Messages messages, java.nio.file.Path siteRoot) {
        this.views = views;
        this.bodies = bodies;
        this.messages = messages.fingerprint();
        this.templates = new TemplateFingerprints(siteRoot.resolve("templates"));
    }

    Views views() {
        return views;
    }

    /** A fingerprint started with the page's template, the site as its language sees it, and the texts. */
    Fingerprint start(String template, org.broadsheet.config.Language language) {
        long site = sites.computeIfAbsent(language.code(), code -> hash(views.site(language), new Fingerprint()).value());
        return new Fingerprint().add(templates.of(template)).add(site).add(messages);
    }

    /** The page record itself: its title, URL, feeds, languages and alternates. */
    long page(Views.PageView page) {
        return hash(page, new Fingerprint()).value();
    }

    /** An article as lists show it. */
    long card(Article article) {
        return cards.computeIfAbsent(article.source(), s -> hash(views.article(article), new Fingerprint()).value());
    }

    /** An article with its body. */
    long full(Article article) {
        Fingerprint fingerprint = new Fingerprint().add(card(article)).add(bodies.fingerprint(article.bodyKey()));
        article.links().forEach(link -> fingerprint.add(views.articleUrl(link))); // a linked article may move
        return fingerprint.value();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(freemarker.core.TemplateMarkupOutputModel markup) {
        try {
            return markup.getOutputFormat().getMarkupString(markup);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds any view value: records field by field, lists and maps item by item, markup by its text. */
    static Fingerprint hash(Object value, Fingerprint fingerprint) {
        if (value == null) {
            return fingerprint.add(-7L);
        }
        if (value instanceof String s) {
            return fingerprint.add(s);
        }
        if (value instanceof freemarker.core.TemplateMarkupOutputModel<?> markup) {
            return fingerprint.add(markupOf(markup));
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum) {
            return fingerprint.add(value.getClass().getSimpleName()).add(value.toString());
        }
        if (value instanceof Collection<?> items) {
            fingerprint.add(items.size());
            items.forEach(item -> hash(item, fingerprint));
            return fingerprint;
        }
        if (value instanceof Map<?, ?> map) {
            fingerprint.add(map.size());
            map.forEach((k, v) -> hash(v, hash(k, fingerprint)));
            return fingerprint;
        }
        if (value instanceof Record) {
            RecordComponents.of(value.getClass()).forEach((name, reader) -> hash(reader.apply(value), fingerprint.add(name)));
            return fingerprint;
        }
        throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
    }
}

package org.broadsheet.pages;

import java.util.List;
import org.broadsheet.config.Language;

/**
 * A sitemap for search engines: the site's pages ({@link SitemapEntry}), the index over several
 * sitemaps when one would hold more than the protocol's 50,000 URLs, or the Google News sitemap
 * of the latest articles ({@link NewsEntry}).
 */
public record SitemapPage(Kind kind, String outputPath, Language language, List<?> entries) implements Page {

    /** The three kinds of sitemap, each with its template and the name under which it gets its entries. */
    public enum Kind {
        URLS("sitemap.ftlx", "entries", "the sitemap "),
        INDEX("sitemapindex.ftlx", "sitemaps", "the sitemap index "),
        NEWS("news-sitemap.ftlx", "entries", "the news sitemap ");

        private final String template;
        private final String entriesName;
        private final String owner;

        Kind(String template, String entriesName, String owner) {
            this.template = template;
            this.entriesName = entriesName;
            this.owner = owner;
        }

        /** What its template calls the entries. */
        public String entriesName() {
            return entriesName;
        }
    }

    public SitemapPage {
        entries = List.copyOf(entries);
    }

    public String owner() {
        return kind == Kind.URLS ? kind.owner + outputPath : kind.owner.strip();
    }

    public String template() {
        return kind.template;
    }
}

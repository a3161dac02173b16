package org.broadsheet.pages;

import java.util.List;
import java.util.Locale;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Listing;
import org.broadsheet.model.SitePaths;

/** Page {@code number} of {@code count} of a section's, tag's, author's or period's articles, {@code size} a page. */
public record ListingPage(Listing listing, Language language, int number, int count, int size) implements Page {
    public String outputPath() {
        return SitePaths.pageOf(pathOf(number));
    }

    public String owner() {
        return "the " + kind() + " page of \"" + listing.name() + "\"";
    }

    public String template() {
        return "listing.ftlh";
    }

    /** {@code section}, {@code tag}, {@code author}, {@code year} or {@code month}. */
    public String kind() {
        return listing.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The articles this page shows. */
    public List<Article> articles() {
        int from = (number - 1) * size;
        return listing.articles().subList(from, Math.min(from + size, listing.articles().size()));
    }

    /** The site path of page {@code n} of the listing: the listing's own for the first. */
    public String pathOf(int n) {
        return listing.pagePath(n);
    }
}

package org.broadsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.config.Language;

/**
 * The site in one language: its own front page, sections, tags, authors and feeds, under the
 * language's prefix. A site in a single language has one edition.
 *
 * @param articles published articles in this language, newest first
 * @param pages    standalone pages in this language, by path
 * @param sections sections in the configured order, then by name
 * @param tags     tags by slug
 * @param authors  authors by slug
 * @param years    the date archive: one listing per year, newest first
 * @param months   one listing per month, newest first; slugs are {@code 2026-11}
 * @param relations each article's related articles and section neighbours, by source
 */
public record Edition(Language language, List<Article> articles, List<Article> pages, List<Listing> sections,
        List<Listing> tags, List<Listing> authors, List<Listing> years, List<Listing> months,
        Map<String, Relations> relations, List<Article> pinned) {

    public Edition {
        articles = List.copyOf(articles);
        pinned = List.copyOf(pinned);
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        years = List.copyOf(years);
        months = List.copyOf(months);
        relations = Map.copyOf(relations);
    }

    /** The months of a year, newest first. */
    public List<Listing> monthsOf(Listing year) {
        return months.stream().filter(m -> m.slug().startsWith(year.slug() + "-")).toList();
    }

    /** Where the article leads readers on; none for a page. */
    public Relations relationsOf(Article article) {
        return relations.getOrDefault(article.source(), Relations.NONE);
    }

    /** The listing of this kind and slug in this edition, if it has one. */
    public Optional<Listing> listing(Listing.Kind kind, String slug) {
        List<Listing> listings = switch (kind) {
            case SECTION -> sections;
            case TAG -> tags;
            case AUTHOR -> authors;
            case YEAR -> years;
            case MONTH -> months;
        };
        return listings.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }
}

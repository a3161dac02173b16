package org.broadsheet.model;

import java.util.List;
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
 */
public record Edition(Language language, List<Article> articles, List<Article> pages, List<Listing> sections,
        List<Listing> tags, List<Listing> authors) {

    public Edition {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }

    /** The listing of this kind and slug in this edition, if it has one. */
    public java.util.Optional<Listing> listing(Listing.Kind kind, String slug) {
        List<Listing> listings = switch (kind) {
            case SECTION -> sections;
            case TAG -> tags;
            case AUTHOR -> authors;
        };
        return listings.stream().filter(l -> l.slug().equals(slug)).findFirst();
    }
}

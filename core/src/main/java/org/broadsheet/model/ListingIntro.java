package org.broadsheet.model;

import java.util.List;

/**
 * What a section's front page ({@code world/_index.md}) adds to the section's page; {@link #NONE}
 * for every other listing.
 *
 * @param source      the front page's file, or "" for none
 * @param description the page's description, or "" for the theme's standard sentence
 * @param html        the introduction shown above the articles, or ""
 * @param aliases     old paths of the page, each a redirect to it
 */
public record ListingIntro(String source, String description, String html, List<Alias> aliases) {

    public static final ListingIntro NONE = new ListingIntro("", "", "", List.of());

    public ListingIntro {
        aliases = List.copyOf(aliases);
    }
}

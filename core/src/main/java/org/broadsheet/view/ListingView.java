package org.broadsheet.view;

import java.util.List;

/**
 * A listing page; {@code periods} holds a year's months (empty for other kinds), {@code profile}
 * an author's profile (null for other kinds, and for an author without one); {@code description}
 * and {@code intro} what a section's front page ({@code world/_index.md}) says ("" and null when
 * it has none; the introduction shows on the first page only).
 */
public record ListingView(String kind, String slug, String name, String url, String absUrl, int total,
        List<ArticleView> articles, PaginationView pagination, String feedUrl, List<TermView> periods,
        ProfileView profile, String description, Deferred intro) {
}

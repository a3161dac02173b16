package org.broadsheet.view;

import java.util.List;

/**
 * A listing page; {@code periods} holds a year's months (empty for other kinds), {@code profile}
 * an author's profile (null for other kinds, and for an author without one).
 */
public record ListingView(String kind, String slug, String name, String url, String absUrl, int total,
        List<ArticleView> articles, PaginationView pagination, String feedUrl, List<TermView> periods,
        ProfileView profile) {
}

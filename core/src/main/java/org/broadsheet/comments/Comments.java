package org.broadsheet.comments;

import java.util.List;
import java.util.Map;

/**
 * What the comments stage gives the pages: the threads of each article, and how the reply form
 * is set up.
 *
 * @param byArticle the approved replies of each article that has any, by article id
 * @param fields    the reply form's field names
 * @param maxDepth  how deep threads nest; a reply at this depth gets no "Reply" link
 */
public record Comments(Map<String, Discussion> byArticle, FormFields fields, int maxDepth) {

    public Comments {
        byArticle = Map.copyOf(byArticle);
    }

    /** The replies of one article: how many in all, and the top-level ones with theirs nested inside. */
    public record Discussion(int count, List<Comment> comments) {
        public static final Discussion EMPTY = new Discussion(0, List.of());

        public Discussion {
            comments = List.copyOf(comments);
        }
    }

    /** No replies at all, and the default form. */
    public static Comments none() {
        return new Comments(Map.of(), FormFields.DEFAULT, ReplySettings.DEFAULT.maxDepth());
    }

    public Discussion of(String articleId) {
        return byArticle.getOrDefault(articleId, Discussion.EMPTY);
    }
}

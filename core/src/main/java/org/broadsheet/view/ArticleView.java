package org.broadsheet.view;

import java.util.List;
import java.util.Map;

/**
 * An article as templates see it; {@code body} only on its own page, made when printed;
 * {@code corrections} oldest first.
 */
public record ArticleView(String id, String source, String kind, String title, String url, String absUrl,
        DateView date, DateView updated, DateView lastModified, List<LinkView> authors, LinkView section,
        List<LinkView> tags, String summary, ImageView image, String lang, String dir, int wordCount,
        int readingMinutes, boolean draft, List<CorrectionView> corrections, Map<String, Object> params,
        Deferred body, CommentViews.CommentsView comments) implements Shared {

    /** This article as its own page shows it: with its body, and its replies' threads. */
    ArticleView withBody(Deferred body, CommentViews.CommentsView comments) {
        return new ArticleView(id, source, kind, title, url, absUrl, date, updated, lastModified, authors, section,
                tags, summary, image, lang, dir, wordCount, readingMinutes, draft, corrections, params, body,
                comments);
    }
}

package org.broadsheet.view;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.broadsheet.comments.CommentMarkdown;
import org.broadsheet.model.Article;

/**
 * The corrections front matter appends to an article ({@code corrections:}), their inline
 * Markdown rendered as a reply's is: raw HTML shown as text, links only to http(s) and mailto.
 * Thread-safe.
 */
final class CorrectionViews {

    /** Replies' safe inline Markdown, but the newsroom's links: no nofollow or ugc on them. */
    private final CommentMarkdown markdown = new CommentMarkdown("");

    /** The article's corrections, oldest first, each dated by {@code date}. */
    List<CorrectionView> of(Article article, Function<ZonedDateTime, DateView> date) {
        if (!(article.extra().get("corrections") instanceof List<?> list)) {
            return List.of();
        }
        List<CorrectionView> corrections = new ArrayList<>();
        for (Object item : list) {
            Map<?, ?> correction = (Map<?, ?>) item;
            CommentMarkdown.Rendered text = markdown.render(correction.get("text").toString());
            // one paragraph of inline Markdown: its content without the <p> around it
            String html = text.html().replaceFirst("^<p>", "").replaceFirst("</p>$", "");
            corrections.add(new CorrectionView(date.apply(ZonedDateTime.parse(correction.get("date").toString())), html,
                    text.text()));
        }
        return corrections;
    }
}

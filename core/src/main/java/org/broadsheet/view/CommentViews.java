package org.broadsheet.view;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.broadsheet.comments.Comment;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.FormFields;

/**
 * The approved replies as templates see them (documented in docs/content/templates.md, "Template variables"):
 * {@code article.comments} on every article, with the threads on the article's own page only.
 */
public final class CommentViews {

    /** An article's replies: how many, and on its own page the threads, oldest first. */
    public record CommentsView(int count, List<CommentView> threads) {
    }

    /**
     * One reply.
     *
     * @param anchor   the id of its element, {@code comment-<id>}
     * @param website  the reader's site, or null
     * @param lang     its language when it differs from the article's, else null
     * @param canReply false at the deepest level, and when the site takes no replies
     */
    public record CommentView(String id, String anchor, String url, String name, String website,
            DateView date, String lang, TemplateHTMLOutputModel body, String text, int depth,
            boolean canReply, List<CommentView> replies) {
    }

    private static final CommentsView NONE = new CommentsView(0, List.of());

    private final Comments comments;
    private final boolean open;

    /** @param open whether the site takes replies (has a comments endpoint) */
    CommentViews(Comments comments, boolean open) {
        this.comments = comments;
        this.open = open;
    }

    FormFields fields() {
        return comments.fields();
    }

    /** An article's replies; with {@code threads} false just the count, for listings. */
    CommentsView of(String articleId, String articleUrl, String articleLang, boolean threads, Views views) {
        Comments.Discussion discussion = comments.of(articleId);
        if (discussion.count() == 0) {
            return NONE;
        }
        return new CommentsView(discussion.count(), threads
                ? discussion.comments().stream().map(c -> view(c, articleUrl, articleLang, views)).toList()
                : List.of());
    }

    private CommentView view(Comment c, String articleUrl, String articleLang, Views views) {
        String lang = c.lang().isEmpty() ? articleLang : c.lang();
        return new CommentView(c.id(), "comment-" + c.id(), articleUrl + "#comment-" + c.id(), c.name(),
                c.website().isEmpty() ? null : c.website(), views.date(c.date(), lang),
                lang.equalsIgnoreCase(articleLang) ? null : lang, html(c.html()), c.text(), c.depth(),
                open && c.depth() < comments.maxDepth(),
                c.replies().stream().map(r -> view(r, articleUrl, articleLang, views)).toList());
    }

    private static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // fromMarkup never fails for HTML
        }
    }
}

package org.broadsheet.comments;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * An approved reply, placed in its thread, with its body rendered.
 *
 * @param source  the reply's file in the site folder, for messages
 * @param html    the body as safe HTML
 * @param text    the body as plain text
 * @param depth   1 for a reply to the article, 2 for a reply to that, and so on
 * @param replies the replies to it, oldest first
 */
public record Comment(String id, String source, String name, String website, ZonedDateTime date, String lang,
        String html, String text, int depth, List<Comment> replies) {

    public Comment {
        replies = List.copyOf(replies);
    }
}

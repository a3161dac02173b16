package org.broadsheet.comments;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One reader's reply as its file holds it, without the private part (the email address).
 *
 * @param id      stable and unique within its article, e.g. {@code 20261128-101500-7f3a9c2e};
 *                the comment's anchor is {@code #comment-<id>}
 * @param name    the name the reader gave
 * @param website the reader's http(s) address, or empty
 * @param date    when the reply arrived
 * @param replyTo the id of the reply it answers, or empty for a reply to the article
 * @param lang    the language of the page it was written on, or empty
 * @param body    the text, in Markdown
 */
public record Reply(String id, String name, String website, ZonedDateTime date, String replyTo, String lang,
        String body) {

    /** The same reply under another id. */
    public Reply withId(String newId) {
        return new Reply(newId, name, website, date, replyTo, lang, body);
    }

    /** The same reply with its date shown in {@code zone}, as the site shows every date. */
    public Reply inZone(ZoneId zone) {
        return new Reply(id, name, website, date.withZoneSameInstant(zone), replyTo, lang, body);
    }
}

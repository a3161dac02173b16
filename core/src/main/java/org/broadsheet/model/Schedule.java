package org.broadsheet.model;

import java.time.Instant;

/**
 * Which articles a build publishes. A draft waits until it is no longer marked draft; an
 * article dated after the build's "now" is scheduled and waits until its time comes; an article
 * whose expiry has come is gone, whatever the options (there is nothing to preview in it).
 *
 * @param drafts true to publish drafts too
 * @param future true to publish scheduled articles too
 * @param now    the build's "now", an input of the build: a stage never reads the clock
 */
public record Schedule(boolean drafts, boolean future, Instant now) {

    boolean publishes(Article article) {
        return (drafts || !article.draft()) && !isScheduled(article) && !isExpired(article);
    }

    /** Gone from the site: its expiry is at or before "now". */
    boolean isExpired(Article article) {
        return article.expires().isPresent() && !article.expires().get().toInstant().isAfter(now);
    }

    /** Held back only by its date: it will appear once a build runs after that date. */
    boolean isScheduled(Article article) {
        return (drafts || !article.draft()) && !future && article.date().toInstant().isAfter(now);
    }
}

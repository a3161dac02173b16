package org.broadsheet.model;

import java.time.Instant;

/**
 * Which articles a build publishes. A draft waits until it is no longer marked draft; an
 * article dated after the build's "now" is scheduled and waits until its time comes.
 *
 * @param drafts true to publish drafts too
 * @param future true to publish scheduled articles too
 * @param now    the build's "now", an input of the build: a stage never reads the clock
 */
public record Schedule(boolean drafts, boolean future, Instant now) {

    boolean publishes(Article article) {
        return (drafts || !article.draft()) && !isScheduled(article);
    }

    /** Held back only by its date: it will appear once a build runs after that date. */
    boolean isScheduled(Article article) {
        return (drafts || !article.draft()) && !future && article.date().toInstant().isAfter(now);
    }
}

/**
 * The moderation queue: replies that the intake server accepted and a moderator has not yet
 * approved or rejected, one file each under {@code replies/queue/} in the site folder
 * ({@link org.broadsheet.moderation.ReplyQueue}), written so that a file is complete or absent
 * ({@link org.broadsheet.moderation.AtomicFiles}); and approving (into
 * {@code comments/<article id>/}, keeping the email address apart in {@code replies/private/})
 * or rejecting them ({@link org.broadsheet.moderation.Moderation}).
 */
package org.broadsheet.moderation;

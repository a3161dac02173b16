package org.broadsheet.comments;

/**
 * The {@code comments:} settings of {@code broadsheet.yml} besides {@code endpoint}, which the
 * site's own settings hold.
 *
 * @param fields           the names of the reply form's fields
 * @param maxDepth         how deep replies to replies nest; deeper ones join the deepest level
 * @param host             the address {@code replies serve} listens on
 * @param port             its port; 0 picks a free one
 * @param repliesPerMinute posts one client address may make per minute (in a burst, or spread out)
 * @param trustProxy       true when a reverse proxy sets {@code X-Forwarded-For}: the client
 *                         address is then its last entry, not the proxy's own
 */
public record ReplySettings(FormFields fields, int maxDepth, String host, int port, int repliesPerMinute,
        boolean trustProxy) {

    /** WordPress nests five levels deep by default. */
    public static final ReplySettings DEFAULT = new ReplySettings(FormFields.DEFAULT, 5, "127.0.0.1", 8091, 5, false);
}

package org.broadsheet.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.function.LongSupplier;
import org.broadsheet.comments.ReplyTargets;

/**
 * The articles that take replies, as the last build listed them. A new build replaces the list;
 * the server notices within a second (by the file's time and size) and reads it again, so a
 * new article takes replies without a restart. If the list cannot be read, the last one stays.
 * Thread-safe.
 */
final class ArticleIndex {

    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final Path siteRoot;
    private final LongSupplier nanoTime;
    private volatile Map<String, ReplyTargets.Target> targets;
    private long checkedAt;
    private String stamp;

    /** @throws IOException when the site was never built with comments on */
    ArticleIndex(Path siteRoot, LongSupplier nanoTime) throws IOException {
        this.siteRoot = siteRoot;
        this.nanoTime = nanoTime;
        this.stamp = stamp();
        this.targets = ReplyTargets.read(siteRoot);
        this.checkedAt = nanoTime.getAsLong();
    }

    Map<String, ReplyTargets.Target> current() {
        long now = nanoTime.getAsLong();
        synchronized (this) {
            if (now - checkedAt >= CHECK_EVERY_NANOS) {
                checkedAt = now;
                try {
                    String newStamp = stamp();
                    if (!newStamp.equals(stamp)) {
                        targets = ReplyTargets.read(siteRoot);
                        stamp = newStamp;
                    }
                } catch (IOException e) {
                    // a build is replacing the file right now, or it was deleted: keep the last list
                }
            }
        }
        return targets;
    }

    int size() {
        return targets.size();
    }

    private String stamp() throws IOException {
        BasicFileAttributes a = Files.readAttributes(siteRoot.resolve(ReplyTargets.FILE), BasicFileAttributes.class);
        return a.lastModifiedTime() + "/" + a.size() + "/" + a.fileKey();
    }
}

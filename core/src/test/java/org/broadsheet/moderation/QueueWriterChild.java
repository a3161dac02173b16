package org.broadsheet.moderation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.broadsheet.comments.Reply;

/**
 * A process for {@link KillDuringWriteTest} to kill while it writes to the queue (not a test
 * itself). {@code pause SITE}: writes half a file, prints "HALF" and waits to be killed.
 * {@code loop SITE}: adds large replies one after another, printing "ADDED <id>" after each.
 */
public final class QueueWriterChild {

    static final int BODY_BYTES = 1 << 20;

    private QueueWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[1]);
        if (args[0].equals("pause")) {
            AtomicFiles.createNew(site.resolve(ReplyQueue.FOLDER), "paused.md", out -> {
                out.write("---\nid: \"paused\"\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("HALF");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return;
        }
        ReplyQueue queue = new ReplyQueue(site);
        for (int n = 0; ; n++) {
            Reply reply = new Reply("", "Writer", "", ZonedDateTime.now(ZoneOffset.UTC), "", "", body(n));
            Reply added = queue.add(reply, "world/a", Map.of("email", "w@example.org"));
            System.out.println("ADDED " + added.id());
            System.out.flush();
        }
    }

    /** A body that shows whether it was written whole: a start line, a megabyte, an end line. */
    static String body(int n) {
        return "start " + n + "\n" + "x".repeat(BODY_BYTES) + "\nend " + n + "\n";
    }
}

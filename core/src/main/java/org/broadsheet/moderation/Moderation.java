package org.broadsheet.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.comments.ReplyReader;
import org.broadsheet.comments.ReplyTargets;

/**
 * Approves and rejects queued replies. Approving writes the reply's public part to
 * {@code comments/<article id>/<id>.md}, where the next build publishes it, and its email
 * address to {@code replies/private/<id>.yml}, then takes it off the queue; each step is atomic,
 * and running it again after an interruption finishes the job. Rejecting deletes the reply,
 * email address and all.
 */
public final class Moderation {

    /** Where the email addresses of approved replies are kept, relative to the site folder. */
    public static final String PRIVATE_FOLDER = "replies/private";

    /** What became of one id: done, or why not. */
    public record Outcome(String id, boolean done, String message) {
    }

    private final Path root;
    private final ReplyQueue queue;

    public Moderation(Path siteRoot) {
        this.root = siteRoot;
        this.queue = new ReplyQueue(siteRoot);
    }

    public ReplyQueue queue() {
        return queue;
    }

    public Outcome approve(String id) throws IOException {
        Optional<ReplyQueue.Entry> entry = queue.find(id);
        if (entry.isEmpty()) {
            return notQueued(id);
        }
        if (entry.get().reply().isEmpty()) {
            return new Outcome(id, false, entry.get().problem());
        }
        ReplyReader.ReadReply read = entry.get().reply().get();
        String article = read.article();
        if (!isSafeArticleId(article)) {
            return new Outcome(id, false, entry.get().file() + ": article \"" + article + "\" is not an article id");
        }
        Map<String, ReplyTargets.Target> targets = targets();
        if (targets != null && !targets.containsKey(article)) {
            return new Outcome(id, false, "its article " + article + " is not in the last build (was it removed?); "
                    + "reject the reply, or build the site and approve it again");
        }
        Reply reply = read.reply().withId(id);
        Path folder = root.resolve(CommentLoader.FOLDER).resolve(article);
        writeOnce(folder, id + ReplyFile.EXTENSION, ReplyFile.format(reply, "", Map.of()));
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("id", id);
        kept.put("article", article);
        kept.put("email", read.privateFields().getOrDefault("email", ""));
        writeOnce(root.resolve(PRIVATE_FOLDER), id + ".yml", ReplyFile.yaml(kept));
        queue.remove(id);
        String message = "approved the reply by " + reply.name() + " to " + article + "; build the site to publish it";
        if (!reply.replyTo().isEmpty() && !Files.exists(folder.resolve(reply.replyTo() + ReplyFile.EXTENSION))) {
            message += " (it answers " + reply.replyTo() + ", which is not approved; until it is, it shows at the top level)";
        }
        return new Outcome(id, true, message);
    }

    public Outcome reject(String id) throws IOException {
        return queue.remove(id) ? new Outcome(id, true, "rejected and deleted") : notQueued(id);
    }

    private static Outcome notQueued(String id) {
        return new Outcome(id, false, "no reply with this id is waiting for moderation (see `broadsheet replies list`)");
    }

    /** The articles of the last build, or null when the site was never built with replies on. */
    private Map<String, ReplyTargets.Target> targets() throws IOException {
        try {
            return ReplyTargets.read(root);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Writes a new file; a file already there with the same content is an earlier, interrupted approval. */
    private static void writeOnce(Path folder, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.createNew(folder, name, bytes);
        } catch (FileAlreadyExistsException e) {
            if (!Arrays.equals(Files.readAllBytes(folder.resolve(name)), bytes)) {
                throw new FileAlreadyExistsException(folder.resolve(name).toString(), null,
                        "a different file of that name is already there; move it away and approve again");
            }
        }
    }

    /**
     * Whether an article id from a queue file is a plain relative path, so that it names a
     * folder under {@code comments/} and nothing else: no "..", no absolute path, no backslash.
     */
    static boolean isSafeArticleId(String id) {
        if (id.isEmpty() || id.length() > 300 || id.startsWith("/") || id.endsWith("/")
                || id.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '\\' || c == ':')) {
            return false;
        }
        return Arrays.stream(id.split("/", -1)).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..")
                || s.startsWith("."));
    }
}

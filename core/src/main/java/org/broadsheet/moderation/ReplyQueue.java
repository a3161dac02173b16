package org.broadsheet.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.comments.ReplyReader;
import org.broadsheet.source.SourceText;

/**
 * The replies waiting for a moderator: one file per reply in {@code replies/queue/} of the site
 * folder, named after its id. Adding never replaces a file and never leaves a partial one; any
 * number of threads and processes may add at once. The files hold the reader's email address
 * under {@code private:}, so the folder must not be published. Thread-safe.
 */
public final class ReplyQueue {

    /** The queue's folder, relative to the site folder. */
    public static final String FOLDER = "replies/queue";

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** A queued reply as a moderator sees it: read, or the reason it could not be. */
    public record Entry(String id, String file, Optional<ReplyReader.ReadReply> reply, String problem) {
    }

    private final Path root;
    private final Path folder;
    private final SecureRandom random = new SecureRandom();
    private final ReplyReader reader = new ReplyReader(ZoneOffset.UTC);

    public ReplyQueue(Path siteRoot) {
        this.root = siteRoot;
        this.folder = siteRoot.resolve(FOLDER);
    }

    /**
     * Adds a reply under a new id, made of the time it arrived and a random part, e.g.
     * {@code 20261128-101500-7f3a9c2e}; returns the reply with that id. When the call returns,
     * the file is on disk.
     *
     * @param reply         the reply; its id is replaced
     * @param privateFields the parts never published: the email address, the client address
     */
    public Reply add(Reply reply, String article, Map<String, String> privateFields) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Reply withId = reply.withId(ID_TIME.format(reply.date()) + "-" + HexFormat.of().toHexDigits(random.nextInt()));
            byte[] bytes = ReplyFile.format(withId, article, privateFields).getBytes(StandardCharsets.UTF_8);
            try {
                AtomicFiles.createNew(folder, withId.id() + ReplyFile.EXTENSION, bytes);
                return withId;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e; // 32 random bits collided ten times: something else is wrong
                }
            }
        }
    }

    /** Every queued reply, oldest first (ids start with the time). Hidden and temporary files are skipped. */
    public List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + ReplyFile.EXTENSION)) {
            dir.forEach(files::add);
        }
        files.stream().filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(p -> {
            String name = p.getFileName().toString();
            entries.add(read(name.substring(0, name.length() - ReplyFile.EXTENSION.length())));
        });
        return entries;
    }

    /** The queued reply with this id, or empty when there is none. Ids that are not ids find nothing. */
    public Optional<Entry> find(String id) {
        if (!ReplyFile.ID.matcher(id).matches() || !Files.isRegularFile(fileOf(id))) {
            return Optional.empty();
        }
        return Optional.of(read(id));
    }

    /** Deletes a queued reply; false when there was none. */
    public boolean remove(String id) throws IOException {
        if (!ReplyFile.ID.matcher(id).matches()) {
            return false;
        }
        boolean removed = Files.deleteIfExists(fileOf(id));
        AtomicFiles.syncFolder(folder);
        return removed;
    }

    /** Deletes temporary files that a killed process left more than a minute ago. */
    public int removeLeftovers(Instant now) throws IOException {
        return AtomicFiles.removeLeftovers(folder, Duration.ofMinutes(1), now);
    }

    private Path fileOf(String id) {
        return folder.resolve(id + ReplyFile.EXTENSION);
    }

    private Entry read(String id) {
        String file = root.relativize(fileOf(id)).toString().replace('\\', '/');
        try {
            String text = SourceText.decode(Files.readAllBytes(fileOf(id)));
            List<ReplyReader.Issue> issues = new ArrayList<>();
            Optional<ReplyReader.ReadReply> reply = reader.read(text, true, issues);
            String problem = issues.stream().filter(ReplyReader.Issue::error).findFirst()
                    .map(i -> file + ":" + i.line() + ": " + i.message()).orElse("");
            return new Entry(id, file, reply, problem);
        } catch (NoSuchFileException e) {
            return new Entry(id, file, Optional.empty(), file + ": was removed while being read");
        } catch (SourceText.UnreadableTextException e) {
            return new Entry(id, file, Optional.empty(), file + ":" + e.line() + ": " + e.getMessage());
        } catch (IOException e) {
            return new Entry(id, file, Optional.empty(), file + ": cannot be read: " + e.getMessage());
        }
    }
}

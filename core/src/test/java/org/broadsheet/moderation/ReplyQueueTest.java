package org.broadsheet.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.broadsheet.comments.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyQueueTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 28, 10, 15, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path site;

    private static Reply reply(String body) {
        return new Reply("", "Ana", "", DATE, "", "en", body);
    }

    @Test
    void aReplyIsOneFileNamedAfterItsIdWithTheEmailUnderPrivate() throws Exception {
        ReplyQueue queue = new ReplyQueue(site);
        Reply added = queue.add(reply("Hello.\n"), "world/a", Map.of("email", "ana@example.org"));
        assertTrue(added.id().matches("20261128-101500-[0-9a-f]{8}"), added.id());
        assertEquals("---\nid: \"" + added.id() + "\"\narticle: \"world/a\"\nname: \"Ana\"\ndate: \"2026-11-28T10:15:00Z\"\n"
                + "lang: \"en\"\nprivate:\n  email: \"ana@example.org\"\n---\nHello.\n",
                Files.readString(site.resolve("replies/queue/" + added.id() + ".md")));
        ReplyQueue.Entry entry = queue.list().get(0);
        assertEquals(added, entry.reply().orElseThrow().reply());
        assertEquals("ana@example.org", entry.reply().get().privateFields().get("email"));
    }

    @Test
    void manyWritersAtOnceLoseNothingAndReadersOnlyEverSeeWholeReplies() throws Exception {
        ReplyQueue queue = new ReplyQueue(site);
        String big = "y".repeat(200_000);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> partial = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    for (ReplyQueue.Entry e : queue.list()) {
                        if (e.reply().isEmpty() || !e.reply().get().reply().body().endsWith("end\n")) {
                            partial.compareAndSet(null, e.id() + ": " + e.problem());
                        }
                    }
                } catch (Exception e) {
                    partial.compareAndSet(null, e.toString());
                }
            }
        });
        reader.start();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String body = i + " " + (i % 10 == 0 ? big : "short") + " end\n";
            futures.add(writers.submit(() -> queue.add(reply(body), "world/a", Map.of("email", "a@example.org"))));
        }
        HashSet<String> ids = new HashSet<>();
        for (Future<Reply> f : futures) {
            ids.add(f.get().id());
        }
        writers.shutdown();
        writing.set(false);
        reader.join();
        assertNull(partial.get());
        assertEquals(200, ids.size());
        assertEquals(ids, new HashSet<>(queue.list().stream().map(ReplyQueue.Entry::id).toList()));
    }

    @Test
    void aFileIsNeverReplaced() throws Exception {
        Path folder = site.resolve(ReplyQueue.FOLDER);
        AtomicFiles.createNew(folder, "x.md", "first".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.createNew(folder, "x.md", "second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("first", Files.readString(folder.resolve("x.md")));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("x.md"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void idsThatAreNotIdsFindNothingAndRemoveNothing() throws Exception {
        ReplyQueue queue = new ReplyQueue(site);
        Files.createDirectories(site.resolve("replies"));
        Files.writeString(site.resolve("replies/secret.md"), "keep");
        for (String id : List.of("../secret", "..", "", "a/b", "/etc/passwd", "x.md", "a\nb")) {
            assertTrue(queue.find(id).isEmpty(), id);
            assertFalse(queue.remove(id), id);
        }
        assertTrue(Files.exists(site.resolve("replies/secret.md")));
    }

    @Test
    void aBrokenFileIsListedWithItsProblem() throws Exception {
        Path folder = Files.createDirectories(site.resolve(ReplyQueue.FOLDER));
        Files.writeString(folder.resolve("broken.md"), "---\nid: broken\nname: [x\n---\nbody\n");
        ReplyQueue.Entry entry = new ReplyQueue(site).list().get(0);
        assertTrue(entry.reply().isEmpty());
        assertTrue(entry.problem().startsWith("replies/queue/broken.md:4: invalid YAML"), entry.problem());
    }
}

package org.broadsheet.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL, no chance to clean up) while it writes to the queue never leaves
 * a partial reply under a reply's name: the queue shows complete replies or none.
 */
class KillDuringWriteTest {

    @TempDir
    Path site;

    @Test
    void aProcessKilledHalfWayThroughAFileLeavesOnlyAHiddenTemporaryFile() throws Exception {
        Process child = start("pause");
        try (BufferedReader out = output(child)) {
            assertEquals("HALF", out.readLine());
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Path folder = site.resolve(ReplyQueue.FOLDER);
        List<String> names = names(folder);
        assertEquals(1, names.size(), names.toString());
        assertTrue(names.get(0).startsWith(".tmp-"), names.toString());
        ReplyQueue queue = new ReplyQueue(site);
        assertEquals(List.of(), queue.list());
        assertEquals(0, queue.removeLeftovers(Instant.now()), "a fresh temporary file may be a live writer's");
        assertEquals(1, queue.removeLeftovers(Instant.now().plus(Duration.ofMinutes(2))));
        assertEquals(List.of(), names(folder));
    }

    @Test
    void aProcessKilledWhileAddingRepliesLeavesEveryVisibleReplyWhole() throws Exception {
        List<String> added = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process child = start("loop");
            try (BufferedReader out = output(child)) {
                for (int i = 0; i <= round; i++) {
                    String line = out.readLine();
                    assertTrue(line != null && line.startsWith("ADDED "), String.valueOf(line));
                    added.add(line.substring(6));
                }
                Thread.sleep(7L * round); // land at a different point of the next write each round
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        List<ReplyQueue.Entry> entries = new ReplyQueue(site).list();
        for (ReplyQueue.Entry entry : entries) {
            assertTrue(entry.reply().isPresent(), entry.problem());
            String body = entry.reply().get().reply().body();
            String n = body.substring(6, body.indexOf('\n'));
            assertEquals(QueueWriterChild.body(Integer.parseInt(n)), body, entry.id() + " is not whole");
        }
        List<String> ids = entries.stream().map(ReplyQueue.Entry::id).toList();
        // Writes the child finished after the lines read may have landed too (it keeps writing until
        // killed); what matters is that every visible reply is whole and none reported is missing.
        assertTrue(ids.containsAll(added), "every reply reported as added is there: " + added + " in " + ids);
    }

    private Process start(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                QueueWriterChild.class.getName(), mode, site.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader output(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test matrix of the build cache: whatever the options and the "now" of the build before
 * it, a build that starts from the cache writes the very bytes a clean build writes. A cache that
 * forgot an option or a move of the clock would keep an embargoed story on the site.
 */
class CachedBuildMatrixIT {

    /** Every option of a build that changes what is published. */
    private static final List<List<String>> OPTIONS = List.of(List.of(), List.of("drafts"), List.of("future"),
            List.of("drafts", "future"));

    /**
     * Three "now"s: before the scheduled article is due, after it (and after one expired), and
     * back before the published one's date (a build run with an earlier SOURCE_DATE_EPOCH).
     */
    private static final List<Instant> NOWS = List.of(Instant.parse("2026-03-01T12:00:00Z"),
            Instant.parse("2026-07-01T12:00:00Z"), Instant.parse("2026-01-05T12:00:00Z"));

    @TempDir
    Path dir;

    /** One state of a build: its options and its "now". */
    private record State(List<String> options, Instant now) {
        BuildRequest request(Path root) {
            return new BuildRequest(root, root.resolve("site"), options.contains("drafts"), options.contains("future"),
                    now, BuildProgress.NONE);
        }

        @Override
        public String toString() {
            return "build " + String.join(" ", options.stream().map(o -> "--" + o).toList()) + " at " + now;
        }
    }

    @Test
    void aBuildFromTheCacheEqualsACleanBuildAfterABuildWithAnyOtherOptionsOrNow() throws IOException {
        List<State> states = new ArrayList<>();
        OPTIONS.forEach(options -> NOWS.forEach(now -> states.add(new State(options, now))));
        Map<State, Map<String, String>> clean = new HashMap<>();
        for (int i = 0; i < states.size(); i++) {
            Path root = site(dir.resolve("clean-" + i));
            Broadsheet.build(states.get(i).request(root));
            clean.put(states.get(i), TestSite.snapshot(root.resolve("site")));
        }
        assertEquals(states.size(), clean.values().stream().distinct().count(), "each state publishes another site");

        Path root = site(dir.resolve("cached"));
        List<State> walk = everyTransition(states);
        Broadsheet.build(walk.get(0).request(root));
        for (int i = 1; i < walk.size(); i++) {
            State before = walk.get(i - 1);
            State state = walk.get(i);
            Broadsheet.build(state.request(root));
            assertEquals(List.of(), TestSite.differences(clean.get(state), TestSite.snapshot(root.resolve("site"))),
                    "after a " + before + ", a " + state + " from the cache differs from a clean one");
        }
    }

    /**
     * Articles published in January and February, a draft, one that expires in May, and
     * articles scheduled for June and December; every file old, so that the cache trusts their
     * times.
     */
    private static Path site(Path root) throws IOException {
        TestSite.in(root)
                .article("content/world/published.md", "title: Published\ndate: 2026-02-01T08:00:00Z\ntags: [Ports]",
                        "Out since February.\n")
                .article("content/world/draft.md", "title: Draft\ndate: 2026-01-03T08:00:00Z\ndraft: true", "Not yet.\n")
                .article("content/world/embargoed.md", "title: Embargoed\ndate: 2026-06-01T08:00:00Z\ntags: [Ports]",
                        "Out in June.\n")
                .article("content/politics/early.md", "title: Early\ndate: 2026-01-02T08:00:00Z", "Out in January.\n")
                .article("content/politics/poll.md", "title: Poll\ndate: 2026-01-04T08:00:00Z\nexpires: 2026-05-01",
                        "Until May.\n")
                .article("content/politics/later.md", "title: Later\ndate: 2026-12-01T08:00:00Z", "Out in December.\n");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            }
        }
        return root;
    }

    /**
     * A walk through the states that goes from every state to every other state once (an
     * Eulerian circuit of the complete graph, by Hierholzer's algorithm): each step is a build
     * from the cache the step before left.
     */
    private static List<State> everyTransition(List<State> states) {
        Map<State, Deque<State>> unused = new HashMap<>();
        for (State from : states) {
            Deque<State> targets = new ArrayDeque<>(states);
            targets.remove(from);
            unused.put(from, targets);
        }
        Deque<State> stack = new ArrayDeque<>(List.of(states.get(0)));
        List<State> circuit = new ArrayList<>();
        while (!stack.isEmpty()) {
            Deque<State> next = unused.get(stack.peek());
            if (next.isEmpty()) {
                circuit.add(0, stack.pop());
            } else {
                stack.push(next.poll());
            }
        }
        assertEquals(states.size() * (states.size() - 1) + 1, circuit.size());
        return circuit;
    }
}

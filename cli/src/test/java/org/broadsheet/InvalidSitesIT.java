package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sites that must not build. Each folder under {@code src/test/resources/invalid/} is a small
 * site with an {@code expected-errors.txt}: the exact problem lines the command prints to
 * stderr, in order. The build must print exactly those, then one summary line, exit with 1,
 * and write no output at all.
 */
class InvalidSitesIT {

    /** Alias bombs and the like must fail fast, not hang the build. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * Files that git cannot be trusted to keep byte for byte, written by the test instead of
     * committed: the fixture folder then holds only the rest of the site and its expected errors.
     */
    private static final Map<String, Consumer<TestSite>> GENERATED = Map.of(
            "not-utf8", site -> site.bytes("content/world/cafe.md",
                    "---\ntitle: Café culture\ndate: 2026-11-27\n---\nBody.\n".getBytes(StandardCharsets.ISO_8859_1)),
            // emphasis in emphasis in emphasis: the body's tree is too deep for any renderer that recurses
            // (images nested as deep have more brackets than a body may hold, see OversizedBodiesIT)
            "inline-nesting", site -> site.article("content/world/deep.md", "title: Deep\ndate: 2026-11-27",
                    "Intro.\n\n" + "*".repeat(300_000) + "a" + "*".repeat(300_000) + "\n"),
            // invisible characters that would make every feed invalid XML: raw, and as a YAML escape
            "control-characters", site -> {
                site.bytes("content/world/bell.md", "---\ntitle: Bell\ndate: 2026-11-27\n---\nBody.\nRed \u001b[31m alert.\n"
                        .getBytes(StandardCharsets.UTF_8));
                site.bytes("content/world/escaped.md", "---\ntitle: \"Nul\\0Title\"\ndate: 2026-11-27\n---\nBody.\n"
                        .getBytes(StandardCharsets.UTF_8));
            });

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(TestSite.resource("invalid"))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenSiteFailsWithEveryErrorNamingFileAndLineAndWritesNothing(String name, @TempDir Path dir)
            throws IOException {
        Path fixture = TestSite.resource("invalid/" + name);
        List<String> expected = Files.readAllLines(fixture.resolve("expected-errors.txt")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertFalse(expected.isEmpty(), name + "/expected-errors.txt lists no errors");
        TestSite site = TestSite.copyOf("invalid/" + name, dir);
        GENERATED.getOrDefault(name, s -> { }).accept(site);

        TestSite.Run run = assertTimeoutPreemptively(TIME_LIMIT, () -> site.build());

        assertEquals(1, run.exitCode(), run.toString());
        List<String> lines = run.errLines();
        assertEquals(expected, lines.subList(0, lines.size() - 1), run.toString());
        long errors = expected.stream().filter(line -> !line.contains(": warning: ")).count();
        assertEquals("Build failed: " + errors + (errors == 1 ? " error" : " errors") + ". No site was written.",
                lines.get(lines.size() - 1));
        assertEquals("", run.out(), "a failed build prints no summary");
        assertFalse(Files.exists(site.output()), "a failed build creates no site/ folder");
        try (Stream<Path> entries = Files.list(dir)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".site.")
                    && !p.getFileName().toString().equals(".site.lock")),
                    "a failed build leaves no staging folder behind");
        }
    }
}

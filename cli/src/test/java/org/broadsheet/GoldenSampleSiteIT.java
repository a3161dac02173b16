package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's sample site (content/, templates/, broadsheet.yml, authors/ and
 * comments/ at the repository's root) at a fixed "now" and compares every file it writes, byte
 * for byte, with the expected tree checked in under {@code cli/src/test/resources/golden/sample-site/},
 * so that a change to any page shows up in review as a change of that tree.
 *
 * <p>After an intended change, write the tree anew and review its diff:
 * {@code mvn -o verify -pl cli -am -Dit.test=GoldenSampleSiteIT -Dgolden.update=true}.
 */
class GoldenSampleSiteIT {

    /** The expected tree, in the source tree rather than on the class path, so that an update lands there. */
    static final Path GOLDEN = Path.of("src/test/resources/golden/sample-site");

    /** The build's "now": 2026-11-29T09:33:20Z, as the output comparison of issue 15 uses. */
    static final Instant NOW = Instant.ofEpochSecond(1_796_000_000L);

    /** The sample site's folders and files, as at the repository's root. */
    static final List<String> SAMPLE = List.of("broadsheet.yml", "content", "templates", "i18n", "authors", "comments");

    /** At most this many files are shown when the trees differ. */
    static final int FILES_SHOWN = 20;

    @TempDir
    Path dir;

    @Test
    void theSampleSiteIsBuiltExactlyAsTheExpectedTree() throws IOException {
        Path root = dir.resolve("sample");
        Path repository = TestSite.REPOSITORY;
        for (String name : SAMPLE) {
            if (Files.exists(repository.resolve(name))) {
                TestSite.copyTree(repository.resolve(name), root.resolve(name));
            }
        }
        Path output = dir.resolve("site");
        Broadsheet.build(new BuildRequest(root, output, false, false, NOW, BuildProgress.NONE));
        Map<String, String> built = TestSite.snapshot(output);

        if (Boolean.getBoolean("golden.update")) {
            replaceGolden(output);
            return;
        }
        if (!Files.isDirectory(GOLDEN)) {
            fail("no expected tree at " + GOLDEN + "; write it with -Dgolden.update=true");
        }
        List<String> differences = TestSite.differences(TestSite.snapshot(GOLDEN), built);
        if (differences.size() > FILES_SHOWN) {
            int more = differences.size() - FILES_SHOWN;
            differences = new ArrayList<>(differences.subList(0, FILES_SHOWN));
            differences.add("… and " + more + " more files");
        }
        assertEquals(List.of(), differences, "the sample site's output differs from " + GOLDEN
                + " (if the change is intended, write the tree anew with -Dgolden.update=true and review its diff)");
    }

    /** Replaces the expected tree by the output just built. */
    private static void replaceGolden(Path output) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> files = Files.walk(GOLDEN)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        TestSite.copyTree(output, GOLDEN);
        System.out.println("GoldenSampleSiteIT: wrote the expected tree " + GOLDEN.toAbsolutePath());
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A damaged {@code .broadsheet/} cache, however it was damaged, is reported by {@code build
 * --verbose} as rebuilt, and the build writes exactly the site a clean build writes.
 */
class DamagedCacheIT {

    static final String EDIT = "\nMore.\n";

    /** The site a clean build writes from the fixture with {@link #EDIT} added to an article. */
    static Map<String, String> clean;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildClean(@TempDir Path cleanDir) throws IOException {
        TestSite site = TestSite.copyOf("sites/newsroom", cleanDir);
        Files.writeString(site.root().resolve("content/world/alpha.md"), EDIT, StandardOpenOption.APPEND);
        clean = TestSite.snapshot(site.built().output());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            manifest cut in half   | cache: not usable (the manifest's checksum does not match), rebuilt
            manifest emptied       | cache: not usable (the manifest is truncated), rebuilt
            manifest byte flipped  | cache: not usable (the manifest's checksum does not match), rebuilt
            body pack deleted      | cache: body pack not usable (the pack is shorter than the manifest says), rebuilt
            body pack cut in half  | cache: body pack not usable (the pack is shorter than the manifest says), rebuilt
            body pack scrambled    | cache: damaged (the body of
            """)
    void aDamagedCacheIsReportedAndTheSiteBuiltAsIfClean(String damage, String report) throws IOException {
        TestSite site = TestSite.copyOf("sites/newsroom", dir.resolve("site-folder")).built();
        damage(site.root().resolve(".broadsheet/cache"), damage);
        Files.writeString(site.root().resolve("content/world/alpha.md"), EDIT,
                StandardOpenOption.APPEND); // so that the build does not find its output up to date
        if (damage.equals("body pack scrambled")) {
            try (Stream<Path> files = Files.walk(site.output())) { // so that every body is read, the damaged one too
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }

        TestSite.Run run = site.build("--verbose");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains(report), run.out());
        assertEquals(clean, TestSite.snapshot(site.output()));
    }

    private static void damage(Path cache, String damage) throws IOException {
        Path manifest = cache.resolve("manifest.bin");
        Path pack;
        try (Stream<Path> files = Files.list(cache)) {
            pack = files.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
        Path file = damage.startsWith("manifest") ? manifest : pack;
        byte[] bytes = Files.readAllBytes(file);
        if (damage.endsWith("cut in half")) {
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        } else if (damage.endsWith("emptied")) {
            Files.write(file, new byte[0]);
        } else if (damage.endsWith("deleted")) {
            Files.delete(file);
        } else if (damage.endsWith("scrambled")) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] ^= 0x55;
            }
            Files.write(file, bytes);
        } else {
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(file, bytes);
        }
    }
}

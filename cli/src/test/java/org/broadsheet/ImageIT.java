package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-contained image, broadsheet-VERSION-OS-ARCH.tar.gz with its own Java runtime, unpacked and run
 * on a PATH without Java and without JAVA_HOME, as on a machine that has none. Only {@code mvn verify -Pimage}
 * builds the image and names it in the system property broadsheet.image; without it this test is skipped.
 */
@DisabledOnOs(OS.WINDOWS)
class ImageIT {

    /** What the sh launcher calls besides java, copied into a folder of their own that becomes the whole PATH. */
    private static final List<String> TOOLS = List.of("sh", "readlink", "dirname", "getconf", "find", "head", "wc",
            "ls", "cksum", "cut", "mkdir", "mv", "rm");

    @Test
    void theUnpackedImageMakesAndBuildsASiteWithItsOwnJava(@TempDir Path dir) throws Exception {
        String image = System.getProperty("broadsheet.image");
        assumeTrue(image != null, "the self-contained image was not built: mvn verify -Pimage builds and tests it");
        Path home = unpack(Path.of(image), Files.createDirectories(dir.resolve("opt")));
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")));
        String modules = Files.readString(home.resolve("runtime/release"));
        assertTrue(modules.contains("jdk.httpserver") && modules.contains("jdk.localedata"), modules);
        assertFalse(modules.contains("jdk.compiler"), "a runtime of the modules Broadsheet uses, not a whole JDK: " + modules);

        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", pathWithoutJava(Files.createDirectories(dir.resolve("tools"))).toString());
        environment.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        String broadsheet = home.resolve("bin/broadsheet").toString();

        TestSite.Run created = LauncherIT.runIn(dir, environment, List.of(broadsheet, "new", "site", "paper"));
        assertEquals(0, created.exitCode(), created.toString());
        assertTrue(created.out().endsWith("Next: cd paper && broadsheet serve\n"), created.out());
        // jdk.zipfs, which no bytecode names: the theme's files are listed from the jar as a file system
        TestSite.Run theme = LauncherIT.runIn(dir, environment, List.of(broadsheet, "theme", "list"));
        assertEquals(0, theme.exitCode(), theme.toString());
        assertTrue(theme.out().lines().anyMatch("article.ftlh"::equals), theme.out());

        Path site = dir.resolve("paper");
        TestSite.in(site).article("content/news/storm.md", "title: Sturm erreicht die Küste\ndate: 2026-01-15T10:00:00Z", "Text.");
        Path settings = site.resolve("broadsheet.yml");
        Files.writeString(settings, Files.readString(settings).replace("language: en-US", "language: de-DE"));
        environment.put("JAVA_HOME", dir.resolve("no-such-java").toString()); // a stale JAVA_HOME does not matter
        TestSite.Run built = LauncherIT.runIn(site, environment, List.of(broadsheet, "build", "--base-url", "https://example.org/"));
        assertEquals(0, built.exitCode(), built.toString());
        assertTrue(built.out().matches("Built \\d+ pages \\(2 articles, 1 section, 1 tag\\) in \\d+\\.\\d s\\R"), built.out());
        assertEquals("", built.err());
        // jdk.localedata, which no bytecode names either: German month names
        String article = Files.readString(site.resolve("site/news/storm/index.html"));
        assertTrue(article.contains("Sturm erreicht die Küste") && article.contains("15. Januar 2026"), article);
    }

    private static Path unpack(Path archive, Path into) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("tar", "xzf", archive.toString(), "-C", into.toString()).inheritIO().start().waitFor());
        try (Stream<Path> found = Files.list(into)) {
            return found.findFirst().orElseThrow();
        }
    }

    /** {@code tools} with a copy of each of {@link #TOOLS} from this machine's PATH, and no java. */
    private static Path pathWithoutJava(Path tools) throws IOException {
        for (String tool : TOOLS) {
            Optional<Path> found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                    .map(folder -> Path.of(folder, tool)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                Files.copy(found.get(), tools.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        assertFalse(Files.exists(tools.resolve("java")));
        return tools;
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.cli.QuickCompilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** target/broadsheet, the launcher that mvn package writes with its class-data archive. */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    static final Path LAUNCHER = Path.of("target/broadsheet").toAbsolutePath();

    static TestSite.Run launch(Path workDir, Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        return runIn(workDir, environment, command);
    }

    /** Runs {@code command} in {@code workDir} with exactly {@code environment}, as cron or a bare container would. */
    static TestSite.Run runIn(Path workDir, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        int code = builder.start().waitFor();
        return new TestSite.Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherBuildsASiteAsJavaJarDoes(@TempDir Path dir) throws Exception {
        TestSite.in(dir).file("broadsheet.yml", "baseUrl: https://example.org/\n")
                .article("content/world/storm.md", "title: Storm Reaches the Coast\ndate: 2026-01-01", "Text.");
        TestSite.Run run = launch(dir, LAUNCHER, Map.of(), "build");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("Built 9 pages \\(1 article, 1 section, 0 tags\\) in \\d+\\.\\d s\\R"), run.out());
        assertTrue(Files.readString(dir.resolve("site/world/storm/index.html")).contains("Storm Reaches the Coast"));
        assertEquals("", run.err());
    }

    /** -Xshare:on makes the JVM fail, instead of going on without it, when it cannot use the archive. */
    @Test
    void theArchiveFitsThisJavaAndJar(@TempDir Path dir) throws Exception {
        assertTrue(Files.size(LAUNCHER.resolveSibling("broadsheet.jsa")) > 1_000_000);
        TestSite.Run run = launch(dir, LAUNCHER, Map.of("BROADSHEET_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("Broadsheet \\S+\\R"), run.out());
    }

    @Test
    void aLinkToTheLauncherFindsTheJarAndArchive(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("broadsheet"), LAUNCHER);
        TestSite.Run run = launch(dir, link, Map.of("BROADSHEET_OPTS", "-Xshare:on"), "--version");
        Files.delete(link);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Broadsheet "), run.out());
    }

    /** A launcher and jar copied without the archive, or with one made for another jar, still run, silently. */
    @Test
    void withoutAUsableArchiveTheLauncherRunsQuietlyWithoutIt(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("broadsheet"));
        Files.copy(LAUNCHER.resolveSibling("broadsheet.jar"), bin.resolve("broadsheet.jar"));
        TestSite.Run bare = launch(dir, bin.resolve("broadsheet"), Map.of(), "--version");
        assertEquals(0, bare.exitCode(), bare.err());
        Files.copy(LAUNCHER.resolveSibling("broadsheet.jsa"), bin.resolve("broadsheet.jsa"));
        TestSite.Run mismatched = launch(dir, bin.resolve("broadsheet"), Map.of(), "--version");
        assertEquals(0, mismatched.exitCode(), mismatched.err());
        assertEquals(bare.out(), mismatched.out());
        assertEquals("", mismatched.err());
    }

    /** The compiler the launcher asked for: 1 is C1 alone, 4 the JVM's default (both compilers). */
    private static String tieredStopAtLevel(Path dir, Map<String, String> env, String... args) throws Exception {
        Map<String, String> withFlags = new java.util.HashMap<>(env);
        withFlags.merge("BROADSHEET_OPTS", "-XX:+PrintFlagsFinal", (a, b) -> a + " " + b);
        TestSite.Run run = launch(dir, LAUNCHER, withFlags, args);
        java.util.regex.Matcher flag = java.util.regex.Pattern.compile("TieredStopAtLevel\\s+= (\\d)").matcher(run.out());
        assertTrue(flag.find(), run.out() + run.err());
        return flag.group(1);
    }

    /** A build or check of fewer than 20,000 articles compiles with C1 alone from the start; other commands do not. */
    @Test
    void smallBuildsAndChecksGetTheQuickCompilerAlone(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() <= QuickCompilation.FEW_CORES);
        TestSite.in(dir.resolve("small")).article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        assertEquals("1", tieredStopAtLevel(dir, Map.of(), "build", "--source", "small", "--quiet"));
        assertEquals("1", tieredStopAtLevel(dir, Map.of(), "check", "--source=small", "--help"));
        assertEquals("4", tieredStopAtLevel(dir, Map.of(), "--version"));
        assertEquals("4", tieredStopAtLevel(dir, Map.of("BROADSHEET_OPTS", "-Dbroadsheet.compiler=full"),
                "build", "--source", "small", "--quiet"));

        Path content = Files.createDirectories(dir.resolve("large/content/world"));
        for (int i = 0; i < QuickCompilation.UNTIL; i++) {
            Files.createFile(content.resolve(i + ".md"));
        }
        assertEquals("4", tieredStopAtLevel(dir, Map.of(), "build", "--source", "large", "--help"));
    }

    /** A site of one article in {@code dir/paper}. */
    private static Path stormSite(Path dir) throws IOException {
        Path site = Files.createDirectories(dir.resolve("paper"));
        TestSite.in(site).file("broadsheet.yml", "baseUrl: https://example.org/\n")
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-01", "Text.");
        return site;
    }

    /** The names of the files in the launcher's folder of the user's cache, with XDG_CACHE_HOME at {@code dir/cache}. */
    private static List<String> cachedFiles(Path dir) throws IOException {
        try (var found = Files.list(dir.resolve("cache/broadsheet"))) {
            return found.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** The distribution archive unpacked under {@code dir}: the folder that holds its bin/ and lib/. */
    private static Path unpackedDistribution(Path dir) throws IOException, InterruptedException {
        Path archive;
        try (var found = Files.list(LAUNCHER.getParent())) {
            archive = found.filter(p -> p.getFileName().toString().endsWith("-dist.tar.gz")).findFirst().orElseThrow();
        }
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        assertEquals(0, new ProcessBuilder("tar", "xzf", archive.toString(), "-C", unpacked.toString())
                .inheritIO().start().waitFor());
        try (var found = Files.list(unpacked)) {
            return found.findFirst().orElseThrow();
        }
    }

    /**
     * A Java without a base class-data archive (some minimal or jlink'd runtimes) stops at once
     * when asked to make one: the launcher finds that out once, runs the command without an
     * archive, and remembers it.
     */
    @Test
    void aJavaThatCannotMakeAnArchiveRunsEveryCommandWithoutOne(@TempDir Path dir) throws Exception {
        Path home = unpackedDistribution(dir);
        Path java = Files.createDirectories(dir.resolve("minimal-java/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*)\n"
                + "  echo 'Error occurred during initialization of VM' >&2\n"
                + "  echo 'DynamicDumpSharedSpaces is unsupported when base CDS archive is not loaded' >&2\n"
                + "  exit 1;; esac; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Path site = stormSite(dir);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("JAVA_HOME", dir.resolve("minimal-java").toString());
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        for (String command : List.of("build", "check")) {
            TestSite.Run run = runIn(site, environment, List.of(home.resolve("bin/broadsheet").toString(), command,
                    "--quiet"));
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals("", run.err());
        }
        assertTrue(Files.isRegularFile(site.resolve("site/world/storm/index.html")));
        List<String> cached = cachedFiles(dir);
        assertEquals(1, cached.size(), cached::toString);
        assertTrue(cached.get(0).matches("broadsheet-\\d+\\.jsa\\.unsupported"), cached::toString);
    }

    @Test
    void theUnpackedDistributionRunsFromThePathAsAnInstalledToolDoes(@TempDir Path dir) throws Exception {
        Path home = unpackedDistribution(dir);
        assertTrue(Files.isExecutable(home.resolve("bin/broadsheet")));
        assertTrue(Files.isRegularFile(home.resolve("bin/broadsheet.cmd")));
        assertTrue(Files.readString(home.resolve("README.txt")).startsWith("Broadsheet " + Broadsheet.version()));
        // as a user links it into ~/bin: the launcher finds its jar through the link
        Path bin = Files.createDirectories(dir.resolve("home/bin"));
        Files.createSymbolicLink(bin.resolve("broadsheet"), home.resolve("bin/broadsheet"));
        Path site = stormSite(dir);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("PATH", bin + ":" + System.getenv("PATH"));
        environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        TestSite.Run run = runIn(site, environment, List.of("sh", "-c", "broadsheet build -s ."));
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(site.resolve("site/world/storm/index.html")));
        // the first build left a class-data archive for this Java and jar in the user's cache, which the next command uses
        List<String> cached = cachedFiles(dir);
        assertEquals(1, cached.size(), cached::toString);
        assertTrue(cached.get(0).matches("broadsheet-\\d+\\.jsa"), cached::toString);
        environment.put("BROADSHEET_OPTS", "-Xshare:on"); // fails instead of going on when the archive does not fit
        TestSite.Run again = runIn(site, environment, List.of("sh", "-c", "broadsheet build -s . --quiet"));
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("", again.err());
    }
}

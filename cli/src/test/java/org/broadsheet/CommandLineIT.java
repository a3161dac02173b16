package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as users run it: java -jar target/broadsheet.jar ... */
class CommandLineIT {

    static final Path JAR = Path.of("target/broadsheet.jar").toAbsolutePath();

    static TestSite.Run java(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = process.waitFor();
        return new TestSite.Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionWork(@TempDir Path dir) throws Exception {
        TestSite.Run help = java(dir, "--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("build", "replies", "new", "serve", "check", "help")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from\n" + help.out());
        }
        TestSite.Run helpCheck = java(dir, "help", "check");
        assertEquals(0, helpCheck.exitCode());
        assertTrue(helpCheck.out().startsWith("Usage: broadsheet check"), helpCheck.out());
        TestSite.Run buildHelp = java(dir, "build", "--help");
        assertEquals(0, buildHelp.exitCode());
        assertTrue(buildHelp.out().contains("--source") && buildHelp.out().contains("--output")
                && buildHelp.out().contains("--drafts"), buildHelp.out());
        TestSite.Run version = java(dir, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("Broadsheet \\S+\\R"), version.out());
    }

    @Test
    void buildInTheSiteFolderWritesSiteThereAndSummarises(@TempDir Path dir) throws Exception {
        TestSite.in(dir).article("content/world/a.md", "title: A\ndate: 2026-01-01\ntags: [x]", "Text.");
        TestSite.Run run = java(dir, "build");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("Built 10 pages \\(1 article, 1 section, 1 tag\\) in \\d+\\.\\d s\\R"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("site/world/a/index.html")));
    }

    @Test
    void sourceAndOutputChooseOtherFolders(@TempDir Path dir) throws Exception {
        TestSite.in(dir.resolve("src")).article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        TestSite.Run run = java(dir, "build", "--source", "src", "--output", "public");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(dir.resolve("public/world/a/index.html")));
    }

    @Test
    void theShortFormsHugoAndJekyllUsersTypeWork(@TempDir Path dir) throws Exception {
        TestSite.in(dir.resolve("src")).article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.")
                .article("content/world/draft.md", "title: Draft\ndate: 2026-01-01\ndraft: true", "Text.")
                .article("content/world/later.md", "title: Later\ndate: 2099-01-01", "Text.");
        TestSite.Run run = java(dir, "build", "-s", "src", "-d", "public", "-D", "-F", "-q");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.out());
        for (String page : List.of("a", "draft", "later")) {
            assertTrue(Files.isRegularFile(dir.resolve("public/world/" + page + "/index.html")), page);
        }
        TestSite.Run destination = java(dir, "build", "--source", "src", "--destination", "out");
        assertEquals(0, destination.exitCode(), destination.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/world/a/index.html")));
        assertFalse(Files.exists(dir.resolve("out/world/draft/index.html")));
    }

    @Test
    void baseUrlOnTheCommandLineBuildsForAnotherAddressAndTheNextBuildForTheFilesAgain(@TempDir Path dir)
            throws Exception {
        TestSite.in(dir).file("broadsheet.yml", "baseUrl: https://example.org/news/\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        TestSite.Run staging = java(dir, "build", "-b", "https://staging.example.org/");
        assertEquals(0, staging.exitCode(), staging.toString());
        assertEquals("", staging.err());
        assertEquals("https://staging.example.org/world/a/", canonical(dir));
        assertTrue(Files.isRegularFile(dir.resolve("site/world/a/index.html")));
        TestSite.Run production = java(dir, "build");
        assertEquals(0, production.exitCode(), production.toString());
        assertEquals("https://example.org/news/world/a/", canonical(dir));
        TestSite.Run wrong = java(dir, "build", "--base-url", "ftp://example.org/");
        assertEquals(1, wrong.exitCode());
        assertTrue(wrong.err().startsWith("--base-url: \"ftp://example.org/\" must be an http:// or https:// URL"),
                wrong.err());
    }

    @Test
    void anEnvironmentsSettingsAreReadOverTheSitesAndEditingThemRebuilds(@TempDir Path dir) throws Exception {
        TestSite.in(dir).file("broadsheet.yml", "baseUrl: https://example.org/news/\n")
                .file("broadsheet.staging.yml", "baseUrl: https://staging.example.org/\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        assertEquals(0, java(dir, "build", "-e", "staging").exitCode());
        assertEquals("https://staging.example.org/world/a/", canonical(dir));
        Files.writeString(dir.resolve("broadsheet.staging.yml"), "baseUrl: https://preview.example.org/\n");
        assertEquals(0, java(dir, "build", "--environment", "staging").exitCode());
        assertEquals("https://preview.example.org/world/a/", canonical(dir));
        assertEquals(0, java(dir, "build").exitCode());
        assertEquals("https://example.org/news/world/a/", canonical(dir));
    }

    @Test
    void themeEjectCopiesABuiltInFileIntoTheSiteToChangeAndNeverOverwrites(@TempDir Path dir) throws Exception {
        TestSite.in(dir).file("broadsheet.yml", "baseUrl: https://example.org/\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        TestSite.Run list = java(dir, "theme", "list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().lines().toList().containsAll(List.of("article.ftlh", "partials/footer.ftlh",
                "assets/broadsheet.css", "i18n/es.yml")), list.out());
        TestSite.Run eject = java(dir, "theme", "eject", "article.ftlh", "i18n/es.yml");
        assertEquals(0, eject.exitCode(), eject.toString());
        Path article = dir.resolve("templates/article.ftlh");
        try (var builtIn = CommandLineIT.class.getResourceAsStream("/theme/templates/article.ftlh")) {
            assertEquals(new String(builtIn.readAllBytes(), StandardCharsets.UTF_8), Files.readString(article));
        }
        assertTrue(Files.isRegularFile(dir.resolve("i18n/es.yml")));
        Files.writeString(article, Files.readString(article).replace("</article>", "<p>Our own line</p></article>"));
        TestSite.Run again = java(dir, "theme", "eject", "article.ftlh", "no-such.ftlh");
        assertEquals(1, again.exitCode());
        assertEquals("broadsheet: templates/article.ftlh already exists; the site's own file stays as it is\n"
                + "broadsheet: the built-in theme has no file no-such.ftlh; broadsheet theme list names them\n",
                again.err());
        assertTrue(Files.readString(article).contains("Our own line"));
        assertEquals(0, java(dir, "build").exitCode());
        assertTrue(Files.readString(dir.resolve("site/world/a/index.html")).contains("Our own line"));
    }

    private static String canonical(Path dir) throws IOException {
        String page = Files.readString(dir.resolve("site/world/a/index.html"));
        String marker = "rel=\"canonical\" href=\"";
        int at = page.indexOf(marker) + marker.length();
        return page.substring(at, page.indexOf('"', at));
    }

    @Test
    void aSiteBuiltForThisMachinesAddressIsAWarningBeforeItShips(@TempDir Path dir) throws Exception {
        TestSite.in(dir).article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.");
        TestSite.Run local = java(dir, "build");
        assertEquals(0, local.exitCode(), local.toString());
        assertEquals("broadsheet.yml: warning: the site is built for http://localhost:8080, so its canonical links, "
                + "sitemap and feeds point at this machine; set baseUrl in broadsheet.yml, or pass --base-url URL, "
                + "before you deploy it\n", local.err());
        assertEquals("", java(dir, "build", "--base-url", "https://example.org/").err());
        assertEquals("", java(dir, "build", "-q").err());
    }

    @Test
    void errorsGoToStderrWithFileAndLineAndExitOne(@TempDir Path dir) throws Exception {
        TestSite.in(dir).article("content/world/x.md", "title: X\ndate: yesterday", "Text.");
        TestSite.Run run = java(dir, "build");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("content/world/x.md:3: date \"yesterday\" is not ISO 8601"), run.err());
    }

    @Test
    void wrongUsageExitsTwo(@TempDir Path dir) throws Exception {
        TestSite.Run option = java(dir, "build", "--no-such-option");
        assertEquals(2, option.exitCode());
        // the help that lists the options of the command given
        assertTrue(option.err().endsWith("Try 'broadsheet build --help'.\n"), option.err());
        TestSite.Run unknown = java(dir, "bild");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("'bild'") && unknown.err().contains("build"), unknown.err());
        assertTrue(unknown.err().endsWith("Try 'broadsheet --help'.\n"), unknown.err());
        TestSite.Run missing = java(dir, "build", "--source", "nowhere");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nowhere is not a folder"), missing.err());
    }

    @Test
    void serveNamesTheFoldersItWatchesFromTheWorkingFolder(@TempDir Path dir) throws Exception {
        TestSite.in(dir.resolve("gazette")).article("content/world/a.md", "title: A\ndate: 2026-01-01", "A.");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--source", "gazette", "--port", "0").directory(dir.toFile())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("Serving ")) {
                line = out.readLine();
            }
            assertTrue(line != null && line.contains(" Watching gazette/content/, gazette/templates/, gazette/i18n/,"
                    + " gazette/comments/, gazette/authors/ and gazette/broadsheet*.yml; pages reload after each save."),
                    String.valueOf(line));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * An application with its own FreeMarker, SnakeYAML or flexmark can put broadsheet.jar on its
     * class path; JLine, which finds its parts by resource paths, and webp-imageio and JNA, whose native
     * code (JNI) is named for their classes' packages, are the libraries left in place.
     */
    @Test
    void theJarKeepsItsLibrariesInItsOwnPackages() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class"))
                    .map(name -> name.replaceFirst("^META-INF/versions/\\d+/", ""))
                    // JLine, webp-imageio and JNA stay in place: their native code (JNI) names their classes' packages
                    .filter(name -> !name.startsWith("org/broadsheet/") && !name.startsWith("org/jline/")
                            && !name.startsWith("com/luciad/imageio/webp/") && !name.startsWith("com/sun/jna/"))
                    .forEach(foreign::add);
        }
        assertEquals(List.of(), foreign);
    }

    /**
     * macOS's file watcher (FSEvents, called through JNA) finds JNA's native library where JNA looks
     * for it on either kind of Mac; the other platforms', which nothing loads, are left out.
     */
    @Test
    void theJarCarriesJnasNativeLibraryForMacOsOnly() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> natives = jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith("com/sun/jna/") && name.contains("jnidispatch")).sorted().toList();
            assertEquals(List.of("com/sun/jna/darwin-aarch64/libjnidispatch.jnilib",
                    "com/sun/jna/darwin-x86-64/libjnidispatch.jnilib"), natives);
            assertTrue(jar.getEntry("org/broadsheet/lib/io/methvin/watchservice/MacOSXListeningWatchService.class") != null);
        }
    }
}

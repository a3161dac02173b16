package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.source.FileNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names beyond ASCII in every locale. Java reads file names with the charset of the locale,
 * and cron, a bare container or {@code env -i} leave it C's, which has no "ñ": there the launcher
 * builds the same site as under a UTF-8 locale, and {@code java -jar} stops with the setting to
 * change; never another site, never a stack trace.
 */
@EnabledOnOs(OS.LINUX)
class LocalesIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** What cron or {@code env -i} gives a command: no LANG, no LC_ALL. */
    private static final Map<String, String> NO_LOCALE = Map.of("PATH", "/usr/bin:/bin");
    private static final String ADVICE = "the current locale (no LANG or LC_ALL is set) reads file names as"
            + " ANSI_X3.4-1968, not UTF-8; run Broadsheet with a UTF-8 locale, such as LC_ALL=C.UTF-8";

    /** Whether a JVM without a locale reads names as ASCII, as under glibc's C locale (musl's reads UTF-8). */
    private static boolean withoutALocaleJavaReadsAscii;

    @BeforeAll
    static void findHowJavaReadsNames(@TempDir Path dir) throws Exception {
        assumeTrue(FileNames.ofThisSystem().readsEveryName(), "the tests' own JVM cannot write their file names");
        TestSite.Run settings = LauncherIT.runIn(dir, NO_LOCALE, List.of(JAVA, "-XshowSettings:properties", "-version"));
        withoutALocaleJavaReadsAscii = settings.err().contains("sun.jnu.encoding = ANSI_X3.4-1968");
    }

    private static TestSite spanishSite(Path dir) {
        return TestSite.in(dir).article("content/world/niño-café.md", "title: El niño del café\ndate: 2026-01-01\n"
                + "tags: [عاصفة]\naliases: [/mundo/café/]", "![La taza](café.png)\n")
                .bytes("content/world/café.png", ImagesIT.image("png", 4, 3));
    }

    private static TestSite.Run javaJar(Path dir, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(JAVA, "-jar", CommandLineIT.JAR.toString()));
        command.addAll(List.of(args));
        return LauncherIT.runIn(dir, environment, command);
    }

    @Test
    void theLauncherBuildsTheSameSiteWithoutALocaleAsUnderUtf8(@TempDir Path dir) throws Exception {
        Map<String, Map<String, String>> locales = Map.of("utf8", Map.of("LANG", "C.UTF-8"), "none", Map.of(),
                "c", Map.of("LC_ALL", "C", "LANG", "C.UTF-8"));
        Map<String, Map<String, String>> sites = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> locale : locales.entrySet()) {
            TestSite site = spanishSite(dir.resolve(locale.getKey()));
            Map<String, String> environment = new HashMap<>(NO_LOCALE);
            environment.putAll(locale.getValue());
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("SOURCE_DATE_EPOCH", "1767571200"); // 2026-01-05
            TestSite.Run run = LauncherIT.runIn(site.root(), environment,
                    List.of(LauncherIT.LAUNCHER.toString(), "build", "--quiet"));
            assertEquals(0, run.exitCode(), locale.getKey() + ": " + run);
            sites.put(locale.getKey(), TestSite.snapshot(site.output()));
        }

        assertTrue(sites.get("utf8").get("world/nino-cafe/index.html").contains("width=\"4\" height=\"3\""));
        assertTrue(sites.get("utf8").containsKey("world/café.png"));
        assertEquals(List.of(), TestSite.differences(sites.get("utf8"), sites.get("none")));
        assertEquals(List.of(), TestSite.differences(sites.get("utf8"), sites.get("c")));
    }

    /** The launcher leaves a UTF-8 locale as the user set it: this one is missing, which Java then says. */
    @Test
    void theLauncherKeepsAUtf8LocaleOfTheUsersOwn(@TempDir Path dir) throws Exception {
        assumeTrue(withoutALocaleJavaReadsAscii);
        spanishSite(dir);
        Map<String, String> environment = new HashMap<>(NO_LOCALE);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("LANG", "xx_XX.UTF-8");

        TestSite.Run run = LauncherIT.runIn(dir, environment, List.of(LauncherIT.LAUNCHER.toString(), "build"));

        assertEquals("content/world/caf??.png: this file name cannot be read: the current locale (LANG=xx_XX.UTF-8),"
                + " which this machine does not have, reads file names as ANSI_X3.4-1968, not UTF-8; run Broadsheet"
                + " with a UTF-8 locale, such as LC_ALL=C.UTF-8", run.errLines().get(0));
    }

    @Test
    void javaJarWithoutALocaleRefusesNamesBeyondAsciiAndLeavesThePublishedSite(@TempDir Path dir) throws Exception {
        assumeTrue(withoutALocaleJavaReadsAscii);
        TestSite site = spanishSite(dir).built();
        Map<String, String> published = TestSite.snapshot(site.output());

        TestSite.Run run = javaJar(dir, NO_LOCALE, "build");

        assertEquals(List.of("content/world/caf??.png: this file name cannot be read: " + ADVICE,
                "content/world/ni??o-caf??.md: this file name cannot be read: " + ADVICE,
                "Build failed: 2 errors. The previous site in ./site is unchanged."), run.errLines());
        assertEquals(1, run.exitCode());
        assertEquals(published, TestSite.snapshot(site.output()));
    }

    /** Names a build makes from front matter: a tag in Arabic, an alias with an accent. */
    @Test
    void javaJarWithoutALocaleRefusesPagesWhoseNamesItCannotWrite(@TempDir Path dir) throws Exception {
        assumeTrue(withoutALocaleJavaReadsAscii);
        TestSite.in(dir).article("content/world/storm.md", "title: Storm\ndate: 2026-01-01\ntags: [عاصفة]\n"
                + "aliases: [/mundo/café/]", "Text.\n");

        TestSite.Run run = javaJar(dir, NO_LOCALE, "build");

        assertEquals(List.of(
                "content: the feed \"????? ? Broadsheet\" would be written to tags/?????/feed.xml, a name that cannot be"
                        + " written: " + ADVICE,
                "content: the tag page of \"?????\" would be written to tags/?????/index.html, a name that cannot be"
                        + " written: " + ADVICE,
                "content/world/storm.md:5: alias /mundo/caf?/ would be written to mundo/caf?/index.html, a name that"
                        + " cannot be written: " + ADVICE,
                "Build failed: 3 errors. No site was written."), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void javaJarWithoutALocaleRefusesAnArgumentOrCurrentFolderBeyondAscii(@TempDir Path dir) throws Exception {
        assumeTrue(withoutALocaleJavaReadsAscii);
        Path josé = Files.createDirectories(dir.resolve("josé"));

        TestSite.Run argument = javaJar(dir, NO_LOCALE, "build", "--source", "josé");
        TestSite.Run folder = javaJar(josé, NO_LOCALE, "build");

        assertEquals(List.of("broadsheet: \"jos??\" cannot be read: " + ADVICE), argument.errLines());
        assertEquals(2, argument.exitCode());
        assertEquals(List.of("broadsheet: the current folder " + dir + "/jos?? cannot be read: " + ADVICE),
                folder.errLines());
        assertEquals(2, folder.exitCode());
    }

    /** Bytes that are not UTF-8 in a name (a file saved from a Latin-1 system) read as U+FFFD even under UTF-8. */
    @Test
    void aNameThatIsNotUtf8IsAnErrorUnderAUtf8Locale(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.in(dir).article("content/world/storm.md", "title: Storm\ndate: 2026-01-01", "Text.\n");
        assertEquals(0, new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'content/world/caf\\351.png')\"")
                .directory(dir.toFile()).start().waitFor());

        TestSite.Run run = site.build();

        assertEquals(List.of("content/world/caf?.png: its name is not UTF-8 (saved in another charset, such as Latin-1);"
                + " rename it", "Build failed: 1 error. No site was written."), run.errLines());
    }

    /** A request for a name the dev server's locale cannot make a path of finds no page, as any other. */
    @Test
    void theDevServerWithoutALocaleAnswersARequestBeyondAsciiWithNotFound(@TempDir Path dir) throws Exception {
        assumeTrue(withoutALocaleJavaReadsAscii);
        TestSite.in(dir).article("content/world/storm.md", "title: Storm\ndate: 2026-01-01", "Text.\n");
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", CommandLineIT.JAR.toString(), "serve", "--port", "0")
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(NO_LOCALE);
        Process server = builder.start();
        try {
            String url = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> servingUrl(server));
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "world/storm/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> accented = client.send(HttpRequest.newBuilder(URI.create(url + "caf%C3%A9.png")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertEquals(404, accented.statusCode());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The address the dev server prints once it serves. */
    private static String servingUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/) ");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = serving.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the dev server ended without serving");
    }
}

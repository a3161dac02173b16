package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same input gives byte-identical output, whatever the machine: its time zone, its locale,
 * and the order in which the file system lists files. Builds run in-process at a fixed "now",
 * since the footer's year is the one thing that comes from the clock.
 */
class ReproducibleOutputIT {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSameSiteBuiltTwiceIsByteIdentical() {
        Path root = write(dir.resolve("paper"), files());

        Map<String, String> first = build(root, dir.resolve("first"));
        Map<String, String> second = build(root, dir.resolve("second"));

        assertTrue(first.containsKey("mundo/2026/11/27/conversaciones/index.html"), first.keySet().toString());
        assertEquals(List.of(), TestSite.differences(first, second));
    }

    /** What a JVM picks at random, such as the order of a {@code Map.of}, must not reach a page. */
    @Test
    void twoRunsOfTheToolGiveTheSameBytes() throws Exception {
        Path root = write(dir.resolve("paper"), files());

        TestSite.Run first = CommandLineIT.java(root, "build", "--output", dir.resolve("first").toString());
        TestSite.Run second = CommandLineIT.java(root, "build", "--output", dir.resolve("second").toString());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        Map<String, String> one = TestSite.snapshot(dir.resolve("first"));
        Map<String, String> other = TestSite.snapshot(dir.resolve("second"));
        one.remove(".broadsheet-site"); // names the output folder it was built into
        other.remove(".broadsheet-site");
        assertEquals(List.of(), TestSite.differences(one, other));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "tr-TR, Pacific/Kiritimati",
        "ar-SA, Pacific/Pago_Pago",
        "th-TH-u-nu-thai, Asia/Kathmandu",
        "hi-IN-u-nu-deva, America/St_Johns"})
    void theMachinesTimeZoneAndLocaleDoNotChangeTheOutput(String locale, String zone) {
        Path root = write(dir.resolve("paper"), files());
        Map<String, String> reference = buildOnMachine(root, dir.resolve("reference"), Locale.US, "UTC");

        Map<String, String> elsewhere = buildOnMachine(root, dir.resolve("elsewhere"), Locale.forLanguageTag(locale), zone);

        assertEquals(List.of(), TestSite.differences(reference, elsewhere));
    }

    @Test
    void theOrderInWhichFilesWereCreatedDoesNotMatter() {
        Map<String, byte[]> files = files();
        List<String> reversed = new ArrayList<>(files.keySet());
        Collections.reverse(reversed);
        Map<String, byte[]> backwards = new LinkedHashMap<>();
        reversed.forEach(name -> backwards.put(name, files.get(name)));
        Path forwardRoot = write(dir.resolve("forward"), files);
        Path backwardRoot = write(dir.resolve("backward"), backwards);

        Map<String, String> forward = build(forwardRoot, dir.resolve("forward-site"));
        Map<String, String> backward = build(backwardRoot, dir.resolve("backward-site"));

        assertEquals(List.of(), TestSite.differences(forward, backward));
    }

    private static Map<String, String> build(Path root, Path output) {
        Broadsheet.build(BuildRequest.of(root).withOutput(output).at(NOW));
        return TestSite.snapshot(output);
    }

    /** Builds as a machine with this default locale and time zone would, then puts the JVM's back. */
    private static Map<String, String> buildOnMachine(Path root, Path output, Locale locale, String zone) {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return build(root, output);
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    private static Path write(Path root, Map<String, byte[]> files) {
        TestSite site = TestSite.in(root);
        files.forEach(site::bytes);
        return root;
    }

    /**
     * A site that exercises what varies between machines: dates near midnight in a zone with an
     * offset, a permalink with dates in it, articles published at the same instant, tags spelled
     * differently, accented, Turkish and Arabic names, an article in another language, a page, a
     * bundle with a picture, and pagination.
     */
    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        text(files, "broadsheet.yml", """
                title: El Diario
                baseUrl: https://example.org/noticias/
                language: es-VE
                timezone: America/Caracas
                paginate: 2
                permalink: /:section/:year/:month/:day/:slug/
                """);
        text(files, "content/mundo/2026-11-27-conversaciones.md", """
                ---
                title: Conversaciones en Caracas
                date: 2026-11-28T02:30:00Z
                author: Elena Ruiz
                tags: [Diplomacia, Société Générale]
                ---
                Las conversaciones *continúan* el lunes.
                """);
        text(files, "content/mundo/inundaciones.md", """
                ---
                title: Las inundaciones retroceden
                date: 2026-11-20T09:00:00-04:00
                author: Ana Pérez
                tags: [clima, diplomacia]
                ---
                El agua baja.
                """);
        text(files, "content/economia/tasas.md", """
                ---
                title: Tasas sin cambios
                date: 2026-11-20T13:00:00Z
                author: [Ana Pérez, Elena Ruiz]
                tags: [Clima, Mercados]
                ---
                El banco central mantiene las tasas.
                """);
        text(files, "content/economia/bolsa.md", """
                ---
                title: Markets close higher
                date: 2026-11-20T13:00:00Z
                lang: en-US
                tags: [Mercados, İstanbul]
                ---
                Stocks rose in Istanbul and Caracas.
                """);
        text(files, "content/mundo/cairo.md", """
                ---
                title: مؤتمر في القاهرة
                slug: القاهرة
                date: 2026-11-19T23:59:59+02:00
                lang: ar
                tags: [Iğdır]
                ---
                نص المقال.
                """);
        text(files, "content/cultura/festival/index.md", """
                ---
                title: Festival de cine
                date: 2026-11-18
                image: {src: cartel.jpg, alt: El cartel, caption: El cartel del festival}
                ---
                ![El cartel](cartel.jpg)
                """);
        files.put("content/cultura/festival/cartel.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
        text(files, "content/acerca.md", """
                ---
                title: Acerca de El Diario
                date: 2026-01-01
                ---
                Un diario de ejemplo.
                """);
        return files;
    }

    private static void text(Map<String, byte[]> files, String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
    }
}

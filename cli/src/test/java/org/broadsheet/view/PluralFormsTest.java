package org.broadsheet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.TestSite;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.problem.Problems;
import org.broadsheet.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counted texts ("{0} articles") take the form CLDR's plural rules give the count in each shipped language. */
class PluralFormsTest {

    /** The languages the theme ships texts for. */
    static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt", "ar");

    private static Messages sixLanguages(Path dir) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\nlanguages:\n"
                + String.join("", SHIPPED.stream().map(code -> "  - code: " + code + "\n").toList()));
        Problems problems = new Problems();
        return Messages.load(site.root(), new SiteConfigLoader().load(site.root(), problems), problems);
    }

    @Test
    void arabicHasSixFormsAndElevenIsMany(@TempDir Path dir) {
        Messages.Lookup t = sixLanguages(dir).forLanguage("ar");
        assertEquals("لا مقالات", t.text("articles", 0));
        assertEquals("مقال واحد", t.text("articles", 1));
        assertEquals("دقيقة واحدة للقراءة", t.text("min_read", 1), "a one-minute read, not \"1 minutes\"");
        assertEquals("٣ دقائق للقراءة", t.text("min_read", 3));
        assertEquals("مقالان", t.text("articles", 2));
        assertTrue(t.text("articles", 3).endsWith(" مقالات"), t.text("articles", 3));
        assertTrue(t.text("articles", 11).endsWith(" مقالًا"), "11 is many, not other: " + t.text("articles", 11));
        assertTrue(t.text("articles", 100).endsWith(" مقال"), t.text("articles", 100));
        assertTrue(t.text("articles", 103).endsWith(" مقالات"), "103 is few again: " + t.text("articles", 103));
    }

    @Test
    void frenchAndPortugueseCountZeroAsOneEnglishAndGermanDoNot(@TempDir Path dir) {
        Messages messages = sixLanguages(dir);
        assertEquals("0 article", messages.forLanguage("fr").text("articles", 0));
        assertEquals("0 artigo", messages.forLanguage("pt").text("articles", 0));
        assertEquals("0 articles", messages.forLanguage("en").text("articles", 0));
        assertEquals("2 articles", messages.forLanguage("fr").text("articles", 2));
        assertEquals("0 Kommentare", messages.forLanguage("de").text("reply_count", 0));
        assertTrue(messages.forLanguage("es").text("articles", 1_000_000).endsWith(" de artículos"),
                "a million takes Spanish's many form");
    }

    @Test
    void aFormTheBundleLacksFallsBackToOther(@TempDir Path dir) {
        TestSite.in(dir).file("i18n/ar.yml", "articles:\n  one: \"مقال واحد\"\n  other: \"{0} مقال\"\n");
        Messages.Lookup t = sixLanguages(dir).forLanguage("ar");
        assertEquals("مقال واحد", t.text("articles", 1));
        assertEquals("دقيقة واحدة للقراءة", t.text("min_read", 1), "a one-minute read, not \"1 minutes\"");
        assertEquals("٣ دقائق للقراءة", t.text("min_read", 3));
        assertTrue(t.text("articles", 11).endsWith(" مقال"), t.text("articles", 11));
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"), List.copyOf(t.pluralTexts("articles").keySet()));
    }

    @Test
    void everyShippedBundleGivesExactlyTheFormsItsLanguageNeeds() throws Exception {
        Map<String, Object> english = bundle("en");
        List<String> problems = new ArrayList<>();
        for (String code : SHIPPED) {
            List<String> needed = new PluralForms(Locale.forLanguageTag(code)).categories();
            Map<String, Object> texts = bundle(code);
            english.forEach((key, value) -> {
                if (value instanceof Map<?, ?>) {
                    Object forms = texts.get(key);
                    List<String> given = forms instanceof Map<?, ?> map
                            ? map.keySet().stream().map(String::valueOf).toList() : List.of();
                    if (!given.equals(needed)) {
                        problems.add(code + ".yml " + key + ": " + given + ", needs " + needed);
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    private static Map<String, Object> bundle(String code) throws Exception {
        try (InputStream in = PluralFormsTest.class.getResourceAsStream("/theme/i18n/" + code + ".yml")) {
            return YamlReader.forFiles(1 << 20).read(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1).values();
        }
    }
}

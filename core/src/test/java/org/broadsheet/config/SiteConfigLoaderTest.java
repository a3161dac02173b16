package org.broadsheet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.source.ImageSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigLoaderTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private SiteConfig load(String yaml) throws IOException {
        Files.writeString(site.resolve("broadsheet.yml"), yaml, StandardCharsets.UTF_8);
        return new SiteConfigLoader().load(site, problems);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void aMissingFileMeansDefaults() {
        SiteConfig config = new SiteConfigLoader().load(site, problems);

        assertEquals(SiteConfig.defaults(), config);
        assertEquals(List.of(), problems.all());
        assertEquals("Broadsheet", config.title());
        assertEquals(new BaseUrl("http://localhost:8080", "/"), config.baseUrl());
        assertFalse(config.baseUrlGiven());
        assertEquals("en-US", config.language());
        assertEquals(ZoneId.of("UTC"), config.timezone());
        assertEquals(10, config.paginate());
        assertEquals(PermalinkPattern.DEFAULT, config.permalink());
        assertFalse(config.hasComments());
        assertTrue(config.unsafeHtml());
    }

    @Test
    void anEmptyFileMeansDefaults() throws IOException {
        assertEquals(SiteConfig.defaults(), load(""));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void everyKnownKeyIsRead() throws IOException {
        SiteConfig config = load("""
                title: The Gazette
                description: News from everywhere.
                baseUrl: https://example.org/news
                language: es-VE
                timezone: America/Caracas
                paginate: 5
                permalink: /:year/:slug/
                comments:
                  endpoint: https://example.org/replies
                markdown:
                  unsafeHtml: false
                sections:
                  world: World
                  Politics:
                    title: Politics & Power
                """);

        assertEquals(List.of(), reported());
        assertEquals("The Gazette", config.title());
        assertEquals("News from everywhere.", config.description());
        assertEquals(new BaseUrl("https://example.org", "/news/"), config.baseUrl());
        assertTrue(config.baseUrlGiven());
        assertEquals("es-VE", config.language());
        assertEquals(ZoneId.of("America/Caracas"), config.timezone());
        assertEquals(5, config.paginate());
        assertEquals("/:year/:slug/", config.permalink().pattern());
        assertEquals("https://example.org/replies", config.commentsEndpoint());
        assertTrue(config.hasComments());
        assertFalse(config.unsafeHtml());
        assertEquals(Map.of("world", Map.of("", "World"), "politics", Map.of("", "Politics & Power")),
                config.names().sections());
        assertEquals(List.of("world", "politics"), List.copyOf(config.names().sections().keySet()));
        assertEquals(Map.of(), config.params());
    }

    @Test
    void aBaseUrlWithASubPathLinksUnderIt() throws IOException {
        SiteConfig config = load("baseUrl: https://Example.org/regional/news\n");

        assertEquals("https://example.org", config.baseUrl().origin());
        assertEquals("/regional/news/", config.baseUrl().path());
        assertEquals("/regional/news/world/talks/", config.baseUrl().link("world/talks/"));
        assertEquals("https://example.org/regional/news/feed.xml", config.baseUrl().absolute("feed.xml"));
    }

    @Test
    void aBarePathBaseUrlServesLocally() throws IOException {
        SiteConfig config = load("baseUrl: /news/\n");

        assertEquals(new BaseUrl("http://localhost:8080", "/news/"), config.baseUrl());
        assertTrue(config.baseUrlGiven());
    }

    @Test
    void unknownKeysAreKeptInParams() throws IOException {
        SiteConfig config = load("title: T\nnewsroom:\n  email: desk@example.org\nanalytics: false\ncolumns: 3\n");

        assertEquals(List.of("newsroom", "analytics", "columns"), List.copyOf(config.params().keySet()));
        assertEquals(Map.of("email", "desk@example.org"), config.params().get("newsroom"));
        assertEquals(Boolean.FALSE, config.params().get("analytics"));
        assertEquals(3L, config.params().get("columns"));
    }

    @Test
    void eachWrongValueIsReportedAtItsLineAndDefaultsAreUsed() throws IOException {
        SiteConfig config = load("""
                title: Fine
                baseUrl: ftp://example.org/
                language: en_US
                timezone: Mars/Olympus_Mons
                paginate: 0
                permalink: /:id/
                comments:
                  endpoint: javascript:alert(1)
                markdown:
                  unsafeHtml: maybe
                """);

        assertEquals(List.of(
                "broadsheet.yml:2: baseUrl \"ftp://example.org/\" must be an http:// or https:// URL such as https://example.org/news/",
                "broadsheet.yml:3: language \"en_US\" is not a BCP 47 language tag such as en-US or es-VE",
                "broadsheet.yml:4: timezone \"Mars/Olympus_Mons\" is not an IANA time zone such as America/Caracas or UTC",
                "broadsheet.yml:5: paginate must be a whole number from 1 to 1000, not \"0\"",
                "broadsheet.yml:6: permalink \"/:id/\" must contain :slug, or two articles would share a URL",
                "broadsheet.yml:8: comments.endpoint \"javascript:alert(1)\" must be an http(s) URL or a path starting with '/'",
                "broadsheet.yml:10: markdown.unsafeHtml must be true or false, not \"maybe\""),
                reported());
        SiteConfig defaults = SiteConfig.defaults();
        assertEquals("Fine", config.title());
        assertEquals(defaults.baseUrl(), config.baseUrl());
        assertEquals(defaults.language(), config.language());
        assertEquals(defaults.timezone(), config.timezone());
        assertEquals(defaults.paginate(), config.paginate());
        assertEquals(defaults.permalink(), config.permalink());
        assertEquals("", config.commentsEndpoint());
        assertEquals(defaults.unsafeHtml(), config.unsafeHtml());
    }

    @Test
    void paginateMustBeAWholeNumberInRange() throws IOException {
        load("paginate: 1001\n");
        load("paginate: 2.5\n");
        load("paginate: ten\n");

        assertEquals(List.of(
                "broadsheet.yml:1: paginate must be a whole number from 1 to 1000, not \"1001\"",
                "broadsheet.yml:1: paginate must be a whole number from 1 to 1000, not \"2.5\"",
                "broadsheet.yml:1: paginate must be a whole number from 1 to 1000, not \"ten\""),
                reported());
    }

    @Test
    void textKeysGivenAsListsOrMapsAreReported() throws IOException {
        SiteConfig config = load("title: [a, b]\ndescription:\n  x: y\n");

        assertEquals(List.of("broadsheet.yml:1: title must be text, not a list",
                "broadsheet.yml:2: description must be text, not a map"),
                reported());
        assertEquals("Broadsheet", config.title());
        assertEquals("", config.description());
    }

    @Test
    void blocksThatAreNotMapsAreReported() throws IOException {
        SiteConfig config = load("comments: yes\nmarkdown: [a]\nsections: World\n");

        assertEquals(List.of(
                "broadsheet.yml:1: comments must be a map of keys and values",
                "broadsheet.yml:2: markdown must be a map of keys and values",
                "broadsheet.yml:3: sections must be a map of keys and values"),
                reported());
        assertFalse(config.hasComments());
        assertEquals(Map.of(), config.names().sections());
    }

    @Test
    void aSectionWithoutADisplayNameIsReportedAtItsLine() throws IOException {
        SiteConfig config = load("sections:\n  world: World\n  sports: [a, b]\n");

        assertEquals(List.of("broadsheet.yml:3: sections.sports must be a display name, e.g. sports: Sports, "
                + "or names by language, e.g. {title: World, es-VE: Mundo}"), reported());
        assertEquals(Map.of("world", Map.of("", "World")), config.names().sections());
    }

    @Test
    void aCommentsEndpointMayBeASitePath() throws IOException {
        assertEquals("/replies", load("comments:\n  endpoint: \" /replies \"\n").commentsEndpoint());
        assertEquals(List.of(), reported());
    }

    @Test
    void yamlErrorsAreReportedWithLineAndColumn() throws IOException {
        SiteConfig config = load("title: A\ntitle: B\n");

        assertEquals(List.of("broadsheet.yml:2:1: key \"title\" is given twice (first on line 1)"), reported());
        assertEquals(SiteConfig.defaults(), config);
    }

    @Test
    void aFolderNamedLikeTheFileIsReportedNotThrown() throws IOException {
        Files.createDirectories(site.resolve("broadsheet.yml"));

        SiteConfig config = new SiteConfigLoader().load(site, problems);

        assertEquals(List.of("broadsheet.yml: is a folder, not a YAML file"), reported());
        assertEquals(SiteConfig.defaults(), config);
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtItsLine() throws IOException {
        Files.write(site.resolve("broadsheet.yml"), new byte[] {'t', ':', ' ', 'a', '\n', 't', '2', ':', ' ', (byte) 0xE9, '\n'});

        SiteConfig config = new SiteConfigLoader().load(site, problems);

        assertEquals(List.of("broadsheet.yml:2: is not UTF-8 (bad byte at offset 9); save the file as UTF-8"), reported());
        assertEquals(SiteConfig.defaults(), config);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() throws IOException {
        SiteConfig config = load("\uFEFFtitle: Gazette\r\npaginate: 7\r\n");

        assertEquals(List.of(), reported());
        assertEquals("Gazette", config.title());
        assertEquals(7, config.paginate());
    }

    @Test
    void aGadgetInTheConfigIsRefused() throws IOException {
        SiteConfig config = load("title: T\nx: !!javax.script.ScriptEngineManager []\n");

        assertEquals(1, problems.all().size());
        assertEquals(2, problems.all().get(0).position().line());
        assertTrue(problems.all().get(0).message().contains("is not allowed"), problems.all().get(0).message());
        assertEquals(SiteConfig.defaults(), config);
    }

    @Test
    void aConfigThatIsAListIsAnError() throws IOException {
        load("- title\n- baseUrl\n");

        assertEquals(List.of("broadsheet.yml:1: expected keys and values (key: value), found a list"), reported());
    }

    @Test
    void languagesAreListedWithNamesPrefixesAndOneDefault() throws IOException {
        SiteConfig config = load("title: The Gazette\nlanguages:\n  - code: en-US\n  - code: es-VE\n    title: La Gaceta\n"
                + "  - code: ar\n    name: Arabic\n    prefix: arabic\n");
        assertEquals(List.of(), reported());
        assertEquals(List.of(
                new Language("en-US", "English", "", "The Gazette", "", true),
                new Language("es-VE", "Español", "es", "La Gaceta", "", false),
                new Language("ar", "Arabic", "arabic", "The Gazette", "", false)), config.languages());
        assertEquals("en-US", config.defaultLanguage().code());
        assertTrue(config.isMultilingual());
    }

    @Test
    void theDefaultLanguageCanBeAnyOfTheList() throws IOException {
        SiteConfig config = load("languages:\n  - en-US\n  - code: es-VE\n    default: true\n");
        assertEquals("es-VE", config.defaultLanguage().code());
        assertEquals("", config.defaultLanguage().prefix());
        assertEquals("en", config.languageOf("en-US").orElseThrow().prefix());
    }

    @Test
    void wrongLanguagesAreReported() throws IOException {
        load("languages:\n  - code: english\n  - code: es\n  - code: es\n");
        assertEquals(List.of("broadsheet.yml:1: language code \"english\" is not a BCP 47 language tag such as es-VE",
                "broadsheet.yml:1: language es is listed twice"), reported());
    }

    @Test
    void sectionsAndTagsMayHaveNamesByLanguage() throws IOException {
        SiteConfig config = load("sections:\n  world:\n    title: World\n    es-VE: Mundo\ntags:\n  climate:\n    es: Clima\n");
        assertEquals("Mundo", config.names().section("world", "es-VE"));
        assertEquals("World", config.names().section("world", "fr"));
        assertEquals("Clima", config.names().tag("climate", "es-VE"));
        assertEquals(null, config.names().tag("climate", "en-US"));
    }

    @Test
    void imageSettingsAreReadAndWrongOnesReportedAtTheirLine() throws IOException {
        SiteConfig config = load("images:\n  widths: [1200, 320]\n  quality: 70\n  strip: false\n  webp: false\n  maxSizeKb: 300\n");
        assertEquals(new ImageSettings(List.of(320, 1200), 70, false, false, 300 * 1024), config.images());
        assertEquals(List.of(), reported());
        SiteConfig wrong = load("images:\n  widths: [wide]\n  quality: 101\n  size: 3\n  webp: often\n");
        assertEquals(ImageSettings.DEFAULT, wrong.images());
        assertEquals(List.of(
                "broadsheet.yml:2: images.widths must be a list of widths in pixels from 16 to 10000, such as [480, 800, 1200, 1600]",
                "broadsheet.yml:3: images.quality must be a whole number from 1 to 100, not \"101\"",
                "broadsheet.yml:4: images.size is not a setting; known: maxSizeKb, quality, strip, webp, widths",
                "broadsheet.yml:5: images.webp must be true or false, not \"often\""), reported());
    }
}

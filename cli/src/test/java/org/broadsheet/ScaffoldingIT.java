package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.broadsheet.scaffold.ArticleScaffold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** broadsheet new site DIR, and broadsheet new article "Title" --section world. */
class ScaffoldingIT {

    @Test
    void aNewSiteBuildsAsItIsWithTheSampleArticle(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("gazette");
        TestSite.Run run = TestSite.run("new", "site", root.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Created " + root.resolve("broadsheet.yml")), run.out());
        for (String file : List.of("broadsheet.yml", ".gitignore", "content/news/welcome.md", "templates/README.md",
                ".schemas/broadsheet.schema.json", ".schemas/front-matter.schema.json", ".github/workflows/site.yml",
                ".gitlab-ci.yml")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), file);
        }
        TestSite site = TestSite.in(root);
        TestSite.Run build = site.build();
        assertEquals(0, build.exitCode(), build.toString());
        assertEquals("Welcome to Your New Broadsheet", site.page("news/welcome/index.html").selectFirst("h1").text());
    }

    @Test
    void theSettingsFileExplainsEveryKeyAndTheGitignoreCoversOutputCacheAndRepliesQueue(@TempDir Path dir) throws Exception {
        assertEquals(0, TestSite.run("new", "site", dir.toString()).exitCode());
        String settings = Files.readString(dir.resolve("broadsheet.yml"));
        for (String key : List.of("title:", "description:", "baseUrl:", "language:", "timezone:", "paginate:",
                "permalink:", "comments:", "endpoint:", "markdown:", "unsafeHtml:", "sections:")) {
            assertTrue(settings.contains(key), key);
        }
        // editors that read yaml-language-server's comment check the keys against the schema beside it
        assertTrue(settings.startsWith("# yaml-language-server: $schema=.schemas/broadsheet.schema.json\n"), settings);
        assertEquals(List.of(), Schemas.problems("broadsheet.schema.json", settings));
        assertEquals(List.of(), Schemas.problems("front-matter.schema.json", Files.readString(
                dir.resolve("content/news/welcome.md")).split("---\n")[1]));
        assertTrue(settings.lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("#")
                || l.matches("[a-zA-Z]+: .*")), "every line is a comment or a documented key");
        List<String> ignored = Files.readAllLines(dir.resolve(".gitignore"));
        // replies/ holds readers' email addresses: `git add -A` must not commit them
        assertTrue(ignored.containsAll(List.of("/site/", "/.broadsheet/", "/replies/")), ignored.toString());
        assertTrue(Files.readString(dir.resolve("templates/README.md")).contains("partials/footer.ftlh"));
    }

    /** The CI files build with the build cache kept, check first, publish site/, and on GitHub run hourly for schedules. */
    @Test
    void theCiFilesBuildCheckAndPublishWithTheCacheKept(@TempDir Path dir) throws Exception {
        assertEquals(0, TestSite.run("new", "site", dir.toString()).exitCode());
        Map<String, Object> github = new Yaml().load(Files.readString(dir.resolve(".github/workflows/site.yml")));
        Map<?, ?> on = (Map<?, ?>) github.get(true); // YAML 1.1 reads the key on as a boolean
        assertEquals(List.of(Map.of("cron", "7 * * * *")), on.get("schedule"));
        String githubSteps = ((Map<?, ?>) ((Map<?, ?>) github.get("jobs")).get("build")).get("steps").toString();
        for (String part : List.of("path=.broadsheet", "broadsheet check --base-url", "broadsheet build --base-url",
                "upload-pages-artifact", "path=site", "vars.BROADSHEET_DIST")) {
            assertTrue(githubSteps.contains(part), part + " in " + githubSteps);
        }
        Map<String, Object> gitlab = new Yaml().load(Files.readString(dir.resolve(".gitlab-ci.yml")));
        Map<?, ?> pages = (Map<?, ?>) gitlab.get("pages");
        assertEquals(Map.of("paths", List.of("public")), pages.get("artifacts"));
        assertEquals(List.of(".broadsheet/"), ((Map<?, ?>) pages.get("cache")).get("paths"));
        assertTrue(pages.get("script").toString().contains("broadsheet build --base-url \"$CI_PAGES_URL/\""), pages::toString);
        // what the workflows run: check and build for the host's address
        TestSite.Run check = TestSite.run("check", "--source", dir.toString(), "--base-url", "https://user.github.io/paper/");
        assertEquals(0, check.exitCode(), check::toString);
        TestSite.Run build = TestSite.run("build", "--source", dir.toString(), "--base-url", "https://user.github.io/paper/");
        assertEquals(0, build.exitCode(), build::toString);
        assertTrue(Files.readString(dir.resolve("site/sitemap.xml")).contains("https://user.github.io/paper/news/welcome/"));
    }

    @Test
    void aNonEmptyFolderIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        TestSite.Run run = TestSite.run("new", "site", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals("broadsheet: " + dir + " is not empty; a new site goes into a new or empty folder, "
                + "so nothing there is overwritten\n", run.err().replace(System.lineSeparator(), "\n"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("notes.txt")), files.toList());
        }
    }

    @Test
    void aNewArticleIsADraftInItsSectionWithTheSlugFromTheTitle(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "timezone: America/Caracas\n");
        TestSite.Run run = TestSite.run("new", "article", "Ñandúes: Qué Pasó en Mérida?", "--section", "world",
                "--lang", "es-VE", "--source", dir.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(dir.resolve("content/world/nandues-que-paso-en-merida.md") + "\n", run.out());

        assertEquals(0, site.build().exitCode());
        assertFalse(site.exists("world/nandues-que-paso-en-merida/index.html"), "a draft until the author says so");
        assertEquals(0, site.build("--drafts").exitCode());
        var page = site.page("world/nandues-que-paso-en-merida/index.html");
        assertEquals("Ñandúes: Qué Pasó en Mérida?", page.selectFirst("h1").text());
        assertEquals("es-VE", page.selectFirst("html").attr("lang"));
    }

    @Test
    void theDateIsNowInTheSiteTimeZone(@TempDir Path dir) throws Exception {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 28, 9, 15, 30, 123, ZoneId.of("America/Caracas"));
        String file = ArticleScaffold.create(dir, "Q&A: \"Rates\" \\ #1", "Business", "", now);
        assertEquals("content/business/q-and-a-rates-1.md", file);
        assertEquals("""
                ---
                title: "Q&A: \\"Rates\\" \\\\ #1"
                date: 2026-11-28T09:15:30-04:00
                draft: true
                # author: Your Name
                # tags: [one, two]
                # summary: One or two sentences for listings, feeds and search engines.
                ---
                Write the article here, in Markdown. Remove `draft: true` above to publish it.
                """, Files.readString(dir.resolve(file)));
    }

    @Test
    void anExistingArticleIsNeverOverwritten(@TempDir Path dir) throws Exception {
        TestSite.in(dir).file("content/world/storm.md", "my words");
        TestSite.Run run = TestSite.run("new", "article", "Storm", "--section", "world", "--source", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/world/storm.md already exists and was left as it is"), run.err());
        assertEquals("my words", Files.readString(dir.resolve("content/world/storm.md")));
    }

    @Test
    void wrongSectionsLanguagesAndFoldersAreRefused(@TempDir Path dir) {
        TestSite.in(dir).file("broadsheet.yml", "title: T\n");
        TestSite.Run section = TestSite.run("new", "article", "A", "--section", "../etc", "--source", dir.toString());
        assertEquals(1, section.exitCode());
        assertTrue(section.err().contains("--section \"../etc\" must be a section's name"), section.err());
        TestSite.Run lang = TestSite.run("new", "article", "A", "--section", "world", "--lang", "english",
                "--source", dir.toString());
        assertEquals(1, lang.exitCode());
        assertTrue(lang.err().contains("--lang \"english\" is not a BCP 47 language tag"), lang.err());
        TestSite.Run notASite = TestSite.run("new", "article", "A", "--section", "world",
                "--source", dir.resolve("content").toString());
        assertEquals(2, notASite.exitCode());
        assertTrue(notASite.err().contains("is not a site folder"), notASite.err());
    }
}

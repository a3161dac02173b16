package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's own sample site, as the README's quick start does. */
class SampleSiteIT {

    @TempDir
    static Path out;

    static TestSite.Run run;

    static TestSite site;

    @BeforeAll
    static void build() {
        Path repo = TestSite.REPOSITORY;
        run = TestSite.run("build", "--source", repo.toString(), "--output", out.resolve("site").toString());
        site = TestSite.in(out);
    }

    @Test
    void buildsWithoutWarningsAndPrintsASummary() {
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err());
        assertTrue(run.out().matches("Built \\d+ pages \\(\\d+ articles, 6 sections, \\d+ tags\\) in \\d+\\.\\d s\\R"), run.out());
    }

    @Test
    void theSeedArticleIsInTheWorldSectionWithReplyFormAndLanguageSelector() {
        Document page = site.page("world/maduro-talks/index.html");
        assertEquals("Maduro Says Venezuela Open to U.S. Talks on Drug Trafficking", page.selectFirst("h1").text());
        assertEquals("World", page.selectFirst(".kicker").text());
        assertTrue(page.selectFirst(".article-body").text().startsWith("Venezuelan President Nicolás Maduro has said"));
        assertEquals("Leave a Reply", page.selectFirst(".reply h2").text());
        assertTrue(page.selectFirst(".reply").text()
                .contains("Your email address will not be published. Required fields are marked *"));
        assertEquals("English", page.selectFirst(".language-selector [aria-current]").text());
        // the scraped boilerplate is not copied into the article
        assertTrue(!page.selectFirst(".article-body").text().contains("Leave a Reply"));
    }

    @Test
    void theSeedArticleShowsItsApprovedRepliesThreaded() {
        Document page = site.page("world/maduro-talks/index.html");
        assertEquals("3 Replies", page.selectFirst("#comments h2").text());
        assertEquals(List.of("Carlos Mendoza", "Jane Whitfield", "Luisa Ferrer"),
                page.select(".comment-author").eachText());
        assertEquals("Jane Whitfield", page.selectFirst("#comment-20261127-193012-4f1c2a9e .comment-list .comment-author").text());
        assertEquals("3 replies", site.page("world/index.html").selectFirst(".reply-count").text());
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        Map<String, List<String>> invalid = new LinkedHashMap<>();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                List<String> errors = checker.errors(site.output().resolve(file).toFile());
                if (!errors.isEmpty()) {
                    invalid.put(file, errors);
                }
            }
        }
        assertEquals(Map.of(), invalid);
    }
}

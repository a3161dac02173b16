package org.broadsheet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PermalinkPatternTest {

    private static final Map<String, String> TALKS = Map.of("section", "world", "slug", "talks",
            "year", "2026", "month", "11", "day", "27");

    private static String refusal(String pattern) {
        return assertThrows(IllegalArgumentException.class, () -> PermalinkPattern.parse(pattern)).getMessage();
    }

    @Test
    void theDefaultIsSectionThenSlug() {
        assertEquals("/:section/:slug/", PermalinkPattern.DEFAULT.pattern());
        assertEquals("world/talks/", PermalinkPattern.DEFAULT.expand(TALKS));
    }

    @Test
    void aPrettyPatternEndsWithASlash() {
        assertEquals("2026/11/27/talks/", PermalinkPattern.parse("/:year/:month/:day/:slug/").expand(TALKS));
    }

    @Test
    void anHtmlPatternNamesTheFile() {
        assertEquals("world/2026/talks.html", PermalinkPattern.parse("/:section/:year/:slug.html").expand(TALKS));
    }

    @Test
    void literalSegmentsAreKept() {
        assertEquals("news/world/talks/", PermalinkPattern.parse("/news/:section/:slug/").expand(TALKS));
    }

    @Test
    void anEmptyValueLeavesNoEmptySegment() {
        Map<String, String> noSection = Map.of("section", "", "slug", "about");

        assertEquals("about/", PermalinkPattern.DEFAULT.expand(noSection));
    }

    @Test
    void replacementTextIsTakenLiterally() {
        assertEquals("world/a$1b/", PermalinkPattern.DEFAULT.expand(Map.of("section", "world", "slug", "a$1b")));
    }

    @Test
    void aPatternMustStartWithASlash() {
        assertEquals("must start with '/'", refusal(":section/:slug/"));
    }

    @Test
    void aPatternMustEndWithASlashOrHtml() {
        assertEquals("must end with '/' or '.html'", refusal("/:section/:slug"));
        assertEquals("must end with '/' or '.html'", refusal("/:section/:slug.php"));
    }

    @Test
    void aPatternMustContainTheSlug() {
        assertEquals("must contain :slug, or two articles would share a URL", refusal("/:section/:year/"));
    }

    @Test
    void unknownPlaceholdersAreNamed() {
        assertEquals("uses unknown placeholder :id (known: :section :folders :year :month :day :slug)", refusal("/:id/:slug/"));
        assertEquals("uses unknown placeholder :slugs (known: :section :folders :year :month :day :slug)", refusal("/:slugs/"));
    }

    @Test
    void pathTricksAreRefused() {
        String message = "may only contain letters, digits, '-', '_', '.', '/' and placeholders";

        String climbing = "may not contain \"..\": a page's address cannot climb out of the site";
        assertEquals(climbing, refusal("/../:slug/"));
        assertEquals(climbing, refusal("/a/../:slug/"));
        assertEquals(message, refusal("//:slug/"));
        assertEquals(message, refusal("/a\\b/:slug/"));
        assertEquals(message, refusal("/news?x=1/:slug/"));
        assertEquals(message, refusal("/new s/:slug/"));
        assertEquals(message, refusal("/%2e%2e/:slug/"));
    }

    @Test
    void dotsInsideNamesAreFine() {
        assertEquals("v1.2/talks/", PermalinkPattern.parse("/v1.2/:slug/").expand(TALKS));
    }
}

package org.broadsheet.frontmatter;

import static org.broadsheet.frontmatter.FrontMatterFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys that are slips for a known key (another case, a letter or two off) are errors with a
 * suggestion, since as template params they would lose their meaning without a word; other
 * unknown keys stay template params.
 */
class FrontMatterParser_KeysTest {

    private final FrontMatterFixture fixture = new FrontMatterFixture();

    @Test
    void descriptionIsTheSummaryUnlessASummaryIsGiven() {
        assertEquals("From Hugo.", fixture.parsed(article("description: From Hugo.\n")).summary());
        FrontMatter both = fixture.parsed(article("summary: Ours.\ndescription: For search engines.\n"));
        assertEquals("Ours.", both.summary());
        assertEquals("For search engines.", both.extra().get("description"));
    }

    @Test
    void aKeyThatDiffersFromAKnownKeyOnlyInCaseIsAnErrorAtItsLine() {
        assertEquals(List.of("content/world/talks.md:4: \"Draft\" is not a front matter key (keys are case-sensitive);"
                + " did you mean \"draft\"?"), fixture.errors(article("Draft: true\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DRAFT: yes               | \"DRAFT\" is not a front matter key (keys are case-sensitive); did you mean \"draft\"?",
        "publishdate: 2026-12-01  | \"publishdate\" is not a front matter key (keys are case-sensitive); did you mean \"publishDate\"?",
        "ExpiryDate: 2026-12-01   | \"ExpiryDate\" is not a front matter key (keys are case-sensitive); did you mean \"expiryDate\"?",
    })
    void otherCasesOfKnownKeysAreErrors(String line, String message) {
        assertEquals(List.of("content/world/talks.md:4: " + message), fixture.errors(article(line + "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sumary: Short.           | sumary          | \"summary\"",
        "tittle: Long             | tittle          | \"title\"",
        "dtae: 2026-11-28         | dtae            | \"date\"",
        "tag: venezuela           | tag             | \"tags\"",
        "autor: Elena             | autor           | \"author\"",
        "autors: [Elena]          | autors          | \"authors\"",
        "authos: [Elena]          | authos          | \"author\" or \"authors\"",
        "Tittle: Long             | Tittle          | \"title\"",
        "drafts: true             | drafts          | \"draft\"",
        "imgae: x.png             | imgae           | \"image\"",
        "expiry: 2026-12-01       | expiry          | \"expires\"",
        "publish_date: 2026-12-01 | publish_date    | \"publishDate\"",
        "expiry_date: 2026-12-01  | expiry_date     | \"expiryDate\"",
        "translation_key: talks   | translation_key | \"translationKey\"",
        "unpublished: true        | unpublished     | \"published\"",
    })
    void aKeyALetterOrTwoFromAKnownKeyIsAnErrorWithASuggestion(String line, String key, String suggestion) {
        assertEquals(List.of("content/world/talks.md:4: \"" + key + "\" is not a front matter key; did you mean "
                + suggestion + "? (to keep it as a template param, give it a name less like Broadsheet's keys)"),
                fixture.errors(article(line + "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subtitle", "kicker", "location", "height", "description", "categories",
        "byline", "dateline", "source", "credit", "lat", "long", "data", "images", "publisher", "updates",
        "type", "name", "hero", "rank", "series", "keywords", "lede", "time"})
    void keysThatAreNotSlipsForAKnownKeyStayTemplateParams(String key) {
        FrontMatter fm = fixture.parsed(article(key + ": x\n"));
        assertEquals(Map.of(key, "x"), fm.extra());
    }

    @Test
    void featuredIsTrueOrFalseAndStaysATemplateParam() {
        assertEquals(Map.of("featured", true), fixture.parsed(article("featured: yes\n")).extra());
        assertEquals(List.of("content/world/talks.md:4: featured must be true or false, not \"soon\""),
                fixture.errors(article("featured: soon\n")));
    }

    @Test
    void aSlipOfFeaturedIsAnErrorWithASuggestion() {
        assertEquals(List.of("content/world/talks.md:4: \"featurd\" is not a front matter key; did you mean \"featured\"? "
                + "(to keep it as a template param, give it a name less like Broadsheet's keys)"),
                fixture.errors(article("featurd: true\n")));
    }

    @Test
    void everySlipOfAFileIsReportedAtItsLine() {
        assertEquals(List.of(
                "content/world/talks.md:4: \"sumary\" is not a front matter key; did you mean \"summary\"? (to keep it as a"
                        + " template param, give it a name less like Broadsheet's keys)",
                "content/world/talks.md:6: \"Tags\" is not a front matter key (keys are case-sensitive); did you mean \"tags\"?"),
                fixture.errors(article("sumary: Short.\nkicker: Exclusive\nTags: [a]\n")));
    }

    @Test
    void draftWithASpaceBeforeTheColonIsTheDraftKey() {
        assertTrue(fixture.parsed(article("draft : yes\n")).draft());
    }

    @Test
    void authorAndAuthorsTogetherAreAnErrorAtTheSecond() {
        assertEquals(List.of("content/world/talks.md:5: authors and author (line 4) both name the authors; keep one of them"),
                fixture.errors(article("author: Elena Castillo\nauthors: [Marcus Webb]\n")));
    }

    @Test
    void expiresAndExpiryDateTogetherAreAnErrorAtTheSecond() {
        assertEquals(List.of("content/world/talks.md:5: expiryDate and expires (line 4) both say when the article expires;"
                + " keep one of them"), fixture.errors(article("expires: 2026-12-01\nexpiryDate: 2026-12-02\n")));
    }
}

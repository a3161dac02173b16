package org.broadsheet.frontmatter;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.broadsheet.frontmatter.FrontMatterFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When an article is published: draft and Jekyll's published, the date and Hugo's publishDate,
 * expiryDate and expires. Whatever does not clearly say one thing is an error, never a guess.
 */
class FrontMatterParser_PublicationTest {

    private final FrontMatterFixture fixture = new FrontMatterFixture();

    private static ZonedDateTime caracas(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(FrontMatterFixture.CARACAS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "draft: true | true", "draft: yes | true", "draft: on | true", "draft: Yes | true", "draft: \"TRUE\" | true",
        "draft: 'yes' | true", "draft: false | false", "draft: no | false", "draft: Off | false", "draft: \"no\" | false",
        "published: false | true", "published: no | true", "published: true | false", "published: yes | false",
        "draft: true\\npublished: false | true", "draft: false\\npublished: true | false",
    })
    void draftAndPublishedSayYesOrNoInTheWordsOfYaml(String lines, boolean draft) {
        assertEquals(draft, fixture.parsed(article(lines.replace("\\n", "\n") + "\n")).draft());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft: maybe", "draft: 1", "draft: \"y\"", "draft: [true]"})
    void aDraftValueThatIsNotClearlyYesOrNoIsAnError(String line) {
        String value = line.substring("draft: ".length()).replace("\"", "");
        assertEquals(List.of("content/world/talks.md:4: draft must be true or false, not \"" + value + "\""),
                fixture.errors(article(line + "\n")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft:", "draft: ~", "draft: null"})
    void anEmptyDraftIsAnErrorNotANonDraft(String line) {
        assertEquals(List.of("content/world/talks.md:4: draft has no value: write draft: true or draft: false"),
                fixture.errors(article(line + "\n")));
    }

    @Test
    void publishedThatContradictsDraftIsAnError() {
        assertEquals(List.of("content/world/talks.md:5: published: true contradicts draft: true on line 4;"
                + " keep one of them"), fixture.errors(article("draft: true\npublished: true\n")));
    }

    @Test
    void publishedFalseWithDraftFalseIsAnErrorToo() {
        assertEquals(List.of("content/world/talks.md:4: published: false contradicts draft: false on line 5;"
                + " keep one of them"), fixture.errors(article("published: false\ndraft: false\n")));
    }

    @Test
    void publishDateAloneIsTheDate() {
        FrontMatter fm = fixture.parsed("---\ntitle: A\npublishDate: 2026-12-01T09:00\n---\n");
        assertEquals(caracas("2026-12-01T09:00"), fm.date());
    }

    @Test
    void aPublishDateLaterThanTheDateIsWhenTheArticleGoesLiveAndIsDated() {
        FrontMatter fm = fixture.parsed(article("publishDate: 2026-12-01T09:00\n"));
        assertEquals(caracas("2026-12-01T09:00"), fm.date());
    }

    @Test
    void anEarlierPublishDateNeverBringsTheDateForward() {
        FrontMatter fm = fixture.parsed("---\ntitle: A\ndate: 2026-12-05T10:00\npublishDate: 2026-12-01\n---\n");
        assertEquals(caracas("2026-12-05T10:00"), fm.date());
    }

    @Test
    void aPublishDateLaterThanTheFileNamesDateWins() {
        Optional<FrontMatter> fm = fixture.parse("world/2026-11-20-talks.md",
                "---\ntitle: A\npublishDate: 2026-11-21T06:00\n---\n");
        assertEquals(List.of(), fixture.reported());
        assertEquals(caracas("2026-11-21T06:00"), fm.get().date());
    }

    @Test
    void aPublishDateThatIsNotADateIsReportedAtItsLine() {
        assertEquals(List.of("content/world/talks.md:4: publishDate \"true\" is not ISO 8601 (write e.g. 2026-11-27 or"
                + " 2026-11-27T14:05:00-04:00)"), fixture.errors(article("publishDate: true\n")));
    }

    @Test
    void expiryDateAndExpiresSayWhenTheArticleLeaves() {
        assertEquals(Optional.of(caracas("2026-12-05T00:00")),
                fixture.parsed(article("expiryDate: 2026-12-05\n")).expires());
        assertEquals(Optional.of(caracas("2026-12-05T18:30")),
                new FrontMatterFixture().parsed(article("expires: 2026-12-05T18:30\n")).expires());
        assertFalse(new FrontMatterFixture().parsed(article("")).expires().isPresent());
    }

    @Test
    void anExpiryThatIsNotAfterTheDateIsAnError() {
        assertEquals(List.of("content/world/talks.md:4: expires 2026-11-27T00:00-04:00 is not after the article's date"
                + " 2026-11-27T00:00-04:00, so it would never be published"),
                fixture.errors(article("expires: 2026-11-27\n")));
    }

    @Test
    void anExpiryIsComparedWithTheDateTheArticleGoesLive() {
        assertEquals(List.of("content/world/talks.md:5: expiryDate 2026-12-01T00:00-04:00 is not after the article's"
                + " date 2026-12-02T00:00-04:00, so it would never be published"),
                fixture.errors(article("publishDate: 2026-12-02\nexpiryDate: 2026-12-01\n")));
    }

    @Test
    void anExpiryThatIsNotADateIsReportedAtItsLine() {
        List<String> errors = fixture.errors(article("expiryDate: next week\n"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/world/talks.md:4: expiryDate "), errors.toString());
    }
}

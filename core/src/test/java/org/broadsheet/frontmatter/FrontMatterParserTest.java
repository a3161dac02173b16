package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private static final ZoneId CARACAS = ZoneId.of("America/Caracas");

    private final FrontMatterParser parser = new FrontMatterParser(CARACAS);
    private final Problems problems = new Problems();

    private static SourceFile file(String contentPath) {
        return SourceFile.of(Path.of("content"), contentPath,
                SourceFile.Kind.MARKDOWN, "", 0, 0);
    }

    private Optional<ParsedArticle> parse(String text) {
        return parser.parse(file("world/talks.md"), text, problems);
    }

    private ParsedArticle parsed(String text) {
        Optional<ParsedArticle> article = parse(text);
        assertEquals(List.of(), problems.all());
        assertTrue(article.isPresent());
        return article.get();
    }

    /** Every problem as "file:line: message", in file order. */
    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    private void assertOnlyError(String expected) {
        assertEquals(List.of(expected), reported());
    }

    @Test
    void aCompleteArticleIsRead() {
        ParsedArticle article = parsed("""
                ---
                title: "  Talks resume in Caracas  "
                date: 2026-11-27T14:05:00-04:00
                updated: 2026-11-28
                authors: [Elena Castillo, Marcus Webb]
                section: world
                tags: [diplomacy, venezuela]
                summary: Negotiators return.
                image:
                  src: talks.jpg
                  alt: A table
                  caption: The table
                  credit: Reuters
                lang: es-VE
                slug: talks-resume
                draft: false
                layout: feature
                ---
                Body text.
                """);
        FrontMatter fm = article.frontMatter();

        assertEquals("Talks resume in Caracas", fm.title());
        assertEquals(ZonedDateTime.parse("2026-11-27T14:05:00-04:00"), fm.date());
        assertEquals(Optional.of(ZonedDateTime.parse("2026-11-28T00:00-04:00[America/Caracas]")), fm.updated());
        assertEquals(List.of("Elena Castillo", "Marcus Webb"), fm.authors());
        assertEquals("world", fm.section());
        assertEquals(List.of("diplomacy", "venezuela"), fm.tags());
        assertEquals("Negotiators return.", fm.summary());
        assertEquals(Optional.of(new Image("talks.jpg", "A table", "The table", "Reuters")), fm.image());
        assertEquals("es-VE", fm.lang());
        assertEquals("talks-resume", fm.slug());
        assertFalse(fm.draft());
        assertEquals("feature", fm.layout());
        assertEquals(Map.of(), fm.extra());
    }

    @Test
    void leftOutTextsAreEmpty() {
        FrontMatter fm = parsed("---\ntitle: A\ndate: 2026-11-27\n---\n").frontMatter();

        assertEquals(Optional.empty(), fm.updated());
        assertEquals(List.of(), fm.authors());
        assertEquals("", fm.section());
        assertEquals(List.of(), fm.tags());
        assertEquals("", fm.summary());
        assertEquals(Optional.empty(), fm.image());
        assertEquals("", fm.lang());
        assertEquals("", fm.slug());
        assertFalse(fm.draft());
        assertEquals("", fm.layout());
    }

    @Test
    void theBodyAndItsFirstLineAreRight() {
        ParsedArticle article = parsed("---\ntitle: A\ndate: 2026-11-27\n---\nFirst line.\n\nSecond paragraph.\n");

        assertEquals("First line.\n\nSecond paragraph.\n", article.body());
        assertEquals(5, article.bodyLine());
    }

    @Test
    void blankLinesInTheFrontMatterCountForTheBodyLine() {
        ParsedArticle article = parsed("---\n\ntitle: A\n\ndate: 2026-11-27\n\n---\nBody\n");

        assertEquals("Body\n", article.body());
        assertEquals(8, article.bodyLine());
    }

    @Test
    void aFileThatEndsAtTheClosingLineHasAnEmptyBody() {
        ParsedArticle article = parsed("---\ntitle: A\ndate: 2026-11-27\n---");

        assertEquals("", article.body());
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        ParsedArticle article = parsed("---\ntitle: A\ndate: 2026-11-27\n...\nBody\n");

        assertEquals("Body\n", article.body());
        assertEquals(5, article.bodyLine());
    }

    @Test
    void aDashLineInTheBodyStaysInTheBody() {
        ParsedArticle article = parsed("---\ntitle: A\ndate: 2026-11-27\n---\nAbove\n\n---\n\nBelow\n");

        assertEquals("Above\n\n---\n\nBelow\n", article.body());
    }

    @Test
    void keyLinesAreTheFilesOwnLines() {
        FrontMatter fm = parsed("---\ntitle: A\n\ndate: 2026-11-27\ntags: [x]\n---\n").frontMatter();

        assertEquals(2, fm.lineOf("title"));
        assertEquals(4, fm.lineOf("date"));
        assertEquals(5, fm.lineOf("tags"));
        assertEquals(1, fm.lineOf("summary"));
    }

    @Test
    void unknownKeysLandInExtra() {
        FrontMatter fm = parsed("---\ntitle: A\ndate: 2026-11-27\nkicker: Exclusive\nrating: 4\nsources: [AP, AFP]\n---\n")
                .frontMatter();

        assertEquals(List.of("kicker", "rating", "sources"), List.copyOf(fm.extra().keySet()));
        assertEquals("Exclusive", fm.extra().get("kicker"));
        assertEquals(4L, fm.extra().get("rating"));
        assertEquals(List.of("AP", "AFP"), fm.extra().get("sources"));
        assertEquals(4, fm.lineOf("kicker"));
    }

    @Test
    void aSingleAuthorOrTagMayBeGivenAsText() {
        FrontMatter fm = parsed("---\ntitle: A\ndate: 2026-11-27\nauthor: Elena Castillo\ntags: budget\n---\n")
                .frontMatter();

        assertEquals(List.of("Elena Castillo"), fm.authors());
        assertEquals(List.of("budget"), fm.tags());
    }

    @Test
    void anImageMayBeJustAPathWithItsAltTextBeside() {
        FrontMatter fm = parsed("---\ntitle: A\ndate: 2026-11-27\nimage: /images/x.jpg\nimage_alt: A map\n---\n")
                .frontMatter();

        assertEquals(Optional.of(new Image("/images/x.jpg", "A map", "", "")), fm.image());
    }

    @Test
    void anImageWithoutAltTextIsAFlawAtItsLineAndShowsAsDecorative() {
        assertEquals(Optional.of(new Image("x.jpg", "", "Hi", "")),
                parse("---\ntitle: A\ndate: 2026-11-27\nimage:\n  src: x.jpg\n  caption: Hi\n---\n").get().frontMatter().image());
        assertTrue(parse("---\ntitle: B\ndate: 2026-11-27\nimages:\n  - y.jpg\n---\n").isPresent());

        assertTrue(problems.all().stream().allMatch(Problem::isFlaw), problems.all()::toString);
        assertEquals(List.of("content/world/talks.md:4: warning: image has no alt text for readers who cannot see the picture:"
                + " add alt: under image: (or image_alt: beside it) describing it, or write alt: \"\" if it is only"
                + " decorative", "content/world/talks.md:4: warning: images has no alt text for readers who cannot see the"
                + " picture: add image_alt: describing it, or write alt: \"\" if it is only decorative"), reported());
    }

    @Test
    void aDecorativeImageSaysSoWithAnEmptyAltWrittenOut() {
        FrontMatter map = parsed("---\ntitle: A\ndate: 2026-11-27\nimage:\n  src: x.jpg\n  alt: \"\"\n---\n").frontMatter();
        FrontMatter path = parsed("---\ntitle: A\ndate: 2026-11-27\nimage: x.jpg\nimage_alt: ''\n---\n").frontMatter();

        assertEquals(Optional.of(new Image("x.jpg", "", "", "")), map.image());
        assertEquals(Optional.of(new Image("x.jpg", "", "", "")), path.image());
    }

    @Test
    void draftTrueIsKept() {
        assertTrue(parsed("---\ntitle: A\ndate: 2026-11-27\ndraft: true\n---\n").frontMatter().draft());
    }

    @Test
    void aLanguageTagIsNormalised() {
        assertEquals("en-US", parsed("---\ntitle: A\ndate: 2026-11-27\nlang: EN-us\n---\n").frontMatter().lang());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreHandledByDecoding() throws Exception {
        byte[] bytes = "\uFEFF---\r\ntitle: A\r\ndate: 2026-11-27\r\n---\r\nBody\r\n".getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = parsed(SourceText.decode(bytes));

        assertEquals("A", article.frontMatter().title());
        assertEquals("Body\n", article.body());
        assertEquals(5, article.bodyLine());
    }

    @Test
    void aFileWithoutTheOpeningLineIsAnError() {
        assertTrue(parse("title: A\ndate: 2026-11-27\n").isEmpty());

        assertOnlyError("content/world/talks.md:1: has no front matter: start the file with a line \"---\", "
                + "then title: and date:, then \"---\"");
    }

    @Test
    void frontMatterThatIsNeverClosedIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\n\nBody\n").isEmpty());

        assertOnlyError("content/world/talks.md:1: front matter opened on line 1 is never closed with a \"---\" line");
    }

    @Test
    void aLoneOpeningLineIsNeverClosed() {
        assertTrue(parse("---").isEmpty());

        assertOnlyError("content/world/talks.md:1: front matter opened on line 1 is never closed with a \"---\" line");
    }

    @Test
    void aMissingTitleIsReportedOnLineOne() {
        assertTrue(parse("---\ndate: 2026-11-27\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:1: title is missing (add a line title: ... to the front matter)");
    }

    @Test
    void anEmptyTitleIsReportedOnItsLine() {
        assertTrue(parse("---\ndate: 2026-11-27\ntitle: \"  \"\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:3: title is empty");
    }

    @Test
    void aMissingDateIsAnError() {
        assertTrue(parse("---\ntitle: A\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:1: date is missing (add a line such as date: 2026-11-27T14:05:00-04:00, "
                + "or name the file 2026-11-27-slug.md)");
    }

    @Test
    void aJekyllStyleFileNameGivesTheDate() {
        Optional<ParsedArticle> article = parser.parse(file("world/2026-11-27-talks.md"), "---\ntitle: A\n---\n", problems);

        assertEquals(List.of(), reported());
        assertEquals(ZonedDateTime.parse("2026-11-27T00:00-04:00[America/Caracas]"), article.get().frontMatter().date());
        assertEquals("talks", article.get().fileName().stem());
    }

    @Test
    void aDateInTheFrontMatterWinsOverTheFileName() {
        Optional<ParsedArticle> article = parser.parse(file("world/2026-11-27-talks.md"),
                "---\ntitle: A\ndate: 2026-11-30T09:00\n---\n", problems);

        assertEquals(ZonedDateTime.parse("2026-11-30T09:00-04:00[America/Caracas]"), article.get().frontMatter().date());
    }

    @Test
    void aDateThatIsNotIso8601IsReportedOnItsLine() {
        assertTrue(parse("---\ntitle: A\ndate: yesterday\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:3: date \"yesterday\" is not ISO 8601 "
                + "(write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)");
    }

    @Test
    void aDateThatIsANumberIsNotIso8601() {
        assertTrue(parse("---\ntitle: A\ndate: 20261127\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:3: date \"20261127\" is not ISO 8601 "
                + "(write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)");
    }

    @Test
    void anImpossibleDateInTheFileNameIsNamedAsSuch() {
        assertTrue(parser.parse(file("world/2025-02-30-storm.md"), "---\ntitle: A\n---\nBody.\n", problems).isEmpty());

        assertEquals(List.of("content/world/2025-02-30-storm.md:1: the file name's date 2025-02-30 is not a day of the"
                + " calendar (fix the name, or add a line such as date: 2026-11-27T14:05:00-04:00)"), reported());
    }

    @Test
    void anImpossibleUpdatedDateIsReportedOnItsLine() {
        assertTrue(parse("---\ntitle: A\ndate: 2023-02-28\nupdated: 2023-02-29\n---\n").isEmpty());

        List<String> errors = reported();
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("content/world/talks.md:4: updated \"2023-02-29\" is not a valid date"),
                errors.get(0));
    }

    @Test
    void tagsGivenAsAMapAreAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\ntags:\n  one: x\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: tags must be a name or a list of names, not a map");
    }

    @Test
    void tagsNestedInListsAreAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\ntags: [a, [b, c]]\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: tags must be a list of names");
    }

    /** Each tag's and author's page and feed carry the article: without a limit, output grew with its square. */
    @Test
    void fiftyTagsAndAuthorsAreAllowedAndMoreAreAnError() {
        assertEquals(50, parsed("---\ntitle: A\ndate: 2026-11-27\ntags: [" + names(50) + "]\nauthors: [" + names(50)
                + "]\n---\n").frontMatter().tags().size());

        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\ntags: [" + names(51) + "]\nauthor: [" + names(2000)
                + "]\n---\n").isEmpty());
        assertEquals(List.of("content/world/talks.md:4: tags lists 51 names; an article may have at most 50, as the page "
                + "and feed of each one carry the article", "content/world/talks.md:5: author lists 2000 names; an article "
                + "may have at most 50, as the page and feed of each one carry the article"), reported());
    }

    private static String names(int count) {
        return String.join(", ", java.util.stream.IntStream.range(0, count).mapToObj(i -> "name " + i).toList());
    }

    @Test
    void draftMaybeIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\ndraft: maybe\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: draft must be true or false, not \"maybe\"");
    }

    @Test
    void aTitleGivenAsAListIsAnError() {
        assertTrue(parse("---\ntitle: [a, b]\ndate: 2026-11-27\n---\n").isEmpty());

        List<String> errors = reported();
        assertTrue(errors.contains("content/world/talks.md:2: title must be text, not a list"), errors.toString());
    }

    @Test
    void anImageWithoutSrcIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nimage:\n  alt: nothing\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: image needs a src: the path or URL of the picture");
    }

    @Test
    void anImageGivenAsAListIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nimage: [a.jpg]\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: image must be a path, or a map with src, alt, caption and credit");
    }

    @Test
    void anImagesAltGivenAsAListIsAnErrorAtItsLine() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nimage:\n  src: a.jpg\n  alt: [a, b]\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:6: image.alt must be text, not a list");
    }

    @Test
    void aBadLanguageIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nlang: en_US\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: lang \"en_US\" is not a BCP 47 language tag such as en-US or es-VE");
    }

    @Test
    void aBadLayoutNameIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nlayout: ../../secret\n---\n").isEmpty());

        assertOnlyError("content/world/talks.md:4: layout \"../../secret\" must be a template name such as feature "
                + "(lowercase letters, digits, '-' and '_')");
    }

    @Test
    void aLayoutWithCapitalsOrSpacesIsAnError() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nlayout: Big Story\n---\n").isEmpty());

        assertEquals(1, reported().size());
        assertTrue(reported().get(0).startsWith("content/world/talks.md:4: layout \"Big Story\""), reported().get(0));
    }

    @Test
    void severalErrorsInOneFileAreAllReported() {
        assertTrue(parse("""
                ---
                date: yesterday
                tags:
                  a: b
                draft: maybe
                lang: "123"
                layout: Bad Name
                ---
                Body
                """).isEmpty());

        assertEquals(List.of(
                "content/world/talks.md:1: title is missing (add a line title: ... to the front matter)",
                "content/world/talks.md:2: date \"yesterday\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)",
                "content/world/talks.md:3: tags must be a name or a list of names, not a map",
                "content/world/talks.md:5: draft must be true or false, not \"maybe\"",
                "content/world/talks.md:6: lang \"123\" is not a BCP 47 language tag such as en-US or es-VE",
                "content/world/talks.md:7: layout \"Bad Name\" must be a template name such as feature "
                        + "(lowercase letters, digits, '-' and '_')"),
                reported());
    }

    @Test
    void yamlErrorsUseTheFilesLineNumbers() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\nsummary: S\ndate: 2026-11-28\n---\n").isEmpty());

        assertEquals(List.of("content/world/talks.md:5:1: key \"date\" is given twice (first on line 3)"), reported());
    }

    @Test
    void aGadgetTagInFrontMatterIsReportedAtItsLine() {
        assertTrue(parse("---\ntitle: A\nx: !!javax.script.ScriptEngineManager []\n---\n").isEmpty());

        List<Problem> all = problems.all();
        assertEquals(1, all.size());
        assertEquals(3, all.get(0).position().line());
        assertTrue(all.get(0).message().contains("is not allowed"), all.get(0).message());
    }

    @Test
    void frontMatterThatIsAListIsAnError() {
        assertTrue(parse("---\n- a\n- b\n---\n").isEmpty());

        assertEquals(List.of("content/world/talks.md:2: expected keys and values (key: value), found a list"), reported());
    }

    @Test
    void emptyFrontMatterReportsTheMissingKeys() {
        assertTrue(parse("---\n---\nBody\n").isEmpty());

        assertEquals(List.of(
                "content/world/talks.md:1: date is missing (add a line such as date: 2026-11-27T14:05:00-04:00, "
                        + "or name the file 2026-11-27-slug.md)",
                "content/world/talks.md:1: title is missing (add a line title: ... to the front matter)"),
                reported());
    }

    @Test
    void problemsNameTheFileAsTheSiteFolderSeesIt() {
        parser.parse(file("politics/2026/vote.md"), "no front matter", problems);

        assertEquals("content/politics/2026/vote.md", problems.all().get(0).position().file());
    }

    @Test
    void textFieldsKeepWhatTheAuthorWroteEvenWhereYaml11SeesABooleanOrNumber() {
        FrontMatter fm = parsed("---\ntitle: No\ndate: 2026-11-27\nslug: 0123\nauthor: Yes\ntags: [on, 1_000]\n"
                + "image: {src: x.png, alt: Off}\n---\n").frontMatter();
        assertEquals("No", fm.title());
        assertEquals("0123", fm.slug());
        assertEquals(List.of("Yes"), fm.authors());
        assertEquals(List.of("on", "1_000"), fm.tags());
        assertEquals("Off", fm.image().orElseThrow().alt());
    }

    @Test
    void anOpeningLineWithTrailingSpacesStillOpensFrontMatter() {
        assertEquals("A", parsed("---  \ntitle: A\ndate: 2026-11-27\n---\nBody\n").frontMatter().title());
    }

    @Test
    void correctionsAreKeptOldestFirstWithTheirDatesInTheSitesZone() {
        FrontMatter fm = parsed("---\ntitle: A\ndate: 2026-11-27\ncorrections:\n  - date: 2026-11-29T10:00\n"
                + "    text: Second *fix*.\n  - date: 2026-11-28\n    text: First.\n---\n").frontMatter();

        assertEquals(List.of(Map.of("date", "2026-11-28T00:00:00-04:00", "text", "First."),
                Map.of("date", "2026-11-29T10:00:00-04:00", "text", "Second *fix*.")), fm.extra().get("corrections"));
    }

    @Test
    void aCorrectionWithoutDateOrTextIsAnErrorAtItsLine() {
        assertTrue(parse("---\ntitle: A\ndate: 2026-11-27\ncorrections:\n  - date: 2026-11-31\n    text: X\n"
                + "  - date: 2026-11-28\n  - text: No date\n---\n").isEmpty());

        assertEquals(List.of("content/world/talks.md:5: correction 1 date \"2026-11-31\" is not a valid date: Invalid date"
                + " 'NOVEMBER 31'",
                "content/world/talks.md:7: correction 2 has no text saying what was corrected",
                "content/world/talks.md:8: correction 3 has no date (write date: 2026-11-28T09:00)"), reported());
    }
}

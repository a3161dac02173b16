package org.broadsheet.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

    private final List<String> reported = new ArrayList<>();

    /** The fields of {@code text}, whose first line is line 2 of its file, as in front matter. */
    private YamlFields fields(String text) throws YamlException {
        return YamlFields.of(YamlReader.forFiles(64 * 1024).read(text, 2),
                (line, message) -> reported.add(line + ": " + message));
    }

    @Test
    void textIsReadAsWrittenNotAsYamlReadsIt() throws YamlException {
        YamlFields fields = fields("title: No\nslug: 0123\nempty:\n");

        assertEquals("No", fields.text("title", "x"));
        assertEquals("0123", fields.text("slug", "x"));
        assertEquals("fallback", fields.text("empty", "fallback"));
        assertEquals("fallback", fields.text("absent", "fallback"));
        assertEquals(List.of(), reported);
    }

    @Test
    void textGivenAsAListOrAMapIsReportedAtItsKeysLine() throws YamlException {
        YamlFields fields = fields("title: [a, b]\ndescription:\n  x: y\n");

        assertEquals("T", fields.text("title", "T"));
        assertEquals("", fields.text("description", ""));
        assertEquals(List.of("2: title must be text, not a list", "3: description must be text, not a map"), reported);
    }

    @Test
    void aBooleanSettingIsStrictlyTrueOrFalse() throws YamlException {
        YamlFields fields = fields("wanted: true\nunwanted: false\nquoted: \"true\"\nmaybe: maybe\nempty:\n");

        assertTrue(fields.bool("wanted", false));
        assertFalse(fields.bool("unwanted", true));
        assertTrue(fields.bool("quoted", true));
        assertFalse(fields.bool("maybe", false));
        assertTrue(fields.bool("empty", true));
        assertTrue(fields.bool("absent", true));
        assertEquals(List.of("4: quoted must be true or false, not \"true\"", "5: maybe must be true or false, not \"maybe\""),
                reported);
    }

    @Test
    void aFlagReadsYesAndNoInAnyCaseQuotedOrNot() throws YamlException {
        YamlFields fields = fields("a: Yes\nb: \"off\"\nc: \" TRUE \"\nd: maybe\ne:\nf: [true]\n");

        assertEquals(Optional.of(true), fields.flag("a"));
        assertEquals(Optional.of(false), fields.flag("b"));
        assertEquals(Optional.of(true), fields.flag("c"));
        assertEquals(Optional.empty(), fields.flag("d"));
        assertEquals(Optional.empty(), fields.flag("e"));
        assertEquals(Optional.empty(), fields.flag("f"));
        assertEquals(Optional.empty(), fields.flag("absent"));
        assertEquals(List.of("5: d must be true or false, not \"maybe\"", "6: e has no value: write e: true or e: false",
                "7: f must be true or false, not \"[true]\""), reported);
    }

    @Test
    void aNumberMustBeWholeAndWithinItsBounds() throws YamlException {
        YamlFields fields = fields("a: 10\nb: 0\nc: 2.5\nd: ten\ne: 1001\n");

        assertEquals(10, fields.number("a", 1, 1000, 5));
        assertEquals(5, fields.number("b", 1, 1000, 5));
        assertEquals(5, fields.number("c", 1, 1000, 5));
        assertEquals(5, fields.number("d", 1, 1000, 5));
        assertEquals(5, fields.number("e", 1, 1000, 5));
        assertEquals(5, fields.number("absent", 1, 1000, 5));
        assertEquals(List.of("3: b must be a whole number from 1 to 1000, not \"0\"",
                "4: c must be a whole number from 1 to 1000, not \"2.5\"",
                "5: d must be a whole number from 1 to 1000, not \"ten\"",
                "6: e must be a whole number from 1 to 1000, not \"1001\""), reported);
    }

    @Test
    void namesAreAListOrASingleNameAsWritten() throws YamlException {
        YamlFields fields = fields("tags: [No, ' Peace ', '', 0123]\nauthor: Elena Castillo\nnested: [[a]]\nmap: {a: b}\n");

        assertEquals(List.of("No", "Peace", "0123"), fields.names("tags"));
        assertEquals(List.of("Elena Castillo"), fields.names("author"));
        assertEquals(List.of(), fields.names("nested"));
        assertEquals(List.of(), fields.names("map"));
        assertEquals(List.of(), fields.names("absent"));
        assertEquals(List.of("4: nested must be a list of names", "5: map must be a name or a list of names, not a map"),
                reported);
    }

    @Test
    void aMapsFieldsAreNamedAndPlacedByTheirWholePath() throws YamlException {
        YamlFields fields = fields("comments:\n  intake:\n    port: http\n    host: No\n");
        YamlFields intake = fields.map("comments").map("intake");

        assertEquals("No", intake.text("host", ""));
        assertEquals(8091, intake.number("port", 0, 65535, 8091));
        assertEquals("comments.intake.port", intake.path("port"));
        assertEquals(4, intake.lineOf("port"));
        assertEquals(List.of("4: comments.intake.port must be a whole number from 0 to 65535, not \"http\""), reported);
    }

    @Test
    void aMapGivenAsSomethingElseIsReportedAndReadsAsEmpty() throws YamlException {
        YamlFields fields = fields("title: T\ncomments: yes\n");

        assertEquals(Map.of(), fields.map("comments").values());
        assertEquals(Map.of(), fields.map("absent").values());
        assertEquals(List.of("3: comments must be a map of keys and values"), reported);
    }

    @Test
    void settingsNotKnownAreReportedAndLeftOut() throws YamlException {
        YamlFields comments = fields("comments:\n  maxDepth: 3\n  feilds: {}\n").map("comments")
                .only(Set.of("maxDepth", "fields"));

        assertEquals(Set.of("maxDepth"), comments.values().keySet());
        assertEquals(List.of("4: comments.feilds is not a setting; known: fields, maxDepth"), reported);
    }

    @Test
    void anAbsentKeyIsReportedAtTheFirstLineOrTheLineAskedFor() throws YamlException {
        YamlDocument doc = YamlReader.forFiles(1024).read("title: T\n", 2);

        YamlFields.of(doc, (line, message) -> reported.add(line + ": " + message)).error("date", "date is missing");
        YamlFields.of(doc, 1, (line, message) -> reported.add(line + ": " + message)).error("date", "date is missing");
        assertEquals(List.of("2: date is missing", "1: date is missing"), reported);
    }

    @Test
    void problemsCanGoToAFileOfTheSiteFolder() throws YamlException {
        Problems problems = new Problems();
        YamlFields fields = YamlFields.of(YamlReader.forFiles(1024).read("title: T\npaginate: 0\n", 1), "broadsheet.yml",
                problems);

        fields.number("paginate", 1, 1000, 10);
        assertEquals(List.of("broadsheet.yml:2: paginate must be a whole number from 1 to 1000, not \"0\""),
                problems.all().stream().map(Problem::toString).toList());
    }
}

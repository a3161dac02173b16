package org.broadsheet.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyReaderTest {

    private final ReplyReader reader = new ReplyReader(ZoneId.of("America/Caracas"));

    @Test
    void aDateWithoutOffsetIsInTheSitesZone() {
        Optional<ReplyReader.ReadReply> read = reader.read("---\nid: a\nname: Bo\ndate: 2026-11-28 10:15\n---\nHi\n",
                false, new ArrayList<>());
        assertEquals("2026-11-28T10:15-04:00[America/Caracas]", read.orElseThrow().reply().date().toString());
    }

    @Test
    void everyWrongKeyIsReportedAtItsLine() {
        List<ReplyReader.Issue> issues = issues("""
                ---
                id: ../../etc/passwd
                website: javascript:alert(1)
                date: yesterday
                replyTo: x y
                lang: english language
                ---
                Text.
                """);
        assertEquals(List.of(
                "2: id \"../../etc/passwd\" may have only letters, digits, '-' and '_' (at most 80)",
                "2: name is missing",
                "3: website \"javascript:alert(1)\" is not an http:// or https:// address",
                "4: date \"yesterday\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)",
                "5: replyTo \"x y\" is not a reply id",
                "6: lang \"english language\" is not a BCP 47 language tag such as en-US"), lines(issues));
    }

    @Test
    void aNameGivenAsAListSaysSo() {
        assertEquals(List.of("3: name must be text, not a list"),
                lines(issues("---\nid: a\nname: [Bo, Al]\ndate: 2026-11-28\n---\nHi\n")));
    }

    @Test
    void aFileWithoutItsBlockOrBodyIsReported() {
        assertEquals(List.of("1: a reply starts with a line \"---\", then id:, name: and date:, then \"---\" and the text"),
                lines(issues("id: a\nname: b\n")));
        assertEquals(List.of("1: the --- block opened on line 1 is never closed with a \"---\" line"),
                lines(issues("---\nid: a\nname: b\n")));
        assertEquals(List.of("6: the reply has no text after its --- block"),
                lines(issues("---\nid: a\nname: b\ndate: 2026-11-28\n---\n  \n")));
        assertEquals(List.of("3: invalid YAML: mapping values are not allowed here"),
                lines(issues("---\nid: a\nname: b: c\n---\nx\n")).stream().map(l -> l.replaceAll(" \\(in .*", "")).toList());
    }

    @Test
    void unknownKeysAndPrivateDataInAnApprovedReplyAreWarnings() {
        List<ReplyReader.Issue> issues = issues("---\nid: a\nname: b\ndate: 2026-11-28\nemail: b@example.org\nreplyto: c\n---\nx\n");
        assertTrue(issues.stream().noneMatch(ReplyReader.Issue::error), issues.toString());
        assertEquals(List.of("5: \"email\" holds private data, which an approved reply must not: approved replies are "
                + "published with the site's source; keep email addresses in replies/private/",
                "6: unknown key \"replyto\" is ignored (a reply has id, name, website, date, replyTo and lang)"),
                lines(issues));
    }

    @Test
    void textFieldsAreReadAsWrittenNotAsYamlValues() {
        ReplyReader.ReadReply read = reader.read("---\nid: 0123\nname: No\ndate: 2026-11-28\n---\nx\n", false,
                new ArrayList<>()).orElseThrow();
        assertEquals("0123", read.reply().id());
        assertEquals("No", read.reply().name());
    }

    private List<ReplyReader.Issue> issues(String text) {
        List<ReplyReader.Issue> issues = new ArrayList<>();
        reader.read(text, false, issues);
        return issues;
    }

    private static List<String> lines(List<ReplyReader.Issue> issues) {
        return issues.stream().map(i -> i.line() + ": " + i.message()).toList();
    }
}

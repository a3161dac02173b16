package org.broadsheet.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplyFileTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 28, 10, 15, 0, 0, ZoneOffset.UTC);
    private final ReplyReader reader = new ReplyReader(ZoneOffset.UTC);

    @Test
    void aQueuedReplyReadsBackExactlyWithItsArticleAndPrivatePart() {
        Reply reply = new Reply("20261128-101500-7f3a9c2e", "Ana Pérez", "https://ana.example/?a=1&b=2", DATE,
                "20261127-090000-00c0ffee", "es-VE", "Hola, *mundo*.\n\nSecond paragraph.\n");
        Map<String, String> privateFields = new LinkedHashMap<>();
        privateFields.put("email", "ana@example.org");
        privateFields.put("client", "203.0.113.7");

        String text = ReplyFile.format(reply, "world/maduro-talks", privateFields);
        ReplyReader.ReadReply read = read(text, true);

        assertEquals(reply, read.reply());
        assertEquals("world/maduro-talks", read.article());
        assertEquals(privateFields, read.privateFields());
        assertTrue(text.startsWith("---\nid: \"20261128-101500-7f3a9c2e\"\narticle: \"world/maduro-talks\"\n"), text);
    }

    @Test
    void anApprovedReplyHasNoArticleAndNoPrivatePartAndLeavesOutEmptyFields() {
        Reply reply = new Reply("r1", "Bo", "", DATE, "", "", "Text.");
        assertEquals("---\nid: \"r1\"\nname: \"Bo\"\ndate: \"2026-11-28T10:15:00Z\"\n---\nText.\n",
                ReplyFile.format(reply, "", Map.of()));
    }

    @Test
    void valuesThatCouldEndTheStringOrTheBlockStayInsideIt() {
        List<String> nasty = List.of("\"quoted\" and \\backslash\\", "line\nbreak\r\n---\nid: \"evil\"", "tab\there",
                "\u0000\u0001\u001b[31mred\u007f\u0085\u2028\u2029\ufeff", "emoji 😀 and 中文", "'single' # not a comment",
                "key: value", "- list", "{a: b}", "&anchor *alias !!python/object", "yes", "~", "null", "0x1F", "12:30",
                "<script>alert(1)</script>");
        for (String value : nasty) {
            Reply reply = new Reply("r1", value, "", DATE, "", "", "body");
            assertEquals(value, read(ReplyFile.format(reply, "", Map.of()), false).reply().name(), value);
        }
    }

    @Test
    void randomTextRoundTrips() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder("x");
            for (int j = random.nextInt(40); j > 0; j--) {
                int c = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x3000);
                if (!Character.isSurrogate((char) c)) {
                    s.append((char) c);
                }
            }
            Reply reply = new Reply("r1", s.toString(), "", DATE, "", "", "body");
            // the reader strips a value's ends, as the intake does
            assertEquals(s.toString().strip(), read(ReplyFile.format(reply, "", Map.of()), false).reply().name());
        }
    }

    @Test
    void aBodyMayHoldDashLinesAndYaml() {
        String body = "---\nid: \"other\"\n---\n\nstill the body\n";
        Reply reply = new Reply("r1", "Bo", "", DATE, "", "", body);
        assertEquals(body, read(ReplyFile.format(reply, "", Map.of()), false).reply().body());
    }

    private ReplyReader.ReadReply read(String text, boolean queued) {
        List<ReplyReader.Issue> issues = new ArrayList<>();
        ReplyReader.ReadReply read = reader.read(text, queued, issues).orElseThrow(() -> new AssertionError(issues + "\n" + text));
        assertEquals(List.of(), issues);
        return read;
    }
}

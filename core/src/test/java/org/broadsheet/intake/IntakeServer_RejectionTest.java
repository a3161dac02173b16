package org.broadsheet.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a reply is refused: the status, the reason, the field, and nothing written. */
class IntakeServer_RejectionTest {

    private static final String JSON = "Accept: application/json";

    @TempDir
    Path dir;

    IntakeFixture intake;

    @BeforeEach
    void start() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1000\n");
    }

    @AfterEach
    void stop() {
        intake.close();
    }

    /** Asserts a JSON refusal and that the queue is still empty. */
    private void refused(IntakeFixture.Response r, int status, String field, String message) {
        String expected = "{\"error\":" + Json.quote(message) + ",\"field\":"
                + (field == null ? "null" : Json.quote(field)) + "}";
        assertEquals(status + " " + expected, r.status() + " " + r.body());
        assertEquals(List.of(), intake.queue(), "a refused reply writes nothing");
    }

    private void refused(String form, int status, String field, String message) {
        refused(intake.post(form, JSON), status, field, message);
    }

    @Test
    void requiredFieldsMustBeThere() {
        refused(IntakeFixture.form("comment", null), 400, "comment", "Please give your comment: it is required.");
        refused(IntakeFixture.form("comment", " \n\t "), 400, "comment", "Please give your comment: it is required.");
        refused(IntakeFixture.form("name", ""), 400, "name", "Please give your name: it is required.");
        refused(IntakeFixture.form("email", null), 400, "email", "Please give your email address: it is required.");
        refused(IntakeFixture.form("article", null), 400, "article", "Please give the article: it is required.");
    }

    @Test
    void fieldsHaveLengthLimits() {
        refused(IntakeFixture.form("name", "n".repeat(101)), 400, "name", "Your name is too long: 101 characters, at most 100.");
        refused(IntakeFixture.form("comment", "😀".repeat(10_001)), 400, "comment",
                "Your comment is too long: 10001 characters, at most 10000.");
        refused(IntakeFixture.form("website", "https://example.org/" + "p".repeat(200)), 400, "website",
                "Your website is too long: 220 characters, at most 200.");
        assertEquals(303, intake.post(IntakeFixture.form("comment", "😀".repeat(10_000))).status(),
                "10,000 characters of four UTF-8 bytes each fit the body limit");
    }

    @Test
    void aNameMayNotHoldCharactersThatReorderOrHideText() {
        refused(IntakeFixture.form("name", "Bo\u202Egnp.exe"), 400, "name", "Your name contains an invisible character "
                + "that can change how text is shown (U+202E RIGHT-TO-LEFT OVERRIDE); please type it without.");
        refused(IntakeFixture.form("name", "\u2067Bo"), 400, "name", "Your name contains an invisible character "
                + "that can change how text is shown (U+2067 RIGHT-TO-LEFT ISOLATE); please type it without.");
        refused(IntakeFixture.form("name", "B\u200Bo"), 400, "name", "Your name contains an invisible character "
                + "that can change how text is shown (U+200B ZERO WIDTH SPACE); please type it without.");
        refused(IntakeFixture.form("website", "https://example.org/\u202Dx"), 400, "website", "Your website contains an "
                + "invisible character that can change how text is shown (U+202D LEFT-TO-RIGHT OVERRIDE); please type it without.");
        refused(IntakeFixture.form("name", "\u200F\u200D \u00A0"), 400, "name", "Please give your name: it is required.");
    }

    @Test
    void theEmailAddressMustLookLikeOne() {
        for (String email : List.of("ana", "ana@", "@example.org", "ana@example", "a b@example.org", "ana@exa_mple.org",
                "<script>@example.org", "ana@example.org>")) {
            refused(IntakeFixture.form("email", email), 400, "email",
                    "\"" + email + "\" is not an email address such as name@example.org.");
        }
    }

    @Test
    void aWebsiteMustBeAnHttpAddress() {
        for (String website : List.of("javascript:alert(1)", "data:text/html,x", "ftp://example.org", "https://",
                "https://user:pw@example.org", "https://exa mple.org")) {
            refused(IntakeFixture.form("website", website), 400, "website", "Your website must be an http:// or https:// address.");
        }
    }

    @Test
    void theHoneypotMustStayEmpty() {
        refused(IntakeFixture.form("url", "http://spam.example"), 400, "url",
                "The field \"url\" must stay empty: it is a trap for spam robots, hidden from people.");
    }

    @Test
    void theArticleMustBeOneTheLastBuildPublished() {
        for (String article : List.of("world/gone", "../../etc/passwd", "world/a/../b", "world/a/", "/world/a", "WORLD/A",
                "<script>alert(1)</script>")) {
            refused(IntakeFixture.form("article", article), 400, "article",
                    "There is no article \"" + article + "\" to reply to; it may have been removed.");
        }
    }

    @Test
    void aReplyMayOnlyAnswerAnApprovedReplyOfTheSameArticle() {
        for (String replyTo : List.of("nope", "../a/c1", "c1.md", "<b>")) {
            refused(IntakeFixture.form("replyTo", replyTo), 400, "replyTo",
                    "The reply you answer (\"" + replyTo + "\") is not among the article's replies.");
        }
        refused(IntakeFixture.form("article", "world/b", "replyTo", "c1"), 400, "replyTo",
                "The reply you answer (\"c1\") is not among the article's replies.");
    }

    @Test
    void theLanguageMustBeATag() {
        refused(IntakeFixture.form("lang", "<script>"), 400, "lang", "\"<script>\" is not a language tag such as en-US.");
    }

    @Test
    void oneLineFieldsRefuseLineBreaksSoNothingCanBeSmuggledIntoHeadersOrFiles() {
        refused(IntakeFixture.form("name", "Bo\r\nSet-Cookie: x=1"), 400, "name",
                "Your name must be one line, without control characters.");
        refused(IntakeFixture.form("email", "bo@example.org\nBcc: all@example.org"), 400, "email",
                "Your email address must be one line, without control characters.");
        refused(IntakeFixture.form("article", "world/a\r\nLocation: https://evil.example"), 400, "article",
                "The article must be one line, without control characters.");
        refused(IntakeFixture.form("comment", "bell \u0007 and escape \u001b[2J"), 400, "comment",
                "Your comment contains control characters.");
    }

    @Test
    void aBodyMustBeAUtf8FormOfModerateSize() {
        refused(intake.send("POST", "/replies", "{\"comment\":\"hi\"}".getBytes(StandardCharsets.UTF_8), null,
                "Content-Type: application/json", JSON), 415, null,
                "Replies are taken as application/x-www-form-urlencoded (what a form sends), not as application/json.");
        refused(intake.send("POST", "/replies", new byte[0], null, "Content-Type: multipart/form-data; boundary=x", JSON),
                415, null, "Replies are taken as application/x-www-form-urlencoded (what a form sends), not as multipart/form-data.");
        refused(intake.send("POST", "/replies", new byte[0], null, JSON), 415, null,
                "The request has no Content-Type; send the form as application/x-www-form-urlencoded.");
        refused(intake.send("POST", "/replies", IntakeFixture.form().getBytes(StandardCharsets.UTF_8), null,
                "Content-Type: application/x-www-form-urlencoded; charset=iso-8859-1", JSON),
                415, null, "Replies are taken in UTF-8 only, not in iso-8859-1.");
        assertEquals(303, intake.send("POST", "/replies", IntakeFixture.form().getBytes(StandardCharsets.UTF_8), null,
                "Content-Type: application/x-www-form-urlencoded; charset=\"UTF-8\"").status());
        assertEquals(1, intake.queue().size());
        clearQueue(); // the next refusals start from an empty queue again
        refused(IntakeFixture.form().replace("A+fine", "A+f%E9e"), 415, null,
                "The form is not UTF-8; replies are taken in UTF-8 only.");
        byte[] raw = IntakeFixture.form().replace("A+fine", "A+f\u00e9e").getBytes(StandardCharsets.ISO_8859_1);
        refused(intake.send("POST", "/replies", raw, null, "Content-Type: application/x-www-form-urlencoded", JSON),
                415, null, "The form is not UTF-8; replies are taken in UTF-8 only.");
    }

    @Test
    void anOversizedBodyIsRefusedWhetherItSaysSoOrNot() {
        byte[] big = ("comment=" + "x".repeat(ReplyHandler.MAX_BODY)).getBytes(StandardCharsets.US_ASCII);
        String message = "The reply is too large: at most 128 KB are taken.";
        refused(intake.send("POST", "/replies", big, null, "Content-Type: application/x-www-form-urlencoded", JSON),
                413, null, message);
        refused(intake.send("POST", "/replies", new byte[0], null, "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: 9999999999", JSON), 413, null, message);
        refused(intake.send("POST", "/replies", chunked(big), null, "Content-Type: application/x-www-form-urlencoded",
                "Transfer-Encoding: chunked", JSON), 413, null, message);
    }

    @Test
    void aMalformedFormIsRefused() {
        refused(IntakeFixture.form() + "&name=Again", 400, "name", "The field \"name\" is given twice.");
        refused(IntakeFixture.form().replace("A+fine", "A+%Zfine"), 400, null,
                "The form is malformed: a '%' is not followed by two hex digits.");
        refused(IntakeFixture.form() + "&x=%4", 400, null, "The form is malformed: a '%' is not followed by two hex digits.");
        // the JDK server itself refuses a Content-Length that is not a number, before the handler runs
        assertEquals(400, intake.send("POST", "/replies", new byte[0], null, "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: ten", JSON).status());
        assertEquals(List.of(), intake.queue());
    }

    @Test
    void otherPathsMethodsAndSitesAreRefused() {
        refused(intake.send("POST", "/replies/../admin", IntakeFixture.form().getBytes(StandardCharsets.UTF_8), null,
                "Content-Type: application/x-www-form-urlencoded", JSON), 404, null, "Nothing here: replies are posted to /replies.");
        IntakeFixture.Response get = intake.send("GET", "/replies", null, null, JSON);
        refused(get, 405, null, "Replies are sent with POST, from the reply form.");
        assertEquals("POST, OPTIONS", get.header("Allow"));
        IntakeFixture.Response foreign = intake.post(IntakeFixture.form(), "Origin: https://evil.example", JSON);
        refused(foreign, 403, null, "Replies are taken from https://example.org only.");
        assertEquals(null, foreign.header("Access-Control-Allow-Origin"));
        refused(intake.send("OPTIONS", "/replies", null, null, "Origin: https://evil.example", JSON), 403, null,
                "Replies are taken from https://example.org only.");
    }

    @Test
    void aPostFromAnotherSitesPageIsRefusedWhateverShapeItsHeadersTake() {
        String only = "Replies are taken from https://example.org only.";
        for (String origin : List.of("https://evil.example", "null", "https://example.org.evil.example",
                "http://example.org", "https://example.org:8443")) {
            refused(intake.post(IntakeFixture.form(), "Origin: " + origin, JSON), 403, null, only);
        }
        String none = IntakeFixture.NO_ORIGIN;
        refused(intake.post(IntakeFixture.form(), none, "Referer: https://evil.example/page", JSON), 403, null, only);
        refused(intake.post(IntakeFixture.form(), none, "Referer: https://example.org.evil.example/", JSON), 403, null, only);
        refused(intake.post(IntakeFixture.form(), none, "Sec-Fetch-Site: cross-site", JSON), 403, null, only);
        refused(intake.post(IntakeFixture.form(), none, "Sec-Fetch-Site: cross-site", "Referer: https://example.org/news/",
                JSON), 403, null, only);
        refused(intake.post(IntakeFixture.form(), none, JSON), 403, null,
                "Replies are taken from https://example.org only: send the header \"Origin: https://example.org\" as browsers do.");
    }

    @Test
    void aPostFromTheSiteIsTakenByItsOriginOrElseItsReferer() {
        assertEquals(303, intake.post(IntakeFixture.form(), "Origin: https://example.org").status());
        assertEquals(303, intake.post(IntakeFixture.form(), "Origin: https://example.org", "Sec-Fetch-Site: cross-site").status(),
                "the intake may be on another site than the form");
        assertEquals(303, intake.post(IntakeFixture.form(), IntakeFixture.NO_ORIGIN,
                "Referer: https://example.org/news/world/a/").status(), "a browser too old to send Origin");
        assertEquals(3, intake.queue().size());
    }

    @Test
    void aBrowserIsToldWhyOnAPageThatShowsTheReasonAsText() {
        IntakeFixture.Response r = intake.post(IntakeFixture.form("email", "<script>alert(1)</script>"));
        assertEquals(400, r.status());
        assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
        assertEquals("default-src 'none'", r.header("Content-Security-Policy"));
        assertTrue(r.body().contains("<h1>Your reply was not sent</h1><p>&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; "
                + "is not an email address such as name@example.org.</p>"), r.body());
        assertFalse(r.body().contains("<script>"));
    }

    private void clearQueue() {
        try (var files = Files.list(dir.resolve("replies/queue"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunked(byte[] body) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < body.length; i += 8192) {
            int n = Math.min(8192, body.length - i);
            s.append(Integer.toHexString(n)).append("\r\n").append(new String(body, i, n, StandardCharsets.US_ASCII)).append("\r\n");
        }
        return s.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }
}

package org.broadsheet.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the intake does with a good reply: queues it, and answers a browser or a script. */
class IntakeServer_AcceptTest {

    @TempDir
    Path dir;

    IntakeFixture intake;

    @BeforeEach
    void start() throws Exception {
        intake = new IntakeFixture(dir, "");
    }

    @AfterEach
    void stop() {
        intake.close();
    }

    @Test
    void aBrowserIsSentToTheThankYouPageAndTheReplyIsQueued() throws Exception {
        IntakeFixture.Response r = intake.post(IntakeFixture.form("replyTo", "c1", "website", "bo.example"));
        assertEquals(303, r.status(), r.body());
        assertEquals("https://example.org/news/replies/thanks/?to=%2Fnews%2Fworld%2Fa%2F", r.header("Location"));
        List<String> queue = intake.queue();
        assertEquals(1, queue.size());
        assertTrue(queue.get(0).matches("20261128-101500-[0-9a-f]{8}\\.md"), queue.get(0));
        String id = queue.get(0).replace(".md", "");
        assertEquals("---\nid: \"" + id + "\"\narticle: \"world/a\"\nname: \"Bo\"\nwebsite: \"https://bo.example\"\n"
                + "date: \"2026-11-28T10:15:00Z\"\nreplyTo: \"c1\"\nlang: \"en-US\"\nprivate:\n  email: \"bo@example.org\"\n"
                + "  client: \"127.0.0.1\"\n---\nA fine article.\n", intake.queued(queue.get(0)));
    }

    @Test
    void aScriptGetsJsonWithTheNewId() {
        IntakeFixture.Response r = intake.post(IntakeFixture.form(), "Accept: application/json");
        assertEquals(202, r.status());
        assertEquals("application/json", r.header("Content-Type"));
        String id = intake.queue().get(0).replace(".md", "");
        assertEquals("{\"status\":\"pending\",\"id\":\"" + id + "\",\"message\":\"Thank you for your reply. "
                + "It will appear once a moderator has approved it.\"}", r.body());
        assertEquals(202, intake.post(IntakeFixture.form(), "X-Requested-With: XMLHttpRequest").status());
    }

    @Test
    void theSitesOwnOriginMayReadTheAnswer() {
        IntakeFixture.Response preflight = intake.send("OPTIONS", "/replies", null, null, "Origin: https://example.org",
                "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: content-type");
        assertEquals(204, preflight.status());
        assertEquals("https://example.org", preflight.header("Access-Control-Allow-Origin"));
        assertEquals("POST", preflight.header("Access-Control-Allow-Methods"));
        IntakeFixture.Response r = intake.post(IntakeFixture.form(), "Origin: https://example.org", "Accept: application/json");
        assertEquals(202, r.status());
        assertEquals("https://example.org", r.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", r.header("Vary"));
    }

    @Test
    void markupInTheTextIsKeptAsTextForTheBuildToEscape() throws Exception {
        String script = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
        IntakeFixture.Response r = intake.post(IntakeFixture.form("name", script, "comment", script + "\n\n---\nid: x"));
        assertEquals(303, r.status());
        String file = intake.queued(intake.queue().get(0));
        assertTrue(file.contains("name: \"<script>alert(1)</script>\\\"><img src=x onerror=alert(1)>\"\n"), file);
        assertTrue(file.endsWith("---\n" + script + "\n\n---\nid: x\n"), file);
    }

    @Test
    void rightToLeftNamesAndEmojiSequencesAreTakenAsWritten() throws Exception {
        // the marks and joiners that Arabic, Persian, Indic scripts and emoji need are not refused
        for (String name : List.of("مريم\u200F", "میرزا\u200Cعلی", "👩\u200D💻 Ana", "עדי (Adi)", "क्\u200Dष")) {
            IntakeFixture.Response r = intake.post(IntakeFixture.form("name", name, "comment", "\u202Bمرحبا\u202C"));
            assertEquals(303, r.status(), name + ": " + r.body());
        }
        assertEquals(5, intake.queue().size());
        assertTrue(intake.queued(intake.queue().get(0)).contains("\u202Bمرحبا\u202C"), "a comment is stored as written");
    }

    @Test
    void aNewlyBuiltArticleTakesRepliesWithoutARestart() throws Exception {
        assertEquals(400, intake.post(IntakeFixture.form("article", "world/c")).status());
        org.broadsheet.comments.ReplyTargets.write(dir, List.of(IntakeFixture.target("world/a"),
                IntakeFixture.target("world/b"), IntakeFixture.target("world/c")));
        intake.nanos.addAndGet(1_100_000_000L);
        assertEquals(303, intake.post(IntakeFixture.form("article", "world/c")).status());
    }
}

package org.broadsheet.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.comments.ReplyTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerationTest {

    private static final ZonedDateTime DATE = ZonedDateTime.of(2026, 11, 28, 10, 15, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path site;

    private Moderation moderation;

    @BeforeEach
    void lastBuildHadOneArticle() throws Exception {
        ReplyTargets.write(site, List.of(new ReplyTargets.Target("world/a", "https://example.org/world/a/",
                "https://example.org/replies/thanks/")));
        moderation = new Moderation(site);
    }

    private String queue(String article, String replyTo) throws Exception {
        return moderation.queue().add(new Reply("", "Ana", "https://ana.example/", DATE, replyTo, "en", "Hello.\n"),
                article, Map.of("email", "ana@example.org", "client", "203.0.113.7")).id();
    }

    @Test
    void approvingPublishesThePublicPartAndKeepsTheEmailApart() throws Exception {
        String id = queue("world/a", "");
        Moderation.Outcome outcome = moderation.approve(id);
        assertTrue(outcome.done(), outcome.message());
        assertEquals("approved the reply by Ana to world/a; build the site to publish it", outcome.message());
        String published = Files.readString(site.resolve("comments/world/a/" + id + ".md"));
        assertEquals("---\nid: \"" + id + "\"\nname: \"Ana\"\nwebsite: \"https://ana.example/\"\n"
                + "date: \"2026-11-28T10:15:00Z\"\nlang: \"en\"\n---\nHello.\n", published);
        assertFalse(published.contains("ana@example.org") || published.contains("203.0.113.7"));
        assertEquals("id: \"" + id + "\"\narticle: \"world/a\"\nemail: \"ana@example.org\"\n",
                Files.readString(site.resolve("replies/private/" + id + ".yml")));
        assertEquals(List.of(), moderation.queue().list());
    }

    @Test
    void anInterruptedApprovalFinishesWhenRunAgain() throws Exception {
        String id = queue("world/a", "");
        Path queued = site.resolve("replies/queue/" + id + ".md");
        byte[] before = Files.readAllBytes(queued);
        assertTrue(moderation.approve(id).done());
        Files.write(queued, before); // as if the process had died before taking it off the queue
        assertTrue(moderation.approve(id).done());
        assertFalse(Files.exists(queued));
    }

    @Test
    void aReplyToAReplyNotYetApprovedSaysWhereItWillShow() throws Exception {
        String id = queue("world/a", "20261128-090000-00000000");
        assertTrue(moderation.approve(id).message().endsWith("(it answers 20261128-090000-00000000, which is not "
                + "approved; until it is, it shows at the top level)"));
    }

    @Test
    void aReplyWhoseArticleIsGoneIsNotApproved() throws Exception {
        String id = queue("world/gone", "");
        Moderation.Outcome outcome = moderation.approve(id);
        assertFalse(outcome.done());
        assertEquals("its article world/gone is not in the last build (was it removed?); reject the reply, "
                + "or build the site and approve it again", outcome.message());
        assertTrue(moderation.queue().find(id).isPresent());
    }

    @Test
    void anArticlePathThatLeavesTheCommentsFolderIsRefused() throws Exception {
        for (String article : List.of("../../etc", "/etc", "world/../../x", "world\\a", "world/.hidden", "c:x")) {
            Files.createDirectories(site.resolve(ReplyQueue.FOLDER));
            Files.writeString(site.resolve(ReplyQueue.FOLDER + "/evil.md"), ReplyFile.format(
                    new Reply("evil", "Eve", "", DATE, "", "", "x"), article, Map.of()));
            Moderation.Outcome outcome = moderation.approve("evil");
            assertFalse(outcome.done(), article);
            assertTrue(outcome.message().endsWith("is not an article id"), outcome.message());
        }
        try (var files = Files.list(site)) {
            assertEquals(List.of(".broadsheet", "replies"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void rejectingDeletesTheReplyAndItsEmail() throws Exception {
        String id = queue("world/a", "");
        assertEquals(new Moderation.Outcome(id, true, "rejected and deleted"), moderation.reject(id));
        assertFalse(moderation.reject(id).done());
        try (var files = Files.list(site.resolve(ReplyQueue.FOLDER))) {
            assertEquals(0, files.count());
        }
    }
}

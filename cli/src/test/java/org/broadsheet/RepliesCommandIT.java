package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moderating from the command line: list, approve, reject, then build. */
class RepliesCommandIT {

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = TestSite.copyOf("sites/replies", dir);
        assertEquals(0, site.build().exitCode());
        site.file("replies/queue/20260105-130000-0000beef.md", """
                ---
                id: "20260105-130000-0000beef"
                article: "world/alpha"
                name: "Dee \\u001b[31mRed"
                date: "2026-01-05T13:00:00Z"
                replyTo: "a1"
                private:
                  email: "dee@example.org"
                  client: "203.0.113.9"
                ---
                Agreed, Ana.

                Second paragraph.
                """);
        site.file("replies/queue/20260105-140000-0000cafe.md", """
                ---
                id: "20260105-140000-0000cafe"
                article: "world/beta"
                name: "Spammer"
                date: "2026-01-05T14:00:00Z"
                private:
                  email: "spam@example.org"
                ---
                Buy now.
                """);
        return site;
    }

    private TestSite.Run replies(String... args) {
        String[] all = Stream.concat(Stream.of("replies", args[0], "--source", dir.toString()),
                Stream.of(args).skip(1)).toArray(String[]::new);
        return TestSite.run(all);
    }

    @Test
    void listShowsEachWaitingReplyInFullWithItsEmailAndNoTerminalEscapes() {
        site();
        TestSite.Run run = replies("list");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                20260105-130000-0000beef  world/alpha  2026-01-05 13:00 UTC
                  From: Dee ?[31mRed <dee@example.org> from 203.0.113.9
                  In reply to: a1
                  | Agreed, Ana.
                  |\s
                  | Second paragraph.

                20260105-140000-0000cafe  world/beta  2026-01-05 14:00 UTC
                  From: Spammer <spam@example.org>
                  | Buy now.

                2 replies are waiting for moderation: broadsheet replies approve ID… or reject ID…
                """, run.out().replace("\r\n", "\n"));
    }

    @Test
    void approveAndRejectModerateAndTheNextBuildPublishes() throws Exception {
        TestSite site = site();
        TestSite.Run approve = replies("approve", "20260105-130000-0000beef");
        assertEquals(0, approve.exitCode(), approve.toString());
        assertEquals("20260105-130000-0000beef: approved the reply by Dee \u001b[31mRed to world/alpha; build the site to publish it\n"
                .replace("\u001b", "?"), approve.out());
        TestSite.Run reject = replies("reject", "20260105-140000-0000cafe");
        assertEquals(0, reject.exitCode(), reject.toString());
        assertEquals("20260105-140000-0000cafe: rejected and deleted\n", reject.out());
        assertEquals("No replies are waiting for moderation.\n", replies("list").out());

        assertEquals(0, site.build().exitCode());
        var page = site.page("world/alpha/index.html");
        assertEquals("Dee \u001b[31mRed", page.selectFirst("#comment-20260105-130000-0000beef .comment-author").text());
        assertEquals(List.of("comment-a2", "comment-a3", "comment-20260105-130000-0000beef"),
                page.select("#comment-a1 > ol > li").eachAttr("id"));
        assertEquals("5 Replies", page.selectFirst("#comments h2").text());
        for (String file : site.outputFiles()) {
            assertFalse(site.text(file).contains("dee@example.org"), file + " publishes the email");
        }
        assertTrue(TestSite.snapshot(dir.resolve("comments")).values().stream()
                .noneMatch(text -> text.contains("dee@example.org")), "approved replies keep no email");
    }

    @Test
    void unknownIdsAreReportedAndTheOthersStillModerated() {
        site();
        TestSite.Run run = replies("reject", "../../broadsheet", "20260105-140000-0000cafe", "nope");
        assertEquals(1, run.exitCode());
        assertEquals("20260105-140000-0000cafe: rejected and deleted\n", run.out());
        assertEquals(List.of(
                "broadsheet: ../../broadsheet: no reply with this id is waiting for moderation (see `broadsheet replies list`)",
                "broadsheet: nope: no reply with this id is waiting for moderation (see `broadsheet replies list`)"),
                run.errLines());
        assertTrue(Files.exists(dir.resolve("broadsheet.yml")));
    }

    @Test
    void aBrokenQueueFileIsReportedWithItsLine() {
        TestSite site = site();
        site.file("replies/queue/20260105-150000-00000bad.md", "---\nid: x\nname: [\n---\nbody\n");
        TestSite.Run run = replies("list");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("replies/queue/20260105-150000-00000bad.md:4: invalid YAML"), run.err());
        assertTrue(run.out().endsWith("2 replies are waiting for moderation: broadsheet replies approve ID… or reject ID…\n"));
    }
}

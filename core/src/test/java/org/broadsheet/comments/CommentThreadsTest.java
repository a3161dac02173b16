package org.broadsheet.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Test;

class CommentThreadsTest {

    private final Problems problems = new Problems();
    private final List<CommentThreads.Loaded> replies = new ArrayList<>();

    /** A reply {@code minute} minutes into the day, answering {@code replyTo}. */
    private void reply(String id, int minute, String replyTo) {
        Reply reply = new Reply(id, "Reader " + id, "", ZonedDateTime.of(2026, 11, 28, 0, minute, 0, 0, ZoneOffset.UTC),
                replyTo, "", "Text of " + id);
        replies.add(new CommentThreads.Loaded(reply, "comments/world/a/" + id + ".md", 2, 6,
                new CommentMarkdown.Rendered("<p>Text of " + id + "</p>", "Text of " + id)));
    }

    /** The thread as "id(depth)" lines, indented by depth. */
    private List<String> outline(int maxDepth) {
        Comments.Discussion discussion = new CommentThreads(maxDepth).thread("world/a", replies, problems);
        List<String> lines = new ArrayList<>();
        outline(discussion.comments(), lines);
        assertEquals(replies.size(), discussion.count());
        return lines;
    }

    private static void outline(List<Comment> comments, List<String> lines) {
        for (Comment c : comments) {
            lines.add("  ".repeat(c.depth() - 1) + c.id());
            outline(c.replies(), lines);
        }
    }

    @Test
    void repliesNestUnderWhatTheyAnswerOldestFirstAtEveryLevel() {
        reply("c", 30, "");
        reply("a", 10, "");
        reply("a2", 25, "a");
        reply("a1", 20, "a");
        reply("a1x", 21, "a1");
        assertEquals(List.of("a", "  a1", "    a1x", "  a2", "c"), outline(5));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void repliesDeeperThanTheCapJoinTheDeepestLevelAfterTheirParent() {
        reply("a", 1, "");
        reply("b", 2, "a");
        reply("c", 3, "b");
        reply("d", 4, "c");
        reply("e", 5, "b");
        assertEquals(List.of("a", "  b", "  c", "  d", "  e"), outline(2));
        assertEquals(List.of("a", "b", "c", "d", "e"), outline(1));
    }

    @Test
    void aReplyToAReplyThatIsNotApprovedShowsAtTheTopWithAWarning() {
        reply("a", 1, "");
        reply("b", 2, "gone");
        assertEquals(List.of("a", "b"), outline(5));
        assertEquals(List.of("comments/world/a/b.md:6: warning: replyTo \"gone\" is not an approved reply of world/a, "
                + "so this reply is shown at the top level"), messages());
    }

    @Test
    void twoRepliesWithOneIdAreAnError() {
        reply("a", 1, "");
        replies.add(new CommentThreads.Loaded(replies.get(0).reply(), "comments/world/a/copy.md", 2, 6,
                replies.get(0).body()));
        new CommentThreads(5).thread("world/a", replies, problems);
        assertEquals(List.of("comments/world/a/copy.md:2: id \"a\" is also the id of comments/world/a/a.md; "
                + "each reply of an article needs its own id"), messages());
    }

    @Test
    void repliesThatAnswerEachOtherInALoopAreAnError() {
        reply("a", 1, "b");
        reply("b", 2, "a");
        new CommentThreads(5).thread("world/a", replies, problems);
        assertEquals(List.of("comments/world/a/a.md:6: replyTo makes a loop: a → b → a",
                "comments/world/a/b.md:6: replyTo makes a loop: b → a → b"), messages());
    }

    @Test
    void aHandEditedNameCannotReorderOrHideThePageAroundIt() {
        Reply reply = new Reply("a", "\u2067Ana\u202E gnp.exe\u200B\u2060\uFEFF مريم\u200F 👩\u200D💻", "",
                ZonedDateTime.of(2026, 11, 28, 0, 0, 0, 0, ZoneOffset.UTC), "", "", "Hi");
        replies.add(new CommentThreads.Loaded(reply, "comments/world/a/a.md", 2, 6, new CommentMarkdown.Rendered("<p>Hi</p>", "Hi")));
        Comment shown = new CommentThreads(5).thread("world/a", replies, problems).comments().get(0);
        assertEquals("Ana gnp.exe مريم\u200F 👩\u200D💻", shown.name(), "overrides, isolates and invisibles go; marks and joiners stay");
    }

    private List<String> messages() {
        return problems.all().stream().map(Problem::toString).toList();
    }
}

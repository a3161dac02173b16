package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * broadsheet check warns where readers' replies in {@code replies/} (the moderation queue, and
 * their email addresses in {@code replies/private/}) would be made public: by the built site, or
 * by git.
 */
class CheckRepliesIT {

    static final String PRIVATE = "id: r1\nemail: reader@example.org\n";

    static TestSite site(Path dir) {
        return TestSite.in(dir)
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "See [B](/world/b/).")
                .article("content/world/b.md", "title: B\ndate: 2026-01-02", "See [A](/world/a/).")
                .file("replies/private/r1.yml", PRIVATE)
                .file("replies/queue/q1.yml", "article: world/a\nname: Ana\nemail: ana@example.org\nbody: Hi.\n");
    }

    /** The lines of check's report, its summary aside. */
    static List<String> report(TestSite site) {
        TestSite.Run run = CheckIT.check(site.root());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void repliesThatStayInRepliesAndOutOfGitAreNoProblem(@TempDir Path dir) {
        assertEquals(List.of(), report(site(dir)));
    }

    @Test
    void aReplyCopiedIntoContentAndSoIntoTheSiteIsAWarning(@TempDir Path dir) {
        TestSite site = site(dir).file("content/world/leak.yml", PRIVATE)
                .file("content/replies/queue/old.yml", "email: someone@example.org\n");
        assertEquals(List.of(
                "(built page) replies/queue/old.yml: warning: is published where the reply intake keeps readers' replies"
                        + " and email addresses (replies/): readers' replies and email addresses must stay private;"
                        + " remove it from content/",
                "(built page) world/leak.yml: warning: is a copy of replies/private/r1.yml, published with the site:"
                        + " readers' replies and email addresses must stay private; remove it from content/"),
                report(site));
    }

    @Test
    void repliesTrackedByGitAreAWarningUntilUntracked(@TempDir Path dir) throws Exception {
        assumeTrue(git(dir, "--version"), "git is on the PATH");
        TestSite site = site(dir);
        assertEquals(true, git(dir, "init", "-q") && git(dir, "add", "-A"));
        assertEquals(List.of("replies/private/r1.yml: warning: is tracked by git (and 1 other file under replies/),"
                + " so a push publishes it: readers' replies and email addresses must stay private;"
                + " run git rm -r --cached replies/ and add /replies/ to .gitignore"), report(site));

        assertEquals(true, git(dir, "rm", "-r", "-q", "--cached", "replies/"));
        site.file(".gitignore", "/replies/\n");
        assertEquals(true, git(dir, "add", "-A"));
        assertEquals(List.of(), report(site));
    }

    /** Runs git in {@code dir}; whether it succeeded. */
    static boolean git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}

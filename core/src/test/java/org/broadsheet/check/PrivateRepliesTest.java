package org.broadsheet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asking git which replies it tracks never fails a check: where git cannot answer, nothing is reported. */
class PrivateRepliesTest {

    @Test
    void withoutGitOnThePathNothingIsReported(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("replies/private"));
        Files.writeString(dir.resolve("replies/private/r1.yml"), "email: reader@example.org\n");
        assertEquals(List.of(), new PrivateReplies(dir, dir.resolve("no-such-git").toString()).trackedByGit());
    }

    @Test
    void aFolderGitDoesNotTakeForARepositoryReportsNothing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git")); // an empty .git: git itself fails
        Files.createDirectories(dir.resolve("replies/private"));
        Files.writeString(dir.resolve("replies/private/r1.yml"), "email: reader@example.org\n");
        assertEquals(List.of(), new PrivateReplies(dir, "git").trackedByGit());
    }
}

package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {

    @TempDir
    Path site;

    private final Problems problems = new Problems();

    private void write(String sitePath) throws IOException {
        Path file = site.resolve(sitePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void filesAreSortedByPathWithSlashes() throws IOException {
        write("comments/world/b.reply");
        write("comments/world-cup/a.reply");
        write("comments/world/a.reply");
        write("comments/top.reply");

        List<FileTree.Entry> files = FileTree.files(site, "comments", problems);

        assertEquals(List.of("top.reply", "world-cup/a.reply", "world/a.reply", "world/b.reply"),
                files.stream().map(FileTree.Entry::path).toList());
        assertEquals("comments/world/a.reply", files.get(2).sitePath());
        assertEquals(1, files.get(2).attributes().size());
        assertEquals(List.of(), reported());
    }

    @Test
    void hiddenFilesAndFoldersAndBackupsAreLeftOutWithoutAWord() throws IOException {
        write("content/world/story.md");
        write("content/world/.story.md.swp");
        write("content/world/story.md~");
        write("content/.git/config");
        write("content/drafts~/old.md");

        assertEquals(List.of("world/story.md"),
                FileTree.files(site, "content", problems).stream().map(FileTree.Entry::path).toList());
        assertEquals(List.of(), reported());
    }

    @Test
    void symbolicLinksAreReportedAndNotFollowed(@TempDir Path elsewhere) throws IOException {
        write("content/world/story.md");
        Files.writeString(elsewhere.resolve("secret.txt"), "key");
        try {
            Files.createSymbolicLink(site.resolve("content/world/notes.txt"), elsewhere.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("content/linked"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("this file system has no symbolic links: " + e);
        }

        assertEquals(List.of("world/story.md"),
                FileTree.files(site, "content", problems).stream().map(FileTree.Entry::path).toList());
        assertEquals(List.of(
                "content/linked: warning: is a symbolic link; links are not followed, so it is not published",
                "content/world/notes.txt: warning: is a symbolic link; links are not followed, so it is not published"),
                reported());
    }

    @Test
    void onlyPublishedFilesMustHaveNamesAUrlCanHold() throws IOException {
        write("content/world/fine.md");
        try {
            write("content/world/new\tline.md");
        } catch (IOException e) {
            Assumptions.abort("this file system cannot name a file with a tab: " + e);
        }

        assertEquals(List.of("world/fine.md", "world/new\tline.md"),
                FileTree.files(site, "content", problems).stream().map(FileTree.Entry::path).toList());
        assertEquals(List.of(), reported());
        assertEquals(List.of("world/fine.md"),
                FileTree.publishedFiles(site, "content", problems).stream().map(FileTree.Entry::path).toList());
        assertEquals(List.of("content/world/new?line.md: its name holds a control character (a line break, a tab);"
                + " rename the file"), reported());
    }
}

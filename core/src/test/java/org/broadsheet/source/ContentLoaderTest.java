package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path site;

    private Path file(String contentPath) throws IOException {
        Path file;
        try {
            file = site.resolve("content").resolve(contentPath);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, "---\ntitle: A\n---\n");
        } catch (InvalidPathException | IOException e) {
            Assumptions.abort("this file system cannot name a file " + contentPath.replace("\n", "\\n") + ": " + e);
            return null;
        }
    }

    @Test
    void aFileNameWithALineBreakIsAnErrorPrintedOnOneLine() throws IOException {
        file("world/fine.md");
        file("world/new\nline.md");
        Problems problems = new Problems();

        List<SourceFile> files = new ContentLoader().load(site, problems);

        assertEquals(List.of("world/fine.md"), files.stream().map(SourceFile::contentPath).toList());
        assertEquals(List.of("content/world/new?line.md: its name holds a control character (a line break, a tab);"
                + " rename the file"), problems.all().stream().map(Problem::toString).toList());
    }

    /** On Linux a backslash is part of a name, not a folder: the path keeps it. */
    @Test
    void aBackslashIsPartOfTheNameWhereTheSystemSaysSo() throws IOException {
        Path file = file("world/back\\slash.md");
        Assumptions.assumeTrue(file.getFileName().toString().contains("\\"), "here a backslash separates folders");

        List<SourceFile> files = new ContentLoader().load(site, new Problems());

        assertEquals(List.of("world/back\\slash.md"), files.stream().map(SourceFile::contentPath).toList());
    }
}

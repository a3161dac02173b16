package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How quick compilation counts a site's articles: Markdown files, in any folder. */
class QuickCompilationTest {

    @TempDir
    Path content;

    @Test
    void countsMarkdownFilesInEveryFolderAndNothingElse() throws IOException {
        Files.createDirectories(content.resolve("world/bundle"));
        Files.writeString(content.resolve("world/a.md"), "");
        Files.writeString(content.resolve("world/bundle/index.md"), "");
        Files.writeString(content.resolve("world/bundle/photo.png"), "");
        Files.writeString(content.resolve("about.md"), "");

        assertEquals(3, QuickCompilation.markdownFiles(content, 10), "the picture is not an article");
        assertEquals(2, QuickCompilation.markdownFiles(content, 2), "counted up to the limit only");
    }

    @Test
    void aSiteWithoutContentIsNotLarge() {
        assertEquals(0, QuickCompilation.markdownFiles(content.resolve("missing"), 10));
    }
}

package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sites count as large enough for quick compilation: Markdown files, in any folder. */
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

        assertTrue(QuickCompilation.hasAtLeast(content, 3));
        assertFalse(QuickCompilation.hasAtLeast(content, 4), "the picture is not an article");
    }

    @Test
    void aSiteWithoutContentIsNotLarge() {
        assertFalse(QuickCompilation.hasAtLeast(content.resolve("missing"), 1));
    }
}

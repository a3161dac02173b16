package org.broadsheet.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPathsTest {

    @TempDir
    Path root;

    private String refusal(String relative) {
        return assertThrows(IllegalArgumentException.class, () -> OutputPaths.resolve(root, relative)).getMessage();
    }

    @Test
    void normalPathsResolveUnderTheRoot() {
        assertEquals(root.resolve("world/talks/index.html"), OutputPaths.resolve(root, "world/talks/index.html"));
        assertEquals(root.resolve("feed.xml"), OutputPaths.resolve(root, "feed.xml"));
        assertEquals(root.resolve("tags/são-paulo/index.html"), OutputPaths.resolve(root, "tags/são-paulo/index.html"));
    }

    @Test
    void dotsInsideNamesAreFine() {
        assertEquals(root.resolve("a..b/.well-known/x..html"), OutputPaths.resolve(root, "a..b/.well-known/x..html"));
    }

    @Test
    void climbingOutIsRefused() {
        assertEquals("refused to write \"../x\": it would leave the output folder", refusal("../x"));
        assertEquals("refused to write \"a/../../b\": it would leave the output folder", refusal("a/../../b"));
        assertEquals("refused to write \"a/../b\": it would leave the output folder", refusal("a/../b"));
        assertEquals("refused to write \"..\": it would leave the output folder", refusal(".."));
    }

    @Test
    void absolutePathsAreRefused() {
        assertEquals("refused to write \"/etc/passwd\": not a relative path inside the output folder", refusal("/etc/passwd"));
    }

    @Test
    void backslashesAreRefused() {
        assertEquals("refused to write \"a\\b\": not a relative path inside the output folder", refusal("a\\b"));
        assertEquals("refused to write \"..\\x\": not a relative path inside the output folder", refusal("..\\x"));
    }

    @Test
    void windowsDrivesAreRefused() {
        assertEquals("refused to write \"C:\\x\": not a relative path inside the output folder", refusal("C:\\x"));
        assertEquals("refused to write \"C:x\": not a relative path inside the output folder", refusal("C:x"));
        assertEquals("refused to write \"c:/x\": not a relative path inside the output folder", refusal("c:/x"));
    }

    @Test
    void controlCharactersAreRefused() {
        for (String path : List.of("a\u0000b", "index.html\u0000.txt", "a\nb", "a\tb", "a\u007Fb")) {
            assertTrue(refusal(path).endsWith("not a relative path inside the output folder"), path);
        }
    }

    @Test
    void emptyAndDotSegmentsAreRefused() {
        for (String path : List.of("a//b", "a/", "./a", "a/./b", ".", "//a")) {
            String message = refusal(path);
            assertTrue(message.startsWith("refused to write \"" + path + "\""), message);
        }
    }

    @Test
    void anEmptyPathIsRefused() {
        assertEquals("refused to write \"\": not a relative path inside the output folder", refusal(""));
    }
}

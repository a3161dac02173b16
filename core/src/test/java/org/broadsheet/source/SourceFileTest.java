package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void aBundleIsAnIndexFileInAFolderInAnyLanguage() {
        assertTrue(SourceFile.isBundleIndex("world/story/index.md"));
        assertTrue(SourceFile.isBundleIndex("about/index.fr.md"));
        assertTrue(SourceFile.isBundleIndex("world/story/index.pt-BR.md"));
    }

    @Test
    void aBundleIndexMayBeAnyArticleFileAsHugoReadsIt() {
        assertTrue(SourceFile.isBundleIndex("world/story/index.markdown"));
        assertTrue(SourceFile.isBundleIndex("world/story/index.mdown"));
        assertTrue(SourceFile.isBundleIndex("world/story/index.html"));
    }

    @Test
    void otherFilesAreNotBundles() {
        assertFalse(SourceFile.isBundleIndex("index.md"), "the front page's text is not in a folder");
        assertFalse(SourceFile.isBundleIndex("world/indexes.md"));
        assertFalse(SourceFile.isBundleIndex("world/story/index.backup.md"), "not a language");
        assertFalse(SourceFile.isBundleIndex("world/story/photo.jpg"));
    }
}

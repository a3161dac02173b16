package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which paths directory-watcher's reports (and so macOS's saves) reach a build with. */
class SiteInputsTest {

    private final Path root = Path.of("/home/editor/daily").toAbsolutePath();
    private final SiteInputs inputs = new SiteInputs(root);

    @Test
    void theFoldersABuildReadsAndItsSettingsAreRead() {
        assertTrue(inputs.reads(root.resolve("content/world/europe/storm.md")));
        assertTrue(inputs.reads(root.resolve("templates/partials/footer.ftlh")));
        assertTrue(inputs.reads(root.resolve("authors")));
        assertTrue(inputs.reads(root.resolve("broadsheet.yml")));
        assertTrue(inputs.reads(root.resolve("broadsheet.production.yml")));
    }

    @Test
    void theOutputHiddenFoldersBackupsAndOtherFilesAreNot() {
        assertFalse(inputs.reads(root.resolve("site/index.html")));
        assertFalse(inputs.reads(root.resolve(".broadsheet/serve/site/index.html")));
        assertFalse(inputs.reads(root.resolve(".git/HEAD")));
        assertFalse(inputs.reads(root.resolve("notes.txt")));
        assertFalse(inputs.reads(root.resolve("content/.git/HEAD")));
        assertFalse(inputs.reads(root.resolve("content/world/.storm.md.swp")));
        assertFalse(inputs.reads(root.resolve("content/world/storm.md~")));
        assertFalse(inputs.reads(root), "the site folder itself is a lost event's report, not a save");
        assertFalse(inputs.reads(Path.of("/elsewhere/content/storm.md").toAbsolutePath()));
    }
}

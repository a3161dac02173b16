package org.broadsheet;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build.
 *
 * @param siteRoot      the site folder, holding {@code content/}, {@code templates/} and {@code broadsheet.yml}
 * @param output        the folder the site is written to
 * @param includeDrafts true to publish drafts too
 * @param now           the build's "now", from {@code SOURCE_DATE_EPOCH} when set, never read deeper down
 */
public record BuildRequest(Path siteRoot, Path output, boolean includeDrafts, Instant now) {

    /** A build of {@code siteRoot} into its {@code site/} folder, now. */
    public static BuildRequest of(Path siteRoot) {
        return new BuildRequest(siteRoot, siteRoot.resolve("site"), false, Instant.now());
    }

    public BuildRequest withOutput(Path output) {
        return new BuildRequest(siteRoot, output, includeDrafts, now);
    }

    public BuildRequest withDrafts(boolean drafts) {
        return new BuildRequest(siteRoot, output, drafts, now);
    }

    public BuildRequest at(Instant instant) {
        return new BuildRequest(siteRoot, output, includeDrafts, instant);
    }
}

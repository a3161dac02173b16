package org.broadsheet;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows the pages a save changes at once, before the whole site is built again, for the dev
 * server: what a build (see {@link Broadsheet#build(BuildRequest, java.util.function.Consumer)})
 * keeps to render a few of its pages again. Each page is rendered exactly as the next build
 * renders it, and that build brings the rest of the site up to date.
 */
public interface EditPreview {

    /**
     * The pages a save changes, by output path, as the next build will write them: after an edit
     * of articles, their pages and the pages open in the browser (a front page showing a new
     * headline); after a change of templates only, the pages open in the browser. Empty when
     * the changes are neither (another file changed, a file was added or deleted, an article
     * has errors or moved: another date, section, tag, URL…) or a page does not render. Files
     * that came and went since the last build (an editor's temporary files) are no change.
     *
     * @param changed the files changed since the last build, as absolute paths
     * @param open    the output paths of the pages open in the browser ({@code world/x/index.html})
     * @param now     the "now" the pages are rendered at
     */
    Optional<Map<String, byte[]>> pagesAfter(Set<Path> changed, Set<String> open, Instant now);
}

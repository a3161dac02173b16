package org.broadsheet.serve;

import java.util.List;
import java.util.Map;
import org.broadsheet.problem.Problem;

/**
 * What the server shows after a build: the build's id (new after every build, so open pages
 * know they are stale), the errors of the last build (empty when it succeeded), whether a good
 * site exists to serve, the base path it is served under, and the pages shown ahead of the
 * build that is bringing the site up to date.
 *
 * @param previews pages by output path ({@code world/x/index.html}), served instead of the files
 */
record SiteState(String buildId, List<Problem> errors, boolean hasSite, String basePath,
        Map<String, byte[]> previews) {

    SiteState {
        errors = List.copyOf(errors);
        previews = Map.copyOf(previews);
    }

    SiteState(String buildId, List<Problem> errors, boolean hasSite, String basePath) {
        this(buildId, errors, hasSite, basePath, Map.of());
    }

    /** This site with pages shown ahead of the build, under a new id. */
    SiteState previewing(String id, Map<String, byte[]> pages) {
        return new SiteState(id, errors, hasSite, basePath, pages);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}

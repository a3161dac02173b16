package org.broadsheet.serve;

import java.util.List;
import org.broadsheet.problem.Problem;

/**
 * What the server shows after a build: the build's id (new after every build, so open pages
 * know they are stale), the errors of the last build (empty when it succeeded), whether a good
 * site exists to serve, and the base path it is served under.
 */
record SiteState(String buildId, List<Problem> errors, boolean hasSite, String basePath) {

    SiteState {
        errors = List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}

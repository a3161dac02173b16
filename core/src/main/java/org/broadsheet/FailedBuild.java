package org.broadsheet;

import java.nio.file.Path;
import org.broadsheet.problem.BuildFailedException;

/**
 * The line that ends the report of a failed build or check, after its problems, in the same words
 * from the command line and from the Maven plugin.
 */
public final class FailedBuild {

    private FailedBuild() {
    }

    /**
     * {@code Build failed: 2 errors. The previous site in site is unchanged.}
     *
     * @param siteBefore what {@link Broadsheet#siteIn} said of {@code output} before the build
     */
    public static String summary(BuildFailedException failure, Path output, String siteBefore) {
        return "Build failed: " + errors(failure) + ". " + whatBecameOf(output, siteBefore);
    }

    /** {@code Check failed: the site does not build (1 error).} */
    public static String ofCheck(BuildFailedException failure) {
        return "Check failed: the site does not build (" + errors(failure) + ").";
    }

    private static String errors(BuildFailedException failure) {
        int errors = failure.errors().size();
        return errors + (errors == 1 ? " error" : " errors");
    }

    /**
     * What a failed build left in the output folder, as its marker tells: the site that was
     * there before, the new one, or none.
     */
    private static String whatBecameOf(Path output, String before) {
        String after = Broadsheet.siteIn(output);
        if (after.equals(before)) {
            return before.isEmpty() ? "No site was written." : "The previous site in " + output + " is unchanged.";
        }
        return after.isEmpty() ? output + " holds no whole site; the next build finishes putting one in place."
                : "The new site was put in place in " + output + " before the failure.";
    }
}

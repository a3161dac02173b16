package org.broadsheet.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Symbolic links in a site folder are never followed: a link could copy a file from anywhere
 * on the machine (a key, a password file) into a public site. Every folder Broadsheet reads
 * skips them the same way, with a warning; a link in place of one of those folders is an error.
 */
public final class SymbolicLinks {

    private SymbolicLinks() {
    }

    /** Warns that the link at {@code sitePath} is skipped. */
    public static void skip(String sitePath, Problems problems) {
        problems.warning(SourcePosition.of(sitePath), "is a symbolic link; links are not followed, so it is not published");
    }

    /** Whether {@code file} is a link, which is then skipped with a warning; false for anything else. */
    public static boolean skipped(Path file, String sitePath, Problems problems) {
        if (!Files.isSymbolicLink(file)) {
            return false;
        }
        skip(sitePath, problems);
        return true;
    }

    /**
     * Reports, as an error, each of {@code folders} of the site folder that is itself a symbolic
     * link. Skipped like a linked file, a linked {@code content/} would make a site without
     * articles, and building it over the published one would take every article down.
     */
    public static void refuseLinkedFolders(Path siteRoot, List<String> folders, Problems problems) {
        for (String folder : folders) {
            if (Files.isSymbolicLink(siteRoot.resolve(folder))) {
                problems.error(SourcePosition.of(folder), "is a symbolic link; links are not followed, so the build"
                        + " cannot read this folder: replace the link with the folder itself");
            }
        }
    }
}

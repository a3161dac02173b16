package org.broadsheet.source;

import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Symbolic links in a site folder are never followed: a link could copy a file from anywhere
 * on the machine (a key, a password file) into a public site. Every folder Broadsheet reads
 * skips them the same way, with a warning.
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
}

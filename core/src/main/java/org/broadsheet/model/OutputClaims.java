package org.broadsheet.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.FileNames;

/**
 * The places that the planned pages and files claim in the output folder, checked before anything
 * is rendered: two that would be written to the same place (the second would silently replace the
 * first; paths are compared as a case-insensitive file system, macOS or Windows, would see them),
 * a file where another needs a folder, and a name that this system cannot write in its locale.
 */
public final class OutputClaims {

    /**
     * A page or file that would be written at {@code outputPath}: {@code owner} is who asks for
     * it, {@code position} names it in messages (the line of an article's {@code slug:} or an
     * alias, or just the owner), and {@code subject} begins the message about it ("alias /world/old/ ").
     */
    public record Claim(String outputPath, String owner, SourcePosition position, String subject) {
        boolean isFile() {
            return owner.startsWith("content/");
        }
    }

    private final FileNames names;

    public OutputClaims(FileNames names) {
        this.names = names;
    }

    /** Reports every claim that cannot be written as planned. */
    public void refuse(List<Claim> claims, Problems problems) {
        refuseUnwritableNames(claims, problems);
        refuseCollisions(claims, problems);
    }

    /**
     * A path this system cannot write in its locale (an alias /world/café/, a tag in Arabic,
     * under LC_ALL=C), once for each article, alias or listing that asks for one.
     */
    private void refuseUnwritableNames(List<Claim> claims, Problems problems) {
        if (names.readsEveryName()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (Claim claim : claims) {
            names.unreadable(claim.outputPath()).filter(why -> reported.add(claim.owner() + claim.subject()))
                    .ifPresent(why -> problems.error(where(claim.isFile() ? claim : null),
                            FileNames.shown((claim.isFile() ? claim.subject() : claim.owner() + " ") + "would be written to "
                                    + claim.outputPath()) + ", a name that cannot be written: " + why));
        }
    }

    private static void refuseCollisions(List<Claim> claims, Problems problems) {
        Map<String, Claim> owners = new HashMap<>();
        for (Claim claim : claims) {
            Claim first = owners.putIfAbsent(key(claim.outputPath()), claim);
            if (first != null) {
                Claim at = claim.isFile() ? claim : first.isFile() ? first : null; // a source file, if either has one
                Claim other = at == claim ? first : claim;
                problems.error(where(at), (at == null ? "" : at.subject()) + "would be written to " + claim.outputPath()
                        + ", which " + other.position() + " also writes to; give one of them another slug or path");
            }
        }
        // a file where another page needs a folder: robots.txt, and an alias /robots.txt at robots.txt/index.html
        for (Claim claim : claims) {
            String path = claim.outputPath();
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                Claim file = owners.get(key(path.substring(0, slash)));
                if (file == null) {
                    continue;
                }
                if (file.isFile() && !claim.isFile()) {
                    problems.error(where(file), file.subject() + "would be written to " + file.outputPath()
                            + ", a file where " + claim.position() + " needs a folder for " + path
                            + "; give one of them another slug or path");
                } else {
                    problems.error(where(claim.isFile() ? claim : null), (claim.isFile() ? claim.subject() : "")
                            + "would be written to " + path + ", inside " + file.outputPath() + ", which "
                            + file.position() + " writes as a file; give one of them another slug or path");
                }
                break;
            }
        }
    }

    /** Where a clash is reported: at the source file that asks for the path, if one does. */
    private static SourcePosition where(Claim withSource) {
        return withSource == null ? SourcePosition.of("content") : withSource.position();
    }

    /** Paths that differ only in letter case or Unicode form are one file on some file systems. */
    private static String key(String outputPath) {
        return Normalizer.normalize(outputPath, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}

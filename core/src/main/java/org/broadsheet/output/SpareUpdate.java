package org.broadsheet.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.broadsheet.source.FileTree;

/**
 * Brings the spare site ({@link SpareSite}) up to date with the new one, touching only the
 * paths where the two can differ: those at which the spare was behind the live site, and those
 * this build wrote or deleted. A written file is linked from the staging folder, a file the
 * build kept from the live site, and a file the new site does not have is deleted. Nobody sees
 * the spare meanwhile; it is swapped in whole afterwards.
 */
final class SpareUpdate {

    private final Path spare;
    private final Path output;
    private final Path staging;

    SpareUpdate(Path spare, Path output, Path staging) {
        this.spare = spare;
        this.output = output;
        this.staging = staging;
    }

    /**
     * Makes the spare hold the new site: deletions first, so that a file may take the place of a
     * folder it emptied and a folder the place of a file, then the files, then the marker.
     *
     * @param paths  where the spare may differ from the new site
     * @param site   every file of the new site
     * @param staged the files of the new site in the staging folder; the others are the live site's
     * @throws OutputChangedException when a file kept from the live site is no longer there
     */
    void apply(Set<String> paths, Set<String> site, Set<String> staged, String marker, OutputSwap.Steps steps)
            throws IOException {
        List<String> sorted = new ArrayList<>(paths);
        Collections.sort(sorted);
        for (String path : sorted) {
            if (!site.contains(path)) {
                delete(path);
            }
        }
        steps.reached("spare-emptied");
        for (String path : sorted) {
            if (site.contains(path)) {
                put(path, staged.contains(path) ? staging : output);
            }
        }
        // last, so that a later change of the spare's folders is a hand's; replaced at once, so the spare is always marked
        Path temporary = spare.resolve(SiteWriter.MARKER + ".tmp");
        Files.deleteIfExists(temporary);
        Files.writeString(temporary, marker, StandardCharsets.UTF_8);
        OutputFolders.move(temporary, spare.resolve(SiteWriter.MARKER));
    }

    private void delete(String path) throws IOException {
        Path file = OutputPaths.resolve(spare, path);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(file);
            OutputFolders.removeEmptyFolders(file.getParent(), spare);
        }
    }

    /** Puts the file at {@code path} of {@code from} into the spare, in place of what is there. */
    private void put(String path, Path from) throws IOException {
        Path target = OutputPaths.resolve(spare, path);
        if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            OutputFolders.makeFolders(spare, target.getParent());
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            FileTree.delete(target); // a folder where a file goes: nothing in it is part of the new site
        } else {
            Files.deleteIfExists(target); // never written into: the live site may share its bytes
        }
        try {
            OutputFolders.link(OutputPaths.resolve(from, path), target);
        } catch (NoSuchFileException e) {
            if (from.equals(output)) {
                throw OutputChangedException.removed(path, output);
            }
            throw e;
        }
    }
}

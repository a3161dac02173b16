package org.broadsheet.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.broadsheet.source.FileTree;

/**
 * The site before the current one, kept beside the output folder ({@code .site.spare} for
 * {@code site/}): the next build brings it up to date with only the files that changed since it
 * was last current and swaps it in whole, so that a build's cost follows its change, not the
 * site's size. Its state file says which live site it is behind and at which paths; a spare
 * without one (a build was killed while it updated it) or behind another site is never used.
 * A site that was changed by hand while it was live is not kept as the spare: what was added
 * would come back with it.
 */
final class SpareSite {

    /**
     * The spare's state: "behind BUILD-ID", "live since NANOSECONDS" (the time of the live site's
     * marker when it was put in place), then one path a line where the spare differs from it.
     */
    static final String STATE = ".broadsheet-spare";
    private static final String BEHIND = "behind ";
    private static final String SINCE = "live since ";

    /**
     * A spare that can be brought up to date: the paths where it differs from the live site, and
     * when that site was put in place, or null when unknown.
     */
    record Behind(Set<String> paths, FileTime liveSince) {
    }

    private SpareSite() {
    }

    /** The spare of {@code output}. */
    static Path folderOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".spare");
    }

    /**
     * The paths at which the spare differs from the live site of build {@code liveId}, or null
     * when there is no spare that can be brought up to date from it.
     */
    static Behind behind(Path output, String liveId) {
        if (liveId.isEmpty()) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(folderOf(output).resolve(STATE), StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(BEHIND + liveId) || !lines.get(1).startsWith(SINCE)) {
                return null;
            }
            FileTime since = FileTime.from(Long.parseLong(lines.get(1).substring(SINCE.length())), TimeUnit.NANOSECONDS);
            return new Behind(new HashSet<>(lines.subList(2, lines.size())), since);
        } catch (IOException | NumberFormatException e) {
            return null; // no spare, or one a killed build was updating
        }
    }

    /** Makes the spare unusable until it is a whole site again: a build is about to change it. */
    static void invalidate(Path output) throws IOException {
        Files.deleteIfExists(folderOf(output).resolve(STATE));
    }

    /**
     * Deletes a spare that can no longer be used, to make room for another; a folder of that name
     * without Broadsheet's marker is not one, and is left alone.
     *
     * @return whether the name is free
     */
    static boolean discard(Path output) throws IOException {
        Path spare = folderOf(output);
        if (!Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) || !Files.exists(spare.resolve(SiteWriter.MARKER))) {
            return false;
        }
        FileTree.delete(spare);
        return true;
    }

    /**
     * What is known of the site a swap takes out of the output folder.
     *
     * @param files  its files, as the last build recorded them or this build listed them; null when unknown
     * @param listed whether this build listed them itself, so that they are what the folder holds
     * @param since  when it was put in place, or null when unknown: then the time of its marker
     */
    record OldSite(Collection<String> files, boolean listed, FileTime since) {
    }

    /**
     * Keeps {@code old}, the site a swap just took out of the output folder, as the spare, behind
     * the new site at the {@code changed} paths; deletes it instead when it cannot be trusted: the
     * files it has are unknown, or someone changed it while it was live.
     */
    static void retire(Path old, Path output, OldSite site, Set<String> changed, String newId, OutputSwap.Steps steps)
            throws IOException {
        if (!Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (site.files() == null || !site.listed() && !untouchedSince(old, site.files(), site.since())
                || !discard(output)) {
            FileTree.delete(old);
            return;
        }
        Path spare = folderOf(output);
        OutputFolders.move(old, spare);
        steps.reached("retired");
        List<String> state = new ArrayList<>(changed.size() + 2);
        state.add(BEHIND + newId);
        state.add(SINCE + markerTime(output).to(TimeUnit.NANOSECONDS));
        state.addAll(changed);
        Path temporary = spare.resolve(STATE + ".tmp");
        Files.write(temporary, state, StandardCharsets.UTF_8);
        OutputFolders.move(temporary, spare.resolve(STATE));
        steps.reached("spare-kept");
    }

    /** The time of the marker of the site in {@code tree}, which a build writes last. */
    private static FileTime markerTime(Path tree) throws IOException {
        return Files.getLastModifiedTime(tree.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Whether nobody added, removed or renamed anything in {@code tree} since a build put it in
     * place at {@code since}: its top folder holds just the site's names, and no folder below
     * changed after that. A folder's time changes with every name added to it or removed from it,
     * so this reads one time a folder instead of listing every file. A change within the clock
     * tick of the marker's writing goes unseen.
     */
    static boolean untouchedSince(Path tree, Collection<String> files, FileTime since) throws IOException {
        FileTime reference = since;
        if (reference == null) {
            try {
                reference = markerTime(tree);
            } catch (NoSuchFileException e) {
                return false;
            }
        }
        FileTime live = reference;
        Set<String> top = new HashSet<>();
        Set<String> folders = new HashSet<>();
        top.add(SiteWriter.MARKER);
        for (String path : files) {
            int slash = path.indexOf('/');
            top.add(slash < 0 ? path : path.substring(0, slash));
            for (int end = path.lastIndexOf('/'); end > 0 && folders.add(path.substring(0, end));
                    end = path.lastIndexOf('/', end - 1)) {
                // each folder once: a folder already seen has had its parents added too
            }
        }
        return holdsJust(tree, top) && folders.parallelStream().allMatch(folder -> unchangedSince(tree.resolve(folder), live));
    }

    private static boolean holdsJust(Path folder, Set<String> names) throws IOException {
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!names.contains(entry.getFileName().toString())) {
                    return false;
                }
                count++;
            }
        }
        return count == names.size();
    }

    private static boolean unchangedSince(Path folder, FileTime since) {
        try {
            return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).compareTo(since) <= 0;
        } catch (IOException e) {
            return false;
        }
    }
}

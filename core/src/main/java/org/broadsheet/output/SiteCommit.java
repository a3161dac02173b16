package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a written site in place, whole: a new site is the staging folder; an update brings the
 * spare site (the one before the current, {@link SpareSite}) up to date with the files that
 * changed, or, where there is none, links the unchanged files of the old site into the staging
 * folder; then the folders are swapped ({@link OutputSwap}) and the old site becomes the spare.
 * Where the output folder cannot be swapped, the changed files are moved in and the others deleted.
 */
final class SiteCommit {

    private final Path output;
    private final Path staging;
    private final boolean fresh;
    /** Whether the output folder can be swapped whole; else the changed files are moved in one by one. */
    private final boolean wholeSwap;
    /** What the last build wrote, when the output folder holds its site; else {@link PreviousOutput#NONE}. */
    private final PreviousOutput previous;
    /** The build id in the output folder's marker: the site there now. */
    private final String liveId;
    private final OutputSwap.Steps steps;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private Set<String> site;
    private Set<String> staged;
    /** When the live site was put in place, as the spare's state says; null when unknown. */
    private FileTime liveSince;
    /** The files of the live site, as recorded or listed; null when the site is new. */
    private Set<String> oldFiles;
    /** Whether this build listed the live site's files itself. */
    private boolean oldListed;

    SiteCommit(Path output, Path staging, boolean fresh, boolean wholeSwap, PreviousOutput previous, String liveId,
            OutputSwap.Steps steps) {
        this.output = output;
        this.staging = staging;
        this.fresh = fresh;
        this.wholeSwap = wholeSwap;
        this.previous = previous;
        this.liveId = liveId;
        this.steps = steps;
    }

    /**
     * @param site    every file of the new site
     * @param staged  the files of an update written into the staging folder
     * @param changed the files an update wrote; this adds those it deletes
     */
    void run(String buildId, String marker, Set<String> site, Set<String> staged, Set<String> changed)
            throws IOException {
        this.site = site;
        this.staged = staged;
        if (!fresh) {
            changed.addAll(gone());
        }
        if (wholeSwap && swapWhole(buildId, marker, changed)) {
            return;
        }
        if (!fresh) {
            keepUnchanged(false);
        }
        Files.writeString(staging.resolve(SiteWriter.MARKER), marker, StandardCharsets.UTF_8);
        Set<String> files = new HashSet<>(site);
        files.add(SiteWriter.MARKER);
        OutputSwap.updateInPlace(output, staging, files, steps);
    }

    /** Swaps the whole new site in; false, having changed nothing visible, when the output folder cannot be moved. */
    private boolean swapWhole(String buildId, String marker, Set<String> changed) throws IOException {
        Path whole = fresh ? stagedWhole(marker) : updatedSpareOrStaged(marker, changed);
        Path old = OutputSwap.oldSiteOf(output);
        if (!OutputSwap.replaceWhole(output, whole, old, steps)) {
            return false;
        }
        try {
            SpareSite.retire(old, output, new SpareSite.OldSite(oldFiles, oldListed, liveSince), changed, buildId,
                    steps);
        } catch (IOException e) {
            // the new site is in place; an old one that could not be kept is a leftover the next build removes
        }
        return true;
    }

    /** The spare brought up to date, when it can be; else the staging folder made whole. */
    private Path updatedSpareOrStaged(String marker, Set<String> changed) throws IOException {
        SpareSite.Behind spare = SpareSite.behind(output, liveId);
        if (spare != null) {
            liveSince = spare.liveSince();
            SpareSite.invalidate(output);
            steps.reached("spare-invalidated");
            Set<String> paths = new HashSet<>(spare.paths());
            paths.addAll(changed);
            try {
                new SpareUpdate(SpareSite.folderOf(output), output, staging).apply(paths, site, staged, marker, steps);
                steps.reached("staged");
                return SpareSite.folderOf(output);
            } catch (IOException e) {
                // a file of the spare resists (made immutable, say): the staging folder still holds what was written
            }
        }
        SpareSite.discard(output);
        return stagedWhole(marker);
    }

    /** The staging folder with the whole new site in it, the marker written last. */
    private Path stagedWhole(String marker) throws IOException {
        if (!fresh) {
            keepUnchanged(true);
        }
        Files.writeString(staging.resolve(SiteWriter.MARKER), marker, StandardCharsets.UTF_8);
        if (!fresh) {
            steps.reached("staged");
        }
        return staging;
    }

    /** The files of the old site that this one does not have; lists the old site's files where no build recorded them. */
    private Set<String> gone() throws IOException {
        if (previous != PreviousOutput.NONE) {
            oldFiles = previous.files().keySet();
        } else {
            oldFiles = OutputFolders.filesBut(output, Set.of(), SiteWriter.MARKER);
            oldListed = true;
        }
        Set<String> gone = new HashSet<>(oldFiles);
        gone.removeAll(site);
        return gone;
    }

    /**
     * Keeps the files of this site that were not written into the staging folder, because the
     * old site has them with these very bytes: with {@code link}, links them from the old site
     * into the staging folder; an update in place leaves them where they are, and checks they are.
     */
    private void keepUnchanged(boolean link) throws IOException {
        try {
            site.parallelStream().filter(path -> !staged.contains(path)).forEach(path -> keep(path, link));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Keeps one unchanged file; on many threads, as linking is mostly waiting for the file system. */
    private void keep(String path, boolean link) {
        Path existing = OutputPaths.resolve(output, path);
        try {
            if (!link && !Files.isRegularFile(existing)) {
                throw OutputChangedException.removed(path, output);
            } else if (link) {
                OutputFolders.link(existing, OutputFolders.fileIn(staging, path, folders));
            }
        } catch (NoSuchFileException e) {
            throw OutputChangedException.removed(path, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.broadsheet.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.broadsheet.source.FileTree;

/**
 * Puts a new site in the place of the old one so that readers, a web server or {@code rsync}
 * see the one or the other, never a mix. The usual way: a folder beside it (the staging folder,
 * or the spare site brought up to date) holds the complete new site, and two renames swap the
 * folders ({@link #replaceWhole}); between them, for an instant, there is no output folder at all. Where the output folder cannot be renamed (it is
 * a mount point, or the system refuses), the changed files are moved in one by one
 * ({@link #updateInPlace}). Either way a journal beside the output folder ({@code .site.swap})
 * says what was under way, so that a build killed in the middle is finished by
 * {@link #recover} before anything else touches the folder.
 */
final class OutputSwap {

    private static final String REPLACE = "replace";
    private static final String UPDATE = "update";

    private OutputSwap() {
    }

    /**
     * Named points of a swap, at which the test suite stops a build the way {@code kill -9}
     * would; {@link #NONE} in use.
     */
    @FunctionalInterface
    interface Steps {
        Steps NONE = step -> {
        };

        void reached(String step) throws IOException;

        /**
         * {@link #NONE}, unless the system property {@code broadsheet.test.haltAt} names a
         * step: then the process halts there, with no clean-up, as a killed one would.
         */
        static Steps fromSystemProperty() {
            String haltAt = System.getProperty("broadsheet.test.haltAt");
            if (haltAt == null) {
                return NONE;
            }
            return step -> {
                if (step.equals(haltAt)) {
                    Runtime.getRuntime().halt(137);
                }
            };
        }
    }

    /** The journal of swaps into {@code output}. */
    static Path journalOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".swap");
    }

    /** A new name beside {@code output} for the site a swap takes out of it. */
    static Path oldSiteOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
    }

    /**
     * Replaces {@code output} (which may not exist) by {@code staging}, which holds the complete
     * new site, and moves the old site to {@code old} (see {@link #oldSiteOf}), which the caller
     * keeps or deletes. When the new one cannot be moved in, the old one is put back and this throws.
     *
     * @return false, having changed nothing, when the output folder cannot be moved away (the
     *         system refuses: a folder in use on Windows, a mount point)
     */
    static boolean replaceWhole(Path output, Path staging, Path old, Steps steps) throws IOException {
        writeJournal(output, List.of(REPLACE, staging.getFileName().toString(), old.getFileName().toString()));
        steps.reached("journaled");
        boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
            try {
                OutputFolders.move(output, old);
            } catch (IOException e) {
                Files.delete(journalOf(output)); // nothing moved: there is nothing to finish
                return false;
            }
            steps.reached("moved-old");
        }
        try {
            OutputFolders.move(staging, output);
        } catch (IOException e) {
            if (hadOutput) {
                OutputFolders.move(old, output); // if this fails too, the journal is left for the next build
            }
            Files.delete(journalOf(output));
            throw e;
        }
        steps.reached("moved-new");
        Files.delete(journalOf(output));
        steps.reached("finished");
        return true;
    }

    /**
     * Moves the files of {@code staging} into {@code output}, replacing what is there, and
     * deletes the files of {@code output} that {@code files} does not name.
     *
     * @param files every file of the new site, by path relative to the output folder
     */
    static void updateInPlace(Path output, Path staging, Collection<String> files, Steps steps) throws IOException {
        List<String> journal = new ArrayList<>(files.size() + 2);
        journal.add(UPDATE);
        journal.add(staging.getFileName().toString());
        journal.addAll(files);
        writeJournal(output, journal);
        steps.reached("journaled");
        finishUpdate(output, staging, Set.copyOf(files), steps);
    }

    private static void finishUpdate(Path output, Path staging, Set<String> files, Steps steps) throws IOException {
        List<Path> staged;
        try (Stream<Path> walk = Files.walk(staging)) {
            staged = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        Set<Path> made = new HashSet<>();
        for (int i = 0; i < staged.size(); i++) {
            Path file = staged.get(i);
            Path target = output.resolve(staging.relativize(file).toString());
            if (made.add(target.getParent())) {
                OutputFolders.makeFolders(output, target.getParent());
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                FileTree.delete(target); // a folder where a file goes: every file in it is gone from the site
            }
            OutputFolders.replace(file, target);
            if (i == staged.size() / 2) {
                steps.reached("moved-half");
            }
        }
        steps.reached("moved");
        OutputFolders.deleteAllBut(output, files, SiteWriter.MARKER);
        Files.delete(journalOf(output));
        steps.reached("finished");
        deleteQuietly(staging);
    }

    /**
     * Finishes the swap a killed or failed build left, as its journal says: the new site goes
     * in place if its staging folder is whole, else the old one comes back. Then no staging or
     * old folder is needed any more.
     *
     * @return whether there was a swap to finish
     */
    static boolean recover(Path output) throws IOException {
        Path journal = journalOf(output);
        if (!Files.exists(journal)) {
            return false;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.size() < 2 || (!lines.get(0).equals(REPLACE) && !lines.get(0).equals(UPDATE))) {
            throw new IOException(journal + " is not a journal of Broadsheet's; move it away");
        }
        Path staging = output.resolveSibling(lines.get(1));
        if (lines.get(0).equals(UPDATE)) {
            if (Files.isDirectory(staging)) {
                finishUpdate(output, staging, Set.copyOf(lines.subList(2, lines.size())), Steps.NONE);
            } else {
                Files.delete(journal);
            }
            return true;
        }
        Path old = output.resolveSibling(lines.get(2));
        boolean hasOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(staging) && !(hasOutput && Files.exists(old))) {
            if (hasOutput) {
                OutputFolders.move(output, old);
            }
            OutputFolders.move(staging, output);
        } else if (!hasOutput && Files.isDirectory(old)) {
            OutputFolders.move(old, output);
        }
        Files.delete(journal);
        deleteQuietly(old);
        deleteQuietly(staging);
        return true;
    }

    /** Writes the journal whole or not at all. */
    private static void writeJournal(Path output, List<String> lines) throws IOException {
        Path journal = journalOf(output);
        Path temporary = journal.resolveSibling(journal.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        OutputFolders.move(temporary, journal);
    }

    /** Deletes a folder the site no longer needs; one that resists is left for the next build to remove. */
    private static void deleteQuietly(Path folder) {
        try {
            FileTree.delete(folder);
        } catch (IOException e) {
            // removed with the other leftovers before the next build writes anything
        }
    }
}

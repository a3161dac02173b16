package org.broadsheet.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * The output stage as a build runs it: refuses a dangerous output folder, makes the build the
 * only one writing into it, and writes into a staging folder that it puts in place only when
 * nothing failed. Whatever goes wrong with the folder becomes a problem at the folder as the
 * user named it, and ends the build with all problems found so far.
 */
public final class OutputStage {

    /** The files of a build, how many of them changed on disk and, on an update, which. */
    public record Published(Map<String, SiteWriter.OutputFile> files, int changed, Set<String> changedPaths,
            boolean fresh, String buildId) {
    }

    private OutputStage() {
    }

    /**
     * Refuses a dangerous output folder before anything is written anywhere.
     *
     * @param output the output folder as the user named it
     */
    public static void check(Path output, Path root, Problems problems) {
        try {
            SiteWriter.checkPlace(output, root);
        } catch (OutputFolderException e) {
            throw fail(output, e.getMessage(), problems);
        } catch (IOException e) {
            throw fail(output, "cannot be read: " + e.getMessage(), problems);
        }
    }

    /**
     * Makes this build the only one writing into {@code output}, waiting for another one that
     * is, and finishes the swap of a build that was killed while it put its site in place.
     *
     * @param named   the output folder as the user named it, for problems
     * @param waiting told, in a sentence, when the build waits for another one
     */
    public static OutputLock lock(Path output, Path named, Duration wait, Consumer<String> waiting, Problems problems) {
        OutputLock lock = null;
        try {
            lock = OutputLock.acquire(output, wait, waiting);
            SiteWriter.finishInterruptedSwap(output);
            return lock;
        } catch (OutputFolderException | IOException e) {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw fail(named, e instanceof OutputFolderException ? e.getMessage()
                    : "cannot be prepared for this build: " + e.getMessage(), problems);
        }
    }

    /**
     * Has {@code render} write the site into a staging folder and, if nothing failed, puts the
     * changes in place.
     */
    public static Published publish(Path output, Path root, PreviousOutput previous, Consumer<SiteWriter> render,
            Problems problems) {
        try (SiteWriter writer = SiteWriter.open(output, root, previous)) {
            render.accept(writer);
            problems.failIfAny();
            String buildId = writer.commit();
            return new Published(writer.files(), writer.filesChanged(), writer.pathsChanged(), writer.isFresh(), buildId);
        } catch (OutputFolderException e) {
            throw fail(output, e.getMessage(), problems);
        } catch (IOException e) {
            throw fail(output, "cannot be written: " + e.getMessage(), problems);
        } catch (UncheckedIOException e) {
            throw fail(output, e.getMessage(), problems); // "cannot write world/x/index.html: …"
        }
    }

    /** The failure of a build, with {@code message} added at the output folder to its problems. */
    private static BuildFailedException fail(Path output, String message, Problems problems) {
        problems.error(SourcePosition.of(output.toString()), message);
        return new BuildFailedException(problems.all());
    }
}

package org.broadsheet.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.broadsheet.moderation.Moderation;
import org.broadsheet.moderation.ReplyQueue;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.SourcePosition;

/**
 * Finds readers' replies about to be made public: the reply intake keeps the moderation queue
 * and readers' email addresses under {@code replies/} of the site folder, which must be neither
 * published with the site nor pushed with its source. Each finding is a warning.
 */
final class PrivateReplies {

    static final String FOLDER = "replies";

    private static final String WHY = "readers' replies and email addresses must stay private";

    private final Path siteRoot;
    private final String git;

    /** @param git the git command: "git", found on the PATH, for a check */
    PrivateReplies(Path siteRoot, String git) {
        this.siteRoot = siteRoot;
        this.git = git;
    }

    /**
     * Output files where the intake keeps replies ({@code replies/queue/}, {@code replies/private/}),
     * or with the same bytes as a file under the site folder's {@code replies/}: both got there
     * through {@code content/}, which publishes every file in it.
     */
    List<Problem> published(OutputFiles output) {
        Map<Long, List<Path>> replies = bySize(replyFiles());
        List<Problem> found = new ArrayList<>();
        for (String file : output.endingWith("")) {
            String copyOf = copyOf(output.path(file), replies);
            if (copyOf != null) {
                found.add(warning("(built page) " + file, "is a copy of " + copyOf + ", published with the site: " + WHY
                        + "; remove it from content/"));
            } else if (file.startsWith(ReplyQueue.FOLDER + "/") || file.startsWith(Moderation.PRIVATE_FOLDER + "/")) {
                found.add(warning("(built page) " + file, "is published where the reply intake keeps readers' replies"
                        + " and email addresses (" + FOLDER + "/): " + WHY + "; remove it from content/"));
            }
        }
        return found;
    }

    /**
     * The files under {@code replies/} that git tracks, as one warning at the first: a push would
     * publish them. Nothing when the site folder is in no git work tree, or git cannot be run.
     */
    List<Problem> trackedByGit() {
        if (!inGitWorkTree()) {
            return List.of();
        }
        List<String> tracked = gitLsFiles();
        if (tracked.isEmpty()) {
            return List.of();
        }
        int others = tracked.size() - 1;
        return List.of(warning(tracked.get(0), "is tracked by git" + (others == 0 ? "" : " (and " + others + " other file"
                + (others == 1 ? "" : "s") + " under " + FOLDER + "/)") + ", so a push publishes it: " + WHY
                + "; run git rm -r --cached " + FOLDER + "/ and add /" + FOLDER + "/ to .gitignore"));
    }

    private boolean inGitWorkTree() {
        for (Path dir = siteRoot.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code git ls-files replies/}, sorted; empty when git is missing, fails or takes over ten seconds. */
    private List<String> gitLsFiles() {
        Process process;
        try {
            process = new ProcessBuilder(git, "-C", siteRoot.toString(), "ls-files", "-z", "--", FOLDER + "/")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return List.of(); // no git on the PATH: nothing to ask
        }
        try (InputStream out = process.getInputStream()) {
            String listed = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return List.of();
            }
            return Arrays.stream(listed.split("\0")).filter(name -> !name.isEmpty()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            process.destroy();
        }
    }

    private List<Path> replyFiles() {
        Path folder = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Long, List<Path>> bySize(List<Path> files) {
        Map<Long, List<Path>> bySize = new HashMap<>();
        for (Path file : files) {
            try {
                long size = Files.size(file);
                if (size > 0) { // an empty file says nothing, and has the bytes of every other empty one
                    bySize.computeIfAbsent(size, k -> new ArrayList<>()).add(file);
                }
            } catch (IOException e) {
                // gone since the listing: nothing to compare with
            }
        }
        return bySize;
    }

    /** The reply file with the same bytes as {@code file}, relative to the site folder, or null. */
    private String copyOf(Path file, Map<Long, List<Path>> replies) {
        try {
            List<Path> sameSize = replies.get(Files.size(file));
            if (sameSize == null) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (Path reply : sameSize) {
                if (Arrays.equals(bytes, Files.readAllBytes(reply))) {
                    return siteRoot.relativize(reply).toString().replace('\\', '/');
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Problem warning(String file, String message) {
        return new Problem(Problem.Severity.WARNING, SourcePosition.of(file), message);
    }
}

package org.broadsheet.serve;

import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * What a build reads in a site folder, for directory-watcher: which folders to watch and which files
 * to keep track of, and whether a path it reports is one of them. At the top of the site folder
 * that is the {@link TreeWatcher#FOLDERS} and {@code broadsheet.yml}; below them everything but
 * hidden files and folders and editors' backups.
 */
final class SiteInputs implements FileTreeVisitor {

    private final Path root;

    SiteInputs(Path root) {
        this.root = root;
    }

    /**
     * Whether a change of {@code path} changes what a build reads: a {@link TreeWatcher#readAtTop} name
     * at the top of the site folder, with nothing hidden or ignored on the way down.
     */
    boolean reads(Path path) {
        if (!path.startsWith(root) || path.equals(root)) {
            return false;
        }
        Path relative = root.relativize(path);
        if (!TreeWatcher.readAtTop(relative.getName(0).toString())) {
            return false;
        }
        for (Path name : relative) {
            if (TreeWatcher.ignored(name.toString())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists for the library the folders and files under {@code start} that a build reads: at the top,
     * the {@link TreeWatcher#FOLDERS} and {@code broadsheet.yml}; below, all but hidden ones.
     */
    @Override
    public void recursiveVisitFiles(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        if (start.equals(root)) {
            onDirectory.call(root);
            try (Stream<Path> top = Files.list(root)) {
                for (Path child : top.sorted().toList()) {
                    visitTop(child, onDirectory, onFile);
                }
            }
        } else if (reads(start)) {
            walk(start, onDirectory, onFile);
        }
    }

    private void visitTop(Path child, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        String name = child.getFileName().toString();
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            if (TreeWatcher.FOLDERS.contains(name)) {
                walk(child, onDirectory, onFile);
            }
        } else if (TreeWatcher.readAtTop(name)) {
            onFile.call(child);
        }
    }

    private static void walk(Path top, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            return; // gone again before the library looked
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(top) && TreeWatcher.ignored(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!TreeWatcher.ignored(file.getFileName().toString())) {
                    onFile.call(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted while we looked: its folder's events tell
            }
        });
    }
}

package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/** Writes new files in the site folder and never replaces one: a file already there is reported as skipped. */
final class SiteFiles {

    private final Path root;
    private final ImportReport report;
    private final Set<String> written = new HashSet<>();

    SiteFiles(Path root, ImportReport report) {
        this.root = root;
        this.report = report;
    }

    Path root() {
        return root;
    }

    /** Whether this import has written {@code relative} already: two items of the export want one file. */
    boolean writtenByThisImport(String relative) {
        return written.contains(relative);
    }

    /** Writes {@code text} at {@code relative}; false, with a line in the report, when a file is already there. */
    boolean write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            written.add(relative);
            return true;
        } catch (FileAlreadyExistsException e) {
            report.skipped("files already in the site, left as they were (" + relative + ")");
            return false;
        }
    }

    /** Copies {@code source} to {@code relative}, unless a file is already there. */
    void copy(Path source, String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        try {
            Files.copy(source, file);
        } catch (FileAlreadyExistsException e) {
            report.skipped("files already in the site, left as they were (" + relative + ")");
        }
    }
}

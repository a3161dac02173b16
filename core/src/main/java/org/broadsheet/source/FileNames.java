package org.broadsheet.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Whether Java reads the site folder's file names as they are written. Linux keeps a name as
 * bytes, which Java decodes with the charset of the locale ({@code LC_ALL}, {@code LC_CTYPE},
 * {@code LANG}): under a UTF-8 locale {@code niño-café.md} reads as written; under C or POSIX
 * (an empty environment, cron, a bare container) every letter beyond ASCII becomes a '?', and
 * under Latin-1 another letter, so the article would get another URL, or its image would not be
 * found. Where the locale does not read UTF-8, a name beyond ASCII is therefore an error saying
 * which setting to change. Windows (UTF-16 names) and macOS (always UTF-8) read every name.
 *
 * @param charset what Java decodes file names with ({@code sun.jnu.encoding})
 * @param locale  the setting that chose it, for messages: {@code LC_ALL=C}
 */
public record FileNames(String charset, String locale) {

    /** Java's reading of file names on this machine, in this environment. */
    public static FileNames ofThisSystem() {
        if (File.separatorChar == '\\') {
            return new FileNames("UTF-16", "");
        }
        return new FileNames(System.getProperty("sun.jnu.encoding", "UTF-8"), localeSetting(System.getenv()));
    }

    /** The variable that decides how names are read, as C's setlocale looks for it: {@code LANG=C}. */
    static String localeSetting(Map<String, String> environment) {
        for (String variable : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = environment.getOrDefault(variable, "");
            if (!value.isEmpty()) {
                return variable + "=" + shown(value);
            }
        }
        return "no LANG or LC_ALL is set";
    }

    /** Whether every name reads as written, whatever letters it has. */
    public boolean readsEveryName() {
        return charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8") || charset.equals("UTF-16");
    }

    /**
     * Why {@code name} (a file name or path, or text from the command line) cannot be read or
     * written as it is, and what to do, for the end of a message; empty when it can.
     */
    public Optional<String> unreadable(String name) {
        if (readsEveryName() || name.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        // a UTF-8 locale that this machine does not have leaves C's charset
        String missing = locale.matches("(?i).*utf-?8.*") ? ", which this machine does not have," : "";
        return Optional.of("the current locale (" + locale + ")" + missing + " reads file names as " + charset
                + ", not UTF-8; run Broadsheet with a UTF-8 locale, such as LC_ALL=C.UTF-8");
    }

    /** {@code text} with each character beyond ASCII shown as '?', the same whatever the terminal's charset. */
    public static String shown(String text) {
        return text.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /**
     * Reports each file and folder under the site folder's {@code folders} whose name this system
     * cannot read (a folder once, not each file in it). Nothing to look at where it reads every name.
     */
    public void check(Path siteRoot, List<String> folders, Problems problems) {
        if (readsEveryName()) {
            return;
        }
        for (String folder : folders) {
            Path top = siteRoot.resolve(folder);
            if (!Files.isDirectory(top)) {
                continue;
            }
            try {
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return report(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        report(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE; // the stage that reads it says what is wrong
                    }

                    private boolean report(Path path) {
                        Optional<String> problem = unreadable(path.getFileName().toString());
                        problem.ifPresent(p -> problems.error(SourcePosition.of(shown(FileTree.slashes(
                                siteRoot.relativize(path)))),
                                "this file name cannot be read: " + p));
                        return problem.isPresent();
                    }
                });
            } catch (IOException e) {
                // as above: the stage that reads the folder reports it
            }
        }
    }
}

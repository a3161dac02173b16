package org.broadsheet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A site folder for a test: copied from a fixture under src/test/resources, or written file by
 * file, then built through the command line in-process, as a user would run it.
 */
public final class TestSite {

    /**
     * The repository's root, with the sample site, {@code docs/} and the README: the folder above
     * this module's, where Maven runs its tests.
     */
    public static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** An empty site folder in {@code dir}. */
    public static TestSite in(Path dir) {
        return new TestSite(dir);
    }

    /** A copy of the fixture {@code src/test/resources/<fixture>} in {@code dir}. */
    public static TestSite copyOf(String fixture, Path dir) {
        copyTree(resource(fixture), dir);
        return new TestSite(dir);
    }

    /** The path of a folder under src/test/resources. */
    public static Path resource(String name) {
        URL url = TestSite.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("site");
    }

    /** Writes a file of the site folder, creating its folders. */
    public TestSite file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article with the given front matter lines and body. */
    public TestSite article(String path, String frontMatter, String body) {
        return file(path, "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    /** Runs {@code broadsheet build --source <root> <args>}. */
    public Run build(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "--source", root.toString()));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    /** Runs {@code broadsheet build} and fails the test, showing what it printed, unless the build succeeds. */
    public TestSite built(String... args) {
        Run run = build(args);
        if (run.exitCode() != 0) {
            throw new AssertionError("the site did not build:\n" + run);
        }
        return this;
    }

    /** Runs any command line in-process. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The generated file as text. */
    public String text(String outputPath) {
        try {
            return Files.readString(output().resolve(outputPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated page, parsed as a browser would. */
    public Document page(String outputPath) {
        return Jsoup.parse(text(outputPath), "https://example.org/");
    }

    public boolean exists(String outputPath) {
        return Files.exists(output().resolve(outputPath));
    }

    /** Every file of the output, relative, with '/', sorted. */
    public List<String> outputFiles() {
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(Files::isRegularFile).map(p -> output().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file and folder under {@code folder}, by path relative to it with '/' (folders end
     * in '/'), sorted. A folder maps to "", a file to its bytes read as ISO-8859-1: that maps each
     * byte to one char, so two snapshots are equal exactly when the trees are byte for byte the
     * same, and a difference still reads as text in a failure message.
     */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> !p.equals(folder)).toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name + "/", "");
                } else {
                    tree.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    /**
     * How two snapshots differ, one entry per path: missing on either side, or the first line
     * where the contents part, followed by a short diff from there (up to three expected lines
     * marked "-", then as many of the actual ones marked "+"). Empty when the trees are byte
     * for byte the same.
     */
    public static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
        List<String> differences = new ArrayList<>();
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(actual.keySet());
        for (String path : paths) {
            String a = expected.get(path);
            String b = actual.get(path);
            if (a == null || b == null) {
                differences.add(path + (a == null ? ": unexpected" : ": missing"));
            } else if (!a.equals(b)) {
                differences.add(diff(path, a.lines().toList(), b.lines().toList()));
            }
        }
        return differences;
    }

    private static String diff(String path, List<String> expected, List<String> actual) {
        int line = 0;
        while (line < Math.min(expected.size(), actual.size()) && expected.get(line).equals(actual.get(line))) {
            line++;
        }
        StringBuilder text = new StringBuilder(path).append(':').append(line + 1).append(':');
        if (line == expected.size() && line == actual.size()) {
            return text.append(" the line endings differ").toString();
        }
        lines(text, "-", expected, line);
        lines(text, "+", actual, line);
        return text.toString();
    }

    /** Up to three of {@code lines} from {@code from} on, marked, or where the file ends. */
    private static void lines(StringBuilder text, String mark, List<String> lines, int from) {
        for (int i = from; i < from + 3 && i <= lines.size(); i++) {
            text.append("\n  ").append(mark).append(' ').append(i < lines.size() ? shortened(lines.get(i)) : "(end of file)");
        }
    }

    private static String shortened(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    /** The outcome of one command: exit code, standard output and standard error. */
    public record Run(int exitCode, String out, String err) {
        /**
         * The lines of stderr, but for the reminder that a site without {@code baseUrl} is built
         * for localhost, which most test sites are (CommandLineIT checks that one).
         */
        public List<String> errLines() {
            return err.lines().filter(line -> !line.startsWith("broadsheet.yml: warning: the site is built for http://localhost"))
                    .toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

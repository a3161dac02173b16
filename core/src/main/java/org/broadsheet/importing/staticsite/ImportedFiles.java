package org.broadsheet.importing.staticsite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a Jekyll or Hugo site that an import brings, each with its path under the
 * Broadsheet site's {@code content/}, where articles become articles and every other file is
 * served at the same path. Jekyll: {@code _posts/} and {@code _drafts/}; the pages at the top of
 * the site (a Markdown or HTML file with front matter, such as {@code about.md}), but not its
 * front page or 404 page, which Broadsheet makes; {@code assets/} and {@code images/}. Hugo:
 * {@code content/}, and {@code static/}, whose files Hugo serves from the site's top. Hidden
 * files are left out, and where two would land on one path the first (content before static) wins.
 */
final class ImportedFiles {

    private static final List<String> JEKYLL_FOLDERS = List.of("_posts", "_drafts", "assets", "images");
    /** Jekyll's own front page and 404 page: Broadsheet makes its own. */
    private static final List<String> JEKYLL_OWN_PAGES = List.of("index", "404");

    private ImportedFiles() {
    }

    /** Each file to import, by its path under {@code content/}, in that order. */
    static SortedMap<String, Path> of(StaticSiteImport.Source source, Path dir, Path from) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (source == StaticSiteImport.Source.HUGO) {
            walk(from, from, files);
            walk(dir.resolve("static"), dir.resolve("static"), files);
            return files;
        }
        JEKYLL_FOLDERS.forEach(folder -> walk(dir.resolve(folder), dir, files));
        try (Stream<Path> top = Files.list(dir)) {
            top.filter(ImportedFiles::isJekyllPage).forEach(file -> files.putIfAbsent(file.getFileName().toString(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Each file under {@code root}, by its path from {@code base}. */
    private static void walk(Path root, Path base, SortedMap<String, Path> into) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> into.putIfAbsent(base.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page at the top of a Jekyll site: a Markdown or HTML file with front matter, as Jekyll renders it. */
    private static boolean isJekyllPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return Files.isRegularFile(file) && dot > 0 && !name.startsWith(".") && !name.startsWith("_")
                && StaticSiteImport.isArticle(name) && !JEKYLL_OWN_PAGES.contains(name.substring(0, dot))
                && opensFrontMatter(file);
    }

    private static boolean opensFrontMatter(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            while (line != null && line.isBlank()) {
                line = reader.readLine();
            }
            return line != null && line.strip().equals("---");
        } catch (IOException e) {
            return false; // not text: no page
        }
    }
}

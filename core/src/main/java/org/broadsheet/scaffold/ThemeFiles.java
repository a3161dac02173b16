package org.broadsheet.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in theme's files, which a site overrides by putting a file of the same name in its
 * own folder: templates ({@code article.ftlh}, {@code partials/footer.ftlh}), its stylesheet and
 * scripts ({@code assets/broadsheet.css}) and the texts of each language ({@code i18n/es.yml}).
 * Ejecting one copies it into the site to change, as Hugo users copy a theme's layout.
 */
public final class ThemeFiles {

    /** Where the theme lives in the jar; its folders have the names of a site's. */
    private static final String THEME = "/theme";
    private static final List<String> FOLDERS = List.of("templates", "i18n");

    private ThemeFiles() {
    }

    /**
     * Every file of the theme, as a site names it: {@code article.ftlh},
     * {@code partials/footer.ftlh}, {@code assets/broadsheet.css}, {@code i18n/es.yml}; sorted.
     */
    public static List<String> list() {
        try {
            URI uri = ThemeFiles.class.getResource(THEME + "/templates/article.ftlh").toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(jar.getPath(THEME));
                }
            }
            return names(Path.of(uri).getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in theme: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path theme) throws IOException {
        try (Stream<Path> files = Files.walk(theme)) {
            return files.filter(Files::isRegularFile).map(f -> theme.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> FOLDERS.stream().anyMatch(folder -> name.startsWith(folder + "/")))
                    .map(name -> name.startsWith("templates/") ? name.substring("templates/".length()) : name)
                    .sorted().toList();
        }
    }

    /**
     * Copies the theme's file {@code name} (as {@link #list} names it) into the site at
     * {@code siteRoot}, and returns where it went: {@code templates/article.ftlh}.
     *
     * @throws ScaffoldException when the theme has no such file, or the site has its own already
     */
    public static Path eject(Path siteRoot, String name) throws ScaffoldException {
        String clean = name.replace('\\', '/');
        if (clean.startsWith("templates/")) {
            clean = clean.substring("templates/".length());
        }
        if (!list().contains(clean)) {
            throw new ScaffoldException("the built-in theme has no file " + name + "; broadsheet theme list names them");
        }
        String sitePath = clean.startsWith("i18n/") ? clean : "templates/" + clean; // as in the jar's theme folder
        Path target = siteRoot.resolve(sitePath);
        if (Files.exists(target)) {
            throw new ScaffoldException(sitePath + " already exists; the site's own file stays as it is");
        }
        try (InputStream in = ThemeFiles.class.getResourceAsStream(THEME + "/" + sitePath)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target); // fails rather than replace a file made since the check above
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}

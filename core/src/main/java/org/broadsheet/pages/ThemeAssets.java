package org.broadsheet.pages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.problem.Problems;
import org.broadsheet.source.SymbolicLinks;

/** The files of the theme besides its templates (its stylesheet, the search scripts), published as they are. */
final class ThemeAssets {

    /** The built-in theme's templates in the jar, where the template engine finds them too. */
    private static final String THEME = "/theme/templates";
    /** The theme's files besides templates, listed in the jar (a folder in a jar cannot be listed). */
    private static final String THEME_ASSETS = "/theme/assets.txt";

    private ThemeAssets() {
    }

    /**
     * The theme's stylesheet and other files, each replaced by a file of the same name in the
     * site's templates/assets/. Symbolic links there are reported and skipped, as under content/:
     * a link could publish a file from outside the site.
     */
    static List<StaticFile> of(Path siteRoot, Problems problems) {
        Path siteAssets = siteRoot.resolve("templates/assets");
        TreeSet<String> names = new TreeSet<>(themeAssetNames());
        if (Files.isDirectory(siteAssets)) {
            try (Stream<Path> walk = Files.walk(siteAssets)) {
                walk.filter(p -> !p.equals(siteAssets)).forEach(p -> {
                    String name = siteAssets.relativize(p).toString().replace('\\', '/');
                    if (Files.isSymbolicLink(p)) {
                        SymbolicLinks.skip("templates/assets/" + name, problems);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        names.add(name);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<StaticFile> files = new ArrayList<>();
        for (String name : names) {
            Path own = siteAssets.resolve(name);
            String resource = THEME + "/assets/" + name;
            files.add(Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)
                    ? new StaticFile.ThemeFile("assets/" + name, "templates/assets/" + name, own, null, fingerprintOf(own))
                    : new StaticFile.ThemeFile("assets/" + name, "(built-in theme) assets/" + name, null, resource,
                            fingerprintOf(resource)));
        }
        return files;
    }

    private static long fingerprintOf(Path file) {
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Fingerprint().add(file.toString()).add(attributes.size())
                    .add(attributes.lastModifiedTime().toMillis()).value();
        } catch (IOException e) {
            return 0; // unreadable: copying it will report why
        }
    }

    private static long fingerprintOf(String resource) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(resource)) {
            return in == null ? 0 : Fingerprint.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> themeAssetNames() {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(THEME_ASSETS)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

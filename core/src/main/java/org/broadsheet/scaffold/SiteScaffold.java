package org.broadsheet.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new site folder that builds as it is: {@code broadsheet.yml} with every setting
 * explained, a sample article, an empty {@code templates/} with a note on overriding the
 * built-in theme, and a {@code .gitignore} for the output and Broadsheet's cache.
 */
public final class SiteScaffold {

    private static final String RESOURCES = "/scaffold/site/";

    /**
     * Each file of a new site: where it goes, and the resource it comes from. CI files for GitHub
     * Pages and GitLab Pages build and publish the site on every push (and, on GitHub, every
     * hour, for scheduled and expiring articles), keeping the build cache between runs. The JSON
     * Schemas of the settings and of front matter are for editors: {@code broadsheet.yml} names
     * its schema in a first-line comment that VS Code's YAML support (and any editor using
     * yaml-language-server) reads to complete and check its keys.
     */
    private static final String[][] FILES = {
        {"broadsheet.yml", RESOURCES + "broadsheet.yml"},
        {".gitignore", RESOURCES + "gitignore"},
        {"content/news/welcome.md", RESOURCES + "welcome.md"},
        {"templates/README.md", RESOURCES + "templates-README.md"},
        {".github/workflows/site.yml", RESOURCES + "github-workflow.yml"},
        {".gitlab-ci.yml", RESOURCES + "gitlab-ci.yml"},
        {".schemas/broadsheet.schema.json", "/schemas/broadsheet.schema.json"},
        {".schemas/front-matter.schema.json", "/schemas/front-matter.schema.json"},
    };

    private SiteScaffold() {
    }

    /**
     * Creates the site in {@code dir}, which may not exist yet.
     *
     * @param now the sample article's date; its zone becomes the site's time zone
     * @return the files written, in order
     * @throws ScaffoldException when {@code dir} is a file or a folder that is not empty
     */
    public static List<Path> create(Path dir, ZonedDateTime now) throws ScaffoldException {
        refuseUnlessEmpty(dir);
        List<Path> written = new ArrayList<>();
        try {
            for (String[] file : FILES) {
                String text = resource(file[1])
                        .replace("{{timezone}}", now.getZone().getId())
                        .replace("{{date}}", ArticleScaffold.date(now));
                Path target = dir.resolve(file[0]);
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new site in " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void refuseUnlessEmpty(Path dir) throws ScaffoldException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldException(dir + " is a file; name a new or empty folder for the site");
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    throw new ScaffoldException(dir + " is not empty; a new site goes into a new or empty folder, "
                            + "so nothing there is overwritten");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SiteScaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("scaffold file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

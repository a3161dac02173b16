package org.broadsheet.authors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SymbolicLinks;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlFields;
import org.broadsheet.yaml.YamlReader;

/**
 * Reads {@code authors/*.yml}: {@code name}, {@code role} and {@code bio} (text, or text by
 * language code), {@code photo} and {@code links} (a list of {@code title} and {@code url}, or a map of
 * title to URL). A wrong value is reported at its line.
 */
public final class AuthorProfileLoader {

    /** The folder of the site folder that holds the profiles. */
    public static final String FOLDER = "authors";

    private static final Pattern URL = Pattern.compile("(?i)(https?://|mailto:)\\S+");
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.ya?ml");

    private final YamlReader yaml = YamlReader.forFiles(256 * 1024);

    /** The profiles by slug; none when the folder is missing. */
    public Map<String, AuthorProfile> load(Path siteRoot, Problems problems) {
        Path folder = siteRoot.resolve(FOLDER);
        Map<String, AuthorProfile> profiles = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return profiles;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> !SymbolicLinks.skipped(file, FOLDER + "/" + file.getFileName(), problems))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.of(FOLDER), "cannot be read: " + e.getMessage());
            return profiles;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String sitePath = FOLDER + "/" + name;
            if (!FILE.matcher(name).matches()) {
                if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    problems.error(SourcePosition.of(sitePath), "is not named by an author's slug: use lowercase "
                            + "letters, digits and hyphens, as in the author's page URL (elena-castillo.yml)");
                }
                continue;
            }
            read(file, sitePath, name.substring(0, name.lastIndexOf('.')), problems)
                    .ifPresent(profile -> profiles.put(profile.slug(), profile));
        }
        return profiles;
    }

    private Optional<AuthorProfile> read(Path file, String sitePath, String slug, Problems problems) {
        Optional<YamlDocument> read = yaml.readFile(file, sitePath, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlFields fields = YamlFields.of(read.get(), sitePath, problems);
        String photo = text(fields, "photo");
        if (!photo.isEmpty() && !photo.startsWith("/") && !photo.matches("(?i)https?://\\S+")) {
            fields.error("photo", "photo \"" + photo + "\" must be an http(s) URL or a site path such as /images/authors/"
                    + slug + ".jpg");
            photo = "";
        }
        return Optional.of(new AuthorProfile(slug, sitePath, text(fields, "name"), byLanguage(fields, "role"), photo,
                byLanguage(fields, "bio"), links(fields)));
    }

    /** A text, or texts by language code ({@code en-US: …, es-VE: …}); the key "" is every language. */
    private static Map<String, String> byLanguage(YamlFields fields, String key) {
        Object value = fields.value(key);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> byLanguage) {
            byLanguage.forEach((k, v) -> texts.put(k.toString(), v == null ? "" : v.toString().strip()));
        } else if (value instanceof List) {
            fields.error(key, key + " must be text, or text by language code (en-US: …)");
        } else if (value != null) {
            texts.put("", text(fields, key));
        }
        return texts;
    }

    private static List<AuthorProfile.Link> links(YamlFields fields) {
        Object value = fields.value("links");
        List<AuthorProfile.Link> links = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((title, url) -> links.add(new AuthorProfile.Link(title.toString(), String.valueOf(url))));
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> link && link.get("url") != null) {
                    Object title = link.get("title");
                    links.add(new AuthorProfile.Link(title == null ? link.get("url").toString() : title.toString(),
                            link.get("url").toString()));
                } else {
                    fields.error("links", "each link needs a url, e.g. - {title: Website, url: https://example.org/}");
                }
            }
        } else if (value != null) {
            fields.error("links", "links must be a list of title and url");
        }
        boolean ok = true;
        for (AuthorProfile.Link link : links) {
            if (!URL.matcher(link.url()).matches()) {
                fields.error("links", "link \"" + link.url() + "\" must be an http(s) or mailto URL");
                ok = false; // every bad link is reported; none is published
            }
        }
        return ok ? links : List.of();
    }

    /** A single value as written, stripped; empty when absent, or a list or a map (which role and bio may be). */
    private static String text(YamlFields fields, String key) {
        String written = fields.value(key) == null ? null : fields.written(key);
        return written == null ? "" : written.strip();
    }
}

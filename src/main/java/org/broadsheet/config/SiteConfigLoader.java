package org.broadsheet.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlReader;

/**
 * Reads {@code broadsheet.yml} from a site folder. A missing file means all defaults; every
 * wrong value is reported with its line, and the default is used in its place so the rest of
 * the build can still report its own problems.
 */
public final class SiteConfigLoader {

    static final String DEFAULT_BASE_URL = "http://localhost:8080/";

    private static final Set<String> KNOWN = Set.of("title", "description", "baseUrl", "language",
            "timezone", "paginate", "permalink", "comments", "markdown", "sections", "tags", "languages",
            "publisher");

    private final YamlReader yaml = YamlReader.forFiles(1 << 20);

    public SiteConfig load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(SiteConfig.FILE);
        if (!Files.exists(file)) {
            return SiteConfig.defaults();
        }
        return yaml.readFile(file, SiteConfig.FILE, problems).map(doc -> new Reading(doc, problems).config())
                .orElseGet(SiteConfig::defaults);
    }

    /** One reading of one file: typed getters that report wrong values at their line. */
    private static final class Reading {
        private final YamlDocument doc;
        private final Problems problems;
        private final SiteConfig defaults = SiteConfig.defaults();

        Reading(YamlDocument doc, Problems problems) {
            this.doc = doc;
            this.problems = problems;
        }

        SiteConfig config() {
            BaseUrl baseUrl = baseUrl();
            Map<String, Object> comments = map("comments");
            Map<String, Object> markdown = map("markdown");
            Map<String, Object> params = new LinkedHashMap<>();
            doc.values().forEach((key, value) -> {
                if (!KNOWN.contains(key)) {
                    params.put(key, value);
                }
            });
            return new SiteConfig(
                    string("title", defaults.title()),
                    string("description", defaults.description()),
                    baseUrl,
                    doc.has("baseUrl"),
                    language(),
                    timezone(),
                    paginate(),
                    permalink(),
                    endpoint(comments),
                    bool(markdown, "markdown.unsafeHtml", defaults.unsafeHtml()),
                    languages(),
                    new DisplayNames(names("sections"), names("tags")),
                    publisher(),
                    params);
        }

        private String string(String key, String fallback) {
            Object value = doc.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Map || value instanceof List) {
                error(key, key + " must be text");
                return fallback;
            }
            String written = doc.text(key); // "title: On Air" is text, whatever YAML 1.1 says
            return written != null ? written : value.toString();
        }

        private Map<String, Object> map(String key) {
            Object value = doc.get(key);
            if (value == null) {
                return Map.of();
            }
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                return typed;
            }
            error(key, key + " must be a map of keys and values");
            return Map.of();
        }

        private boolean bool(Map<String, Object> map, String path, boolean fallback) {
            Object value = map.get(path.substring(path.indexOf('.') + 1));
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            error(path, path + " must be true or false, not \"" + value + "\"");
            return fallback;
        }

        private BaseUrl baseUrl() {
            String text = string("baseUrl", DEFAULT_BASE_URL);
            try {
                return BaseUrl.parse(text, "http://localhost:8080");
            } catch (IllegalArgumentException e) {
                error("baseUrl", "baseUrl \"" + text + "\" " + e.getMessage());
                return defaults.baseUrl();
            }
        }

        private String language() {
            String text = string("language", defaults.language());
            Locale locale = Locale.forLanguageTag(text);
            // ISO 639 codes have two or three letters; BCP 47 reserves 5-8 letters ("english") and registers none.
            if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3
                    || !locale.toLanguageTag().equalsIgnoreCase(text)) {
                error("language", "language \"" + text + "\" is not a BCP 47 language tag such as en-US or es-VE");
                return defaults.language();
            }
            return locale.toLanguageTag();
        }

        private ZoneId timezone() {
            String text = string("timezone", defaults.timezone().getId());
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                error("timezone", "timezone \"" + text + "\" is not an IANA time zone such as America/Caracas or UTC");
                return defaults.timezone();
            }
        }

        private int paginate() {
            Object value = doc.get("paginate");
            if (value == null) {
                return defaults.paginate();
            }
            if (value instanceof Long n && n >= 1 && n <= 1000) {
                return n.intValue();
            }
            error("paginate", "paginate must be a whole number from 1 to 1000, not \"" + value + "\"");
            return defaults.paginate();
        }

        private PermalinkPattern permalink() {
            String text = string("permalink", defaults.permalink().pattern());
            try {
                return PermalinkPattern.parse(text);
            } catch (IllegalArgumentException e) {
                error("permalink", "permalink \"" + text + "\" " + e.getMessage());
                return defaults.permalink();
            }
        }

        private String endpoint(Map<String, Object> comments) {
            Object value = comments.get("endpoint");
            if (value == null || value.toString().isBlank()) {
                return "";
            }
            String url = value.toString().trim();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://") || url.startsWith("/"))) {
                error("comments.endpoint", "comments.endpoint \"" + url + "\" must be an http(s) URL or a path starting with '/'");
                return "";
            }
            return url;
        }

        private Publisher publisher() {
            Map<String, Object> publisher = map("publisher");
            String name = publisher.get("name") == null ? string("title", defaults.title()) : publisher.get("name").toString();
            String logo = publisher.get("logo") == null ? "" : publisher.get("logo").toString().strip();
            if (!logo.isEmpty() && !logo.matches("(?i)https?://\\S+") && !logo.startsWith("/")) {
                error("publisher.logo", "publisher.logo \"" + logo + "\" must be an http(s) URL or a site path such as /images/logo.png");
                logo = "";
            }
            String twitter = publisher.get("twitter") == null ? "" : publisher.get("twitter").toString().strip();
            return new Publisher(name, logo, twitter.isEmpty() || twitter.startsWith("@") ? twitter : "@" + twitter);
        }

        private List<Language> languages() {
            String title = string("title", defaults.title());
            return LanguageSettings.read(doc.get("languages"), language(), title,
                    string("description", defaults.description()), this::error);
        }

        /**
         * Names by slug and language from {@code sections} or {@code tags}: a plain name, or a map
         * of {@code title} (every language) and language codes.
         */
        private Map<String, Map<String, String>> names(String key) {
            Map<String, Map<String, String>> names = new LinkedHashMap<>();
            map(key).forEach((slug, value) -> {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                if (value instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                            byLanguage.put(k.toString().equals("title") ? "" : k.toString(), v.toString());
                        }
                    });
                } else if (value != null && !(value instanceof List)) {
                    byLanguage.put("", doc.text(key + "." + slug) != null ? doc.text(key + "." + slug) : value.toString());
                }
                if (byLanguage.isEmpty()) {
                    error(key + "." + slug, key + "." + slug + " must be a display name, e.g. " + slug + ": "
                            + Character.toUpperCase(slug.charAt(0)) + slug.substring(1)
                            + ", or names by language, e.g. {title: World, es-VE: Mundo}");
                } else {
                    names.put(slug.toLowerCase(Locale.ROOT), byLanguage);
                }
            });
            return names;
        }

        private void error(String keyPath, String message) {
            problems.error(SourcePosition.of(SiteConfig.FILE, doc.lineOf(keyPath)), message);
        }
    }
}

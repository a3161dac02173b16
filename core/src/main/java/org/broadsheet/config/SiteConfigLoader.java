package org.broadsheet.config;

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
import org.broadsheet.yaml.YamlFields;

/**
 * Reads {@code broadsheet.yml} from a site folder. A missing file means all defaults; every
 * wrong value is reported with its line, and the default is used in its place so the rest of
 * the build can still report its own problems.
 */
public final class SiteConfigLoader {

    static final String DEFAULT_BASE_URL = "http://localhost:8080/";
    /** The origin of a base URL given as a bare path ({@code /news/}). */
    private static final String LOCAL_ORIGIN = "http://localhost:8080";
    /** The command line's name for the base URL, where its problems are reported. */
    private static final String OPTION = "--base-url";

    /** The settings it reads; the shipped schema, schemas/broadsheet.schema.json, lists the same. */
    static final Set<String> KNOWN = Set.of("title", "description", "baseUrl", "language",
            "timezone", "paginate", "permalink", "comments", "markdown", "sections", "tags", "languages",
            "publisher", "images", "front");

    /** The settings of the site at {@code siteRoot}: its {@code broadsheet.yml}, or the defaults. */
    public SiteConfig load(Path siteRoot, Problems problems) {
        return load(siteRoot, null, null, problems);
    }

    /**
     * The settings of the site at {@code siteRoot} for a build: with {@code broadsheet.ENV.yml}
     * read over {@code broadsheet.yml} when {@code environment} is not null, and with the base URL
     * given on the command line ({@code --base-url}) in place of the files' when {@code baseUrl}
     * is not null: a preview or staging deploy of the same site.
     */
    public SiteConfig load(Path siteRoot, String baseUrl, String environment, Problems problems) {
        SiteConfig config = SettingsFile.read(siteRoot, environment, problems)
                .map(settings -> new Reading(settings.fields(problems)).config())
                .orElseGet(SiteConfig::defaults);
        if (baseUrl == null) {
            return config;
        }
        try {
            return config.withBaseUrl(BaseUrl.parse(baseUrl, LOCAL_ORIGIN));
        } catch (IllegalArgumentException e) {
            problems.error(SourcePosition.of(OPTION), "\"" + baseUrl + "\" " + e.getMessage());
            return config;
        }
    }

    /** One reading of one file: typed fields that report wrong values at their line. */
    private static final class Reading {
        private final YamlFields fields;
        private final SiteConfig defaults = SiteConfig.defaults();

        Reading(YamlFields fields) {
            this.fields = fields;
        }

        SiteConfig config() {
            BaseUrl baseUrl = baseUrl();
            YamlFields comments = fields.map("comments");
            YamlFields markdown = fields.map("markdown");
            Map<String, Object> params = new LinkedHashMap<>();
            fields.values().forEach((key, value) -> {
                if (!KNOWN.contains(key)) {
                    params.put(key, value);
                }
            });
            return new SiteConfig(
                    text("title", defaults.title()),
                    text("description", defaults.description()),
                    baseUrl,
                    fields.has("baseUrl"),
                    language(),
                    timezone(),
                    fields.number("paginate", 1, 1000, defaults.paginate()),
                    permalink(),
                    endpoint(comments),
                    markdown.bool("unsafeHtml", defaults.unsafeHtml()),
                    languages(),
                    new DisplayNames(names("sections"), names("tags")),
                    publisher(),
                    ImageSettingsReader.read(fields),
                    FrontPageSettingsReader.read(fields),
                    params);
        }

        private String text(String key, String fallback) {
            return fields.text(key, fallback);
        }

        private BaseUrl baseUrl() {
            String text = text("baseUrl", DEFAULT_BASE_URL);
            try {
                return BaseUrl.parse(text, LOCAL_ORIGIN);
            } catch (IllegalArgumentException e) {
                fields.error("baseUrl", "baseUrl \"" + text + "\" " + e.getMessage());
                return defaults.baseUrl();
            }
        }

        private String language() {
            String text = text("language", defaults.language());
            Locale locale = Locale.forLanguageTag(text);
            // ISO 639 codes have two or three letters; BCP 47 reserves 5-8 letters ("english") and registers none.
            if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3
                    || !locale.toLanguageTag().equalsIgnoreCase(text)) {
                fields.error("language", "language \"" + text + "\" is not a BCP 47 language tag such as en-US or es-VE");
                return defaults.language();
            }
            return locale.toLanguageTag();
        }

        private ZoneId timezone() {
            String text = text("timezone", defaults.timezone().getId());
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                fields.error("timezone", "timezone \"" + text + "\" is not an IANA time zone such as America/Caracas or UTC");
                return defaults.timezone();
            }
        }

        private PermalinkPattern permalink() {
            String text = text("permalink", defaults.permalink().pattern());
            try {
                return PermalinkPattern.parse(text);
            } catch (IllegalArgumentException e) {
                fields.error("permalink", "permalink \"" + text + "\" " + e.getMessage());
                return defaults.permalink();
            }
        }

        private String endpoint(YamlFields comments) {
            Object value = comments.value("endpoint");
            if (value == null || value.toString().isBlank()) {
                return "";
            }
            String url = value.toString().trim();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://") || url.startsWith("/"))) {
                comments.error("endpoint", "comments.endpoint \"" + url + "\" must be an http(s) URL or a path starting with '/'");
                return "";
            }
            return url;
        }

        private Publisher publisher() {
            YamlFields publisher = fields.map("publisher");
            Object given = publisher.value("name");
            String name = given == null ? text("title", defaults.title()) : given.toString();
            String logo = publisher.value("logo") == null ? "" : publisher.value("logo").toString().strip();
            if (!logo.isEmpty() && !logo.matches("(?i)https?://\\S+") && !logo.startsWith("/")) {
                publisher.error("logo", "publisher.logo \"" + logo + "\" must be an http(s) URL or a site path such as /images/logo.png");
                logo = "";
            }
            String twitter = publisher.value("twitter") == null ? "" : publisher.value("twitter").toString().strip();
            return new Publisher(name, logo, twitter.isEmpty() || twitter.startsWith("@") ? twitter : "@" + twitter);
        }

        private List<Language> languages() {
            String title = text("title", defaults.title());
            return LanguageSettings.read(fields, language(), title, text("description", defaults.description()));
        }

        /**
         * Names by slug and language from {@code sections} or {@code tags}: a plain name, or a map
         * of {@code title} (every language) and language codes.
         */
        private Map<String, Map<String, String>> names(String key) {
            Map<String, Map<String, String>> names = new LinkedHashMap<>();
            YamlFields given = fields.map(key);
            given.values().forEach((slug, value) -> {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                if (value instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                            byLanguage.put(k.toString().equals("title") ? "" : k.toString(), v.toString());
                        }
                    });
                } else if (value != null && !(value instanceof List)) {
                    byLanguage.put("", given.text(slug, ""));
                }
                if (byLanguage.isEmpty()) {
                    given.error(slug, key + "." + slug + " must be a display name, e.g. " + slug + ": "
                            + Character.toUpperCase(slug.charAt(0)) + slug.substring(1)
                            + ", or names by language, e.g. {title: World, es-VE: Mundo}");
                } else {
                    names.put(slug.toLowerCase(Locale.ROOT), byLanguage);
                }
            });
            return names;
        }
    }
}

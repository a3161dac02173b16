package org.broadsheet.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceText;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlReader;

/**
 * Reads the {@code comments:} block of {@code broadsheet.yml}: form field names, nesting depth
 * and the intake server's settings. A file that cannot be read or parsed gives the defaults
 * without a word: the site's own settings loader reports that once. Wrong values are reported
 * at their line, and the default is used in their place.
 */
public final class ReplySettingsLoader {

    private static final Set<String> KNOWN = Set.of("endpoint", "fields", "maxDepth", "intake");
    private static final Set<String> KNOWN_INTAKE = Set.of("host", "port", "repliesPerMinute", "trustProxy");

    public ReplySettings load(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(SiteConfig.FILE);
        if (!Files.isRegularFile(file)) {
            return ReplySettings.DEFAULT;
        }
        YamlDocument doc;
        try {
            doc = YamlReader.forFiles(1 << 20).read(SourceText.decode(Files.readAllBytes(file)), 1);
        } catch (IOException | SourceText.UnreadableTextException | YamlException e) {
            return ReplySettings.DEFAULT;
        }
        return new Reading(doc, problems).settings();
    }

    /** One reading of the file, reporting each wrong value at its line. */
    private static final class Reading {
        private final YamlDocument doc;
        private final Problems problems;

        Reading(YamlDocument doc, Problems problems) {
            this.doc = doc;
            this.problems = problems;
        }

        ReplySettings settings() {
            ReplySettings d = ReplySettings.DEFAULT;
            Map<String, Object> comments = map(doc.get("comments"), "comments", KNOWN);
            Map<String, Object> intake = map(comments.get("intake"), "comments.intake", KNOWN_INTAKE);
            return new ReplySettings(fields(comments.get("fields")),
                    number(comments.get("maxDepth"), "comments.maxDepth", 1, 10, d.maxDepth()),
                    host(intake.get("host"), d.host()),
                    number(intake.get("port"), "comments.intake.port", 0, 65535, d.port()),
                    number(intake.get("repliesPerMinute"), "comments.intake.repliesPerMinute", 1, 1_000_000,
                            d.repliesPerMinute()),
                    bool(intake.get("trustProxy"), "comments.intake.trustProxy", d.trustProxy()));
        }

        /** The field names; the defaults, all of them, if any given one is wrong. */
        private FormFields fields(Object value) {
            Map<String, String> names = new LinkedHashMap<>(FormFields.DEFAULT.byKey());
            boolean ok = true;
            for (Map.Entry<String, Object> given : map(value, "comments.fields", names.keySet()).entrySet()) {
                String key = given.getKey();
                String path = "comments.fields." + key;
                String text = doc.text(path) != null ? doc.text(path) : "";
                if (given.getValue() instanceof Map || given.getValue() instanceof List || text.isBlank()
                        || text.length() > 100 || text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                    error(path, path + " must be a field name of 1 to 100 characters, e.g. " + key + ": "
                            + names.get(key));
                    ok = false;
                } else {
                    names.put(key, text);
                }
            }
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, String> field : names.entrySet()) {
                if (!seen.add(field.getValue())) {
                    error("comments.fields." + field.getKey(), "comments.fields." + field.getKey() + " \""
                            + field.getValue() + "\" is the name of another field too; each field needs its own name");
                    ok = false;
                }
            }
            return ok ? FormFields.of(names) : FormFields.DEFAULT;
        }

        private Map<String, Object> map(Object value, String path, Set<String> known) {
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                error(path, path + " must be a map of keys and values");
                return Map.of();
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (known.contains(k.toString())) {
                    typed.put(k.toString(), v);
                } else {
                    error(path + "." + k, path + "." + k + " is not a setting; known: " + String.join(", ",
                            new TreeSet<>(known)));
                }
            });
            return typed;
        }

        private int number(Object value, String path, int min, int max, int fallback) {
            if (value == null) {
                return fallback;
            }
            if (value instanceof Long n && n >= min && n <= max) {
                return n.intValue();
            }
            error(path, path + " must be a whole number from " + min + " to " + max + ", not \"" + value + "\"");
            return fallback;
        }

        private boolean bool(Object value, String path, boolean fallback) {
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            error(path, path + " must be true or false, not \"" + value + "\"");
            return fallback;
        }

        private String host(Object value, String fallback) {
            if (value == null) {
                return fallback;
            }
            String text = doc.text("comments.intake.host");
            if (text == null || !text.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
                error("comments.intake.host", "comments.intake.host must be a host name or IP address such as 127.0.0.1");
                return fallback;
            }
            return text;
        }

        private void error(String path, String message) {
            problems.error(SourcePosition.of(SiteConfig.FILE, doc.lineOf(path)), message);
        }
    }
}

package org.broadsheet.comments;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.config.SettingsFile;
import org.broadsheet.problem.Problems;
import org.broadsheet.yaml.YamlFields;

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
        return load(siteRoot, null, problems);
    }

    /**
     * The reply settings in the site's settings, for a build in {@code environment} (null for
     * none); a file that cannot be read gives the defaults, and its problems are the site
     * settings' to report.
     */
    public ReplySettings load(Path siteRoot, String environment, Problems problems) {
        return SettingsFile.read(siteRoot, environment, new Problems())
                .map(settings -> new Reading(settings.fields(problems)).settings())
                .orElse(ReplySettings.DEFAULT);
    }

    /** One reading of the file, reporting each wrong value at its line. */
    private static final class Reading {
        private final YamlFields fields;

        Reading(YamlFields fields) {
            this.fields = fields;
        }

        ReplySettings settings() {
            ReplySettings d = ReplySettings.DEFAULT;
            YamlFields comments = fields.map("comments").only(KNOWN);
            YamlFields intake = comments.map("intake").only(KNOWN_INTAKE);
            return new ReplySettings(fields(comments.map("fields")),
                    comments.number("maxDepth", 1, 10, d.maxDepth()),
                    host(intake, d.host()),
                    intake.number("port", 0, 65535, d.port()),
                    intake.number("repliesPerMinute", 1, 1_000_000, d.repliesPerMinute()),
                    intake.bool("trustProxy", d.trustProxy()));
        }

        /** The field names; the defaults, all of them, if any given one is wrong. */
        private FormFields fields(YamlFields given) {
            Map<String, String> names = new LinkedHashMap<>(FormFields.DEFAULT.byKey());
            boolean ok = true;
            for (Map.Entry<String, Object> field : given.only(names.keySet()).values().entrySet()) {
                String key = field.getKey();
                String text = given.written(key) != null ? given.written(key) : "";
                if (field.getValue() instanceof Map || field.getValue() instanceof List || text.isBlank()
                        || text.length() > 100 || text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                    given.error(key, given.path(key) + " must be a field name of 1 to 100 characters, e.g. " + key
                            + ": " + names.get(key));
                    ok = false;
                } else {
                    names.put(key, text);
                }
            }
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, String> field : names.entrySet()) {
                if (!seen.add(field.getValue())) {
                    given.error(field.getKey(), given.path(field.getKey()) + " \"" + field.getValue()
                            + "\" is the name of another field too; each field needs its own name");
                    ok = false;
                }
            }
            return ok ? FormFields.of(names) : FormFields.DEFAULT;
        }

        private String host(YamlFields intake, String fallback) {
            if (intake.value("host") == null) {
                return fallback;
            }
            String text = intake.written("host");
            if (text == null || !text.matches("[A-Za-z0-9.:\\[\\]-]{1,255}")) {
                intake.error("host", "comments.intake.host must be a host name or IP address such as 127.0.0.1");
                return fallback;
            }
            return text;
        }
    }
}

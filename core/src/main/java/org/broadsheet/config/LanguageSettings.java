package org.broadsheet.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.yaml.YamlFields;

/**
 * Reads the site's languages: a list under {@code languages}, each with its {@code code} and
 * optionally its {@code name}, URL {@code prefix}, {@code title}, {@code description} and
 * {@code default: true}; or, without that list, the single {@code language}. The default
 * language lives at the site's root unless it names a prefix; another language lives under its
 * prefix, by default its language subtag ({@code es}).
 */
final class LanguageSettings {

    private LanguageSettings() {
    }

    /** The languages of {@code fields}, the top of {@code broadsheet.yml}; each wrong one reported at the line of {@code languages}. */
    static List<Language> read(YamlFields fields, String single, String title, String description) {
        Object value = fields.value("languages");
        if (value == null) {
            return List.of(new Language(single, Language.nameOf(single), "", title, description, true));
        }
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            fields.error("languages", "languages must be a list such as - code: en-US");
            return List.of(new Language(single, Language.nameOf(single), "", title, description, true));
        }
        List<Map<?, ?>> entries = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map && map.get("code") != null) {
                entries.add(map);
            } else if (item instanceof String code) {
                entries.add(Map.of("code", code));
            } else {
                fields.error("languages", "each language needs a code, e.g. - code: es-VE");
            }
        }
        int defaultIndex = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (Boolean.TRUE.equals(entries.get(i).get("default"))) {
                defaultIndex = i;
            }
        }
        List<Language> languages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i);
            String code = entry.get("code").toString();
            Locale locale = Locale.forLanguageTag(code);
            if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3
                    || !locale.toLanguageTag().equalsIgnoreCase(code)) {
                fields.error("languages", "language code \"" + code + "\" is not a BCP 47 language tag such as es-VE");
                continue;
            }
            code = locale.toLanguageTag();
            if (!codes.add(code)) {
                fields.error("languages", "language " + code + " is listed twice");
                continue;
            }
            boolean isDefault = i == defaultIndex;
            String prefix = text(entry.get("prefix"), isDefault ? "" : locale.getLanguage()).toLowerCase(Locale.ROOT);
            if (!prefix.matches("[a-z0-9-]*")) {
                fields.error("languages", "prefix \"" + prefix + "\" of " + code + " may only hold letters, digits and '-'");
                prefix = locale.getLanguage();
            }
            if (prefixes.containsKey(prefix)) {
                String other = prefixes.get(prefix);
                prefix = code.toLowerCase(Locale.ROOT);
                if (entry.get("prefix") != null) {
                    fields.error("languages", "languages " + other + " and " + code + " have the same prefix");
                }
            }
            prefixes.put(prefix, code);
            languages.add(new Language(code, text(entry.get("name"), Language.nameOf(code)), prefix,
                    text(entry.get("title"), title), text(entry.get("description"), description), isDefault));
        }
        return languages.isEmpty() ? List.of(new Language(single, Language.nameOf(single), "", title, description, true))
                : languages;
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}

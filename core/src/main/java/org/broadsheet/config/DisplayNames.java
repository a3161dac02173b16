package org.broadsheet.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names sections and tags show, by slug, in each language: {@code sections: {world: World}}
 * or, with translations, {@code sections: {world: {title: World, es-VE: Mundo}}}. URLs keep
 * the slug whatever the language. The order of {@code sections} is the front page's order.
 *
 * @param sections by slug: the name by language code, "" holding the name for every language
 * @param tags     the same for tags
 */
public record DisplayNames(Map<String, Map<String, String>> sections, Map<String, Map<String, String>> tags) {

    public static final DisplayNames NONE = new DisplayNames(Map.of(), Map.of());

    public DisplayNames {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** A section's name in a language, or null when none is configured. */
    public String section(String slug, String language) {
        return lookup(sections, slug, language);
    }

    /** A tag's name in a language, or null when none is configured (the articles' spelling then shows). */
    public String tag(String slug, String language) {
        return lookup(tags, slug, language);
    }

    private static String lookup(Map<String, Map<String, String>> names, String slug, String language) {
        Map<String, String> byLanguage = names.get(slug);
        if (byLanguage == null) {
            return null;
        }
        String name = byLanguage.get(language);
        if (name == null && language.contains("-")) {
            name = byLanguage.get(language.substring(0, language.indexOf('-')));
        }
        return name != null ? name : byLanguage.get("");
    }
}

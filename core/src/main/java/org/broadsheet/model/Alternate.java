package org.broadsheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;

/** A {@code <link rel="alternate" hreflang>}: this page in another language, or x-default. */
public record Alternate(String hreflang, String url) {

    /**
     * hreflang alternates for a page in two or more languages, each pointing at every version
     * including itself (so the set is the same on every version), plus x-default for the
     * default language's version.
     */
    public static List<Alternate> of(SiteConfig config, Map<String, String> versions) {
        if (versions.size() < 2) {
            return List.of();
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Language language : config.languages()) {
            String path = versions.get(language.code());
            if (path != null) {
                alternates.add(new Alternate(language.code(), config.baseUrl().absolute(path)));
            }
        }
        String fallback = versions.get(config.defaultLanguage().code());
        if (fallback != null) {
            alternates.add(new Alternate("x-default", config.baseUrl().absolute(fallback)));
        }
        return alternates;
    }
}

package org.broadsheet.authors;

import java.util.List;
import java.util.Map;

/**
 * What an author's page says about them.
 *
 * @param slug   the slug of the byline the profile belongs to (its file name)
 * @param source the file in the site folder ({@code authors/elena-castillo.yml})
 * @param name   the name to show, or empty to show the byline as articles spell it
 * @param role   their job ("Latin America correspondent") by language code, "" for every language
 * @param photo  a URL or site path of their photo, or empty
 * @param bio    a short biography by language code, "" for every language
 * @param links  their pages elsewhere, in order
 */
public record AuthorProfile(String slug, String source, String name, Map<String, String> role, String photo,
        Map<String, String> bio, List<Link> links) {

    /** A page of theirs elsewhere: a title and an http(s) or mailto URL. */
    public record Link(String title, String url) {
    }

    public AuthorProfile {
        role = Map.copyOf(role);
        bio = Map.copyOf(bio);
        links = List.copyOf(links);
    }

    /** Their role in a language, or empty. */
    public String roleIn(String language) {
        return in(role, language);
    }

    /** Their biography in a language, or empty. */
    public String bioIn(String language) {
        return in(bio, language);
    }

    /** The text in the language, else its primary language ("es" for "es-VE"), else for every language. */
    private static String in(Map<String, String> byLanguage, String language) {
        String text = byLanguage.get(language);
        if (text == null && language.contains("-")) {
            text = byLanguage.get(language.substring(0, language.indexOf('-')));
        }
        return text != null ? text : byLanguage.getOrDefault("", "");
    }
}

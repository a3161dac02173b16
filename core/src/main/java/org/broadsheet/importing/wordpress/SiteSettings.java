package org.broadsheet.importing.wordpress;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.comments.ReplyFile;
import java.util.regex.Matcher;

/**
 * What a new site takes over from the WordPress site it is imported from: its title, its tagline
 * as the description, its address as {@code baseUrl} (so canonical links, feeds and the redirects
 * of old permalinks name the same host as before) and its language.
 *
 * @param title       the blog's name, or empty
 * @param description its tagline, or empty
 * @param baseUrl     its address with a closing '/', or empty
 * @param language    its BCP 47 language tag ({@code es-ES}), or empty
 */
record SiteSettings(String title, String description, String baseUrl, String language) {

    /** From the export's channel fields ({@link WxrReader.Sink#site}). */
    static SiteSettings of(Map<String, String> channel) {
        String address = Optional.ofNullable(channel.get("wp:base_blog_url")).filter(s -> !s.isBlank())
                .orElse(channel.getOrDefault("link", "")).strip();
        if (!address.isEmpty() && !address.endsWith("/")) {
            address += "/";
        }
        String language = channel.getOrDefault("language", "").strip();
        Locale locale = Locale.forLanguageTag(language);
        boolean validLanguage = !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(language);
        return new SiteSettings(channel.getOrDefault("title", "").strip(), channel.getOrDefault("description", "").strip(),
                address.matches("https?://[^\\s\"]+") ? address : "", validLanguage ? locale.toLanguageTag() : "");
    }

    /**
     * {@code broadsheet.yml} as {@code new site} writes it, with each setting the export gives in
     * place of the sample's value; the explanations around them stay.
     */
    String into(String settings) {
        String text = settings;
        text = replace(text, "title", title);
        text = replace(text, "description", description);
        text = replace(text, "baseUrl", baseUrl);
        return replace(text, "language", language);
    }

    private static String replace(String settings, String key, String value) {
        if (value.isEmpty()) {
            return settings;
        }
        return settings.replaceFirst("(?m)^" + key + ": .*$",
                Matcher.quoteReplacement(key + ": " + ReplyFile.quoted(value)));
    }
}

package org.broadsheet.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one site, checked and typed.
 *
 * @param title            the site's name, shown in the masthead and feeds
 * @param description      one sentence about the site, for the front page's meta description
 * @param baseUrl          where the site is served, possibly under a sub-path
 * @param baseUrlGiven     false when {@code baseUrl} was left out and a local default is used
 * @param language         the BCP 47 tag of the site's language ({@code en-US})
 * @param timezone         the zone of dates written without an offset, and of displayed dates
 * @param paginate         articles per listing page
 * @param permalink        the URL pattern of articles
 * @param commentsEndpoint the URL the reply form posts to, or empty for no form
 * @param unsafeHtml       whether raw HTML in articles passes through (true) or is escaped
 * @param sectionTitles    display names of sections by slug, in the order the front page shows them
 * @param params           every key of {@code broadsheet.yml} that Broadsheet does not know itself
 */
public record SiteConfig(
        String title,
        String description,
        BaseUrl baseUrl,
        boolean baseUrlGiven,
        String language,
        ZoneId timezone,
        int paginate,
        PermalinkPattern permalink,
        String commentsEndpoint,
        boolean unsafeHtml,
        Map<String, String> sectionTitles,
        Map<String, Object> params) {

    public static final String FILE = "broadsheet.yml";

    public SiteConfig {
        sectionTitles = Collections.unmodifiableMap(new LinkedHashMap<>(sectionTitles));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The settings of a site folder without {@code broadsheet.yml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Broadsheet", "", BaseUrl.parse(SiteConfigLoader.DEFAULT_BASE_URL, ""), false,
                "en-US", ZoneId.of("UTC"), 10, PermalinkPattern.DEFAULT, "", true, Map.of(), Map.of());
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean hasComments() {
        return !commentsEndpoint.isEmpty();
    }
}

package org.broadsheet.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.source.ImageSettings;

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
 * @param languages        the languages the site publishes in, the default one marked; one for a
 *                         site in a single language
 * @param names            display names of sections and tags, by language; the front page shows
 *                         sections in the order given here
 * @param publisher        who publishes the site, for structured data and social cards
 * @param images           the widths, quality and metadata of published images
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
        List<Language> languages,
        DisplayNames names,
        Publisher publisher,
        ImageSettings images,
        FrontPageSettings front,
        Map<String, Object> params) {

    public static final String FILE = "broadsheet.yml";

    public SiteConfig {
        languages = List.copyOf(languages);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The settings of a site folder without {@code broadsheet.yml}. */
    public static SiteConfig defaults() {
        return new SiteConfig("Broadsheet", "", BaseUrl.parse(SiteConfigLoader.DEFAULT_BASE_URL, ""), false,
                "en-US", ZoneId.of("UTC"), 10, PermalinkPattern.DEFAULT, "", true,
                List.of(new Language("en-US", "English", "", "Broadsheet", "", true)), DisplayNames.NONE,
                new Publisher("Broadsheet", "", ""), ImageSettings.DEFAULT, FrontPageSettings.DEFAULT, Map.of());
    }

    /** These settings with another base URL, given as if {@code baseUrl} were in the file. */
    public SiteConfig withBaseUrl(BaseUrl url) {
        return new SiteConfig(title, description, url, true, language, timezone, paginate, permalink,
                commentsEndpoint, unsafeHtml, languages, names, publisher, images, front, params);
    }

    /** The default language: pages without a language of their own are in it. */
    public Language defaultLanguage() {
        return languages.stream().filter(Language::isDefault).findFirst().orElse(languages.get(0));
    }

    /** Whether the site lists more than one language, so pages link their translations. */
    public boolean isMultilingual() {
        return languages.size() > 1;
    }

    /** The site's language with this code, if it has one. */
    public Optional<Language> languageOf(String code) {
        return languages.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean hasComments() {
        return !commentsEndpoint.isEmpty();
    }
}

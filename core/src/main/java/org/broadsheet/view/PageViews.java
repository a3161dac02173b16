package org.broadsheet.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.Language;
import org.broadsheet.model.Alternate;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.model.SitePaths;

/**
 * Pages as templates see them ({@code page}): title, URLs, feeds, the language selector and
 * the hreflang alternates, from the paths the site model assigned. Thread-safe.
 */
public final class PageViews {

    private final Site site;
    private final BaseUrl base;

    PageViews(Site site) {
        this.site = site;
        this.base = site.config().baseUrl();
    }

    /**
     * The page itself as templates see it.
     *
     * @param versions the site path of this page in each language it exists in, by language code;
     *                 the selector links them, and {@code hreflang} alternates name them
     */
    public PageView page(String kind, String title, String description, String path, String lang,
            List<FeedLink> feeds, Map<String, String> versions) {
        return new PageView(kind, title, description, base.link(path), base.absolute(path), lang,
                Language.dir(lang), feeds, languageLinks(lang, versions), Alternate.of(site.config(), versions),
                base.absolute(path), logo().isEmpty() ? null : logo(), "website", "");
    }

    /** The publisher's logo as an absolute URL, or "" without one. */
    public String logo() {
        String logo = site.config().publisher().logo();
        return logo.startsWith("/") && !logo.startsWith("//") ? base.absolute(logo) : withScheme(base, logo);
    }

    /**
     * A protocol-relative URL ({@code //cdn.example/x.jpg}) with the site's scheme: social
     * networks and search engines take only absolute URLs. Other URLs as they are.
     */
    static String withScheme(BaseUrl base, String url) {
        return url.startsWith("//") ? base.origin().substring(0, base.origin().indexOf(':') + 1) + url : url;
    }

    private List<LanguageLink> languageLinks(String lang, Map<String, String> versions) {
        List<LanguageLink> links = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String path = versions.get(language.code());
            links.add(new LanguageLink(language.code(), language.name(),
                    base.link(path != null ? path : language.path("")), language.code().equals(lang), path != null));
        }
        return links;
    }

    /** The versions of a page that every edition has at its own prefix, such as the front page. */
    public Map<String, String> everyEdition(String path) {
        Map<String, String> versions = new LinkedHashMap<>();
        site.editions().forEach(e -> versions.put(e.language().code(), e.language().path(path)));
        return versions;
    }

    /** The versions of a listing: the same section, tag or author in each edition that has it. */
    public Map<String, String> versions(Listing.Kind kind, String slug) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Edition edition : site.editions()) {
            edition.listing(kind, slug).ifPresent(l -> versions.put(edition.language().code(), l.path()));
        }
        return versions;
    }

    /** An edition's feed's link, for every page's head. */
    public FeedLink siteFeed(Language language) {
        return new FeedLink(language.title(), base.link(SitePaths.feed(language)));
    }
}

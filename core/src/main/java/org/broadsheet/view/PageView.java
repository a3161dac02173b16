package org.broadsheet.view;

import java.util.List;
import org.broadsheet.model.Alternate;

/**
 * The page itself. {@code canonical} is the URL search engines should index (the page's own
 * unless an article names another), {@code image} the picture social networks show (or null),
 * {@code type} its Open Graph type, {@code structuredData} its JSON-LD (safe in a script).
 */
public record PageView(String kind, String title, String description, String url, String absUrl, String lang,
        String dir, List<FeedLink> feeds, List<LanguageLink> languages, List<Alternate> alternates,
        String canonical, String image, String type, String structuredData) {

    public PageView withMeta(String type, String canonical, String image, String structuredData) {
        return new PageView(kind, title, description, url, absUrl, lang, dir, feeds, languages, alternates,
                canonical, image, type, structuredData);
    }
}

package org.broadsheet.view;

import java.util.List;
import java.util.Map;

/** The site as the pages of one language see it ({@code site}). */
public record SiteView(String title, String description, String url, String absUrl, String lang, String dir,
        boolean multilingual, List<LanguageView> languages, List<LinkView> sections, List<LinkView> archives,
        String commentsEndpoint,
        String feedUrl, String jsonFeedUrl, String stylesheetUrl, String generator, int year, String twitter,
        Map<String, Object> params) implements Shared {
}

package org.broadsheet.pages;

import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.SitePaths;
import org.broadsheet.search.SearchFragments;

/**
 * What the search worker loads first, {@code search/fragments/meta.json} under the edition's
 * prefix: how many articles the index holds and how it is split ({@link SearchFragmentPage}).
 *
 * @param splits the term fragments split by more letters ({@link SearchFragments#splits})
 */
public record SearchIndexPage(Language language, int articles, Map<String, String> splits) implements Page {

    public String outputPath() {
        return SitePaths.searchIndex(language);
    }

    public String owner() {
        return "the search index " + outputPath();
    }

    public String template() {
        return "search-index.json.ftl";
    }
}

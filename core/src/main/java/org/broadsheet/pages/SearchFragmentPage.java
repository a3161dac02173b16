package org.broadsheet.pages;

import org.broadsheet.config.Language;
import org.broadsheet.model.SitePaths;
import org.broadsheet.search.SearchFragments;

/**
 * One fragment of an edition's search index, under {@code search/fragments/}: the terms that
 * start with the same letters ({@code t/}), a common word's postings ({@code c/}) or the details
 * of a few articles of one day ({@code d/}). Exactly one of {@code terms}, {@code common} and
 * {@code shard} is set.
 */
public record SearchFragmentPage(Language language, String name, SearchFragments.TermFragment terms,
        SearchFragments.Postings common, SearchFragments.Shard shard) implements Page {

    static SearchFragmentPage of(Language language, SearchFragments.TermFragment terms) {
        return new SearchFragmentPage(language, "t/" + terms.name(), terms, null, null);
    }

    static SearchFragmentPage of(Language language, SearchFragments.Postings common, String name) {
        return new SearchFragmentPage(language, "c/" + name, null, common, null);
    }

    static SearchFragmentPage of(Language language, SearchFragments.Shard shard) {
        return new SearchFragmentPage(language, "d/" + shard.name(), null, null, shard);
    }

    public String outputPath() {
        return SitePaths.searchFragment(language, name);
    }

    public String owner() {
        return "the search index " + outputPath();
    }

    public String template() {
        return "search-index.json.ftl";
    }
}

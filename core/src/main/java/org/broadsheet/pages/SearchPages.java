package org.broadsheet.pages;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.search.SearchFragments;
import org.broadsheet.search.SearchIndexer;
import org.broadsheet.search.SearchWords;

/** The files of an edition's search index: its meta file and every fragment. */
final class SearchPages {

    private SearchPages() {
    }

    /** @param articles the edition's published articles, newest first */
    static List<Page> of(Language language, List<Article> articles) {
        SearchFragments fragments = SearchIndexer.index(articles);
        List<Page> pages = new ArrayList<>();
        pages.add(new SearchIndexPage(language, fragments.articles(), fragments.splits()));
        fragments.terms().forEach(t -> pages.add(SearchFragmentPage.of(language, t)));
        fragments.common().forEach(c -> pages.add(SearchFragmentPage.of(language, c, SearchWords.hex(c.term()))));
        fragments.shards().forEach(s -> pages.add(SearchFragmentPage.of(language, s)));
        return pages;
    }
}

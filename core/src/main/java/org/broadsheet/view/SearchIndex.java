package org.broadsheet.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.pages.SearchFragmentPage;
import org.broadsheet.pages.SearchIndexPage;
import org.broadsheet.search.SearchFragments;
import org.broadsheet.search.SearchWords;

/**
 * The files of an edition's search index as JSON for {@code search-worker.js}, as data for
 * {@link org.broadsheet.json.Json}: compact arrays, no names repeated per entry.
 */
final class SearchIndex {

    /**
     * What a result shows, in the order of each entry of a shard; search-worker.js reads them from
     * the meta file. The lead image's thumbnail is its narrowest width, with its alt text and size
     * ("" and 0 for an article without one).
     */
    static final List<String> FIELDS = List.of("url", "title", "date", "time", "section", "summary", "image", "alt",
            "width", "height");

    private SearchIndex() {
    }

    /** How the index is split and how many articles it holds. */
    static Map<String, Object> meta(SearchIndexPage page) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("articles", page.articles());
        meta.put("keyLength", SearchWords.KEY_LENGTH);
        meta.put("shardSize", SearchFragments.SHARD_SIZE);
        meta.put("fields", FIELDS);
        if (!page.splits().isEmpty()) {
            meta.put("split", new TreeMap<>(page.splits()));
        }
        return meta;
    }

    /** A fragment: a list of terms, a common word's postings, or a shard's articles. */
    static Object fragment(Views views, SearchFragmentPage page) {
        if (page.terms() != null) {
            return page.terms().terms().stream().map(SearchIndex::term).toList();
        }
        if (page.common() != null) {
            return ints(page.common().postings());
        }
        return page.shard().articles().stream().map(a -> entry(views.article(a))).toList();
    }

    /** {@code [term, count, [postings]]}, or {@code [term, count]} for a word whose postings are apart. */
    private static List<Object> term(SearchFragments.Postings term) {
        List<Object> entry = new ArrayList<>(3);
        entry.add(term.term());
        entry.add(term.count());
        if (term.postings().length > 0) {
            entry.add(ints(term.postings()));
        }
        return entry;
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static List<Object> entry(ArticleView view) {
        List<Object> entry = new ArrayList<>(FIELDS.size());
        entry.add(view.url());
        entry.add(view.title());
        entry.add(view.date().display());
        entry.add(view.date().iso().substring(0, 10));
        entry.add(view.section() == null ? "" : view.section().name());
        entry.add(view.summary());
        ImageView image = view.image();
        entry.add(image == null ? "" : image.smallUrl());
        entry.add(image == null ? "" : image.alt());
        entry.add(image == null ? 0 : image.width());
        entry.add(image == null ? 0 : image.height());
        return entry;
    }
}

package org.broadsheet.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.model.Article;

/**
 * The search index of one edition, as JSON the search page loads: for each published article, newest
 * first, what a result shows (URL, title, date, section, summary) and what a query is matched
 * against besides (tags, and the start of the body as plain text). Each article is an array in
 * the order of {@code fields}: an eighth smaller than naming the fields in every entry (a
 * twentieth, gzipped).
 */
final class SearchIndex {

    /** The names of the values of each entry, in order; search.js reads them from the file. */
    static final List<String> FIELDS = List.of("url", "title", "date", "time", "section", "tags", "summary", "text");

    private SearchIndex() {
    }

    /** The index of {@code articles}, as data for {@link org.broadsheet.json.Json}. */
    static Map<String, Object> of(Views views, List<Article> articles) {
        List<Object> docs = articles.stream().map(a -> entry(views.article(a), a.searchText()))
                .collect(Collectors.toList());
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("fields", FIELDS);
        index.put("docs", docs);
        return index;
    }

    private static List<Object> entry(ArticleView view, String bodyText) {
        List<Object> entry = new ArrayList<>(FIELDS.size());
        entry.add(view.url());
        entry.add(view.title());
        entry.add(view.date().display());
        entry.add(view.date().iso().substring(0, 10));
        entry.add(view.section() == null ? "" : view.section().name());
        entry.add(view.tags().stream().map(LinkView::name).collect(Collectors.joining(", ")));
        entry.add(view.summary());
        entry.add(bodyText);
        return entry;
    }
}

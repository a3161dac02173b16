package org.broadsheet.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
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

    /**
     * Words of each body in the index. The lede of a news story names its who, what and where,
     * and the title, summary and tags cover the rest; with 10,000 articles of 800 words, the
     * whole bodies would make a 50 MB file to download before the first result. See README.md,
     * "Search", for the measurements behind the number.
     */
    static final int BODY_WORDS = 30;

    private SearchIndex() {
    }

    /** The index of {@code articles}, each body cut to {@code bodyWords} words, as data for {@link Json}. */
    static Map<String, Object> of(Views views, List<Article> articles, int bodyWords) {
        // Bodies are read and stripped in parallel: the one large file of a build should not be
        // the last page still rendering on one core.
        List<Object> docs = articles.parallelStream().map(a -> entry(views.articleWithBody(a), bodyWords))
                .collect(Collectors.toList());
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("fields", FIELDS);
        index.put("docs", docs);
        return index;
    }

    private static List<Object> entry(Views.ArticleView view, int bodyWords) {
        List<Object> entry = new ArrayList<>(FIELDS.size());
        entry.add(view.url());
        entry.add(view.title());
        entry.add(view.date().display());
        entry.add(view.date().iso().substring(0, 10));
        entry.add(view.section() == null ? "" : view.section().name());
        entry.add(view.tags().stream().map(Views.LinkView::name).collect(Collectors.joining(", ")));
        entry.add(view.summary());
        entry.add(bodyText(html(view), view.summary(), bodyWords));
        return entry;
    }

    /**
     * The first {@code words} words of the body that the summary does not already hold: an
     * article without a summary in its front matter has its first paragraph as the summary, and
     * the index need not carry the same words twice.
     */
    static String bodyText(String html, String summary, int words) {
        String[] summaryWords = summary.isBlank() ? new String[0] : summary.strip().split("\\s+");
        int skip = summaryWords.length;
        String text = PlainText.firstWords(html, skip + words);
        if (skip == 0) {
            return text;
        }
        String[] textWords = text.split(" ");
        int compared = Math.min(skip, 5);
        int same = 0;
        while (same < compared && same < textWords.length && textWords[same].equals(summaryWords[same])) {
            same++;
        }
        int from = same == compared ? Math.min(skip, textWords.length) : 0;
        return String.join(" ", java.util.Arrays.asList(textWords).subList(from, Math.min(from + words, textWords.length)));
    }

    private static String html(Views.ArticleView view) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(view.body());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // never for markup made with fromMarkup
        }
    }
}

package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;
import org.broadsheet.model.Term;

/**
 * Builds an edition's {@link SearchFragments} from its published articles, newest first. An
 * article is known by its day and its place among that day's articles, so that a new, edited or
 * deleted article changes only the fragments of its own words and its own day's shards: every
 * fragment is a function of the articles alone, the same bytes for the same articles.
 */
public final class SearchIndexer {

    /** A common word's postings are kept apart only when there are this many: a small site keeps them inline. */
    static final int APART_FROM = 64;
    private static final int MAX_REPEATS = 3;
    /**
     * A fragment of terms holds at most this many numbers of postings (about 10 KB gzipped), unless
     * it is one term: a larger one is split by one more letter, so that a query loads the terms
     * near its words and not every term that shares their first three letters.
     */
    static final int SPLIT_ABOVE = 12_000;
    /** How many articles' words are weighed together, in parallel. */
    private static final int BATCH = 1024;

    private final Map<String, Growing> postings = new HashMap<>();
    private final List<SearchFragments.Shard> shards = new ArrayList<>();
    private final int splitAbove;

    /** @param articles an edition's published articles, newest first */
    public static SearchFragments index(List<Article> articles) {
        return index(articles, SPLIT_ABOVE);
    }

    /**
     * The index with term fragments split above {@code splitAbove} numbers of postings instead of
     * {@link #SPLIT_ABOVE}: tests split a few articles' fragments so.
     */
    public static SearchFragments index(List<Article> articles, int splitAbove) {
        SearchIndexer indexer = new SearchIndexer(splitAbove);
        indexer.addAll(articles);
        return indexer.fragments(articles.size());
    }

    private SearchIndexer(int splitAbove) {
        this.splitAbove = splitAbove;
    }

    /**
     * Adds the articles in order; their words are found and weighed a batch at a time in
     * parallel (most of the indexer's work), the batch bounding what is held at once.
     */
    private void addAll(List<Article> articles) {
        Map<Long, List<Article>> days = new LinkedHashMap<>();
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
            List<Map<String, Integer>> weighed = batch.parallelStream().map(SearchIndexer::sortedWeights).toList();
            for (int i = 0; i < batch.size(); i++) {
                long day = batch.get(i).date().toLocalDate().toEpochDay();
                List<Article> ofDay = days.computeIfAbsent(day, d -> new ArrayList<>());
                int place = ofDay.size();
                weighed.get(i).forEach((term, weight) ->
                        postings.computeIfAbsent(term, t -> new Growing()).add(day, place, weight));
                ofDay.add(batch.get(i));
            }
        }
        days.forEach(this::shard);
    }

    private static Map<String, Integer> sortedWeights(Article article) {
        return new TreeMap<>(weights(article));
    }

    private void shard(long day, List<Article> ofDay) {
        for (int from = 0; from < ofDay.size(); from += SearchFragments.SHARD_SIZE) {
            shards.add(new SearchFragments.Shard(day + "-" + from / SearchFragments.SHARD_SIZE,
                    ofDay.subList(from, Math.min(ofDay.size(), from + SearchFragments.SHARD_SIZE))));
        }
    }

    /** Each word's weight in the article: by the fields that hold it and how often, up to three times each. */
    static Map<String, Integer> weights(Article article) {
        Map<String, Integer> weights = new HashMap<>();
        add(weights, article.title(), 16);
        article.tags().forEach(tag -> add(weights, tag.name(), 4));
        Term section = article.section();
        add(weights, section == null ? null : section.name(), 3);
        add(weights, article.summary(), 2);
        add(weights, article.searchText(), 1);
        return weights;
    }

    private static void add(Map<String, Integer> weights, String text, int weight) {
        Map<String, Integer> repeats = new HashMap<>();
        SearchWords.of(text).forEach(word -> repeats.merge(word, 1, Integer::sum));
        repeats.forEach((word, n) -> weights.merge(word, weight * Math.min(n, MAX_REPEATS), Integer::sum));
    }

    private SearchFragments fragments(int articles) {
        Map<String, List<SearchFragments.Postings>> byKey = new TreeMap<>();
        List<SearchFragments.Postings> common = new ArrayList<>();
        new TreeMap<>(postings).forEach((term, list) -> {
            int count = list.count();
            boolean apart = count * 2 >= articles && count >= APART_FROM;
            SearchFragments.Postings all = new SearchFragments.Postings(term, count, list.toArray());
            if (apart) {
                common.add(all);
            }
            byKey.computeIfAbsent(SearchWords.prefix(term, SearchWords.KEY_LENGTH), k -> new ArrayList<>())
                    .add(apart ? new SearchFragments.Postings(term, count, new int[0]) : all);
        });
        List<SearchFragments.TermFragment> terms = new ArrayList<>();
        Map<String, String> splits = new TreeMap<>();
        byKey.forEach((key, list) -> split(key, list, terms, splits));
        terms.sort(Comparator.comparing(SearchFragments.TermFragment::name));
        return new SearchFragments(articles, terms, common, shards, splits);
    }

    /**
     * The fragment of the terms that start with {@code key} or, when their postings are more than
     * {@code splitAbove} numbers and they are more than one term, a fragment of the term that is
     * {@code key} itself (possibly none: an empty fragment) and the terms split by one more letter,
     * each part split again as it needs; {@code splits} records the letters that follow a split key.
     */
    private void split(String key, List<SearchFragments.Postings> terms, List<SearchFragments.TermFragment> out,
            Map<String, String> splits) {
        if (terms.size() == 1 || numbers(terms) <= splitAbove) {
            out.add(new SearchFragments.TermFragment(SearchWords.hex(key), terms));
            return;
        }
        int letters = key.codePointCount(0, key.length());
        List<SearchFragments.Postings> exact = new ArrayList<>();
        Map<String, List<SearchFragments.Postings>> parts = new TreeMap<>();
        for (SearchFragments.Postings term : terms) {
            if (term.term().equals(key)) {
                exact.add(term);
            } else {
                parts.computeIfAbsent(SearchWords.prefix(term.term(), letters + 1), k -> new ArrayList<>()).add(term);
            }
        }
        out.add(new SearchFragments.TermFragment(SearchWords.hex(key), exact));
        StringBuilder next = new StringBuilder();
        parts.forEach((part, list) -> {
            next.append(part, key.length(), part.length());
            split(part, list, out, splits);
        });
        splits.put(key, next.toString());
    }

    private static int numbers(List<SearchFragments.Postings> terms) {
        int numbers = 0;
        for (SearchFragments.Postings term : terms) {
            numbers += term.postings().length;
        }
        return numbers;
    }

    /** One term's postings as they grow: day gap, place in the day, weight. */
    private static final class Growing {
        private int[] values = new int[6];
        private int size;
        private long lastDay;

        void add(long day, int place, int weight) {
            if (size + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            int gap = (int) (size == 0 ? day : lastDay - day);
            values[size++] = gap;
            values[size++] = place;
            values[size++] = weight;
            lastDay = day;
        }

        int count() {
            return size / 3;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

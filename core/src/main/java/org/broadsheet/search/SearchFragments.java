package org.broadsheet.search;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Article;

/**
 * An edition's search index, in the fragments the search worker loads.
 *
 * @param articles how many articles it holds (the worker weighs words by it)
 * @param terms    the term fragments, by name ({@link SearchWords#key}), in name order
 * @param common   the words in half the articles or more whose postings are kept apart, each a
 *                 fragment of its own named by {@link SearchWords#hex}, loaded only for a query of
 *                 such words alone
 * @param shards   what results show, a few articles a fragment, by day
 * @param splits   the keys whose terms were split into fragments of one more letter, each with the
 *                 letters that follow it in the parts' keys ({@code "sta"} → {@code "gdrt"})
 */
public record SearchFragments(int articles, List<TermFragment> terms, List<Postings> common, List<Shard> shards,
        Map<String, String> splits) {

    /** How many articles of one day a shard holds at most. */
    public static final int SHARD_SIZE = 16;

    public SearchFragments {
        terms = List.copyOf(terms);
        common = List.copyOf(common);
        shards = List.copyOf(shards);
        splits = Collections.unmodifiableMap(new TreeMap<>(splits));
    }

    /**
     * The terms that start with the same letters, in term order, named by the hexadecimal of those
     * letters ({@link SearchWords#hex}); a split key's own fragment holds only the term that is the key.
     */
    public record TermFragment(String name, List<Postings> terms) {
        public TermFragment {
            terms = List.copyOf(terms);
        }
    }

    /**
     * One term: how many articles hold it and, unless kept apart, which and how much: three numbers
     * an article, newest first: days since the previous one (the first: since 1970-01-01), its
     * place among the day's articles, and its weight (title 16, tags 4, section 3, summary 2, text
     * 1, each times the word's repeats up to 3).
     *
     * @param postings empty when the postings are kept apart
     */
    public record Postings(String term, int count, int[] postings) {
    }

    /**
     * Articles of one day, {@link #SHARD_SIZE} at most, named {@code <day>-<n>}: the day as days
     * since 1970-01-01 and {@code n} the shard's place among the day's.
     */
    public record Shard(String name, List<Article> articles) {
        public Shard {
            articles = List.copyOf(articles);
        }
    }
}

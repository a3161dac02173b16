package org.broadsheet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Finds each article's related articles and its neighbours in its section. Related articles
 * share tags with it: the more tags they share, and the rarer those tags are (inverse document
 * frequency), the higher they rank; newer first on equal scores. So that a site of 100,000
 * articles stays fast, candidates for each shared tag are the articles nearest in time to it in
 * that tag's list. Articles are known by their rank among all articles, newest first, which is
 * also the order on equal scores: no map lookups or date comparisons in the inner loop.
 */
final class RelatedArticles {

    /** Related articles shown under an article. */
    static final int COUNT = 5;
    /** Candidates taken on each side of the article in each of its tags' lists. */
    private static final int WINDOW = 25;

    private RelatedArticles() {
    }

    /** @param articles the edition's articles, newest first, as its section and tag lists are */
    static Map<String, Relations> of(List<Article> articles, List<Listing> sections, List<Listing> tags) {
        Map<Article, Integer> rank = new IdentityHashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            rank.put(articles.get(i), i);
        }
        Map<String, int[]> ranksByTag = new HashMap<>();
        for (Listing tag : tags) {
            ranksByTag.put(tag.slug(), tag.articles().stream().mapToInt(rank::get).toArray());
        }
        Map<Article, Relations> neighbours = neighbours(sections);
        Map<String, Relations> relations = new ConcurrentHashMap<>();
        double total = Math.max(1, articles.size());
        ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(articles.size()));
        IntStream.range(0, articles.size()).parallel().forEach(at -> {
            Article article = articles.get(at);
            Scores scores = scratch.get();
            for (Term term : article.tags()) {
                int[] ranks = ranksByTag.get(term.slug());
                if (ranks == null) {
                    continue;
                }
                double weight = Math.log(1 + total / ranks.length);
                int position = Arrays.binarySearch(ranks, at); // a tag's list is newest first too
                for (int i = Math.max(0, position - WINDOW); i < Math.min(ranks.length, position + WINDOW + 1); i++) {
                    if (i != position) {
                        scores.add(ranks[i], weight);
                    }
                }
            }
            List<Article> related = new ArrayList<>(COUNT);
            for (int r : scores.best(COUNT)) {
                related.add(articles.get(r));
            }
            Relations around = neighbours.getOrDefault(article, Relations.NONE);
            relations.put(article.source(), new Relations(related, around.previous(), around.next()));
        });
        return relations;
    }

    /**
     * The scores of one article's candidates, by their rank among all articles (0 is the
     * newest). Reused from article to article: {@link #best} clears what {@link #add} set.
     */
    private static final class Scores {

        private final double[] score;
        private final int[] touched;
        private int count;

        Scores(int articles) {
            score = new double[articles];
            touched = new int[articles];
        }

        /** Adds {@code weight}, which is positive, to the candidate of rank {@code rank}. */
        void add(int rank, double weight) {
            if (score[rank] == 0) {
                touched[count++] = rank;
            }
            score[rank] += weight;
        }

        /** The ranks of the {@code n} best candidates, highest score first, newer first on equal scores. */
        int[] best(int n) {
            int[] best = new int[Math.min(n, count)];
            int kept = 0;
            for (int t = 0; t < count; t++) {
                int candidate = touched[t];
                int at = kept;
                while (at > 0 && better(candidate, best[at - 1])) {
                    at--;
                }
                if (at < best.length) {
                    System.arraycopy(best, at, best, at + 1, Math.min(kept, best.length - 1) - at);
                    best[at] = candidate;
                    kept = Math.min(kept + 1, best.length);
                }
            }
            for (int t = 0; t < count; t++) {
                score[touched[t]] = 0;
            }
            count = 0;
            return best;
        }

        private boolean better(int a, int b) {
            return score[a] > score[b] || score[a] == score[b] && a < b;
        }
    }

    /** Each article's older and newer neighbour in its section. */
    private static Map<Article, Relations> neighbours(List<Listing> sections) {
        Map<Article, Relations> neighbours = new IdentityHashMap<>();
        for (Listing section : sections) {
            List<Article> list = section.articles(); // newest first
            for (int i = 0; i < list.size(); i++) {
                neighbours.put(list.get(i), new Relations(List.of(),
                        i + 1 < list.size() ? Optional.of(list.get(i + 1)) : Optional.empty(),
                        i > 0 ? Optional.of(list.get(i - 1)) : Optional.empty()));
            }
        }
        return neighbours;
    }
}

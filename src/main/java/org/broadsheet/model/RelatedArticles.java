package org.broadsheet.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds each article's related articles and its neighbours in its section. Related articles
 * share tags with it: the more tags they share, and the rarer those tags are (inverse document
 * frequency), the higher they rank; newer first on equal scores. So that a site of 100,000
 * articles stays fast, candidates for each shared tag are the articles nearest in time to it in
 * that tag's list. Articles are keyed by identity: each is one object, and a record's own hash
 * would walk every field of it.
 */
final class RelatedArticles {

    /** Related articles shown under an article. */
    static final int COUNT = 5;
    /** Candidates taken on each side of the article in each of its tags' lists. */
    private static final int WINDOW = 25;

    private RelatedArticles() {
    }

    static Map<String, Relations> of(List<Article> articles, List<Listing> sections, List<Listing> tags) {
        Map<String, Listing> bySlug = new HashMap<>();
        Map<String, Map<Article, Integer>> positions = new HashMap<>();
        for (Listing tag : tags) {
            bySlug.put(tag.slug(), tag);
            Map<Article, Integer> index = new IdentityHashMap<>(tag.articles().size() * 2);
            for (int i = 0; i < tag.articles().size(); i++) {
                index.put(tag.articles().get(i), i);
            }
            positions.put(tag.slug(), index);
        }
        Map<Article, Relations> neighbours = neighbours(sections);
        Map<String, Relations> relations = new ConcurrentHashMap<>();
        double total = Math.max(1, articles.size());
        articles.parallelStream().forEach(article -> {
            Map<Article, Double> scores = new IdentityHashMap<>();
            for (Term term : article.tags()) {
                Listing tag = bySlug.get(term.slug());
                if (tag == null) {
                    continue;
                }
                double weight = Math.log(1 + total / tag.articles().size());
                int at = positions.get(term.slug()).get(article);
                List<Article> list = tag.articles();
                for (int i = Math.max(0, at - WINDOW); i < Math.min(list.size(), at + WINDOW + 1); i++) {
                    if (i != at) {
                        scores.merge(list.get(i), weight, Double::sum);
                    }
                }
            }
            List<Article> related = new ArrayList<>(scores.keySet());
            related.sort(Comparator.comparing((Article a) -> scores.get(a)).reversed()
                    .thenComparing(SiteAssembler.NEWEST_FIRST));
            Relations around = neighbours.getOrDefault(article, Relations.NONE);
            relations.put(article.source(), new Relations(related.subList(0, Math.min(COUNT, related.size())),
                    around.previous(), around.next()));
        });
        return relations;
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

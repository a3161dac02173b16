package org.broadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.search.SearchWords;
import org.eclipse.jetty.util.ajax.JSON;

/**
 * Reads an edition's search index from a built site the way {@code search-worker.js} does: the
 * meta file, the day shards in order (newest first), and a word's postings from its terms fragment
 * (or, for a common word, its own file), each article by its URL.
 */
final class SearchFiles {

    private static final String FOLDER = "search/fragments/";

    private SearchFiles() {
    }

    static Map<?, ?> meta(TestSite site, String prefix) {
        return (Map<?, ?>) JSON.parse(site.text(prefix + FOLDER + "meta.json"));
    }

    /** Every article's entry, newest first, as a map from field name to value. */
    static List<Map<String, Object>> entries(TestSite site, String prefix) {
        List<Object> fields = Arrays.asList((Object[]) meta(site, prefix).get("fields"));
        String shards = prefix + FOLDER + "d/";
        List<Map<String, Object>> entries = new ArrayList<>();
        site.outputFiles().stream().filter(f -> f.startsWith(shards)).map(f -> f.substring(shards.length()))
                .sorted(Comparator.comparing((String f) -> -Long.parseLong(f.substring(0, f.indexOf('-'))))
                        .thenComparing(f -> Integer.parseInt(f.substring(f.indexOf('-') + 1, f.indexOf('.')))))
                .forEach(f -> {
                    for (Object doc : (Object[]) JSON.parse(site.text(shards + f))) {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        for (int i = 0; i < fields.size(); i++) {
                            entry.put((String) fields.get(i), ((Object[]) doc)[i]);
                        }
                        entries.add(entry);
                    }
                });
        return entries;
    }

    static List<String> urls(TestSite site, String prefix) {
        return entries(site, prefix).stream().map(e -> (String) e.get("url")).toList();
    }

    /** The articles that hold {@code term} (folded), by URL, with the term's weight in each. */
    static Map<String, Integer> weights(TestSite site, String prefix, String term) {
        String fragment = prefix + FOLDER + "t/" + SearchWords.hex(key(site, prefix, term)) + ".json";
        Map<String, Integer> weights = new TreeMap<>();
        if (!site.exists(fragment)) {
            return weights;
        }
        for (Object entry : (Object[]) JSON.parse(site.text(fragment))) {
            Object[] values = (Object[]) entry;
            if (values[0].equals(term)) {
                Object[] postings = values.length > 2 ? (Object[]) values[2]
                        : (Object[]) JSON.parse(site.text(prefix + FOLDER + "c/" + SearchWords.hex(term) + ".json"));
                long day = 0;
                for (int i = 0; i < postings.length; i += 3) {
                    day = i == 0 ? (Long) postings[0] : day - (Long) postings[i];
                    weights.put(url(site, prefix, day, ((Long) postings[i + 1]).intValue()),
                            ((Long) postings[i + 2]).intValue());
                }
            }
        }
        return weights;
    }

    /** The key of the fragment that holds {@code term}: its first letters, more where the fragment was split. */
    static String key(TestSite site, String prefix, String term) {
        Map<?, ?> splits = (Map<?, ?>) meta(site, prefix).get("split");
        String key = SearchWords.prefix(term, SearchWords.KEY_LENGTH);
        while (splits != null && splits.containsKey(key) && key.length() < term.length()) {
            key = SearchWords.prefix(term, key.codePointCount(0, key.length()) + 1);
        }
        return key;
    }

    private static String url(TestSite site, String prefix, long day, int place) {
        int size = ((Long) meta(site, prefix).get("shardSize")).intValue();
        Object[] shard = (Object[]) JSON.parse(site.text(prefix + FOLDER + "d/" + day + "-" + place / size + ".json"));
        return (String) ((Object[]) shard[place % size])[0];
    }

    /** Every file of the search indexes of every edition, by output path, as text. */
    static Map<String, String> all(TestSite site) {
        Map<String, String> files = new TreeMap<>();
        site.outputFiles().stream().filter(f -> f.contains(FOLDER)).forEach(f -> files.put(f, site.text(f)));
        return files;
    }
}

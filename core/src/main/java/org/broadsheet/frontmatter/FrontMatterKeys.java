package org.broadsheet.frontmatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The front matter keys Broadsheet reads, and the keys that are mistakes for one of them. Any
 * other key is a template param; but {@code Draft: true} or {@code sumary:} would become one
 * without a word, and the article go live as a non-draft without its summary. So a key that
 * differs from a known key only in case, or by a slip of one or two letters, is an error.
 */
final class FrontMatterKeys {

    /** In the order a suggestion names them. */
    static final List<String> KNOWN = List.of("title", "date", "publishDate", "updated", "expiryDate", "expires",
            "author", "authors", "section", "tags", "summary", "image", "lang", "slug", "draft", "published", "layout",
            "translationKey", "canonical", "aliases", "description", "lastmod", "last_modified_at", "categories",
            "category", "redirect_from", "featured", "image_alt", "weight", "corrections");

    private static final Set<String> KNOWN_SET = Set.copyOf(KNOWN);

    /**
     * Params that newsrooms and Hugo sites use which are one letter from a key: chart data, a
     * dateline's longitude, Hugo's social images, a live blog's updates, a republished piece's
     * publisher. Taking these for typos would fail sites that mean them.
     */
    private static final Set<String> NOT_TYPOS = Set.of("data", "long", "images", "updates", "publisher", "url",
            "height");

    /** Keys this long or longer may be two letters off and still be a slip; shorter ones one. */
    private static final int LONG_KEY = 7;

    private FrontMatterKeys() {
    }

    /**
     * Keys read from Jekyll's and Hugo's front matter that templates read as params before
     * Broadsheet knew them, so they stay params too.
     */
    private static final Set<String> ALSO_PARAMS = Set.of("description", "categories", "category", "lastmod", "featured",
            "image_alt", "weight");

    static boolean alsoParam(String key) {
        return ALSO_PARAMS.contains(key);
    }

    static boolean isKnown(String key) {
        return KNOWN_SET.contains(key);
    }

    /**
     * Why {@code key} is a mistake for a known key, as a sentence ending in a suggestion, or
     * empty when it is known or looks like a template param of the author's own.
     */
    static Optional<String> mistake(String key) {
        if (isKnown(key) || NOT_TYPOS.contains(key.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String lower = key.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String known : KNOWN) {
            int allowed = known.length() >= LONG_KEY ? 2 : 1;
            if (Math.abs(lower.length() - known.length()) > allowed) {
                continue; // that many letters off at least; and a long key is never measured
            }
            int distance = distance(lower, known.toLowerCase(Locale.ROOT));
            if (distance > allowed || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            nearest.add(known);
        }
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        String suggestion = "did you mean " + String.join(" or ", nearest.stream().map(k -> "\"" + k + "\"").toList()) + "?";
        return Optional.of("\"" + key + "\" is not a front matter key" + (best == 0
                ? " (keys are case-sensitive); " + suggestion
                : "; " + suggestion + " (to keep it as a template param, give it a name less like Broadsheet's keys)"));
    }

    /**
     * The Damerau–Levenshtein distance (optimal string alignment): how many letters must be
     * added, removed, changed or swapped with their neighbour to make {@code a} into {@code b}.
     * "dtae" is one from "date", "sumary" one from "summary".
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package org.broadsheet.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes URL segments from names: lowercase ASCII letters, digits and hyphens, with accents
 * transliterated ({@code "Société Générale"} becomes {@code societe-generale}). Names in
 * scripts without a Latin spelling keep their letters, lowercased.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String slugify(String name) {
        String latin = transliterate(name);
        String slug = collapse(latin.replaceAll("[^a-z0-9]+", "-"));
        if (!slug.isEmpty()) {
            return slug;
        }
        return collapse(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-"));
    }

    /**
     * True when {@code value} could only be a path: it has a '/', a '\', a control character,
     * or is "." or "..". Such a slug or section is refused, never cleaned up.
     */
    public static boolean looksLikePath(String value) {
        return value.contains("/") || value.contains("\\") || value.equals(".") || value.equals("..")
                || value.chars().anyMatch(Character::isISOControl);
    }

    /** A key under which spellings of one name meet: case, spaces, hyphens and underscores aside. */
    static String sameNameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static String transliterate(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replace("&", " and ");
        return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static String collapse(String slug) {
        return slug.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}

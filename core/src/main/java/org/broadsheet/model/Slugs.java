package org.broadsheet.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes URL segments from names: lowercase ASCII letters, digits and hyphens, with accents
 * transliterated ({@code "Société Générale"} becomes {@code societe-generale}). Names in
 * scripts without a Latin spelling keep their letters, lowercased.
 */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOTTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Pattern SPACING = Pattern.compile("[\\s_-]+");

    private Slugs() {
    }

    public static String slugify(String name) {
        String slug = hyphenate(transliterate(name), false);
        if (!slug.isEmpty()) {
            return slug;
        }
        return hyphenate(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), true);
    }

    /** Whether {@code value} is already a URL segment with dots in it, such as {@code 0.83.0-relnotes}. */
    public static boolean isDotted(String value) {
        return DOTTED.matcher(value).matches();
    }

    /**
     * Keeps runs of ASCII letters and digits (or of any letters and digits, when {@code anyScript}),
     * joined by single hyphens.
     */
    private static String hyphenate(String text, boolean anyScript) {
        StringBuilder slug = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean keep = anyScript ? Character.isLetterOrDigit(c) : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep) {
                gap = true;
            } else {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.appendCodePoint(c);
            }
        }
        return slug.toString();
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
        return SPACING.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String transliterate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isPlainAscii(lower)) {
            return lower; // most names: nothing to transliterate
        }
        lower = lower.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th").replace("&", " and ");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '&') {
                return false;
            }
        }
        return true;
    }
}

package org.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a word is to search, the same in the build and in {@code assets/search-worker.js}: a run
 * of letters and digits in any script, with accents and other marks folded away and case ignored,
 * so "Bogotá" is {@code bogota} and an Arabic word loses its short-vowel marks. No stemming and no
 * stop-word list, in any language: words as common as "the" or "de" are told apart by how many
 * articles hold them instead.
 */
public final class SearchWords {

    /**
     * How many letters of a term name its fragment at least, as the hexadecimal of their UTF-8
     * bytes, so any script makes a plain file name; a large fragment is split by more letters.
     */
    public static final int KEY_LENGTH = 3;

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private SearchWords() {
    }

    /** The words of {@code text}, folded, in order, repeats kept. */
    public static List<String> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATOR.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** The first {@code letters} letters (code points) of {@code term}, all of a shorter one. */
    public static String prefix(String term, int letters) {
        return term.substring(0, term.offsetByCodePoints(0, Math.min(letters, term.codePointCount(0, term.length()))));
    }

    /** The UTF-8 bytes of {@code text} in hexadecimal. */
    public static String hex(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
        }
        return out.toString();
    }
}

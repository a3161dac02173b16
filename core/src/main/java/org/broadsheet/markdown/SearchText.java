package org.broadsheet.markdown;

import java.util.Arrays;

/**
 * What the search index holds of an article's body besides its summary: the first words of the
 * body as plain text. Made once, when the body is rendered, and kept in the build cache with the
 * excerpt, so that writing the index of 10,000 articles reads none of their bodies.
 */
public final class SearchText {

    /**
     * Words of each body in the index. The lede of a news story names its who, what and where,
     * and the title, summary and tags cover the rest; with 10,000 articles of 800 words, the
     * whole bodies would make a 50 MB file to download before the first result. See
     * docs/content/performance.md, "Search with 10,000 and 100,000 articles", for what the index
     * weighs with this number.
     */
    public static final int WORDS = 30;

    private SearchText() {
    }

    /**
     * The first {@code words} words of the body that the summary does not already hold: an
     * article without a summary in its front matter has its first paragraph as the summary, and
     * the index need not carry the same words twice.
     */
    public static String of(String html, String summary, int words) {
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
        return String.join(" ", Arrays.asList(textWords).subList(from, Math.min(from + words, textWords.length)));
    }
}

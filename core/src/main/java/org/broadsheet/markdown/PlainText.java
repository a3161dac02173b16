package org.broadsheet.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The readable text at the start of an article body's HTML, for the search index: tags dropped,
 * entities decoded, white space collapsed, cut after a number of words. The bodies come from our
 * own Markdown renderer (and the raw HTML authors embed), so a small scanner that stops as soon
 * as it has enough words does the job, far faster than parsing every body into a tree.
 */
final class PlainText {

    /** Elements inside a word: {@code <em>in</em>sight} is one word. Any other tag separates words. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del",
            "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "time", "u",
            "var", "wbr");

    /** Elements whose content is not text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "template", "svg", "math");

    /** The named entities Markdown and hand-written HTML use in running text; others stay as written. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("middot", "·"), Map.entry("copy", "©"), Map.entry("euro", "€"),
            Map.entry("deg", "°"), Map.entry("times", "×"));

    private PlainText() {
    }

    /** The first {@code maxWords} words of the text of {@code html}, separated by single spaces. */
    static String firstWords(String html, int maxWords) {
        Words words = new Words(maxWords, Math.min(html.length(), maxWords * 8));
        int n = html.length();
        int i = 0;
        while (i < n && !words.full()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = skipTag(html, i, words);
            } else if (c == '&') {
                i = entity(html, i, words);
            } else {
                words.add(c);
                i++;
            }
        }
        return words.text();
    }

    /** Skips the tag at {@code at} (and the whole element, for a hidden one); returns where text resumes. */
    private static int skipTag(String html, int at, Words words) {
        if (html.startsWith("<!--", at)) {
            int end = html.indexOf("-->", at + 4);
            return end < 0 ? html.length() : end + 3;
        }
        int end = html.indexOf('>', at);
        if (end < 0) {
            return html.length();
        }
        int nameStart = at + 1 + (at + 1 < html.length() && html.charAt(at + 1) == '/' ? 1 : 0);
        int nameEnd = nameStart;
        while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        if (!INLINE.contains(name)) {
            words.add(' ');
        }
        if (nameStart == at + 1 && HIDDEN.contains(name) && html.charAt(end - 1) != '/') {
            int close = end;
            while (close < html.length() && !html.regionMatches(true, close, "</" + name, 0, name.length() + 2)) {
                close++;
            }
            return close >= html.length() ? html.length() : skipTag(html, close, words);
        }
        return end + 1;
    }

    /** Decodes the entity at {@code at}, or takes the '&' as text; returns where text resumes. */
    private static int entity(String html, int at, Words words) {
        int semicolon = at + 1;
        while (semicolon < html.length() && semicolon - at <= 10 && html.charAt(semicolon) != ';') {
            semicolon++; // entity names are short: look no further than 10 characters for the ';'
        }
        if (semicolon < html.length() && html.charAt(semicolon) == ';' && semicolon > at + 1) {
            String name = html.substring(at + 1, semicolon);
            String decoded = name.charAt(0) == '#' ? codePoint(name) : ENTITIES.get(name);
            if (decoded != null) {
                decoded.chars().forEach(ch -> words.add((char) ch));
                return semicolon + 1;
            }
        }
        words.add('&');
        return at + 1;
    }

    private static String codePoint(String reference) {
        try {
            boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
            int cp = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Collects words up to a limit, collapsing any run of white space to one space. */
    private static final class Words {
        private final StringBuilder out;
        private final int max;
        private int count;
        private boolean inWord;

        Words(int max, int capacity) {
            this.max = max;
            this.out = new StringBuilder(capacity);
        }

        void add(char c) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
            } else if (inWord) {
                out.append(c);
            } else if (count < max) {
                if (count > 0) {
                    out.append(' ');
                }
                out.append(c);
                inWord = true;
                count++;
            }
        }

        /** Full once the last word allowed has ended: nothing more can be added. */
        boolean full() {
            return count >= max && !inWord;
        }

        String text() {
            return out.toString();
        }
    }
}

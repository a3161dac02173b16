package org.broadsheet.comments;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the reply file format: a {@code ---} block of YAML, then the body in Markdown, like an
 * article. Every value is written as a double-quoted YAML string with every character that
 * could end it or the block escaped, so whatever a reader typed, the file reads back as exactly
 * that text. {@link ReplyReader} reads it; the rules for ids, websites and languages are here,
 * shared by the reader, the build and the intake.
 *
 * <pre>
 * ---
 * id: "20261128-101500-7f3a9c2e"
 * name: "Ana Pérez"
 * website: "https://ana.example"
 * date: "2026-11-28T10:15:00Z"
 * replyTo: "20261128-091000-00c0ffee"
 * ---
 * The reply, in *Markdown*.
 * </pre>
 */
public final class ReplyFile {

    /** What a reply id may be: letters, digits, '-' and '_', so it is safe as a file name and an anchor. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,79}");

    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,5}");

    /**
     * The characters that reorder the text around them (embeddings, overrides and isolates,
     * U+202A–U+202E and U+2066–U+2069): one left open makes the rest of its line show in
     * another order, so a name or a link can pass for another.
     */
    private static final String REORDERING = "\u202A-\u202E\u2066-\u2069";
    /**
     * What a name may not hold: those, and the invisible characters with no use in a name (zero
     * width space, word joiner, zero width no-break space). The marks LRM, RLM and ALM, and the
     * joiners ZWJ and ZWNJ that emoji, Persian and Indic scripts need, are kept.
     */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[" + REORDERING + "\u200B\u2060\uFEFF]");
    private static final Pattern REORDERS = Pattern.compile("[" + REORDERING + "]");

    /** The extension of reply files, queued or approved. */
    public static final String EXTENSION = ".md";

    private ReplyFile() {
    }

    /** Whether a website is an http(s) URL with a host, as a link under a reader's name must be. */
    public static boolean isWebsite(String url) {
        if (url.length() > 200 || url.chars().anyMatch(c -> c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>')
                || misleadingInName(url) >= 0) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The first character of {@code text} that a name may not hold (see {@link #shownName}), or -1. */
    public static int misleadingInName(String text) {
        var m = NOT_IN_NAME.matcher(text);
        return m.find() ? text.codePointAt(m.start()) : -1;
    }

    /** A reader's name as pages show it: without the characters a name may not hold, which a hand-edited file can. */
    public static String shownName(String name) {
        return NOT_IN_NAME.matcher(name).replaceAll("");
    }

    /**
     * A reply's text as pages show it: without the characters that reorder the text around them.
     * Right-to-left text shows right without them; the direction marks, which are kept, are
     * enough to place a word or a number.
     */
    public static String shownText(String text) {
        return REORDERS.matcher(text).replaceAll("");
    }

    /** Whether a language tag is shaped like BCP 47 ({@code en}, {@code es-VE}). */
    public static boolean isLanguage(String tag) {
        return tag.length() <= 35 && LANG.matcher(tag).matches();
    }

    /**
     * The text of a reply file.
     *
     * @param article       the article's id, for a queued reply (an approved one is in its
     *                      article's folder); empty to leave it out
     * @param privateFields written under {@code private:}, for a queued reply; empty to leave it out
     */
    public static String format(Reply reply, String article, Map<String, String> privateFields) {
        StringBuilder s = new StringBuilder("---\n");
        line(s, "", "id", reply.id());
        line(s, "", "article", article);
        line(s, "", "name", reply.name());
        line(s, "", "website", reply.website());
        line(s, "", "date", reply.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line(s, "", "replyTo", reply.replyTo());
        line(s, "", "lang", reply.lang());
        if (privateFields.values().stream().anyMatch(v -> v != null && !v.isEmpty())) {
            s.append("private:\n");
            privateFields.forEach((key, value) -> line(s, "  ", key, value));
        }
        s.append("---\n").append(reply.body());
        if (!reply.body().endsWith("\n")) {
            s.append('\n');
        }
        return s.toString();
    }

    /** A YAML mapping of plain keys to quoted values, leaving out empty ones. */
    public static String yaml(Map<String, String> values) {
        StringBuilder s = new StringBuilder();
        values.forEach((key, value) -> line(s, "", key, value));
        return s.toString();
    }

    private static void line(StringBuilder s, String indent, String key, String value) {
        if (value != null && !value.isEmpty()) {
            s.append(indent).append(key).append(": ").append(quoted(value)).append('\n');
        }
    }

    /**
     * A YAML double-quoted string. Besides the quote and the backslash, every character outside
     * YAML's printable set, every line break (YAML's own and Unicode's), and the byte-order mark
     * is written as an escape, so the value stays on one line.
     */
    public static String quoted(String value) {
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (pairedSurrogate) {
                        s.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || c >= 0xFFFE || Character.isSurrogate(c)) {
                        s.append(String.format("\\u%04X", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}

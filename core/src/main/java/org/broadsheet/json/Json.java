package org.broadsheet.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes plain data (maps, lists, text, numbers, booleans) as JSON: structured data, JSON Feed,
 * the search index, the reply intake's answers. Text is escaped so that the JSON is also safe inside an HTML {@code <script>}: no
 * {@code <}, {@code >} or {@code &} appears raw, so a title holding {@code </script>} cannot end
 * the script.
 */
public final class Json {

    private Json() {
    }

    /** A JSON object with these keys and values, in this order. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put(keysAndValues[i].toString(), keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * @throws IllegalArgumentException for a map without a fixed order ({@code Map.of},
     *                                  {@code HashMap}): its order changes from run to run,
     *                                  and so would every page that shows it
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, (Appendable) out);
        return out.toString();
    }

    /** Writes {@code value} as it goes, for a file too large to hold twice, such as a search index. */
    public static void write(Object value, Appendable out) {
        try {
            append(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Object value, Appendable out) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            if (!(map instanceof LinkedHashMap || map instanceof SortedMap)) {
                throw new IllegalArgumentException("a JSON object needs a map with a fixed order, not "
                        + map.getClass().getName());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() == null) {
                    continue; // absent fields are left out, not written as null
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey().toString(), out);
                out.append(':');
                append(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(list.get(i), out);
            }
            out.append(']');
        } else {
            string(value.toString(), out);
        }
    }

    /** {@code text} as a JSON string, in quotes. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        try {
            string(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /** A JSON string; runs of characters that need no escape are appended at once. */
    private static void string(String text, Appendable out) throws IOException {
        out.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                        ? unicodeEscape(c) : null;
            };
            if (escape != null) {
                out.append(text, run, i).append(escape);
                run = i + 1;
            }
        }
        out.append(text, run, text.length()).append('"');
    }

    /**
     * The six-character escape of {@code c}, backslash, u and four hex digits: made by hand, since
     * a feed's HTML has a {@code <} every few characters, and String.format took seconds over an
     * 8 MB article.
     */
    private static String unicodeEscape(char c) {
        String hex = Integer.toHexString(c);
        return "\\u" + "0000".substring(hex.length()) + hex;
    }
}

package org.broadsheet.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Typed reading of the fields of one mapping of a {@link YamlDocument}: the document's top, or a
 * map inside it ({@code comments.intake}). A value of the wrong type is reported at its key's
 * line, in a sentence that names the key's whole path ({@code comments.intake.port must be a
 * whole number from 0 to 65535, not "http"}), and the caller's fallback is used in its place, so
 * one reading reports every wrong value of a file. Text is read as written: YAML 1.1 reads
 * {@code title: No} as false, but a text field means the text.
 */
public final class YamlFields {

    /** Where problems go: the line in the file and a sentence. */
    @FunctionalInterface
    public interface Report {
        void error(int line, String message);

        /**
         * The same, told which key the problem is about ({@code comments.maxDepth}), for a
         * document read from more than one file.
         */
        default void error(String keyPath, int line, String message) {
            error(line, message);
        }
    }

    private final YamlDocument doc;
    private final Map<String, Object> values;
    private final String prefix;
    private final int absentKeyLine;
    private final Report report;

    private YamlFields(YamlDocument doc, Map<String, Object> values, String prefix, int absentKeyLine,
            Report report) {
        this.doc = doc;
        this.values = values;
        this.prefix = prefix;
        this.absentKeyLine = absentKeyLine;
        this.report = report;
    }

    /** The fields of the document's top mapping; a problem with a key that is absent is at the document's first line. */
    public static YamlFields of(YamlDocument doc, Report report) {
        return of(doc, doc.firstLine(), report);
    }

    /** The same, with problems of absent keys ({@code title is missing}) at {@code absentKeyLine}. */
    public static YamlFields of(YamlDocument doc, int absentKeyLine, Report report) {
        return new YamlFields(doc, doc.values(), "", absentKeyLine, report);
    }

    /** The fields of the document's top mapping, each problem an error at {@code sitePath} and its line. */
    public static YamlFields of(YamlDocument doc, String sitePath, Problems problems) {
        return of(doc, (line, message) -> problems.error(SourcePosition.of(sitePath, line), message));
    }

    /** The path of {@code key} of this mapping in the document, as messages name it: {@code comments.maxDepth}. */
    public String path(String key) {
        return prefix + key;
    }

    /** The line of {@code key} in the file. */
    public int lineOf(String key) {
        return doc.keyLines().getOrDefault(path(key), absentKeyLine);
    }

    /** The keys of this mapping and their plain values, in the order written. */
    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The plain value of {@code key}: text, a number, a boolean, a list, a map; null when absent or empty. */
    public Object value(String key) {
        return values.get(key);
    }

    /** A single value exactly as written ({@code No}, {@code 0123}), or null when absent, a list or a map. */
    public String written(String key) {
        return doc.text(path(key));
    }

    /** Reports {@code message} at the line of {@code key}. */
    public void error(String key, String message) {
        report.error(path(key), lineOf(key), message);
    }

    /** The text of {@code key} as written; {@code fallback} when it is absent or empty, or, reported, a list or a map. */
    public String text(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            error(key, path(key) + " must be text, not a " + (value instanceof Map ? "map" : "list"));
            return fallback;
        }
        String written = written(key);
        return written != null ? written : value.toString();
    }

    /** A yes-or-no setting, strictly {@code true} or {@code false}; {@code fallback} when absent or empty, or reported. */
    public boolean bool(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        error(key, path(key) + " must be true or false, not \"" + value + "\"");
        return fallback;
    }

    /**
     * A yes-or-no key, empty when it is not given: true, yes or on, or false, no or off, in any
     * case, quoted or not. Anything else, an empty value included, is reported.
     */
    public Optional<Boolean> flag(String key) {
        if (!values.containsKey(key)) {
            return Optional.empty();
        }
        Object value = values.get(key);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value == null) {
            error(key, path(key) + " has no value: write " + key + ": true or " + key + ": false");
            return Optional.empty();
        }
        String text = value instanceof Map || value instanceof List ? "" : written(key);
        switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on":
                return Optional.of(true);
            case "false", "no", "off":
                return Optional.of(false);
            default:
                error(key, path(key) + " must be true or false, not \"" + value + "\"");
                return Optional.empty();
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent or empty, or, reported, anything else. */
    public int number(String key, int min, int max, int fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Long n && n >= min && n <= max) {
            return n.intValue();
        }
        error(key, path(key) + " must be a whole number from " + min + " to " + max + ", not \"" + value + "\"");
        return fallback;
    }

    /**
     * The texts of {@code key}: a list of names, or a single one; blank ones left out, each
     * stripped. A list that holds a list or a map, or a map, is reported and reads as none.
     */
    public List<String> names(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof Map || item instanceof List) {
                    error(key, path(key) + " must be a list of names");
                    return List.of();
                }
                if (item != null && !item.toString().isBlank()) {
                    String written = doc.text(path(key) + "[" + i + "]");
                    names.add((written != null ? written : item.toString()).strip());
                }
            }
        } else if (value instanceof Map) {
            error(key, path(key) + " must be a name or a list of names, not a map");
        } else if (!value.toString().isBlank()) {
            names.add(text(key, "").strip());
        }
        return names;
    }

    /**
     * The map under {@code key}, to read its own fields; an empty one when it is absent or
     * empty, or, reported, not a map.
     */
    public YamlFields map(String key) {
        Object value = values.get(key);
        if (value == null) {
            return within(key, Map.of());
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return within(key, typed);
        }
        error(key, path(key) + " must be a map of keys and values");
        return within(key, Map.of());
    }

    /** These fields without the keys that are not {@code known} settings, each of them reported. */
    public YamlFields only(Set<String> known) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (known.contains(key)) {
                kept.put(key, value);
            } else {
                error(key, path(key) + " is not a setting; known: " + String.join(", ", new TreeSet<>(known)));
            }
        });
        return new YamlFields(doc, kept, prefix, absentKeyLine, report);
    }

    private YamlFields within(String key, Map<String, Object> map) {
        return new YamlFields(doc, map, path(key) + ".", absentKeyLine, report);
    }
}

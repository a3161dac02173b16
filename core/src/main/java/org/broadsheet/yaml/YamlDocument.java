package org.broadsheet.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping read into plain Java data, and the file line of each key, by dotted path
 * ({@code "image.src"}). Dates stay strings: their meaning depends on the site's time zone.
 */
public record YamlDocument(Map<String, Object> values, Map<String, Integer> keyLines, Map<String, String> texts,
        int firstLine) {

    public YamlDocument {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
        texts = Map.copyOf(texts);
    }

    /**
     * A plain value exactly as written, by path ({@code "title"}, {@code "image.alt"},
     * {@code "tags[0]"}): YAML 1.1 reads {@code title: No} as false and {@code slug: 0123} as 83,
     * but a text field means the text. Null when the path holds no single value.
     */
    public String text(String path) {
        return texts.get(path);
    }

    /** The line of a key in the file, or the document's first line when the key is absent. */
    public int lineOf(String keyPath) {
        return keyLines.getOrDefault(keyPath, firstLine);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object get(String key) {
        return values.get(key);
    }
}

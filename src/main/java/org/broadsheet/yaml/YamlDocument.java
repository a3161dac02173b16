package org.broadsheet.yaml;

import java.util.Map;

/**
 * A YAML mapping read into plain Java data, and the file line of each key, by dotted path
 * ({@code "image.src"}). Dates stay strings: their meaning depends on the site's time zone.
 */
public record YamlDocument(Map<String, Object> values, Map<String, Integer> keyLines, int firstLine) {

    public YamlDocument {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
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

package org.broadsheet.frontmatter;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads Hugo's TOML front matter (between {@code +++} lines) into the same plain data as YAML
 * front matter, with the file line of each key, so that one checker reads both. Dates become
 * text, as in YAML, since their meaning depends on the site's time zone.
 */
final class TomlFrontMatter {

    private final Map<String, Integer> keyLines = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final int offset;

    private TomlFrontMatter(int firstLine) {
        this.offset = firstLine - 1;
    }

    /**
     * The document in {@code text}, whose first line is line {@code firstLine} of its file.
     *
     * @throws YamlException with each syntax error at its file line
     */
    static YamlDocument read(String text, int firstLine) throws YamlException {
        TomlParseResult result = Toml.parse(text);
        if (result.hasErrors()) {
            List<YamlException> errors = new ArrayList<>();
            for (TomlParseError error : result.errors()) {
                TomlPosition at = error.position();
                errors.add(new YamlException(at.line() + firstLine - 1, at.column(), "invalid TOML: "
                        + error.getMessage()));
            }
            throw YamlException.of(errors);
        }
        TomlFrontMatter reader = new TomlFrontMatter(firstLine);
        Map<String, Object> values = reader.table(result, "");
        return new YamlDocument(values, reader.keyLines, reader.texts, firstLine);
    }

    private Map<String, Object> table(TomlTable table, String prefix) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            List<String> path = List.of(key);
            String keyPath = prefix + key;
            TomlPosition at = table.inputPositionOf(path);
            if (at != null) {
                keyLines.put(keyPath, at.line() + offset);
            }
            values.put(key, value(table.get(path), keyPath));
        }
        return values;
    }

    private Object value(Object value, String path) {
        if (value instanceof TomlTable nested) {
            return table(nested, path + ".");
        }
        if (value instanceof TomlArray array) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(value(array.get(i), path + "[" + i + "]"));
            }
            return items;
        }
        Object plain = value instanceof TemporalAccessor ? value.toString() : value;
        if (plain != null && !(plain instanceof Boolean)) {
            texts.put(path, plain.toString());
        }
        return plain;
    }
}

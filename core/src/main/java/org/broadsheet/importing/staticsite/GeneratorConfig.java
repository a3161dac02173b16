package org.broadsheet.importing.staticsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlReader;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * What an importer needs from a Jekyll site's {@code _config.yml} or a Hugo site's
 * {@code hugo.toml} (or {@code config.toml}, {@code .yaml}, {@code .json}): the permalink
 * patterns its posts had, the path its site was served under, its time zone and Hugo's site
 * {@code params}. A missing or unreadable file is an empty config: each generator's defaults apply.
 *
 * @param values the file's keys, Hugo's lower-cased as Hugo reads them
 */
record GeneratorConfig(Map<String, Object> values) {

    private static final List<String> HUGO_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    static GeneratorConfig jekyll(Path dir) {
        return read(dir.resolve("_config.yml"), false);
    }

    static GeneratorConfig hugo(Path dir) {
        return HUGO_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst()
                .map(file -> read(file, true)).orElse(new GeneratorConfig(Map.of()));
    }

    private static GeneratorConfig read(Path file, boolean hugo) {
        if (!Files.isRegularFile(file)) {
            return new GeneratorConfig(Map.of());
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Object> values;
            if (file.toString().endsWith(".toml")) {
                TomlParseResult toml = Toml.parse(text);
                values = toml.hasErrors() ? Map.of() : plain(toml);
            } else {
                values = YamlReader.forFiles(1024 * 1024).read(text, 1).values();
            }
            return new GeneratorConfig(hugo ? lowerCased(values) : values);
        } catch (YamlException e) {
            return new GeneratorConfig(Map.of()); // the generator's defaults, as for a missing file
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TOML table as plain maps, lists and values, as the YAML reader gives them. */
    private static Map<String, Object> plain(TomlTable table) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            values.put(key, plain(table.get(List.of(key))));
        }
        return values;
    }

    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            return plain(table);
        }
        if (value instanceof TomlArray array) {
            return array.toList().stream().map(GeneratorConfig::plain).toList();
        }
        return value;
    }

    /** Hugo's keys are not case-sensitive ({@code baseURL}, {@code baseurl}): lower-cased, at every level. */
    private static Map<String, Object> lowerCased(Map<String, Object> values) {
        Map<String, Object> lower = new LinkedHashMap<>();
        values.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value instanceof Map<?, ?> map
                ? lowerCased(strings(map)) : value));
        return lower;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** A table of the config ({@code permalinks}, {@code params}); empty when there is none. */
    Map<String, Object> table(String key) {
        return values.get(key) instanceof Map<?, ?> map ? strings(map) : Map.of();
    }

    String text(String key) {
        return values.get(key) instanceof String text ? text.strip() : "";
    }

    /**
     * The path the old site was served under, with a '/' at each end ({@code /blog/}): Jekyll's
     * {@code baseurl}, or the path of Hugo's {@code baseURL}.
     */
    String basePath() {
        String base = text("baseurl");
        if (base.contains("://")) {
            try {
                base = URI.create(base).getPath();
            } catch (IllegalArgumentException e) {
                base = "";
            }
        }
        return ("/" + (base == null ? "" : base) + "/").replaceAll("/{2,}", "/");
    }

    /** The zone its dates without an offset were in: Jekyll's {@code timezone}, Hugo's {@code timeZone}; else UTC. */
    ZoneId zone() {
        String name = text("timezone"); // Hugo's timeZone, lower-cased
        try {
            return name.isEmpty() ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

package org.broadsheet.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlReader;

/**
 * A file's front matter as an importer reads and edits it, in any of its forms (YAML between
 * {@code ---}, TOML between {@code +++}, JSON): its values unchecked, and the file with a key added.
 */
public final class FrontMatterText {

    private static final YamlReader YAML = YamlReader.forFrontMatter(256 * 1024);

    private FrontMatterText() {
    }

    /** The front matter's values; none when the file has no front matter or a broken one, which the build reports. */
    public static Map<String, Object> values(String file) {
        if (!(FrontMatterBlock.split(file) instanceof FrontMatterBlock block)) {
            return Map.of();
        }
        try {
            return block.format() == FrontMatterBlock.Format.TOML ? TomlFrontMatter.read(block.text(), 1).values()
                    : YAML.read(block.text(), 1).values();
        } catch (YamlException e) {
            return Map.of();
        }
    }

    /**
     * {@code file} with {@code key} and its list of texts as the front matter's first key, written
     * in the front matter's own form; empty when the file has no front matter.
     */
    public static Optional<String> withList(String file, String key, List<String> texts) {
        if (!(FrontMatterBlock.split(file) instanceof FrontMatterBlock block)) {
            return Optional.empty();
        }
        // a double-quoted string with \ and " escaped is the same in JSON, YAML's flow style and TOML
        String list = texts.stream().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        int open = lineStart(file, block.openLine());
        if (block.format() == FrontMatterBlock.Format.JSON) {
            // on the brace's own line, so that the body's lines keep their numbers
            int brace = file.indexOf('{', open) + 1;
            return Optional.of(file.substring(0, brace) + " \"" + key + "\": " + list + "," + file.substring(brace));
        }
        // right after the opening line: in TOML, a key after a [table] would belong to the table
        int first = lineStart(file, block.openLine() + 1);
        String line = block.format() == FrontMatterBlock.Format.TOML ? key + " = " + list : key + ": " + list;
        return Optional.of(file.substring(0, first) + line + "\n" + file.substring(first));
    }

    /** The offset of line {@code line} (from 1) of {@code file}. */
    private static int lineStart(String file, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = file.indexOf('\n', at) + 1;
        }
        return at;
    }
}

package org.broadsheet.output;

import java.nio.file.Path;

/**
 * The single check every written path passes: a relative path with '/', no empty, "." or ".."
 * segment, no backslash, no control character, that resolves inside the output folder.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @throws IllegalArgumentException when {@code relative} would leave {@code root}
     */
    public static Path resolve(Path root, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\")
                || relative.chars().anyMatch(Character::isISOControl) || relative.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("refused to write \"" + relative + "\": not a relative path inside the output folder");
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("refused to write \"" + relative + "\": it would leave the output folder");
            }
        }
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("refused to write \"" + relative + "\": it would leave the output folder");
        }
        return resolved;
    }
}

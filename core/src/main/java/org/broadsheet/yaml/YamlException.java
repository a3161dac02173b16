package org.broadsheet.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML that cannot be read, with the 1-based line and column in the file where it went wrong;
 * when one document has several problems that do not stop the reading (keys given twice, tags,
 * control characters), the first, with the others in {@link #all()}.
 */
public final class YamlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final List<YamlException> others = new ArrayList<>();

    public YamlException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** The first of {@code problems} (at least one), carrying the others. */
    public static YamlException of(List<YamlException> problems) {
        YamlException first = problems.get(0);
        first.others.addAll(problems.subList(1, problems.size()));
        return first;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** This problem and every other one found in the same document, in the order of the text. */
    public List<YamlException> all() {
        List<YamlException> all = new ArrayList<>(List.of(this));
        all.addAll(others);
        return all;
    }
}

package org.broadsheet.yaml;

/** YAML that cannot be read, with the 1-based line and column in the file where it went wrong. */
public final class YamlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package org.broadsheet.frontmatter;

/**
 * Where an article's front matter is, in any of the forms Jekyll and Hugo accept: YAML between
 * {@code ---} lines (or ended by {@code ...}), TOML between {@code +++} lines, or a JSON object
 * ({@code { ... }}) at the top; each may follow blank lines, as both generators allow.
 *
 * @param format    how the front matter is written
 * @param text      the front matter without its delimiters (for JSON, the whole object)
 * @param firstLine the file line {@code text} starts on
 * @param body      the text after the front matter
 * @param bodyLine  the file line the body starts on
 */
record FrontMatterBlock(Format format, String text, int firstLine, String body, int bodyLine) {

    enum Format { YAML, TOML, JSON }

    /** The line that opens the front matter: where a key that is missing is reported. */
    int openLine() {
        return format == Format.JSON ? firstLine : firstLine - 1;
    }

    /** Why a file's front matter cannot be found: the sentence and the line it is about. */
    record Missing(int line, String message) {
    }

    /** The front matter of {@code file}, or why there is none. */
    static Object split(String file) {
        int start = 0;
        int line = 1;
        while (true) {
            int end = file.indexOf('\n', start);
            if (end < 0 || !file.substring(start, end).isBlank()) {
                break;
            }
            start = end + 1;
            line++;
        }
        int firstEnd = file.indexOf('\n', start);
        String first = (firstEnd < 0 ? file.substring(start) : file.substring(start, firstEnd)).stripTrailing();
        if (first.equals("---") || first.equals("+++")) {
            return fenced(file, firstEnd, line, first);
        }
        if (first.startsWith("{")) {
            return json(file, start, line);
        }
        return new Missing(line, "has no front matter: start the file with a line \"---\", then title: and date:, then \"---\"");
    }

    private static Object fenced(String file, int firstEnd, int openLine, String fence) {
        int close = firstEnd < 0 ? -1 : closingLine(file, firstEnd + 1, fence);
        if (close < 0) {
            return new Missing(openLine, "front matter opened on line " + openLine + " is never closed with a \""
                    + fence + "\" line");
        }
        String text = file.substring(firstEnd + 1, close);
        int closeEnd = file.indexOf('\n', close);
        String body = closeEnd < 0 ? "" : file.substring(closeEnd + 1);
        return new FrontMatterBlock(fence.equals("+++") ? Format.TOML : Format.YAML, text, openLine + 1, body,
                openLine + lines(text) + 2);
    }

    /** The offset of the line that closes the front matter, or -1. YAML may also end with "...". */
    private static int closingLine(String file, int start, String fence) {
        while (start < file.length()) {
            int end = file.indexOf('\n', start);
            String line = (end < 0 ? file.substring(start) : file.substring(start, end)).stripTrailing();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                return start;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return -1;
    }

    /** A JSON object: it ends at the brace that closes the first one, outside strings. */
    private static Object json(String file, int start, int openLine) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < file.length(); i++) {
            char c = file.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                String text = file.substring(start, i + 1);
                int lineEnd = file.indexOf('\n', i);
                String body = lineEnd < 0 ? "" : file.substring(lineEnd + 1);
                return new FrontMatterBlock(Format.JSON, text, openLine, body, openLine + lines(text) + 1);
            }
        }
        return new Missing(openLine, "JSON front matter opened on line " + openLine + " is never closed with a \"}\"");
    }

    static int lines(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}

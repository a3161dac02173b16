package org.broadsheet.markdown;

import java.util.Arrays;

/**
 * The line of an offset in a text, found by a binary search among the starts of its lines.
 * flexmark's own {@code Node.getStartLineNumber()} counts the lines from the document's start
 * at every call, so a body with an image on each of its 100,000 lines took time growing with
 * the square of its length.
 */
final class LineIndex {

    /** Where each line after the first starts: just after a "\n", a "\r\n" or a lone "\r". */
    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i + 1;
            }
        }
        this.starts = found;
        this.count = n;
    }

    /** The line, counted from 0, that holds {@code offset}; an offset within a line end is on the line it ends. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, 0, count, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}

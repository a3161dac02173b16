package org.broadsheet.importing.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of an export: how many of each kind were imported, how many were skipped and why,
 * and each item a person should look at, with its WordPress id and title. Filled in as the
 * import runs; one per import, not shared between threads.
 */
public final class ImportReport {

    private final Map<String, Integer> imported = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<String> review = new ArrayList<>();

    void imported(String kind) {
        imported.merge(kind, 1, Integer::sum);
    }

    void skipped(String why) {
        skipped.merge(why, 1, Integer::sum);
    }

    /** A line for a person to act on, about the item. */
    void review(Wxr.Item item, String sentence) {
        review.add("#" + item.id() + " \"" + item.title() + "\": " + sentence);
    }

    /** A line for a person to act on, about the whole import. */
    void review(String sentence) {
        review.add(sentence);
    }

    public int importedCount(String kind) {
        return imported.getOrDefault(kind, 0);
    }

    /** The report as printed at the end of the import. */
    public String text() {
        StringBuilder s = new StringBuilder("Imported:\n");
        if (imported.isEmpty()) {
            s.append("  nothing\n");
        }
        imported.forEach((kind, n) -> s.append("  ").append(n).append(' ').append(kind).append('\n'));
        if (!skipped.isEmpty()) {
            s.append("Skipped:\n");
            skipped.forEach((why, n) -> s.append("  ").append(n).append(' ').append(why).append('\n'));
        }
        if (!review.isEmpty()) {
            s.append("To look at:\n");
            review.forEach(line -> s.append("  ").append(line).append('\n'));
        }
        return s.toString();
    }
}

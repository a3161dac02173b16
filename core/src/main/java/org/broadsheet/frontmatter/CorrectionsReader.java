package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlFields;

/**
 * Reads {@code corrections:}, the corrections appended to an article, each a {@code date} and
 * a {@code text} (inline Markdown):
 *
 * <pre>
 * corrections:
 *   - date: 2026-11-28T09:00
 *     text: An earlier version gave the wrong year for the *first* vote.
 * </pre>
 *
 * Each wrong one is reported at its line. They are kept oldest first as maps of {@code date}
 * (ISO 8601 with offset) and {@code text}, the form the front matter cache keeps.
 */
final class CorrectionsReader {

    static final String KEY = "corrections";

    private final YamlDocument doc;
    private final YamlFields fields;
    private final ZoneId siteZone;

    CorrectionsReader(YamlDocument doc, YamlFields fields, ZoneId siteZone) {
        this.doc = doc;
        this.fields = fields;
        this.siteZone = siteZone;
    }

    /** The corrections, oldest first; none when there are none, or any is wrong (then reported). */
    List<Map<String, Object>> read() {
        Object value = fields.value(KEY);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            fields.error(KEY, KEY + " must be a list of corrections, each with a date and a text");
            return List.of();
        }
        List<Map<String, Object>> corrections = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> correction = correction(i, items.get(i));
            ok &= correction != null;
            if (correction != null) {
                corrections.add(correction);
            }
        }
        corrections.sort((a, b) -> ZonedDateTime.parse((String) a.get("date")).toInstant()
                .compareTo(ZonedDateTime.parse((String) b.get("date")).toInstant()));
        return ok ? corrections : List.of();
    }

    private Map<String, Object> correction(int index, Object item) {
        String path = KEY + "[" + index + "]";
        // at the item's date, or its text, or the list's own line, whichever the document knows
        String at = doc.lineOf(path + ".date") > doc.lineOf(KEY) ? path + ".date"
                : doc.lineOf(path + ".text") > doc.lineOf(KEY) ? path + ".text" : KEY;
        String problem = null;
        ZonedDateTime date = null;
        String text = "";
        if (!(item instanceof Map<?, ?> map)) {
            problem = "must have a date and a text (- date: 2026-11-28T09:00 and, below it, text: What was wrong)";
        } else if (!(map.get("date") instanceof String written)) {
            problem = "has no date (write date: 2026-11-28T09:00)";
        } else {
            text = map.get("text") == null ? "" : map.get("text").toString().strip();
            try {
                date = DateParser.parse(written, siteZone);
            } catch (DateTimeException e) {
                problem = "date " + e.getMessage();
            }
            if (problem == null && text.isEmpty()) {
                problem = "has no text saying what was corrected";
            }
        }
        if (problem != null) {
            fields.error(at, "correction " + (index + 1) + " " + problem);
            return null;
        }
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("date", date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        correction.put("text", text);
        return correction;
    }
}

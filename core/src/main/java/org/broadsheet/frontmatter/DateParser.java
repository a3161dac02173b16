package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO 8601 dates as authors write them: {@code 2026-11-27}, {@code 2026-11-27T14:05},
 * {@code 2026-11-27 14:05:00}, with seconds and fractions or without, with an offset
 * ({@code Z}, {@code -04:00}, {@code -0400}, {@code -04}) or a zone ({@code [America/Caracas]})
 * or neither. A date without an offset is in the site's time zone, never the machine's. In a
 * daylight-saving gap the clock moves forward by the gap; in an overlap the earlier offset wins.
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[Tt ]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?"
            + "(?:\\[([A-Za-z0-9/_+-]+)])?");

    private DateParser() {
    }

    /**
     * @throws DateTimeException with a sentence for authors: what was wrong and an example
     */
    public static ZonedDateTime parse(String text, ZoneId siteZone) {
        String trimmed = text.trim();
        Matcher m = ISO.matcher(trimmed);
        if (!m.matches()) {
            throw new DateTimeException("\"" + text + "\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)");
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9)));
            LocalDateTime local = LocalDateTime.of(day, time);
            ZoneId zone = m.group(9) != null ? ZoneId.of(m.group(9)) : null;
            if (m.group(8) != null) {
                ZoneOffset offset = offset(m.group(8));
                OffsetDateTime at = OffsetDateTime.of(local, offset);
                return zone == null ? at.atZoneSameInstant(offset) : at.atZoneSameInstant(zone);
            }
            return ZonedDateTime.ofLocal(local, zone != null ? zone : siteZone, null);
        } catch (DateTimeException e) {
            throw new DateTimeException("\"" + text + "\" is not a valid date: " + e.getMessage());
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}

package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ISO 8601 dates as authors write them: {@code 2026-11-27}, {@code 2026-11-27T14:05},
 * {@code 2026-11-27 14:05:00}, with seconds and fractions or without, with an offset
 * ({@code Z}, {@code -04:00}, {@code -0400}, {@code -04}) or a zone ({@code [America/Caracas]})
 * or neither; and the forms Jekyll's posts use, which Ruby reads: {@code 2026/11/27} and a zone
 * abbreviation that names one offset ({@code 2026-11-27 14:05:00 EST}). A date without an offset is in the site's time zone, never the machine's. In a
 * daylight-saving gap the clock moves forward by the gap; in an overlap the earlier offset wins.
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})([-/])(\\d{2})\\2(\\d{2})"
            + "(?:[Tt ]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
            + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?|[A-Z]{2,4}(?![A-Za-z]))?"
            + "(?:\\[([A-Za-z0-9/_+-]+)])?");

    /**
     * The zone abbreviations Ruby's {@code Time.parse} reads, and so Jekyll, that name one offset
     * wherever they are written: the US and European ones. IST (India, Ireland or Israel) and
     * others that name several are refused rather than guessed.
     */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)));

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
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            LocalTime time = m.group(5) == null ? LocalTime.MIDNIGHT : LocalTime.of(
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt(m.group(7)),
                    m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "00000000").substring(0, 9)));
            LocalDateTime local = LocalDateTime.of(day, time);
            ZoneId zone = m.group(10) != null ? ZoneId.of(m.group(10)) : null;
            if (m.group(9) != null) {
                ZoneOffset offset = offset(m.group(9));
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
        if (Character.isLetter(text.charAt(0))) {
            ZoneOffset named = ABBREVIATIONS.get(text);
            if (named == null) {
                throw new DateTimeException("the zone " + text + " is not one Broadsheet knows or names one offset"
                        + " (write the offset instead, such as +05:30)");
            }
            return named;
        }
        String digits = text.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}

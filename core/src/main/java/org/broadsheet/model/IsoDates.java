package org.broadsheet.model;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as feeds, sitemaps and structured data write them: ISO 8601 with the offset,
 * {@code 2026-11-27T14:05:00-04:00}. Before about 1900 a zone's offset may have seconds (local
 * mean time: Caracas was -04:27:44), which RFC 3339 cannot write; such a date is written as
 * the same instant in UTC, {@code 1850-01-01T04:27:44Z}.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static String iso(ZonedDateTime date) {
        ZonedDateTime written = date.getOffset().getTotalSeconds() % 60 == 0 ? date
                : date.withZoneSameInstant(ZoneOffset.UTC);
        return written.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}

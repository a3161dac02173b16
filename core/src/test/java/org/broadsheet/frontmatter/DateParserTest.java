package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final ZoneId CARACAS = ZoneId.of("America/Caracas");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ZonedDateTime at(String iso) {
        return ZonedDateTime.parse(iso);
    }

    private static DateTimeException failure(String text) {
        return assertThrows(DateTimeException.class, () -> DateParser.parse(text, CARACAS));
    }

    @Test
    void aDateAloneIsMidnightInTheSiteZone() {
        assertEquals(at("2026-11-27T00:00-04:00[America/Caracas]"), DateParser.parse("2026-11-27", CARACAS));
    }

    @Test
    void dateTimeWithoutSecondsIsInTheSiteZone() {
        assertEquals(at("2026-11-27T14:05-04:00[America/Caracas]"), DateParser.parse("2026-11-27T14:05", CARACAS));
    }

    @Test
    void aSpaceMayStandForTheT() {
        assertEquals(at("2026-11-27T14:05:30-04:00[America/Caracas]"),
                DateParser.parse("2026-11-27 14:05:30", CARACAS));
        assertEquals(at("2026-11-27T14:05-04:00[America/Caracas]"), DateParser.parse("2026-11-27t14:05", CARACAS));
    }

    @Test
    void secondsAndFractionsAreKept() {
        ZonedDateTime withFraction = DateParser.parse("2026-11-27T14:05:30.25", CARACAS);
        ZonedDateTime withComma = DateParser.parse("2026-11-27T14:05:30,5", CARACAS);
        ZonedDateTime nanos = DateParser.parse("2026-11-27T14:05:30.123456789", CARACAS);

        assertEquals(30, withFraction.getSecond());
        assertEquals(250_000_000, withFraction.getNano());
        assertEquals(500_000_000, withComma.getNano());
        assertEquals(123_456_789, nanos.getNano());
    }

    @Test
    void zuluMeansUtc() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05:00Z", CARACAS);

        assertEquals(ZoneOffset.UTC, date.getOffset());
        assertEquals(at("2026-11-27T14:05:00Z").toInstant(), date.toInstant());
        assertEquals(date, DateParser.parse("2026-11-27T14:05:00z", CARACAS));
    }

    @Test
    void offsetsInEveryWrittenForm() {
        ZonedDateTime expected = at("2026-11-27T14:05:00+05:30");

        for (String text : List.of("2026-11-27T14:05:00+05:30", "2026-11-27T14:05:00+0530", "2026-11-27T14:05+05:30")) {
            ZonedDateTime date = DateParser.parse(text, CARACAS);
            assertEquals(expected.toInstant(), date.toInstant(), text);
            assertEquals(ZoneOffset.ofHoursMinutes(5, 30), date.getOffset(), text);
        }
    }

    @Test
    void anHourOnlyOffsetIsAccepted() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05:00-04", BERLIN);

        assertEquals(ZoneOffset.ofHours(-4), date.getOffset());
        assertEquals(14, date.getHour());
    }

    @Test
    void negativeOffsetsWithMinutesKeepTheirSign() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05:00-03:30", CARACAS);

        assertEquals(ZoneOffset.ofHoursMinutes(-3, -30), date.getOffset());
        assertEquals(at("2026-11-27T17:35:00Z").toInstant(), date.toInstant());
    }

    @Test
    void anOffsetWinsOverTheSiteZone() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05:00+01:00", CARACAS);

        assertEquals(ZoneOffset.ofHours(1), date.getOffset());
        assertEquals(14, date.getHour());
    }

    @Test
    void aBracketedZoneIsUsed() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05[Europe/Berlin]", CARACAS);

        assertEquals(at("2026-11-27T14:05+01:00[Europe/Berlin]"), date);
    }

    @Test
    void anOffsetAndAZoneGiveTheZonesTimeOfThatInstant() {
        ZonedDateTime date = DateParser.parse("2026-11-27T14:05:00-04:00[Europe/Berlin]", CARACAS);

        assertEquals(BERLIN, date.getZone());
        assertEquals(at("2026-11-27T18:05:00Z").toInstant(), date.toInstant());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(DateParser.parse("2026-11-27", CARACAS), DateParser.parse("  2026-11-27 \n", CARACAS));
    }

    @Test
    void noOffsetMeansTheSiteZoneNotTheMachines() {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            ZonedDateTime date = DateParser.parse("2026-11-27T10:00", CARACAS);

            assertEquals(CARACAS, date.getZone());
            assertEquals(ZoneOffset.ofHours(-4), date.getOffset());
            assertEquals(10, date.getHour());
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void aTimeInTheDaylightSavingGapMovesForward() {
        ZonedDateTime date = DateParser.parse("2025-03-30T02:30", BERLIN);

        assertEquals(at("2025-03-30T03:30+02:00[Europe/Berlin]"), date);
    }

    @Test
    void aTimeInTheDaylightSavingOverlapTakesTheEarlierOffset() {
        ZonedDateTime date = DateParser.parse("2025-10-26T02:30", BERLIN);

        assertEquals(ZoneOffset.ofHours(2), date.getOffset());
        assertEquals(2, date.getHour());
        assertEquals(30, date.getMinute());
    }

    @Test
    void leapDayOfALeapYearIsValid() {
        assertEquals(29, DateParser.parse("2024-02-29", CARACAS).getDayOfMonth());
    }

    @Test
    void leapDayOfACommonYearIsAnError() {
        DateTimeException e = failure("2023-02-29");

        assertTrue(e.getMessage().startsWith("\"2023-02-29\" is not a valid date: "), e.getMessage());
    }

    @Test
    void impossibleTimesAndOffsetsAreErrors() {
        for (String text : List.of("2026-13-01", "2026-11-31", "2026-11-27T24:00", "2026-11-27T12:60",
                "2026-11-27T12:00:61", "2026-11-27T12:00+19:00", "2026-11-27T12:00[Mars/Olympus_Mons]")) {
            DateTimeException e = failure(text);
            assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a valid date: "), e.getMessage());
        }
    }

    @Test
    void wordsAreNotIso8601() {
        DateTimeException e = failure("yesterday");

        assertEquals("\"yesterday\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)", e.getMessage());
    }

    @Test
    void dayMonthYearIsNotIso8601() {
        DateTimeException e = failure("27/11/2026");

        assertTrue(e.getMessage().contains("is not ISO 8601"), e.getMessage());
        assertTrue(e.getMessage().startsWith("\"27/11/2026\""), e.getMessage());
    }

    @Test
    void otherNearMissesAreNotIso8601() {
        for (String text : List.of("", "2026-11", "2026-1-27", "26-11-27", "2026-11-27T14", "2026/11-27",
                "2026-11-27T14:05:00 est", "2026-11-27T14:05:00.1234567890", "November 27, 2026")) {
            assertTrue(failure(text).getMessage().contains("is not ISO 8601"), text);
        }
    }

    @Test
    void jekyllsSlashesAndTheZoneAbbreviationsRubyReadsAreAccepted() {
        assertEquals("2019-07-02T15:00Z", DateParser.parse("2019-07-02 10:00:00 EST", CARACAS).withZoneSameInstant(ZoneOffset.UTC).toString());
        assertEquals("2019-07-02T08:00Z", DateParser.parse("2019-07-02 10:00 CEST", CARACAS).withZoneSameInstant(ZoneOffset.UTC).toString());
        assertEquals("2019-07-02T10:00Z", DateParser.parse("2019-07-02 10:00:00 GMT", CARACAS).withZoneSameInstant(ZoneOffset.UTC).toString());
        assertEquals("2019-07-02T00:00-04:00[America/Caracas]", DateParser.parse("2019/07/02", CARACAS).toString());
    }

    @Test
    void anAmbiguousOrUnknownZoneAbbreviationIsAnError() {
        for (String text : List.of("2019-07-02 10:00:00 IST", "2019-07-02 10:00:00 XYZ")) {
            assertTrue(failure(text).getMessage().contains("is not one Broadsheet knows or names one offset"), text);
        }
    }
}

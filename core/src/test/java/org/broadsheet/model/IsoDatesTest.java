package org.broadsheet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

    private static final ZoneId CARACAS = ZoneId.of("America/Caracas");

    @Test
    void aDateIsWrittenWithItsOffset() {
        assertEquals("2026-11-27T14:05:00-04:00", IsoDates.iso(LocalDateTime.of(2026, 11, 27, 14, 5).atZone(CARACAS)));
    }

    /** Caracas kept local mean time, -04:27:44, until 1890: RFC 3339 has no seconds in an offset. */
    @Test
    void aDateWhoseOffsetHasSecondsIsTheSameInstantInUtc() {
        assertEquals("1850-01-01T04:27:44Z", IsoDates.iso(LocalDateTime.of(1850, 1, 1, 0, 0).atZone(CARACAS)));
    }
}

package org.broadsheet;

import java.time.Instant;

/** The "now" of a build a person or a tool starts: the command line's, the Maven plugin's. */
public final class BuildClock {

    private BuildClock() {
    }

    /** {@code SOURCE_DATE_EPOCH} when set, for reproducible builds; else the current time. */
    public static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now();
    }
}

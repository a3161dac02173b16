package org.broadsheet;

import java.nio.file.Path;
import java.time.Instant;

/** The "newsroom" fixture site built once per test class, with a fixed build time. */
final class NewsroomSite {

    static final Instant NOW = Instant.parse("2026-01-07T12:00:00Z");

    private NewsroomSite() {
    }

    /** Copies the fixture into {@code dir} and builds it; fails the test if the build fails. */
    static TestSite build(Path dir, String... args) {
        return TestSite.copyOf("sites/newsroom", dir).built(args);
    }
}

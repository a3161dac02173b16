package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options that decide a build's output, which the build cache compares. */
class BuildRequestTest {

    private final BuildRequest request = new BuildRequest(Path.of("gazette"), Path.of("gazette/site"), false, false,
            Instant.parse("2026-12-05T10:00:00Z"), BuildProgress.NONE);

    @Test
    void everyOptionThatChangesTheSiteChangesTheOutputOptions() {
        List<BuildRequest> others = List.of(request.withDrafts(true), request.withFuture(true),
                request.withOutput(Path.of("elsewhere")), request.withCacheName("check"),
                new BuildRequest(Path.of("other"), request.output(), false, false, request.now(), BuildProgress.NONE));
        for (BuildRequest other : others) {
            assertNotEquals(request.outputOptions(), other.outputOptions(), other.toString());
        }
    }

    @Test
    void theListenerAndTheClockAreNotOutputOptions() {
        BuildRequest other = request.at(Instant.parse("2030-01-01T00:00:00Z")).withProgress(new BuildProgress() {
        });
        assertEquals(request.outputOptions(), other.outputOptions());
    }

    @Test
    void aRelativeAndAnAbsolutePathToTheSameFolderAreTheSameOption() {
        BuildRequest absolute = new BuildRequest(Path.of("gazette").toAbsolutePath(),
                Path.of("gazette/site").toAbsolutePath(), false, false, request.now(), BuildProgress.NONE);
        assertEquals(request.outputOptions(), absolute.outputOptions());
    }
}

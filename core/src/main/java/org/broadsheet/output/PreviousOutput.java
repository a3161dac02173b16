package org.broadsheet.output;

import java.util.Map;

/**
 * What the last build wrote into the output folder, from the build cache: each file's
 * fingerprints, and the build id the output folder's marker must name for them to be trusted.
 */
public record PreviousOutput(String buildId, Map<String, SiteWriter.OutputFile> files) {

    /** Nothing known: every file is compared with what is on disk. */
    public static final PreviousOutput NONE = new PreviousOutput("", Map.of());

    public PreviousOutput {
        files = Map.copyOf(files);
    }
}

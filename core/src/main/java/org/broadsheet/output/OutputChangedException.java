package org.broadsheet.output;

import java.nio.file.Path;

/**
 * A file the last build wrote, which this build meant to keep, is gone from the output folder:
 * someone changed the folder by hand. The build is then run again without trusting the old site.
 */
public final class OutputChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputChangedException(String message) {
        super(message);
    }

    /** The file at {@code path}, kept from the last build's site, is no longer in {@code output}. */
    static OutputChangedException removed(String path, Path output) {
        return new OutputChangedException(path + " was removed from " + output + " since the last build");
    }
}

package org.broadsheet;

import org.broadsheet.run.StageListener;

/**
 * Told how a build advances, so that the command line can draw a progress bar or print plain
 * lines while {@link Broadsheet#build} itself prints nothing: each stage as it begins, advances
 * and ends ({@link StageListener}), and waits for something outside the build. Items advance
 * from several threads at once, so implementations must be thread-safe.
 */
public interface BuildProgress extends StageListener {

    /** Shows nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /**
     * The build waits for something outside it, such as another build writing the same output
     * folder; {@code why} says what, in a sentence.
     */
    default void waiting(String why) {
    }
}

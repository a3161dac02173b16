package org.broadsheet;

/**
 * Told how a build advances, so that the command line can draw a progress bar or print plain
 * lines while {@link Broadsheet#build} itself prints nothing. Items advance from several
 * threads at once, so implementations must be thread-safe.
 */
public interface BuildProgress {

    /** Shows nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A stage begins; {@code items} is how many steps it counts (files, pages), or 0 when it counts none. */
    default void stageStarted(String stage, int items) {
    }

    /** One more item of the current stage is done. */
    default void itemDone() {
    }

    /**
     * The build waits for something outside it, such as another build writing the same output
     * folder; {@code why} says what, in a sentence.
     */
    default void waiting(String why) {
    }

    /** The stage ended after {@code millis}. */
    default void stageFinished(String stage, long millis) {
    }
}

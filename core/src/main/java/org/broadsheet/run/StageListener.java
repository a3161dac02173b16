package org.broadsheet.run;

/**
 * Told as the stages of a build begin, advance and end. Items advance from several threads at
 * once, so implementations must be thread-safe.
 */
public interface StageListener {

    /** A stage begins; {@code items} is how many steps it counts (files, pages), or 0 when it counts none. */
    default void stageStarted(String stage, int items) {
    }

    /** One more item of the current stage is done. */
    default void itemDone() {
    }

    /** The stage ended after {@code millis}. */
    default void stageFinished(String stage, long millis) {
    }
}

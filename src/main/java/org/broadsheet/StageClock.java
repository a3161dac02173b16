package org.broadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the stages of one build, for {@code --verbose}, and tells the progress listener. */
final class StageClock {

    private final List<BuildResult.StageTime> times = new ArrayList<>();
    private final long start = System.nanoTime();
    private final BuildProgress progress;

    StageClock(BuildProgress progress) {
        this.progress = progress;
    }

    <T> T time(String stage, Supplier<T> work) {
        return time(stage, 0, work);
    }

    /** Times a stage of {@code items} steps, each of which the work reports with {@link BuildProgress#itemDone()}. */
    <T> T time(String stage, int items, Supplier<T> work) {
        progress.stageStarted(stage, items);
        long t0 = System.nanoTime();
        T result = work.get();
        Runtime rt = Runtime.getRuntime();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        times.add(new BuildResult.StageTime(stage, millis, (rt.totalMemory() - rt.freeMemory()) >> 20));
        progress.stageFinished(stage, millis);
        return result;
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    List<BuildResult.StageTime> times() {
        return times;
    }
}

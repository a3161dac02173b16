package org.broadsheet.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the stages of one build, for {@code --verbose}, and tells the listener. */
public final class StageClock {

    private final List<StageTime> times = new ArrayList<>();
    private final long start = System.nanoTime();
    private final StageListener listener;

    public StageClock(StageListener listener) {
        this.listener = listener;
    }

    /** The value of {@code work}, timed as {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        return time(stage, 0, work);
    }

    /** Times a stage of {@code items} steps, each of which the work reports with {@link StageListener#itemDone()}. */
    public <T> T time(String stage, int items, Supplier<T> work) {
        listener.stageStarted(stage, items);
        long t0 = System.nanoTime();
        T result = work.get();
        Runtime rt = Runtime.getRuntime();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        times.add(new StageTime(stage, millis, (rt.totalMemory() - rt.freeMemory()) >> 20));
        listener.stageFinished(stage, millis);
        return result;
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Milliseconds since the clock was made. */
    public long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The stages timed so far, in order. */
    public List<StageTime> times() {
        return List.copyOf(times);
    }
}

package org.broadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times the stages of one build, for {@code --verbose}. */
final class StageClock {

    private final List<BuildResult.StageTime> times = new ArrayList<>();
    private final long start = System.nanoTime();

    <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        Runtime rt = Runtime.getRuntime();
        times.add(new BuildResult.StageTime(stage, (System.nanoTime() - t0) / 1_000_000,
                (rt.totalMemory() - rt.freeMemory()) >> 20));
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

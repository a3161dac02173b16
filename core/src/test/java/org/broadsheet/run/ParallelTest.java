package org.broadsheet.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work, for the build and for {@code check}: it ends only when all of it has ended. */
class ParallelTest {

    @Test
    void returnsTheValueOfTheWork() {
        assertEquals(500_500, Parallel.run(() -> IntStream.rangeClosed(1, 1000).parallel().sum()));
    }

    @Test
    void whenTheWorkFailsItThrowsOnlyOnceEveryTaskItStartedHasEnded() {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> Parallel.run(() -> {
            // as a parallel stream whose item fails while another one still runs
            ForkJoinTask.adapt(() -> {
                started.countDown();
                sleep(100); // a task still writing into a folder that the caller deletes once the work has thrown
                ended.set(true);
            }).fork();
            started.await(5, TimeUnit.SECONDS);
            throw new IllegalStateException("an item fails");
        }));
        assertTrue(failure.getMessage().contains("an item fails"), failure.getMessage());
        assertTrue(ended.get(), "a task was still running when the work threw");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

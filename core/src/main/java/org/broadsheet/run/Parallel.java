package org.broadsheet.run;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Runs parallel streams on a pool as wide as the machine: the common pool leaves a core idle.
 * It returns, or throws, only once every task of the pool has ended: when one item fails, a
 * parallel stream throws at once while its other tasks still run, and they must not go on
 * writing into a staging folder that is being deleted, or into the retry's.
 */
public final class Parallel {

    private Parallel() {
    }

    /** The value of {@code work}, run on a pool of its own, once every task it started has ended. */
    public static <T> T run(Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
            awaitEnd(pool);
        }
    }

    private static void awaitEnd(ForkJoinPool pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the tasks still end by themselves; wait for them, then say so
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

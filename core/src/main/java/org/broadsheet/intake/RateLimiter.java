package org.broadsheet.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Limits posts per client address with a token bucket: an address may post {@code perMinute}
 * times at once, and gets one more every {@code 60 / perMinute} seconds. Buckets that have
 * filled up again are forgotten from time to time, so memory stays bounded by the addresses
 * seen in the last minute. Thread-safe.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** How often (in calls) full buckets are swept away. */
    private static final int SWEEP_EVERY = 4096;

    private final int perMinute;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    /** @param nanoTime the clock, {@code System::nanoTime} outside tests */
    RateLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanosPerToken = MINUTE_NANOS / perMinute;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one post from the address's allowance.
     *
     * @return 0 when it may post, else the seconds until it may again
     */
    long acquire(String address) {
        long now = nanoTime.getAsLong();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
    }

    /** One address's tokens: full at first, spent one per post, refilled with time. */
    private final class Bucket {
        private double tokens = perMinute;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) * nanosPerToken / 1e9));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            tokens = Math.min(perMinute, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}

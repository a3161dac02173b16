package org.broadsheet.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, now::get);

    @Test
    void anAddressMayBurstUpToTheLimitThenWaitsForTheNextToken() {
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(20, limiter.acquire("a"));
        now.addAndGet(15_000_000_000L);
        assertEquals(5, limiter.acquire("a"));
        now.addAndGet(5_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void aQuietAddressGetsItsWholeAllowanceBackButNoMore() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(3_600_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(20, limiter.acquire("a"));
    }
}

package thw2.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TimingTest {
    /** The task runs exactly as often as asked, and the median of sleeps of 0, 20 and 0 ms is one of the short ones. */
    @Test
    void runsTheTaskAndTakesTheMiddleTime() {
        int[] calls = {0};
        double ms = Timing.medianMillis(() -> {
            if (calls[0]++ == 1) {
                sleep(20);
            }
        }, 3);
        assertEquals(3, calls[0]);
        assertTrue(ms >= 0 && ms < 20, "median " + ms + " ms");
    }

    /** Three sleeps of at least 5 ms: the median is at least 5 ms. */
    @Test
    void theMedianOfSlowRunsIsSlow() {
        assertTrue(Timing.medianMillis(() -> sleep(5), 3) >= 5);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Timing.medianMillis(null, 3));
        assertThrows(IllegalArgumentException.class, () -> Timing.medianMillis(() -> { }, 0));
        assertThrows(IllegalArgumentException.class, () -> Timing.medianMillis(() -> { }, Timing.MAX_REPETITIONS + 1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

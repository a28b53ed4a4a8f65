package thw2.random;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class SeedsTest {
    /** How many of the first {@code draws} longs of steps 1..steps repeat a value drawn before. */
    private static int repeats(LongFunction<SplittableRandom> streamForStep, int steps, int draws) {
        long[] all = new long[steps * draws];
        int n = 0;
        for (int t = 1; t <= steps; t++) {
            SplittableRandom r = streamForStep.apply(t);
            for (int k = 0; k < draws; k++) {
                all[n++] = r.nextLong();
            }
        }
        Arrays.sort(all);
        int repeated = 0;
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                repeated++;
            }
        }
        return repeated;
    }

    @Test
    void streamsOfDifferentStepsDoNotOverlap() {
        assertEquals(0, repeats(t -> Seeds.forStep(2023, t), 1000, 1000));
        assertEquals(0, repeats(t -> Seeds.forStep(0, t), 1000, 1000));
        // the naive per-step seeding that this class replaces fails the same test badly
        int naive = repeats(t -> new SplittableRandom(2023 ^ (0x9E3779B97F4A7C15L * t)), 1000, 1000);
        assertTrue(naive > 100_000, "naive seeding repeats " + naive + " values");
    }

    @Test
    void streamsAreReproducibleAndSeedDependent() {
        assertEquals(Seeds.forStep(5, 9).nextLong(), Seeds.forStep(5, 9).nextLong());
        assertNotEquals(Seeds.forStep(5, 9).nextLong(), Seeds.forStep(6, 9).nextLong());
        assertNotEquals(Seeds.forStep(5, 9).nextLong(), Seeds.forStep(5, 10).nextLong());
    }
}

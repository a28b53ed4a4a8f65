package thw2.random;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShuffleTest {
    @Test
    void producesAPermutationAndIsReproducible() {
        int[] a = new int[1000];
        Arrays.setAll(a, i -> i);
        int[] b = a.clone();
        Shuffle.inPlace(a, new SplittableRandom(7));
        Shuffle.inPlace(b, new SplittableRandom(7));
        assertArrayEquals(a, b);
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertFalse(Arrays.equals(a, sorted), "1000 elements left in order: not shuffled");
    }

    @Test
    void everyPermutationOfThreeIsEquallyLikely() {
        int n = 60_000;
        Map<String, Integer> counts = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < n; k++) {
            int[] a = {0, 1, 2};
            Shuffle.inPlace(a, rng);
            counts.merge(Arrays.toString(a), 1, Integer::sum);
        }
        assertEquals(6, counts.size());
        double expected = n / 6.0;
        double sd = Math.sqrt(n * (1 / 6.0) * (5 / 6.0)); // binomial standard deviation
        for (var e : counts.entrySet()) {
            assertTrue(Math.abs(e.getValue() - expected) < 5 * sd, e.getKey() + ": " + e.getValue());
        }
    }

    @Test
    void nullsAreNamed() {
        assertEquals("a must not be null", assertThrows(IllegalArgumentException.class,
                () -> Shuffle.inPlace(null, new SplittableRandom(1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shuffle.inPlace(new int[2], null));
    }
}

package thw2.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MinibatchSamplerTest {
    @Test
    void severalBatchesAreSuccessiveDraws() {
        for (Sampling s : Sampling.values()) {
            MinibatchSampler a = new MinibatchSampler(20, 6, s, 9);
            MinibatchSampler b = new MinibatchSampler(20, 6, s, 9);
            int[][] batches = a.next(5);
            assertEquals(5, batches.length);
            for (int[] batch : batches) {
                assertArrayEquals(b.next(), batch);
            }
            assertArrayEquals(b.next(), a.next());
        }
        assertThrows(IllegalArgumentException.class, () -> new MinibatchSampler(20, 6, Sampling.WITH_REPLACEMENT, 1).next(0));
    }
}

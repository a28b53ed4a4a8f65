package thw2.digits;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {
    private static final int[] LABELS = IntStream.range(0, 1003).map(i -> (i * i + 3 * i) % 7).toArray();

    @Test
    void partitionsTheIndicesByClassProportion() {
        StratifiedSplit s = StratifiedSplit.of(LABELS, 0.3, 42);
        int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, LABELS.length).toArray(), all, "disjoint and complete");
        assertEquals(Math.round(0.3 * LABELS.length), s.test().length);
        int[] perClass = new int[7];
        int[] testPerClass = new int[7];
        for (int l : LABELS) {
            perClass[l]++;
        }
        for (int i : s.test()) {
            testPerClass[LABELS[i]]++;
        }
        for (int c = 0; c < 7; c++) {
            if (perClass[c] > 0) {
                assertTrue(Math.abs(testPerClass[c] - 0.3 * perClass[c]) < 1.0, "class " + c);
            }
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertArrayEquals(StratifiedSplit.of(LABELS, 0.2, 7).test(), StratifiedSplit.of(LABELS, 0.2, 7).test());
        assertFalse(Arrays.equals(StratifiedSplit.of(LABELS, 0.2, 7).test(), StratifiedSplit.of(LABELS, 0.2, 8).test()));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.of(LABELS, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> StratifiedSplit.of(new int[] {0, -1}, 0.5, 1));
    }
}

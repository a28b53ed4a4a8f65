package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DenseArchitectureTest {
    /** Counts parameters one by one: every (input unit, output unit) connection, every bias unit. */
    private static long enumerate(int[] widths, boolean[] bias) {
        long count = 0;
        for (int l = 1; l < widths.length; l++) {
            for (int out = 0; out < widths[l]; out++) {
                for (int in = 0; in < widths[l - 1]; in++) {
                    count++;
                }
                if (bias[l - 1]) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void seedNetworkHas661Parameters() {
        DenseArchitecture a = DenseArchitecture.uniformHidden(20, 10, 5, 1);
        assertArrayEquals(new int[] {20, 10, 10, 10, 10, 10, 1}, a.widths());
        assertEquals(661, a.parameterCount());
        assertEquals(enumerate(a.widths(), new boolean[] {true, true, true, true, true, true}), a.parameterCount());
    }

    @Test
    void countsMatchEnumerationForManyShapesAndBiasPatterns() {
        int[][] shapes = {{1, 1}, {3, 5, 2}, {7, 1, 7, 1}, {4, 6, 6, 3, 2}};
        for (int[] w : shapes) {
            int layers = w.length - 1;
            for (int mask = 0; mask < (1 << layers); mask++) {
                boolean[] b = new boolean[layers];
                for (int i = 0; i < layers; i++) {
                    b[i] = (mask >> i & 1) == 1;
                }
                DenseArchitecture a = DenseArchitecture.of(w, b);
                assertEquals(enumerate(w, b), a.parameterCount());
                long sum = 0;
                for (int l = 0; l < layers; l++) {
                    sum += a.parameterCount(l);
                }
                assertEquals(sum, a.parameterCount());
            }
        }
    }

    @Test
    void breakdownTableHasOneRowPerLayerAndATotal() {
        DenseArchitecture a = DenseArchitecture.of(new int[] {3, 4, 2}, new boolean[] {true, false});
        Table t = a.breakdown();
        assertEquals(3, t.rowCount());
        assertEquals(16L, t.longColumn("parameters").get(0));
        assertEquals(8L, t.longColumn("parameters").get(1));
        assertEquals(24L, t.longColumn("parameters").get(2));
        assertEquals("3 \u2192 4 \u2192 2 (no bias)", a.toString());
    }

    @Test
    void countAgreesWithTheArraysAnMlpAllocates() {
        Mlp net = Mlp.builder(20, 10, 10, 10, 10, 10, 1).biases(true, false, true, true, false, true).build();
        DenseArchitecture a = DenseArchitecture.of(net);
        assertEquals(net.parameterCount(), a.parameterCount());
        assertEquals(net.parameters().length, a.parameterCount());
        assertEquals(661 - 20, a.parameterCount());
        assertFalse(a.hasBias(1));
        assertEquals(100, a.parameterCount(1));
    }

    /** Counts the γ and β of batch-normalized layers one by one (trainable), or their running mean and variance. */
    private static long enumerateBatchNorm(int[] widths, boolean[] batchNorm) {
        long count = 0;
        for (int l = 1; l < widths.length; l++) {
            if (batchNorm[l - 1]) {
                for (int unit = 0; unit < widths[l]; unit++) {
                    count += 2; // γ and β of this unit (or its running mean and running variance)
                }
            }
        }
        return count;
    }

    @Test
    void seedNetworkWithBatchNormAfterEveryHiddenLayer() {
        // By hand: weights 20·10 + 4·10·10 + 10·1 = 610; with the five hidden biases dropped only the
        // output bias (1) is left; γ and β for 5·10 units: 100. Trainable 610 + 1 + 100 = 711.
        // Running mean and variance for the same 50 units: 100, not trained.
        DenseArchitecture a = DenseArchitecture.uniformHidden(20, 10, 5, 1).withBatchNormOnHiddenLayers(true);
        assertEquals(711, a.parameterCount());
        assertEquals(100, a.runningStatisticCount());
        assertEquals(200 + 20, a.parameterCount(0));
        assertEquals(20, a.runningStatisticCount(0));
        assertEquals(100 + 20, a.parameterCount(4));
        assertEquals(11, a.parameterCount(5));
        assertEquals(0, a.runningStatisticCount(5));
        assertFalse(a.hasBias(0));
        assertTrue(a.hasBias(5));
        assertTrue(a.hasBatchNorm(4));
        assertFalse(a.hasBatchNorm(5));
        // Keeping the (redundant) hidden biases: 661 + 100 = 761 trainable, still 100 running statistics.
        DenseArchitecture kept = DenseArchitecture.uniformHidden(20, 10, 5, 1).withBatchNormOnHiddenLayers(false);
        assertEquals(761, kept.parameterCount());
        assertEquals(100, kept.runningStatisticCount());
    }

    @Test
    void smallNetworkWithBatchNormCountedByHand() {
        // 3 → 4 (bias, BN) → 2 (no bias, BN): weights 12 + 8, biases 4, γ and β 8 + 4: trainable 36;
        // running statistics 8 + 4 = 12.
        DenseArchitecture a = DenseArchitecture.of(new int[] {3, 4, 2}, new boolean[] {true, false},
                new boolean[] {true, true});
        assertEquals(36, a.parameterCount());
        assertEquals(12, a.runningStatisticCount());
        assertEquals(8, a.batchNormScaleShiftCount(0));
        assertEquals(4, a.runningStatisticCount(1));
        assertEquals("3 \u2192 4 + BN \u2192 2 (no bias) + BN", a.toString());
        Table t = a.breakdown();
        assertEquals(36L, t.longColumn("trainable").get(2));
        assertEquals(12L, t.longColumn("γ and β").get(2));
        assertEquals(12L, t.longColumn("running statistics (not trained)").get(2));
        assertEquals(12L + 4 + 8, t.longColumn("trainable").get(0));
    }

    @Test
    void batchNormCountsMatchEnumerationForEveryPattern() {
        int[][] shapes = {{1, 1}, {3, 5, 2}, {7, 1, 7, 1}, {4, 6, 6, 3, 2}};
        for (int[] w : shapes) {
            int layers = w.length - 1;
            for (int mask = 0; mask < (1 << (2 * layers)); mask++) {
                boolean[] b = new boolean[layers];
                boolean[] bn = new boolean[layers];
                for (int i = 0; i < layers; i++) {
                    b[i] = (mask >> i & 1) == 1;
                    bn[i] = (mask >> (layers + i) & 1) == 1;
                }
                DenseArchitecture a = DenseArchitecture.of(w, b, bn);
                assertEquals(enumerate(w, b) + enumerateBatchNorm(w, bn), a.parameterCount());
                assertEquals(enumerateBatchNorm(w, bn), a.runningStatisticCount());
                assertEquals(a, DenseArchitecture.of(w, b, bn));
            }
        }
    }

    @Test
    void batchNormChangesIdentity() {
        DenseArchitecture plain = DenseArchitecture.of(new int[] {3, 4, 2}, new boolean[] {true, true});
        DenseArchitecture bn = DenseArchitecture.of(new int[] {3, 4, 2}, new boolean[] {true, true},
                new boolean[] {true, false});
        assertNotEquals(plain, bn);
        assertEquals(plain, DenseArchitecture.of(new int[] {3, 4, 2}, new boolean[] {true, true},
                new boolean[] {false, false}));
        assertEquals(6, plain.breakdown().columnCount());
        assertFalse(plain.breakdown().columnNames().contains("γ and β"));
    }

    @Test
    void hugeLayersOverflowLoudly() {
        DenseArchitecture a = DenseArchitecture.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
                Integer.MAX_VALUE);
        assertEquals((long) Integer.MAX_VALUE * Integer.MAX_VALUE + Integer.MAX_VALUE, a.parameterCount(0));
        assertThrows(ArithmeticException.class, a::parameterCount);
    }

    @Test
    void badArchitecturesAreRejectedWithTheArgumentNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DenseArchitecture.of(20, 0, 1));
        assertTrue(e.getMessage().contains("widths[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DenseArchitecture.of(20, -3, 1));
        assertThrows(IllegalArgumentException.class, () -> DenseArchitecture.of(20));
        assertThrows(IllegalArgumentException.class, () -> DenseArchitecture.of());
        assertThrows(IllegalArgumentException.class,
                () -> DenseArchitecture.of(new int[] {2, 3}, new boolean[] {true, true}));
        assertThrows(IllegalArgumentException.class, () -> DenseArchitecture.uniformHidden(2, 3, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> DenseArchitecture.of(2, 3).parameterCount(1));
        e = assertThrows(IllegalArgumentException.class,
                () -> DenseArchitecture.of(new int[] {2, 3}, new boolean[] {true}, new boolean[] {true, false}));
        assertTrue(e.getMessage().contains("batchNorm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DenseArchitecture.of(new int[] {2, 3}, new boolean[] {true}, null));
        assertTrue(e.getMessage().contains("batchNorm"), e.getMessage());
    }
}

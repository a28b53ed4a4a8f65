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
    }
}

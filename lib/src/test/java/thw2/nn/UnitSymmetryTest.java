package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitSymmetryTest {
    private static final double[][] X = {{0.5, -1}, {1, 2}, {-1.5, 0.25}, {0, 1}};
    private static final double[][] T = {{1}, {0}, {1}, {0}};

    @Test
    void equalUnitsStayEqualAndRandomOnesDiffer() {
        int[] recorded = {0, 1, 5, 20};
        Mlp constant = Mlp.builder(2, 3, 3, 1).init(Init.constant(0.5)).outputActivation(Activation.IDENTITY).build();
        UnitSymmetry.SpreadHistory equal = UnitSymmetry.spreadDuringTraining(constant, Loss.SIGMOID_CROSS_ENTROPY, X, T, 0.5, recorded);
        assertEquals(0.0, equal.peak(), "bit-identical updates keep the spread exactly 0");
        assertArrayEquals(recorded, equal.steps());
        Mlp random = Mlp.builder(2, 3, 3, 1).init(Init.xavier()).seed(4).outputActivation(Activation.IDENTITY).build();
        UnitSymmetry.SpreadHistory differ = UnitSymmetry.spreadDuringTraining(random, Loss.SIGMOID_CROSS_ENTROPY, X, T, 0.5, recorded);
        assertEquals(random.unitSpread(0), differ.layer(0)[0], "step 0 is the start");
        assertEquals(random.unitSpread(1), differ.spread()[1][0]);
        assertTrue(differ.peak(0) > 0 && differ.peak(1) > 0);
        // the trained network is the one 20 full-batch steps give; the start is not modified
        double[] start = random.parameters();
        random.fullBatchGradientDescent(Loss.SIGMOID_CROSS_ENTROPY, X, T, 0.5, 20);
        assertArrayEquals(random.parameters(), differ.trained().parameters());
        assertArrayEquals(start, Mlp.builder(2, 3, 3, 1).init(Init.xavier()).seed(4).outputActivation(Activation.IDENTITY)
                .build().parameters());
        assertThrows(IllegalArgumentException.class, () -> UnitSymmetry.spreadDuringTraining(constant,
                Loss.SIGMOID_CROSS_ENTROPY, X, T, 0.5, new int[] {0, 3, 3}));
    }

    @Test
    void historyByHand() {
        var h = new UnitSymmetry.SpreadHistory(new int[] {0, 10, 20}, new double[][] {{0, 0.5, 0.25}, {0, 2, 1}},
                Mlp.builder(2, 2, 2, 1).build());
        assertEquals(0.5, h.peak(0));
        assertEquals(2, h.peak(1));
        assertEquals(2, h.peak());
        Map<String, UnitSymmetry.SpreadHistory> runs = new LinkedHashMap<>();
        runs.put("random", h);
        Map<String, double[]> curves = UnitSymmetry.spreadCurves(runs);
        assertEquals(List.of("random, layer 1", "random, layer 2"), List.copyOf(curves.keySet()));
        assertArrayEquals(new double[] {0, 2, 1}, curves.get("random, layer 2"));
        assertThrows(IllegalArgumentException.class, () -> new UnitSymmetry.SpreadHistory(new int[] {0, 0},
                new double[][] {{0, 0}}, Mlp.builder(2, 2, 1).build()));
    }

    @Test
    void entrySpreadByHand() {
        assertEquals(1.0, UnitSymmetry.entrySpread(new double[][] {{1, 2}, {0.5, 1}}));
        assertEquals(0.0, UnitSymmetry.entrySpread(new double[][] {{3, 3}, {3, 3}}));
        assertThrows(IllegalArgumentException.class, () -> UnitSymmetry.entrySpread(new double[][] {{}}));
    }

    @Test
    void narrowEquivalentByHand() {
        // 2 → 3 → 2 → 1, every hidden unit alike: W_0 rows (0.5, −1), b_0 0.25; W_1 entries 0.4, b_1 −0.1;
        // W_2 entries 2, b_2 0.3. The narrow net: W'_0 = (0.5, −1), b'_0 = 0.25, W'_1 = 3·0.4, b'_1 = −0.1,
        // W'_2 = 2·2, b'_2 = 0.3.
        double[] theta = {0.5, -1, 0.5, -1, 0.5, -1, 0.25, 0.25, 0.25,
            0.4, 0.4, 0.4, 0.4, 0.4, 0.4, -0.1, -0.1,
            2, 2, 0.3};
        Mlp wide = Mlp.builder(2, 3, 2, 1).outputActivation(Activation.IDENTITY).build().withParameters(theta);
        Mlp narrow = UnitSymmetry.narrowEquivalent(wide);
        assertArrayEquals(new int[] {2, 1, 1, 1}, narrow.widths());
        assertArrayEquals(new double[] {0.5, -1, 0.25, 3 * 0.4, -0.1, 2 * 2, 0.3}, narrow.parameters());
        assertEquals(Activation.IDENTITY, narrow.activation(2));
        double[][] a = wide.predict(X);
        double[][] b = narrow.predict(X);
        for (int i = 0; i < X.length; i++) {
            assertEquals(a[i][0], b[i][0], 1e-15);
        }
        theta[3] = -0.9; // the second hidden unit now differs
        assertThrows(IllegalArgumentException.class, () -> UnitSymmetry.narrowEquivalent(wide.withParameters(theta)));
    }
}

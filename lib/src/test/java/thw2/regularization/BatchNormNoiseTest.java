package thw2.regularization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import thw2.stats.RunningStats;

class BatchNormNoiseTest {
    @Test
    void gaussianFormulasByHand() {
        // first order: (1 + z²/2)/B = (1 + 2)/4 at z = 2, B = 4; with the own share, times (1 + z²/B)⁻³ = 1/8
        assertEquals(Math.sqrt(0.75), BatchNormNoise.firstOrderGaussianStandardDeviation(2, 4), 1e-15);
        assertEquals(Math.sqrt(0.75 / 8), BatchNormNoise.ownShareGaussianStandardDeviation(2, 4), 1e-15);
        // B = 2: x̂ = ±1 with probability 1/2 each at z = 0, variance 1
        assertEquals(1, BatchNormNoise.exactGaussianVariance(0, 2), 1e-15);
        assertEquals(1, BatchNormNoise.exactGaussianStandardDeviation(0, 2), 1e-15);
        // B = 3, z = 0: E x̂² = √3 − 1 and E x̂ = 0 (see BatchNormStatisticsTest)
        assertEquals(Math.sqrt(3) - 1, BatchNormNoise.exactGaussianVariance(0, 3), 1e-9);
        assertEquals(Math.sqrt(1.0 / 3) / Math.sqrt(Math.sqrt(3) - 1) - 1, BatchNormNoise.firstOrderGaussianRelativeError(0, 3), 1e-9);
        // at z = 0 the own share (1 + 0)⁻³ = 1 changes nothing
        assertEquals(BatchNormNoise.firstOrderGaussianRelativeError(0, 3), BatchNormNoise.ownShareGaussianRelativeError(0, 3), 0);
        assertThrows(IllegalArgumentException.class, () -> BatchNormNoise.exactGaussianStandardDeviation(0, 1));
    }

    @Test
    void simulationPicksExamplesByTheirZ() {
        // 0, 1, …, 7: mean 3.5, variance (divisor 8) 5.25
        double[] pop = {0, 1, 2, 3, 4, 5, 6, 7};
        BatchNormNoise.Simulation sim = new BatchNormNoise.Simulation(pop, 0, 100);
        assertEquals(3.5, sim.moments().mean(), 1e-15);
        assertEquals(5.25, sim.moments().variance(), 1e-15);
        assertEquals(-3.5 / Math.sqrt(5.25), sim.z(0), 1e-15);
        assertEquals(3, sim.nearest(0));   // 3 and 4 are equally near 0: the first wins
        assertEquals(7, sim.nearest(10));
        assertEquals(0, sim.nearest(-0.99 * 3.5 / Math.sqrt(5.25)));
        assertThrows(IllegalArgumentException.class, () -> sim.z(8));
        assertThrows(IllegalArgumentException.class, () -> new BatchNormNoise.Simulation(new double[] {2, 2}, 0, 100));
    }

    @Test
    void simulatedSpreadsAreTheRunningStatisticsOfTheSeededDraws() {
        double[] pop = {0.3, -1.2, 2.5, 0.7, 1.9, -0.4, 3.1, 0.0, -2.2, 1.1};
        BatchNormNoise.Simulation sim = new BatchNormNoise.Simulation(pop, 1e-5, 500);
        BatchNormNoise.Spreads byB = sim.acrossBatchSizes(4, new int[] {3, 6}, 11);
        BatchNormNoise.Spreads byX = sim.acrossExamples(new int[] {1, 2}, 5, 20);
        int[][] points = {{4, 3, 11}, {4, 6, 12}};
        for (int k = 0; k < 2; k++) {
            RunningStats r = new RunningStats().addAll(
                    BatchNormNoise.normalizedInRandomBatches(pop, points[k][0], points[k][1], 500, 1e-5, points[k][2]));
            assertEquals(r.variance(), byB.variances()[k], 0);
            assertEquals(r.varianceStandardError(), byB.varianceStandardErrors()[k], 0);
            assertEquals(sim.z(4), byB.z()[k], 0);
            assertEquals(Math.sqrt(r.variance()), byB.standardDeviations()[k], 0);
            assertEquals(points[k][1] * r.variance(), byB.scaledVariances()[k], 0);
        }
        assertArrayEquals(new int[] {5, 5}, byX.batchSizes());
        assertArrayEquals(new double[] {sim.z(1), sim.z(2)}, byX.z(), 0);
        assertArrayEquals(sim.normalized(2, 5, 21), BatchNormNoise.normalizedInRandomBatches(pop, 2, 5, 500, 1e-5, 21), 0);
        assertThrows(IllegalArgumentException.class, () -> sim.acrossBatchSizes(4, new int[] {11}, 1));
        assertThrows(IllegalArgumentException.class, () -> sim.acrossExamples(new int[] {10}, 3, 1));
    }

    @Test
    void spreadsJoinAndEvaluateFormulasAtTheirPoints() {
        BatchNormNoise.Spreads a = new BatchNormNoise.Spreads(new double[] {0.5}, new int[] {4}, new double[] {0.3}, new double[] {0.01});
        BatchNormNoise.Spreads b = new BatchNormNoise.Spreads(new double[] {1, 2}, new int[] {8, 16}, new double[] {0.2, 0.1},
                new double[] {0.02, 0.03});
        BatchNormNoise.Spreads ab = a.and(b);
        assertEquals(3, ab.size());
        assertArrayEquals(new double[] {0.5, 1, 2}, ab.z(), 0);
        assertArrayEquals(new int[] {4, 8, 16}, ab.batchSizes());
        assertArrayEquals(new double[] {0.3, 0.2, 0.1}, ab.variances(), 0);
        assertArrayEquals(new double[] {0.01, 0.02, 0.03}, ab.varianceStandardErrors(), 0);
        assertArrayEquals(new double[] {0.5 + 4, 1 + 8, 2 + 16}, ab.at((z, n) -> z + n), 0);
        assertArrayEquals(new double[] {1.2, 1.6, 1.6}, ab.scaledVariances(), 1e-15);
        assertThrows(ArithmeticException.class, () -> ab.at((z, n) -> Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new BatchNormNoise.Spreads(new double[] {1}, new int[] {1},
                new double[] {0.1}, new double[] {0.1}));
        assertThrows(IllegalArgumentException.class, () -> new BatchNormNoise.Spreads(new double[] {1}, new int[] {4, 5},
                new double[] {0.1}, new double[] {0.1}));
    }
}

package thw2.batch;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinibatchVarianceTest {
    private static double[][] randomGradients(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] g = new double[n][d];
        for (double[] row : g) {
            for (int j = 0; j < d; j++) {
                row[j] = 3 * r.nextDouble() - 1 + (j == 0 ? r.nextDouble() * r.nextDouble() * 5 : 0);
            }
        }
        return g;
    }

    private static double squaredErrorOfMean(double[][] g, int[] idx, double[] full) {
        double s = 0;
        for (int j = 0; j < full.length; j++) {
            double m = 0;
            for (int i : idx) {
                m += g[i][j];
            }
            double e = m / idx.length - full[j];
            s += e * e;
        }
        return s;
    }

    private static double[] mean(double[][] g) {
        double[] m = new double[g[0].length];
        for (double[] row : g) {
            for (int j = 0; j < m.length; j++) {
                m[j] += row[j] / g.length;
            }
        }
        return m;
    }

    /** Average over every B-subset of {0..N−1}, by recursion. */
    private static double[] subsetAverage(double[][] g, int b, double[] full) {
        double[] acc = new double[2]; // sum, count
        recurse(g, new int[b], 0, 0, full, acc);
        return acc;
    }

    private static void recurse(double[][] g, int[] idx, int k, int from, double[] full, double[] acc) {
        if (k == idx.length) {
            acc[0] += squaredErrorOfMean(g, idx, full);
            acc[1] += 1;
            return;
        }
        for (int i = from; i < g.length; i++) {
            idx[k] = i;
            recurse(g, idx, k + 1, i + 1, full, acc);
        }
    }

    @Test
    void withoutReplacementMatchesEnumerationOfAllSubsets() {
        double[][] g = randomGradients(8, 3, 11);
        MinibatchVariance v = MinibatchVariance.of(g);
        double[] full = mean(g);
        for (int b = 1; b <= 8; b++) {
            double[] acc = subsetAverage(g, b, full);
            double exact = acc[0] / acc[1];
            assertEquals(exact, v.exact(b, Sampling.WITHOUT_REPLACEMENT), 1e-12 * Math.max(1, exact), "B=" + b);
        }
        assertEquals(0.0, v.exact(8, Sampling.WITHOUT_REPLACEMENT), 1e-15);
    }

    @Test
    void withReplacementMatchesEnumerationOfAllTuples() {
        double[][] g = randomGradients(5, 2, 12);
        MinibatchVariance v = MinibatchVariance.of(g);
        double[] full = mean(g);
        for (int b = 1; b <= 4; b++) {
            int total = (int) Math.pow(5, b);
            double s = 0;
            int[] idx = new int[b];
            for (int code = 0; code < total; code++) {
                int c = code;
                for (int k = 0; k < b; k++) {
                    idx[k] = c % 5;
                    c /= 5;
                }
                s += squaredErrorOfMean(g, idx, full);
            }
            assertEquals(s / total, v.exact(b, Sampling.WITH_REPLACEMENT), 1e-12, "B=" + b);
        }
    }

    @Test
    void samplingAgreesWithTheExactValuesWithinFourStandardErrors() {
        double[][] g = randomGradients(200, 4, 13);
        MinibatchVariance v = MinibatchVariance.of(g);
        long seed = 100;
        for (int b : new int[] {1, 7, 50, 150}) {
            for (Sampling s : Sampling.values()) {
                MinibatchVariance.Estimate e = v.sampled(b, s, 4000, seed++);
                double exact = v.exact(b, s);
                assertTrue(Math.abs(e.mean() - exact) <= 4 * e.standardError(),
                        "B=" + b + " " + s + ": " + e + " vs " + exact);
            }
        }
    }

    @Test
    void perExampleVarianceAndNoiseScaleFollowTheirDefinitions() {
        double[][] g = {{1, 2}, {3, 2}, {2, 5}};
        MinibatchVariance v = MinibatchVariance.of(g);
        assertArrayEquals(new double[] {2, 3}, v.fullGradient(), 1e-15);
        // deviations (-1,-1), (1,-1), (0,2): squared norms 2, 2, 4
        assertEquals(8.0 / 3, v.perExampleVariance(), 1e-15);
        assertEquals((8.0 / 3) / 13, v.simpleNoiseScale(), 1e-15);
        assertEquals(0.0, MinibatchVariance.finitePopulationCorrection(1, 1));
        assertEquals(0.5, MinibatchVariance.finitePopulationCorrection(5, 3), 1e-15);
    }

    @Test
    void samplerDrawsDistinctIndicesWithoutReplacementAndUniformly() {
        MinibatchSampler s = new MinibatchSampler(10, 4, Sampling.WITHOUT_REPLACEMENT, 3);
        int[] counts = new int[10];
        int draws = 20000;
        for (int t = 0; t < draws; t++) {
            int[] b = s.next();
            assertEquals(4, java.util.Arrays.stream(b).distinct().count());
            for (int i : b) {
                counts[i]++;
            }
        }
        double p = 0.4; // inclusion probability B/N
        double se = Math.sqrt(p * (1 - p) / draws);
        for (int c : counts) {
            assertEquals(p, (double) c / draws, 5 * se);
        }
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        MinibatchVariance v = MinibatchVariance.of(new double[][] {{1}, {2}, {4}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> v.exact(4, Sampling.WITH_REPLACEMENT));
        assertTrue(e.getMessage().contains("batchSize"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.exact(0, Sampling.WITHOUT_REPLACEMENT));
        assertThrows(IllegalArgumentException.class, () -> v.sampled(-1, Sampling.WITHOUT_REPLACEMENT, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> MinibatchVariance.of(new double[][] {{1}, {Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> MinibatchVariance.of(new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> v.minibatchGradient(new int[] {3}));
        assertThrows(IllegalArgumentException.class,
                () -> new MinibatchSampler(3, 5, Sampling.WITHOUT_REPLACEMENT, 1));
    }

    @Test
    void sweepIsExactAndSampledAtEachBatchSizeWithSuccessiveSeeds() {
        MinibatchVariance v = MinibatchVariance.of(randomGradients(30, 3, 4));
        int[] sizes = {1, 5, 30};
        MinibatchVariance.Sweep s = v.sweep(sizes, Sampling.WITHOUT_REPLACEMENT, 50, 100);
        assertArrayEquals(sizes, s.batchSizes());
        for (int k = 0; k < sizes.length; k++) {
            assertEquals(v.exact(sizes[k], Sampling.WITHOUT_REPLACEMENT), s.exact()[k], 0);
            MinibatchVariance.Estimate e = v.sampled(sizes[k], Sampling.WITHOUT_REPLACEMENT, 50, 100 + k);
            assertEquals(e.mean(), s.sampled()[k], 0);
            assertEquals(e.standardError(), s.standardErrors()[k], 0);
        }
        assertEquals(0, s.exact()[2], 0);   // B = N without replacement: the full gradient, no noise
        assertThrows(IllegalArgumentException.class, () -> v.sweep(new int[] {31}, Sampling.WITH_REPLACEMENT, 50, 1));
        assertThrows(IllegalArgumentException.class, () -> v.sweep(new int[0], Sampling.WITH_REPLACEMENT, 50, 1));
    }
}

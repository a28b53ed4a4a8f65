package thw2.regularization;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import thw2.stats.RunningStats;

class BatchNormStatisticsTest {
    private static double[] gaussian(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 + 3 * r.nextGaussian();
        }
        return x;
    }

    @Test
    void statisticsAgreeWithCommonsMath() {
        double[] b = {1.5, -2, 4, 0.25, 3};
        BatchNormStatistics s = BatchNormStatistics.of(b, 1e-5);
        assertEquals(new Mean().evaluate(b), s.mean(), 1e-15);
        assertEquals(new Variance(false).evaluate(b), s.biasedVariance(), 1e-14);
        assertEquals(new Variance(true).evaluate(b), s.unbiasedVariance(), 1e-14);
        double[] h = s.normalized();
        assertEquals(0.0, new Mean().evaluate(h), 1e-15);
        double v = s.biasedVariance();
        assertEquals(v / (v + 1e-5), new Variance(false).evaluate(h), 1e-14);
        double[] y = s.output(2.5, -1);
        for (int i = 0; i < b.length; i++) {
            assertEquals(2.5 * h[i] - 1, y[i], 1e-15);
        }
    }

    @Test
    void runningStatisticsFollowTheMomentumUpdateAndInferenceIsAffine() {
        BatchNormUnit u = new BatchNormUnit(1.5, 0.5, 1e-3, 0.25);
        double[][] batches = {{1, 2, 3}, {0, 4}, {-1, -1, 2, 5}};
        double mu = 0;
        double var = 1;
        for (double[] b : batches) {
            double m = new Mean().evaluate(b);
            double v = new Variance(true).evaluate(b);
            mu = 0.75 * mu + 0.25 * m;
            var = 0.75 * var + 0.25 * v;
            double[] y = u.train(b);
            double vb = new Variance(false).evaluate(b);
            assertEquals(1.5 * (b[0] - m) / Math.sqrt(vb + 1e-3) + 0.5, y[0], 1e-14);
        }
        assertEquals(mu, u.runningMean(), 1e-15);
        assertEquals(var, u.runningVariance(), 1e-14);
        assertEquals(1.5 * (0.7 - mu) / Math.sqrt(var + 1e-3) + 0.5, u.infer(0.7), 1e-14);
    }

    /** Exact mean and variance of x̂ over every choice of B − 1 companions, by enumeration. */
    private static double[] exactMoments(double[] pop, int index, int b, double eps) {
        int[] others = new int[pop.length - 1];
        for (int i = 0, k = 0; i < pop.length; i++) {
            if (i != index) {
                others[k++] = i;
            }
        }
        double[] acc = new double[3];
        enumerate(pop, index, others, new int[b - 1], 0, 0, eps, acc);
        double mean = acc[0] / acc[2];
        return new double[] {mean, acc[1] / acc[2] - mean * mean};
    }

    private static void enumerate(double[] pop, int index, int[] others, int[] pick, int k, int from, double eps,
                                  double[] acc) {
        if (k == pick.length) {
            double[] batch = new double[pick.length + 1];
            batch[0] = pop[index];
            for (int j = 0; j < pick.length; j++) {
                batch[j + 1] = pop[others[pick[j]]];
            }
            double m = 0;
            for (double x : batch) {
                m += x / batch.length;
            }
            double v = 0;
            for (double x : batch) {
                v += (x - m) * (x - m) / batch.length;
            }
            double h = (pop[index] - m) / Math.sqrt(v + eps);
            acc[0] += h;
            acc[1] += h * h;
            acc[2] += 1;
            return;
        }
        for (int i = from; i < others.length; i++) {
            pick[k] = i;
            enumerate(pop, index, others, pick, k + 1, i + 1, eps, acc);
        }
    }

    @Test
    void randomBatchesMatchEnumerationOfAllBatchesWithinFourStandardErrors() {
        double[] pop = {0.3, -1.2, 2.5, 0.9, 4.1, -0.4, 1.7, 0.0, -2.2, 3.3};
        for (int b : new int[] {2, 3, 5}) {
            double[] exact = exactMoments(pop, 4, b, 1e-3);
            double[] h = BatchNormNoise.normalizedInRandomBatches(pop, 4, b, 40000, 1e-3, 77 + b);
            RunningStats r = new RunningStats().addAll(h);
            assertEquals(exact[0], r.mean(), 4 * r.standardError(), "mean, B=" + b);
            // variance: standard error of the sample variance from the fourth central moment of the draws
            double m4 = 0;
            for (double x : h) {
                m4 += Math.pow(x - r.mean(), 4) / h.length;
            }
            double seVar = Math.sqrt((m4 - Math.pow(r.populationVariance(), 2)) / h.length);
            assertEquals(exact[1], r.variance(), 4 * seVar, "variance, B=" + b);
        }
    }

    @Test
    void largeBatchSpreadFollowsTheDeltaMethod() {
        double[] pop = gaussian(20000, 5);
        BatchNormNoise.Moments mo = BatchNormNoise.moments(pop);
        assertEquals(3.0, mo.kurtosis(), 0.1); // Gaussian: κ ≈ 3
        int index = 0;
        for (int i = 0; i < pop.length; i++) {
            if (Math.abs(mo.standardize(pop[i]) - 1.5) < Math.abs(mo.standardize(pop[index]) - 1.5)) {
                index = i;
            }
        }
        double z = mo.standardize(pop[index]);
        int b = 400;
        double[] h = BatchNormNoise.normalizedInRandomBatches(pop, index, b, 20000, 0, 8);
        double measured = new RunningStats().addAll(h).variance();
        double predicted = BatchNormNoise.asymptoticVariance(z, mo.skewness(), mo.kurtosis(), b);
        // first-order formula: O(1/B) relative bias plus Monte Carlo error (≈ 1.4%)
        assertEquals(predicted, measured, 0.06 * predicted);
        assertEquals((1 + z * z / 2) / b, predicted, 0.03 * predicted);
    }

    /** Monte Carlo: x̂ of an example at z among B − 1 standard Gaussian batch-mates (ε = 0). */
    private static RunningStats simulate(double z, int b, int draws, long seed) {
        java.util.Random r = new java.util.Random(seed);
        RunningStats st = new RunningStats();
        double[] batch = new double[b];
        for (int t = 0; t < draws; t++) {
            batch[0] = z;
            for (int j = 1; j < b; j++) {
                batch[j] = r.nextGaussian();
            }
            st.add(BatchNormStatistics.of(batch, 0).normalize(z));
        }
        return st;
    }

    @Test
    void exactGaussianMomentsMatchSimulatedBatches() {
        double[][] cases = {{0, 3}, {1.5, 4}, {3, 8}, {0.7, 16}, {3, 64}, {-2, 32}};
        long seed = 40;
        for (double[] c : cases) {
            double z = c[0];
            int b = (int) c[1];
            BatchNormNoise.NormalizedMoments exact = BatchNormNoise.exactGaussianMoments(z, b);
            RunningStats mc = simulate(z, b, 40_000, seed++);
            assertTrue(Math.abs(mc.mean() - exact.mean()) <= 4 * mc.standardError(),
                    "mean at z = " + z + ", B = " + b + ": " + mc.mean() + " vs " + exact.mean());
            assertTrue(Math.abs(mc.variance() - exact.variance()) <= 4 * mc.varianceStandardError(),
                    "variance at z = " + z + ", B = " + b + ": " + mc.variance() + " vs " + exact.variance());
        }
    }

    @Test
    void exactGaussianMomentsHaveTheirClosedFormsAndLimits() {
        // B = 2: x̂ = ±1, +1 with probability Φ(z); at z = 0 the mean is 0 and the variance 1.
        assertEquals(0, BatchNormNoise.exactGaussianMoments(0, 2).mean(), 1e-15);
        assertEquals(1, BatchNormNoise.exactGaussianMoments(0, 2).variance(), 1e-15);
        assertEquals(2 * 0.8413447460685429 - 1, BatchNormNoise.exactGaussianMoments(1, 2).mean(), 1e-12);
        // B = 3, z = 0: x̂² = 2G²/(G² + 3H²) for independent standard normals G, H; with G = R cos θ,
        // H = R sin θ and θ uniform, E x̂² = 2/(1 + √3) = √3 − 1
        assertEquals(Math.sqrt(3) - 1, BatchNormNoise.exactGaussianMoments(0, 3).variance(), 1e-10);
        // odd in z, variance even in z
        for (int b : new int[] {3, 5, 64}) {
            var plus = BatchNormNoise.exactGaussianMoments(1.3, b);
            var minus = BatchNormNoise.exactGaussianMoments(-1.3, b);
            assertEquals(plus.mean(), -minus.mean(), 1e-12);
            assertEquals(plus.variance(), minus.variance(), 1e-12);
            assertEquals(0, BatchNormNoise.exactGaussianMoments(0, b).mean(), 1e-12);
            assertTrue(plus.variance() + plus.mean() * plus.mean() <= b - 1, "Samuelson: x̂² ≤ B − 1");
        }
        // at z = 0 the next order is known: Var x̂ ≈ (B − 1)·E[ȳ²]·E[1/(B·S)] = (B − 1)/(B(B − 4)), since
        // E[1/W] = 1/(k − 2) for W ~ χ²(k); what is left is of order 1/B²
        int big = 10_000;
        assertEquals(1, BatchNormNoise.exactGaussianMoments(0, big).variance() * big * (big - 4.0) / (big - 1), 1e-6);
        // for large B the first-order formula takes over: relative error of order (1 + z²)/B
        for (double z : new double[] {0, 1.5, 3}) {
            int b = 10_000;
            double exact = BatchNormNoise.exactGaussianMoments(z, b).variance();
            double first = BatchNormNoise.asymptoticVariance(z, 0, 3, b);
            assertEquals(1, exact / first, 4 * (1 + z * z) / b, "z = " + z);
        }
        // far from the mean the example's own share of σ²_B dominates the first-order formula's error, and
        // keeping it removes most of that error
        for (double[] c : new double[][] {{3, 64}, {4, 64}, {3, 32}}) {
            double z = c[0];
            int b = (int) c[1];
            double exact = BatchNormNoise.exactGaussianMoments(z, b).variance();
            double first = BatchNormNoise.asymptoticVariance(z, 0, 3, b) / exact - 1;
            double own = BatchNormNoise.firstOrderVarianceWithOwnShare(z, 0, 3, b) / exact - 1;
            assertTrue(first > 0.3 && Math.abs(own) < first / 3, "z = " + z + ", B = " + b + ": " + first + ", " + own);
        }
        assertThrows(IllegalArgumentException.class, () -> BatchNormNoise.exactGaussianMoments(0, 1));
        assertThrows(IllegalArgumentException.class, () -> BatchNormNoise.exactGaussianMoments(Double.NaN, 8));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BatchNormStatistics.of(new double[] {1}, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> BatchNormStatistics.of(new double[] {1, Double.NaN}, 0));
        assertThrows(IllegalArgumentException.class, () -> BatchNormStatistics.of(new double[] {1, 2}, -1));
        assertThrows(IllegalStateException.class, () -> BatchNormStatistics.of(new double[] {1, 1}, 0).normalize(1));
        assertThrows(IllegalArgumentException.class, () -> new BatchNormUnit(1, 0, 1e-5, 1.5));
        double[] pop = {1, 2, 3};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchNormNoise.normalizedInRandomBatches(pop, 0, 4, 10, 0, 1));
        assertTrue(e.getMessage().contains("batchSize"));
        assertThrows(IllegalArgumentException.class, () -> BatchNormNoise.normalizedInRandomBatches(pop, 3, 2, 10, 0, 1));
    }
}

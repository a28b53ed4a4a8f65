package thw2.regularization;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import thw2.check.RunningStats;

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

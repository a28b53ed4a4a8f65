package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;

class TwoClassSoftmaxTest {
    private static double[] randomVector(SplittableRandom r, int d, double scale) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = scale * (2 * r.nextDouble() - 1);
        }
        return v;
    }

    /** e^{z1}/(e^{z1}+e^{z2}) written out directly: valid for moderate logits. */
    private static double directSoftmax(double z1, double z2) {
        return Math.exp(z1) / (Math.exp(z1) + Math.exp(z2));
    }

    @Test
    void softmaxEqualsLogisticWithDifferencesOfRows() {
        SplittableRandom r = new SplittableRandom(1);
        for (int t = 0; t < 200; t++) {
            TwoClassSoftmax s = new TwoClassSoftmax(randomVector(r, 3, 2), r.nextDouble(), randomVector(r, 3, 2),
                    -r.nextDouble());
            LogisticRegression l = s.toLogistic();
            double[] x = randomVector(r, 3, 3);
            double[] z = s.logits(x);
            assertEquals(directSoftmax(z[0], z[1]), s.probabilityOfFirst(x), 1e-14);
            assertEquals(s.probabilityOfFirst(x), l.probability(x), 1e-15);
            assertEquals(1.0, s.probabilities(x)[0] + s.probabilities(x)[1], 1e-15);
            TwoClassSoftmax shifted = s.shifted(randomVector(r, 3, 10), 7 * r.nextDouble());
            assertEquals(s.probabilityOfFirst(x), shifted.probabilityOfFirst(x), 1e-13);
            assertEquals(l.probability(x), s.canonical().probabilityOfFirst(x), 1e-15);
            assertEquals(l.probability(x), TwoClassSoftmax.symmetric(l).probabilityOfFirst(x), 1e-15);
        }
    }

    @Test
    void seedSubstitutionDoublesTheLogit() {
        LogisticRegression l = new LogisticRegression(new double[] {0.8, -1.3}, 0.4);
        double[] w = l.weights();
        TwoClassSoftmax seed = new TwoClassSoftmax(w, 0.4, new double[] {-w[0], -w[1]}, -0.4);
        for (double a = -3; a <= 3; a += 0.25) {
            double[] x = {a, 0.5 * a + 1};
            double z = l.logit(x);
            double sig2z = 1 / (1 + Math.exp(-2 * z));
            assertEquals(sig2z, seed.probabilityOfFirst(x), 1e-15);
        }
        // its logistic equivalent has weights 2w and bias 2b
        assertArrayEquals(new double[] {1.6, -2.6, 0.8}, seed.toLogistic().parameters(), 1e-15);
    }

    @Test
    void hugeLogitsGiveProbabilitiesNotNaN() {
        TwoClassSoftmax s = new TwoClassSoftmax(new double[] {1}, 0, new double[] {-1}, 0);
        assertArrayEquals(new double[] {1, 0}, s.probabilities(new double[] {500}), 0); // logits ±500
        TwoClassSoftmax t = new TwoClassSoftmax(new double[] {0}, 1000, new double[] {0}, -1000);
        assertArrayEquals(new double[] {1, 0}, t.probabilities(new double[] {3}), 0);
        LogisticRegression l = new LogisticRegression(new double[] {1}, 0);
        assertEquals(1.0, l.probability(new double[] {1000}));
        assertEquals(0.0, l.probability(new double[] {-1000}));
        assertEquals(1000.0, l.crossEntropy(new double[] {-1000}, 1), 1e-9);
        assertEquals(0.0, l.crossEntropy(new double[] {1000}, 1), 1e-300);
    }

    @Test
    void logisticGradientMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(4);
        for (int t = 0; t < 20; t++) {
            double[] x = randomVector(r, 4, 2);
            int y = t % 2;
            double[] theta = randomVector(r, 5, 1.5);
            double[] analytic = LogisticRegression.fromParameters(theta).gradient(x, y);
            double[] numeric = GradientCheck.numericalGradient(
                    p -> LogisticRegression.fromParameters(p).crossEntropy(x, y), theta);
            assertTrue(GradientCheck.maxRelativeError(analytic, numeric, 1e-6) < 1e-7);
        }
    }

    @Test
    void softmaxGradientMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(5);
        for (int t = 0; t < 20; t++) {
            double[] x = randomVector(r, 3, 2);
            int y = t % 2;
            double[] theta = randomVector(r, 8, 1.5);
            double[] analytic = TwoClassSoftmax.fromParameters(theta).gradient(x, y);
            double[] numeric = GradientCheck.numericalGradient(
                    p -> {
                        // −log softmax written out directly, independent of the class under test
                        TwoClassSoftmax m = TwoClassSoftmax.fromParameters(p);
                        double[] z = m.logits(x);
                        double k = y == 1 ? z[0] : z[1];
                        return Math.log(Math.exp(z[0]) + Math.exp(z[1])) - k;
                    }, theta);
            assertTrue(GradientCheck.maxRelativeError(analytic, numeric, 1e-6) < 1e-7);
        }
    }

    @Test
    void softmaxGradientDescentFromZeroIsLogisticDescentWithTwiceTheStep() {
        SplittableRandom r = new SplittableRandom(6);
        double[][] xs = new double[30][];
        int[] ys = new int[30];
        for (int i = 0; i < 30; i++) {
            xs[i] = randomVector(r, 2, 3);
            ys[i] = r.nextDouble() < 0.5 ? 1 : 0;
        }
        TwoClassSoftmax s = TwoClassSoftmax.fromParameters(new double[6]);
        LogisticRegression l = LogisticRegression.zeros(2);
        double eta = 0.05;
        for (int step = 0; step < 50; step++) {
            int i = step % 30;
            s = s.step(s.gradient(xs[i], ys[i]), eta);
            l = l.step(l.gradient(xs[i], ys[i]), 2 * eta);
        }
        assertArrayEquals(l.parameters(), s.toLogistic().parameters(), 1e-12);
        double[] w1 = s.w1();
        double[] w2 = s.w2();
        for (int j = 0; j < 2; j++) {
            assertEquals(-w1[j], w2[j], 0);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new TwoClassSoftmax(new double[] {1, 2}, 0, new double[] {1}, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TwoClassSoftmax(new double[] {Double.NaN}, 0, new double[] {1}, 0));
        assertTrue(e.getMessage().contains("w1"));
        TwoClassSoftmax s = new TwoClassSoftmax(new double[] {1}, 0, new double[] {1}, 0);
        assertThrows(IllegalArgumentException.class, () -> s.probabilities(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> s.probabilities(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression(new double[0], 0));
        LogisticRegression l = LogisticRegression.zeros(2);
        assertThrows(IllegalArgumentException.class, () -> l.crossEntropy(new double[] {1, 1}, 2));
    }

    @Test
    void meanGradientByHand() {
        // w = 0, b = 0: σ = 1/2 for every x; x = 1 with y = 1 gives (−1/2·1, −1/2), x = 3 with y = 0 gives (1/2·3, 1/2):
        // the mean is (1/2, 0)
        double[] g = LogisticRegression.zeros(1).meanGradient(new double[][] {{1}, {3}}, new int[] {1, 0});
        assertArrayEquals(new double[] {0.5, 0}, g, 1e-15);
    }

    @Test
    void descendInOrderByHand() {
        thw2.data.BinaryData data = new thw2.data.BinaryData(new double[][] {{1}, {3}}, new int[] {1, 0});
        // logistic: the first step's gradient at x = 1, y = 1 is (−1/2, −1/2); η = 0.1 gives (0.05, 0.05)
        assertArrayEquals(new double[] {0.05, 0.05}, LogisticRegression.zeros(1).descendInOrder(data, 1, 0.1).parameters(), 1e-15);
        // softmax: e = P(1|x) − y = −1/2, gradient (e·x, e, −e·x, −e) = (−1/2, −1/2, 1/2, 1/2); η = 0.05
        TwoClassSoftmax s = TwoClassSoftmax.fromParameters(new double[4]).descendInOrder(data, 1, 0.05);
        assertArrayEquals(new double[] {0.025, 0.025, -0.025, -0.025}, s.parameters(), 1e-15);
        // two steps: the same as stepping by hand
        LogisticRegression m = LogisticRegression.zeros(1);
        m = m.step(m.gradient(new double[] {1}, 1), 0.1);
        m = m.step(m.gradient(new double[] {3}, 0), 0.1);
        assertArrayEquals(m.parameters(), LogisticRegression.zeros(1).descendInOrder(data, 2, 0.1).parameters(), 0);
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.zeros(1).descendInOrder(data, 3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.zeros(2).descendInOrder(data, 1, 0.1));
    }
}

package thw2.batch;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.data.BinaryData;
import thw2.nn.LogisticRegression;

class MinibatchSgdTest {
    @Test
    void fullBatchSgdIsGradientDescentOnTheMeanGradient() {
        BinaryData data = LogisticRegression.sample(64, 3, 1.5, 0.2, 5).data();
        double eta = 0.7;
        MinibatchSgd.Curve c = MinibatchSgd.trainLogistic(data.x(), data.y(), 64, eta, 3, 64, 9);
        // independent: three steps of θ ← θ − η·mean per-example gradient
        LogisticRegression m = LogisticRegression.zeros(3);
        for (int t = 0; t < 3; t++) {
            double[][] g = m.perExampleGradients(data.x(), data.y());
            double[] mean = new double[4];
            for (double[] row : g) {
                for (int j = 0; j < 4; j++) {
                    mean[j] += row[j] / g.length;
                }
            }
            m = m.step(mean, eta);
            assertEquals(m.meanCrossEntropy(data.x(), data.y()), c.loss()[t + 1], 1e-12);
        }
        assertArrayEquals(m.parameters(), c.model().parameters(), 1e-12);
        assertArrayEquals(new long[] {0, 64, 128, 192}, c.examplesSeen());
        assertEquals(Math.log(2), c.loss()[0], 1e-15);
    }

    @Test
    void everyBatchSizeSeesTheSameNumberOfExamplesAndLearns() {
        BinaryData data = LogisticRegression.sample(300, 4, 1.0, 0, 6).data();
        for (int b : new int[] {1, 7, 32, 300}) {
            MinibatchSgd.Curve c = MinibatchSgd.trainLogistic(data.x(), data.y(), b, 0.1, 4, 300, 2);
            assertEquals(1200, c.examplesSeen()[c.examplesSeen().length - 1], "B=" + b);
            assertTrue(c.finalLoss() < Math.log(2), "B=" + b);
        }
    }

    @Test
    void theLastPointIsTheFinalModelEvenBetweenRecordingIntervals() {
        BinaryData data = LogisticRegression.sample(50, 2, 1.0, 0, 3).data();
        MinibatchSgd.Curve c = MinibatchSgd.trainLogistic(data.x(), data.y(), 50, 0.5, 3, 1000, 1);
        assertArrayEquals(new long[] {0, 150}, c.examplesSeen());
        assertEquals(c.model().meanCrossEntropy(data.x(), data.y()), c.finalLoss(), 0);
    }

    @Test
    void badArgumentsAreRejected() {
        BinaryData data = LogisticRegression.sample(10, 2, 1.0, 0, 1).data();
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchSgd.trainLogistic(data.x(), data.y(), 11, 0.1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchSgd.trainLogistic(data.x(), data.y(), 0, 0.1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchSgd.trainLogistic(data.x(), data.y(), 2, -0.1, 1, 1, 1));
    }

    /**
     * The former hand-written loop (reshuffle, consecutive batches, θ_j −= η·(Σg)_j / B), kept here as
     * the reference for the Sgd + Minibatches run. Sgd subtracts η·((Σg)_j / B): the two roundings of
     * η·Σg/B are each within u = 2⁻⁵³ of the exact product, so one step's updates differ by at most
     * 2u·|Δθ_j| + u·|θ_j| (plus the rounding of θ − Δθ), and over T stable steps (η below 2/L for this
     * smooth loss, so earlier differences are not amplified) by at most T times the largest of those.
     */
    @Test
    void theOptimizerRunMatchesTheFormerHandLoopToRounding() {
        BinaryData data = LogisticRegression.sample(50, 3, 1.5, 0.2, 5).data();
        double[][] xs = data.x();
        int[] ys = data.y();
        for (int batch : new int[] {1, 7, 50}) {
            MinibatchSgd.Curve c = MinibatchSgd.trainLogistic(xs, ys, batch, 0.3, 4, 10, 21);
            java.util.SplittableRandom r = new java.util.SplittableRandom(21);
            int[] order = java.util.stream.IntStream.range(0, 50).toArray();
            double[] theta = new double[4];
            double largest = 0;
            int steps = 0;
            for (int e = 0; e < 4; e++) {
                thw2.random.Shuffle.inPlace(order, r);
                for (int start = 0; start < 50; start += batch, steps++) {
                    int end = Math.min(50, start + batch);
                    double[] grad = new double[4];
                    LogisticRegression model = LogisticRegression.fromParameters(theta);
                    for (int k = start; k < end; k++) {
                        model.addGradientTo(xs[order[k]], ys[order[k]], grad);
                    }
                    for (int j = 0; j < 4; j++) {
                        theta[j] -= 0.3 * grad[j] / (end - start);
                        largest = Math.max(largest, Math.abs(theta[j]));
                    }
                }
            }
            double tol = steps * 4 * 0x1p-53 * largest;
            double worst = 0;
            double[] got = c.model().parameters();
            for (int j = 0; j < 4; j++) {
                worst = Math.max(worst, Math.abs(got[j] - theta[j]));
            }
            assertTrue(worst <= tol, "B = " + batch + ": the runs differ by " + worst + " > " + tol);
            assertEquals(LogisticRegression.fromParameters(theta).meanCrossEntropy(xs, ys), c.finalLoss(), 1e-14);
        }
    }

    @Test
    void equalBudgetRunsEveryBatchSizeWithEverySeed() {
        BinaryData data = LogisticRegression.sample(10, 2, 1.0, 0.1, 3).data();
        MinibatchSgd.EqualBudget b = MinibatchSgd.equalBudget(data.x(), data.y(), new int[] {3, 10}, 0.2, 2, 5, 3, 40);
        // 2 epochs of ⌈10/3⌉ = 4 and ⌈10/10⌉ = 1 updates
        assertArrayEquals(new int[] {8, 2}, b.updates());
        assertArrayEquals(new int[] {3, 10}, b.batchSizes());
        assertEquals(3, b.seeds());
        double[] mean = b.meanFinalLoss();
        double[] sd = b.finalLossStandardDeviation();
        for (int i = 0; i < 2; i++) {
            int size = i == 0 ? 3 : 10;
            double[] f = new double[3];
            for (int s = 0; s < 3; s++) {
                MinibatchSgd.Curve c = MinibatchSgd.trainLogistic(data.x(), data.y(), size, 0.2, 2, 5, 40 + s);
                assertArrayEquals(c.loss(), b.curve(i, s).loss(), 0);
                f[s] = c.finalLoss();
            }
            double m = (f[0] + f[1] + f[2]) / 3;
            double v = ((f[0] - m) * (f[0] - m) + (f[1] - m) * (f[1] - m) + (f[2] - m) * (f[2] - m)) / 2;
            assertEquals(m, mean[i], 1e-15);
            assertEquals(Math.sqrt(v), sd[i], 1e-12);
        }
        long[] seen = b.curve(0, 0).examplesSeen();
        double[] axis = b.curve(0, 0).examplesSeenAxis();
        for (int k = 0; k < seen.length; k++) {
            assertEquals(seen[k], axis[k], 0);
        }
        assertThrows(IllegalArgumentException.class, () -> b.curve(2, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MinibatchSgd.equalBudget(data.x(), data.y(), new int[] {11}, 0.2, 2, 5, 3, 40));
    }
}

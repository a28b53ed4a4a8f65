package thw2.regularization;

import static org.junit.jupiter.api.Assertions.*;
import static thw2.regularization.GaussianDropoutLinearTest.assertMessage;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;
import thw2.stats.RunningStats;
import thw2.regularization.GaussianDropoutRegression.Schedule;
import thw2.regularization.GaussianDropoutRegression.TrainingPath;

class GaussianDropoutRegressionTest {
    static final double[] SCALES = {0.5, 1, 2, 3};
    static final double[] TRUE_W = {1, -2, 0.5, 1.5};

    /** Correlated features on different scales, targets from TRUE_W plus noise. */
    static GaussianDropoutRegression data(int n, double alpha, long seed) {
        return data(n, alpha, seed, 1);
    }

    /** The same data with feature 0 multiplied by {@code scale0}. */
    static GaussianDropoutRegression data(int n, double alpha, long seed, double scale0) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][4];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double common = rng.nextGaussian();
            for (int k = 0; k < 4; k++) {
                x[i][k] = SCALES[k] * (0.6 * common + 0.8 * rng.nextGaussian());
                y[i] += TRUE_W[k] * x[i][k];
            }
            x[i][0] *= scale0;
            y[i] += 0.5 * rng.nextGaussian();
        }
        return GaussianDropoutRegression.of(x, y, alpha);
    }

    static final GaussianDropoutRegression DATA = data(40, 0.5, 2024);

    @Test
    void penalizedWeightsMinimizeTheExpectedObjective() {
        double[] w = DATA.penalizedWeights();
        // independent of the normal equations: the finite-difference gradient of L vanishes there
        double[] fd = GradientCheck.numericalGradient(DATA::expectedObjective, w);
        for (double g : fd) {
            assertEquals(0, g, 1e-8);
        }
        // and every nearby point is worse
        for (int k = 0; k < w.length; k++) {
            double[] p = w.clone();
            p[k] += 1e-3;
            assertTrue(DATA.expectedObjective(p) > DATA.expectedObjective(w));
        }
    }

    @Test
    void expectedObjectiveIsTheMeanOfMonteCarloDropoutLosses() {
        // brute force: average J₁ over examples and many noise draws
        double[] w = {0.3, -1, 0.7, 1.1};
        SplittableRandom rng = new SplittableRandom(9);
        RunningStats s = new RunningStats();
        for (int rep = 0; rep < 20_000; rep++) {
            double total = 0;
            for (int i = 0; i < DATA.examples(); i++) {
                GaussianDropoutLinear u = DATA.unit(i, w);
                total += u.noisyObjectiveRelative(u.sampleEpsilon(rng));
            }
            s.add(total / DATA.examples());
        }
        assertTrue(Math.abs(s.mean() - DATA.expectedObjective(w)) < 4 * s.standardError());
        double[] fd = GradientCheck.numericalGradient(DATA::expectedObjective, w);
        assertTrue(GradientCheck.maxRelativeError(DATA.expectedGradient(w), fd, 1e-6) < 1e-8);
    }

    @Test
    void gradientDescentOnThePenalizedObjectiveReachesTheClosedForm() {
        double eta = 1 / DATA.largestCurvature();
        TrainingPath path = DATA.trainPenalized(new double[4], Schedule.fullBatch(eta, 3000));
        assertArrayEquals(DATA.penalizedWeights(), path.finalWeights(), 1e-10);
        // α = 0 reaches ordinary least squares instead
        TrainingPath ols = DATA.withAlpha(0).trainPenalized(new double[4], Schedule.fullBatch(eta, 3000));
        assertArrayEquals(DATA.leastSquaresWeights(), ols.finalWeights(), 1e-10);
    }

    @Test
    void hessianIsTheFiniteDifferenceJacobianOfTheGradient() {
        double[][] h = DATA.hessian();
        double[] w = {0.2, 0.1, -0.3, 0.4};
        for (int j = 0; j < 4; j++) {
            int jj = j;
            double[] row = GradientCheck.numericalGradient(v -> DATA.expectedGradient(v)[jj], w);
            assertArrayEquals(h[j], row, 1e-7);
        }
    }

    @Test
    void orthogonalInputsShrinkEveryWeightByOnePlusAlpha() {
        // columns of a 4×4 Hadamard matrix, scaled differently: XᵀX is diagonal
        double[][] hadamard = {{1, 1, 1, 1}, {1, -1, 1, -1}, {1, 1, -1, -1}, {1, -1, -1, 1}};
        double[][] x = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 4; k++) {
                x[i][k] = SCALES[k] * hadamard[i][k];
            }
        }
        double[] y = {1, -2, 0.5, 3};
        double alpha = 0.7;
        GaussianDropoutRegression m = GaussianDropoutRegression.of(x, y, alpha);
        double[] ols = m.leastSquaresWeights();
        double[] pen = m.penalizedWeights();
        for (int k = 0; k < 4; k++) {
            assertEquals(ols[k] / (1 + alpha), pen[k], 1e-12);
        }
    }

    @Test
    void thePenaltyIsInvariantToRescalingAFeatureButRidgeIsNot() {
        double c = 10;
        GaussianDropoutRegression scaled = data(40, 0.5, 2024, c);
        double[] w = DATA.penalizedWeights();
        double[] ws = scaled.penalizedWeights();
        assertEquals(w[0] / c, ws[0], 1e-12);
        for (int k = 1; k < 4; k++) {
            assertEquals(w[k], ws[k], 1e-12);
        }
        double[] r = DATA.ridgeWeights(0.5);
        double[] rs = scaled.ridgeWeights(0.5);
        assertTrue(Math.abs(rs[0] * c - r[0]) > 0.01, "ridge changes the fitted function");
    }

    @Test
    void theMeanOfDropoutSgdIsPenalizedSgdStepByStep() {
        Schedule s = new Schedule(0.05, 30, 5, 77);
        double[] w0 = {0.5, 0.5, 0.5, 0.5};
        TrainingPath penalized = DATA.trainPenalized(w0, s);
        TrainingPath plain = DATA.withAlpha(0).trainPenalized(w0, s);
        int reps = 400;
        RunningStats[][] re = new RunningStats[2][4];
        RunningStats[][] fixed = new RunningStats[2][4];
        int[] epochs = {3, 30};
        for (int e = 0; e < 2; e++) {
            for (int k = 0; k < 4; k++) {
                re[e][k] = new RunningStats();
                fixed[e][k] = new RunningStats();
            }
        }
        for (int r = 0; r < reps; r++) {
            TrainingPath a = DATA.trainWithDropout(w0, s, GaussianDropoutGradient.REPARAMETERIZED, 1000 + r);
            TrainingPath b = DATA.trainWithDropout(w0, s, GaussianDropoutGradient.NOISE_HELD_FIXED, 5000 + r);
            for (int e = 0; e < 2; e++) {
                for (int k = 0; k < 4; k++) {
                    re[e][k].add(a.weightsAfter(epochs[e])[k]);
                    fixed[e][k].add(b.weightsAfter(epochs[e])[k]);
                }
            }
        }
        boolean separated = false;
        for (int e = 0; e < 2; e++) {
            double[] wp = penalized.weightsAfter(epochs[e]);
            double[] wo = plain.weightsAfter(epochs[e]);
            for (int k = 0; k < 4; k++) {
                assertTrue(Math.abs(re[e][k].mean() - wp[k]) < 4 * re[e][k].standardError(),
                        "reparameterized, epoch " + epochs[e] + ", k " + k);
                assertTrue(Math.abs(fixed[e][k].mean() - wo[k]) < 4 * fixed[e][k].standardError(),
                        "held fixed, epoch " + epochs[e] + ", k " + k);
                separated |= Math.abs(fixed[e][k].mean() - wp[k]) > 10 * fixed[e][k].standardError();
            }
        }
        assertTrue(separated, "the held-fixed reading is distinguishable from the penalized path");
    }

    @Test
    void trainingIsReproducibleAndStartIsUntouched() {
        double[] w0 = {0.1, 0.2, 0.3, 0.4};
        Schedule s = new Schedule(0.05, 5, 8, 3);
        TrainingPath a = DATA.trainWithDropout(w0, s, GaussianDropoutGradient.REPARAMETERIZED, 1);
        TrainingPath b = DATA.trainWithDropout(w0, s, GaussianDropoutGradient.REPARAMETERIZED, 1);
        assertArrayEquals(a.finalWeights(), b.finalWeights(), 0);
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.4}, w0, 0);
        assertArrayEquals(w0, a.weightsAfter(0), 0);
        assertEquals(5, a.epochs());
        assertEquals(a.weight(2)[5], a.finalWeights()[2], 0);
        double[] avg = a.tailAverage(4);
        assertEquals((a.weightsAfter(4)[1] + a.weightsAfter(5)[1]) / 2, avg[1], 1e-15);
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        Schedule s = Schedule.fullBatch(0.1, 10);
        assertMessage("reading must be REPARAMETERIZED or NOISE_HELD_FIXED",
                () -> DATA.trainWithDropout(new double[4], s, GaussianDropoutGradient.SCORE_FUNCTION, 1));
        assertMessage("w must have 4 entries", () -> DATA.expectedObjective(new double[3]));
        assertMessage("alpha must be >= 0", () -> DATA.withAlpha(-1));
        assertMessage("same number of examples",
                () -> GaussianDropoutRegression.of(new double[][] {{1}, {2}}, new double[] {1}, 0));
        assertMessage("x must be rectangular",
                () -> GaussianDropoutRegression.of(new double[][] {{1, 2}, {2}}, new double[] {1, 2}, 0));
        assertMessage("stepSize must be > 0", () -> Schedule.fullBatch(0, 10));
        assertMessage("too large", () -> DATA.trainPenalized(new double[4],
                Schedule.fullBatch(10 / DATA.largestCurvature(), 1000)));
        assertMessage("full column rank", () -> GaussianDropoutRegression.of(
                new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}, 0).leastSquaresWeights());
    }

    /**
     * The former hand-written SGD loop of trainPenalized (reshuffle when B &lt; N, w_k −= (η/B)·Σg_k),
     * kept here as the reference for the Sgd + Minibatches run, which subtracts η·(Σg_k/B): the two
     * differ by a rounding or two per step (u = 2⁻⁵³ of |Δw| and |w|), which a stable step does not
     * amplify, so T steps stay within 4Tu·max|w|.
     */
    @Test
    void theOptimizerRunMatchesTheFormerHandLoopToRounding() {
        double[][] x = new double[DATA.examples()][];
        double[] y = new double[DATA.examples()];
        int d = DATA.dimension();
        for (int i = 0; i < x.length; i++) {
            GaussianDropoutLinear u = DATA.unit(i, new double[d]);
            x[i] = u.input();
            y[i] = u.target();
        }
        double alpha = DATA.alpha();
        for (Schedule s : new Schedule[] {new Schedule(0.05, 6, 8, 3), Schedule.fullBatch(0.05, 6)}) {
            double[] w = new double[d];
            int n = x.length;
            int batch = Math.min(s.batchSize(), n);
            int[] order = java.util.stream.IntStream.range(0, n).toArray();
            SplittableRandom shuffle = new SplittableRandom(s.orderSeed());
            double largest = 0;
            int steps = 0;
            for (int epoch = 1; epoch <= s.epochs(); epoch++) {
                if (batch < n) {
                    thw2.random.Shuffle.inPlace(order, shuffle);
                }
                for (int start = 0; start < n; start += batch, steps++) {
                    int end = Math.min(n, start + batch);
                    double[] g = new double[d];
                    for (int b = start; b < end; b++) {
                        double[] xi = x[order[b]];
                        double e = y[order[b]];
                        for (int k = 0; k < d; k++) {
                            e -= w[k] * xi[k];
                        }
                        for (int k = 0; k < d; k++) {
                            g[k] += -e * xi[k] + alpha * w[k] * xi[k] * xi[k];
                        }
                    }
                    double step = s.stepSize() / (end - start);
                    for (int k = 0; k < d; k++) {
                        w[k] -= step * g[k];
                        largest = Math.max(largest, Math.abs(w[k]));
                    }
                }
            }
            double[] got = DATA.trainPenalized(new double[d], s).finalWeights();
            double tol = 4 * steps * 0x1p-53 * largest;
            for (int k = 0; k < d; k++) {
                assertEquals(w[k], got[k], tol, s + ", weight " + k);
            }
        }
    }
}

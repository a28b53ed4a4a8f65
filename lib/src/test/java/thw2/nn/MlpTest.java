package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;
import thw2.stats.RunningStats;

class MlpTest {
    private static double[][] randomMatrix(int n, int m, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][m];
        for (double[] row : x) {
            for (int j = 0; j < m; j++) {
                row[j] = r.nextDouble(-scale, scale);
            }
        }
        return x;
    }

    private static double[][] randomTargets(int n, int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] t = new double[n][m];
        for (double[] row : t) {
            for (int j = 0; j < m; j++) {
                row[j] = r.nextDouble();
            }
        }
        return t;
    }

    private static void assertGradientMatchesFiniteDifferences(Mlp net, Loss loss, double[][] x, double[][] t) {
        double[] analytic = net.gradients(loss, x, t).flatten();
        double[] numerical = GradientCheck.numericalGradient(
                theta -> net.withParameters(theta).loss(loss, x, t), net.parameters());
        double err = GradientCheck.maxRelativeError(analytic, numerical, 1e-8);
        assertTrue(err < 1e-6, net + " " + loss + ": relative error " + err);
    }

    @Test
    void gradientsMatchFiniteDifferencesForEveryActivationAndLoss() {
        double[][] x = randomMatrix(5, 3, 1.5, 1);
        double[][] t = randomTargets(5, 2, 2);
        for (Activation hidden : Activation.values()) {
            for (Loss loss : Loss.values()) {
                Mlp net = Mlp.builder(3, 4, 3, 2).activation(hidden)
                        .outputActivation(loss == Loss.SIGMOID_CROSS_ENTROPY ? Activation.IDENTITY : Activation.SIGMOID)
                        .init(Init.normal(0.8)).initialBias(0.1).seed(7).build();
                assertGradientMatchesFiniteDifferences(net, loss, x, t);
            }
        }
    }

    @Test
    void gradientsMatchFiniteDifferencesWithMixedBiases() {
        double[][] x = randomMatrix(4, 3, 1.0, 3);
        double[][] t = randomTargets(4, 1, 4);
        Mlp net = Mlp.builder(3, 5, 4, 1).activations(Activation.TANH, Activation.SIGMOID, Activation.IDENTITY)
                .biases(false, true, false).init(Init.xavier()).seed(11).build();
        assertGradientMatchesFiniteDifferences(net, Loss.SQUARED_ERROR, x, t);
        assertEquals(0, net.biases(0).length);
        assertEquals(4, net.biases(1).length);
    }

    @Test
    void inputGradientMatchesFiniteDifferences() {
        double[][] x = randomMatrix(3, 4, 1.0, 5);
        double[][] t = randomTargets(3, 2, 6);
        Mlp net = Mlp.builder(4, 6, 2).activation(Activation.TANH).init(Init.he()).seed(3).build();
        double[][] dx = net.gradients(Loss.SQUARED_ERROR, x, t).input();
        for (int i = 0; i < x.length; i++) {
            final int row = i;
            double[] num = GradientCheck.numericalGradient(v -> {
                double[][] xi = new double[x.length][];
                for (int r = 0; r < x.length; r++) {
                    xi[r] = r == row ? v : x[r];
                }
                return net.loss(Loss.SQUARED_ERROR, xi, t);
            }, x[i]);
            assertTrue(GradientCheck.maxRelativeError(dx[i], num, 1e-8) < 1e-6);
        }
    }

    @Test
    void forwardPassMatchesAHandComputation() {
        // 2 → 2 (sigmoid) → 1 (identity); parameters in the documented order W0 rows, b0, W1, b1
        Mlp shape = Mlp.builder(2, 2, 1).activations(Activation.SIGMOID, Activation.IDENTITY).build();
        Mlp net = shape.withParameters(new double[] {1, -2, 0.5, 0.25, 0.1, -0.3, 2, -1, 0.7});
        double x1 = 0.4;
        double x2 = -1.2;
        double h1 = 1 / (1 + Math.exp(-(1 * x1 - 2 * x2 + 0.1)));
        double h2 = 1 / (1 + Math.exp(-(0.5 * x1 + 0.25 * x2 - 0.3)));
        double y = 2 * h1 - 1 * h2 + 0.7;
        assertEquals(y, net.predict(new double[] {x1, x2})[0], 1e-14);
        Mlp.Trace trace = net.forward(new double[][] {{x1, x2}});
        assertEquals(h2, trace.activation(0)[0][1], 1e-15);
        assertEquals(0.5 * x1 + 0.25 * x2 - 0.3, trace.preActivation(0)[0][1], 1e-15);
    }

    @Test
    void parameterCountFollowsTheLayerFormula() {
        int[] widths = {20, 10, 10, 10, 10, 10, 1};
        int withBias = 0;
        int withoutBias = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            withBias += (widths[l] + 1) * widths[l + 1];
            withoutBias += widths[l] * widths[l + 1];
        }
        assertEquals(withBias, Mlp.builder(widths).build().parameterCount());
        assertEquals(withoutBias, Mlp.builder(widths).bias(false).build().parameterCount());
        Mlp net = Mlp.builder(widths).build();
        assertEquals(net.parameterCount(), net.parameters().length);
        assertEquals(net.parameterCount(), net.gradients(Loss.SQUARED_ERROR,
                randomMatrix(2, 20, 1, 1), randomTargets(2, 1, 2)).flatten().length);
    }

    @Test
    void badWidthsAreRejectedWithTheArgumentName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder());
        assertTrue(e.getMessage().contains("widths"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(5));
        assertTrue(e.getMessage().contains("widths"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(3, 0, 2));
        assertTrue(e.getMessage().contains("widths[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(3, -4, 2));
        assertTrue(e.getMessage().contains("widths[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder((int[]) null));
        assertTrue(e.getMessage().contains("widths"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Mlp.builder(3, 2, 1).activations(Activation.RELU));
        assertTrue(e.getMessage().contains("activations"), e.getMessage());
    }

    @Test
    void badInputsAreRejected() {
        Mlp net = Mlp.builder(2, 3, 1).build();
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[][] {{1, Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[0][]));
        Mlp.Gradients g = net.gradients(Loss.SQUARED_ERROR, new double[][] {{1, 2}}, new double[][] {{0.5}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.sgdStep(g, 0));
        assertTrue(e.getMessage().contains("learningRate"));
        assertThrows(IllegalArgumentException.class, () -> net.sgdStep(g, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(-1));
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(0));
        assertThrows(IllegalArgumentException.class,
                () -> net.gradients(Loss.SIGMOID_CROSS_ENTROPY, new double[][] {{1, 2}}, new double[][] {{2.0}}));
    }

    @Test
    void overflowIsReportedInsteadOfPropagatingInfinity() {
        Mlp net = Mlp.builder(2, 3, 3, 1).activation(Activation.IDENTITY).init(Init.constant(1e200)).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> net.forward(new double[][] {{1e200, 1e200}}));
        assertTrue(e.getMessage().contains("overflowed"), e.getMessage());
    }

    @Test
    void sgdStepSubtractsTheScaledGradientAndLowersTheLoss() {
        double[][] x = randomMatrix(8, 3, 1, 21);
        double[][] t = randomTargets(8, 1, 22);
        Mlp net = Mlp.builder(3, 5, 1).init(Init.xavier()).seed(5).build();
        double[] before = net.parameters();
        Mlp.Gradients g = net.gradients(Loss.SQUARED_ERROR, x, t);
        double[] grad = g.flatten();
        double lossBefore = net.loss(Loss.SQUARED_ERROR, x, t);
        net.sgdStep(g, 0.05);
        double[] after = net.parameters();
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i] - 0.05 * grad[i], after[i], 1e-15);
        }
        assertTrue(net.loss(Loss.SQUARED_ERROR, x, t) < lossBefore);
        // the convenience form returns the loss before its step
        double reported = net.sgdStep(Loss.SQUARED_ERROR, x, t, 0.05);
        assertEquals(net.copy().withParameters(after).loss(Loss.SQUARED_ERROR, x, t), reported, 1e-15);
    }

    @Test
    void equalInitialWeightsKeepHiddenUnitsIdenticalUnderTraining() {
        double[][] x = randomMatrix(16, 4, 1, 31);
        double[][] t = randomTargets(16, 1, 32);
        Mlp net = Mlp.builder(4, 5, 5, 1).init(Init.constant(0.3)).build();
        for (int step = 0; step < 50; step++) {
            net.sgdStep(Loss.SQUARED_ERROR, x, t, 0.5);
        }
        for (int l = 0; l < 2; l++) {
            double[][] w = net.weights(l);
            double[] b = net.biases(l);
            for (int j = 1; j < w.length; j++) {
                assertArrayEquals(w[0], w[j], 0.0, "layer " + l + " unit " + j);
                assertEquals(b[0], b[j], 0.0);
            }
        }
        // and the weights did move, so the equality is not just "nothing happened"
        assertNotEquals(0.3, net.weights(0)[0][0]);
        // with random weights the units differ
        Mlp random = Mlp.builder(4, 5, 5, 1).init(Init.normal(0.3)).seed(1).build();
        assertNotEquals(random.weights(0)[0][0], random.weights(0)[1][0]);
    }

    @Test
    void initSchemesHaveTheirDocumentedSpread() {
        int in = 300;
        int out = 200;
        for (Init init : List.of(Init.uniform(0.5), Init.normal(0.2), Init.xavier(), Init.xavier(4), Init.he())) {
            Mlp net = Mlp.builder(in, out, 1).init(init).seed(99).build();
            RunningStats s = new RunningStats();
            for (double[] row : net.weights(0)) {
                s.addAll(row);
            }
            double sd = init.standardDeviation(in, out);
            // mean 0 within 4 standard errors; variance within 4 of its own standard errors
            // (the variance of the sample variance is ≤ 2σ⁴/(n−1) for normal, less for uniform)
            assertEquals(0.0, s.mean(), 4 * sd / Math.sqrt(s.count()), init.toString());
            assertEquals(sd * sd, s.variance(), 4 * Math.sqrt(2.0 / (s.count() - 1)) * sd * sd, init.toString());
        }
        assertEquals(Math.sqrt(2.0 / 500), Init.xavier().standardDeviation(300, 200), 1e-15);
        assertEquals(Math.sqrt(2.0 / 300), Init.he().standardDeviation(300, 200), 1e-15);
        assertEquals(4 * Math.sqrt(2.0 / 500), Init.xavier(4).standardDeviation(300, 200), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Init.xavier(0));
        // Xavier's bound √(6/(n_in+n_out))
        double a = Math.sqrt(6.0 / 500);
        for (double[] row : Mlp.builder(in, out, 1).init(Init.xavier()).seed(1).build().weights(0)) {
            for (double v : row) {
                assertTrue(Math.abs(v) <= a);
            }
        }
    }

    @Test
    void theSeedDeterminesTheNetwork() {
        Mlp a = Mlp.builder(5, 4, 2).init(Init.he()).seed(17).build();
        Mlp b = Mlp.builder(5, 4, 2).init(Init.he()).seed(17).build();
        Mlp c = Mlp.builder(5, 4, 2).init(Init.he()).seed(18).build();
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        assertFalse(java.util.Arrays.equals(a.parameters(), c.parameters()));
        for (double v : Mlp.builder(5, 4, 2).init(Init.zero()).initialBias(0.25).build().parameters()) {
            assertTrue(v == 0.0 || v == 0.25);
        }
    }

    @Test
    void accessorsReturnCopies() {
        Mlp net = Mlp.builder(2, 2, 1).seed(1).build();
        double[][] w = net.weights(0);
        double keep = w[0][0];
        w[0][0] = 123;
        assertEquals(keep, net.weights(0)[0][0]);
        assertThrows(IllegalArgumentException.class, () -> net.weights(2));
    }

    @Test
    void statisticsAgreeWithTheTrace() {
        double[][] x = randomMatrix(10, 6, 1, 41);
        double[][] t = randomTargets(10, 1, 42);
        Mlp net = Mlp.builder(6, 8, 8, 1).activation(Activation.TANH).init(Init.xavier()).seed(2).build();
        Mlp.Trace trace = net.forward(x);
        Mlp.Gradients g = net.backward(trace, Loss.SQUARED_ERROR.gradient(trace.output(), t));
        List<Mlp.LayerStatistics> stats = net.statistics(trace, g);
        assertEquals(3, stats.size());
        double[][] a1 = trace.activation(1);
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (double[] row : a1) {
            for (double v : row) {
                sum += v;
                sq += v * v;
                n++;
            }
        }
        double mean = sum / n;
        assertEquals(mean, stats.get(1).activationMean(), 1e-14);
        assertEquals(Math.sqrt(sq / n - mean * mean), stats.get(1).activationStd(), 1e-12);
        double norm = 0;
        for (double[] row : g.weights(2)) {
            for (double v : row) {
                norm += v * v;
            }
        }
        assertEquals(Math.sqrt(norm), stats.get(2).weightGradientNorm(), 1e-15);
    }

    @Test
    void crossEntropyOnLogitsMatchesTheTextbookFormulaAndStaysFinite() {
        double[][] o = {{-3.0, 0.2, 4.0}};
        double[][] t = {{0.0, 1.0, 0.3}};
        double naive = 0;
        for (int j = 0; j < 3; j++) {
            double p = 1 / (1 + Math.exp(-o[0][j]));
            naive += -(t[0][j] * Math.log(p) + (1 - t[0][j]) * Math.log(1 - p));
        }
        assertEquals(naive, Loss.SIGMOID_CROSS_ENTROPY.value(o, t), 1e-13);
        // a confidently wrong logit of 800: the loss is 800, not ∞
        assertEquals(800.0, Loss.SIGMOID_CROSS_ENTROPY.value(new double[][] {{800}}, new double[][] {{0}}), 1e-12);
    }

    @Test
    void tanhDerivativeKeepsItsTail() {
        // sech²(20) = 4/(e^20 + e^-20)², while 1 − tanh²(20) rounds to 0
        double exact = 4 / Math.pow(Math.exp(20) + Math.exp(-20), 2);
        assertEquals(exact, Activation.TANH.derivative(20), 1e-12 * exact);
        for (Activation f : Activation.values()) {
            for (double z : new double[] {-2.3, -0.4, 0.6, 1.9}) {
                assertEquals(GradientCheck.numericalDerivative(f::apply, z), f.derivative(z), 1e-8, f + " at " + z);
            }
        }
    }

    @Test
    void fullBatchGradientDescentRecordsTheLossAtEveryStep() {
        double[][] x = randomMatrix(12, 3, 1, 51);
        double[][] t = randomTargets(12, 1, 52);
        Mlp a = Mlp.builder(3, 4, 1).init(Init.xavier()).seed(8).build();
        Mlp b = a.copy();
        double[] curve = a.fullBatchGradientDescent(Loss.SQUARED_ERROR, x, t, 0.3, 5);
        assertEquals(6, curve.length);
        for (int s = 0; s < 5; s++) {
            assertEquals(b.loss(Loss.SQUARED_ERROR, x, t), curve[s], 1e-15);
            b.sgdStep(b.gradients(Loss.SQUARED_ERROR, x, t), 0.3);
        }
        assertEquals(b.loss(Loss.SQUARED_ERROR, x, t), curve[5], 1e-15);
        assertArrayEquals(b.parameters(), a.parameters(), 0.0);
    }

    @Test
    void unitSpreadIsTheLargestDifferenceBetweenUnits() {
        Mlp shape = Mlp.builder(2, 3, 1).build();
        // W0 rows (1,2), (1,2.5), (0.5,2); biases 0, 0, 0.1; then W1 and b1
        Mlp net = shape.withParameters(new double[] {1, 2, 1, 2.5, 0.5, 2, 0, 0, 0.1, 1, 1, 1, 0});
        assertEquals(0.5, net.unitSpread(0), 0);
        assertEquals(0.0, Mlp.builder(2, 3, 1).init(Init.constant(0.7)).build().unitSpread(0));
    }
}

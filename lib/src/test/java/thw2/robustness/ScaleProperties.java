package thw2.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.committee.Committee;
import thw2.digits.DigitSet;
import thw2.digits.StratifiedSplit;
import thw2.linalg.GaussianElimination;
import thw2.nn.Activation;
import thw2.nn.LogisticRegression;
import thw2.nn.Mlp;
import thw2.optim.NewtonMethod;
import thw2.optim.QuadraticBowl;
import thw2.regularization.BatchNormStatistics;
import thw2.regularization.BatchNormUnit;
import thw2.regularization.GaussianDropoutRegression;

/**
 * Properties that must hold at every scale, checked on inputs drawn from a fixed seed (the same on every
 * run, so a failure can be repeated), and the examples of issue 16 one by one. A result is compared with
 * one computed independently: the same problem at scale 1, a closed form, or exact integer arithmetic.
 * Every property also runs at the extreme scales 1e-150 and 1e150.
 */
class ScaleProperties {
    private static final long SEED = 20261130L;

    /** The scale c of trial {@code t}: 1e-150 and 1e150 first, then powers of ten drawn from 1e-150 to 1e150. */
    private static double scale(SplittableRandom rng, int t) {
        return t == 0 ? 1e-150 : t == 1 ? 1e150 : Math.pow(10, rng.nextInt(-150, 151));
    }

    private static double[] uniform(SplittableRandom rng, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextDouble(lo, hi);
        }
        return v;
    }

    private static double maxAbs(double[] v) {
        return Arrays.stream(v).map(Math::abs).max().orElse(0);
    }

    private static void assertClose(double[] expected, double[] actual, double relTol, String what) {
        double scale = maxAbs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= relTol * scale, what + ": expected " + Arrays.toString(expected)
                    + ", got " + Arrays.toString(actual));
        }
    }

    // ------------------------------------------------------------------------- batch normalization

    @Test
    void batchNormalizationDoesNotDependOnTheScale() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int t = 0; t < 200; t++) {
            double c = scale(rng, t);
            double[] x = uniform(rng, rng.nextInt(2, 9), -1, 1);
            if (Arrays.stream(x).distinct().count() < 2) {
                continue;
            }
            double[] scaled = Arrays.stream(x).map(v -> v * c).toArray();
            assertClose(BatchNormStatistics.of(x, 0).normalized(), BatchNormStatistics.of(scaled, 0).normalized(), 1e-12,
                    "x̂ of the batch " + Arrays.toString(x) + " times " + c);
        }
    }

    @Test
    void aBatchOfPlusMinus1e200NormalizesToPlusMinusOne() {
        BatchNormStatistics s = BatchNormStatistics.of(new double[] {1e200, -1e200}, 1e-5);
        assertArrayEquals(new double[] {1, -1}, s.normalized(), 1e-15);
        assertThrows(ArithmeticException.class, s::biasedVariance, "σ² = 1e400 must be reported, not returned as ∞");
        BatchNormUnit unit = new BatchNormUnit(1, 0, 1e-5, 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> unit.train(new double[] {1e200, -1e200}));
        assertTrue(e.getMessage().startsWith("batch"), e.getMessage());
        assertEquals(1.0, unit.runningVariance(), "a refused batch must not change the running variance");
        assertEquals(0.0, unit.runningMean());
    }

    // ------------------------------------------------------------------------------ eigenvalues

    @Test
    void theEigenvaluesOfADiagonalBowlAreItsDiagonal() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int t = 0; t < 200; t++) {
            double a = scale(rng, t);
            double b = scale(rng, t + 1);
            double[] expected = {Math.min(a, b), Math.max(a, b)};
            double[] got = QuadraticBowl.of(new double[][] {{a, 0}, {0, b}}).eigenvalues();
            assertEquals(expected[0], got[0], 1e-15 * expected[0], "the small eigenvalue of diag(" + a + ", " + b + ")");
            assertEquals(expected[1], got[1], 1e-15 * expected[1], "the large eigenvalue of diag(" + a + ", " + b + ")");
        }
    }

    @Test
    void eigenvaluesScaleWithTheMatrix() {
        SplittableRandom rng = new SplittableRandom(SEED + 2);
        for (int t = 0; t < 200; t++) {
            double c = scale(rng, t);
            double[] lambda = uniform(rng, 3, 0.1, 10);
            Arrays.sort(lambda);
            eigenvaluesOfCH(lambda, rng.nextInt(0, 1001), c);
        }
    }

    private static void eigenvaluesOfCH(double[] lambda, int seed, double c) {
        double[][] h = QuadraticBowl.withEigenvalues(lambda, seed).matrix();
        double[][] ch = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ch[i][j] = c * h[i][j];
            }
        }
        double[] expected = Arrays.stream(lambda).map(v -> v * c).toArray();
        assertClose(expected, QuadraticBowl.of(ch).eigenvalues(), 1e-13, "the eigenvalues of c·H, c = " + c);
    }

    @Test
    void issueExamplesOfBadlyScaledBowls() {
        assertArrayEquals(new double[] {1, 1e16}, QuadraticBowl.of(new double[][] {{1e16, 0}, {0, 1}}).eigenvalues());
        assertEquals(QuadraticBowl.Curvature.POSITIVE_DEFINITE,
                QuadraticBowl.of(new double[][] {{1e16, 0}, {0, 1}}).curvature());
        QuadraticBowl huge = QuadraticBowl.of(new double[][] {{1e308, 0}, {0, 1}});
        assertArrayEquals(new double[] {1, 1e308}, huge.eigenvalues());
        assertThrows(ArithmeticException.class, () -> huge.gradient(new double[] {1, 1}),
                "a gradient of 2e308 is reported, not returned as ∞");
        assertArrayEquals(new double[] {0, 2}, huge.gradient(new double[] {0, 1}));
    }

    // ------------------------------------------------------------------------- linear systems

    @Test
    void rankDeficientSystemsAreRefusedAtEveryScale() {
        SplittableRandom rng = new SplittableRandom(SEED + 3);
        for (int t = 0; t < 200; t++) {
            rankDeficient(uniform(rng, 3, -1, 1), uniform(rng, 3, -1, 1), scale(rng, t));
        }
    }

    private static void rankDeficient(double[] a1, double[] a2, double c) {
        double[][] a = new double[3][3];
        for (int i = 0; i < 3; i++) { // third column = first + second: singular
            a[i][0] = c * a1[i];
            a[i][1] = c * a2[i];
            a[i][2] = c * (a1[i] + a2[i]);
        }
        var e = assertThrows(IllegalArgumentException.class, () -> GaussianElimination.solve(a, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().startsWith("a must be nonsingular"), e.getMessage());
    }

    @Test
    void wellConditionedSystemsAreSolvedAtEveryScale() {
        SplittableRandom rng = new SplittableRandom(SEED + 4);
        for (int t = 0; t < 200; t++) {
            wellConditioned(scale(rng, t), rng.nextInt(1, 7));
        }
    }

    private static void wellConditioned(double c, int n) {
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i][i] = c * (i + 1);
            if (i + 1 < n) {
                a[i][i + 1] = c * 0.25;
            }
            b[i] = i + 1;
        }
        double[] x = GaussianElimination.solve(a, b).x();
        for (int i = 0; i < n; i++) { // the residual, relative to the data
            double r = b[i] - a[i][i] * x[i] - (i + 1 < n ? a[i][i + 1] * x[i + 1] : 0);
            assertTrue(Math.abs(r) <= 1e-13 * n, "residual " + r + " at row " + i + " for c = " + c);
        }
        assertArrayEquals(NewtonMethod.newtonDirection(a, b), x, 0.0, "Newton's direction is the same solve");
    }

    @Test
    void issueExamplesOfLinearSystems() {
        assertThrows(IllegalArgumentException.class, () -> GaussianElimination.solve(
                new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, new double[] {1, 2, 3}));
        double[] d = NewtonMethod.newtonDirection(new double[][] {{1e-13, 0}, {0, 1e-13}}, new double[] {1e-13, 2e-13});
        assertArrayEquals(new double[] {1, 2}, d, 1e-15);
        NewtonMethod tiny = NewtonMethod.on(QuadraticBowl.of(new double[][] {{1e-13, 0}, {0, 1e-13}}));
        assertArrayEquals(new double[] {0.5, -2}, tiny.direction(new double[] {0.5, -2}), 1e-15);
    }

    @Test
    void operationCountsAreExactOrRefused() {
        SplittableRandom rng = new SplittableRandom(SEED + 5);
        // both sides of the largest n whose count fits a long, then random n
        int[] fixed = {1, 2, 3, 3_000_000, 3_024_615, 3_024_616, 4_000_000};
        for (int t = 0; t < 300; t++) {
            operationCount(t < fixed.length ? fixed[t] : rng.nextInt(1, 4_000_001));
        }
    }

    private static void operationCount(int n) {
        BigInteger m = BigInteger.valueOf(n);
        BigInteger exact = m.pow(3).add(m.pow(2).multiply(BigInteger.valueOf(3))).subtract(m).divide(BigInteger.valueOf(3));
        if (exact.bitLength() <= 63) {
            assertEquals(exact.longValueExact(), GaussianElimination.multiplicationsFor(n), "n = " + n);
        } else {
            assertThrows(IllegalArgumentException.class, () -> GaussianElimination.multiplicationsFor(n), "n = " + n);
        }
    }

    @Test
    void issueExampleOfTheOperationCount() {
        assertEquals(9_000_008_999_999_000L, GaussianElimination.multiplicationsFor(3_000_000) / 1000);
    }

    // ------------------------------------------------------------------------------ regression

    @Test
    void leastSquaresWeightsScaleInverselyWithTheInputs() {
        SplittableRandom rng = new SplittableRandom(SEED + 6);
        for (int t = 0; t < 100; t++) {
            leastSquaresAtScale(scale(rng, t));
        }
    }

    private static void leastSquaresAtScale(double c) {
        double[][] x = {{1, 0.5}, {0.25, 2}, {-1, 1}, {0.5, -0.75}};
        double[] y = {1, 2, -0.5, 0.25};
        double[][] cx = new double[4][2];
        for (int i = 0; i < 4; i++) {
            cx[i][0] = c * x[i][0];
            cx[i][1] = c * x[i][1];
        }
        GaussianDropoutRegression base = GaussianDropoutRegression.of(x, y, 0.5);
        GaussianDropoutRegression scaled = GaussianDropoutRegression.of(cx, y, 0.5);
        assertClose(Arrays.stream(base.leastSquaresWeights()).map(w -> w / c).toArray(), scaled.leastSquaresWeights(),
                1e-12, "least squares on c·x, c = " + c);
        assertClose(Arrays.stream(base.penalizedWeights()).map(w -> w / c).toArray(), scaled.penalizedWeights(),
                1e-12, "the dropout-penalized weights on c·x");
    }

    @Test
    void issueExamplesOfRegression() {
        assertArrayEquals(new double[] {2e-200},
                GaussianDropoutRegression.of(new double[][] {{1e200}, {1e200}}, new double[] {2, 2}, 0)
                        .leastSquaresWeights(), 1e-214);
        double[][] x = {{1e-6, 0}, {0, 1e-6}};
        assertArrayEquals(new double[] {3e6, 4e6},
                GaussianDropoutRegression.of(x, new double[] {3, 4}, 0).leastSquaresWeights(), 1e-8);
    }

    // --------------------------------------------------------------------- the other examples

    @Test
    void issueExamplesOfSilentAnswers() {
        assertThrows(IllegalArgumentException.class, () -> Committee.argmaxRows(new double[][] {{Double.NaN, 0.9}}));
        assertThrows(IllegalArgumentException.class, () -> Activation.RELU.apply(Double.NaN));
        LogisticRegression m = new LogisticRegression(new double[] {1, 2}, 0);
        assertThrows(IllegalArgumentException.class, () -> m.step(new double[] {1, 1, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> m.step(new double[] {1, 1, 1}, -0.1));
        Mlp net = Mlp.builder(2, 3, 1).build();
        Mlp other = Mlp.builder(2, 4, 1).build();
        double[][] x = {{1, 2}};
        Mlp.Trace foreign = other.forward(x);
        var e = assertThrows(IllegalArgumentException.class,
                () -> net.statistics(foreign, other.backward(foreign, new double[][] {{1}})));
        assertTrue(e.getMessage().startsWith("trace must come from a network of widths [2, 3, 1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.backward(foreign, new double[][] {{1}}));
    }

    @Test
    void issueExamplesOfSizes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder(50_000, 50_000));
        assertTrue(e.getMessage().startsWith("widths [50000, 50000]"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DigitSet.of("huge", 65536, 65536, new byte[0], new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> QuadraticBowl.of(new double[][] {{2}}).gradientDescentPath(new double[] {1}, 0.1, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> Mlp.builder(1, 1).build()
                .fullBatchGradientDescent(thw2.nn.Loss.SQUARED_ERROR, x1(), x1(), 0.1, Integer.MAX_VALUE));
        StratifiedSplit s = StratifiedSplit.of(new int[] {0, 200_000_000, 0, 200_000_000}, 0.5, 1);
        assertEquals(2, s.test().length);
        assertEquals(2, s.train().length);
    }

    private static double[][] x1() {
        return new double[][] {{1}};
    }

    @Test
    void guaranteedIterationsDoesNotSaturate() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{1, 0}, {0, 1}});
        assertThrows(ArithmeticException.class, () -> b.guaranteedIterations(1e-15, 0.5));
        assertEquals((int) Math.ceil(Math.log(0.5) / Math.log(1 - 2e-3)), b.guaranteedIterations(1e-3, 0.5));
    }
}

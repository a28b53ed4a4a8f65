package thw2.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.linalg.GaussianElimination;
import thw2.linalg.SymmetricEigen;
import thw2.nn.Init;
import thw2.nn.LogisticRegression;
import thw2.optim.GradientOracle;
import thw2.optim.QuadraticBowl;
import thw2.plot.Contours;
import thw2.plot.LevelSets;
import thw2.regularization.BatchNormStatistics;
import thw2.stats.RunningStats;

/**
 * Properties at the ends of the double range (issue 24): magnitudes from 1e-300 to 1e300 in one
 * input, subnormal numbers, and values next to Double.MAX_VALUE, in products, quotients, squares,
 * scale factors, samplers and grids. Each result is either right (compared with an independent
 * computation: exact decimal arithmetic, a closed form) or refused with the library's own exception;
 * never NaN, ∞, or a value that is silently wrong. Inputs are drawn from a fixed seed.
 */
class ExtremeScaleProperties {
    private static final long SEED = 20261208L;
    private static final MathContext MC = new MathContext(40);

    /** A random magnitude 10^k, k uniform in [-300, 300], now and then a subnormal or a value near MAX_VALUE. */
    private static double magnitude(SplittableRandom rng) {
        int pick = rng.nextInt(20);
        if (pick == 0) {
            return Double.MIN_VALUE * (1 + rng.nextInt(1000));
        }
        if (pick == 1) {
            return Double.MAX_VALUE / (1 + rng.nextInt(16));
        }
        return Math.pow(10, rng.nextInt(-300, 301)) * rng.nextDouble(1, 10);
    }

    private static boolean ownError(RuntimeException e) {
        return e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof ArithmeticException;
    }

    // ------------------------------------------------------------------------------- eigenvalues

    @Test
    void theEigenvaluesOfADiagonalMatrixAreItsDiagonalAcrossTheWholeRange() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int t = 0; t < 300; t++) {
            int n = rng.nextInt(1, 6);
            double[][] s = new double[n][n];
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                s[i][i] = magnitude(rng) * (rng.nextBoolean() ? 1 : -1);
                expected[i] = s[i][i];
            }
            Arrays.sort(expected);
            assertEquals(Arrays.toString(expected), Arrays.toString(SymmetricEigen.of(s).eigenvalues()),
                    "the eigenvalues of diag" + Arrays.toString(expected));
            if (n > 1 && Math.abs(expected[n - 1]) < 1e300) {
                double[] bowl = QuadraticBowl.of(s).eigenvalues();
                assertEquals(Arrays.toString(expected), Arrays.toString(bowl), "the bowl diag" + Arrays.toString(expected));
            }
        }
    }

    @Test
    void aGradedPositiveDefiniteMatrixKeepsItsSmallEigenvalue() {
        // H = [[p, a], [a, q]] with p = d², q = 1/d² (d from 10 to 1e150) and |a| < √(pq) = 1: positive
        // definite, its eigenvalues (p + q ± √((p − q)² + 4a²))/2, the small one as det H/λ_big, in exact arithmetic
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int t = 0; t < 200; t++) {
            double d = Math.pow(10, rng.nextInt(1, 151));
            double a = rng.nextDouble(-0.9, 0.9);
            double p = d * d;
            double q = 1 / (d * d);
            double[] lambda = SymmetricEigen.of(new double[][] {{p, a}, {a, q}}).eigenvalues();
            BigDecimal bp = new BigDecimal(p);
            BigDecimal bq = new BigDecimal(q);
            BigDecimal ba = new BigDecimal(a);
            BigDecimal root = bp.subtract(bq).pow(2).add(ba.pow(2).multiply(BigDecimal.valueOf(4))).sqrt(MC);
            BigDecimal big = bp.add(bq).add(root).divide(BigDecimal.valueOf(2), MC);
            BigDecimal small = bp.multiply(bq).subtract(ba.pow(2)).divide(big, MC);
            assertEquals(big.doubleValue(), lambda[1], 1e-14 * big.doubleValue(), "λ_big for d = " + d + ", a = " + a);
            assertEquals(small.doubleValue(), lambda[0], 1e-13 * small.doubleValue(), "λ_small for d = " + d + ", a = " + a);
        }
    }

    @Test
    void aBowlWhoseConditionNumberOverflowsSaysSo() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{1e300, 0}, {0, 1e-300}});
        assertThrows(ArithmeticException.class, b::conditionNumber);
        QuadraticBowl tiny = QuadraticBowl.of(new double[][] {{1e-310, 0}, {0, 1e-310}});
        assertThrows(ArithmeticException.class, tiny::criticalStepSize, "1/1e-310 is beyond the double range");
        assertThrows(ArithmeticException.class, tiny::optimalStepSize);
        QuadraticBowl unit = QuadraticBowl.of(new double[][] {{1, 0}, {0, 1}});
        assertThrows(ArithmeticException.class, () -> unit.contractionFactors(1e308));
        assertTrue(!unit.gradientDescentConverges(1e308), "a step of 1e308 diverges");
        assertTrue(unit.gradientDescentConverges(1e-300), "a step of 1e-300 converges, slowly");
        assertThrows(ArithmeticException.class, () -> unit.guaranteedIterations(1e-300, 0.5),
                "about 3e299 steps are more than an int counts");
        // J(w) of an indefinite H at w = (1e5, 1e5): 1e310 − 1e310 = 0, not NaN
        assertEquals(0.0, QuadraticBowl.of(new double[][] {{1e300, 0}, {0, -1e300}}).value(new double[] {1e5, 1e5}));
        assertEquals(List.of(0.0, 0.0), Arrays.stream(QuadraticBowl.of(new double[][] {{1e300, -1e300}, {-1e300, 1e300}})
                .gradient(new double[] {1e10, 1e10})).boxed().toList());
        // an off-diagonal entry far above the diagonal ones: indefinite, not refused
        assertEquals(QuadraticBowl.Curvature.INDEFINITE,
                QuadraticBowl.of(new double[][] {{1e-300, 1e300}, {1e300, 1e-300}}).curvature());
    }

    // -------------------------------------------------------------------------- linear systems

    @Test
    void aDiagonalSystemIsSolvedEntryByEntryAcrossTheRange() {
        SplittableRandom rng = new SplittableRandom(SEED + 2);
        for (int t = 0; t < 200; t++) {
            double a = Math.pow(10, rng.nextInt(-150, 151));
            double[][] m = {{a, 0}, {0, a}};
            double[] b = {magnitude(rng), magnitude(rng)};
            double[] x;
            try {
                x = GaussianElimination.solve(m, b).x();
            } catch (ArithmeticException e) {
                assertTrue(Math.abs(b[0] / a) > Double.MAX_VALUE / 2 || Math.abs(b[1] / a) > Double.MAX_VALUE / 2,
                        e.getMessage());
                continue;
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(b[i] / a, x[i], Math.ulp(b[i] / a) * 4, "x[" + i + "] of " + a + "·I·x = " + Arrays.toString(b));
            }
        }
    }

    // ------------------------------------------------------------------------ batch normalization

    @Test
    void batchNormalizationAgreesWithExactArithmeticForEveryScaleAndEpsilon() {
        SplittableRandom rng = new SplittableRandom(SEED + 3);
        for (int t = 0; t < 400; t++) {
            double c = magnitude(rng);
            double eps = rng.nextInt(4) == 0 ? 0 : magnitude(rng);
            int b = rng.nextInt(2, 6);
            double[] x = new double[b];
            boolean constant = rng.nextInt(5) == 0;
            for (int i = 0; i < b; i++) {
                x[i] = constant ? c : c * rng.nextDouble(-1, 1);
            }
            double[] expected = exactNormalized(x, eps);
            double[] got;
            try {
                got = BatchNormStatistics.of(x, eps).normalized();
            } catch (RuntimeException e) {
                if (!ownError(e)) {
                    throw e;
                }
                assertTrue(expected == null || Arrays.stream(expected).anyMatch(v -> Math.abs(v) > Double.MAX_VALUE),
                        "refused " + Arrays.toString(x) + " with ε = " + eps + " (" + e.getMessage() + "), expected "
                                + Arrays.toString(expected));
                continue;
            }
            if (expected == null) {
                fail("x̂ of " + Arrays.toString(x) + " with ε = 0 is undefined, got " + Arrays.toString(got));
            }
            for (int i = 0; i < b; i++) {
                double tol = 1e-9 * Math.max(Math.abs(expected[i]), 1e-300) + 1e-300;
                assertEquals(expected[i], got[i], tol, "x̂[" + i + "] of " + Arrays.toString(x) + " with ε = " + eps);
            }
        }
    }

    /**
     * x̂ from exact sums: with S = Σxⱼ and Dᵢ = B·xᵢ − S (exact), x̂ᵢ = (Dᵢ/B)/√(ΣDⱼ²/B³ + ε), only the square
     * root and the last division rounded (to 40 digits); null when σ² + ε = 0.
     */
    private static double[] exactNormalized(double[] x, double eps) {
        BigDecimal b = BigDecimal.valueOf(x.length);
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal[] dev = new BigDecimal[x.length];
        BigDecimal squares = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            dev[i] = new BigDecimal(x[i]).multiply(b).subtract(sum);
            squares = squares.add(dev[i].multiply(dev[i]));
        }
        BigDecimal var = squares.divide(b.pow(3), MC).add(new BigDecimal(eps));
        if (var.signum() == 0) {
            return null;
        }
        BigDecimal sd = var.sqrt(MC);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = dev[i].divide(b, MC).divide(sd, MC).doubleValue();
        }
        return out;
    }

    @Test
    void theStandardDeviationOfHugeSamplesIsNotRefusedWithTheirVariance() {
        RunningStats r = new RunningStats().add(1e200).add(-1e200);
        assertThrows(ArithmeticException.class, r::variance, "2e400 is beyond the double range");
        assertEquals(Math.sqrt(2) * 1e200, r.standardDeviation(), 1e186);
        assertEquals(1e200, r.standardError(), 1e186);
    }

    // --------------------------------------------------------------------------- samplers and grids

    @Test
    void samplersAtExtremeScalesDrawFiniteValuesOrSaySo() {
        for (Init init : List.of(Init.uniform(Double.MAX_VALUE), Init.uniform(1e-300), Init.normal(1e300),
                Init.normal(Double.MAX_VALUE), Init.xavier(1e300), Init.xavier(Double.MAX_VALUE), Init.normal(4.9e-324))) {
            SplittableRandom rng = new SplittableRandom(1);
            for (int k = 0; k < 200; k++) {
                try {
                    double w = init.sample(3, 2, rng);
                    assertTrue(Double.isFinite(w), init + " drew " + w);
                } catch (ArithmeticException e) {
                    assertTrue(e.getMessage().contains("std") || e.getMessage().contains("gain"), e.getMessage());
                }
            }
        }
        GradientOracle noise = GradientOracle.gaussianNoise(1e308, 1e308, 1);
        for (int t = 1; t <= 20; t++) {
            int step = t;
            try {
                double[] g = noise.gradient(step, new double[3]);
                assertTrue(Arrays.stream(g).allMatch(Double::isFinite), Arrays.toString(g));
            } catch (ArithmeticException e) {
                assertTrue(e.getMessage().contains("sd"), e.getMessage());
            }
        }
        var e = assertThrows(ArithmeticException.class, () -> LogisticRegression.sample(10, 3, Double.MAX_VALUE, 0, 1));
        assertTrue(e.getMessage().contains("weightScale"), e.getMessage());
    }

    @Test
    void gridsSpanningTheDoubleRangeHaveFiniteCoordinates() {
        double[][] spans = {{-Double.MAX_VALUE, Double.MAX_VALUE}, {-1e308, 1e308}, {0, Double.MIN_VALUE * 64},
            {1e300, 1.5e300}, {-1e-300, 1e-300}};
        for (double[] xs : spans) {
            for (double[] ys : spans) {
                Contours c = Contours.of((x, y) -> x / 4 + y / 4, xs[0], xs[1], ys[0], ys[1], 7, 5);
                double level = xs[0] / 8 + xs[1] / 8 + ys[0] / 8 + ys[1] / 8;
                double[][] line = c.line(level);
                for (double[] coordinates : line) {
                    for (double v : coordinates) {
                        assertTrue(Double.isFinite(v) || Double.isNaN(v), "a contour point " + v + " for the grid "
                                + Arrays.toString(xs) + " × " + Arrays.toString(ys));
                    }
                }
                for (int i = 0; i < line[0].length; i++) {
                    assertEquals(Double.isNaN(line[0][i]), Double.isNaN(line[1][i]), "NaN separators come in pairs");
                }
            }
        }
        // the level 1e300 of a bowl of eigenvalues 1e-300 and 1e300: an ellipse of semi-axes √1e600 = 1e300 and 1
        var curves = LevelSets.of(QuadraticBowl.of(new double[][] {{1e-300, 0}, {0, 1e300}}), 1e300, 5, 1);
        assertEquals(1, curves.size());
        assertEquals(1e300, Arrays.stream(curves.get(0)[0]).max().orElseThrow(), 1e286);
        assertEquals(1, Arrays.stream(curves.get(0)[1]).max().orElseThrow(), 1e-14);
    }
}

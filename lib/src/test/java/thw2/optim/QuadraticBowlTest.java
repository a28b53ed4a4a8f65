package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;

class QuadraticBowlTest {

    private static double[] randomVector(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    private static double[] randomSpectrum(SplittableRandom rng, int n, double lo, double hi) {
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return l;
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void eigenvaluesOfARandomRotationAreTheOnesPutIn() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rng.nextInt(12);
            double[] l = randomSpectrum(rng, n, -3, 5);
            QuadraticBowl b = QuadraticBowl.withEigenvalues(l, trial);
            double[] sorted = l.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, b.eigenvalues(), 1e-12, "trial " + trial);
            assertTrue(b.isSymmetric());
            // S q_i = λ_i q_i, checked by plain matrix-vector products
            RealMatrix s = new Array2DRowRealMatrix(b.symmetricPart());
            for (int i = 0; i < n; i++) {
                double[] qi = b.eigenvector(i);
                double[] sq = s.operate(qi);
                for (int k = 0; k < n; k++) {
                    assertEquals(b.eigenvalues()[i] * qi[k], sq[k], 1e-12);
                }
                assertEquals(1.0, QuadraticBowl.norm(qi), 1e-13);
            }
        }
    }

    @Test
    void aRandomOrthogonalMatrixIsOrthogonal() {
        QuadraticBowl b = QuadraticBowl.withEigenvalues(new double[] {1, 2, 3, 4, 5, 6}, 3);
        RealMatrix q = new Array2DRowRealMatrix(b.eigenvectorMatrix());
        RealMatrix qtq = q.transpose().multiply(q);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(i == j ? 1 : 0, qtq.getEntry(i, j), 1e-13);
            }
        }
        double[] c = {1, -2, 3, 0.5, 0, 7};
        assertArrayEquals(c, b.eigenCoordinates(b.fromEigenCoordinates(c)), 1e-13);
        // w = Σ c_i q_i, by hand
        double[] w = b.fromEigenCoordinates(c);
        for (int k = 0; k < 6; k++) {
            double sum = 0;
            for (int i = 0; i < 6; i++) {
                sum += c[i] * b.eigenvector(i)[k];
            }
            assertEquals(sum, w[k], 1e-13);
        }
    }

    @Test
    void gradientIsHPlusHTransposeTimesWAndMatchesFiniteDifferencesForNonSymmetricH() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + rng.nextInt(8);
            double[][] h = new double[n][];
            for (int i = 0; i < n; i++) {
                h[i] = randomVector(rng, n);
            }
            QuadraticBowl b = QuadraticBowl.of(h);
            double[] w = randomVector(rng, n);
            double[] numerical = GradientCheck.numericalGradient(b::value, w);
            assertTrue(GradientCheck.maxRelativeError(b.gradient(w), numerical, 1e-6) < 1e-7, "trial " + trial);
            // J(w) = wᵀSw with S = (H+Hᵀ)/2, computed independently
            double[][] s = b.symmetricPart();
            double wsw = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    wsw += w[i] * s[i][j] * w[j];
                }
            }
            assertEquals(wsw, b.value(w), 1e-12 * Math.max(1, Math.abs(wsw)));
        }
    }

    @Test
    void theTextbookGradient2HwIsWrongForANonSymmetricH() {
        double[][] h = {{1, 4}, {0, 3}};
        QuadraticBowl b = QuadraticBowl.of(h);
        assertFalse(b.isSymmetric());
        double[] w = {1, 1};
        // (H + Hᵀ)w = [[2,4],[4,6]]·(1,1) = (6, 10); 2Hw = (10, 6)
        assertArrayEquals(new double[] {6, 10}, b.gradient(w), 1e-15);
        assertArrayEquals(new double[][] {{1, 2}, {2, 3}}, b.symmetricPart());
        assertEquals(8.0, b.value(w), 0);
    }

    @Test
    void closedFormEqualsIterationForManyStepCountsOnRandomBowls() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + rng.nextInt(10);
            double[] l = randomSpectrum(rng, n, 0.1, 4);
            QuadraticBowl b = QuadraticBowl.withEigenvalues(l, 100 + trial);
            double eps = (0.1 + 0.85 * rng.nextDouble()) / b.lambdaMax();
            double[] w0 = randomVector(rng, n);
            double[] w = w0.clone();
            for (int t = 1; t <= 3000; t++) {
                w = b.gradientDescentStep(w, eps);
                if (t % 97 == 0 || t < 20) {
                    double[] closed = b.gradientDescentClosedForm(w0, eps, t);
                    double scale = QuadraticBowl.norm(w);
                    if (scale < 1e-290) {
                        break;
                    }
                    // rounding in t repeated steps accumulates like t·ε (ε = machine epsilon)
                    double tol = 4.0 * n * (t + 1) * Math.ulp(1.0) * scale;
                    assertTrue(maxAbsDiff(w, closed) <= tol,
                            "trial " + trial + " t " + t + ": " + maxAbsDiff(w, closed) / tol);
                }
            }
            assertArrayEquals(w0, b.gradientDescentClosedForm(w0, eps, 0), 1e-14);
        }
    }

    @Test
    void eachEigenCoordinateIsMultipliedByItsContractionFactor() {
        QuadraticBowl b = QuadraticBowl.withEigenvalues(new double[] {0.5, 1, 3, 7}, 9);
        double eps = 0.11;
        double[] w = {1, -2, 0.5, 3};
        double[] before = new double[4];
        double[] after = new double[4];
        double[] next = b.gradientDescentStep(w, eps);
        for (int i = 0; i < 4; i++) {
            double[] qi = b.eigenvector(i);
            for (int k = 0; k < 4; k++) {
                before[i] += qi[k] * w[k];
                after[i] += qi[k] * next[k];
            }
        }
        double[] f = b.contractionFactors(eps);
        for (int i = 0; i < 4; i++) {
            assertEquals(before[i] * f[i], after[i], 1e-13);
            assertEquals(1 - 2 * eps * b.eigenvalues()[i], f[i], 1e-15);
        }
    }

    @Test
    void convergenceHoldsExactlyBelowTheCriticalStepForPositiveDefiniteBowls() {
        SplittableRandom rng = new SplittableRandom(77);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(6);
            QuadraticBowl b = QuadraticBowl.withEigenvalues(randomSpectrum(rng, n, 0.2, 3), trial);
            double crit = b.criticalStepSize();
            double ratio = 0.05 + 1.9 * rng.nextDouble();
            if (Math.abs(ratio - 1) < 0.02) {
                continue;
            }
            double eps = ratio * crit;
            double[] w0 = randomVector(rng, n);
            // by brute force: run 3000 steps and see whether the iterate shrank or grew
            double[] w = w0;
            boolean overflow = false;
            try {
                w = b.gradientDescentByIteration(w0, eps, 3000);
            } catch (ArithmeticException e) {
                overflow = true;
            }
            boolean shrank = !overflow && QuadraticBowl.norm(w) < 1e-6 * QuadraticBowl.norm(w0);
            assertEquals(ratio < 1, shrank, "trial " + trial + " ratio " + ratio);
            assertEquals(ratio < 1, b.gradientDescentConverges(eps));
        }
    }

    @Test
    void noStepSizeConvergesWhenHHasANegativeEigenvalue() {
        SplittableRandom rng = new SplittableRandom(78);
        for (int trial = 0; trial < 100; trial++) {
            int n = 2 + rng.nextInt(5);
            double[] l = randomSpectrum(rng, n, 0.2, 3);
            l[rng.nextInt(n)] = -0.1 - rng.nextDouble();
            QuadraticBowl b = QuadraticBowl.withEigenvalues(l, trial);
            assertEquals(QuadraticBowl.Curvature.INDEFINITE, b.curvature());
            double eps = (0.01 + 0.98 * rng.nextDouble()) * b.criticalStepSize();
            assertFalse(b.gradientDescentConverges(eps));
            double[] w0 = randomVector(rng, n);
            double[] w = b.gradientDescentByIteration(w0, eps, 200);
            assertTrue(QuadraticBowl.norm(w) > QuadraticBowl.norm(w0), "moves away from the saddle");
            assertTrue(b.value(w) < b.value(w0), "and J decreases without bound");
        }
    }

    @Test
    void atTheCriticalStepTheTopDirectionFlipsSignForever() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{1, 0}, {0, 4}});
        double eps = b.criticalStepSize();
        assertEquals(0.25, eps, 0);
        double[] w0 = {1, 1};
        for (int t : new int[] {1, 2, 1001, 5000}) {
            double[] w = b.gradientDescentByIteration(w0, eps, t);
            assertEquals(t % 2 == 0 ? 1 : -1, w[1], 0, "coordinate along λ_max");
            assertEquals(Math.pow(0.5, t), w[0], 1e-300 + 1e-15 * Math.pow(0.5, t));
        }
        assertFalse(b.gradientDescentConverges(eps));
        assertEquals(1.0, b.spectralRadius(eps), 0);
    }

    @Test
    void theOptimalStepMinimisesTheSpectralRadiusByGridSearch() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + rng.nextInt(5);
            QuadraticBowl b = QuadraticBowl.withEigenvalues(randomSpectrum(rng, n, 0.1, 5), trial);
            double bestEps = 0;
            double best = Double.POSITIVE_INFINITY;
            int grid = 20000;
            for (int k = 1; k < grid; k++) {
                double eps = b.criticalStepSize() * k / grid;
                double r = b.spectralRadius(eps);
                if (r < best) {
                    best = r;
                    bestEps = eps;
                }
            }
            assertEquals(b.optimalStepSize(), bestEps, 2 * b.criticalStepSize() / grid);
            assertEquals(b.optimalRate(), best, 1e-3);
            double kappa = b.conditionNumber();
            assertEquals((kappa - 1) / (kappa + 1), b.optimalRate(), 1e-14);
        }
    }

    @Test
    void iterationsNeededNeverExceedTheGuaranteeAndMeetItForBalancedStarts() {
        for (double kappa : new double[] {1.5, 2, 5, 10, 30, 100}) {
            QuadraticBowl b = QuadraticBowl.of(new double[][] {{1, 0}, {0, kappa}});
            double eps = b.optimalStepSize();
            double[] w0 = {1, 1};
            int measured = b.iterationsToReduce(w0, eps, 1e-6, 100000).orElseThrow();
            int guaranteed = b.guaranteedIterations(eps, 1e-6);
            // both coordinates shrink by exactly ρ per step, so the norm is ρᵗ‖w₀‖
            assertTrue(Math.abs(measured - guaranteed) <= 1, kappa + ": " + measured + " vs " + guaranteed);
            double rho = (kappa - 1) / (kappa + 1);
            int brute = 0;
            double norm = 1;
            while (norm > 1e-6) {
                norm *= rho;
                brute++;
            }
            assertTrue(Math.abs(measured - brute) <= 1);
        }
        SplittableRandom rng = new SplittableRandom(8);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + rng.nextInt(5);
            QuadraticBowl b = QuadraticBowl.withEigenvalues(randomSpectrum(rng, n, 0.1, 5), trial);
            double eps = (0.1 + 0.8 * rng.nextDouble()) * b.criticalStepSize();
            int measured = b.iterationsToReduce(randomVector(rng, n), eps, 1e-4, 1_000_000).orElseThrow();
            assertTrue(measured <= b.guaranteedIterations(eps, 1e-4));
        }
    }

    @Test
    void noGuaranteeIsGivenForAStepThatDoesNotConverge() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{4, 0}, {0, 1}});
        assertThrows(IllegalArgumentException.class, () -> b.guaranteedIterations(b.criticalStepSize(), 1e-3));
        assertThrows(IllegalArgumentException.class, () -> b.guaranteedIterations(0.1, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> QuadraticBowl.of(new double[][] {{1, 0}, {0, 0}}).guaranteedIterations(0.1, 1e-3));
        assertTrue(b.iterationsToReduce(new double[] {1, 1}, 0.3, 1e-3, 10_000).isEmpty(), "ε > 1/λ_max never gets there");
    }

    @Test
    void curvatureIsClassifiedBySigns() {
        assertEquals(QuadraticBowl.Curvature.POSITIVE_DEFINITE, QuadraticBowl.of(new double[][] {{2, 1}, {1, 2}}).curvature());
        QuadraticBowl psd = QuadraticBowl.of(new double[][] {{1, 1}, {1, 1}});
        assertEquals(QuadraticBowl.Curvature.POSITIVE_SEMIDEFINITE, psd.curvature());
        assertTrue(psd.isSingular());
        assertEquals(QuadraticBowl.Curvature.INDEFINITE, QuadraticBowl.of(new double[][] {{1, 2}, {2, 1}}).curvature());
        assertEquals(QuadraticBowl.Curvature.NEGATIVE_DEFINITE, QuadraticBowl.of(new double[][] {{-2, 0}, {0, -1}}).curvature());
        assertEquals(QuadraticBowl.Curvature.NEGATIVE_SEMIDEFINITE, QuadraticBowl.of(new double[][] {{-1, 0}, {0, 0}}).curvature());
        assertEquals(QuadraticBowl.Curvature.ZERO, QuadraticBowl.of(new double[][] {{0, 1}, {-1, 0}}).curvature(),
                "a purely antisymmetric H gives J = 0");
    }

    @Test
    void aSingularPositiveSemidefiniteBowlStopsAtANonzeroMinimiser() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{1, 1}, {1, 1}}); // λ = 0, 2
        double eps = 0.2;
        double[] w = b.gradientDescentClosedForm(new double[] {1, 0}, eps, 500);
        // the null-space part (1,-1)/2 of w₀ never moves
        assertArrayEquals(new double[] {0.5, -0.5}, w, 1e-12);
        assertFalse(b.gradientDescentConverges(eps));
        assertThrows(IllegalStateException.class, b::conditionNumber);
    }

    @Test
    void badInputGivesClearErrors() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{2, 0}, {0, 1}});
        assertMessage(() -> b.gradientDescentStep(new double[] {1, 1}, 0), "eps must be > 0");
        assertMessage(() -> b.gradientDescentStep(new double[] {1, 1}, -0.1), "eps must be > 0");
        assertMessage(() -> b.gradientDescentStep(new double[] {1, 1}, Double.NaN), "eps must be finite");
        assertMessage(() -> b.gradientDescentClosedForm(new double[] {1, 1, 1}, 0.1, 3), "w0 must have length 2");
        assertMessage(() -> b.gradientDescentClosedForm(new double[] {1, Double.NaN}, 0.1, 3), "w0[1] must be finite");
        assertMessage(() -> b.gradientDescentClosedForm(new double[] {1, 1}, 0.1, -1), "t must be >= 0");
        assertMessage(() -> b.value(new double[] {1}), "w must have length 2");
        assertMessage(() -> QuadraticBowl.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), "H must be square");
        assertMessage(() -> QuadraticBowl.of(new double[][] {{1, 2}, {4}}), "H must be rectangular");
        assertMessage(() -> QuadraticBowl.of(new double[][] {{1, Double.NaN}, {0, 1}}), "H[0][1] must be finite");
        assertMessage(() -> QuadraticBowl.of(new double[0][]), "H must not be empty");
        assertMessage(() -> QuadraticBowl.of(null), "H must not be null");
        assertThrows(IllegalStateException.class,
                () -> QuadraticBowl.of(new double[][] {{1, 0}, {0, -1}}).optimalStepSize());
        assertThrows(IllegalStateException.class,
                () -> QuadraticBowl.of(new double[][] {{-1, 0}, {0, -1}}).criticalStepSize());
    }

    @Test
    void divergenceIsAnErrorNotNaN() {
        QuadraticBowl b = QuadraticBowl.of(new double[][] {{2, 0}, {0, 1}});
        double eps = 1.0; // factor along λ = 2 is -3
        var e = assertThrows(ArithmeticException.class, () -> b.gradientDescentClosedForm(new double[] {1, 1}, eps, 1000));
        assertTrue(e.getMessage().contains("diverges"));
        assertThrows(ArithmeticException.class, () -> b.gradientDescentByIteration(new double[] {1, 1}, eps, 1000));
        // a start with no component along the diverging direction is not an error
        double[] w = b.gradientDescentClosedForm(new double[] {0, 1}, eps, 1000);
        assertArrayEquals(new double[] {0, 1}, w, 0);
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
        var e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}

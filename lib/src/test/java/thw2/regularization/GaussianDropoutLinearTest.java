package thw2.regularization;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;
import thw2.regularization.GaussianDropoutLinear.Estimate;

class GaussianDropoutLinearTest {
    static final double[] W = {0.8, -1.5, 2.0, 0.3};
    static final double[] X = {1.2, -0.7, 0.5, 2.5};
    static final double YD = 1.0;
    static final double ALPHA = 0.5;
    static final GaussianDropoutLinear UNIT = GaussianDropoutLinear.of(W, X, YD, ALPHA);

    /** ∫ f(s) N(s; 0, v) ds by composite Simpson over ±12 standard deviations. */
    static double gaussianExpectation(DoubleUnaryOperator f, double v) {
        double sd = Math.sqrt(v);
        int m = 20_000; // even
        double a = -12 * sd;
        double h = 24 * sd / m;
        double sum = 0;
        for (int i = 0; i <= m; i++) {
            double s = a + i * h;
            double wgt = (i == 0 || i == m) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += wgt * f.applyAsDouble(s) * Math.exp(-s * s / (2 * v)) / Math.sqrt(2 * Math.PI * v);
        }
        return sum * h / 3;
    }

    @Test
    void expectedObjectiveMatchesNumericalIntegrationOverTheOutputNoise() {
        // J₁ depends on δ only through s = Σ δₖxₖ ~ N(0, Σ α wₖ² xₖ²); the variance is summed here by hand
        double v = 0;
        for (int k = 0; k < W.length; k++) {
            v += ALPHA * W[k] * W[k] * X[k] * X[k];
        }
        double r = YD - (0.8 * 1.2 + 1.5 * 0.7 + 2.0 * 0.5 + 0.3 * 2.5);
        double mean = gaussianExpectation(s -> 0.5 * (r - s) * (r - s), v);
        double second = gaussianExpectation(s -> 0.25 * Math.pow(r - s, 4), v);
        assertEquals(r, UNIT.residual(), 1e-15);
        assertEquals(v, UNIT.outputNoiseVariance(), 1e-12);
        assertEquals(mean, UNIT.expectedObjective(), 1e-9);
        assertEquals(second - mean * mean, UNIT.objectiveVariance(), 1e-8);
    }

    @Test
    void monteCarloObjectiveAgreesWithTheClosedFormAndItsStandardError() {
        int n = 200_000;
        Estimate e = UNIT.monteCarloObjective(n, 42);
        assertEquals(n, e.samples());
        double exact = UNIT.expectedObjective();
        assertTrue(Math.abs(e.mean() - exact) < 4 * e.standardError(), e + " vs " + exact);
        // the reported standard error matches the exact √(Var J₁ / n) to a few per cent
        assertEquals(Math.sqrt(UNIT.objectiveVariance() / n), e.standardError(),
                0.05 * e.standardError());
        // and the Monte Carlo mean is far (in standard errors) from the penalty-free ½r²
        double r = UNIT.residual();
        assertTrue(Math.abs(e.mean() - 0.5 * r * r) > 20 * e.standardError());
    }

    @Test
    void sameSeedSameSamples() {
        assertEquals(UNIT.monteCarloObjective(1000, 7), UNIT.monteCarloObjective(1000, 7));
        assertNotEquals(UNIT.monteCarloObjective(1000, 7).mean(), UNIT.monteCarloObjective(1000, 8).mean());
    }

    @Test
    void closedFormGradientIsTheFiniteDifferenceGradientOfTheExpectedObjective() {
        double[] fd = GradientCheck.numericalGradient(w -> UNIT.withWeights(w).expectedObjective(), W);
        assertTrue(GradientCheck.maxRelativeError(UNIT.expectedObjectiveGradient(), fd, 1e-6) < 1e-8);
        // and the penalty part alone is the derivative of the penalty alone
        double[] fdPenalty = GradientCheck.numericalGradient(w -> UNIT.withWeights(w).penalty(), W);
        assertTrue(GradientCheck.maxRelativeError(UNIT.penaltyGradient(), fdPenalty, 1e-6) < 1e-8);
    }

    @Test
    void sampledGradientsAreFiniteDifferenceGradientsWithTheRightNoiseHeldFixed() {
        double[] eps = UNIT.sampleEpsilon(new SplittableRandom(3));
        // reparameterized: ε held fixed, δ = w∘ε moves with w
        double[] fdRe = GradientCheck.numericalGradient(w -> UNIT.withWeights(w).noisyObjectiveRelative(eps), W);
        assertTrue(GradientCheck.maxRelativeError(
                UNIT.noisyGradient(eps, GaussianDropoutGradient.REPARAMETERIZED), fdRe, 1e-6) < 1e-8);
        // held fixed: the number δ stays put while w moves
        double[] delta = UNIT.delta(eps);
        double[] fdFixed = GradientCheck.numericalGradient(w -> UNIT.withWeights(w).noisyObjective(delta), W);
        assertTrue(GradientCheck.maxRelativeError(
                UNIT.noisyGradient(eps, GaussianDropoutGradient.NOISE_HELD_FIXED), fdFixed, 1e-6) < 1e-8);
    }

    @Test
    void scoreFunctionTermIsJ1TimesTheDerivativeOfTheLogDensity() {
        double[] eps = UNIT.sampleEpsilon(new SplittableRandom(5));
        double[] delta = UNIT.delta(eps);
        double j1 = UNIT.noisyObjective(delta);
        double[] fixed = UNIT.noisyGradient(eps, GaussianDropoutGradient.NOISE_HELD_FIXED);
        double[] score = UNIT.noisyGradient(eps, GaussianDropoutGradient.SCORE_FUNCTION);
        for (int k = 0; k < W.length; k++) {
            double dk = delta[k];
            // log N(δₖ; 0, α wₖ²) as a function of wₖ, differentiated numerically
            double dLogP = GradientCheck.numericalDerivative(
                    wk -> -0.5 * Math.log(2 * Math.PI * ALPHA * wk * wk) - dk * dk / (2 * ALPHA * wk * wk), W[k]);
            assertEquals(fixed[k] + j1 * dLogP, score[k], 1e-7 * Math.max(1, Math.abs(score[k])));
        }
    }

    @Test
    void monteCarloGradientsAgreeWithTheirClosedFormsWithinFourStandardErrors() {
        for (GaussianDropoutGradient reading : GaussianDropoutGradient.values()) {
            Estimate[] mc = UNIT.monteCarloGradient(200_000, 11, reading);
            double[] exact = UNIT.expectedGradient(reading);
            for (int k = 0; k < W.length; k++) {
                double z = Math.abs(mc[k].mean() - exact[k]) / mc[k].standardError();
                assertTrue(z < 4, reading + " k=" + k + ": " + mc[k] + " vs " + exact[k]);
            }
        }
        // the two unbiased readings differ from the held-fixed one by exactly the penalty gradient
        double[] re = UNIT.expectedGradient(GaussianDropoutGradient.REPARAMETERIZED);
        double[] fixed = UNIT.expectedGradient(GaussianDropoutGradient.NOISE_HELD_FIXED);
        double r = UNIT.residual();
        for (int k = 0; k < W.length; k++) {
            assertEquals(-r * X[k], fixed[k], 1e-15);
            assertEquals(ALPHA * W[k] * X[k] * X[k], re[k] - fixed[k], 1e-14);
        }
    }

    @Test
    void heldFixedMonteCarloMissesThePenaltyByManyStandardErrors() {
        Estimate[] mc = UNIT.monteCarloGradient(100_000, 13, GaussianDropoutGradient.NOISE_HELD_FIXED);
        double[] penalized = UNIT.expectedObjectiveGradient();
        // weight 2 has α w x² = 0.25, far beyond the Monte Carlo error
        assertTrue(Math.abs(mc[2].mean() - penalized[2]) > 10 * mc[2].standardError());
    }

    @Test
    void bernoulliDropoutHasTheSameExpectedObjectiveByEnumeration() {
        for (double p : new double[] {0.5, 0.8, 1.0}) {
            double expected = 0;
            int d = W.length;
            for (int mask = 0; mask < (1 << d); mask++) {
                double prob = 1;
                double out = 0;
                for (int k = 0; k < d; k++) {
                    boolean kept = (mask >> k & 1) == 1;
                    prob *= kept ? p : 1 - p;
                    out += kept ? W[k] * X[k] / p : 0;
                }
                expected += prob * 0.5 * (YD - out) * (YD - out);
            }
            double alpha = GaussianDropoutLinear.alphaMatchingBernoulli(p);
            assertEquals(expected, GaussianDropoutLinear.of(W, X, YD, alpha).expectedObjective(), 1e-12);
        }
    }

    @Test
    void withoutNoiseEverySampleIsTheNoiseFreeObjective() {
        GaussianDropoutLinear quiet = UNIT.withWeights(W);
        GaussianDropoutLinear none = GaussianDropoutLinear.of(W, X, YD, 0);
        double[] eps = none.sampleEpsilon(new SplittableRandom(1));
        for (double e : eps) {
            assertEquals(0, Math.abs(e), 0);
        }
        double r = quiet.residual();
        assertEquals(0.5 * r * r, none.noisyObjectiveRelative(eps), 0);
        assertEquals(0.5 * r * r, none.expectedObjective(), 0);
        assertArrayEquals(none.noisyGradient(eps, GaussianDropoutGradient.NOISE_HELD_FIXED),
                none.noisyGradient(eps, GaussianDropoutGradient.REPARAMETERIZED), 0);
        assertEquals(0, none.monteCarloObjective(10, 1).standardError(), 0);
    }

    @Test
    void badInputIsRejectedWithTheArgumentNamed() {
        assertMessage("alpha must be >= 0", () -> GaussianDropoutLinear.of(W, X, YD, -0.1));
        assertMessage("alpha must be finite", () -> GaussianDropoutLinear.of(W, X, YD, Double.NaN));
        assertMessage("w and x must have the same length",
                () -> GaussianDropoutLinear.of(W, new double[] {1, 2}, YD, ALPHA));
        assertMessage("x[1] must be finite", () -> GaussianDropoutLinear.of(W, new double[] {1, Double.NaN, 0, 0},
                YD, ALPHA));
        assertMessage("yd must be finite", () -> GaussianDropoutLinear.of(W, X, Double.POSITIVE_INFINITY, ALPHA));
        assertMessage("w must not be empty", () -> GaussianDropoutLinear.of(new double[0], new double[0], YD, ALPHA));
        assertMessage("delta and w must have the same length", () -> UNIT.noisyObjective(new double[3]));
        assertMessage("n must be >= 2", () -> UNIT.monteCarloObjective(1, 0));
        assertMessage("keepProbability must be in (0, 1]", () -> GaussianDropoutLinear.alphaMatchingBernoulli(0));
        GaussianDropoutLinear zeroWeight = GaussianDropoutLinear.of(new double[] {0, 1}, new double[] {1, 1}, 0, 1);
        assertMessage("every weight != 0", () -> zeroWeight.noisyGradient(new double[] {0.1, 0.2},
                GaussianDropoutGradient.SCORE_FUNCTION));
        assertMessage("needs alpha > 0", () -> GaussianDropoutLinear.of(W, X, YD, 0)
                .noisyGradient(new double[4], GaussianDropoutGradient.SCORE_FUNCTION));
    }

    @Test
    void inputsAreCopied() {
        double[] w = W.clone();
        GaussianDropoutLinear u = GaussianDropoutLinear.of(w, X, YD, ALPHA);
        double before = u.expectedObjective();
        w[0] = 100;
        u.weights()[1] = 100;
        assertEquals(before, u.expectedObjective(), 0);
    }

    @Test
    void estimatesInStandardErrorsByHand() {
        Estimate a = new Estimate(1.0, 0.5, 10);
        Estimate b = new Estimate(3.0, 0.25, 10);
        assertEquals(2, a.standardErrorsFrom(2.0));          // |1 − 2| / 0.5
        assertEquals(4, b.standardErrorsFrom(2.0));          // |3 − 2| / 0.25
        assertEquals(0, new Estimate(1, 0, 2).standardErrorsFrom(1));
        assertEquals(Double.POSITIVE_INFINITY, new Estimate(1, 0, 2).standardErrorsFrom(2));
        Estimate[] both = {a, b};
        assertEquals(4, Estimate.maxStandardErrors(both, 2.0));
        assertEquals(4, Estimate.maxStandardErrors(both, new double[] {1, 2}));  // 0 and 4
        assertEquals(0, Estimate.minStandardErrors(both, new double[] {1, 2}));
        assertEquals("3.8812 ± 0.0082", new Estimate(3.88121, 0.00824, 5).plusMinus());
        assertArrayEquals(new String[] {"1.0000 ± 0.5000", "3.0000 ± 0.2500"}, Estimate.plusMinus(both));
        assertMessage("estimates and exact must have the same length", () -> Estimate.maxStandardErrors(both, new double[1]));
        assertMessage("estimates must not be empty", () -> Estimate.minStandardErrors(new Estimate[0], new double[0]));
    }

    @Test
    void theSeedsFirstMomentTermHasMeanZeroAndTheReadingsDifferByThePenaltyGradient() {
        int n = 100_000;
        Estimate[] term = UNIT.monteCarloDeltaTimesSquaredInput(n, 21);
        Estimate[] gap = UNIT.monteCarloGradientDifference(n, 21, GaussianDropoutGradient.REPARAMETERIZED,
                GaussianDropoutGradient.NOISE_HELD_FIXED);
        for (int k = 0; k < W.length; k++) {
            // δₖxₖ² = wₖεₖxₖ² has mean 0 and standard deviation √α |wₖ| xₖ²
            assertTrue(term[k].standardErrorsFrom(0) < 4, term[k].toString());
            assertEquals(Math.sqrt(ALPHA) * Math.abs(W[k]) * X[k] * X[k] / Math.sqrt(n), term[k].standardError(),
                    0.02 * term[k].standardError());
            // −e(1 + εₖ)xₖ − (−e xₖ) = −e εₖ xₖ, whose mean is α wₖ xₖ²
            assertTrue(gap[k].standardErrorsFrom(ALPHA * W[k] * X[k] * X[k]) < 4, gap[k].toString());
        }
    }

    @Test
    void frozenDrawsGiveAverageObjectivesWhoseDerivativesAreTheAverageGradients() {
        double[][] eps = UNIT.sampleEpsilons(50, 3);
        SplittableRandom rng = new SplittableRandom(3);
        for (double[] e : eps) {
            assertArrayEquals(UNIT.sampleEpsilon(rng), e, 0);    // the same stream, draw after draw
        }
        double[][] deltas = java.util.Arrays.stream(eps).map(UNIT::delta).toArray(double[][]::new);
        double[] fdRe = GradientCheck.numericalGradient(v -> UNIT.withWeights(v).meanNoisyObjectiveRelative(eps), W);
        double[] fdFixed = GradientCheck.numericalGradient(v -> UNIT.withWeights(v).meanNoisyObjective(deltas), W);
        assertArrayEquals(fdRe, UNIT.meanNoisyGradient(eps, GaussianDropoutGradient.REPARAMETERIZED), 1e-7);
        assertArrayEquals(fdFixed, UNIT.meanNoisyGradient(eps, GaussianDropoutGradient.NOISE_HELD_FIXED), 1e-7);
        // with no noise at all, the averages are the noise-free ½r² and −r x
        double r = UNIT.residual();
        double[][] zeros = new double[3][4];
        assertEquals(0.5 * r * r, UNIT.meanNoisyObjectiveRelative(zeros), 1e-15);
        assertEquals(0.5 * r * r, UNIT.meanNoisyObjective(zeros), 1e-15);
        assertArrayEquals(UNIT.expectedGradient(GaussianDropoutGradient.NOISE_HELD_FIXED),
                UNIT.meanNoisyGradient(zeros, GaussianDropoutGradient.REPARAMETERIZED), 1e-15);
        assertMessage("epsilons must have rows of 4 entries", () -> UNIT.meanNoisyObjectiveRelative(new double[2][3]));
        assertMessage("deltas must hold at least one draw", () -> UNIT.meanNoisyObjective(new double[0][]));
    }

    static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), () -> "message '" + e.getMessage() + "' lacks '" + part + "'");
    }
}

package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.stats.RunningStats;
import thw2.data.BinaryData;
import thw2.nn.LogisticLoss;
import thw2.nn.LogisticLossTest;

class AdamTest {
    private static final double TOL = 1e-14;

    private static void assertRel(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    /** The first three steps for g = 1, 2, 3 (α = 0.1, paper's β's and ε), worked out by hand as fractions. */
    @Test
    void firstThreeStepsMatchHandComputation() {
        Adam adam = Adam.builder().learningRate(0.1).build();
        AdamState s0 = adam.start(new double[] {0});
        AdamState s1 = adam.step(s0, new double[] {1});
        // m1 = 0.1·1 = 0.1, v1 = 0.001·1 = 0.001, m̂1 = 0.1/0.1 = 1, v̂1 = 0.001/0.001 = 1
        assertRel(0.1, s1.m(0), "m1");
        assertRel(0.001, s1.v(0), "v1");
        assertRel(1, s1.mHat(0), "m̂1");
        assertRel(1, s1.vHat(0), "v̂1");
        assertRel(-0.1 / (1 + 1e-8), s1.update(0), "Δθ1");
        assertRel(-0.1 / (1 + 1e-8), s1.theta(0), "θ1");
        AdamState s2 = adam.step(s1, new double[] {2});
        // m2 = 0.9·0.1 + 0.1·2 = 0.29, v2 = 0.999·0.001 + 0.001·4 = 0.004999
        // m̂2 = 0.29/0.19 = 29/19, v̂2 = 0.004999/0.001999 = 4999/1999
        assertRel(0.29, s2.m(0), "m2");
        assertRel(0.004999, s2.v(0), "v2");
        assertRel(29.0 / 19, s2.mHat(0), "m̂2");
        assertRel(4999.0 / 1999, s2.vHat(0), "v̂2");
        double d2 = -0.1 * (29.0 / 19) / (Math.sqrt(4999.0 / 1999) + 1e-8);
        assertRel(d2, s2.update(0), "Δθ2");
        AdamState s3 = adam.step(s2, new double[] {3});
        // m3 = 0.9·0.29 + 0.3 = 0.561, v3 = 0.999·0.004999 + 0.009 = 0.013994001
        // 1 − 0.9³ = 0.271, 1 − 0.999³ = 0.002997001
        assertRel(0.561, s3.m(0), "m3");
        assertRel(0.013994001, s3.v(0), "v3");
        assertRel(561.0 / 271, s3.mHat(0), "m̂3");
        assertRel(13994001.0 / 2997001, s3.vHat(0), "v̂3");
        double d3 = -0.1 * (561.0 / 271) / (Math.sqrt(13994001.0 / 2997001) + 1e-8);
        assertRel(d3, s3.update(0), "Δθ3");
        assertRel(-0.1 / (1 + 1e-8) + d2 + d3, s3.theta(0), "θ3");
        assertEquals(3, s3.t());
        assertArrayEquals(new double[] {3}, s3.gradient());
    }

    @Test
    void defaultsAreThePapers() {
        Adam a = Adam.withDefaults();
        assertEquals(0.001, a.learningRate());
        assertEquals(0.9, a.beta1());
        assertEquals(0.999, a.beta2());
        assertEquals(1e-8, a.epsilon());
        assertEquals(Adam.BiasCorrection.BOTH, a.biasCorrection());
        assertEquals("Adam (α=0.001)", a.name());
    }

    /** m_t and v_t against their unrolled sums Σᵢ (1 − β)β^{t−i} gᵢ on a random vector sequence. */
    @Test
    void momentsEqualTheirUnrolledSums() {
        Adam adam = Adam.builder().learningRate(0.01).beta1(0.8).beta2(0.95).build();
        SplittableRandom rng = new SplittableRandom(11);
        int n = 3;
        int steps = 40;
        double[][] g = new double[steps + 1][n];
        AdamState s = adam.start(new double[n]);
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < n; i++) {
                g[t][i] = 4 * rng.nextDouble() - 2;
            }
            s = adam.step(s, g[t]);
        }
        for (int i = 0; i < n; i++) {
            double m = 0;
            double v = 0;
            for (int k = 1; k <= steps; k++) {
                m += (1 - 0.8) * Math.pow(0.8, steps - k) * g[k][i];
                v += (1 - 0.95) * Math.pow(0.95, steps - k) * g[k][i] * g[k][i];
            }
            assertEquals(m, s.m(i), 1e-14, "m");
            assertEquals(v, s.v(i), 1e-14, "v");
            assertEquals(m / (1 - Math.pow(0.8, steps)), s.mHat(i), 1e-13, "m̂");
            assertEquals(v / (1 - Math.pow(0.95, steps)), s.vHat(i), 1e-13, "v̂");
        }
    }

    /** 1 − βᵗ against 40-digit decimal arithmetic on the same (binary) β. */
    @Test
    void biasCorrectionIsAccurateToTheLastDigits() {
        MathContext mc = new MathContext(40);
        for (double beta : new double[] {0.5, 0.9, 0.999, 0.999999}) {
            for (int t : new int[] {1, 2, 3, 10, 1000, 100000}) {
                BigDecimal b = new BigDecimal(beta);
                double exact = BigDecimal.ONE.subtract(b.pow(t, mc), mc).doubleValue();
                double got = Adam.biasCorrection(beta, t);
                assertEquals(exact, got, 4 * Math.ulp(exact), "beta=" + beta + ", t=" + t);
            }
        }
        assertEquals(1.0, Adam.biasCorrection(0, 1));
        assertEquals(1.0, Adam.biasCorrection(0, 7));
        assertEquals(2.0, Adam.biasCorrectedFirstMoment(0.2, 0.9, 1), 1e-15);
        assertEquals(1.0, Adam.biasCorrectedSecondMoment(0.001, 0.999, 1), 1e-12);
    }

    @Test
    void correctionAtStepZeroIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Adam.biasCorrection(0.9, 0));
        assertTrue(e.getMessage().contains("t"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Adam.biasCorrectedFirstMoment(1, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> Adam.biasCorrectedSecondMoment(1, 0.999, -1));
        assertThrows(IllegalArgumentException.class, () -> Adam.biasCorrectedSecondMoment(-1, 0.999, 1));
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        assertMessage("beta1", () -> Adam.builder().beta1(1).build());
        assertMessage("beta1", () -> Adam.builder().beta1(-0.1).build());
        assertMessage("beta2", () -> Adam.builder().beta2(1.0).build());
        assertMessage("beta2", () -> Adam.builder().beta2(Double.NaN).build());
        assertMessage("alpha", () -> Adam.builder().learningRate(0).build());
        assertMessage("alpha", () -> Adam.builder().learningRate(-1e-3).build());
        assertMessage("epsilon", () -> Adam.builder().epsilon(-1e-8).build());
        assertMessage("beta", () -> Adam.biasCorrection(1, 3));
        // ε = 0 and β = 0 are allowed
        Adam.builder().epsilon(0).beta1(0).beta2(0).build();
    }

    @Test
    void badGradientsAreRejected() {
        Adam adam = Adam.withDefaults();
        AdamState s = adam.start(new double[] {1, 2});
        assertMessage("gradient[1]", () -> adam.step(s, new double[] {0, Double.NaN}));
        assertMessage("gradient[0]", () -> adam.step(s, new double[] {Double.POSITIVE_INFINITY, 0}));
        assertMessage("length", () -> adam.step(s, new double[] {1}));
        assertMessage("gradient", () -> adam.step(s, null));
        assertMessage("overflows", () -> adam.step(s, new double[] {1e200, 0}));
        assertMessage("theta0[0]", () -> adam.start(new double[] {Double.NaN}));
        assertMessage("theta0", () -> adam.start(new double[0]));
    }

    private static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(fragment), "message '" + ex.getMessage() + "' should name " + fragment);
    }

    /** |Δθ₁| = α c₁|g|/(c₂|g| + ε) for the four settings, against the derivation with the paper's numbers. */
    @Test
    void firstStepLengthsDifferByTheDerivedFactors() {
        double alpha = 0.001;
        double g = -0.37;
        double[] expected = {
            alpha * 0.1 * 0.37 / (Math.sqrt(0.001) * 0.37 + 1e-8), // NONE
            alpha * 0.37 / (Math.sqrt(0.001) * 0.37 + 1e-8),       // FIRST_MOMENT_ONLY
            alpha * 0.1 * 0.37 / (0.37 + 1e-8),                    // SECOND_MOMENT_ONLY
            alpha * 0.37 / (0.37 + 1e-8)                           // BOTH
        };
        Adam.BiasCorrection[] modes = Adam.BiasCorrection.values();
        for (int k = 0; k < modes.length; k++) {
            Adam adam = Adam.builder().biasCorrection(modes[k]).build();
            AdamState s1 = adam.step(adam.start(new double[] {5}), new double[] {g});
            assertEquals(expected[k], Math.abs(s1.update(0)), 1e-14 * expected[k], modes[k].name());
            assertEquals(expected[k], adam.firstStepLength(g), 1e-14 * expected[k], modes[k].name());
            assertTrue(s1.update(0) > 0, "the step goes against the gradient");
        }
        // the famous factors: 1/√(1−β₂) ≈ 31.6 and (1−β₁)/√(1−β₂) ≈ 3.16
        assertEquals(31.6227766, expected[1] / alpha, 1e-4); // ε shifts it by ~1e-6 relative
        assertEquals(3.16227766, expected[0] / alpha, 1e-5);
    }

    /** With a constant gradient, bias-corrected moments are exact: m̂_t = g, v̂_t = g², every step ≈ α. */
    @Test
    void constantGradientGivesStepsOfAlpha() {
        Adam adam = Adam.builder().learningRate(0.01).build();
        AdamState s = adam.start(new double[] {0, 0});
        for (int t = 1; t <= 2000; t++) {
            s = adam.step(s, new double[] {2.5, -1e-3});
            assertEquals(2.5, s.mHat(0), 1e-12);
            assertEquals(6.25, s.vHat(0), 1e-11);
            assertEquals(-0.01 * 2.5 / (2.5 + 1e-8), s.update(0), 1e-15);
            assertEquals(0.01 * 1e-3 / (1e-3 + 1e-8), s.update(1), 1e-14);
        }
        assertEquals(-0.01 * 2000 * 2.5 / (2.5 + 1e-8), s.theta(0), 1e-10);
    }

    /** ε = 0 and an all-zero gradient history: no move, not 0/0. */
    @Test
    void zeroGradientWithZeroEpsilonDoesNotMove() {
        Adam adam = Adam.builder().epsilon(0).build();
        AdamState s = adam.step(adam.start(new double[] {1}), new double[] {0});
        assertEquals(1.0, s.theta(0));
        assertEquals(0.0, s.update(0));
    }

    /** E[m_t] = (1 − β₁ᵗ)μ and E[m̂_t] = μ for i.i.d. gradients: Monte Carlo within 4 standard errors. */
    @Test
    void firstMomentIsBiasedAndCorrectionRemovesIt() {
        int runs = 20_000;
        double mu = 0.5;
        Adam adam = Adam.withDefaults();
        GradientOracle noise = GradientOracle.gaussianNoise(mu, 1.0, 99);
        AdamState s = adam.start(new double[runs]);
        for (int t = 1; t <= 30; t++) {
            s = adam.step(s, noise.gradient(t, s.theta()));
            if (t == 1 || t == 5 || t == 30) {
                RunningStats m = new RunningStats().addAll(s.m());
                RunningStats mHat = new RunningStats().addAll(s.mHat());
                double expected = (1 - Math.pow(0.9, t)) * mu;
                assertTrue(Math.abs(m.mean() - expected) < 4 * m.standardError(), "E[m_" + t + "]");
                assertTrue(Math.abs(mHat.mean() - mu) < 4 * mHat.standardError(), "E[m̂_" + t + "]");
                assertTrue(Math.abs(m.mean() - mu) > 10 * m.standardError(), "m_" + t + " is visibly biased");
            }
        }
    }

    /** Adam reaches the minimum of a strongly convex problem found independently by Newton's method. */
    @Test
    void adamFindsTheLogisticRegressionMinimum() {
        BinaryData data = BinaryData.twoGaussians(200, 2, new double[] {1, 3}, 5);
        LogisticLoss f = new LogisticLoss(data, 0.01);
        double[] newton = LogisticLossTest.newtonMinimum(f);
        Trajectory<AdamState> run = Adam.builder().learningRate(0.01).build().run(f, new double[3], 6000);
        assertArrayEquals(newton, run.last().theta(), 1e-4);
    }

    @Test
    void statesAreImmutableValues() {
        Adam adam = Adam.withDefaults();
        double[] theta0 = {1, 2};
        double[] g = {0.5, -0.5};
        AdamState s = adam.step(adam.start(theta0), g);
        double before = s.theta(0);
        theta0[0] = 99;
        g[0] = 99;
        s.theta()[0] = 99;
        s.m()[0] = 99;
        s.gradient()[0] = 99;
        assertEquals(before, s.theta(0));
        assertEquals(0.05, s.m(0), 1e-16);
        assertEquals(0.5, s.gradient()[0]);
    }

    @Test
    void trajectoryKeepsEveryState() {
        Objective f = TestFunctions.rosenbrock();
        Trajectory<AdamState> run = Adam.builder().learningRate(0.01).build().run(f, new double[] {-1, 1}, 25);
        assertEquals(25, run.steps());
        assertEquals(26, run.states().size());
        assertEquals(0, run.state(0).t());
        assertEquals(25, run.last().t());
        assertArrayEquals(new double[] {-1, 1}, run.state(0).theta());
        double[] xs = run.coordinate(0);
        for (int t = 1; t <= 25; t++) {
            assertEquals(run.state(t - 1).theta(0) + run.state(t).update(0), xs[t], 1e-15);
            assertArrayEquals(f.gradient(run.state(t - 1).theta()), run.state(t).gradient(), 0);
        }
        assertEquals(f.value(run.last().theta()), run.values(f)[25]);
    }
}

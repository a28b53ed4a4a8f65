package thw2.check;

import thw2.stats.RunningStats;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;
import thw2.args.Require;

class CheckTest {
    @Test
    void checksThrowWhenTheClaimIsFalse() {
        Check.that(true, "true holds");
        var e = assertThrows(Check.CheckFailed.class, () -> Check.that(false, "1 = 2"));
        assertEquals("CHECK FAILED: 1 = 2", e.getMessage());
        Check.close(1.0 + 1e-13, 1.0, 1e-12, "close");
        assertThrows(Check.CheckFailed.class, () -> Check.close(1.1, 1.0, 1e-3, "far"));
        assertThrows(Check.CheckFailed.class, () -> Check.close(Double.NaN, 1.0, 1e-3, "nan"));
        assertThrows(Check.CheckFailed.class,
                () -> Check.close(new double[] {1, 2}, new double[] {1, 2.5}, 1e-6, "vec"));
        assertThrows(Check.CheckFailed.class, // a NaN entry is not hidden by a later finite one
                () -> Check.close(new double[] {Double.NaN, 2}, new double[] {1, 2.5}, 1, "vec"));
        Check.closeRelative(1.9e-22 * (1 + 1e-15), 1.9e-22, 1e-14, "tiny values, relative");
        assertThrows(Check.CheckFailed.class, () -> Check.closeRelative(2e-22, 1.9e-22, 1e-3, "tiny, 5% off"));
        assertThrows(IllegalArgumentException.class, () -> Check.closeRelative(0, 0, 1e-3, "zero"));
        Check.withinStandardErrors(1.02, 0.01, 1.0, 3, "mc");
        assertThrows(Check.CheckFailed.class, () -> Check.withinStandardErrors(1.05, 0.01, 1.0, 3, "mc"));
    }

    @Test
    void claimsAreFormattedInTheRootLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            var e = assertThrows(Check.CheckFailed.class, () -> Check.that(false, "%d steps, error %.2f", 3, 0.5));
            assertEquals("CHECK FAILED: 3 steps, error 0.50", e.getMessage());
            var c = assertThrows(Check.CheckFailed.class, () -> Check.close(2.0, 1.0, 0.1, "x = %.1f", 1.5));
            assertTrue(c.getMessage().startsWith("CHECK FAILED: x = 1.5 (got 2.0000000000000000, expected 1.0000000000000000"),
                    c.getMessage());
            Check.that(true, "a claim with 5 % in it and no arguments is printed as it is");
        } finally {
            java.util.Locale.setDefault(before);
        }
        var bad = assertThrows(IllegalArgumentException.class, () -> Check.that(true, "%d", "not a number"));
        assertTrue(bad.getMessage().startsWith("pattern \"%d\" does not fit its 1 argument(s)"), bad.getMessage());
    }

    @Test
    void equalComparesCountsExactly() {
        Check.equal(661, 661, "parameters of 20-10x5-1");
        var e = assertThrows(Check.CheckFailed.class, () -> Check.equal(660, 661, "with %d hidden layers", 5));
        assertEquals("CHECK FAILED: with 5 hidden layers (got 660, expected 661)", e.getMessage());
    }

    @Test
    void standardErrorsEntryByEntryReportTheWorstEntry() {
        double[] exact = {1, 2, 3};
        Check.withinStandardErrors(new double[] {1.01, 2.02, 2.97}, new double[] {0.01, 0.01, 0.01}, exact, 3.5, "mc");
        var e = assertThrows(Check.CheckFailed.class, () -> Check.withinStandardErrors(
                new double[] {1.01, 2.05, 2.97}, new double[] {0.01, 0.01, 0.01}, exact, 3.5, "mc"));
        assertTrue(e.getMessage().contains("entry 1: estimate 2.05000"), e.getMessage());
        assertThrows(Check.CheckFailed.class, () -> Check.withinStandardErrors(
                new double[] {1, Double.NaN, 3}, new double[] {0.01, 0.01, 0.01}, exact, 3.5, "nan"));
        var neg = assertThrows(IllegalArgumentException.class, () -> Check.withinStandardErrors(
                exact, new double[] {0.01, -1, 0.01}, exact, 3.5, "negative"));
        assertTrue(neg.getMessage().startsWith("standardErrors[1]"), neg.getMessage());
    }

    @Test
    void numericalGradientOfAQuadraticIsExactToRounding() {
        // f(x) = Σ i·x_i² + x_0·x_1 has gradient (2·0·x0 + x1, 2·1·x1 + x0, 2·2·x2)
        double[] x = {0.7, -1.3, 2.0};
        double[] g = GradientCheck.numericalGradient(
                v -> 0 * v[0] * v[0] + 1 * v[1] * v[1] + 2 * v[2] * v[2] + v[0] * v[1], x);
        double[] exact = {x[1], 2 * x[1] + x[0], 4 * x[2]};
        assertTrue(GradientCheck.maxRelativeError(exact, g, 1e-8) < 1e-9);
        assertArrayEquals(new double[] {0.7, -1.3, 2.0}, x, 0, "x is not modified");
    }

    @Test
    void relativeErrorSeesAWrongGradient() {
        assertTrue(GradientCheck.maxRelativeError(new double[] {1, 2}, new double[] {1, 2.2}, 1e-8) > 0.09);
        assertThrows(IllegalArgumentException.class,
                () -> GradientCheck.numericalGradient(v -> Math.log(v[0]), new double[] {0}));
    }

    @Test
    void runningStatsMatchTwoPassFormulas() {
        Random r = new Random(7);
        double[] xs = new double[1000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 1e8 + r.nextGaussian(); // large offset: the naive formula would cancel
        }
        RunningStats s = new RunningStats().addAll(xs);
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(mean, s.mean(), 1e-6);
        assertEquals(ss / 999, s.variance(), 1e-9 * ss / 999 + 1e-6);
        assertEquals(Math.sqrt(ss / 999 / 1000), s.standardError(), 1e-6);
        assertThrows(IllegalStateException.class, () -> new RunningStats().add(1).variance());
        assertThrows(IllegalArgumentException.class, () -> new RunningStats().add(Double.NaN));
    }

    @Test
    void requireNamesTheArgumentAndTheRule() {
        assertEquals("eps must be > 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Require.positive(-0.1, "eps")).getMessage());
        assertEquals("beta1 must be in [0.0, 1.0), got 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> Require.inRangeHalfOpen(1.0, 0, 1, "beta1")).getMessage());
        assertEquals("H must be rectangular: row 1 has 1 entries, row 0 has 2",
                assertThrows(IllegalArgumentException.class,
                        () -> Require.finite(new double[][] {{1, 2}, {3}}, "H")).getMessage());
    }
}

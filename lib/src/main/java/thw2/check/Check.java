package thw2.check;

import java.util.Locale;
import thw2.args.Require;

/**
 * The notebooks' check cells. A check throws {@link CheckFailed} when its claim does not hold, so a
 * wrong notebook fails the runner and CI; when it holds it prints one line, "✔ " followed by what
 * was verified and to what tolerance.
 */
public final class Check {
    private Check() {}

    /** Thrown by a check cell whose claim is false. */
    public static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message);
        }
    }

    /** Asserts {@code condition}; prints "✔ claim" when it holds, throws with the claim otherwise. */
    public static void that(boolean condition, String claim) {
        if (!condition) {
            throw new CheckFailed("CHECK FAILED: " + claim);
        }
        pass(claim);
    }

    /**
     * Asserts |actual − expected| ≤ tol·max(1, |expected|) (a relative tolerance that becomes absolute
     * near zero) and reports the observed error.
     */
    public static void close(double actual, double expected, double tol, String claim) {
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        double err = Math.abs(actual - expected);
        double scale = Math.max(1.0, Math.abs(expected));
        if (!(err <= tol * scale)) { // also catches NaN
            throw new CheckFailed(String.format(Locale.ROOT,
                    "CHECK FAILED: %s (got %.17g, expected %.17g, error %.3g > tolerance %.3g)",
                    claim, actual, expected, err, tol * scale));
        }
        pass(String.format(Locale.ROOT, "%s (error %.2g, tolerance %.2g)", claim, err, tol * scale));
    }

    /**
     * Asserts the relative error |actual − expected| / |expected| ≤ tol, the right test for values far
     * from 1 in magnitude (1e-22 and 1e+9 alike). {@code expected} must be non-zero.
     */
    public static void closeRelative(double actual, double expected, double tol, String claim) {
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        if (expected == 0) {
            throw new IllegalArgumentException("expected must be non-zero for a relative comparison");
        }
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        if (!(rel <= tol)) {
            throw new CheckFailed(String.format(Locale.ROOT,
                    "CHECK FAILED: %s (got %.17g, expected %.17g, relative error %.3g > %.3g)",
                    claim, actual, expected, rel, tol));
        }
        pass(String.format(Locale.ROOT, "%s (relative error %.2g, tolerance %.2g)", claim, rel, tol));
    }

    /** Entry-wise {@link #close(double, double, double, String)} on two vectors; reports the worst entry. */
    public static void close(double[] actual, double[] expected, double tol, String claim) {
        Require.sameLength(actual, "actual", expected, "expected");
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        Require.nonEmpty(expected, "expected");
        double worst = 0;
        int at = 0;
        for (int i = 0; i < actual.length; i++) {
            double rel = Math.abs(actual[i] - expected[i]) / Math.max(1.0, Math.abs(expected[i]));
            if (!(rel <= worst)) { // also catches NaN
                worst = rel;
                at = i;
            }
        }
        if (!(worst <= tol)) {
            throw new CheckFailed(String.format(Locale.ROOT,
                    "CHECK FAILED: %s (entry %d: got %.17g, expected %.17g; scaled error %.3g > %.3g)",
                    claim, at, actual[at], expected[at], worst, tol));
        }
        pass(String.format(Locale.ROOT, "%s (%d entries, worst scaled error %.2g, tolerance %.2g)",
                claim, actual.length, worst, tol));
    }

    /**
     * A Monte Carlo check: the estimate must lie within {@code k} standard errors of the exact value.
     */
    public static void withinStandardErrors(double estimate, double standardError, double exact, double k,
                                            String claim) {
        Require.nonNegative(standardError, "standardError");
        Require.finite(exact, "exact");
        Require.positive(k, "k");
        double z = standardError == 0 ? (estimate == exact ? 0 : Double.POSITIVE_INFINITY)
                : Math.abs(estimate - exact) / standardError;
        if (!(z <= k)) {
            throw new CheckFailed(String.format(Locale.ROOT,
                    "CHECK FAILED: %s (estimate %.6g ± %.2g, exact %.6g: %.2f standard errors > %.1f)",
                    claim, estimate, standardError, exact, z, k));
        }
        pass(String.format(Locale.ROOT, "%s (estimate %.6g ± %.2g vs exact %.6g: %.2f s.e., limit %.1f)",
                claim, estimate, standardError, exact, z, k));
    }

    private static void pass(String line) {
        System.out.println("\u2714 " + line);
    }
}

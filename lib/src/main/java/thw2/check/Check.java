package thw2.check;

import thw2.args.Require;
import thw2.text.Format;

/**
 * The notebooks' check cells. A check throws {@link CheckFailed} when its claim does not hold, so a
 * wrong notebook fails the runner and CI; when it holds it prints one line, "✔ " followed by what
 * was verified and to what tolerance.
 *
 * <p>Every check takes its claim either as plain text or as a {@link Format#text} pattern and its
 * arguments ({@code Check.that(ok, "%d of %d runs converged", k, n)}), so no notebook formats its own
 * messages.
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

    /**
     * Asserts {@code condition}; prints "✔ claim" when it holds.
     *
     * @param condition the claim's truth, computed by the caller
     * @param claim     what is claimed, in words
     * @throws CheckFailed if {@code condition} is false
     */
    public static void that(boolean condition, String claim) {
        if (!condition) {
            throw new CheckFailed("CHECK FAILED: " + claim);
        }
        pass(claim);
    }

    /**
     * {@link #that(boolean, String)} with the claim written by {@link Format#text(String, Object...)}.
     *
     * @throws CheckFailed if {@code condition} is false
     */
    public static void that(boolean condition, String pattern, Object... args) {
        that(condition, Format.text(pattern, args));
    }

    /**
     * Asserts that two counts are equal, and prints both: for numbers that must agree exactly, such as
     * a parameter count computed two ways.
     *
     * @throws CheckFailed if {@code actual != expected}
     */
    public static void equal(long actual, long expected, String claim) {
        if (actual != expected) {
            throw new CheckFailed(Format.text("CHECK FAILED: %s (got %d, expected %d)", claim, actual, expected));
        }
        pass(Format.text("%s (both %d)", claim, actual));
    }

    /** {@link #equal(long, long, String)} with the claim written by {@link Format#text}. */
    public static void equal(long actual, long expected, String pattern, Object... args) {
        equal(actual, expected, Format.text(pattern, args));
    }

    /**
     * Asserts |actual − expected| ≤ tol·max(1, |expected|) (a relative tolerance that becomes absolute
     * near zero) and reports the observed error.
     *
     * @param tol the tolerance, ≥ 0
     * @throws CheckFailed if the error exceeds the tolerance or {@code actual} is NaN
     * @throws IllegalArgumentException if {@code expected} is not finite or {@code tol} is negative
     */
    public static void close(double actual, double expected, double tol, String claim) {
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        double err = Math.abs(actual - expected);
        double scale = Math.max(1.0, Math.abs(expected));
        if (!(err <= tol * scale)) { // also catches NaN
            throw new CheckFailed(Format.text(
                    "CHECK FAILED: %s (got %.17g, expected %.17g, error %.3g > tolerance %.3g)",
                    claim, actual, expected, err, tol * scale));
        }
        pass(Format.text("%s (error %.2g, tolerance %.2g)", claim, err, tol * scale));
    }

    /** {@link #close(double, double, double, String)} with the claim written by {@link Format#text}. */
    public static void close(double actual, double expected, double tol, String pattern, Object... args) {
        close(actual, expected, tol, Format.text(pattern, args));
    }

    /**
     * Asserts the relative error |actual − expected| / |expected| ≤ tol, the right test for values far
     * from 1 in magnitude (1e-22 and 1e+9 alike).
     *
     * @throws CheckFailed if the relative error exceeds {@code tol} or {@code actual} is NaN
     * @throws IllegalArgumentException if {@code expected} is zero or not finite, or {@code tol} is negative
     */
    public static void closeRelative(double actual, double expected, double tol, String claim) {
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        if (expected == 0) {
            throw new IllegalArgumentException("expected must be non-zero for a relative comparison");
        }
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        if (!(rel <= tol)) {
            throw new CheckFailed(Format.text(
                    "CHECK FAILED: %s (got %.17g, expected %.17g, relative error %.3g > %.3g)",
                    claim, actual, expected, rel, tol));
        }
        pass(Format.text("%s (relative error %.2g, tolerance %.2g)", claim, rel, tol));
    }

    /** {@link #closeRelative(double, double, double, String)} with the claim written by {@link Format#text}. */
    public static void closeRelative(double actual, double expected, double tol, String pattern, Object... args) {
        closeRelative(actual, expected, tol, Format.text(pattern, args));
    }

    /**
     * Entry-wise {@link #close(double, double, double, String)} on two vectors; reports the worst entry.
     *
     * @throws CheckFailed if some entry's scaled error exceeds {@code tol}
     * @throws IllegalArgumentException if the vectors differ in length, are empty, or {@code expected}
     *         has a non-finite entry
     */
    public static void close(double[] actual, double[] expected, double tol, String claim) {
        Require.sameLength(actual, "actual", expected, "expected");
        Require.finite(expected, "expected");
        Require.nonNegative(tol, "tol");
        Require.nonEmpty(expected, "expected");
        double worst = 0;
        int at = 0;
        for (int i = 0; i < actual.length; i++) {
            double rel = Math.abs(actual[i] - expected[i]) / Math.max(1.0, Math.abs(expected[i]));
            if (!(rel <= worst)) { // also catches NaN, which then stays the worst
                worst = rel;
                at = i;
                if (Double.isNaN(rel)) {
                    break;
                }
            }
        }
        if (!(worst <= tol)) {
            throw new CheckFailed(Format.text(
                    "CHECK FAILED: %s (entry %d: got %.17g, expected %.17g; scaled error %.3g > %.3g)",
                    claim, at, actual[at], expected[at], worst, tol));
        }
        pass(Format.text("%s (%d entries, worst scaled error %.2g, tolerance %.2g)",
                claim, actual.length, worst, tol));
    }

    /** {@link #close(double[], double[], double, String)} with the claim written by {@link Format#text}. */
    public static void close(double[] actual, double[] expected, double tol, String pattern, Object... args) {
        close(actual, expected, tol, Format.text(pattern, args));
    }

    /**
     * A Monte Carlo check: the estimate must lie within {@code k} standard errors of the exact value.
     *
     * @throws CheckFailed if |estimate − exact| &gt; k·standardError (or the estimate is NaN)
     * @throws IllegalArgumentException if {@code standardError} is negative, {@code exact} not finite
     *         or {@code k} not positive
     */
    public static void withinStandardErrors(double estimate, double standardError, double exact, double k,
                                            String claim) {
        Require.nonNegative(standardError, "standardError");
        Require.finite(exact, "exact");
        Require.positive(k, "k");
        double z = standardErrors(estimate, standardError, exact);
        if (!(z <= k)) {
            throw new CheckFailed(Format.text(
                    "CHECK FAILED: %s (estimate %.6g ± %.2g, exact %.6g: %.2f standard errors > %.1f)",
                    claim, estimate, standardError, exact, z, k));
        }
        pass(Format.text("%s (estimate %.6g ± %.2g vs exact %.6g: %.2f s.e., limit %.1f)",
                claim, estimate, standardError, exact, z, k));
    }

    /** {@link #withinStandardErrors(double, double, double, double, String)} with a {@link Format#text} claim. */
    public static void withinStandardErrors(double estimate, double standardError, double exact, double k,
                                            String pattern, Object... args) {
        withinStandardErrors(estimate, standardError, exact, k, Format.text(pattern, args));
    }

    /**
     * Monte Carlo estimates against exact values, entry by entry: each estimate must lie within
     * {@code k} of its own standard errors of its exact value; reports the worst entry.
     *
     * @throws CheckFailed if some entry lies further than {@code k} standard errors from its exact value
     * @throws IllegalArgumentException if the three vectors differ in length or are empty, a standard
     *         error is negative, an exact value not finite, or {@code k} not positive
     */
    public static void withinStandardErrors(double[] estimates, double[] standardErrors, double[] exact, double k,
                                            String claim) {
        Require.sameLength(estimates, "estimates", exact, "exact");
        Require.sameLength(standardErrors, "standardErrors", exact, "exact");
        Require.nonEmpty(exact, "exact");
        Require.finite(exact, "exact");
        Require.positive(k, "k");
        double worst = 0;
        int at = 0;
        for (int i = 0; i < exact.length; i++) {
            Require.nonNegative(standardErrors[i], "standardErrors[" + i + "]");
            double z = standardErrors(estimates[i], standardErrors[i], exact[i]);
            if (!(z <= worst)) { // also catches NaN, which then stays the worst
                worst = z;
                at = i;
                if (Double.isNaN(z)) {
                    break;
                }
            }
        }
        if (!(worst <= k)) {
            throw new CheckFailed(Format.text(
                    "CHECK FAILED: %s (entry %d: estimate %.6g ± %.2g, exact %.6g: %.2f standard errors > %.1f)",
                    claim, at, estimates[at], standardErrors[at], exact[at], worst, k));
        }
        pass(Format.text("%s (%d estimates, worst %.2f standard errors, limit %.1f)", claim, exact.length, worst, k));
    }

    /** The array form of {@code withinStandardErrors} with a {@link Format#text} claim. */
    public static void withinStandardErrors(double[] estimates, double[] standardErrors, double[] exact, double k,
                                            String pattern, Object... args) {
        withinStandardErrors(estimates, standardErrors, exact, k, Format.text(pattern, args));
    }

    /** |estimate − exact| / standardError, with 0/0 = 0 and x/0 = ∞ for x &gt; 0. */
    private static double standardErrors(double estimate, double standardError, double exact) {
        return standardError == 0 ? (estimate == exact ? 0 : Double.POSITIVE_INFINITY)
                : Math.abs(estimate - exact) / standardError;
    }

    private static void pass(String line) {
        System.out.println("\u2714 " + line);
    }
}

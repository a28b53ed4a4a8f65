package thw2.optim;

import thw2.args.Require;

/**
 * Eigenvalue lists for {@link QuadraticBowl#withEigenvalues}: evenly spaced and geometrically
 * spaced spectra (Question 5 builds its test bowls from them).
 */
public final class Spectra {
    private Spectra() {}

    /**
     * n eigenvalues evenly spaced from the smallest to the largest: λᵢ = smallest + (largest − smallest)·i/(n − 1),
     * i = 0, …, n − 1.
     *
     * @param smallest the smallest, finite
     * @param largest  the largest, finite and &gt; smallest
     * @param n  how many, at least 2
     * @return the n eigenvalues, ascending
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[] evenlySpaced(double smallest, double largest, int n) {
        Require.finite(smallest, "smallest");
        Require.finite(largest, "largest");
        if (!(largest > smallest)) {
            throw new IllegalArgumentException("largest must be greater than smallest = " + smallest + ", got " + largest);
        }
        Require.inRange(n, 2, 10_000, "n");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Require.finiteResult(smallest + (largest - smallest) * i / (n - 1), "an eigenvalue",
                    "largest − smallest overflows");
        }
        return out;
    }

    /**
     * n eigenvalues spread geometrically from 1 to κ: λᵢ = κ^{i/(n − 1)}, i = 0, …, n − 1, so that the
     * condition number λ_max/λ_min is κ.
     *
     * @param kappa the condition number, ≥ 1
     * @param n     how many, at least 2
     * @return the n eigenvalues, ascending
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[] geometric(double kappa, int n) {
        Require.finite(kappa, "kappa");
        if (!(kappa >= 1)) {
            throw new IllegalArgumentException("kappa must be >= 1 (a condition number), got " + kappa);
        }
        Require.inRange(n, 2, 10_000, "n");
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(kappa, i / (n - 1.0));
        }
        return out;
    }
}

package thw2.optim;

import thw2.args.Require;

/**
 * Classic two-dimensional test functions for optimizers, as {@link Objective}s with analytic
 * gradients.
 */
public final class TestFunctions {
    private TestFunctions() {}

    /**
     * Rosenbrock's function f(x, y) = (a − x)² + b(y − x²)² (H. H. Rosenbrock, The Computer Journal
     * 3, 1960), with its minimum 0 at (a, a²) at the bottom of a long, curved, flat valley. The
     * classic choice is a = 1, b = 100. Gradient: ∂f/∂x = −2(a − x) − 4bx(y − x²), ∂f/∂y = 2b(y − x²).
     */
    public static Objective rosenbrock(double a, double b) {
        Require.finite(a, "a");
        Require.positive(b, "b");
        return Objective.of(2,
                p -> sq(a - p[0]) + b * sq(p[1] - p[0] * p[0]),
                p -> {
                    double r = p[1] - p[0] * p[0];
                    return new double[] {-2 * (a - p[0]) - 4 * b * p[0] * r, 2 * b * r};
                });
    }

    /** Rosenbrock's function with a = 1, b = 100; minimum 0 at (1, 1). */
    public static Objective rosenbrock() {
        return rosenbrock(1, 100);
    }

    /**
     * Beale's function f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)², minimum 0
     * at (3, 0.5) (E. M. L. Beale, 1958).
     */
    public static Objective beale() {
        double[] c = {1.5, 2.25, 2.625};
        return Objective.of(2,
                p -> {
                    double s = 0;
                    for (int k = 0; k < 3; k++) {
                        s += sq(c[k] - p[0] + p[0] * Math.pow(p[1], k + 1));
                    }
                    return s;
                },
                p -> {
                    double gx = 0;
                    double gy = 0;
                    for (int k = 0; k < 3; k++) {
                        double yk = Math.pow(p[1], k + 1);
                        double r = c[k] - p[0] + p[0] * yk;
                        gx += 2 * r * (yk - 1);
                        gy += 2 * r * p[0] * (k + 1) * Math.pow(p[1], k);
                    }
                    return new double[] {gx, gy};
                });
    }

    private static double sq(double x) {
        return x * x;
    }
}

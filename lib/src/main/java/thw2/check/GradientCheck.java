package thw2.check;

import java.util.function.ToDoubleFunction;
import thw2.args.Require;

/**
 * Central finite differences, the independent check of every analytic gradient in the project.
 *
 * <p>The derivative along coordinate i is (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ with
 * hᵢ = ∛ε·max(1, |xᵢ|) (ε the double-precision machine epsilon, ∛ε ≈ 6e-6): the step that balances
 * the O(h²) truncation error against the O(ε/h) rounding error of a central difference.
 */
public final class GradientCheck {
    private GradientCheck() {}

    /** ∛ε for doubles. */
    public static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

    /** The central-difference gradient of {@code f} at {@code x} ({@code x} is not modified). */
    public static double[] numericalGradient(ToDoubleFunction<double[]> f, double[] x) {
        Require.notNull(f, "f");
        Require.finite(Require.nonEmpty(x, "x"), "x");
        double[] g = new double[x.length];
        double[] p = x.clone();
        for (int i = 0; i < x.length; i++) {
            double h = CBRT_EPS * Math.max(1.0, Math.abs(x[i]));
            // divide by the step actually taken (x ± h is rounded), not by the nominal 2h
            double up = x[i] + h;
            double down = x[i] - h;
            p[i] = up;
            double fu = f.applyAsDouble(p);
            p[i] = down;
            double fd = f.applyAsDouble(p);
            p[i] = x[i];
            if (!Double.isFinite(fu) || !Double.isFinite(fd)) {
                throw new IllegalArgumentException("f is not finite near x[" + i + "] = " + x[i]);
            }
            g[i] = (fu - fd) / (up - down);
        }
        return g;
    }

    /** The derivative of a function of one variable by central differences. */
    public static double numericalDerivative(java.util.function.DoubleUnaryOperator f, double x) {
        Require.notNull(f, "f");
        return numericalGradient(v -> f.applyAsDouble(v[0]), new double[] {x})[0];
    }

    /**
     * The largest relative error |a − n| / max(|a|, |n|, floor) over all coordinates, between an
     * analytic gradient {@code a} and a numerical one {@code n}. {@code floor} keeps coordinates whose
     * true value is (near) zero from dividing by zero; pass the gradient scale below which absolute
     * agreement is enough.
     */
    public static double maxRelativeError(double[] analytic, double[] numerical, double floor) {
        Require.sameLength(analytic, "analytic", numerical, "numerical");
        Require.finite(analytic, "analytic");
        Require.finite(numerical, "numerical");
        Require.positive(floor, "floor");
        double worst = 0;
        for (int i = 0; i < analytic.length; i++) {
            double scale = Math.max(floor, Math.max(Math.abs(analytic[i]), Math.abs(numerical[i])));
            worst = Math.max(worst, Math.abs(analytic[i] - numerical[i]) / scale);
        }
        return worst;
    }
}

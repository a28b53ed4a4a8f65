package thw2.optim;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import thw2.args.Require;

/**
 * A differentiable objective f: ℝⁿ → ℝ, the thing an {@link Optimizer} minimizes. Implementations
 * must not modify the argument and must return a fresh gradient array.
 */
public interface Objective {
    /** The number of parameters n. */
    int dimension();

    /** f(θ). */
    double value(double[] theta);

    /** ∇f(θ), a new array of length n. */
    double[] gradient(double[] theta);

    /** The deterministic gradient oracle g_t = ∇f(θ_{t−1}) (the same for every t). */
    default GradientOracle oracle() {
        return (t, theta) -> {
            Require.positive(t, "t (steps are counted from 1)");
            return gradient(theta);
        };
    }

    /**
     * An objective from two functions. The results are validated at each call: θ must be finite and
     * of the objective's dimension, and a value or gradient that is NaN or infinite, null or of the
     * wrong length is an {@link IllegalStateException} that says which function returned it.
     */
    static Objective of(int dimension, ToDoubleFunction<double[]> value, Function<double[], double[]> gradient) {
        Require.positive(dimension, "dimension");
        Require.notNull(value, "value");
        Require.notNull(gradient, "gradient");
        return new Objective() {
            @Override
            public int dimension() {
                return dimension;
            }

            @Override
            public double value(double[] theta) {
                Checks.length(theta, dimension);
                Require.finite(theta, "theta");
                double v = value.applyAsDouble(theta);
                if (!Double.isFinite(v)) {
                    throw new IllegalStateException("the value function returned " + v + " at theta = "
                            + Checks.show(theta) + " (theta too large, or the function is broken)");
                }
                return v;
            }

            @Override
            public double[] gradient(double[] theta) {
                Checks.length(theta, dimension);
                Require.finite(theta, "theta");
                double[] g = gradient.apply(theta.clone());
                if (g == null || g.length != dimension) {
                    throw new IllegalStateException("the gradient function returned "
                            + (g == null ? "null" : g.length + " entries") + ", expected " + dimension);
                }
                for (int i = 0; i < g.length; i++) {
                    if (!Double.isFinite(g[i])) {
                        throw new IllegalStateException("the gradient function returned gradient[" + i + "] = " + g[i]
                                + " at theta = " + Checks.show(theta) + " (the iterates diverged: reduce the learning"
                                + " rate; or the function is broken)");
                    }
                }
                return g;
            }
        };
    }

}

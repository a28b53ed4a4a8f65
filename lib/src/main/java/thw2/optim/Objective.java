package thw2.optim;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import thw2.check.Require;

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
        return (t, theta) -> gradient(theta);
    }

    /**
     * An objective from two functions. The gradient is validated lazily: a gradient of the wrong length
     * is an error at the call.
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
                checkLength(theta, dimension);
                return value.applyAsDouble(theta);
            }

            @Override
            public double[] gradient(double[] theta) {
                checkLength(theta, dimension);
                double[] g = gradient.apply(theta);
                if (g == null || g.length != dimension) {
                    throw new IllegalStateException("gradient function returned "
                            + (g == null ? "null" : g.length + " entries") + ", expected " + dimension);
                }
                return g;
            }
        };
    }

    /** Shared check: θ has the objective's dimension. */
    static void checkLength(double[] theta, int dimension) {
        Require.notNull(theta, "theta");
        if (theta.length != dimension) {
            throw new IllegalArgumentException("theta must have length " + dimension + ", got " + theta.length);
        }
    }
}

package thw2.reference;

import thw2.args.Require;

/**
 * Batch normalization's map written as its definition, x̂ = (x − μ)/√(σ² + ε) (Ioffe &amp; Szegedy,
 * 2015, Algorithm 1), for the checks to set against the library's normalization unit.
 *
 * <p>Used by Question 1b (the inference mode, with the running statistics as μ and σ²).
 */
public final class BatchNormByDefinition {
    private BatchNormByDefinition() {}

    /**
     * x̂ = (x − μ)/√(σ² + ε).
     *
     * @param x        the value to normalize
     * @param mean     μ
     * @param variance σ² ≥ 0
     * @param epsilon  ε ≥ 0, with σ² + ε &gt; 0
     * @return x̂
     * @throws IllegalArgumentException if an argument is not finite, σ² or ε is negative or σ² + ε = 0
     */
    public static double normalize(double x, double mean, double variance, double epsilon) {
        Require.finite(x, "x");
        Require.finite(mean, "mean");
        Require.nonNegative(Require.finite(variance, "variance"), "variance");
        Require.nonNegative(Require.finite(epsilon, "epsilon"), "epsilon");
        if (!(variance + epsilon > 0)) {
            throw new IllegalArgumentException("variance + epsilon must be > 0, got " + variance + " + " + epsilon);
        }
        return Require.finiteResult((x - mean) / Math.sqrt(variance + epsilon), "(x − mean)/√(variance + epsilon)",
                "x and mean are too far apart");
    }
}

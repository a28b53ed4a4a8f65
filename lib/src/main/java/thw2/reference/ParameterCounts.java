package thw2.reference;

import thw2.args.Require;

/**
 * Parameter counts of dense networks written as closed formulas, for the checks to set against the
 * library's layer-by-layer sums and against the values a built network holds.
 *
 * <p>Used by Question 1d.
 */
public final class ParameterCounts {
    private ParameterCounts() {}

    /**
     * The trainable parameters (weights and biases) of a dense network n₀ → H hidden layers of width
     * h → n_out, by the closed formula
     *
     * <pre>
     *   P = (n₀ + 1)·h + (H − 1)·(h + 1)·h + (h + 1)·n_out,
     * </pre>
     *
     * the seed's formula with its factor 4 replaced by H − 1.
     *
     * @param inputs       n₀ ≥ 1
     * @param width        h ≥ 1
     * @param hiddenLayers H ≥ 1
     * @param outputs      n_out ≥ 1
     * @return P
     * @throws IllegalArgumentException if a size is not positive
     * @throws ArithmeticException if P does not fit a long
     */
    public static long uniformHidden(int inputs, int width, int hiddenLayers, int outputs) {
        Require.positive(inputs, "inputs");
        Require.positive(width, "width");
        Require.positive(hiddenLayers, "hiddenLayers");
        Require.positive(outputs, "outputs");
        long h = width;
        return Math.addExact(Math.addExact((inputs + 1L) * h, Math.multiplyExact((hiddenLayers - 1L) * (h + 1), h)),
                (h + 1) * outputs);
    }
}

package thw2.reference;

import thw2.args.Require;

/**
 * One sigmoid neuron with a squared error and an L2 penalty on its weight, every quantity written
 * from its definition, for the checks of Question 3(a) and 3(c):
 *
 * <pre>
 *   z = w·x + b,   σ(z) = 1/(1 + e^{−z}),   y = σ(z),   L = ½(y − t)²,   R = ½w²,   L_reg = L + λR,
 * </pre>
 *
 * and the gradient and one gradient step as the seed writes them, with σ' = σ(1 − σ):
 *
 * <pre>
 *   ∂L_reg/∂w = (σ(z) − t)·σ(z)(1 − σ(z))·x + λw,   ∂L_reg/∂b = (σ(z) − t)·σ(z)(1 − σ(z)),
 *   ∂L_reg/∂x = (σ(z) − t)·σ(z)(1 − σ(z))·w,
 *   w₁ = w − η((σ(z) − t)·σ(z)(1 − σ(z))·x + λw),   b₁ = b − η(σ(z) − t)·σ(z)(1 − σ(z)).
 * </pre>
 *
 * The nodes of the computation graph are also given as functions of their own input alone (L_reg of
 * L and R, of y, of z), so that a central difference can differentiate one edge of the graph at a
 * time.
 *
 * <p>No stable forms: σ by its definition and σ' as σ(1 − σ), which are accurate for the moderate z
 * of the notebook (|z| up to about 20). The library's {@code thw2.nn.RegularizedSigmoidNeuron} keeps
 * the tails (σ'(z) as e^{−|z|}/(1 + e^{−|z|})², y − t without cancellation); this class shares no
 * code with it.
 */
public final class SigmoidNeuronByDefinition {
    private SigmoidNeuronByDefinition() {}

    /**
     * The logistic sigmoid by its definition.
     *
     * @param z the pre-activation
     * @return σ(z) = 1/(1 + e^{−z})
     * @throws IllegalArgumentException if {@code z} is not finite
     */
    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Require.finite(z, "z")));
    }

    /**
     * The squared error as a function of the output.
     *
     * @param y the neuron's output
     * @param t the target
     * @return L = ½(y − t)²
     * @throws IllegalArgumentException if an argument is not finite
     * @throws ArithmeticException if the square overflows
     */
    public static double squaredError(double y, double t) {
        Require.finite(y, "y");
        Require.finite(t, "t");
        return Require.finiteResult(0.5 * (y - t) * (y - t), "½(y − t)²", "y and t are too far apart");
    }

    /**
     * The last node of the graph, L_reg = L + λR, as a function of its two inputs.
     *
     * @param loss    L
     * @param penalty R
     * @param lambda  λ ≥ 0
     * @return L + λR
     * @throws IllegalArgumentException if an argument is not finite or {@code lambda} is negative
     * @throws ArithmeticException if the sum overflows
     */
    public static double lossPlusPenalty(double loss, double penalty, double lambda) {
        Require.finite(loss, "loss");
        Require.finite(penalty, "penalty");
        Require.nonNegative(lambda, "lambda");
        return Require.finiteResult(loss + lambda * penalty, "L + λR", "loss or lambda·penalty is too large");
    }

    /**
     * L_reg as a function of the output y, with the penalty R held at its value.
     *
     * @param y       the neuron's output
     * @param t       the target
     * @param penalty R = ½w² ≥ 0
     * @param lambda  λ ≥ 0
     * @return ½(y − t)² + λR
     * @throws IllegalArgumentException if an argument is not finite, or {@code penalty} or {@code lambda} is negative
     * @throws ArithmeticException if the result overflows
     */
    public static double regularizedLossOfY(double y, double t, double penalty, double lambda) {
        Require.nonNegative(penalty, "penalty");
        return lossPlusPenalty(squaredError(y, t), penalty, lambda);
    }

    /**
     * L_reg as a function of the pre-activation z, with the penalty R held at its value.
     *
     * @param z       the pre-activation
     * @param t       the target
     * @param penalty R = ½w² ≥ 0
     * @param lambda  λ ≥ 0
     * @return ½(σ(z) − t)² + λR
     * @throws IllegalArgumentException if an argument is not finite, or {@code penalty} or {@code lambda} is negative
     * @throws ArithmeticException if the result overflows
     */
    public static double regularizedLossOfZ(double z, double t, double penalty, double lambda) {
        double y = sigmoid(z);
        Require.finite(t, "t");
        Require.nonNegative(penalty, "penalty");
        Require.nonNegative(lambda, "lambda");
        return Require.finiteResult(0.5 * Math.pow(y - t, 2) + lambda * penalty, "½(σ(z) − t)² + λR",
                "t or lambda·penalty is too large");
    }

    /**
     * The gradient of L_reg, by the formulas the seed gives for it.
     *
     * @param x      the input
     * @param t      the target
     * @param w      the weight
     * @param b      the bias
     * @param lambda λ ≥ 0
     * @return {∂L_reg/∂w, ∂L_reg/∂b, ∂L_reg/∂x}, each with σ = σ(wx + b):
     *         {(σ − t)σ(1 − σ)x + λw, (σ − t)σ(1 − σ), (σ − t)σ(1 − σ)w}
     * @throws IllegalArgumentException if an argument is not finite, {@code lambda} is negative, or wx + b overflows
     * @throws ArithmeticException if an entry overflows
     */
    public static double[] gradient(double x, double t, double w, double b, double lambda) {
        double s = sigmoid(preActivation(x, w, b));
        Require.finite(t, "t");
        Require.nonNegative(lambda, "lambda");
        double[] g = {
            (s - t) * s * (1 - s) * x + lambda * w,
            (s - t) * s * (1 - s),
            (s - t) * s * (1 - s) * w};
        for (double v : g) {
            Require.finiteResult(v, "the gradient of L_reg", "t, x, w or lambda is too large");
        }
        return g;
    }

    /**
     * One step of gradient descent on (w, b), by the update the seed writes.
     *
     * @param x            the input
     * @param t            the target
     * @param w            the weight w₀
     * @param b            the bias b₀
     * @param lambda       λ ≥ 0
     * @param learningRate η &gt; 0
     * @return {w₁, b₁} = {w₀ − η((σ − t)σ(1 − σ)x + λw₀), b₀ − η(σ − t)σ(1 − σ)} with σ = σ(w₀x + b₀)
     * @throws IllegalArgumentException if an argument is not finite, {@code lambda} is negative,
     *         {@code learningRate} is not positive, or wx + b overflows
     * @throws ArithmeticException if the step overflows
     */
    public static double[] gradientStep(double x, double t, double w, double b, double lambda, double learningRate) {
        double s = sigmoid(preActivation(x, w, b));
        Require.finite(t, "t");
        Require.nonNegative(lambda, "lambda");
        Require.positive(learningRate, "learningRate");
        double[] step = {
            w - learningRate * ((s - t) * s * (1 - s) * x + lambda * w),
            b - learningRate * (s - t) * s * (1 - s)};
        for (double v : step) {
            Require.finiteResult(v, "the updated (w, b)", "t, x, w, lambda or learningRate is too large");
        }
        return step;
    }

    /** z = w·x + b, with finite arguments and a finite result. */
    private static double preActivation(double x, double w, double b) {
        Require.finite(x, "x");
        Require.finite(w, "w");
        Require.finite(b, "b");
        double z = w * x + b;
        if (!Double.isFinite(z)) {
            throw new IllegalArgumentException("w·x + b must be finite, got " + z + " for x = " + x + ", w = " + w
                    + ", b = " + b);
        }
        return z;
    }
}

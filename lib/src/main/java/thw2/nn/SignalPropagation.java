package thw2.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import thw2.args.Require;

/**
 * The mean-field prediction of how the signal and its gradient travel through a deep dense network
 * at initialization, computed from one-dimensional Gaussian integrals instead of a network (Poole,
 * Lahiri, Raghu, Sohl-Dickstein &amp; Ganguli, "Exponential expressivity in deep neural networks
 * through transient chaos", NeurIPS 2016; Schoenholz, Gilmer, Ganguli &amp; Sohl-Dickstein, "Deep
 * information propagation", ICLR 2017).
 *
 * <p>Layer l computes z_l = W_l a_{l−1} (biases 0), a_l = f(z_l), with independent zero-mean weights of
 * variance v (the scheme's {@link Init#standardDeviation} squared). A pre-activation is a sum of many
 * independent terms, so it is close to Gaussian, z_l ~ N(0, q_l), and
 *
 * <pre>
 *   q_l = n_in · v · E[a_{l−1}²],        E[a_l²] = E[f(Z)²],  Z ~ N(0, q_l)       (forward)
 *   Var δ_l = n_out · v · E[f'(Z)²] · Var δ_{l+1}                               (backward, δ = ∂L/∂z)
 * </pre>
 *
 * so the gradient is multiplied by √(n_out · v · E[f'(z_l)²]) on its way from layer l+1 down to layer l.
 * For ReLU E[f'²] = ½ at any scale; for tanh and the sigmoid at a large scale (√q ≫ 1) only the units
 * near their threshold have a slope, and E[f'(Z)²] ≈ ∫f'(u)² du / (√(2π)·√q), with ∫ sech⁴ = 4/3 and
 * ∫ σ'² = 1/6.
 *
 * <p>Expectations are computed by the midpoint rule over ±10 standard deviations (4,000 cells).
 * Weights drawn uniformly (Xavier) enter only through their variance. The slope f' is taken by central
 * differences of f itself, not from {@link Activation#derivative}, so that the prediction shares no
 * code with backpropagation and can check it.
 */
public final class SignalPropagation {
    private static final int INTERVALS = 4000;
    private static final double HALF_WIDTH = 10.0;

    private SignalPropagation() {}

    /**
     * The prediction for one hidden layer (0-based {@code layer}): the variance q of its
     * pre-activations, the mean and standard deviation of its activations, and the factor by which
     * the standard deviation of δ grows from the layer above down to this one. For the last hidden
     * layer the layer above is taken to be one more hidden layer of the same width and initialization
     * (the real output layer's factor depends on that layer; {@link SignalPropagation#backwardFactor(List)}
     * leaves it out).
     */
    public record Layer(int layer, double preActivationVariance, double activationMean, double activationStd,
                        double backwardFactor) {
        public Layer {
            if (layer < 0) {
                throw new IllegalArgumentException("layer must be >= 0, got " + layer);
            }
            Require.nonNegative(Require.finite(preActivationVariance, "preActivationVariance"), "preActivationVariance");
            Require.finite(activationMean, "activationMean");
            Require.nonNegative(Require.finite(activationStd, "activationStd"), "activationStd");
            Require.nonNegative(Require.finite(backwardFactor, "backwardFactor"), "backwardFactor");
        }
    }

    /** The most hidden layers {@link #predict} follows (deep enough for any chart of signal propagation). */
    public static final int MAX_LAYERS = 10_000;

    /**
     * The prediction for {@code hiddenLayers} hidden layers of {@code width} units with activation
     * {@code f} and weights drawn by {@code init}, fed {@code inputs} inputs whose mean square is
     * {@code inputSecondMoment} (1 for standard-normal inputs).
     */
    public static List<Layer> predict(Activation f, Init init, int inputs, int width, int hiddenLayers,
                                      double inputSecondMoment) {
        Require.notNull(f, "f");
        Require.notNull(init, "init");
        Require.positive(inputs, "inputs");
        Require.positive(width, "width");
        Require.inRange(hiddenLayers, 1, MAX_LAYERS, "hiddenLayers");
        Require.positive(Require.finite(inputSecondMoment, "inputSecondMoment"), "inputSecondMoment");
        if (init.kind() == Init.Kind.CONSTANT) {
            throw new IllegalArgumentException("init must draw independent zero-mean weights, got " + init
                    + " (equal weights are not a mean-field network)");
        }
        List<Layer> out = new ArrayList<>();
        double meanSquare = inputSecondMoment;
        int fanIn = inputs;
        for (int l = 0; l < hiddenLayers; l++) {
            double sd = init.standardDeviation(fanIn, width);
            double q = fanIn * sd * sd * meanSquare;
            if (!Double.isFinite(q) || q < Double.MIN_NORMAL && sd > 0 && meanSquare > 0) {
                // sd² alone overflows or vanishes at extreme scales, the product may not: in logarithms
                q = Math.exp(Math.log(fanIn) + 2 * Math.log(sd) + Math.log(meanSquare));
            }
            String why = "init's weights (standard deviation " + sd + ") or inputSecondMoment are too large";
            Require.finiteResult(q, "the pre-activation variance of layer " + l, why);
            double std = Math.sqrt(q);
            double mean = expectation(f::apply, std);
            meanSquare = Require.finiteResult(expectation(z -> square(f.apply(z)), std),
                    "the mean square activation of layer " + l, why);
            double next = init.standardDeviation(width, width); // W_{l+1}: width → width
            double backward = Require.finiteResult(Math.sqrt(width * next * next
                    * expectation(z -> square(slope(f, z, std)), std)), "the backward factor of layer " + l, why);
            out.add(new Layer(l, q, mean, Math.sqrt(Math.max(0, meanSquare - mean * mean)), backward));
            fanIn = width;
        }
        return Collections.unmodifiableList(out);
    }

    /** The forward factor per layer, (std a_last / std a_first)^{1/(L−1)}, of a prediction with L ≥ 2 layers. */
    public static double forwardFactor(List<Layer> layers) {
        Require.notNull(layers, "layers");
        if (layers.size() < 2) {
            throw new IllegalArgumentException("layers must hold at least 2 layers, got " + layers.size());
        }
        return Math.pow(layers.get(layers.size() - 1).activationStd() / layers.get(0).activationStd(),
                1.0 / (layers.size() - 1));
    }

    /**
     * The backward factor per layer toward the input, (std δ_first / std δ_last)^{1/(L−1)}: the
     * geometric mean of the L − 1 per-layer factors.
     */
    public static double backwardFactor(List<Layer> layers) {
        Require.notNull(layers, "layers");
        if (layers.size() < 2) {
            throw new IllegalArgumentException("layers must hold at least 2 layers, got " + layers.size());
        }
        double logSum = 0;
        for (int l = 0; l < layers.size() - 1; l++) {
            logSum += Math.log(layers.get(l).backwardFactor());
        }
        return Math.exp(logSum / (layers.size() - 1));
    }

    /**
     * E g(Z) for Z ~ N(0, std²), by the composite midpoint rule over ±10 standard deviations (std > 0; the
     * result must be finite). For smooth g the rule converges faster than any power of the step, and since 0 is the
     * edge of two cells, a jump of g at 0 (the slope of ReLU) costs nothing.
     */
    public static double gaussianExpectation(DoubleUnaryOperator g, double std) {
        Require.notNull(g, "g");
        Require.positive(Require.finite(std, "std"), "std");
        return Require.finiteResult(expectation(g, std), "E g(Z) for std = " + std,
                "g is not finite, or too large, somewhere within ±" + HALF_WIDTH + " std of 0");
    }

    /** {@link #gaussianExpectation} without checks, and g(0) for std = 0 (pre-activations that underflowed). */
    private static double expectation(DoubleUnaryOperator g, double std) {
        if (std == 0) {
            return g.applyAsDouble(0);
        }
        double h = 2 * HALF_WIDTH / INTERVALS;
        double sum = 0;
        for (int i = 0; i < INTERVALS; i++) {
            double u = -HALF_WIDTH + (i + 0.5) * h;
            sum += g.applyAsDouble(std * u) * Math.exp(-0.5 * u * u);
        }
        return sum * h / Math.sqrt(2 * Math.PI);
    }

    /**
     * f'(z) by a central difference of f with step 1e-6·max(|z|, scale), where {@code scale} is the spread of
     * the z that matter: the step stays far below every grid point's |z| (so ReLU's kink is never inside
     * it) and the error is about 1e-12 for tanh and σ.
     */
    static double slope(Activation f, double z, double scale) {
        double h = 1e-6 * Math.max(Math.abs(z), scale);
        return (f.apply(z + h) - f.apply(z - h)) / (2 * h);
    }

    private static double square(double v) {
        return v * v;
    }
}

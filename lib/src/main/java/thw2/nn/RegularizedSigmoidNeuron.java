package thw2.nn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import thw2.args.Require;

/**
 * One sigmoid neuron with a squared-error loss and an L2 penalty on its weight, evaluated at one
 * point (x, t, w, b, λ), with every node of the computation graph and every derivative of the chain
 * rule as a getter, so that backpropagation can be shown one factor at a time:
 *
 * <pre>
 *   z = w·x + b,   y = σ(z),   L = ½(y − t)²,   R = ½w²,   L_reg = L + λR.
 * </pre>
 *
 * Local derivatives: ∂L_reg/∂L = 1, ∂L_reg/∂R = λ, ∂L/∂y = y − t, ∂y/∂z = σ(z)(1 − σ(z)),
 * ∂z/∂w = x, ∂z/∂b = 1, ∂z/∂x = w, ∂R/∂w = w. Chained:
 *
 * <pre>
 *   ∂L_reg/∂y = y − t
 *   ∂L_reg/∂z = (y − t)·σ(z)(1 − σ(z))
 *   ∂L_reg/∂w = (y − t)·σ(z)(1 − σ(z))·x + λw     (the penalty reaches w directly, not through z)
 *   ∂L_reg/∂b = (y − t)·σ(z)(1 − σ(z))
 *   ∂L_reg/∂x = (y − t)·σ(z)(1 − σ(z))·w
 * </pre>
 *
 * The target t is the desired output, not the neuron's output y. Immutable: {@link #gradientStep}
 * returns a new neuron. For numerical stability y − t is evaluated as (1 − t)σ(z) − tσ(−z), exact in
 * relative terms for t ∈ {0, 1} even when σ(z) rounds to 1, and σ'(z) keeps its tail
 * ({@link Activation#sigmoidDerivative}).
 */
public final class RegularizedSigmoidNeuron {
    private final double x;
    private final double t;
    private final double w;
    private final double b;
    private final double lambda;
    private final double z;
    private final double y;
    private final double error; // y − t
    private final double slope; // σ'(z)

    private RegularizedSigmoidNeuron(double x, double t, double w, double b, double lambda) {
        this.x = Require.finite(x, "x");
        this.t = Require.finite(t, "t");
        this.w = Require.finite(w, "w");
        this.b = Require.finite(b, "b");
        this.lambda = Require.nonNegative(lambda, "lambda");
        this.z = Require.finite(w * x + b, "z = w·x + b");
        this.y = Activation.sigmoid(z);
        this.error = (1 - t) * y - t * Activation.sigmoid(-z);
        this.slope = Activation.sigmoidDerivative(z);
        if (!Double.isFinite(0.5 * error * error)) {
            throw new IllegalArgumentException("t = " + t + " is too far from y = σ(z): the loss ½(y − t)² overflows");
        }
        if (!Double.isFinite(lambda * 0.5 * w * w) || !Double.isFinite(0.5 * w * w)) {
            throw new IllegalArgumentException("w = " + w + " (with lambda = " + lambda + ") makes the penalty λ·½w²"
                    + " overflow");
        }
        if (!Double.isFinite(error * slope * x + lambda * w)) {
            throw new IllegalArgumentException("x = " + x + " and w = " + w + " make the gradient overflow");
        }
    }

    /** The neuron with weight {@code w}, bias {@code b} and penalty weight {@code lambda} ≥ 0, at input x with target t. */
    public static RegularizedSigmoidNeuron at(double x, double t, double w, double b, double lambda) {
        return new RegularizedSigmoidNeuron(x, t, w, b, lambda);
    }

    /** L_reg(w, b, x) as a plain function, for finite-difference checks: ½(σ(wx + b) − t)² + ½λw². */
    public static double regularizedLoss(double x, double t, double w, double b, double lambda) {
        return at(x, t, w, b, lambda).regularizedLoss();
    }

    public double x() { return x; }

    public double t() { return t; }

    public double w() { return w; }

    public double b() { return b; }

    public double lambda() { return lambda; }

    /** z = w·x + b. */
    public double z() { return z; }

    /** y = σ(z). */
    public double y() { return y; }

    /** L = ½(y − t)². */
    public double loss() { return 0.5 * error * error; }

    /** R = ½w². */
    public double penalty() { return 0.5 * w * w; }

    /** L_reg = L + λR. */
    public double regularizedLoss() { return loss() + lambda * penalty(); }

    // local derivatives (one edge of the graph each)

    /** ∂L_reg/∂L = 1. */
    public double dLregdL() { return 1.0; }

    /** ∂L_reg/∂R = λ. */
    public double dLregdR() { return lambda; }

    /** ∂L/∂y = y − t. */
    public double dLdy() { return error; }

    /** ∂y/∂z = σ'(z) = σ(z)(1 − σ(z)). */
    public double dydz() { return slope; }

    /** ∂z/∂w = x. */
    public double dzdw() { return x; }

    /** ∂z/∂b = 1. */
    public double dzdb() { return 1.0; }

    /** ∂z/∂x = w. */
    public double dzdx() { return w; }

    /** ∂R/∂w = w. */
    public double dRdw() { return w; }

    // chained derivatives of L_reg

    /** ∂L_reg/∂y = ∂L_reg/∂L · ∂L/∂y = y − t. */
    public double dLregdy() { return dLregdL() * dLdy(); }

    /** ∂L_reg/∂z = ∂L_reg/∂y · ∂y/∂z = (y − t)σ'(z). */
    public double dLregdz() { return dLregdy() * dydz(); }

    /** ∂L_reg/∂w = ∂L_reg/∂z · ∂z/∂w + ∂L_reg/∂R · ∂R/∂w = (y − t)σ'(z)x + λw. */
    public double dLregdw() { return dLregdz() * dzdw() + dLregdR() * dRdw(); }

    /** ∂L_reg/∂b = ∂L_reg/∂z · ∂z/∂b = (y − t)σ'(z). */
    public double dLregdb() { return dLregdz() * dzdb(); }

    /** ∂L_reg/∂x = ∂L_reg/∂z · ∂z/∂x = (y − t)σ'(z)w. */
    public double dLregdx() { return dLregdz() * dzdx(); }

    /** ∂L/∂w without the penalty, (y − t)σ'(z)x: the part that vanishes when σ saturates. */
    public double dLdw() { return dLregdz() * dzdw(); }

    /**
     * Every node of the graph and every factor of the chain rule, in the order of the derivation
     * (Question 3(a) prints them as a table): z, y, L, R, L_reg; the local derivatives ∂L_reg/∂L,
     * ∂L_reg/∂R, ∂L/∂y, ∂y/∂z; the chained ∂L_reg/∂y, ∂L_reg/∂z; and the gradient ∂L_reg/∂w, ∂L_reg/∂b,
     * ∂L_reg/∂x.
     *
     * @return an unmodifiable map from each quantity, written with its formula ("∂L/∂y = y − t"), to its
     *         value here, in that order
     */
    public Map<String, Double> chainRule() {
        Map<String, Double> chain = new LinkedHashMap<>();
        chain.put("z = wx + b", z());
        chain.put("y = σ(z)", y());
        chain.put("L = ½(y − t)²", loss());
        chain.put("R = ½w²", penalty());
        chain.put("L_reg = L + λR", regularizedLoss());
        chain.put("∂L_reg/∂L", dLregdL());
        chain.put("∂L_reg/∂R = λ", dLregdR());
        chain.put("∂L/∂y = y − t", dLdy());
        chain.put("∂y/∂z = σ(z)(1 − σ(z))", dydz());
        chain.put("∂L_reg/∂y = ∂L_reg/∂L · ∂L/∂y", dLregdy());
        chain.put("∂L_reg/∂z = ∂L_reg/∂y · ∂y/∂z", dLregdz());
        chain.put("∂L_reg/∂w = ∂L_reg/∂z · x + λ · w", dLregdw());
        chain.put("∂L_reg/∂b = ∂L_reg/∂z · 1", dLregdb());
        chain.put("∂L_reg/∂x = ∂L_reg/∂z · w", dLregdx());
        return Collections.unmodifiableMap(chain);
    }

    /** The gradient (∂L_reg/∂w, ∂L_reg/∂b, ∂L_reg/∂x). */
    public double[] gradient() {
        return new double[] {dLregdw(), dLregdb(), dLregdx()};
    }

    /**
     * One gradient-descent step on the parameters, w₁ = w₀ − η ∂L_reg/∂w and b₁ = b₀ − η ∂L_reg/∂b,
     * both derivatives taken at (w₀, b₀); x, t and λ stay.
     */
    public RegularizedSigmoidNeuron gradientStep(double learningRate) {
        Require.positive(learningRate, "learningRate");
        try {
            return at(x, t, w - learningRate * dLregdw(), b - learningRate * dLregdb(), lambda);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("learningRate = " + learningRate + " is too large: the step leaves the"
                    + " double range (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String toString() {
        return "RegularizedSigmoidNeuron[x=" + x + ", t=" + t + ", w=" + w + ", b=" + b + ", λ=" + lambda
                + ", z=" + z + ", y=" + y + ", L_reg=" + regularizedLoss() + "]";
    }
}

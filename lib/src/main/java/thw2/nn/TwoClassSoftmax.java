package thw2.nn;

import java.util.Arrays;
import thw2.args.Require;

/**
 * Softmax regression with two output units: zₖ = wₖ·x + bₖ for k = 1, 2 and
 * P(class k | x) = e^{zₖ} / (e^{z₁} + e^{z₂}). It has 2(d + 1) parameters, twice as many as
 * {@link LogisticRegression}, but no more capacity:
 *
 * <pre>
 *   P(class 1 | x) = 1 / (1 + e^{−(z₁ − z₂)}) = σ((w₁ − w₂)·x + (b₁ − b₂)),
 * </pre>
 *
 * so only the differences w₁ − w₂ and b₁ − b₂ matter. Adding the same (c, d) to both rows changes
 * nothing (the parameters are not identifiable), and every two-class softmax model is exactly the
 * logistic model with w = w₁ − w₂, b = b₁ − b₂. Immutable.
 */
public final class TwoClassSoftmax {
    private final double[] w1;
    private final double b1;
    private final double[] w2;
    private final double b2;

    /** The model with rows (w₁, b₁) and (w₂, b₂); the arrays are copied. */
    public TwoClassSoftmax(double[] w1, double b1, double[] w2, double b2) {
        Require.finite(Require.nonEmpty(w1, "w1"), "w1");
        Require.finite(Require.nonEmpty(w2, "w2"), "w2");
        Require.sameLength(w1, "w1", w2, "w2");
        this.w1 = w1.clone();
        this.w2 = w2.clone();
        this.b1 = Require.finite(b1, "b1");
        this.b2 = Require.finite(b2, "b2");
    }

    public int dimension() {
        return w1.length;
    }

    /** The number of parameters, 2(d + 1). */
    public int parameterCount() {
        return 2 * (w1.length + 1);
    }

    public double[] w1() {
        return w1.clone();
    }

    public double[] w2() {
        return w2.clone();
    }

    public double b1() {
        return b1;
    }

    public double b2() {
        return b2;
    }

    /** The two logits (z₁, z₂). */
    public double[] logits(double[] x) {
        Require.notNull(x, "x");
        if (x.length != w1.length) {
            throw new IllegalArgumentException("x must have length " + w1.length + ", got " + x.length);
        }
        Require.finite(x, "x");
        double z1 = b1;
        double z2 = b2;
        for (int i = 0; i < x.length; i++) {
            z1 += w1[i] * x[i];
            z2 += w2[i] * x[i];
        }
        Require.finiteResult(z1 - z2, "the logits' difference z₁ − z₂", "x or the weights are too large");
        return new double[] {z1, z2};
    }

    /** (P(class 1 | x), P(class 2 | x)) by the max-shifted softmax: finite for logits of ±1000. */
    public double[] probabilities(double[] x) {
        double[] z = logits(x);
        if (!Double.isFinite(z[0]) || !Double.isFinite(z[1])) {
            throw new ArithmeticException("the logits are " + Arrays.toString(z) + ", beyond the double range: x or"
                    + " the weights are too large");
        }
        return Activation.softmax(z);
    }

    /** P(class 1 | x). */
    public double probabilityOfFirst(double[] x) {
        return probabilities(x)[0];
    }

    /** The log-odds log P(1|x)/P(2|x) = z₁ − z₂, which is all the model can express. */
    public double logOdds(double[] x) {
        double[] z = logits(x);
        return z[0] - z[1];
    }

    /** The flat parameter vector (w₁, b₁, w₂, b₂). */
    public double[] parameters() {
        int d = w1.length;
        double[] t = new double[2 * d + 2];
        System.arraycopy(w1, 0, t, 0, d);
        t[d] = b1;
        System.arraycopy(w2, 0, t, d + 1, d);
        t[2 * d + 1] = b2;
        return t;
    }

    /** The model whose parameters are (w₁, b₁, w₂, b₂) as in {@link #parameters()}. */
    public static TwoClassSoftmax fromParameters(double[] theta) {
        Require.finite(Require.notNull(theta, "theta"), "theta");
        if (theta.length < 4 || theta.length % 2 != 0) {
            throw new IllegalArgumentException("theta must have even length 2(d + 1) >= 4, got " + theta.length);
        }
        int d = theta.length / 2 - 1;
        return new TwoClassSoftmax(Arrays.copyOfRange(theta, 0, d), theta[d],
                Arrays.copyOfRange(theta, d + 1, 2 * d + 1), theta[2 * d + 1]);
    }

    /**
     * The cross-entropy −log P(class | x) of one example; label y = 1 means the first class, y = 0 the
     * second (the convention of {@link LogisticRegression}). Computed as log(1 + e^{∓(z₁ − z₂)}), finite
     * for any finite logits.
     */
    public double crossEntropy(double[] x, int y) {
        LogisticRegression.checkLabel(y);
        double r = logOdds(x);
        return y == 1 ? -Activation.logSigmoid(r) : -Activation.logSigmoid(-r);
    }

    /**
     * The gradient of {@link #crossEntropy} with respect to (w₁, b₁, w₂, b₂). With e = P(class 1 | x) − y,
     * it is (e·x, e, −e·x, −e): the two rows always get opposite gradients, so gradient descent from
     * w₁ = w₂ = 0 keeps w₂ = −w₁ and equals logistic gradient descent with twice the step size.
     */
    public double[] gradient(double[] x, int y) {
        LogisticRegression.checkLabel(y);
        double e = Activation.sigmoid(logOdds(x)) - y;
        int d = w1.length;
        double[] g = new double[2 * d + 2];
        for (int i = 0; i < d; i++) {
            g[i] = e * x[i];
            g[d + 1 + i] = -e * x[i];
        }
        g[d] = e;
        g[2 * d + 1] = -e;
        return g;
    }

    /** The model after one gradient step θ ← θ − η·g. */
    public TwoClassSoftmax step(double[] gradient, double learningRate) {
        return fromParameters(LogisticRegression.descend(parameters(), gradient, learningRate));
    }

    /**
     * The model after {@code steps} single-example gradient steps θ ← θ − η·∇ℓ(xᵢ, yᵢ) through the
     * examples i = 0, 1, … of {@code data} in order (see {@link LogisticRegression#descendInOrder}).
     * The two rows get opposite gradients, so from zero they stay opposite, and the log-odds weights
     * w₁ − w₂ follow logistic regression with step 2η (Question 1e).
     *
     * @param data         the examples, at least {@code steps} of them
     * @param steps        the number of steps, ≥ 0
     * @param learningRate η &gt; 0
     * @return the model after the steps (this one when steps = 0)
     * @throws IllegalArgumentException if data is null or does not fit the model, steps is negative or
     *         more than the examples, or η is not positive
     */
    public TwoClassSoftmax descendInOrder(thw2.data.BinaryData data, int steps, double learningRate) {
        Require.notNull(data, "data");
        if (data.dimension() != w1.length) {
            throw new IllegalArgumentException("data must have dimension " + w1.length + ", got " + data.dimension());
        }
        Require.inRange(steps, 0, data.size(), "steps");
        Require.positive(learningRate, "learningRate");
        TwoClassSoftmax m = this;
        try {
            for (int i = 0; i < steps; i++) {
                m = m.step(m.gradient(data.x(i), data.y(i)), learningRate);
            }
        } catch (ArithmeticException e) {
            throw new ArithmeticException("descent diverged with learningRate = " + learningRate
                    + " (a smaller one keeps it finite): " + e.getMessage());
        }
        return m;
    }

    /** The same model with (c, d) added to both rows: (w₁ + c, b₁ + d), (w₂ + c, b₂ + d). */
    public TwoClassSoftmax shifted(double[] c, double d) {
        Require.sameLength(c, "c", w1, "w1");
        Require.finite(c, "c");
        Require.finite(d, "d");
        double[] a = w1.clone();
        double[] b = w2.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] += c[i];
            b[i] += c[i];
        }
        return new TwoClassSoftmax(a, b1 + d, b, b2 + d);
    }

    /** The equivalent logistic regression, w = w₁ − w₂ and b = b₁ − b₂. */
    public LogisticRegression toLogistic() {
        double[] w = new double[w1.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = w1[i] - w2[i];
        }
        return new LogisticRegression(w, b1 - b2);
    }

    /** The representative with the second row set to zero: (w₁ − w₂, b₁ − b₂), (0, 0). */
    public TwoClassSoftmax canonical() {
        return toLogistic().toTwoClassSoftmax();
    }

    /**
     * The symmetric representative (w/2, b/2), (−w/2, −b/2) of a logistic model: the correct version
     * of the substitution w₁ = w, w₂ = −w, which doubles the logit and gives σ(2z) instead of σ(z).
     */
    public static TwoClassSoftmax symmetric(LogisticRegression m) {
        Require.notNull(m, "m");
        double[] w = m.weights();
        double[] a = new double[w.length];
        double[] b = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            a[i] = w[i] / 2;
            b[i] = -w[i] / 2;
        }
        return new TwoClassSoftmax(a, m.bias() / 2, b, -m.bias() / 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TwoClassSoftmax m && m.b1 == b1 && m.b2 == b2 && Arrays.equals(m.w1, w1)
                && Arrays.equals(m.w2, w2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {b1, b2}) * 31 + Arrays.hashCode(w1) * 17 + Arrays.hashCode(w2);
    }

    @Override
    public String toString() {
        return "TwoClassSoftmax[w1=" + Arrays.toString(w1) + ", b1=" + b1 + ", w2=" + Arrays.toString(w2)
                + ", b2=" + b2 + "]";
    }
}

package thw2.nn;

import java.util.Arrays;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.data.BinaryData;
import thw2.random.Gaussian;

/**
 * Logistic regression, P(y = 1 | x) = σ(w·x + b): one weight vector and one bias, d + 1 parameters.
 * Immutable.
 *
 * <p>Per example, the cross-entropy loss is ℓ = −y log σ(z) − (1 − y) log(1 − σ(z)) with z = w·x + b,
 * computed as −y·logσ(z) − (1 − y)·logσ(−z) so that it stays finite for any finite z; its gradient is
 * ∂ℓ/∂w = (σ(z) − y)·x, ∂ℓ/∂b = σ(z) − y. These per-example formulas are the only ones in the library:
 * {@link thw2.nn.LogisticLoss} (the regularized objective over a data set) and
 * {@link thw2.batch.MinibatchSgd} evaluate them through this class.
 */
public final class LogisticRegression {
    private final double[] weights;
    private final double bias;

    /** The model with weights {@code w} (copied) and bias {@code b}. */
    public LogisticRegression(double[] w, double b) {
        this.weights = Require.finite(Require.nonEmpty(w, "w"), "w").clone();
        this.bias = Require.finite(b, "b");
    }

    /** The model with all weights and the bias equal to 0 (predicts 1/2 everywhere). */
    public static LogisticRegression zeros(int dimension) {
        Require.positive(dimension, "dimension");
        Require.entries(dimension, "dimension");
        return new LogisticRegression(new double[dimension], 0);
    }

    /** The model whose parameters are the flat vector (w₁, …, w_d, b), as returned by {@link #parameters()}. */
    public static LogisticRegression fromParameters(double[] theta) {
        Require.finite(Require.nonEmpty(theta, "theta"), "theta");
        if (theta.length < 2) {
            throw new IllegalArgumentException("theta must hold at least one weight and the bias, got length "
                    + theta.length);
        }
        return new LogisticRegression(Arrays.copyOf(theta, theta.length - 1), theta[theta.length - 1]);
    }

    /** A data set whose labels were drawn from {@code model} ({@link #sample}). */
    public record Sample(LogisticRegression model, BinaryData data) {
        public Sample {
            Require.notNull(model, "model");
            Require.notNull(data, "data");
            if (model.dimension() != data.dimension()) {
                throw new IllegalArgumentException("model and data must have the same dimension, got "
                        + model.dimension() + " and " + data.dimension());
            }
        }
    }

    /**
     * N examples drawn from a logistic model: inputs x ~ N(0, I_d), a true weight vector w* with
     * entries ~ N(0, s²) (s = {@code weightScale}) and true bias b*, and labels
     * y ~ Bernoulli(σ(w*·x + b*)). The labels are noisy, so even the true model has a loss above 0.
     * Everything follows from {@code seed} (the same draws, in the same order, as
     * {@code BinaryData.logistic} made before it moved here). Returns the data with the model.
     */
    public static Sample sample(int examples, int dimension, double weightScale, double trueBias,
                                      long seed) {
        Require.positive(examples, "examples");
        Require.positive(dimension, "dimension");
        Require.nonNegative(weightScale, "weightScale");
        Require.finite(trueBias, "trueBias");
        Require.entries((double) examples * dimension, "examples × dimension = " + examples + " × " + dimension);
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            w[j] = Require.finiteResult(weightScale * Gaussian.boxMuller(r), "a true weight drawn from N(0, s²), s = "
                    + weightScale, "weightScale is too large");
        }
        double[][] x = new double[examples][dimension];
        int[] y = new int[examples];
        for (int i = 0; i < examples; i++) {
            double z = trueBias;
            for (int j = 0; j < dimension; j++) {
                x[i][j] = Gaussian.boxMuller(r);
                z += w[j] * x[i][j];
            }
            Require.finiteResult(z, "the logit w*·x + b* of example " + i, "weightScale or trueBias is too large");
            y[i] = r.nextDouble() < Activation.sigmoid(z) ? 1 : 0;
        }
        return new Sample(new LogisticRegression(w, trueBias), new BinaryData(x, y));
    }

    public int dimension() {
        return weights.length;
    }

    /** The number of parameters, d + 1. */
    public int parameterCount() {
        return weights.length + 1;
    }

    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }

    /** The flat parameter vector (w₁, …, w_d, b). */
    public double[] parameters() {
        double[] t = Arrays.copyOf(weights, weights.length + 1);
        t[weights.length] = bias;
        return t;
    }

    /** The logit z = w·x + b. */
    public double logit(double[] x) {
        checkInput(x);
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return Require.finiteResult(z, "the logit w·x + b", "x or the weights are too large");
    }

    /** P(y = 1 | x) = σ(w·x + b). */
    public double probability(double[] x) {
        return Activation.sigmoid(logit(x));
    }

    /** The cross-entropy −log P(y | x) of one example with label y ∈ {0, 1}. */
    public double crossEntropy(double[] x, int y) {
        checkLabel(y);
        double z = logit(x);
        return y == 1 ? -Activation.logSigmoid(z) : -Activation.logSigmoid(-z);
    }

    /** The mean cross-entropy over a data set (rows of {@code xs}, labels {@code ys}). */
    public double meanCrossEntropy(double[][] xs, int[] ys) {
        checkData(xs, ys);
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            s += crossEntropy(xs[i], ys[i]);
        }
        return s / xs.length;
    }

    /** The gradient of {@link #crossEntropy} with respect to (w, b): ((σ(z) − y)·x, σ(z) − y). */
    public double[] gradient(double[] x, int y) {
        double[] g = new double[weights.length + 1];
        addGradientTo(x, y, g);
        return g;
    }

    /**
     * Adds the gradient of {@link #crossEntropy} at (x, y) to {@code sum} (modified; length d + 1), for
     * sums over many examples without allocating: sum += ((σ(z) − y)·x, σ(z) − y).
     */
    public void addGradientTo(double[] x, int y, double[] sum) {
        checkLabel(y);
        Require.notNull(sum, "sum");
        if (sum.length != weights.length + 1) {
            throw new IllegalArgumentException("sum must have length " + (weights.length + 1) + ", got "
                    + sum.length);
        }
        Require.finite(sum, "sum");
        double r = probability(x) - y;
        for (int i = 0; i < weights.length; i++) {
            sum[i] += r * x[i];
        }
        sum[weights.length] += r;
    }

    /**
     * The gradient of {@link #meanCrossEntropy} with respect to (w, b): (1/n) Σᵢ ((σ(zᵢ) − yᵢ)·xᵢ, σ(zᵢ) − yᵢ),
     * summed over the examples in order. It vanishes at the optimum (Question 1a checks that the reference
     * optimum is converged by its norm).
     *
     * @throws IllegalArgumentException if xs and ys differ in length or are empty, a row has the wrong
     *         length or a non-finite entry, or a label is not 0 or 1
     */
    public double[] meanGradient(double[][] xs, int[] ys) {
        checkData(xs, ys);
        double[] g = new double[weights.length + 1];
        for (int i = 0; i < xs.length; i++) {
            addGradientTo(xs[i], ys[i], g);
        }
        for (int j = 0; j < g.length; j++) {
            g[j] /= xs.length;
        }
        return g;
    }

    /** The per-example gradients as the rows of an N × (d + 1) matrix. */
    public double[][] perExampleGradients(double[][] xs, int[] ys) {
        checkData(xs, ys);
        double[][] g = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            g[i] = gradient(xs[i], ys[i]);
        }
        return g;
    }

    /** The model after one gradient step θ ← θ − η·g. */
    public LogisticRegression step(double[] gradient, double learningRate) {
        return fromParameters(descend(parameters(), gradient, learningRate));
    }

    /**
     * The model after {@code steps} single-example gradient steps θ ← θ − η·∇ℓ(xᵢ, yᵢ) through the
     * examples i = 0, 1, … of {@code data} in order: plain stochastic gradient descent without
     * shuffling. Question 1e sets it beside {@link TwoClassSoftmax#descendInOrder}.
     *
     * @param data         the examples, at least {@code steps} of them
     * @param steps        the number of steps, ≥ 0
     * @param learningRate η &gt; 0
     * @return the model after the steps (this one when steps = 0)
     * @throws IllegalArgumentException if data is null or does not fit the model, steps is negative or
     *         more than the examples, or η is not positive
     */
    public LogisticRegression descendInOrder(thw2.data.BinaryData data, int steps, double learningRate) {
        Require.notNull(data, "data");
        if (data.dimension() != weights.length) {
            throw new IllegalArgumentException("data must have dimension " + weights.length + ", got " + data.dimension());
        }
        Require.inRange(steps, 0, data.size(), "steps");
        Require.positive(learningRate, "learningRate");
        LogisticRegression m = this;
        for (int i = 0; i < steps; i++) {
            m = m.step(m.gradient(data.x(i), data.y(i)), learningRate);
        }
        return m;
    }

    /** θ − η·g for a flat parameter vector {@code theta} (modified and returned). */
    static double[] descend(double[] theta, double[] gradient, double learningRate) {
        Require.positive(learningRate, "learningRate");
        Require.sameLength(gradient, "gradient", theta, "parameters");
        Require.finite(gradient, "gradient");
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= learningRate * gradient[i];
            Require.finiteResult(theta[i], "the step θ − learningRate·gradient", "learningRate or gradient is too large");
        }
        return theta;
    }

    /**
     * The two-class softmax model that gives the same probabilities: row 1 = (w, b), row 2 = (0, 0).
     * Any other choice (w + c, b + d; c, d) is the same model too (see {@link TwoClassSoftmax#shifted}).
     */
    public TwoClassSoftmax toTwoClassSoftmax() {
        return new TwoClassSoftmax(weights, bias, new double[weights.length], 0);
    }

    private void checkInput(double[] x) {
        Require.notNull(x, "x");
        if (x.length != weights.length) {
            throw new IllegalArgumentException("x must have length " + weights.length + ", got " + x.length);
        }
        Require.finite(x, "x");
    }

    /** Labels are 0 or 1 (shared with {@link TwoClassSoftmax}). */
    static void checkLabel(int y) {
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("y must be 0 or 1, got " + y);
        }
    }

    private void checkData(double[][] xs, int[] ys) {
        Require.notNull(xs, "xs");
        Require.notNull(ys, "ys");
        if (xs.length == 0) {
            throw new IllegalArgumentException("xs must not be empty");
        }
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys must have the same length, got " + xs.length + " and "
                    + ys.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == null || xs[i].length != weights.length) {
                throw new IllegalArgumentException("xs[" + i + "] must have length " + weights.length + ", got "
                        + (xs[i] == null ? "null" : String.valueOf(xs[i].length)));
            }
            Require.finite(xs[i], "xs[" + i + "]");
            if (ys[i] != 0 && ys[i] != 1) {
                throw new IllegalArgumentException("ys[" + i + "] must be 0 or 1, got " + ys[i]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogisticRegression m && m.bias == bias && Arrays.equals(m.weights, weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(bias);
    }

    @Override
    public String toString() {
        return "LogisticRegression[w=" + Arrays.toString(weights) + ", b=" + bias + "]";
    }
}

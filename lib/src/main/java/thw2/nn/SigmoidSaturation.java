package thw2.nn;

import java.util.List;
import thw2.args.Require;

/**
 * Tools for looking at saturation and symmetry in sigmoid networks ({@link Mlp}).
 *
 * <p>Saturation: a sigmoid unit with |z| large has σ'(z) = e^{−|z|}/(1 + e^{−|z|})² ≈ e^{−|z|}, and
 * backpropagation multiplies the error signal by σ'(z) once per layer, so a network whose weights are
 * all large and positive (and whose inputs are positive, like pixel intensities) starts with
 * pre-activations z ≫ 1 in every layer and gradients that shrink by a factor of about e^{−z} per
 * layer. Symmetry: if all weights of a layer are equal, all its units compute the same function, get
 * the same gradient and stay equal forever.
 */
public final class SigmoidSaturation {
    private SigmoidSaturation() {}

    /**
     * The network with every weight replaced by its absolute value (biases unchanged). Built on
     * {@code Init.normal(s)} this gives half-normal weights, positive with mean s·√(2/π).
     */
    public static Mlp withAbsoluteWeights(Mlp net) {
        Require.notNull(net, "net");
        double[] theta = net.parameters();
        int[] w = net.widths();
        int p = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            int weights = w[l] * w[l + 1];
            for (int k = 0; k < weights; k++, p++) {
                theta[p] = Math.abs(theta[p]);
            }
            p += net.hasBias(l) ? w[l + 1] : 0;
        }
        return net.withParameters(theta);
    }

    /**
     * A sigmoid network for binary classification: sigmoid units in every hidden layer and one linear
     * output unit whose value is the logit that {@link Loss#SIGMOID_CROSS_ENTROPY} takes; biases start
     * at 0 and the weights are drawn by {@code init} from {@code seed}. Question 1c compares starts of
     * this network: Xavier, equal weights ({@link Init#constant}) and large positive weights
     * ({@link #positiveWeightNet}).
     *
     * @param widths the layer widths, input first, a single output last
     * @param init   how the weights are drawn
     * @param seed   the seed of the draws
     * @return the network
     * @throws IllegalArgumentException if {@code widths} is not a valid shape or does not end in 1, or
     *         {@code init} is null
     */
    public static Mlp sigmoidNet(int[] widths, Init init, long seed) {
        Require.notNull(widths, "widths");
        Mlp.Builder builder = Mlp.builder(widths);
        if (widths[widths.length - 1] != 1) {
            throw new IllegalArgumentException("widths must end in a single output (a logit), got "
                    + java.util.Arrays.toString(widths));
        }
        return builder.outputActivation(Activation.IDENTITY).init(Require.notNull(init, "init")).seed(seed).build();
    }

    /**
     * {@link #sigmoidNet} with every weight |w|, w ~ N(0, s²): half-normal weights, all positive, with
     * mean s·√(2/π) (biases 0). With positive inputs every pre-activation is then a sum of positive
     * terms, of order s·√(2/π)·Σₖ aₖ: Question 1c's large positive initial weights.
     *
     * @param widths the layer widths, input first, a single output last
     * @param scale  s &gt; 0, the standard deviation of the normal draws before taking |·|
     * @param seed   the seed of the draws
     * @return the network
     * @throws IllegalArgumentException if {@code widths} is not a valid shape or {@code scale} is not
     *         positive and finite
     */
    public static Mlp positiveWeightNet(int[] widths, double scale, long seed) {
        Require.positive(scale, "scale");
        try {
            return withAbsoluteWeights(sigmoidNet(widths, Init.normal(scale), seed));
        } catch (ArithmeticException e) {
            throw new ArithmeticException("scale = " + scale + " is too large: " + e.getMessage());
        }
    }

    /**
     * What gradient descent does to the symmetry of a network's hidden units.
     *
     * @param largestWeightChange max |θ_after − θ_before| over all parameters: 0 would mean the
     *                            network did not train at all
     * @param weightSpread        per hidden layer, {@link #rowSpread} of its weights after training:
     *                            0 when all its units have the same incoming weights
     * @param activationSpread    per hidden layer, {@link #activationSpread} of its outputs on the
     *                            training inputs after training: 0 when all its units output the same
     */
    public record Symmetry(double largestWeightChange, double[] weightSpread, double[] activationSpread) {
        public Symmetry {
            Require.nonNegative(largestWeightChange, "largestWeightChange");
            weightSpread = Require.finite(weightSpread, "weightSpread").clone();
            activationSpread = Require.finite(activationSpread, "activationSpread").clone();
            if (weightSpread.length != activationSpread.length) {
                throw new IllegalArgumentException("weightSpread and activationSpread must have one entry per hidden"
                        + " layer each, got " + weightSpread.length + " and " + activationSpread.length);
            }
        }

        @Override
        public double[] weightSpread() {
            return weightSpread.clone();
        }

        @Override
        public double[] activationSpread() {
            return activationSpread.clone();
        }
    }

    /**
     * Trains a copy of {@code net} by {@link Mlp#fullBatchGradientDescent} and measures how far its
     * hidden units are from one another afterwards. If all weights of a layer start equal, each of its
     * units receives the same gradient at every step, so the spreads stay exactly 0 however far the
     * weights move (Question 1c's symmetry); from a random start they do not. {@code net} itself is
     * not changed.
     *
     * @param net          the network at its start
     * @param loss         the loss
     * @param x            the inputs, one row per example
     * @param t            the targets, one row per example
     * @param learningRate η &gt; 0
     * @param steps        the number of gradient steps, ≥ 0
     * @return the largest change of a parameter and the spreads of the hidden layers after training
     * @throws IllegalArgumentException if an argument is null or does not fit the network, η is not
     *         positive or the number of steps is out of range
     * @throws ArithmeticException if the parameters overflow during training
     */
    public static Symmetry symmetryAfterTraining(Mlp net, Loss loss, double[][] x, double[][] t,
                                                 double learningRate, int steps) {
        Require.notNull(net, "net");
        Mlp trained = net.copy();
        trained.fullBatchGradientDescent(loss, x, t, learningRate, steps);
        double[] before = net.parameters();
        double[] after = trained.parameters();
        double moved = 0;
        for (int j = 0; j < after.length; j++) {
            moved = Math.max(moved, Math.abs(after[j] - before[j]));
        }
        Mlp.Trace trace = trained.forward(x);
        int hidden = trained.layerCount() - 1;
        double[] weightSpread = new double[hidden];
        double[] activationSpread = new double[hidden];
        for (int l = 0; l < hidden; l++) {
            weightSpread[l] = rowSpread(trained.weights(l));
            activationSpread[l] = activationSpread(trace.activation(l));
        }
        return new Symmetry(Require.finiteResult(moved, "the largest change of a parameter",
                "the parameters moved beyond the double range"), weightSpread, activationSpread);
    }

    /**
     * {@link #symmetryAfterTraining(Mlp, Loss, double[][], double[][], double, int)} on a binary task, with
     * the sigmoid cross-entropy of the network's output logit against the task's labels.
     *
     * @throws IllegalArgumentException if net or task is null, the task does not fit the network, η is
     *         not positive or steps is out of range
     */
    public static Symmetry symmetryAfterTraining(Mlp net, thw2.data.BinaryData task, double learningRate, int steps) {
        Require.notNull(task, "task");
        return symmetryAfterTraining(net, Loss.SIGMOID_CROSS_ENTROPY, task.x(), task.targets(), learningRate, steps);
    }

    /** The fraction of entries of {@code z} with σ'(z) &lt; {@code derivativeBelow}. */
    public static double saturatedFraction(double[][] z, double derivativeBelow) {
        Require.finite(z, "z");
        Require.positive(derivativeBelow, "derivativeBelow");
        long count = 0;
        long total = 0;
        for (double[] row : z) {
            for (double v : row) {
                total++;
                if (Activation.sigmoidDerivative(v) < derivativeBelow) {
                    count++;
                }
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("z must not be empty");
        }
        return (double) count / total;
    }

    /**
     * max_{j,k} |m[j][k] − m[0][k]|: how far the rows of a weight matrix (one row per unit) are from all
     * being equal. 0 means every unit of the layer has the same incoming weights.
     */
    public static double rowSpread(double[][] m) {
        Require.finite(m, "m");
        double s = 0;
        for (double[] row : m) {
            for (int k = 0; k < row.length; k++) {
                s = Math.max(s, Math.abs(row[k] - m[0][k]));
            }
        }
        return s;
    }

    /**
     * max_{i,j} |a[i][j] − a[i][0]| for activations a (one row per example, one column per unit): 0
     * means all units of the layer output the same value on every example. Not the same measure as
     * {@link #rowSpread} (which compares units' incoming weights, as {@link Mlp#unitSpread} does): equal
     * weights imply equal activations, but equal activations can also come from saturated units.
     */
    public static double activationSpread(double[][] a) {
        Require.finite(a, "a");
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s = Math.max(s, Math.abs(v - row[0]));
            }
        }
        return s;
    }

    /** The inverse of σ: logit(p) = log(p/(1 − p)) = log p − log1p(−p), for 0 &lt; p &lt; 1. */
    public static double logit(double p) {
        Require.finite(p, "p");
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        return Math.log(p) - Math.log1p(-p);
    }

    /**
     * What one forward and backward pass shows about a network on a batch.
     *
     * @param gradientNorms      ‖∂L/∂W_l‖_F per layer
     * @param saturatedFractions per layer, the fraction of pre-activations with σ'(z) &lt; 10⁻⁶
     *                           (|z| &gt; 13.8)
     * @param meanPreActivations per layer, the mean of z_l
     * @param outputSpread       the standard deviation of the network's output over the batch
     * @param loss               the loss on the batch
     */
    public record Probe(double[] gradientNorms, double[] saturatedFractions, double[] meanPreActivations,
                        double outputSpread, double loss) {
        public Probe {
            gradientNorms = Require.finite(gradientNorms, "gradientNorms").clone();
            saturatedFractions = Require.finite(saturatedFractions, "saturatedFractions").clone();
            meanPreActivations = Require.finite(meanPreActivations, "meanPreActivations").clone();
            Require.nonNegative(outputSpread, "outputSpread");
            Require.finite(loss, "loss");
        }

        @Override
        public double[] gradientNorms() {
            return gradientNorms.clone();
        }

        @Override
        public double[] saturatedFractions() {
            return saturatedFractions.clone();
        }

        @Override
        public double[] meanPreActivations() {
            return meanPreActivations.clone();
        }
    }

    /**
     * {@link #probe(Mlp, Loss, double[][], double[][])} on a binary task: the sigmoid cross-entropy of
     * the network's output logit against the task's labels ({@link thw2.data.BinaryData#targets()}).
     *
     * @throws IllegalArgumentException if net or task is null or the task does not fit the network
     */
    public static Probe probe(Mlp net, thw2.data.BinaryData task) {
        Require.notNull(task, "task");
        return probe(net, Loss.SIGMOID_CROSS_ENTROPY, task.x(), task.targets());
    }

    /** Runs one forward and backward pass of {@code net} on (x, t) with {@code loss}. */
    public static Probe probe(Mlp net, Loss loss, double[][] x, double[][] t) {
        Require.notNull(net, "net");
        Require.notNull(loss, "loss");
        net.loss(loss, x, t); // checks x and t against the net, and the loss for overflow, naming them
        Mlp.Trace trace = net.forward(x);
        double[][] out = trace.output();
        Mlp.Gradients g = net.backward(trace, loss.gradient(out, t));
        List<Mlp.LayerStatistics> st = net.statistics(trace, g);
        int layers = net.layerCount();
        double[] norms = new double[layers];
        double[] sat = new double[layers];
        double[] mean = new double[layers];
        for (int l = 0; l < layers; l++) {
            norms[l] = g.weightNorm(l);
            sat[l] = saturatedFraction(trace.preActivation(l), 1e-6);
            mean[l] = st.get(l).preActivationMean();
        }
        thw2.stats.RunningStats o = new thw2.stats.RunningStats();
        for (double[] row : out) {
            o.addAll(row);
        }
        double spread;
        try {
            spread = Math.sqrt(o.populationVariance());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the spread of the outputs for x is beyond the double range: " + e.getMessage());
        }
        return new Probe(norms, sat, mean, spread, loss.value(out, t));
    }
}

package thw2.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.stats.RunningStats;
import thw2.optim.GradientOracle;
import thw2.optim.Sgd;

/**
 * A dense multilayer perceptron with widths n₀ (inputs), n₁, …, n_L (outputs). Layer l = 0 … L−1
 * maps the activations a_{l−1} (a_{−1} = x, the input) to
 *
 * <pre>
 *   z_l = a_{l−1} W_lᵀ + b_l,    a_l = f_l(z_l),
 * </pre>
 *
 * where W_l is n_{l+1} × n_l (row j holds the incoming weights of unit j), b_l the optional bias
 * and f_l the layer's {@link Activation}. Inputs come in batches: one row per example.
 *
 * <p>Backpropagation, given G = ∂L/∂a_{L−1} (n × n_L):
 *
 * <pre>
 *   δ_{L−1} = G ⊙ f'_{L−1}(z_{L−1}),      δ_{l−1} = (δ_l W_l) ⊙ f'_{l−1}(z_{l−1}),
 *   ∂L/∂W_l = δ_lᵀ a_{l−1},               ∂L/∂b_l = Σ_rows δ_l,       ∂L/∂x = δ_0 W_0.
 * </pre>
 *
 * <p>Build one with {@link #builder(int...)}:
 *
 * <pre>{@code
 * Mlp net = Mlp.builder(20, 10, 10, 1).activation(Activation.TANH)
 *         .outputActivation(Activation.IDENTITY).init(Init.xavier()).seed(42).build();
 * Mlp.Gradients g = net.gradients(Loss.SQUARED_ERROR, x, t);
 * net.sgdStep(g, 0.1);   // modifies the network (as fullBatchGradientDescent does)
 * }</pre>
 *
 * Accessors return copies, so a network changes only through {@link #sgdStep} and
 * {@link #fullBatchGradientDescent}.
 *
 * <p>Two tiers. This class is the <b>reference tier</b> of network training: double precision,
 * dense loops that read like the formulas above, any depth; its training runs through
 * {@link thw2.optim.Optimizer} ({@link Sgd}) like every other descent in the library.
 * {@code thw2.committee.NetTrainer} is the <b>fast tier</b> for one hidden layer on digits (float32,
 * sparse inputs, threads). The two agree on the same problem within a bound derived from float32
 * rounding ({@code TiersAgreeTest} in the committee tests), so the fast one can be trusted as far as
 * this readable one is.
 */
public final class Mlp {
    private final int[] widths;
    private final Activation[] activations;
    private final boolean[] hasBias;
    private final double[][][] w; // w[l][j][k]: layer l, unit j, input k
    private final double[][] b;   // b[l][j], length 0 for a layer without bias

    private Mlp(int[] widths, Activation[] activations, boolean[] hasBias, double[][][] w, double[][] b) {
        this.widths = widths;
        this.activations = activations;
        this.hasBias = hasBias;
        this.w = w;
        this.b = b;
    }

    /**
     * Starts a network with the given layer widths, input width first, output width last (at least
     * two entries, all ≥ 1). Defaults: SIGMOID in every layer, biases everywhere, initial biases 0,
     * {@link Init#xavier()}, seed 0.
     */
    public static Builder builder(int... widths) {
        return new Builder(widths);
    }

    /** Options of a network under construction. */
    public static final class Builder {
        private final int[] widths;
        private Activation[] activations;
        private boolean[] hasBias;
        private Init init = Init.xavier();
        private double initialBias = 0.0;
        private long seed = 0L;

        private Builder(int[] widths) {
            Require.notNull(widths, "widths");
            if (widths.length == 0) {
                throw new IllegalArgumentException("widths must not be empty");
            }
            if (widths.length < 2) {
                throw new IllegalArgumentException(
                        "widths must list at least an input and an output width, got " + Arrays.toString(widths));
            }
            for (int i = 0; i < widths.length; i++) {
                Require.positive(widths[i], "widths[" + i + "]");
            }
            double params = 0;
            for (int i = 0; i + 1 < widths.length; i++) {
                params += ((double) widths[i] + 1) * widths[i + 1];
            }
            // checked here, before build() allocates anything
            Require.entries(params, "widths " + Arrays.toString(widths) + " give a network whose parameters");
            this.widths = widths.clone();
            int layers = widths.length - 1;
            this.activations = new Activation[layers];
            Arrays.fill(activations, Activation.SIGMOID);
            this.hasBias = new boolean[layers];
            Arrays.fill(hasBias, true);
        }

        /** The same activation in every layer. */
        public Builder activation(Activation activation) {
            Require.notNull(activation, "activation");
            Arrays.fill(activations, activation);
            return this;
        }

        /** The activation of the last layer only (set it after {@link #activation}). */
        public Builder outputActivation(Activation outputActivation) {
            activations[activations.length - 1] = Require.notNull(outputActivation, "outputActivation");
            return this;
        }

        /** One activation per layer (widths.length − 1 of them). */
        public Builder activations(Activation... activations) {
            Require.notNull(activations, "activations");
            if (activations.length != this.activations.length) {
                throw new IllegalArgumentException("activations must have one entry per layer ("
                        + this.activations.length + "), got " + activations.length);
            }
            for (int l = 0; l < activations.length; l++) {
                Require.notNull(activations[l], "activations[" + l + "]");
            }
            this.activations = activations.clone();
            return this;
        }

        /** Biases in every layer ({@code true}) or in none. */
        public Builder bias(boolean withBias) {
            Arrays.fill(hasBias, withBias);
            return this;
        }

        /** Bias or not, per layer (widths.length − 1 entries). */
        public Builder biases(boolean... biases) {
            Require.notNull(biases, "biases");
            if (biases.length != hasBias.length) {
                throw new IllegalArgumentException("biases must have one entry per layer ("
                        + hasBias.length + "), got " + biases.length);
            }
            hasBias = biases.clone();
            return this;
        }

        /** The weight-initialization scheme. */
        public Builder init(Init init) {
            this.init = Require.notNull(init, "init");
            return this;
        }

        /** The value every bias starts at (default 0). */
        public Builder initialBias(double initialBias) {
            this.initialBias = Require.finite(initialBias, "initialBias");
            return this;
        }

        /** The seed of the weight draws. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Draws the weights layer by layer, row by row, from one {@link SplittableRandom}(seed), so
         * equal options give equal networks.
         */
        public Mlp build() {
            SplittableRandom rng = new SplittableRandom(seed);
            int layers = widths.length - 1;
            double[][][] w = new double[layers][][];
            double[][] b = new double[layers][];
            for (int l = 0; l < layers; l++) {
                int in = widths[l];
                int out = widths[l + 1];
                w[l] = new double[out][in];
                for (int j = 0; j < out; j++) {
                    for (int k = 0; k < in; k++) {
                        w[l][j][k] = init.sample(in, out, rng);
                    }
                }
                b[l] = new double[hasBias[l] ? out : 0];
                Arrays.fill(b[l], initialBias);
            }
            return new Mlp(widths.clone(), activations.clone(), hasBias.clone(), w, b);
        }
    }

    // ---------------------------------------------------------------- structure and parameters

    /** L, the number of weight layers (widths.length − 1). */
    public int layerCount() {
        return w.length;
    }

    /** n₀, …, n_L (a copy). */
    public int[] widths() {
        return widths.clone();
    }

    public int inputSize() {
        return widths[0];
    }

    public int outputSize() {
        return widths[widths.length - 1];
    }

    public Activation activation(int layer) {
        return activations[checkLayer(layer)];
    }

    public boolean hasBias(int layer) {
        return hasBias[checkLayer(layer)];
    }

    /**
     * The number of trainable parameters, Σ_l n_{l+1}·n_l + (bias ? n_{l+1} : 0), counted from the
     * arrays the network actually holds.
     */
    public int parameterCount() {
        return count(w, b);
    }

    /** W_l, n_{l+1} × n_l (a copy). */
    public double[][] weights(int layer) {
        return deepCopy(w[checkLayer(layer)]);
    }

    /** b_l (a copy; empty for a layer without bias). */
    public double[] biases(int layer) {
        return b[checkLayer(layer)].clone();
    }

    /** All parameters as one vector: layer by layer, W_l row by row, then b_l. */
    public double[] parameters() {
        return flatten(w, b);
    }

    /** A network of the same shape whose parameters are {@code theta} (in {@link #parameters()} order). */
    public Mlp withParameters(double[] theta) {
        Require.finite(theta, "theta");
        if (theta.length != parameterCount()) {
            throw new IllegalArgumentException(
                    "theta must have parameterCount() = " + parameterCount() + " entries, got " + theta.length);
        }
        double[][][] nw = new double[w.length][][];
        double[][] nb = new double[w.length][];
        int p = 0;
        for (int l = 0; l < w.length; l++) {
            nw[l] = new double[w[l].length][];
            for (int j = 0; j < w[l].length; j++) {
                nw[l][j] = Arrays.copyOfRange(theta, p, p + w[l][j].length);
                p += w[l][j].length;
            }
            nb[l] = Arrays.copyOfRange(theta, p, p + b[l].length);
            p += b[l].length;
        }
        return new Mlp(widths.clone(), activations.clone(), hasBias.clone(), nw, nb);
    }

    /** An independent copy. */
    public Mlp copy() {
        return withParameters(parameters());
    }

    // ---------------------------------------------------------------- forward

    /** The forward pass on a batch {@code x} (n × n₀), keeping every z_l and a_l. */
    public Trace forward(double[][] x) {
        checkBatch(x, "x");
        int n = x.length;
        double units = 0;
        for (int width : widths) {
            units += width;
        }
        Require.entries(2.0 * n * units, "x has " + n + " rows: the trace of its z and a");
        // a forward pass costs n·P multiply-adds, the backward pass that usually follows twice that, and the
        // loops over rows of rows are slower than a plain loop (3·n·P took 15 s of CPU for widths 2000-2000-10)
        Require.work(5.0 * n * parameterCount(), "x has " + n + " rows: 5 × rows × parameters = 5 × " + n + " × "
                + parameterCount() + " for a forward and a backward pass");
        double[][][] z = new double[w.length][][];
        double[][][] a = new double[w.length][][];
        double[][] prev = deepCopy(x);
        double[][] input = prev;
        for (int l = 0; l < w.length; l++) {
            int out = w[l].length;
            z[l] = new double[n][out];
            a[l] = new double[n][out];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    double s = b[l].length > 0 ? b[l][j] : 0.0;
                    double[] wj = w[l][j];
                    double[] ai = prev[i];
                    for (int k = 0; k < wj.length; k++) {
                        s += wj[k] * ai[k];
                    }
                    if (!Double.isFinite(s)) {
                        throw new IllegalStateException("pre-activation z_" + l + "[" + i + "][" + j
                                + "] overflowed to " + s + ": x or the weights are too large");
                    }
                    z[l][i][j] = s;
                    a[l][i][j] = activations[l].apply(s);
                }
            }
            prev = a[l];
        }
        return new Trace(input, z, a);
    }

    /** The network's outputs for a batch (n × n_L). */
    public double[][] predict(double[][] x) {
        return forward(x).a[w.length - 1];
    }

    /** The network's output for one input vector. */
    public double[] predict(double[] x) {
        Require.notNull(x, "x");
        return predict(new double[][] {x})[0];
    }

    /** The batch-averaged loss of the predictions for {@code x} against targets {@code t}. */
    public double loss(Loss loss, double[][] x, double[][] t) {
        Require.notNull(loss, "loss");
        checkTargets(x, t);
        return lossOf(loss, predict(x), t);
    }

    /** The loss, with an overflow reported in terms of the caller's x and t. */
    private static double lossOf(Loss loss, double[][] outputs, double[][] t) {
        try {
            return loss.value(outputs, t);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the loss of the outputs for x against t is beyond the double range:"
                    + " t or x is too large (" + e.getMessage() + ")");
        }
    }

    // ---------------------------------------------------------------- backward

    /**
     * Backpropagates {@code dLossdOutput} = ∂L/∂a_{L−1} (n × n_L, one row per example of the trace)
     * through the pass recorded in {@code trace}. Neither argument is modified.
     */
    public Gradients backward(Trace trace, double[][] dLossdOutput) {
        Require.notNull(trace, "trace");
        Require.finite(dLossdOutput, "dLossdOutput");
        int n = trace.batchSize();
        checkTrace(trace);
        if (dLossdOutput.length != n || dLossdOutput[0].length != outputSize()) {
            throw new IllegalArgumentException("dLossdOutput must be " + n + " × " + outputSize() + ", got "
                    + dLossdOutput.length + " × " + (dLossdOutput.length == 0 ? 0 : dLossdOutput[0].length));
        }
        int layers = w.length;
        double[][][] gw = new double[layers][][];
        double[][] gb = new double[layers][];
        double[][][] delta = new double[layers][][];
        // δ_{L−1} = G ⊙ f'(z_{L−1})
        double[][] upstream = dLossdOutput; // ∂L/∂a_l
        double[][] dx = null;
        for (int l = layers - 1; l >= 0; l--) {
            int out = w[l].length;
            int in = widths[l];
            double[][] d = new double[n][out];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    d[i][j] = upstream[i][j] * activations[l].derivative(trace.z[l][i][j]);
                }
            }
            delta[l] = d;
            double[][] prev = l == 0 ? trace.input : trace.a[l - 1];
            gw[l] = new double[out][in];
            gb[l] = new double[b[l].length];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    double dij = d[i][j];
                    if (dij == 0.0) {
                        continue;
                    }
                    double[] g = gw[l][j];
                    double[] ai = prev[i];
                    for (int k = 0; k < in; k++) {
                        g[k] += dij * ai[k];
                    }
                    if (gb[l].length > 0) {
                        gb[l][j] += dij;
                    }
                }
            }
            // ∂L/∂a_{l−1} = δ_l W_l
            double[][] down = new double[n][in];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < out; j++) {
                    double dij = d[i][j];
                    double[] wj = w[l][j];
                    for (int k = 0; k < in; k++) {
                        down[i][k] += dij * wj[k];
                    }
                }
            }
            if (l == 0) {
                dx = down;
            }
            upstream = down;
        }
        return new Gradients(gw, gb, delta, dx);
    }

    /** Forward pass, built-in loss and backward pass in one call. */
    public Gradients gradients(Loss loss, double[][] x, double[][] t) {
        Require.notNull(loss, "loss");
        checkTargets(x, t);
        Trace trace = forward(x);
        return backward(trace, loss.gradient(trace.a[w.length - 1], t));
    }

    // ---------------------------------------------------------------- update

    /**
     * Gradient descent, W_l ← W_l − η ∂L/∂W_l and b_l ← b_l − η ∂L/∂b_l. <b>Modifies this network.</b>
     */
    public void sgdStep(Gradients g, double learningRate) {
        Require.notNull(g, "g");
        Require.positive(learningRate, "learningRate");
        if (g.w.length != w.length) {
            throw new IllegalArgumentException("g must come from a network with " + w.length + " layers");
        }
        for (int l = 0; l < w.length; l++) {
            if (g.w[l].length != w[l].length || g.w[l][0].length != w[l][0].length || g.b[l].length != b[l].length) {
                throw new IllegalArgumentException("g does not match the shape of layer " + l);
            }
        }
        // every new parameter is checked before any is written: a step that overflows leaves the net as it was
        for (int l = 0; l < w.length; l++) {
            for (int j = 0; j < w[l].length; j++) {
                for (int k = 0; k < w[l][j].length; k++) {
                    Require.finiteResult(w[l][j][k] - learningRate * g.w[l][j][k], "the updated weight W_" + l + "["
                            + j + "][" + k + "]", "learningRate is too large");
                }
            }
            for (int j = 0; j < b[l].length; j++) {
                Require.finiteResult(b[l][j] - learningRate * g.b[l][j], "the updated bias b_" + l + "[" + j + "]",
                        "learningRate is too large");
            }
        }
        for (int l = 0; l < w.length; l++) {
            for (int j = 0; j < w[l].length; j++) {
                for (int k = 0; k < w[l][j].length; k++) {
                    w[l][j][k] -= learningRate * g.w[l][j][k];
                }
            }
            for (int j = 0; j < b[l].length; j++) {
                b[l][j] -= learningRate * g.b[l][j];
            }
        }
    }

    /**
     * One full-batch step on the built-in loss: computes the gradients at the current parameters,
     * steps, and returns the loss <i>before</i> the step. <b>Modifies this network.</b>
     */
    public double sgdStep(Loss loss, double[][] x, double[][] t, double learningRate) {
        Require.notNull(loss, "loss");
        Require.positive(learningRate, "learningRate");
        checkTargets(x, t);
        Trace trace = forward(x);
        double before = lossOf(loss, trace.a[w.length - 1], t);
        sgdStep(backward(trace, loss.gradient(trace.a[w.length - 1], t)), learningRate);
        return before;
    }

    /**
     * {@code steps} steps of full-batch gradient descent on the built-in loss. Returns steps + 1
     * losses: entry s is the loss after s steps (entry 0 at the starting parameters).
     * <b>Modifies this network</b>: on return it holds the trained parameters; if a step fails
     * (the parameters overflow), it holds those of the last good step.
     *
     * <p>The steps are {@link Sgd} with learning rate η on the flat parameter vector
     * ({@link #parameters()}), run by {@link thw2.optim.Optimizer#runWhile}; the gradient oracle
     * makes one forward and one backward pass per step and keeps the loss of that forward pass.
     * Sgd's θ + (−η·g) is {@link #sgdStep(Gradients, double)}'s θ − η·g to the last bit, so the
     * losses are those of {@code steps} calls of {@link #sgdStep(Loss, double[][], double[][], double)}.
     */
    public double[] fullBatchGradientDescent(Loss loss, double[][] x, double[][] t, double learningRate, int steps) {
        Require.notNull(loss, "loss");
        Require.positive(learningRate, "learningRate");
        Require.iterations(steps, 0, "steps");
        Require.entries(steps + 1.0, "steps + 1 losses");
        checkTargets(x, t);
        checkBatch(x, "x");
        // and 3-4 µs a step besides (a trace, gradients, a state: measured on widths 2-3-1 and 4 rows)
        Require.work((steps + 1.0) * (5.0 * x.length * parameterCount() + 3000), "(steps + 1) × (5 × rows × parameters"
                + " + 3000) = " + (steps + 1L) + " × (5 × " + x.length + " × " + parameterCount() + " + 3000) for the steps");
        double[] curve = new double[steps + 1];
        Mlp at = copy();
        GradientOracle oracle = (step, theta) -> {
            at.setParameters(theta);
            Trace trace = at.forward(x);
            curve[step - 1] = lossOf(loss, trace.a[w.length - 1], t);
            return at.backward(trace, loss.gradient(trace.a[w.length - 1], t)).flatten();
        };
        double[][] good = {parameters()};
        int[] done = {0};
        try {
            new Sgd(learningRate).runWhile(oracle, good[0], steps, s -> {
                good[0] = s.theta();
                done[0] = s.t();
                return true;
            });
        } catch (IllegalStateException e) {
            if (e.getCause() == null) { // Sgd's own check: a parameter overflowed
                throw new ArithmeticException("the parameters overflowed in step " + (done[0] + 1) + " of " + steps
                        + ": learningRate = " + learningRate + " is too large (the network keeps the parameters"
                        + " after step " + done[0] + ")");
            }
            throw e;
        } finally {
            setParameters(good[0]);
        }
        curve[steps] = loss(loss, x, t);
        return curve;
    }

    /** Overwrites every W_l and b_l from theta (in {@link #parameters()} order). */
    private void setParameters(double[] theta) {
        int p = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                System.arraycopy(theta, p, row, 0, row.length);
                p += row.length;
            }
            System.arraycopy(theta, p, b[l], 0, b[l].length);
            p += b[l].length;
        }
    }

    // ---------------------------------------------------------------- statistics

    /**
     * Per-layer statistics of one forward and backward pass: mean and standard deviation of the
     * activations a_l and pre-activations z_l (over all examples and units), the standard deviation
     * of δ_l = ∂L/∂z_l, and the Frobenius norms of ∂L/∂W_l and ∂L/∂b_l.
     */
    public List<LayerStatistics> statistics(Trace trace, Gradients g) {
        Require.notNull(trace, "trace");
        Require.notNull(g, "g");
        checkTrace(trace);
        if (g.w.length != w.length) {
            throw new IllegalArgumentException("g must come from a network of widths " + Arrays.toString(widths)
                    + ", got gradients of " + g.w.length + " layers");
        }
        for (int l = 0; l < w.length; l++) {
            if (g.w[l].length != w[l].length || g.w[l][0].length != w[l][0].length
                    || g.delta[l].length != trace.batchSize()) {
                throw new IllegalArgumentException("g must come from a network of widths " + Arrays.toString(widths)
                        + " and a batch of " + trace.batchSize() + " (layer " + l + " does not match)");
            }
        }
        try {
            return layerStatistics(trace, g);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the statistics of this pass are beyond the double range: its activations"
                    + " or gradients are too large (x or t too large?): " + e.getMessage());
        }
    }

    private List<LayerStatistics> layerStatistics(Trace trace, Gradients g) {
        List<LayerStatistics> out = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            RunningStats a = new RunningStats();
            RunningStats z = new RunningStats();
            RunningStats d = new RunningStats();
            for (int i = 0; i < trace.batchSize(); i++) {
                a.addAll(trace.a[l][i]);
                z.addAll(trace.z[l][i]);
                d.addAll(g.delta[l][i]);
            }
            out.add(new LayerStatistics(l, widths[l + 1], activations[l], a.mean(),
                    Math.sqrt(a.populationVariance()), z.mean(), Math.sqrt(z.populationVariance()),
                    Math.sqrt(d.populationVariance()), g.weightNorm(l), g.biasNorm(l)));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@link #statistics(Trace, Gradients)} of one forward and backward pass of the built-in loss on (x, t). */
    public List<LayerStatistics> statistics(Loss loss, double[][] x, double[][] t) {
        Require.notNull(loss, "loss");
        checkTargets(x, t);
        Trace trace = forward(x);
        return statistics(trace, backward(trace, loss.gradient(trace.a[w.length - 1], t)));
    }

    /**
     * How different the units of layer {@code layer} are: max_j max_k |W_jk − W_0k| (that is
     * {@link SigmoidSaturation#rowSpread} of W_l) together with max_j |b_j − b_0|. It is 0 exactly when
     * every unit has the same incoming weights and bias, the symmetric state that gradient descent can
     * never leave (each unit then gets the same gradient).
     */
    public double unitSpread(int layer) {
        checkLayer(layer);
        double spread = SigmoidSaturation.rowSpread(w[layer]);
        for (double bj : b[layer]) {
            spread = Math.max(spread, Math.abs(bj - b[layer][0]));
        }
        return spread;
    }

    /** Statistics of layer {@code layer} (0-based) for one batch; see {@link Mlp#statistics}. */
    public record LayerStatistics(int layer, int width, Activation activation,
                                  double activationMean, double activationStd,
                                  double preActivationMean, double preActivationStd,
                                  double deltaStd, double weightGradientNorm, double biasGradientNorm) {
        public LayerStatistics {
            if (layer < 0) {
                throw new IllegalArgumentException("layer must be >= 0, got " + layer);
            }
            Require.positive(width, "width");
            Require.notNull(activation, "activation");
            Require.finite(activationMean, "activationMean");
            Require.nonNegative(activationStd, "activationStd");
            Require.finite(preActivationMean, "preActivationMean");
            Require.nonNegative(preActivationStd, "preActivationStd");
            Require.nonNegative(deltaStd, "deltaStd");
            Require.nonNegative(weightGradientNorm, "weightGradientNorm");
            Require.nonNegative(biasGradientNorm, "biasGradientNorm");
        }
    }

    // ---------------------------------------------------------------- nested values

    /** The record of one forward pass: the input, and z_l and a_l of every layer. Immutable. */
    public static final class Trace {
        private final double[][] input;
        private final double[][][] z;
        private final double[][][] a;

        private Trace(double[][] input, double[][][] z, double[][][] a) {
            this.input = input;
            this.z = z;
            this.a = a;
        }

        public int batchSize() {
            return input.length;
        }

        public int layerCount() {
            return z.length;
        }

        /** x (a copy). */
        public double[][] input() {
            return deepCopy(input);
        }

        /** z_l (a copy), n × n_{l+1}. */
        public double[][] preActivation(int layer) {
            return deepCopy(z[Require.inRange(layer, 0, z.length - 1, "layer")]);
        }

        /** a_l = f_l(z_l) (a copy), n × n_{l+1}. */
        public double[][] activation(int layer) {
            return deepCopy(a[Require.inRange(layer, 0, a.length - 1, "layer")]);
        }

        /** The network's output a_{L−1} (a copy). */
        public double[][] output() {
            return activation(a.length - 1);
        }
    }

    /** The gradients of one backward pass. Immutable. */
    public static final class Gradients {
        private final double[][][] w;
        private final double[][] b;
        private final double[][][] delta;
        private final double[][] dx;

        private Gradients(double[][][] w, double[][] b, double[][][] delta, double[][] dx) {
            this.w = w;
            this.b = b;
            this.delta = delta;
            this.dx = dx;
        }

        public int layerCount() {
            return w.length;
        }

        /** ∂L/∂W_l (a copy), n_{l+1} × n_l. */
        public double[][] weights(int layer) {
            return deepCopy(w[Require.inRange(layer, 0, w.length - 1, "layer")]);
        }

        /** ∂L/∂b_l (a copy; empty for a layer without bias). */
        public double[] biases(int layer) {
            return b[Require.inRange(layer, 0, b.length - 1, "layer")].clone();
        }

        /** δ_l = ∂L/∂z_l (a copy), n × n_{l+1}. */
        public double[][] preActivation(int layer) {
            return deepCopy(delta[Require.inRange(layer, 0, delta.length - 1, "layer")]);
        }

        /** ∂L/∂x (a copy), n × n₀. */
        public double[][] input() {
            return deepCopy(dx);
        }

        /** ‖∂L/∂W_l‖_F. */
        public double weightNorm(int layer) {
            double s = 0;
            for (double[] row : w[Require.inRange(layer, 0, w.length - 1, "layer")]) {
                for (double v : row) {
                    s += v * v;
                }
            }
            return Math.sqrt(s);
        }

        /** ‖∂L/∂b_l‖₂ (0 for a layer without bias). */
        public double biasNorm(int layer) {
            double s = 0;
            for (double v : b[Require.inRange(layer, 0, b.length - 1, "layer")]) {
                s += v * v;
            }
            return Math.sqrt(s);
        }

        /** All gradients as one vector, in the order of {@link Mlp#parameters()}. */
        public double[] flatten() {
            return Mlp.flatten(w, b);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The number of entries of all W_l and b_l. */
    private static int count(double[][][] w, double[][] b) {
        int count = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                count += row.length;
            }
            count += b[l].length;
        }
        return count;
    }

    /** Layer by layer, W_l row by row, then b_l: the order of {@link #parameters()} and {@link Gradients#flatten()}. */
    private static double[] flatten(double[][][] w, double[][] b) {
        double[] theta = new double[count(w, b)];
        int p = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : w[l]) {
                System.arraycopy(row, 0, theta, p, row.length);
                p += row.length;
            }
            System.arraycopy(b[l], 0, theta, p, b[l].length);
            p += b[l].length;
        }
        return theta;
    }

    private int checkLayer(int layer) {
        return Require.inRange(layer, 0, w.length - 1, "layer");
    }

    /** The trace must come from a network of this shape (another net's trace is refused). */
    private void checkTrace(Trace trace) {
        boolean ok = trace.z.length == w.length && trace.input[0].length == widths[0];
        for (int l = 0; ok && l < w.length; l++) {
            ok = trace.z[l][0].length == widths[l + 1];
        }
        if (!ok) {
            int[] tw = new int[trace.z.length + 1];
            tw[0] = trace.input[0].length;
            for (int l = 0; l < trace.z.length; l++) {
                tw[l + 1] = trace.z[l][0].length;
            }
            throw new IllegalArgumentException("trace must come from a network of widths " + Arrays.toString(widths)
                    + ", but it comes from one of widths " + Arrays.toString(tw));
        }
    }

    /** t must hold one finite row of outputSize() targets per row of x. */
    private void checkTargets(double[][] x, double[][] t) {
        Require.notNull(x, "x");
        Require.finite(t, "t");
        if (t.length != x.length) {
            throw new IllegalArgumentException("t must have one row per row of x (" + x.length + "), got " + t.length);
        }
        if (t.length > 0 && t[0].length != outputSize()) {
            throw new IllegalArgumentException("t must have outputSize() = " + outputSize() + " columns, got "
                    + t[0].length);
        }
    }

    private void checkBatch(double[][] x, String name) {
        Require.finite(x, name);
        if (x.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one row");
        }
        if (x[0].length != widths[0]) {
            throw new IllegalArgumentException(name + " must have inputSize() = " + widths[0]
                    + " columns, got " + x[0].length);
        }
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Mlp").append(Arrays.toString(widths)).append(" ");
        s.append(Arrays.toString(activations));
        s.append(", ").append(parameterCount()).append(" parameters");
        return s.toString();
    }
}

package thw2.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import thw2.args.Require;

/**
 * Equal weights and the symmetry gradient descent cannot break (Question 3(b), section 1).
 *
 * <p>If every unit of a hidden layer has the same incoming weights and bias, the units compute the
 * same activation for every input, receive the same δ = ∂L/∂z in the backward pass, and so the same
 * gradient ∂L/∂W_{j·} = δ_j·a_below: one step changes them all alike, and by induction they stay
 * identical forever. How different the units of layer l are is measured by
 * {@link Mlp#unitSpread(int) unitSpread}(l) = max_{j,k} |W_jk − W_0k| (together with the biases),
 * which is exactly 0 in that state.
 *
 * <p>A network whose hidden layers are symmetric computes what a network with one unit per hidden
 * layer computes: {@link #narrowEquivalent}.
 */
public final class UnitSymmetry {
    private UnitSymmetry() {}

    /**
     * Full-batch gradient descent from a copy of {@code start}, recording the spread of the units of
     * every hidden layer, {@link Mlp#unitSpread(int)}, before the first step and after the given
     * step counts. The run takes recordedSteps[last] steps, each one
     * {@link Mlp#sgdStep(Loss, double[][], double[][], double)} on the whole batch (the same steps,
     * to the last bit, as {@link Mlp#fullBatchGradientDescent}). {@code start} is not modified.
     *
     * @param start         the network to start from (at least one hidden layer)
     * @param loss          the loss
     * @param x             the inputs, one row per example
     * @param t             the targets, one row per example
     * @param learningRate  the step size η &gt; 0
     * @param recordedSteps the step counts at which to record, strictly increasing, from 0 on
     * @return the recorded spreads and the trained network
     * @throws IllegalArgumentException if an argument is null or out of range, the network has no
     *         hidden layer, or x and t do not fit it
     * @throws ArithmeticException if the parameters overflow (learningRate too large)
     */
    public static SpreadHistory spreadDuringTraining(Mlp start, Loss loss, double[][] x, double[][] t,
                                                     double learningRate, int[] recordedSteps) {
        Require.notNull(start, "start");
        Require.notNull(loss, "loss");
        Require.positive(learningRate, "learningRate");
        checkSteps(recordedSteps);
        if (start.layerCount() < 2) {
            throw new IllegalArgumentException("start must have at least one hidden layer, got " + start);
        }
        start.loss(loss, x, t); // checks x and t against the network before any step
        int hidden = start.layerCount() - 1;
        int steps = recordedSteps[recordedSteps.length - 1];
        Require.entries((double) hidden * recordedSteps.length, "hidden layers × recordedSteps");
        Mlp net = start.copy();
        double[][] spread = new double[hidden][recordedSteps.length];
        for (int step = 0, k = 0; step <= steps; step++) {
            if (recordedSteps[k] == step) {
                for (int l = 0; l < hidden; l++) {
                    spread[l][k] = net.unitSpread(l);
                }
                k++;
            }
            if (step < steps) {
                net.sgdStep(loss, x, t, learningRate);
            }
        }
        return new SpreadHistory(recordedSteps, spread, net);
    }

    /**
     * How far the weights of a matrix are from all being equal: max_{j,k} |W_jk − W_00|. It is 0 for
     * a weight matrix between two symmetric layers trained from a constant start: its rows are equal
     * by the symmetry of the layer above, its columns because the units below give equal inputs.
     *
     * @param w a weight matrix, one row per unit (at least one entry, rectangular, finite)
     * @return the largest |W_jk − W_00|
     * @throws IllegalArgumentException if {@code w} is empty, ragged or not finite
     */
    public static double entrySpread(double[][] w) {
        Require.finite(w, "w");
        if (w.length == 0 || w[0].length == 0) {
            throw new IllegalArgumentException("w must hold at least one entry");
        }
        double spread = 0;
        for (double[] row : w) {
            for (double v : row) {
                spread = Math.max(spread, Math.abs(v - w[0][0]));
            }
        }
        return Require.finiteResult(spread, "the spread of w", "its entries are too far apart");
    }

    /**
     * The network with one unit per hidden layer that computes what the symmetric network
     * {@code symmetric} computes. Hidden layer l of width n_l outputs one value a_l in every unit, so
     * each unit of the layer above receives Σ_k W_{l+1}[j][k]·a_l = n_l·W_{l+1}[j][0]·a_l when the row's
     * entries are equal. The narrow network therefore has
     * <pre>
     *   W'_0 = (the common row of W_0),  b'_0 = the common bias of layer 0,
     *   W'_l = n_l · W_l[j][0] for the layers l ≥ 1,  b'_l = b_l[0] (hidden) or b_l (output),
     * </pre>
     * with the widths n_0 → 1 → … → 1 → n_L and the same activations and biases.
     *
     * @param symmetric a network whose hidden layers have {@link Mlp#unitSpread} 0 and whose layers
     *                  after the first have equal entries in every row (as gradient descent keeps
     *                  them from a constant start, {@link Init#constant})
     * @return the narrow network
     * @throws IllegalArgumentException if {@code symmetric} is null, has no hidden layer, or is not
     *         symmetric in that sense
     */
    public static Mlp narrowEquivalent(Mlp symmetric) {
        Require.notNull(symmetric, "symmetric");
        int layers = symmetric.layerCount();
        if (layers < 2) {
            throw new IllegalArgumentException("symmetric must have at least one hidden layer, got " + symmetric);
        }
        int[] widths = symmetric.widths();
        int[] narrow = new int[widths.length];
        Arrays.fill(narrow, 1);
        narrow[0] = widths[0];
        narrow[layers] = widths[layers];
        Activation[] activations = new Activation[layers];
        boolean[] biases = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            activations[l] = symmetric.activation(l);
            biases[l] = symmetric.hasBias(l);
            if (l < layers - 1 && symmetric.unitSpread(l) != 0) {
                throw new IllegalArgumentException("symmetric must have identical units in every hidden layer, but"
                        + " hidden layer " + l + " has unitSpread " + symmetric.unitSpread(l));
            }
            if (l > 0 && rowSpread(symmetric.weights(l)) != 0) {
                throw new IllegalArgumentException("symmetric must have equal entries in every row of W_" + l
                        + " (the weights after a symmetric layer), but they differ by up to "
                        + rowSpread(symmetric.weights(l)));
            }
        }
        Mlp shape = Mlp.builder(narrow).activations(activations).biases(biases).init(Init.zero()).build();
        double[] theta = new double[shape.parameterCount()];
        int p = 0;
        for (int l = 0; l < layers; l++) {
            double[][] w = symmetric.weights(l);
            double[] b = symmetric.biases(l);
            int rows = l < layers - 1 ? 1 : w.length;
            for (int j = 0; j < rows; j++) {
                if (l == 0) {
                    System.arraycopy(w[0], 0, theta, p, w[0].length);
                    p += w[0].length;
                } else {
                    theta[p++] = Require.finiteResult(widths[l] * w[j][0], "n_" + l + "·W_" + l + "[" + j + "][0]",
                            "the weights of symmetric are too large");
                }
            }
            for (int j = 0; j < Math.min(rows, b.length); j++) {
                theta[p++] = b[j];
            }
        }
        return shape.withParameters(theta);
    }

    /**
     * The spread curves of several runs, for one chart: for each run and each of its hidden layers l,
     * the entry "label, layer l+1" (layers counted from 1, as in the text), in the runs' order.
     *
     * @param runs runs by label (their order is kept)
     * @return an unmodifiable map from "label, layer k" to the spread at each recorded step
     * @throws IllegalArgumentException if {@code runs} is null or holds a null run
     */
    public static Map<String, double[]> spreadCurves(Map<String, SpreadHistory> runs) {
        Require.notNull(runs, "runs");
        Map<String, double[]> curves = new LinkedHashMap<>();
        runs.forEach((label, run) -> {
            Require.notNull(run, "runs[" + label + "]");
            for (int l = 0; l < run.spread.length; l++) {
                curves.put(label + ", layer " + (l + 1), run.layer(l));
            }
        });
        return Collections.unmodifiableMap(curves);
    }

    /** max_j max_k |w[j][k] − w[j][0]|: how far each row is from being constant. */
    private static double rowSpread(double[][] w) {
        double spread = 0;
        for (double[] row : w) {
            for (double v : row) {
                spread = Math.max(spread, Math.abs(v - row[0]));
            }
        }
        return spread;
    }

    /** The recorded step counts: at least one, strictly increasing, from 0 to at most MAX_ITERATIONS. */
    private static void checkSteps(int[] recordedSteps) {
        Require.notNull(recordedSteps, "recordedSteps");
        if (recordedSteps.length == 0) {
            throw new IllegalArgumentException("recordedSteps must not be empty");
        }
        for (int k = 0; k < recordedSteps.length; k++) {
            Require.iterations(recordedSteps[k], k == 0 ? 0 : recordedSteps[k - 1] + 1, "recordedSteps[" + k + "]");
        }
    }

    /**
     * The spread of the units of every hidden layer during a training run, and the network at its end.
     *
     * @param steps   the step counts at which the spreads were recorded
     * @param spread  spread[l][k]: the {@link Mlp#unitSpread} of hidden layer l after steps[k] steps
     * @param trained the network after the last recorded step
     */
    public record SpreadHistory(int[] steps, double[][] spread, Mlp trained) {
        /**
         * @throws IllegalArgumentException if an argument is null, the steps are not non-negative and
         *         strictly increasing, the spreads are not finite and non-negative, or their rows do not
         *         have one entry per step
         */
        public SpreadHistory {
            steps = Require.notNull(steps, "steps").clone();
            for (int k = 0; k < steps.length; k++) {
                if (steps[k] < (k == 0 ? 0L : steps[k - 1] + 1L)) {
                    throw new IllegalArgumentException("steps must be non-negative and strictly increasing, got "
                            + Arrays.toString(steps));
                }
            }
            spread = Require.finite(spread, "spread");
            double[][] copy = new double[spread.length][];
            for (int l = 0; l < spread.length; l++) {
                if (spread[l].length != steps.length) {
                    throw new IllegalArgumentException("spread[" + l + "] must have one entry per entry of steps ("
                            + steps.length + "), got " + spread[l].length);
                }
                for (int k = 0; k < spread[l].length; k++) {
                    Require.nonNegative(spread[l][k], "spread[" + l + "][" + k + "]");
                }
                copy[l] = spread[l].clone();
            }
            spread = copy;
            trained = Require.notNull(trained, "trained").copy();
        }

        /** The step counts (a copy). */
        @Override
        public int[] steps() {
            return steps.clone();
        }

        /** spread[l][k] (a copy). */
        @Override
        public double[][] spread() {
            double[][] copy = new double[spread.length][];
            for (int l = 0; l < spread.length; l++) {
                copy[l] = spread[l].clone();
            }
            return copy;
        }

        /** The network at the end of the run (a copy). */
        @Override
        public Mlp trained() {
            return trained.copy();
        }

        /**
         * The spread of hidden layer {@code layer} at each recorded step.
         *
         * @throws IllegalArgumentException if {@code layer} is not a hidden layer
         */
        public double[] layer(int layer) {
            return spread[Require.index(layer, spread.length, "layer")].clone();
        }

        /**
         * The largest spread of hidden layer {@code layer} over the run (0 if its units stayed identical).
         *
         * @throws IllegalArgumentException if {@code layer} is not a hidden layer
         */
        public double peak(int layer) {
            double peak = 0;
            for (double s : spread[Require.index(layer, spread.length, "layer")]) {
                peak = Math.max(peak, s);
            }
            return peak;
        }

        /** The largest spread of any hidden layer over the run. */
        public double peak() {
            double peak = 0;
            for (int l = 0; l < spread.length; l++) {
                peak = Math.max(peak, peak(l));
            }
            return peak;
        }
    }
}

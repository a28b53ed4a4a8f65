package thw2.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import thw2.args.Require;
import thw2.data.Iris;

/**
 * The sigmoid networks of Question 3(b) on a two-species Iris task ({@link Iris#binary}): four
 * standardized measurements in, hidden layers of sigmoid units, one linear output unit whose value
 * is the logit o of the positive species, trained on the sigmoid cross-entropy
 * L = −t log σ(o) − (1 − t) log(1 − σ(o)) ({@link Loss#SIGMOID_CROSS_ENTROPY}).
 *
 * <p>A flower is classified as the positive species when o &gt; 0, that is when σ(o) &gt; ½. Every
 * network is drawn with the seed {@link #SEED}, so that networks that differ only in their
 * initialization scheme start from the same random stream (Question 3(b) compares schemes that way).
 */
public final class IrisNetwork {
    /** The seed of every network's weight draws. */
    public static final long SEED = 5;

    private IrisNetwork() {}

    /**
     * The network 4 → hidden[0] → … → hidden[k−1] → 1 with sigmoid hidden layers, a linear output,
     * biases starting at 0 and weights drawn by {@code init} with seed {@link #SEED}.
     *
     * @param init   the weight-initialization scheme
     * @param hidden the widths of the hidden layers, in order (none: logistic regression)
     * @return a new network
     * @throws IllegalArgumentException if {@code init} is null, a width is below 1, or the network is
     *         too large to allocate
     */
    public static Mlp sigmoid(Init init, int... hidden) {
        Require.notNull(init, "init");
        Require.notNull(hidden, "hidden");
        int[] widths = new int[hidden.length + 2];
        widths[0] = Iris.FEATURES.size();
        double parameters = 0;
        for (int l = 0; l < hidden.length; l++) {
            widths[l + 1] = Require.positive(hidden[l], "hidden[" + l + "]");
            parameters += ((double) widths[l] + 1) * widths[l + 1];
        }
        widths[widths.length - 1] = 1;
        Require.entries(parameters + widths[widths.length - 2] + 1,
                "hidden " + Arrays.toString(hidden) + " give a network whose parameters");
        return Mlp.builder(widths).activation(Activation.SIGMOID).outputActivation(Activation.IDENTITY)
                .init(init).seed(SEED).build();
    }

    /**
     * The network's output o for every flower of the task (the logit of the positive species).
     *
     * @param net  a network with 4 inputs and 1 output
     * @param task the flowers
     * @return o_i for each flower i, in the task's order
     * @throws IllegalArgumentException if an argument is null or the network does not take 4 inputs
     *         to 1 output
     */
    public static double[] logits(Mlp net, Iris.BinaryTask task) {
        Require.notNull(net, "net");
        Require.notNull(task, "task");
        if (net.inputSize() != task.x()[0].length || net.outputSize() != 1) {
            throw new IllegalArgumentException("net must take " + task.x()[0].length + " inputs to 1 output, got "
                    + net.inputSize() + " inputs and " + net.outputSize() + " outputs");
        }
        double[][] o = net.predict(task.x());
        double[] logits = new double[o.length];
        for (int i = 0; i < o.length; i++) {
            logits[i] = o[i][0];
        }
        return logits;
    }

    /**
     * The fraction of flowers classified right: those with o &gt; 0 that belong to the positive
     * species (t = 1) and those with o ≤ 0 that do not.
     *
     * @param net  a network with 4 inputs and 1 output
     * @param task the flowers and their 0/1 targets
     * @return the accuracy, in [0, 1]
     * @throws IllegalArgumentException as {@link #logits}
     */
    public static double accuracy(Mlp net, Iris.BinaryTask task) {
        double[] o = logits(net, task);
        double[][] t = task.t();
        int right = 0;
        for (int i = 0; i < o.length; i++) {
            if ((o[i] > 0) == (t[i][0] == 1)) {
                right++;
            }
        }
        return (double) right / o.length;
    }

    /**
     * Full-batch gradient descent from the network {@link #sigmoid sigmoid(init, hidden)} on the
     * sigmoid cross-entropy of the task.
     *
     * @param init         the weight-initialization scheme
     * @param task         the flowers
     * @param learningRate the step size η &gt; 0
     * @param steps        the number of steps, ≥ 0
     * @param hidden       the widths of the hidden layers
     * @return the loss after every step and the accuracy of the trained network
     * @throws IllegalArgumentException if an argument is out of range (see {@link #sigmoid} and
     *         {@link Mlp#fullBatchGradientDescent})
     * @throws ArithmeticException if the parameters overflow (learningRate too large)
     */
    public static Training train(Init init, Iris.BinaryTask task, double learningRate, int steps, int... hidden) {
        Require.notNull(task, "task");
        Require.positive(learningRate, "learningRate");
        Require.iterations(steps, 0, "steps");
        Mlp net = sigmoid(init, hidden);
        double[] loss;
        try {
            loss = net.fullBatchGradientDescent(Loss.SIGMOID_CROSS_ENTROPY, task.x(), task.t(), learningRate, steps);
        } catch (IllegalStateException | ArithmeticException e) {
            throw new ArithmeticException("training diverged with learningRate = " + learningRate + " from init = "
                    + init + " (a smaller learning rate or initial scale keeps it finite): " + e.getMessage());
        }
        return new Training(loss, accuracy(net, task));
    }

    /**
     * The loss curves of several runs, for one chart: each run's {@link Training#lossAt losses after
     * the given step counts}, under its label, in the runs' order.
     *
     * @param runs  runs by label (their order is kept)
     * @param steps the step counts to show (a long curve thinned out), each within every run
     * @return an unmodifiable map from each label to its losses at {@code steps}
     * @throws IllegalArgumentException if an argument is null, a run is null, or a step count is out of
     *         a run's range
     */
    public static Map<String, double[]> lossCurves(Map<String, Training> runs, int... steps) {
        Require.notNull(runs, "runs");
        Require.notNull(steps, "steps");
        Map<String, double[]> curves = new LinkedHashMap<>();
        runs.forEach((label, run) -> curves.put(label, Require.notNull(run, "runs[" + label + "]").lossAt(steps)));
        return Collections.unmodifiableMap(curves);
    }

    /**
     * A training run: the loss before the first step and after each step (steps + 1 values), and
     * the training accuracy at the end. Immutable.
     *
     * @param loss     L after s steps at index s
     * @param accuracy the fraction of training flowers classified right at the end
     */
    public record Training(double[] loss, double accuracy) {
        /**
         * @throws IllegalArgumentException if {@code loss} is empty or has a negative or non-finite entry,
         *         or {@code accuracy} is outside [0, 1]
         */
        public Training {
            loss = Require.finite(Require.nonEmpty(loss, "loss"), "loss").clone();
            for (int s = 0; s < loss.length; s++) {
                Require.nonNegative(loss[s], "loss[" + s + "]");
            }
            if (!(accuracy >= 0 && accuracy <= 1)) {
                throw new IllegalArgumentException("accuracy must be in [0, 1], got " + accuracy);
            }
        }

        /** L after s steps at index s (a copy). */
        @Override
        public double[] loss() {
            return loss.clone();
        }

        /** The number of steps taken. */
        public int steps() {
            return loss.length - 1;
        }

        /** The loss at the end of training. */
        public double finalLoss() {
            return loss[loss.length - 1];
        }

        /**
         * The losses after the given numbers of steps, for a chart that thins a long curve.
         *
         * @param steps step counts, each in [0, {@link #steps()}]
         * @return L after steps[k] steps at index k
         * @throws IllegalArgumentException if a step count is out of range
         */
        public double[] lossAt(int... steps) {
            Require.notNull(steps, "steps");
            double[] out = new double[steps.length];
            for (int k = 0; k < steps.length; k++) {
                out[k] = loss[Require.index(steps[k], loss.length, "steps[" + k + "]")];
            }
            return out;
        }

        /**
         * The first step count after which the loss is below {@code level}, or −1 if it never is: how
         * long the run stays on a plateau.
         *
         * @param level the level
         * @return the smallest s with L(s) &lt; level, or −1
         * @throws IllegalArgumentException if {@code level} is not finite
         */
        public int firstStepBelow(double level) {
            Require.finite(level, "level");
            for (int s = 0; s < loss.length; s++) {
                if (loss[s] < level) {
                    return s;
                }
            }
            return -1;
        }
    }
}

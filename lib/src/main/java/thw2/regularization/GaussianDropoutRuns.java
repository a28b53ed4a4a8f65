package thw2.regularization;

import java.util.Arrays;
import thw2.args.Require;
import thw2.regularization.GaussianDropoutLinear.Estimate;
import thw2.regularization.GaussianDropoutRegression.Schedule;
import thw2.regularization.GaussianDropoutRegression.TrainingPath;
import thw2.stats.RunningStats;

/**
 * Repeated training with Gaussian dropout: R runs of
 * {@link GaussianDropoutRegression#trainWithDropout} from w = 0, with one schedule (so the same
 * batches) and the noise seeds s₀, s₀ + 1, …, s₀ + R − 1, summarized across the runs. The mean of the
 * runs estimates the expected iterate; for the linear model it equals, at every epoch, the iterate of
 * the same SGD on the penalized objective L (gradient through the noise) or on plain least squares
 * (δ held fixed), so the summaries come with standard errors to compare them with those paths:
 * <ul>
 *   <li>{@link #meanWeight}: the mean of weight k after given epochs (a curve for a chart);</li>
 *   <li>{@link #weightEstimate} and {@link #maxStandardErrorsFrom}: weight k after an epoch, as
 *       mean ± s/√R, and its distance from a deterministic path in standard errors;</li>
 *   <li>{@link #tailAverages} and {@link #finalWeights}: each run's average over its last epochs
 *       (which removes most of the jitter of noisy SGD), or its last weights, as mean ± s/√R.</li>
 * </ul>
 * Used by Question 6 (training with dropout reaches the penalized solution, with full batches and
 * with mini-batches). Immutable.
 */
public final class GaussianDropoutRuns {
    /** The most runs one object holds. */
    public static final int MAX_RUNS = 10_000;

    /** weights[run][epoch][k]. */
    private final double[][][] weights;
    private final GaussianDropoutGradient reading;

    private GaussianDropoutRuns(double[][][] weights, GaussianDropoutGradient reading) {
        this.weights = weights;
        this.reading = reading;
    }

    /**
     * Trains {@code runs} times with dropout from w = 0, run r with the noise seed
     * {@code firstNoiseSeed + r}.
     *
     * @param model          the data and α
     * @param schedule       step size, epochs, batch size and batch order, shared by every run
     * @param reading        REPARAMETERIZED (through the noise) or NOISE_HELD_FIXED
     * @param runs           the number of runs R, in [2, {@link #MAX_RUNS}] (a standard error needs two)
     * @param firstNoiseSeed the noise seed of run 0
     * @return the runs
     * @throws IllegalArgumentException for a null argument, SCORE_FUNCTION, runs outside [2, MAX_RUNS],
     *     more weights than one call may hold, or a step size that makes SGD diverge
     */
    public static GaussianDropoutRuns of(GaussianDropoutRegression model, Schedule schedule,
                                         GaussianDropoutGradient reading, int runs, long firstNoiseSeed) {
        Require.notNull(model, "model");
        Require.notNull(schedule, "schedule");
        Require.notNull(reading, "reading");
        Require.inRange(runs, 2, MAX_RUNS, "runs");
        Require.entries((double) runs * (schedule.epochs() + 1.0) * model.dimension(),
                "runs × (epochs + 1) × dimension = " + runs + " × " + (schedule.epochs() + 1L) + " × " + model.dimension());
        if ((double) runs * schedule.epochs() * model.examples() > Require.MAX_ITERATIONS) {
            throw new IllegalArgumentException("runs × epochs × examples = " + runs + " × " + schedule.epochs() + " × "
                    + model.examples() + " is more than the " + Require.MAX_ITERATIONS + " steps one call may run");
        }
        double[][][] w = new double[runs][][];
        for (int r = 0; r < runs; r++) {
            w[r] = model.trainWithDropout(new double[model.dimension()], schedule, reading, firstNoiseSeed + r)
                    .weightsByEpoch();
        }
        return new GaussianDropoutRuns(w, reading);
    }

    /** The number of runs R. */
    public int runs() {
        return weights.length;
    }

    /** The number of epochs of every run. */
    public int epochs() {
        return weights[0].length - 1;
    }

    /** The number of weights D. */
    public int dimension() {
        return weights[0][0].length;
    }

    /** How the runs differentiated the sampled objective. */
    public GaussianDropoutGradient reading() {
        return reading;
    }

    /**
     * The weights of one run after each epoch.
     *
     * @throws IllegalArgumentException for a run outside [0, R)
     */
    public TrainingPath path(int run) {
        Require.index(run, runs(), "run");
        return new TrainingPath(weights[run]);
    }

    /**
     * The mean over the runs of weight k after each of the given epochs, (1/R) Σᵣ wₖ⁽ʳ⁾(t).
     *
     * @param k      the weight, in [0, D)
     * @param epochs whole numbers in [0, {@link #epochs()}], as doubles so that they can be a chart's x axis
     * @return one mean per epoch
     * @throws IllegalArgumentException for k outside [0, D), or an empty {@code epochs} or an entry that
     *     is not a whole number in range
     */
    public double[] meanWeight(int k, double[] epochs) {
        Require.index(k, dimension(), "k");
        int[] t = epochIndices(epochs, epochs());
        double[] mean = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            int epoch = t[i];
            mean[i] = Arrays.stream(weights).mapToDouble(run -> run[epoch][k]).average().getAsDouble();
        }
        return mean;
    }

    /**
     * Weight k of a path after each of the given epochs, for a chart on the same x axis as
     * {@link #meanWeight}.
     *
     * @param path   the weights after each epoch
     * @param k      the weight, in [0, D)
     * @param epochs whole numbers in [0, path.epochs()]
     * @return one value per epoch
     * @throws IllegalArgumentException for a null path, k outside [0, D), or an empty {@code epochs} or an
     *     entry that is not a whole number in range
     */
    public static double[] weightAt(TrainingPath path, int k, double[] epochs) {
        Require.notNull(path, "path");
        double[] series = path.weight(k);
        int[] t = epochIndices(epochs, path.epochs());
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = series[t[i]];
        }
        return out;
    }

    /**
     * Weight k after the given epoch across the runs: mean ± standard error s/√R.
     *
     * @throws IllegalArgumentException for k outside [0, D) or an epoch outside [0, {@link #epochs()}]
     */
    public Estimate weightEstimate(int k, int epoch) {
        Require.index(k, dimension(), "k");
        Require.inRange(epoch, 0, epochs(), "epoch");
        RunningStats s = new RunningStats();
        for (double[][] run : weights) {
            s.add(run[epoch][k]);
        }
        return Estimate.of(s);
    }

    /**
     * The largest distance, in standard errors, between the runs' mean of weight k and a deterministic
     * path, over the given epochs: max over t of |mean wₖ(t) − pathₖ(t)| / s.e.
     *
     * @param path   the path to compare with (gradient descent on L, or on least squares)
     * @param k      the weight, in [0, D)
     * @param epochs at least one epoch, each in [0, min(epochs(), path.epochs())]
     * @return the largest distance in standard errors
     * @throws IllegalArgumentException for a null path or epochs, no epochs, or an epoch or k out of range
     */
    public double maxStandardErrorsFrom(TrainingPath path, int k, int... epochs) {
        Require.notNull(path, "path");
        Require.notNull(epochs, "epochs");
        if (epochs.length == 0) {
            throw new IllegalArgumentException("epochs must hold at least one epoch");
        }
        double worst = 0;
        for (int t : epochs) {
            Require.inRange(t, 0, Math.min(epochs(), path.epochs()), "epochs entry");
            worst = Math.max(worst, weightEstimate(k, t).standardErrorsFrom(path.weightsAfter(t)[k]));
        }
        return worst;
    }

    /**
     * Each run's average of its weights after epochs {@code fromEpoch} … end
     * ({@link TrainingPath#tailAverage}), summarized across the runs: per weight, mean ± s/√R.
     *
     * @throws IllegalArgumentException for fromEpoch outside [0, {@link #epochs()}]
     */
    public Estimate[] tailAverages(int fromEpoch) {
        Require.inRange(fromEpoch, 0, epochs(), "fromEpoch");
        RunningStats[] s = stats();
        for (int r = 0; r < runs(); r++) {
            double[] a = path(r).tailAverage(fromEpoch);
            for (int k = 0; k < a.length; k++) {
                s[k].add(a[k]);
            }
        }
        return estimates(s);
    }

    /** Each run's weights after its last epoch, summarized across the runs: per weight, mean ± s/√R. */
    public Estimate[] finalWeights() {
        RunningStats[] s = stats();
        for (double[][] run : weights) {
            for (int k = 0; k < s.length; k++) {
                s[k].add(run[run.length - 1][k]);
            }
        }
        return estimates(s);
    }

    private RunningStats[] stats() {
        RunningStats[] s = new RunningStats[dimension()];
        for (int k = 0; k < s.length; k++) {
            s[k] = new RunningStats();
        }
        return s;
    }

    private static Estimate[] estimates(RunningStats[] s) {
        Estimate[] e = new Estimate[s.length];
        for (int k = 0; k < s.length; k++) {
            e[k] = Estimate.of(s[k]);
        }
        return e;
    }

    private static int[] epochIndices(double[] epochs, int last) {
        Require.finite(Require.nonEmpty(epochs, "epochs"), "epochs");
        int[] t = new int[epochs.length];
        for (int i = 0; i < epochs.length; i++) {
            double e = epochs[i];
            if (e != Math.rint(e) || e < 0 || e > last) {
                throw new IllegalArgumentException("epochs[" + i + "] must be a whole number in [0, " + last + "], got " + e);
            }
            t[i] = (int) e;
        }
        return t;
    }
}

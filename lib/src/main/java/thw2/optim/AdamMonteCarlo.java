package thw2.optim;

import java.util.Arrays;
import thw2.args.Require;
import thw2.stats.Estimates;
import thw2.stats.RunningStats;

/**
 * The Monte Carlo of Adam's bias (Question 4): Adam run on many parameters at once, each coordinate
 * an independent one-parameter run (Adam works coordinate by coordinate), and at chosen steps the
 * average over the runs of m_t, m̂_t, v_t and v̂_t, with standard errors.
 *
 * <p>With gradients of constant mean (for example {@link GradientOracle#gaussianNoise}) and
 * m₀ = v₀ = 0, E[m_t] = (1 − β₁ᵗ)·E[g] and E[v_t] = (1 − β₂ᵗ)·E[g²], while the bias-corrected
 * E[m̂_t] = E[g] and E[v̂_t] = E[g²] at every t (Kingma &amp; Ba 2015, §3): the averages here estimate
 * those four expectations. Adam's m_t of every run is kept at the recorded steps too.
 *
 * <p>Immutable once run.
 */
public final class AdamMonteCarlo {
    private final int runs;
    private final int[] recorded;
    /** stats[q][k]: quantity q (m, m̂, v, v̂) at recorded step k. */
    private final Estimates[][] stats;
    private final double[][] firstMoments;

    private AdamMonteCarlo(int runs, int[] recorded, Estimates[][] stats, double[][] firstMoments) {
        this.runs = runs;
        this.recorded = recorded;
        this.stats = stats;
        this.firstMoments = firstMoments;
    }

    /**
     * Runs {@code adam} from θ₀ = 0 on {@code runs} coordinates for {@code steps} steps, asking
     * {@code oracle} for every gradient, and records the averages at {@code recordedSteps}.
     *
     * @param adam          the optimizer
     * @param oracle        the gradients g_t (one entry per run)
     * @param runs          the number of independent runs (coordinates), at least 2
     * @param steps         the number of steps, at least 1
     * @param recordedSteps the steps at which to average, each in [1, steps], increasing
     * @return the recorded averages
     * @throws IllegalArgumentException if an argument is null or out of range, or runs × steps is
     *     more than {@link Require#MAX_ENTRIES}
     */
    public static AdamMonteCarlo run(Adam adam, GradientOracle oracle, int runs, int steps, int[] recordedSteps) {
        Require.notNull(adam, "adam");
        Require.notNull(oracle, "oracle");
        Require.iterations(runs, 2, "runs");
        Require.iterations(steps, 1, "steps");
        Require.notNull(recordedSteps, "recordedSteps");
        if (recordedSteps.length == 0) {
            throw new IllegalArgumentException("recordedSteps must not be empty");
        }
        for (int k = 0; k < recordedSteps.length; k++) {
            Require.inRange(recordedSteps[k], k == 0 ? 1 : recordedSteps[k - 1] + 1, steps, "recordedSteps[" + k + "]");
        }
        Require.entries((double) runs * steps, "runs × steps = " + runs + " × " + steps + " coordinate steps");
        Require.entries((double) runs * recordedSteps.length, "runs × recordedSteps.length = " + runs + " × "
                + recordedSteps.length + " kept first moments");
        int[] recorded = recordedSteps.clone();
        Estimates[][] stats = new Estimates[4][recorded.length];
        double[][] firstMoments = new double[recorded.length][];
        int[] next = {0};
        adam.runWhile(oracle, new double[runs], steps, s -> {
            if (next[0] < recorded.length && s.t() == recorded[next[0]]) {
                int k = next[0]++;
                double[][] q = {s.m, s.mHat, s.v, s.vHat};
                for (int i = 0; i < 4; i++) {
                    stats[i][k] = Estimates.of(new RunningStats().addAll(q[i]));
                }
                firstMoments[k] = s.m();
            }
            return true;
        });
        return new AdamMonteCarlo(runs, recorded, stats, firstMoments);
    }

    /** The number of runs averaged over. */
    public int runs() {
        return runs;
    }

    /** The steps at which averages were recorded. */
    public int[] recordedSteps() {
        return recorded.clone();
    }

    /** The averages of m_t over the runs, with standard errors, at the recorded steps {@code ts}. */
    public Estimates m(int... ts) {
        return gather(0, ts);
    }

    /** The averages of m̂_t, as {@link #m}. */
    public Estimates mHat(int... ts) {
        return gather(1, ts);
    }

    /** The averages of v_t, as {@link #m}. */
    public Estimates v(int... ts) {
        return gather(2, ts);
    }

    /** The averages of v̂_t, as {@link #m}. */
    public Estimates vHat(int... ts) {
        return gather(3, ts);
    }

    /**
     * Adam's m_t in every run at the recorded step {@code t}.
     *
     * @throws IllegalArgumentException if t was not recorded
     */
    public double[] firstMoments(int t) {
        return firstMoments[indexOf(t, "t")].clone();
    }

    private Estimates gather(int q, int[] ts) {
        Require.notNull(ts, "ts");
        if (ts.length == 0) {
            throw new IllegalArgumentException("ts must not be empty");
        }
        double[] m = new double[ts.length];
        double[] se = new double[ts.length];
        for (int j = 0; j < ts.length; j++) {
            Estimates e = stats[q][indexOf(ts[j], "ts[" + j + "]")];
            m[j] = e.mean(0);
            se[j] = e.standardError(0);
        }
        return new Estimates(m, se);
    }

    private int indexOf(int t, String name) {
        int k = Arrays.binarySearch(recorded, t);
        if (k < 0) {
            throw new IllegalArgumentException(name + " must be a recorded step, got " + t + " (recorded: "
                    + recorded.length + " steps from " + recorded[0] + " to " + recorded[recorded.length - 1] + ")");
        }
        return k;
    }
}

package thw2.regularization;

import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.linalg.GaussianElimination;
import thw2.linalg.SymmetricEigen;
import thw2.optim.Minibatches;
import thw2.optim.Sgd;
import thw2.random.Shuffle;

/**
 * A linear model ŷ = w·x fitted to N examples (xᵢ, yᵢ) with Gaussian dropout on its weights
 * (each example sees its own noise δ = w∘ε, εₖ ~ N(0, α)), and the deterministic objective that
 * dropout optimizes in expectation. Averaging {@link GaussianDropoutLinear}'s per-example result over
 * the data,
 * <pre>
 *   L(w) = E[(1/N) Σᵢ J₁⁽ⁱ⁾] = (1/2N) ‖y − Xw‖² + ½ Σₖ cₖ wₖ²,      cₖ = α · (1/N) Σᵢ xᵢₖ²
 * </pre>
 * a ridge penalty whose cost for weight k grows with the mean square of input k. Its minimizer solves
 * (XᵀX + α diag(XᵀX)) w = Xᵀy. Srivastava et al. (2014, JMLR 15, §9.1) derive the same form for
 * Bernoulli dropout, with α = (1 − p)/p after rescaling the weights by the keep probability p.
 *
 * <p>Training: {@link #trainPenalized} runs mini-batch SGD on L; {@link #trainWithDropout} runs the
 * same SGD (same batches, given the same {@link Schedule#orderSeed()}) on sampled J₁ instead. The
 * sampled gradient is affine in w with noise independent of w, so under the
 * {@link GaussianDropoutGradient#REPARAMETERIZED} reading the mean of the dropout iterates equals the
 * penalized iterates exactly at every step; under {@link GaussianDropoutGradient#NOISE_HELD_FIXED}
 * it equals the iterates of SGD on plain least squares.
 *
 * <p>Both run {@link Sgd} (step size η) with {@link Minibatches} as the gradient oracle: the mean
 * gradient over each batch, the examples reshuffled every epoch by {@link Schedule#orderSeed()}.
 * The former hand-written loop subtracted (η/B)·Σg, Sgd subtracts η·(Σg/B): the two can differ in
 * the last bit of a step (GaussianDropoutRegressionTest bounds the difference).
 *
 * <p>The normal equations are solved after scaling every column of X, and y, by a power of two near
 * its largest entry (exact): the solution is the same, but X = 1e200 or X = 1e-6·I no longer
 * overflow or vanish in XᵀX, and singularity is judged relative to the data's scale
 * ({@link GaussianElimination}), so only a truly rank-deficient X is refused.
 *
 * <p>Immutable; the data are copied.
 */
public final class GaussianDropoutRegression {

    /**
     * Settings of mini-batch SGD: step size η, number of epochs, batch size, and the seed of the
     * per-epoch shuffles ({@code batchSize ≥ N} means full-batch gradient descent, no shuffling).
     */
    public record Schedule(double stepSize, int epochs, int batchSize, long orderSeed) {
        public Schedule {
            Require.positive(stepSize, "stepSize");
            Require.iterations(epochs, 1, "epochs");
            Require.positive(batchSize, "batchSize");
        }

        /** Full-batch gradient descent: every step uses all examples. */
        public static Schedule fullBatch(double stepSize, int epochs) {
            return new Schedule(stepSize, epochs, Integer.MAX_VALUE, 0L);
        }

        /** The same schedule with mini-batches of {@code size} examples, shuffled by {@code orderSeed}. */
        public Schedule withBatches(int batchSize, long orderSeed) {
            return new Schedule(stepSize, epochs, batchSize, orderSeed);
        }
    }

    /** The weights after each epoch: row 0 is the start, row t the weights after epoch t. */
    public record TrainingPath(double[][] weightsByEpoch) {
        public TrainingPath {
            Require.finite(Require.notNull(weightsByEpoch, "weightsByEpoch"), "weightsByEpoch");
            if (weightsByEpoch.length == 0 || weightsByEpoch[0].length == 0) {
                throw new IllegalArgumentException("weightsByEpoch must hold at least one row of weights");
            }
            weightsByEpoch = deepCopy(weightsByEpoch);
        }

        @Override
        public double[][] weightsByEpoch() {
            return deepCopy(weightsByEpoch);
        }

        public int epochs() {
            return weightsByEpoch.length - 1;
        }

        /** The weights after epoch t (t = 0 is the start). */
        public double[] weightsAfter(int epoch) {
            Require.inRange(epoch, 0, epochs(), "epoch");
            return weightsByEpoch[epoch].clone();
        }

        public double[] finalWeights() {
            return weightsAfter(epochs());
        }

        /** Weight k after every epoch, as a series for a chart. */
        public double[] weight(int k) {
            Require.inRange(k, 0, weightsByEpoch[0].length - 1, "k");
            double[] s = new double[weightsByEpoch.length];
            for (int t = 0; t < s.length; t++) {
                s[t] = weightsByEpoch[t][k];
            }
            return s;
        }

        /**
         * The average of the weights after epochs {@code fromEpoch} … end (iterate averaging, which
         * removes most of the epoch-to-epoch jitter of noisy SGD).
         */
        public double[] tailAverage(int fromEpoch) {
            Require.inRange(fromEpoch, 0, epochs(), "fromEpoch");
            double[] a = new double[weightsByEpoch[0].length];
            for (int t = fromEpoch; t <= epochs(); t++) {
                for (int k = 0; k < a.length; k++) {
                    a[k] += weightsByEpoch[t][k];
                }
            }
            int count = epochs() - fromEpoch + 1;
            for (int k = 0; k < a.length; k++) {
                a[k] /= count;
                if (!Double.isFinite(a[k])) { // weights near ±1e308: their sum overflows, the mean does not
                    a[k] = 0;
                    for (int t = fromEpoch; t <= epochs(); t++) {
                        a[k] += weightsByEpoch[t][k] / count;
                    }
                }
            }
            return a;
        }

        private static double[][] deepCopy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                c[i] = m[i].clone();
            }
            return c;
        }
    }

    private final double[][] x;
    private final double[] y;
    private final double alpha;
    private final int n;
    private final int d;

    private GaussianDropoutRegression(double[][] x, double[] y, double alpha) {
        this.x = x;
        this.y = y;
        this.alpha = alpha;
        this.n = x.length;
        this.d = x[0].length;
    }

    /**
     * The model for inputs {@code x} (N rows of D features), targets {@code y} (N values) and relative
     * noise variance {@code alpha} ≥ 0.
     */
    public static GaussianDropoutRegression of(double[][] x, double[] y, double alpha) {
        Require.finite(x, "x");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x must have at least one row and one column");
        }
        Require.finite(Require.nonEmpty(y, "y"), "y");
        if (y.length != x.length) {
            throw new IllegalArgumentException("x and y must have the same number of examples, got "
                    + x.length + " rows and " + y.length + " targets");
        }
        Require.nonNegative(alpha, "alpha");
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return new GaussianDropoutRegression(copy, y.clone(), alpha);
    }

    /** The same data with another α. */
    public GaussianDropoutRegression withAlpha(double alpha) {
        return of(x, y, alpha);
    }

    public int examples() {
        return n;
    }

    public int dimension() {
        return d;
    }

    public double alpha() {
        return alpha;
    }

    /** Example i as a single {@link GaussianDropoutLinear} unit with weights w. */
    public GaussianDropoutLinear unit(int i, double[] w) {
        Require.inRange(i, 0, n - 1, "i");
        return GaussianDropoutLinear.of(w, x[i], y[i], alpha);
    }

    /** The per-weight penalty coefficients cₖ = α · (1/N) Σᵢ xᵢₖ² of L. */
    public double[] penaltyCoefficients() {
        double[] c = new double[d];
        for (double[] row : x) {
            for (int k = 0; k < d; k++) {
                c[k] += row[k] * row[k];
            }
        }
        for (int k = 0; k < d; k++) {
            c[k] = Require.finiteResult(c[k] * (alpha / n), "the penalty coefficient c[" + k + "]",
                    "x or alpha is too large");
        }
        return c;
    }

    /** L(w) = (1/N) Σᵢ E[J₁⁽ⁱ⁾](w), the expected dropout objective (mean over examples). */
    public double expectedObjective(double[] w) {
        requireWeights(w);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += unit(i, w).expectedObjective();
        }
        return s / n;
    }

    /** ∇L(w) = (1/N) Σᵢ (−rᵢ xᵢ + α w∘xᵢ²). */
    public double[] expectedGradient(double[] w) {
        requireWeights(w);
        double[] g = new double[d];
        for (int i = 0; i < n; i++) {
            double[] gi = unit(i, w).expectedObjectiveGradient();
            for (int k = 0; k < d; k++) {
                g[k] += gi[k];
            }
        }
        for (int k = 0; k < d; k++) {
            g[k] /= n;
        }
        return g;
    }

    /** The Hessian of L: (1/N)(XᵀX + α diag(XᵀX)). */
    public double[][] hessian() {
        double[][] h = gram();
        for (int k = 0; k < d; k++) {
            h[k][k] *= 1 + alpha;
        }
        for (double[] row : h) {
            for (int k = 0; k < d; k++) {
                row[k] = Require.finiteResult(row[k] / n, "the Hessian (1/N)(XᵀX + α diag XᵀX)", "x is too large");
            }
        }
        return h;
    }

    /** The largest eigenvalue of the Hessian; gradient descent on L is stable for η &lt; 2/λmax. */
    public double largestCurvature() {
        double[] ev = SymmetricEigen.of(hessian()).eigenvalues();
        return ev[ev.length - 1];
    }

    /** The minimizer of L: the solution of (XᵀX + α diag(XᵀX)) w = Xᵀy. */
    public double[] penalizedWeights() {
        return solveNormalEquations(alpha, 0);
    }

    /** Ordinary least squares, the minimizer of (1/2N)‖y − Xw‖² (α = 0). */
    public double[] leastSquaresWeights() {
        return solveNormalEquations(0, 0);
    }

    /**
     * Ordinary ridge regression for comparison: the minimizer of (1/2N)‖y − Xw‖² + (λ/2)‖w‖², i.e. the
     * solution of (XᵀX + NλI) w = Xᵀy. Unlike the dropout penalty it costs every weight the same.
     */
    public double[] ridgeWeights(double lambda) {
        Require.nonNegative(lambda, "lambda");
        return solveNormalEquations(0, lambda);
    }

    /**
     * Mini-batch SGD on the deterministic objective L (squared error plus the dropout penalty),
     * starting from {@code w0} (not modified).
     */
    public TrainingPath trainPenalized(double[] w0, Schedule schedule) {
        return train(w0, schedule, null, 0L);
    }

    /**
     * Mini-batch SGD on the sampled objective J₁: every example in every step draws fresh εₖ ~ N(0, α)
     * from {@code new SplittableRandom(noiseSeed)}, and the step uses the gradient of the given reading
     * (REPARAMETERIZED or NOISE_HELD_FIXED). Batches are the same as {@link #trainPenalized} with the
     * same schedule.
     *
     * @throws IllegalArgumentException for SCORE_FUNCTION, whose variance grows without bound as a
     *     weight crosses 0, so it is offered for estimation only
     */
    public TrainingPath trainWithDropout(double[] w0, Schedule schedule, GaussianDropoutGradient reading,
                                         long noiseSeed) {
        Require.notNull(reading, "reading");
        if (reading == GaussianDropoutGradient.SCORE_FUNCTION) {
            throw new IllegalArgumentException("reading must be REPARAMETERIZED or NOISE_HELD_FIXED for training, "
                    + "got SCORE_FUNCTION (its variance is unbounded as a weight crosses 0)");
        }
        return train(w0, schedule, reading, noiseSeed);
    }

    /** reading == null: the deterministic penalized gradient. */
    private TrainingPath train(double[] w0, Schedule schedule, GaussianDropoutGradient reading, long noiseSeed) {
        requireWeights(w0, "w0");
        Require.notNull(schedule, "schedule");
        Require.entries(((double) schedule.epochs() + 1) * d, "(schedule.epochs() + 1) × " + d + " weights");
        Require.iterations((int) Math.min(Integer.MAX_VALUE, (long) schedule.epochs() * n), 1,
                "schedule.epochs() × examples");
        Require.work(schedule.epochs() * (double) n * (5.0 * d + 30), "schedule.epochs() × examples × (5 × dimension + 30) = "
                + schedule.epochs() + " × " + n + " × (5 × " + d + " + 30) for the training steps");
        int batch = Math.min(schedule.batchSize(), n);
        SplittableRandom noise = new SplittableRandom(noiseSeed);
        double sd = Math.sqrt(alpha);
        double[] eps = new double[d];
        Minibatches.BatchGradient batchGradient = (examples, w) -> {
            double[] g = new double[d];
            for (int i : examples) {
                double[] xi = x[i];
                double e = y[i];
                if (reading == null) {
                    for (int k = 0; k < d; k++) {
                        e -= w[k] * xi[k];
                    }
                    for (int k = 0; k < d; k++) {
                        g[k] += -e * xi[k] + alpha * w[k] * xi[k] * xi[k];
                    }
                    continue;
                }
                for (int k = 0; k < d; k++) {
                    eps[k] = sd * noise.nextGaussian();
                    e -= w[k] * (1 + eps[k]) * xi[k];
                }
                boolean throughNoise = reading == GaussianDropoutGradient.REPARAMETERIZED;
                for (int k = 0; k < d; k++) {
                    g[k] += -e * (throughNoise ? 1 + eps[k] : 1) * xi[k];
                }
            }
            for (int k = 0; k < d; k++) {
                g[k] /= examples.length;
            }
            return g;
        };
        // full batches (batch ≥ N) are not shuffled: the order of one full batch changes only rounding
        Minibatches batches = batch < n ? Minibatches.reshuffled(n, batch, schedule.orderSeed(), batchGradient)
                : Minibatches.inOrder(n, batch, batchGradient);
        double[][] path = new double[schedule.epochs() + 1][];
        int[] done = {0};
        try {
            new Sgd(schedule.stepSize()).runWhile(batches, w0, batches.steps(schedule.epochs()), st -> {
                done[0] = st.t();
                if (batches.endsEpoch(st.t())) {
                    path[st.t() / batches.batchesPerEpoch()] = st.theta();
                }
                return true;
            });
        } catch (IllegalStateException | ArithmeticException e) {
            String bound;
            try {
                bound = "2/largestCurvature() = " + 2 / largestCurvature();
            } catch (ArithmeticException e2) {
                bound = "the curvature of L overflows: x is too large";
            }
            throw new IllegalArgumentException("SGD diverged in epoch " + batches.epochOf(done[0] + 1)
                    + ": stepSize " + schedule.stepSize() + " of schedule is too large (" + bound + ")");
        }
        return new TrainingPath(path);
    }

    private double[][] gram() {
        double[][] a = new double[d][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    a[j][k] += row[j] * row[k];
                }
            }
        }
        return a;
    }

    /**
     * The solution of (XᵀX + a·diag(XᵀX) + Nλ·I) w = Xᵀy, solved as (X'ᵀX' + a·diag(X'ᵀX') + Nλ·D²) u =
     * X'ᵀy' with X' = XD, y' = y/s_y (D and s_y powers of two that bring every column of X and y to
     * order 1), then w = s_y·D·u.
     */
    private double[] solveNormalEquations(double a, double lambda) {
        double[] colScale = new double[d];
        for (int k = 0; k < d; k++) {
            double max = 0;
            for (double[] row : x) {
                max = Math.max(max, Math.abs(row[k]));
            }
            colScale[k] = max == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(max));
        }
        double ymax = 0;
        for (double v : y) {
            ymax = Math.max(ymax, Math.abs(v));
        }
        double yScale = ymax == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(ymax));
        double[][] g = new double[d][d];
        double[] b = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double xj = x[i][j] * colScale[j];
                for (int k = 0; k < d; k++) {
                    g[j][k] += xj * (x[i][k] * colScale[k]);
                }
                b[j] += xj * (y[i] * yScale);
            }
        }
        for (int k = 0; k < d; k++) {
            g[k][k] = g[k][k] * (1 + a) + n * lambda * colScale[k] * colScale[k];
            if (!Double.isFinite(g[k][k])) {
                throw new IllegalArgumentException("lambda = " + lambda + " is too large for x of this scale: N·λ"
                        + " overflows against column " + k + " of x");
            }
        }
        double[] u;
        try {
            u = GaussianEliminationAccess.solve(g, b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the normal equations are singular: x must have full column rank"
                    + " (or alpha > 0 with no all-zero column); " + e.getMessage(), e);
        }
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = Require.finiteResult(u[k] * colScale[k] / yScale, "the weight w[" + k + "]",
                    "y is too large for x of this scale");
        }
        return w;
    }

    /** Solves through the public API of {@link GaussianElimination} (the counts are not needed). */
    private static final class GaussianEliminationAccess {
        static double[] solve(double[][] a, double[] b) {
            return GaussianElimination.solve(a, b).x();
        }
    }

    private void requireWeights(double[] w) {
        requireWeights(w, "w");
    }

    private void requireWeights(double[] w, String name) {
        Require.finite(Require.nonEmpty(w, name), name);
        if (w.length != d) {
            throw new IllegalArgumentException(name + " must have " + d + " entries (one per feature), got " + w.length);
        }
    }
}

package thw2.robustness;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import thw2.batch.MinibatchSampler;
import thw2.batch.MinibatchVariance;
import thw2.batch.Sampling;
import thw2.stats.RunningStats;
import thw2.check.OutcomeCheck;
import thw2.committee.CommitteeOfNets;
import thw2.committee.ErrorRate;
import thw2.committee.Member;
import thw2.committee.TrainingOptions;
import thw2.data.BinaryData;
import thw2.data.RegressionData;
import thw2.data.Iris;
import thw2.digits.DigitSet;
import thw2.digits.Idx;
import thw2.digits.InkBox;
import thw2.digits.InkMoments;
import thw2.digits.Mnist;
import thw2.digits.PrincipalAxisSurvey;
import thw2.digits.StratifiedSplit;
import thw2.digits.Variant;
import thw2.digits.WidthNormalization;
import thw2.nn.Activation;
import thw2.nn.DenseArchitecture;
import thw2.nn.Init;
import thw2.nn.LogisticRegression;
import thw2.nn.Loss;
import thw2.nn.Mlp;
import thw2.nn.RegularizedSigmoidNeuron;
import thw2.nn.TwoClassSoftmax;
import thw2.optim.Adam;
import thw2.optim.AdamState;
import thw2.optim.GradientOracle;
import thw2.nn.LogisticLoss;
import thw2.optim.Momentum;
import thw2.optim.MomentumState;
import thw2.optim.NewtonMethod;
import thw2.optim.Objective;
import thw2.optim.Optimizer;
import thw2.optim.OptimizerState;
import thw2.optim.QuadraticBowl;
import thw2.optim.Sgd;
import thw2.optim.SgdState;
import thw2.optim.TestFunctions;
import thw2.optim.Trajectory;
import thw2.plot.Contours;
import thw2.regularization.BatchNormStatistics;
import thw2.regularization.BatchNormUnit;
import thw2.regularization.GaussianDropoutLinear;
import thw2.regularization.GaussianDropoutRegression;
import thw2.regularization.GaussianDropoutRuns;
import thw2.show.Charts;
import thw2.show.Sink;

/**
 * The table of argument generators: for each parameter type, a few valid values to build a
 * baseline call from, and the bad values to put in its place one at a time. Receivers (instances
 * to call instance methods on) are listed per class. Every value comes from a supplier, so each
 * call gets fresh arrays and fresh mutable objects.
 */
final class Values {
    private Values() {}

    /** Why a bad value is bad; decides what "accepted" means for it. */
    enum Category {
        /** NaN or ±∞ somewhere in the argument: accepting it is a silent wrong answer. */
        NON_FINITE,
        NULL,
        EMPTY,
        /** A shape or length that does not fit the other arguments or the receiver. */
        MISMATCH,
        /** The valid argument times 1e200 or 1e-200 (scaling laws are checked where declared). */
        SCALE,
        /** A size or count far beyond anything the library can hold or finish. */
        HUGE,
        /** −1 or 0 where the parameter's name says the value must be positive or non-negative. */
        OUT_OF_RANGE,
        /** An object made by another object than the receiver (another net's trace): must be refused. */
        FOREIGN,
        /** A function argument that returns NaN or null. */
        BROKEN_FUNCTION,
        /** Data that looks valid but is not (an empty data file, trailing bytes): must be refused. */
        REFUSE
    }

    /** One bad value for a parameter. {@code factor} is the scale for {@link Category#SCALE}. */
    record Bad(String label, Category category, Supplier<Object> value, double factor) {
        static Bad of(String label, Category category, Supplier<Object> value) {
            return new Bad(label, category, value, Double.NaN);
        }
    }

    // ------------------------------------------------------------------------------ sample data

    static final double[][] SPD2 = {{2, 0.5}, {0.5, 1}};
    static final double[][] X42 = {{0.5, -0.25}, {1, 2}, {-1, 0.5}, {0.25, 0.75}};
    static final double[][] PROB22 = {{0.2, 0.8}, {0.7, 0.3}};
    static final double[][] PROB22B = {{0.6, 0.4}, {0.1, 0.9}};
    static final double[][] T21 = {{1}, {0}};
    static final double[][] T41 = {{1}, {0}, {1}, {0}};
    static final double[][] ROW12 = {{0.5, -0.25}};
    static final double[][] SPD3 = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
    static final int[] LABELS4 = {0, 1, 1, 0};

    static Mlp net() {
        return Mlp.builder(2, 3, 1).seed(1).build();
    }

    static Mlp otherNet() {
        return Mlp.builder(2, 4, 3, 1).seed(2).build();
    }

    static thw2.nn.IrisNetwork.Training training() {
        return new thw2.nn.IrisNetwork.Training(new double[] {0.7, 0.5, 0.4}, 0.5);
    }

    static thw2.nn.UnitSymmetry.SpreadHistory spreadHistory() {
        return new thw2.nn.UnitSymmetry.SpreadHistory(new int[] {0, 1}, new double[][] {{0.5, 0.25}}, net());
    }

    static thw2.nn.DepthProfile depthProfile() {
        return thw2.nn.DepthProfile.measure(thw2.nn.Activation.TANH, Init.xavier(), 3, 4, copy(X42), copy(T41), 1);
    }

    static QuadraticBowl bowl() {
        return QuadraticBowl.of(SPD2);
    }

    static BinaryData binaryData() {
        return new BinaryData(copy(X42), LABELS4.clone());
    }

    static float[] image4x4() {
        return new float[] {0, 0.5f, 1, 0, 0, 1, 0.75f, 0, 0, 1, 0.25f, 0, 0, 0.5f, 0, 0};
    }

    static DigitSet digits() {
        byte[] px = new byte[6 * 16];
        byte[] labels = {0, 1, 2, 0, 1, 2};
        for (int i = 0; i < 6; i++) {
            float[] im = image4x4();
            for (int p = 0; p < 16; p++) {
                px[i * 16 + p] = (byte) Math.round(im[(p + i) % 16] * 255);
            }
        }
        return DigitSet.of("six digits", 4, 4, px, labels);
    }

    /** Ten 28 × 28 embedded digits, for what needs room for a 20 × 20 box. */
    static DigitSet mnistDigits() {
        return Mnist.embedded().subset(new int[] {0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000}, "ten digits");
    }

    /** Two committee members on three digits of two classes: A decides 0, 1, 0 and B 0, 0, 1. */
    static Member memberA() {
        return new Member("A", new double[] {2.3, 0.5}, new double[][] {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}});
    }

    static Member memberB() {
        return new Member("B", new double[] {2.3, 0.7}, new double[][] {{0.9, 0.1}, {0.7, 0.3}, {0.4, 0.6}});
    }

    static CommitteeOfNets committee() {
        return new CommitteeOfNets("two", List.of(memberA(), memberB()));
    }

    static TrainingOptions tinyTraining() {
        return TrainingOptions.builder().hidden(2).epochs(1).batchSize(2).threads(1).build();
    }

    static SgdState sgdState() {
        Sgd s = new Sgd(0.1);
        return s.step(s.start(new double[] {0.5, -0.25}), new double[] {0.1, 0.2});
    }

    static Trajectory<SgdState> trajectory() {
        return new Sgd(0.01).run(TestFunctions.rosenbrock(), new double[] {0, 0}, 3);
    }

    static Trajectory<AdamState> adamTrajectory() {
        return Adam.withDefaults().run(TestFunctions.rosenbrock(), new double[] {0, 0}, 3);
    }

    /** A tiny IDX file: d = 1 (labels) or 3 (2 images of 2×2). */
    /** The mean of per-example gradients θ − xᵢ over the rows of X42 (a least-squares pull). */
    static thw2.optim.Minibatches.BatchGradient batchGradient() {
        return (batch, theta) -> {
            thw2.args.Require.finite(thw2.args.Require.nonEmpty(theta, "theta"), "theta");
            thw2.args.Require.notNull(batch, "batch");
            for (int i : batch) {
                thw2.args.Require.index(i, X42.length, "batch entry");
            }
            double[] g = new double[theta.length];
            for (int i : batch) {
                for (int k = 0; k < g.length; k++) {
                    g[k] += (theta[k] - X42[i % X42.length][k % 2]) / batch.length;
                }
            }
            return g;
        };
    }

    static thw2.optim.Minibatches minibatches() {
        return thw2.optim.Minibatches.reshuffled(4, 3, 1, batchGradient());
    }

    static byte[] idx(int dims) {
        if (dims == 1) {
            return new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 3, 7};
        }
        byte[] b = new byte[4 + 12 + 8];
        b[2] = 8;
        b[3] = 3;
        b[7] = 2;
        b[11] = 2;
        b[15] = 2;
        for (int i = 16; i < b.length; i++) {
            b[i] = (byte) (i * 20);
        }
        return b;
    }

    private static Path tinyMnistDir;

    /** A folder holding the four MNIST file names with tiny contents (made once). */
    static synchronized Path mnistDir() {
        if (tinyMnistDir == null) {
            try {
                Path d = Files.createTempDirectory("thw2-probe-mnist");
                for (String set : List.of("train", "t10k")) {
                    Files.write(d.resolve(set + "-images-idx3-ubyte"), idx(3));
                    Files.write(d.resolve(set + "-labels-idx1-ubyte"), idx(1));
                }
                d.toFile().deleteOnExit();
                tinyMnistDir = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tinyMnistDir;
    }

    /**
     * An IDX images stream whose header declares 2,000,000 images of 28×28 and whose body is an
     * endless run of zeros: a reader that believes the header before checking it fills gigabytes.
     */
    static InputStream hugeIdxStream() {
        byte[] header = {0, 0, 8, 3, 0, 0x1e, (byte) 0x84, (byte) 0x80, 0, 0, 0, 28, 0, 0, 0, 28};
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                return pos < header.length ? header[(int) pos++] & 0xFF : (pos++ >= 0 ? 0 : -1);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    /** An IDX header of {@code dims} dimensions declaring 0 items (of 2×2 pixels for images). */
    static byte[] zeroItems(int dims) {
        return dims == 1 ? new byte[] {0, 0, 8, 1, 0, 0, 0, 0}
                : new byte[] {0, 0, 8, 3, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2};
    }

    /** {@code b} followed by 5 bytes that are not a gzip member. */
    static byte[] withTrailing(byte[] b) {
        byte[] c = Arrays.copyOf(b, b.length + 5);
        System.arraycopy(new byte[] {'j', 'u', 'n', 'k', '\n'}, 0, c, b.length, 5);
        return c;
    }

    /** The number of dimensions of the IDX stream {@code in} (read, then reset). */
    private static int dimsOf(InputStream in) {
        try {
            in.mark(4);
            byte[] h = in.readNBytes(4);
            in.reset();
            return h.length == 4 && h[3] == 3 ? 3 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file named {@code name}-images/labels with {@code content}, in a fresh temporary folder. */
    private static Path file(String name, byte[] content) {
        try {
            Path d = Files.createTempDirectory("thw2-probe-" + name);
            d.toFile().deleteOnExit();
            Path f = d.resolve(name + (content.length > 3 && content[3] == 3 ? "-images" : "-labels"));
            Files.write(f, content);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path foldersDir;

    /** A folder holding folders named like the four MNIST files (made once). */
    static synchronized Path foldersDir() {
        if (foldersDir == null) {
            try {
                Path d = Files.createTempDirectory("thw2-probe-folders");
                for (String f : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                        "t10k-labels-idx1-ubyte")) {
                    Files.createDirectory(d.resolve(f)).toFile().deleteOnExit();
                }
                d.toFile().deleteOnExit();
                foldersDir = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return foldersDir;
    }

    static byte[] gzip(byte[] raw) {
        try {
            var bos = new java.io.ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(bos)) {
                gz.write(raw);
            }
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --------------------------------------------------------------------------- receivers

    /** Instances to call instance methods on, by class (the first that gives a baseline is used). */
    static final Map<Class<?>, List<Supplier<Object>>> RECEIVERS = Map.ofEntries(
            Map.entry(QuadraticBowl.class, List.of(Values::bowl)),
            Map.entry(NewtonMethod.class, List.of(() -> NewtonMethod.on(bowl()))),
            Map.entry(Adam.class, List.of(Adam::withDefaults)),
            Map.entry(Adam.Builder.class, List.of(Adam::builder)),
            Map.entry(Momentum.class, List.of(() -> new Momentum(0.1, 0.9))),
            Map.entry(Sgd.class, List.of(() -> new Sgd(0.1))),
            Map.entry(Optimizer.class, List.of(() -> new Sgd(0.1))),
            Map.entry(LogisticLoss.class, List.of(() -> new LogisticLoss(binaryData(), 0.1))),
            Map.entry(Objective.class, List.of(TestFunctions::rosenbrock)),
            Map.entry(GradientOracle.class, List.of(() -> TestFunctions.rosenbrock().oracle())),
            Map.entry(AdamState.class, List.of(() -> Adam.withDefaults().start(new double[] {0.5, -0.25}))),
            Map.entry(MomentumState.class, List.of(() -> new Momentum(0.1, 0.5).start(new double[] {0.5, -0.25}))),
            Map.entry(SgdState.class, List.of(Values::sgdState)),
            Map.entry(OptimizerState.class, List.of(Values::sgdState)),
            Map.entry(Trajectory.class, List.of(Values::trajectory, Values::adamTrajectory)),
            Map.entry(thw2.optim.AdamMonteCarlo.class, List.of(() -> thw2.optim.AdamMonteCarlo.run(Adam.withDefaults(),
                    GradientOracle.gaussianNoise(0.5, 1, 1), 4, 3, new int[] {1, 2, 3}))),
            Map.entry(thw2.optim.ClosedFormComparison.class, List.of(() -> thw2.optim.ClosedFormComparison.of(bowl(),
                    new double[] {0.5, -0.25}, 0.1, 3))),
            Map.entry(thw2.optim.GradientDescentRate.class, List.of(() -> thw2.optim.GradientDescentRate.of(bowl(), 0.1))),
            Map.entry(thw2.stats.Estimates.class, List.of(() -> new thw2.stats.Estimates(new double[] {0.5, 1, 2},
                    new double[] {0.1, 0.2, 0.3}))),
            Map.entry(thw2.optim.Minibatches.class, List.of(Values::minibatches)),
            Map.entry(thw2.optim.Minibatches.BatchGradient.class, List.of(Values::batchGradient)),
            Map.entry(Mlp.class, List.of(Values::net)),
            Map.entry(Mlp.Builder.class, List.of(() -> Mlp.builder(2, 3, 1))),
            Map.entry(Mlp.Trace.class, List.of(() -> net().forward(copy(X42)))),
            Map.entry(Mlp.Gradients.class, List.of(() -> net().gradients(Loss.SQUARED_ERROR, copy(X42), copy(T41)))),
            Map.entry(Init.class, List.of(Init::xavier)),
            Map.entry(DenseArchitecture.class, List.of(() -> DenseArchitecture.of(2, 3, 1))),
            Map.entry(LogisticRegression.class, List.of(() -> new LogisticRegression(new double[] {0.5, -0.25}, 0.1))),
            Map.entry(TwoClassSoftmax.class, List.of(() -> new TwoClassSoftmax(new double[] {0.5, -0.25}, 0.1,
                    new double[] {0.2, 0.3}, -0.1))),
            Map.entry(RegularizedSigmoidNeuron.class, List.of(() -> RegularizedSigmoidNeuron.at(1, 1, 0.5, 0, 0.1))),
            Map.entry(BinaryData.class, List.of(Values::binaryData)),
            Map.entry(Iris.class, List.of(Iris::load)),
            Map.entry(Iris.BinaryTask.class, List.of(() -> Iris.load().binary("virginica", "versicolor"))),
            Map.entry(thw2.nn.IrisNetwork.Training.class, List.of(Values::training)),
            Map.entry(thw2.nn.UnitSymmetry.SpreadHistory.class, List.of(Values::spreadHistory)),
            Map.entry(thw2.nn.DepthProfile.class, List.of(Values::depthProfile)),
            Map.entry(MinibatchSampler.class, List.of(() -> new MinibatchSampler(4, 2, Sampling.WITHOUT_REPLACEMENT, 1))),
            Map.entry(MinibatchVariance.class, List.of(() -> MinibatchVariance.of(copy(X42)))),
            Map.entry(BatchNormStatistics.class, List.of(() -> BatchNormStatistics.of(new double[] {1, 2, 4}, 1e-5))),
            Map.entry(BatchNormUnit.class, List.of(() -> new BatchNormUnit(1, 0, 1e-5, 0.1))),
            Map.entry(GaussianDropoutLinear.class, List.of(() -> GaussianDropoutLinear.of(new double[] {0.5, -0.25},
                    new double[] {1, 2}, 0.3, 0.5))),
            Map.entry(GaussianDropoutRegression.class, List.of(() -> GaussianDropoutRegression.of(copy(X42),
                    new double[] {0.1, 0.2, 0.3, 0.4}, 0.5))),
            Map.entry(GaussianDropoutRegression.Schedule.class, List.of(() -> new GaussianDropoutRegression.Schedule(0.1, 2, 2, 1))),
            Map.entry(GaussianDropoutRegression.TrainingPath.class, List.of(() -> GaussianDropoutRegression.of(copy(X42),
                    new double[] {0.1, 0.2, 0.3, 0.4}, 0.5).trainPenalized(new double[] {0, 0},
                    new GaussianDropoutRegression.Schedule(0.1, 3, 2, 1)),
                    // four epochs, so that the epochs {1, 2, 4} of a chart's axis exist
                    () -> GaussianDropoutRegression.of(copy(X42), new double[] {0.1, 0.2, 0.3, 0.4}, 0.5)
                            .trainPenalized(new double[] {0, 0}, new GaussianDropoutRegression.Schedule(0.1, 4, 2, 1)))),
            Map.entry(GaussianDropoutRuns.class, List.of(() -> GaussianDropoutRuns.of(GaussianDropoutRegression.of(copy(X42),
                    new double[] {0.1, 0.2, 0.3, 0.4}, 0.5), new GaussianDropoutRegression.Schedule(0.1, 4, 2, 1),
                    thw2.regularization.GaussianDropoutGradient.REPARAMETERIZED, 3, 1))),
            Map.entry(GaussianDropoutLinear.Estimate.class, List.of(() -> new GaussianDropoutLinear.Estimate(1, 0.5, 10))),
            Map.entry(RegressionData.class, List.of(() -> new RegressionData(copy(X42), new double[] {0.1, 0.2, 0.3, 0.4}))),
            Map.entry(Contours.class, List.of(() -> Contours.of((x, y) -> x * x + y * y, -1, 1, -1, 1, 5, 5))),
            Map.entry(DigitSet.class, List.of(Values::digits, Values::mnistDigits)),
            Map.entry(Variant.class, List.of(() -> new Variant("v", digits(), digits()))),
            Map.entry(PrincipalAxisSurvey.class, List.of(() -> PrincipalAxisSurvey.of(digits()))),
            Map.entry(TrainingOptions.class, List.of(Values::tinyTraining)),
            Map.entry(Member.class, List.of(Values::memberA)),
            Map.entry(CommitteeOfNets.class, List.of(Values::committee)),
            Map.entry(OutcomeCheck.class, List.of(() -> OutcomeCheck.onlyWhen(false, "a claim the probe does not check"))),
            Map.entry(WidthNormalization.class, List.of(() -> new WidthNormalization(3, 3, 0, false))),
            Map.entry(InkMoments.class, List.of(() -> InkMoments.of(image4x4(), 4, 4))),
            Map.entry(InkBox.class, List.of(() -> new InkBox(0, 1, 3, 2))),
            Map.entry(StratifiedSplit.class, List.of(() -> StratifiedSplit.of(new int[] {0, 1, 0, 1}, 0.5, 1))),
            Map.entry(RunningStats.class, List.of(() -> new RunningStats().add(1).add(2))),
            Map.entry(ErrorRate.class, List.of(() -> new ErrorRate(1, 4))),
            Map.entry(ErrorRate.PairedComparison.class, List.of(() -> new ErrorRate.PairedComparison(1, 0, 4))),
            Map.entry(Sink.class, List.of(() -> (Sink) (m, c, p) -> { })),
            Map.entry(thw2.linalg.SymmetricEigen.class, List.of(() -> thw2.linalg.SymmetricEigen.of(copy(SPD2)))),
            Map.entry(thw2.regularization.BatchNormNoise.Moments.class,
                    List.of(() -> thw2.regularization.BatchNormNoise.moments(new double[] {1, 2, 4, 7}))),
            Map.entry(thw2.regularization.BatchNormNoise.Simulation.class,
                    List.of(() -> new thw2.regularization.BatchNormNoise.Simulation(new double[] {1, 2, 4, 7}, 1e-5, 20))),
            Map.entry(thw2.regularization.BatchNormNoise.Spreads.class,
                    List.of(() -> new thw2.regularization.BatchNormNoise.Spreads(new double[] {0.5, 1}, new int[] {2, 3},
                            new double[] {0.3, 0.2}, new double[] {0.01, 0.02}))),
            Map.entry(MinibatchVariance.Sweep.class, List.of(() -> MinibatchVariance.of(copy(X42))
                    .sweep(new int[] {1, 2}, Sampling.WITH_REPLACEMENT, 3, 1))),
            Map.entry(thw2.batch.MinibatchSgd.EqualBudget.class, List.of(() -> thw2.batch.MinibatchSgd.equalBudget(copy(X42),
                    LABELS4.clone(), new int[] {2, 4}, 0.1, 1, 2, 2, 1))),
            Map.entry(thw2.nn.SigmoidSaturation.Symmetry.class,
                    List.of(() -> new thw2.nn.SigmoidSaturation.Symmetry(0.1, new double[] {0, 0.5}, new double[] {0, 0.25}))),
            // the interface has no implementation of its own: the library's formulas are what the notebooks pass
            Map.entry(thw2.regularization.BatchNormNoise.PointFunction.class,
                    List.of(() -> (thw2.regularization.BatchNormNoise.PointFunction)
                            thw2.regularization.BatchNormNoise::firstOrderGaussianStandardDeviation)),
            Map.entry(thw2.stats.Histogram.class, List.of(() -> thw2.stats.Histogram.of(new double[] {0.1, 0.6}, 0, 1, 0.5))));

    // ------------------------------------------------------------------ baselines and bad values

    /** Valid candidates for a parameter of type {@code type} (generic type {@code generic}). */
    static List<Supplier<Object>> baselines(Class<?> type, Type generic, Object receiver) {
        List<Supplier<Object>> out = new ArrayList<>();
        if (type == double.class) {
            for (double d : new double[] {0.1, 1, 0.5, 2, 0, 0.01, -0.5, 0.9}) {
                out.add(() -> d);
            }
        } else if (type == int.class) {
            for (int i : new int[] {2, 1, 0, 3, 4, 10, 5, 20, 300}) {
                out.add(() -> i);
            }
        } else if (type == long.class) {
            for (long l : new long[] {42L, 0L, 3L}) {
                out.add(() -> l);
            }
        } else if (type == float.class) {
            out.add(() -> 0.5f);
        } else if (type == boolean.class) {
            out.add(() -> true);
            out.add(() -> false);
        } else if (type == double[].class) {
            for (double[] a : new double[][] {{0.5, -0.25}, {0.3, -0.2, 0.1}, {0.7}, {0.5, -0.25, 0.1, 0.4},
                    {1, 2, 4}}) {
                out.add(a::clone);
            }
            // a vector of the receiver's own size (parameterCount(), dimension(), ...)
            for (String m : List.of("parameterCount", "dimension", "inputSize", "outputSize", "size")) {
                try {
                    Object n = receiver == null ? null : receiver.getClass().getMethod(m).invoke(receiver);
                    if (n instanceof Integer k && k > 0 && k < 1000) {
                        out.add(() -> {
                            double[] v = new double[k];
                            for (int i = 0; i < k; i++) {
                                v[i] = 0.1 * (i % 7) - 0.2;
                            }
                            return v;
                        });
                    }
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // no such size
                }
            }
        } else if (type == GaussianDropoutLinear.Estimate[].class) {
            for (int len : new int[] {2, 1, 3, 4}) {
                out.add(() -> {
                    GaussianDropoutLinear.Estimate[] a = new GaussianDropoutLinear.Estimate[len];
                    for (int i = 0; i < len; i++) {
                        a[i] = new GaussianDropoutLinear.Estimate(0.5 * i - 0.25, 0.1 + 0.05 * i, 10);
                    }
                    return a;
                });
            }
        } else if (type == long[].class) {
            out.add(() -> new long[] {0, 2, 4});
        } else if (type.isArray() && type.getComponentType().isEnum()) {
            Object[] k = type.getComponentType().getEnumConstants();
            for (int len : new int[] {2, 1, 3}) {
                out.add(() -> {
                    Object a = java.lang.reflect.Array.newInstance(type.getComponentType(), len);
                    for (int i = 0; i < len; i++) {
                        java.lang.reflect.Array.set(a, i, k[0]);
                    }
                    return a;
                });
            }
        } else if (type == double[][].class) {
            for (double[][] m : new double[][][] {SPD2, X42, PROB22, T21, T41, ROW12, SPD3}) {
                out.add(() -> copy(m));
            }
        } else if (type == int[].class) {
            // {0, 1, 1}: wrong on some digits and right on others against {0, 1, 2} (an error correlation needs it)
            for (int[] a : new int[][] {{0, 1}, LABELS4, {2, 3, 1}, {0, 1, 2}, {1}, {0}, {2}, {0, 1, 1}}) {
                out.add(a::clone);
            }
        } else if (type == byte[].class) {
            out.add(() -> new byte[] {0, 10, 20, (byte) 255, 0, 0, (byte) 128, 64});
            out.add(() -> new byte[] {0, 1});
        } else if (type == float[].class) {
            out.add(Values::image4x4);
            out.add(() -> new float[] {0, 0.5f, 1, 0.25f});
        } else if (type == float[][][].class) {
            out.add(() -> new float[][][] {{image4x4(), null}});
        } else if (type == boolean[].class) {
            out.add(() -> new boolean[] {true, false});
            out.add(() -> new boolean[] {true});
        } else if (type == String.class) {
            out.add(() -> "setosa");
            out.add(() -> "versicolor");
        } else if (type == String[].class) {
            out.add(() -> new String[] {"a"});
        } else if (type == Object[].class) { // a message pattern's arguments
            out.add(() -> new Object[0]);
            out.add(() -> new Object[] {3, 0.5});
        } else if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                out.add(() -> c);
            }
        } else if (type == List.class) {
            if (elementType(generic) == thw2.nn.SignalPropagation.Layer.class) {
                out.add(() -> thw2.nn.SignalPropagation.predict(thw2.nn.Activation.TANH, Init.xavier(), 3, 4, 3, 1.0));
            } else if (elementType(generic) == String.class) {
                out.add(() -> List.of("a", "b"));
                out.add(() -> List.of("a", "b", "c"));
            } else if (elementType(generic) == Member.class) {
                out.add(() -> List.of(memberA(), memberB()));
            } else if (elementType(generic) == CommitteeOfNets.class) {
                out.add(() -> List.of(committee()));
            } else if (elementType(generic) == double[][].class) {
                out.add(() -> List.of(copy(PROB22), copy(PROB22B)));
                out.add(() -> List.of(copy(PROB22), copy(PROB22B), copy(PROB22)));
            } else {
                out.add(() -> List.of(sgdState()));
            }
        } else if (type == Map.class) {
            Type value = generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 2
                    ? p.getActualTypeArguments()[1] : Object.class;
            if (value == thw2.nn.UnitSymmetry.SpreadHistory.class) {
                out.add(() -> new java.util.LinkedHashMap<>(Map.of("a", spreadHistory())));
            } else if (value == thw2.nn.IrisNetwork.Training.class) {
                out.add(() -> new java.util.LinkedHashMap<>(Map.of("a", training())));
            } else {
                out.add(() -> new java.util.LinkedHashMap<>(Map.of("a", new double[] {1, 2})));
            }
        } else if (type == thw2.nn.DepthProfile[].class) {
            out.add(() -> new thw2.nn.DepthProfile[] {depthProfile(), depthProfile()});
        } else if (type == ToDoubleFunction.class) {
            out.add(() -> (ToDoubleFunction<Object>) v -> v instanceof double[] a ? a[0] * a[0] + 0.5 * a[a.length - 1]
                    : v instanceof OptimizerState s ? s.stepLength() : 1.0);
        } else if (type == DoubleUnaryOperator.class) {
            out.add(() -> (DoubleUnaryOperator) x -> x * x);
        } else if (type == DoubleBinaryOperator.class) {
            out.add(() -> (DoubleBinaryOperator) (x, y) -> x * x + 2 * y * y);
        } else if (type == thw2.regularization.BatchNormNoise.PointFunction.class) {
            out.add(() -> (thw2.regularization.BatchNormNoise.PointFunction) (z, b) -> z * z / b);
        } else if (type == int[][].class) {
            out.add(() -> new int[][] {{0, 1}, {2, 3}});
            out.add(() -> new int[][] {{0}, {1, 0}});
        } else if (type == Function.class) {
            out.add(() -> (Function<double[], double[]>) v -> {
                double[] g = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    g[i] = 2 * v[i];
                }
                return g;
            });
        } else if (type == UnaryOperator.class) {
            out.add(() -> (UnaryOperator<float[]>) float[]::clone);
        } else if (type == Runnable.class) {
            out.add(() -> (Runnable) () -> { });
        } else if (type == RunningStats[].class) {
            out.add(() -> new RunningStats[] {new RunningStats().add(1).add(2), new RunningStats().add(0.5).add(-0.25).add(1)});
        } else if (type == SplittableRandom.class) {
            out.add(() -> new SplittableRandom(1));
        } else if (type == Path.class) {
            out.add(Values::mnistDir);
            out.add(() -> mnistDir().resolve("train-labels-idx1-ubyte"));
            out.add(() -> mnistDir().resolve("train-images-idx3-ubyte"));
        } else if (type == InputStream.class) {
            out.add(() -> new ByteArrayInputStream(idx(1)));
            out.add(() -> new ByteArrayInputStream(idx(3)));
        } else if (type == Table.class) {
            out.add(() -> Table.create("t", DoubleColumn.create("x", 1.5, 2.25)));
        } else if (type == XYChart.class || type.getName().equals("org.knowm.xchart.internal.chartpart.Chart")) {
            out.add(() -> Charts.xy("a", "b", "c"));
        } else if (type.isArray() && type.getComponentType().getName().equals("org.knowm.xchart.internal.chartpart.Chart")) {
            out.add(() -> new org.knowm.xchart.internal.chartpart.Chart<?, ?>[] {Charts.xy("a", "b", "c"), Charts.xy("d", "e", "f")});
        } else if (type == org.knowm.xchart.style.Styler.class) {
            out.add(() -> Charts.xy("a", "b", "c").getStyler());
        } else if (type == Color.class) {
            out.add(() -> Color.GRAY);
        } else if (type == java.awt.image.BufferedImage.class) {
            out.add(() -> new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB));
        } else if (type == java.awt.image.BufferedImage[].class) {
            out.add(() -> new java.awt.image.BufferedImage[] {
                new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB),
                new java.awt.image.BufferedImage(2, 5, java.awt.image.BufferedImage.TYPE_INT_RGB)});
        } else if (type == Objective.class) {
            out.add(TestFunctions::rosenbrock);
        } else if (type == GradientOracle.class) {
            out.add(() -> GradientOracle.gaussianNoise(0, 1, 1));
        } else if (type == thw2.optim.Minibatches.BatchGradient.class) {
            out.add(Values::batchGradient);
        } else if (type == java.util.function.Predicate.class) {
            out.add(() -> (java.util.function.Predicate<Object>) v -> true);
            out.add(() -> (java.util.function.Predicate<Object>) v -> !(v instanceof OptimizerState s) || s.t() < 2);
        } else if (type == Mlp.class) {
            out.add(Values::net);
            out.add(() -> Mlp.builder(4, 3, 1).seed(1).build()); // takes the four Iris measurements
            out.add(() -> Mlp.builder(2, 3, 1).init(Init.constant(0.5)).build()); // identical hidden units
        } else if (type == Mlp.Trace.class) {
            out.add(() -> (receiver instanceof Mlp m ? m : net()).forward(copy(X42)));
        } else if (type == Mlp.Gradients.class) {
            out.add(() -> (receiver instanceof Mlp m ? m : net()).gradients(Loss.SQUARED_ERROR, copy(X42), copy(T41)));
        } else if (type == OptimizerState.class || type.getSuperclass() != null
                && type.getSuperclass().getSimpleName().equals("StepState")) {
            if (receiver instanceof Optimizer<?> o) {
                out.add(() -> o.start(new double[] {0.5, -0.25}));
            }
            List<Supplier<Object>> r = RECEIVERS.get(type);
            if (r != null) {
                out.addAll(r);
            }
        } else if (type == Object.class) {
            out.add(() -> "x");
        } else {
            List<Supplier<Object>> r = RECEIVERS.get(type);
            if (r != null) {
                out.addAll(r);
            }
        }
        return out;
    }

    /** The bad values for a parameter whose valid (baseline) value is {@code base}. */
    static List<Bad> bad(Class<?> type, Type generic, Object base, Object receiver) {
        List<Bad> out = new ArrayList<>();
        if (!type.isPrimitive()) {
            out.add(Bad.of("null", Category.NULL, () -> null));
        }
        if (type == double.class) {
            out.add(Bad.of("NaN", Category.NON_FINITE, () -> Double.NaN));
            out.add(Bad.of("+∞", Category.NON_FINITE, () -> Double.POSITIVE_INFINITY));
            out.add(Bad.of("−∞", Category.NON_FINITE, () -> Double.NEGATIVE_INFINITY));
            out.add(Bad.of("−1", Category.OUT_OF_RANGE, () -> -1.0));
            out.add(Bad.of("0", Category.OUT_OF_RANGE, () -> 0.0));
            out.add(Bad.of("1e300", Category.SCALE, () -> 1e300));
            out.add(Bad.of("−1e300", Category.SCALE, () -> -1e300));
            out.add(Bad.of("1e-300", Category.SCALE, () -> 1e-300));
            out.add(Bad.of("MAX_VALUE (1.8e308)", Category.SCALE, () -> Double.MAX_VALUE));
            out.add(Bad.of("4.9e-324 (subnormal)", Category.SCALE, () -> Double.MIN_VALUE));
        } else if (type == float.class) {
            out.add(Bad.of("NaN", Category.NON_FINITE, () -> Float.NaN));
            out.add(Bad.of("+∞", Category.NON_FINITE, () -> Float.POSITIVE_INFINITY));
        } else if (type == int.class) {
            out.add(Bad.of("−1", Category.OUT_OF_RANGE, () -> -1));
            out.add(Bad.of("0", Category.OUT_OF_RANGE, () -> 0));
            out.add(Bad.of("65536", Category.HUGE, () -> 65536));
            out.add(Bad.of("100,000,000 (Require.MAX_ITERATIONS)", Category.HUGE, () -> thw2.args.Require.MAX_ITERATIONS));
            out.add(Bad.of("1e9", Category.HUGE, () -> 1_000_000_000));
            out.add(Bad.of("MAX_VALUE", Category.HUGE, () -> Integer.MAX_VALUE));
            out.add(Bad.of("MIN_VALUE", Category.OUT_OF_RANGE, () -> Integer.MIN_VALUE));
        } else if (type == long.class) {
            out.add(Bad.of("−1", Category.OUT_OF_RANGE, () -> -1L));
            out.add(Bad.of("MAX_VALUE", Category.HUGE, () -> Long.MAX_VALUE));
            out.add(Bad.of("MIN_VALUE", Category.OUT_OF_RANGE, () -> Long.MIN_VALUE));
        } else if (type == double[].class) {
            double[] a = (double[]) base;
            out.add(Bad.of("{}", Category.EMPTY, () -> new double[0]));
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> Arrays.copyOf(a, a.length + 1)));
            if (a.length > 1) {
                out.add(Bad.of("one entry less", Category.MISMATCH, () -> Arrays.copyOf(a, a.length - 1)));
            }
            out.add(Bad.of("NaN entry", Category.NON_FINITE, () -> with(a, 0, Double.NaN)));
            out.add(Bad.of("+∞ entry", Category.NON_FINITE, () -> with(a, a.length - 1, Double.POSITIVE_INFINITY)));
            out.add(scaled(a, 1e200));
            out.add(scaled(a, 1e-200));
            out.add(scaled(a, 1e300));
            out.add(scaled(a, 1e-300));
            out.add(Bad.of("entries 1e300 and 1e-300", Category.SCALE, () -> graded(a)));
            out.add(Bad.of("a 4.9e-324 entry", Category.SCALE, () -> with(a, 0, Double.MIN_VALUE)));
        } else if (type == double[][].class) {
            double[][] m = (double[][]) base;
            out.add(Bad.of("{}", Category.EMPTY, () -> new double[0][]));
            out.add(Bad.of("{{}}", Category.EMPTY, () -> new double[][] {{}}));
            if (m.length > 1) {
                out.add(Bad.of("ragged", Category.MISMATCH, () -> {
                    double[][] c = copy(m);
                    c[1] = Arrays.copyOf(c[1], c[1].length + 1);
                    return c;
                }));
                out.add(Bad.of("a null row", Category.NULL, () -> {
                    double[][] c = copy(m);
                    c[1] = null;
                    return c;
                }));
            }
            out.add(Bad.of("one row more", Category.MISMATCH, () -> {
                double[][] c = Arrays.copyOf(copy(m), m.length + 1);
                c[m.length] = m[0].clone();
                return c;
            }));
            out.add(Bad.of("one column more", Category.MISMATCH, () -> {
                double[][] c = copy(m);
                for (int i = 0; i < c.length; i++) {
                    c[i] = Arrays.copyOf(c[i], c[i].length + 1);
                }
                return c;
            }));
            out.add(Bad.of("NaN entry", Category.NON_FINITE, () -> {
                double[][] c = copy(m);
                c[0][0] = Double.NaN;
                return c;
            }));
            out.add(Bad.of("−∞ entry", Category.NON_FINITE, () -> {
                double[][] c = copy(m);
                c[m.length - 1][m[0].length - 1] = Double.NEGATIVE_INFINITY;
                return c;
            }));
            out.add(scaled(m, 1e200));
            out.add(scaled(m, 1e-200));
            out.add(scaled(m, 1e300));
            out.add(scaled(m, 1e-300));
            out.add(Bad.of("graded: entry (i, j) times 1e±150 per index, 1e300 to 1e-300", Category.SCALE,
                    () -> graded(m)));
        } else if (type == int[].class) {
            int[] a = (int[]) base;
            out.add(Bad.of("{}", Category.EMPTY, () -> new int[0]));
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> Arrays.copyOf(a, a.length + 1)));
            out.add(Bad.of("a −1 entry", Category.OUT_OF_RANGE, () -> withInt(a, 0, -1)));
            out.add(Bad.of("a 200,000,000 entry", Category.HUGE, () -> withInt(a, a.length - 1, 200_000_000)));
            out.add(Bad.of("a 50,000 entry", Category.HUGE, () -> {
                int[] c = a.clone();
                Arrays.fill(c, 50_000);
                return c;
            }));
        } else if (type == byte[].class) {
            byte[] a = (byte[]) base;
            out.add(Bad.of("{}", Category.EMPTY, () -> new byte[0]));
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> Arrays.copyOf(a, a.length + 1)));
            out.add(Bad.of("a 0xff entry", Category.OUT_OF_RANGE, () -> {
                byte[] c = a.clone();
                c[0] = (byte) 0xff;
                return c;
            }));
        } else if (type == float[].class) {
            float[] a = (float[]) base;
            out.add(Bad.of("{}", Category.EMPTY, () -> new float[0]));
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> Arrays.copyOf(a, a.length + 1)));
            out.add(Bad.of("NaN entry", Category.NON_FINITE, () -> {
                float[] c = a.clone();
                c[1] = Float.NaN;
                return c;
            }));
            out.add(Bad.of("an entry 7 (outside [0, 1])", Category.OUT_OF_RANGE, () -> {
                float[] c = a.clone();
                c[2] = 7f;
                return c;
            }));
        } else if (type == float[][][].class) {
            out.add(Bad.of("NaN pixel", Category.NON_FINITE, () -> {
                float[] im = image4x4();
                im[1] = Float.NaN;
                return new float[][][] {{im}};
            }));
            out.add(Bad.of("a null row", Category.NULL, () -> new float[][][] {null}));
        } else if (type.isArray() && type.getComponentType().isEnum()) {
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> {
                Object a = java.lang.reflect.Array.newInstance(type.getComponentType(), java.lang.reflect.Array.getLength(base) + 1);
                for (int i = 0; i < java.lang.reflect.Array.getLength(a); i++) {
                    java.lang.reflect.Array.set(a, i, type.getComponentType().getEnumConstants()[0]);
                }
                return a;
            }));
            out.add(Bad.of("a null entry", Category.NULL, () -> java.lang.reflect.Array.newInstance(type.getComponentType(),
                    java.lang.reflect.Array.getLength(base))));
        } else if (type == GaussianDropoutLinear.Estimate[].class) {
            int len = ((GaussianDropoutLinear.Estimate[]) base).length;
            out.add(Bad.of("{}", Category.EMPTY, () -> new GaussianDropoutLinear.Estimate[0]));
            out.add(Bad.of("a null entry", Category.NULL, () -> new GaussianDropoutLinear.Estimate[len]));
        } else if (type == boolean[].class) {
            boolean[] a = (boolean[]) base;
            out.add(Bad.of("one entry more", Category.MISMATCH, () -> Arrays.copyOf(a, a.length + 1)));
        } else if (type == String.class) {
            out.add(Bad.of("\"\"", Category.EMPTY, () -> ""));
            out.add(Bad.of("100,000 nested braces", Category.HUGE,
                    () -> "$" + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "$"));
            out.add(Bad.of("100,000 nested \\sqrt", Category.HUGE, () -> "$" + "\\sqrt".repeat(100_000) + "x$"));
            out.add(Bad.of("a line of 100,000 unclosed emphasis marks", Category.HUGE, () -> "*a _b **c ".repeat(25_000)));
            out.add(Bad.of("100,000 unclosed links", Category.HUGE, () -> "[a](b ".repeat(100_000)));
            out.add(Bad.of("200,000 spaces", Category.HUGE, () -> " ".repeat(200_000) + "x"));
        } else if (type == List.class) {
            out.add(Bad.of("[]", Category.EMPTY, List::of));
            if (elementType(generic) == double[][].class) {
                out.add(Bad.of("a table with NaN", Category.NON_FINITE, () -> List.of(copy(PROB22),
                        new double[][] {{Double.NaN, 0.9}, {0.5, 0.5}})));
                out.add(Bad.of("tables of different shapes", Category.MISMATCH, () -> List.of(copy(PROB22), copy(T21))));
                out.add(Bad.of("a null table", Category.NULL, () -> Arrays.asList(copy(PROB22), null)));
            }
        } else if (type == ToDoubleFunction.class) {
            out.add(Bad.of("v -> NaN", Category.BROKEN_FUNCTION, () -> (ToDoubleFunction<Object>) v -> Double.NaN));
        } else if (type == DoubleUnaryOperator.class) {
            out.add(Bad.of("x -> NaN", Category.BROKEN_FUNCTION, () -> (DoubleUnaryOperator) x -> Double.NaN));
        } else if (type == DoubleBinaryOperator.class) {
            out.add(Bad.of("(x, y) -> NaN", Category.BROKEN_FUNCTION, () -> (DoubleBinaryOperator) (x, y) -> Double.NaN));
        } else if (type == thw2.regularization.BatchNormNoise.PointFunction.class) {
            out.add(Bad.of("(z, b) -> NaN", Category.BROKEN_FUNCTION,
                    () -> (thw2.regularization.BatchNormNoise.PointFunction) (z, b) -> Double.NaN));
        } else if (type == int[][].class) {
            out.add(Bad.of("{{}}", Category.EMPTY, () -> new int[][] {{}}));
            out.add(Bad.of("a −1 entry", Category.OUT_OF_RANGE, () -> new int[][] {{0}, {-1}}));
            out.add(Bad.of("a 200,000,000 entry", Category.HUGE, () -> new int[][] {{200_000_000}}));
            out.add(Bad.of("a null row", Category.NULL, () -> new int[][] {{0}, null}));
        } else if (type == Function.class) {
            out.add(Bad.of("v -> null", Category.BROKEN_FUNCTION, () -> (Function<double[], double[]>) v -> null));
            out.add(Bad.of("v -> NaN", Category.BROKEN_FUNCTION, () -> (Function<double[], double[]>) v -> {
                double[] g = v.clone();
                Arrays.fill(g, Double.NaN);
                return g;
            }));
        } else if (type == UnaryOperator.class) {
            out.add(Bad.of("v -> null", Category.BROKEN_FUNCTION, () -> (UnaryOperator<float[]>) v -> null));
            out.add(Bad.of("v -> NaN", Category.BROKEN_FUNCTION, () -> (UnaryOperator<float[]>) v -> {
                float[] g = v.clone();
                Arrays.fill(g, Float.NaN);
                return g;
            }));
        } else if (type == Objective.class) {
            out.add(Bad.of("NaN gradient", Category.BROKEN_FUNCTION, () -> Objective.of(2, v -> Double.NaN,
                    v -> new double[] {Double.NaN, Double.NaN})));
        } else if (type == GradientOracle.class) {
            out.add(Bad.of("NaN gradient", Category.BROKEN_FUNCTION, () -> (GradientOracle) (t, th) -> {
                double[] g = th.clone();
                Arrays.fill(g, Double.NaN);
                return g;
            }));
        } else if (type == thw2.optim.Minibatches.BatchGradient.class) {
            out.add(Bad.of("NaN gradient", Category.BROKEN_FUNCTION, () -> (thw2.optim.Minibatches.BatchGradient) (b, th) -> {
                double[] g = th.clone();
                Arrays.fill(g, Double.NaN);
                return g;
            }));
            out.add(Bad.of("null gradient", Category.BROKEN_FUNCTION,
                    () -> (thw2.optim.Minibatches.BatchGradient) (b, th) -> null));
        } else if (type == Path.class) {
            out.add(Bad.of("a missing file", Category.MISMATCH, () -> mnistDir().resolve("no-such-file")));
            out.add(Bad.of("/proc/x", Category.MISMATCH, () -> Path.of("/proc/x")));
            out.add(Bad.of("a file for a folder", Category.MISMATCH, () -> base.equals(mnistDir())
                    ? mnistDir().resolve("train-labels-idx1-ubyte") : mnistDir()));
            out.add(Bad.of("/dev/null", Category.MISMATCH, () -> Path.of("/dev/null")));
            out.add(Bad.of("/dev/zero", Category.MISMATCH, () -> Path.of("/dev/zero")));
            out.add(Bad.of("a folder whose IDX names are folders", Category.MISMATCH, Values::foldersDir));
            out.add(Bad.of("gzip with 5 trailing bytes", Category.REFUSE, () -> file("trailing",
                    withTrailing(gzip(idx(base.equals(mnistDir()) || base.toString().contains("images") ? 3 : 1))))));
            out.add(Bad.of("a file of 0 items", Category.REFUSE, () -> file("empty",
                    zeroItems(base.equals(mnistDir()) || base.toString().contains("images") ? 3 : 1))));
        } else if (type == InputStream.class) {
            int dims = dimsOf((InputStream) base);
            out.add(Bad.of("gzip with 5 trailing bytes", Category.REFUSE,
                    () -> new ByteArrayInputStream(withTrailing(gzip(idx(dims))))));
            out.add(Bad.of("gzip with 64 trailing zero bytes", Category.REFUSE,
                    () -> new ByteArrayInputStream(java.util.Arrays.copyOf(gzip(idx(dims)), gzip(idx(dims)).length + 64))));
            out.add(Bad.of("an IDX file of 0 items", Category.REFUSE, () -> new ByteArrayInputStream(zeroItems(dims))));
            out.add(Bad.of("an empty stream", Category.EMPTY, () -> new ByteArrayInputStream(new byte[0])));
            out.add(Bad.of("a header declaring 2,000,000 images", Category.HUGE, Values::hugeIdxStream));
            out.add(Bad.of("gzip of 20,000 blank 28×28 images, header says 2,000,000", Category.HUGE, () -> {
                byte[] raw = new byte[16 + 20_000 * 784];
                System.arraycopy(new byte[] {0, 0, 8, 3, 0, 0x1e, (byte) 0x84, (byte) 0x80, 0, 0, 0, 28, 0, 0, 0, 28},
                        0, raw, 0, 16);
                return new ByteArrayInputStream(gzip(raw));
            }));
        } else if (type == Init.class) {
            out.add(Bad.of("normal(1e300)", Category.SCALE, () -> Init.normal(1e300)));
            out.add(Bad.of("uniform(MAX_VALUE)", Category.SCALE, () -> Init.uniform(Double.MAX_VALUE)));
            out.add(Bad.of("xavier(1e-300)", Category.SCALE, () -> Init.xavier(1e-300)));
        } else if (type == Mlp.Trace.class) {
            out.add(Bad.of("another net's trace", Category.FOREIGN, () -> otherNet().forward(copy(X42))));
        } else if (type == Mlp.Gradients.class) {
            out.add(Bad.of("another net's gradients", Category.FOREIGN,
                    () -> otherNet().gradients(Loss.SQUARED_ERROR, copy(X42), copy(T41))));
        } else if (type == QuadraticBowl.class) {
            out.add(Bad.of("a 3-D bowl", Category.MISMATCH, () -> QuadraticBowl.of(copy(SPD3))));
        } else if (type == Mlp.class) {
            out.add(Bad.of("another net (2-4-3-1)", Category.MISMATCH, Values::otherNet));
        }
        return out;
    }

    private static String factor(double c) {
        return c == 1e200 ? "1e200" : c == 1e-200 ? "1e-200" : c == 1e300 ? "1e300" : "1e-300";
    }

    private static Bad scaled(double[] a, double c) {
        return new Bad("×" + factor(c), Category.SCALE, () -> {
            double[] s = a.clone();
            for (int i = 0; i < s.length; i++) {
                s[i] *= c;
            }
            return s;
        }, c);
    }

    private static Bad scaled(double[][] m, double c) {
        return new Bad("×" + factor(c), Category.SCALE, () -> {
            double[][] s = copy(m);
            for (double[] row : s) {
                for (int j = 0; j < row.length; j++) {
                    row[j] *= c;
                }
            }
            return s;
        }, c);
    }

    /** Entry i times 1e150 for even i and 1e-150 for odd i: 1e300 to 1e-300, symmetric stays symmetric. */
    private static double[] graded(double[] a) {
        double[] s = a.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= i % 2 == 0 ? 1e300 : 1e-300;
        }
        return s;
    }

    /** Entry (i, j) times 1e150 (even index) or 1e-150 (odd) per index: a D·M·D with D = diag(1e±150). */
    private static double[][] graded(double[][] m) {
        double[][] s = copy(m);
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s[i].length; j++) {
                s[i][j] *= (i % 2 == 0 ? 1e150 : 1e-150) * (j % 2 == 0 ? 1e150 : 1e-150);
            }
        }
        return s;
    }

    private static double[] with(double[] a, int i, double v) {
        double[] c = a.clone();
        c[i] = v;
        return c;
    }

    private static int[] withInt(int[] a, int i, int v) {
        int[] c = a.clone();
        c[i] = v;
        return c;
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i] == null ? null : m[i].clone();
        }
        return c;
    }

    private static Type elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    /**
     * Domain rules by parameter name: a value the rule excludes that the call accepts is a silent
     * wrong answer. {@code POSITIVE}: −1 and 0 excluded; {@code NON_NEGATIVE}: −1 excluded.
     */
    enum Domain { POSITIVE, NON_NEGATIVE, ANY }

    static Domain domain(String method, String name, Class<?> type) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (type == double.class) {
            if (n.matches("learningrate|eps|eta|stepsize|std|gain|scale|reach|floor|derivativebelow|k"
                    + "|keepprobability|momentum|lo|hi|b") && !(n.equals("b") && !method.contains("rosenbrock"))) {
                return Domain.POSITIVE;
            }
            if (n.matches("lambda|epsilon|alpha|sd|separation|weightscale|standarderror|v|variance|rate"
                    + "|testfraction|beta1|beta2|kurtosis|tol|outputspread|activationstd|preactivationstd|deltastd"
                    + "|weightgradientnorm|biasgradientnorm|mass|sxx|syy")
                    || (n.equals("beta") && method.contains("Adam"))) {
                return Domain.NON_NEGATIVE;
            }
            if (n.equals("alpha") || n.equals("factor") || n.equals("p")) {
                return Domain.POSITIVE;
            }
            return Domain.ANY;
        }
        if (type == int.class || type == long.class || type == int[].class) {
            if (n.matches("epochs|draws|batchsize|populationsize|examples|dimension|rows|cols|width|height"
                    + "|hidden|points|count|nx|ny|recordevery|total|scale|fanin|fanout|significantdigits|size"
                    + "|expecteddims")) {
                return Domain.POSITIVE;
            }
            if (n.matches("steps|t|n|i|k|index|layer|epoch|fromepoch|maxsteps|hiddenlayers|errors|keepatmost|top|left"
                    + "|bottom|right|p|j|onlyawrong|onlybwrong|input|hiddenwidth|output|indices|labels|widths"
                    + "|multiplications")) {
                return Domain.NON_NEGATIVE;
            }
        }
        return Domain.ANY;
    }
}

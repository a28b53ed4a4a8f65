package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import thw2.check.GradientCheck;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;
import thw2.nn.Activation;

@Timeout(value = 10, unit = TimeUnit.MINUTES) // the trainer runs a thread team: never hang the build
class NetTrainerTest {
    private static final int P = 784;
    private static final int K = 10;

    private static DigitSet few(int n, int stride) {
        return Mnist.embedded().subset(IntStream.range(0, n).map(i -> (i * stride) % 10_000).toArray(), "few");
    }

    /**
     * Mean cross-entropy of a P-H-10 net over {@code set}, in double precision, written from the
     * formulas (independently of the trainer): θ is laid out as in parameterVector().
     */
    private static double referenceLoss(double[] theta, int h, ActivationKernel f, DigitSet set) {
        int w2 = P * h + h;
        int b2 = w2 + K * h;
        double total = 0;
        for (int i = 0; i < set.size(); i++) {
            float[] x = set.image(i);
            double[] a = new double[h];
            for (int j = 0; j < h; j++) {
                double z = theta[P * h + j];
                for (int p = 0; p < P; p++) {
                    z += x[p] * theta[p * h + j];
                }
                a[j] = switch (f) {
                    case RELU -> Math.max(0, z);
                    case TANH -> Math.tanh(z);
                    case SIGMOID -> Activation.sigmoid(z);
                };
            }
            double[] logits = new double[K];
            for (int k = 0; k < K; k++) {
                double z = theta[b2 + k];
                for (int j = 0; j < h; j++) {
                    z += theta[w2 + k * h + j] * a[j];
                }
                logits[k] = z;
            }
            total += Activation.logSumExp(logits) - logits[set.label(i)];
        }
        return total / set.size();
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    @ParameterizedTest
    @EnumSource(ActivationKernel.class)
    void oneStepMovesAlongTheFiniteDifferenceGradient(ActivationKernel f) {
        int h = 12;
        float eta = 8f;
        DigitSet set = few(24, 401);
        TrainingOptions base = TrainingOptions.builder().hidden(h).activation(f.activation).batchSize(24).learningRate(eta)
                .learningRateDecay(1).seed(3).threads(1).epochs(0).build();
        float[] theta0 = NetTrainer.train(set, base).net().parameterVector();
        float[] theta1 = NetTrainer.train(set, base.toBuilder().epochs(1).build()).net().parameterVector();
        // one full-batch step: θ1 = θ0 − η ∇L(θ0)
        double[] t0 = toDouble(theta0);
        // coordinates to check: input weights of inked pixels, hidden biases, output weights and biases
        List<Integer> coords = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(9);
        while (coords.size() < 40) {
            int p = rng.nextInt(P);
            boolean inked = false;
            for (int i = 0; i < set.size(); i++) {
                inked |= set.grey(i, p) > 0;
            }
            if (inked) {
                coords.add(p * h + rng.nextInt(h));
            }
        }
        for (int j = 0; j < h; j += 3) {
            coords.add(P * h + j);
        }
        for (int k = 0; k < K; k++) {
            coords.add(P * h + h + k * h + rng.nextInt(h));
            coords.add(P * h + h + K * h + k);
        }
        int[] idx = coords.stream().mapToInt(Integer::intValue).toArray();
        double[] analytic = new double[idx.length];
        double[] at = new double[idx.length];
        for (int c = 0; c < idx.length; c++) {
            analytic[c] = ((double) theta0[idx[c]] - theta1[idx[c]]) / eta;
            at[c] = t0[idx[c]];
        }
        double[] numeric = GradientCheck.numericalGradient(v -> {
            double[] t = t0.clone();
            for (int c = 0; c < idx.length; c++) {
                t[idx[c]] = v[c];
            }
            return referenceLoss(t, h, f, set);
        }, at);
        double scale = Arrays.stream(numeric).map(Math::abs).max().orElseThrow();
        assertTrue(scale > 1e-3, "the gradient is not trivially zero");
        double err = GradientCheck.maxRelativeError(analytic, numeric, 1e-3 * scale);
        assertTrue(err < 1e-3, f + ": relative error " + err);
        // and the loss went down
        double before = referenceLoss(t0, h, f, set);
        TrainingOptions small = base.toBuilder().learningRate(0.05).epochs(1).build();
        double after = referenceLoss(toDouble(NetTrainer.train(set, small).net().parameterVector()), h, f, set);
        assertTrue(after < before, "a small step lowers the loss: " + before + " → " + after);
    }

    @Test
    void sameSeedSameWeightsWhateverTheThreadCount() {
        DigitSet set = few(600, 17); // 600 = 18 batches of 32 + one of 24
        // 200 units: blocks of 64, 64, 64 and 8, so 3 threads get 3 slices
        TrainingOptions o = TrainingOptions.builder().hidden(200).epochs(2).seed(5).threads(1).build();
        assertEquals(3, new NetTrainer.Engine(SparseImages.of(set), o.toBuilder().threads(3).build()).slices.length);
        float[] one = NetTrainer.train(set, o).net().parameterVector();
        float[] again = NetTrainer.train(set, o).net().parameterVector();
        float[] three = NetTrainer.train(set, o.toBuilder().threads(3).build()).net().parameterVector();
        float[] otherSeed = NetTrainer.train(set, o.toBuilder().seed(6).build()).net().parameterVector();
        assertArrayEquals(one, again, "same seed, same weights");
        assertArrayEquals(one, three, "1 thread and 3 threads give bit-identical weights");
        assertFalse(Arrays.equals(one, otherSeed), "another seed gives another net");
        for (ActivationKernel f : ActivationKernel.values()) {
            TrainingOptions of = o.toBuilder().activation(f.activation).hidden(130).build();
            assertArrayEquals(NetTrainer.train(set, of).net().parameterVector(),
                    NetTrainer.train(set, of.toBuilder().threads(2).build()).net().parameterVector(), f.name());
        }
    }

    @Test
    void aShortRunLearnsTheEmbeddedDigits() {
        Mnist.TrainTest tt = Mnist.embeddedSplit(0.2, Mnist.DEFAULT_SPLIT_SEED);
        TrainingOptions o = TrainingOptions.builder().hidden(100).epochs(3).learningRate(0.5).learningRateDecay(0.9)
                .seed(1).build();
        TrainingResult r = NetTrainer.train(tt.train(), o);
        assertEquals(3, r.history().size());
        assertTrue(r.history().get(2).meanLoss() < r.history().get(0).meanLoss(), "training loss falls");
        ErrorRate test = r.net().errorRate(tt.test());
        // a 784-100-10 net after 3 epochs on 8,000 digits: stated bound 8 % test error (chance: 90 %)
        assertTrue(test.rate() < 0.08, "test error " + test);
        assertEquals(tt.test().size(), r.net().classProbabilities(tt.test()).length);
    }

    @Test
    void probabilitiesAreDistributions() {
        DigitSet set = few(50, 199);
        OneHiddenLayerNet net = NetTrainer.train(set, TrainingOptions.builder().hidden(16).epochs(1).build()).net();
        for (double[] p : net.classProbabilities(set)) {
            assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
            assertTrue(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1));
        }
    }

    @Test
    void computesExactlyThePlainLoopsForAnyThreadCount() {
        // units not a multiple of 4 or of the 64-unit block, batches not a multiple of 4, a last batch of
        // another size, one to three slices (150 units: blocks of 64, 64, 22; 201: 64, 64, 64, 9), every
        // activation: the sliced, fused, pipelined trainer and the plain loops agree to the bit
        DigitSet set = few(150, 37);
        int[][] shapes = {{37, 7}, {53, 32}, {16, 4}, {5, 1}, {70, 203}, {150, 9}, {201, 32}};
        for (ActivationKernel f : ActivationKernel.values()) {
            for (int[] shape : shapes) {
                TrainingOptions o = TrainingOptions.builder().hidden(shape[0]).batchSize(shape[1]).activation(f.activation)
                        .learningRate(0.3).epochs(2).seed(shape[0] + shape[1]).threads(1).build();
                PlainTrainer plain = new PlainTrainer(set, o);
                for (int threads = 1; threads <= 3; threads++) {
                    TrainingResult r = NetTrainer.train(set, o.toBuilder().threads(threads).build());
                    String what = f + ", " + shape[0] + " units, batch " + shape[1] + ", " + threads + " thread(s)";
                    assertArrayEquals(plain.parameterVector(), r.net().parameterVector(), what);
                    assertEquals(plain.meanLoss, r.history().stream().map(EpochSummary::meanLoss).toList(), what);
                }
            }
        }
    }

    @Test
    void aDivergingRunStopsAndNamesTheLearningRateAndTheEpoch() {
        DigitSet set = few(1000, 7);
        TrainingOptions o = TrainingOptions.builder().hidden(64).epochs(3).learningRate(1e30).threads(2).build();
        TrainingDivergedException nan = assertThrows(TrainingDivergedException.class, () -> NetTrainer.train(set, o));
        assertEquals(0, nan.epoch());
        assertEquals(1e30, nan.learningRate(), 1e24);
        assertTrue(nan.getMessage().contains("epoch 1 of 3") && nan.getMessage().contains("learningRate")
                && nan.getMessage().contains("NaN"), nan.getMessage());
        // a rate that leaves finite numbers but a dead net (every ReLU unit off, one class for every digit)
        List<EpochSummary> seen = new ArrayList<>();
        TrainingDivergedException dead = assertThrows(TrainingDivergedException.class,
                () -> NetTrainer.train(set, o.toBuilder().learningRate(1e4).build(), (s, opt) -> seen.add(s)));
        assertTrue(dead.getMessage().contains("learning rate is 1.00e+04"), dead.getMessage());
        assertEquals(dead.epoch() + 1, seen.size(), "the listener saw the epoch that diverged");
        EpochSummary last = seen.get(seen.size() - 1);
        assertTrue(last.trainingError() > 0.85, "no better than chance: " + last);
    }

    @Test
    void noisyRunsThatLearnAreNotCalledDiverged() {
        // tanh units with a large step: the loss starts far above the untrained net's, the error falls
        DigitSet set = few(2000, 3);
        TrainingResult r = NetTrainer.train(set, TrainingOptions.builder().hidden(200).activation(Activation.TANH)
                .learningRate(2).epochs(3).build());
        List<EpochSummary> h = r.history();
        assertTrue(h.get(0).meanLoss() > NetTrainer.DIVERGED_LOSS_RATIO * Math.log(10), "a large first loss: " + h.get(0));
        assertTrue(h.get(2).trainingError() < h.get(0).trainingError() && h.get(2).trainingError() < 0.5,
                "and a falling error: " + h);
    }

    @Test
    void rejectsBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().hidden(0).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().learningRate(-1).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().epochs(-1).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().threads(0).build());
        String[][] cases = {
            {"hidden", "2000000"}, {"learningRate", "NaN"}, {"learningRate", "1e39"}, {"learningRateDecay", "1.5"},
            {"learningRateDecay", "0"}, {"batchSize", "0"}, {"epochs", "200000"}, {"threads", "1000"},
        };
        for (String[] c : cases) {
            TrainingOptions.Builder b = TrainingOptions.builder();
            switch (c[0]) {
                case "hidden" -> b.hidden(Integer.parseInt(c[1]));
                case "learningRate" -> b.learningRate(Double.parseDouble(c[1]));
                case "learningRateDecay" -> b.learningRateDecay(Double.parseDouble(c[1]));
                case "batchSize" -> b.batchSize(Integer.parseInt(c[1]));
                case "epochs" -> b.epochs(Integer.parseInt(c[1]));
                default -> b.threads(Integer.parseInt(c[1]));
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build, c[0] + " = " + c[1]);
            assertTrue(e.getMessage().startsWith(c[0] + " must"), e.getMessage());
        }
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> NetTrainer.train(null, TrainingOptions.builder().build()));
        assertEquals("train must not be null", absent.getMessage());
    }

    @Test
    void refusesToTrainANetThatWouldNotFitInMemoryBeforeAllocatingIt() {
        long needed = NetTrainer.memoryNeeded(784, 100_000, 32);
        assertTrue(needed > 2 * 4L * 784 * 100_000 && needed < 3 * 4L * 784 * 100_000, "about two copies of W₁: " + needed);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetTrainer.requireMemory(784, 100_000, 32, needed - 1, Runtime.getRuntime().maxMemory()));
        assertTrue(e.getMessage().startsWith(String.format(java.util.Locale.ROOT,
                "hidden = 100000 with 784 inputs and batches of 32 needs about %.2f GB", needed / 1e9)), e.getMessage());
        NetTrainer.requireMemory(784, 100_000, 32, needed, Runtime.getRuntime().maxMemory());
    }

    @Test
    void activationsPassNaNOn() {
        for (ActivationKernel f : ActivationKernel.values()) {
            assertTrue(Float.isNaN(f.apply(Float.NaN)), f + ".apply(NaN)");
            assertTrue(Float.isNaN(f.derivativeFromOutput(Float.NaN)), f + ".derivativeFromOutput(NaN)");
        }
        assertEquals(0f, ActivationKernel.RELU.apply(-0f));
        assertEquals(0f, ActivationKernel.RELU.derivativeFromOutput(0f));
        assertEquals(1f, ActivationKernel.RELU.derivativeFromOutput(2f));
    }

    @Test
    void aNetAnswersOnlyForItsOwnUnitsAndClasses() {
        OneHiddenLayerNet net = NetTrainer.train(few(40, 11), TrainingOptions.builder().hidden(8).epochs(1).build()).net();
        assertEquals("p must be in [0, 783], got 784", assertThrows(IllegalArgumentException.class,
                () -> net.inputWeight(784, 0)).getMessage());
        assertEquals("j must be in [0, 7], got 8", assertThrows(IllegalArgumentException.class,
                () -> net.hiddenBias(8)).getMessage());
        assertEquals("k must be in [0, 9], got -1", assertThrows(IllegalArgumentException.class,
                () -> net.outputBias(-1)).getMessage());
        assertEquals("set must not be empty", assertThrows(IllegalArgumentException.class,
                () -> net.errorRate(few(40, 11).subset(new int[0], "none"))).getMessage());
    }
}

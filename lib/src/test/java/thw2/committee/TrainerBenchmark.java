package thw2.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;

/**
 * Times {@link NetTrainer}: epochs of a 784-H-10 ReLU net, batch B, float32, on the 8,000 embedded
 * digits whose index is not a multiple of 5 (the same digits bench/numpy_reference.py uses).
 * Run by {@code scripts/bench-trainer}; not a test (surefire runs only classes named *Test). It lives
 * in the test tree, in the trainer's package (it times the package-private {@link RowKernels} too),
 * so that it stays out of the jar the notebooks load:
 *
 * <pre>java -XX:+UseSerialGC -cp lib/target/thw2.jar:lib/target/test-classes thw2.committee.TrainerBenchmark [hidden] [batch] [epochs] [repeats] [threads]</pre>
 *
 * <p>After one untimed warm-up run of each, it alternates timed runs of {@code epochs} epochs with one
 * thread and with {@code threads} threads (default: all processors), {@code repeats} of each, so both
 * see the same machine; it prints the median and the best wall-clock seconds per epoch of each.
 *
 * <p>How close to the machine: it counts the multiply-adds one epoch needs (for every digit, inked
 * pixels × hidden units for W₁ᵀx, as many for the W₁ gradient, and 3 × hidden units × 10 for the
 * logits, W₂ᵀδ and the W₂ gradient), divides by the time, and prints that rate beside the rates of
 * plain loops on this machine, measured in the same run: y ← y + a·x and y ← fma(a, x, y) on arrays
 * that fit in the L1 cache, and y ← y + a·x₀ + b·x₁ + c·x₂ + d·x₃ (the trainer's inner loop), on one
 * thread and on all the threads at once.
 *
 * <p>Machine-readable lines: "java_seconds_per_epoch=…" (all threads), "java1_seconds_per_epoch=…"
 * (one thread), their "…_best_…" variants, and "java_macs_per_epoch=…".
 */
public final class TrainerBenchmark {
    private TrainerBenchmark() {}

    /** Multiply-adds of one epoch of a P-H-10 net: 2·(inked pixels)·H + 3·n·H·10. */
    static double multiplyAddsPerEpoch(DigitSet set, int hidden) {
        long inked = 0;
        for (int i = 0; i < set.size(); i++) {
            for (int p = 0; p < set.pixelsPerImage(); p++) {
                if (set.grey(i, p) != 0) {
                    inked++;
                }
            }
        }
        return 2.0 * inked * hidden + 3.0 * set.size() * hidden * DigitSet.CLASSES;
    }

    private static String round(double[] v) {
        return Arrays.toString(Arrays.stream(v).map(x -> Math.round(x * 1e4) / 1e4).toArray());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    public static void main(String[] args) throws InterruptedException {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        DigitSet all = Mnist.embedded();
        int[] idx = IntStream.range(0, all.size()).filter(i -> i % 5 != 0).toArray();
        DigitSet train = all.subset(idx, "benchmark digits");
        double macs = multiplyAddsPerEpoch(train, hidden);
        double inked = (macs - 3.0 * train.size() * hidden * DigitSet.CLASSES) / (2.0 * hidden);
        TrainingOptions many = TrainingOptions.builder().hidden(hidden).batchSize(batch).epochs(epochs)
                .learningRate(0.05).learningRateDecay(1.0).threads(threads).seed(1).build();
        TrainingOptions one = many.toBuilder().threads(1).build();
        System.out.printf(Locale.ROOT, "java %s: %d digits, %.1f %% zero pixels (%.1f inked pixels per digit), "
                        + "784-%d-10 relu, batch %d, float32%n", System.getProperty("java.version"), train.size(),
                100 * train.zeroFraction(), inked / train.size(), hidden, batch);
        System.out.printf(Locale.ROOT, "work per epoch: %.3e multiply-adds = 2 × %.3e (inked pixels × hidden units: "
                        + "W₁ᵀx and the W₁ gradient) + 3 × %.3e (digits × hidden units × 10: logits, W₂ᵀδ, "
                        + "W₂ gradient)%n", macs, inked * hidden, (double) train.size() * hidden * DigitSet.CLASSES);
        NetTrainer.train(train, one); // warm-up: JIT compilation
        NetTrainer.train(train, many);
        double[] wall1 = new double[repeats];
        double[] wallN = new double[repeats];
        double lossOne = 0;
        double lossMany = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            lossOne = NetTrainer.train(train, one).history().get(epochs - 1).meanLoss();
            wall1[r] = (System.nanoTime() - t0) / 1e9 / epochs;
            t0 = System.nanoTime();
            lossMany = NetTrainer.train(train, many).history().get(epochs - 1).meanLoss();
            wallN[r] = (System.nanoTime() - t0) / 1e9 / epochs;
        }
        if (Double.doubleToLongBits(lossOne) != Double.doubleToLongBits(lossMany)) {
            throw new AssertionError("1 and " + threads + " threads gave different losses: " + lossOne + ", " + lossMany);
        }
        double m1 = median(wall1);
        double mN = median(wallN);
        System.out.printf(Locale.ROOT, "java, 1 thread:   wall s/epoch %s, median %.4f = %.1f GMAC/s%n",
                round(wall1), m1, macs / m1 / 1e9);
        System.out.printf(Locale.ROOT, "java, %d threads: wall s/epoch %s, median %.4f = %.1f GMAC/s "
                + "(speed-up %.2f over 1 thread; mean loss of epoch %d: %.4f, the same to the bit)%n",
                threads, round(wallN), mN, macs / mN / 1e9, m1 / mN, epochs, lossMany);
        double[] axpy1 = plainLoopRate(1, 0);
        double[] axpyN = plainLoopRate(threads, 0);
        double[] fma1 = plainLoopRate(1, 1);
        double[] fmaN = plainLoopRate(threads, 1);
        double[] four1 = plainLoopRate(1, 2);
        double[] fourN = plainLoopRate(threads, 2);
        System.out.printf(Locale.ROOT, "plain loops on float arrays in L1, GMAC/s (median of 5; 1 thread / %d threads "
                + "at once, and the speed-up, to set beside the trainer's):%n", threads);
        System.out.printf(Locale.ROOT, "  y += a·x                        %6.1f / %6.1f  (× %.2f)%n", median(axpy1),
                median(axpyN), median(axpyN) / median(axpy1));
        System.out.printf(Locale.ROOT, "  y = fma(a, x, y)                %6.1f / %6.1f  (× %.2f)%n", median(fma1),
                median(fmaN), median(fmaN) / median(fma1));
        System.out.printf(Locale.ROOT, "  y += a·x₀ + b·x₁ + c·x₂ + d·x₃  %6.1f / %6.1f  (× %.2f)   (the trainer's inner "
                + "loop)%n", median(four1), median(fourN), median(fourN) / median(four1));
        System.out.printf(Locale.ROOT, "trainer: %.1f GMAC/s on 1 thread (%.0f %% of the 4-row loop), %.1f GMAC/s on %d "
                        + "threads (%.0f %%; × %.2f)%n", macs / m1 / 1e9, 100 * macs / m1 / 1e9 / median(four1),
                macs / mN / 1e9, threads, 100 * macs / mN / 1e9 / median(fourN), m1 / mN);
        System.out.printf(Locale.ROOT, "java_macs_per_epoch=%.6e%n", macs);
        System.out.printf(Locale.ROOT, "java_threads=%d%n", threads);
        System.out.printf(Locale.ROOT, "java_seconds_per_epoch=%.4f%n", mN);
        System.out.printf(Locale.ROOT, "java_best_seconds_per_epoch=%.4f%n", min(wallN));
        System.out.printf(Locale.ROOT, "java1_seconds_per_epoch=%.4f%n", m1);
        System.out.printf(Locale.ROOT, "java1_best_seconds_per_epoch=%.4f%n", min(wall1));
    }

    /**
     * Multiply-adds per second of a plain loop over 1,024 floats (4 KB per array, in L1), run by
     * {@code threads} threads at once for 0.2 s each, 5 times: the total rates.
     * Kind 0: y += a·x; 1: y = fma(a, x, y); 2: y += a·x₀ + b·x₁ + c·x₂ + d·x₃.
     */
    static double[] plainLoopRate(int threads, int kind) throws InterruptedException {
        int n = 1024;
        double[] out = new double[5];
        for (int rep = -1; rep < 5; rep++) { // rep −1 warms up
            double[] perThread = new double[threads];
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> team = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                Thread th = new Thread(() -> {
                    float[] y = new float[n];
                    float[][] x = new float[4][n];
                    for (float[] row : x) {
                        for (int j = 0; j < n; j++) {
                            row[j] = 1e-3f * (j % 7);
                        }
                    }
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    perThread[me] = switch (kind) {
                        case 0 -> timeAxpy(y, x[0], n);
                        case 1 -> timeFma(y, x[0], n);
                        default -> timeFourRows(y, x, n);
                    };
                });
                team.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : team) {
                th.join();
            }
            if (rep >= 0) {
                out[rep] = Arrays.stream(perThread).sum() / 1e9;
            }
        }
        return out;
    }

    /**
     * Runs {@code twoHundredCalls} (200 calls of one loop over n entries) again and again for 0.2 s and
     * returns the number of loop calls per second. Each loop gets a lambda of its own, so the JIT compiles
     * each loop alone; the one indirect call per 200 loop calls costs nothing measurable.
     */
    private static double callsPerSecond(Runnable twoHundredCalls) {
        long calls = 0;
        long t0 = System.nanoTime();
        long end = t0 + 200_000_000L;
        long now;
        do {
            twoHundredCalls.run();
            calls += 200;
            now = System.nanoTime();
        } while (now < end);
        return calls / ((now - t0) / 1e9);
    }

    private static double timeAxpy(float[] y, float[] x, int n) {
        return n * callsPerSecond(() -> {
            for (int k = 0; k < 200; k++) {
                axpy(y, 1e-7f, x, n);
            }
        });
    }

    private static double timeFma(float[] y, float[] x, int n) {
        return n * callsPerSecond(() -> {
            for (int k = 0; k < 200; k++) {
                fma(y, 1e-7f, x, n);
            }
        });
    }

    private static double timeFourRows(float[] y, float[][] x, int n) {
        return 4.0 * n * callsPerSecond(() -> {
            for (int k = 0; k < 200; k++) {
                RowKernels.group(y, 1e-7f, x[0], 2e-7f, x[1], 3e-7f, x[2], 4e-7f, x[3], n);
            }
        });
    }

    private static void axpy(float[] y, float a, float[] x, int n) {
        for (int j = 0; j < n; j++) {
            y[j] += a * x[j];
        }
    }

    private static void fma(float[] y, float a, float[] x, int n) {
        for (int j = 0; j < n; j++) {
            y[j] = Math.fma(a, x[j], y[j]);
        }
    }
}

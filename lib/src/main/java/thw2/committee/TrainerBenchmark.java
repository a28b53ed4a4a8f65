package thw2.committee;

import java.util.Arrays;
import java.util.Locale;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;

/**
 * Times {@link NetTrainer}: epochs of a 784-H-10 ReLU net, batch B, float32, on the 8,000 embedded
 * digits whose index is not a multiple of 5 (the same digits bench/numpy_reference.py uses).
 * Run by {@code scripts/bench-trainer}; not a test.
 *
 * <pre>java -cp lib/target/thw2.jar thw2.committee.TrainerBenchmark [hidden] [batch] [epochs] [repeats] [threads]</pre>
 *
 * Prints the median and the best (smallest) wall-clock seconds per epoch over {@code repeats} timed
 * runs of {@code epochs} epochs each, after one untimed warm-up run, as the lines
 * "java_seconds_per_epoch=…" and "java_best_seconds_per_epoch=…".
 */
public final class TrainerBenchmark {
    private TrainerBenchmark() {}

    private static String round(double[] v) {
        return Arrays.toString(Arrays.stream(v).map(x -> Math.round(x * 1e4) / 1e4).toArray());
    }

    /** CPU time of this process (all threads), or −1 where the JVM does not report it. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : -1;
    }

    public static void main(String[] args) {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        DigitSet all = Mnist.embedded();
        int[] idx = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 5 != 0).toArray();
        DigitSet train = all.subset(idx, "benchmark digits");
        TrainingOptions opts = TrainingOptions.builder().hidden(hidden).batchSize(batch).epochs(epochs)
                .learningRate(0.05).learningRateDecay(1.0).threads(threads).seed(1).build();
        System.out.printf(Locale.ROOT, "java: %d digits, %.1f %% zero pixels, 784-%d-10 relu, batch %d, %d thread(s)%n",
                train.size(), 100 * train.zeroFraction(), hidden, batch, threads);
        NetTrainer.train(train, opts); // warm-up: JIT compilation
        double[] perEpoch = new double[repeats];
        double[] cpuPerEpoch = new double[repeats];
        double loss = 0;
        for (int r = 0; r < repeats; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            TrainingResult res = NetTrainer.train(train, opts);
            perEpoch[r] = (System.nanoTime() - t0) / 1e9 / epochs;
            cpuPerEpoch[r] = (processCpuNanos() - c0) / 1e9 / epochs;
            loss = res.history().get(epochs - 1).meanLoss();
        }
        Arrays.sort(perEpoch);
        Arrays.sort(cpuPerEpoch);
        double median = perEpoch[repeats / 2];
        System.out.printf(Locale.ROOT, "java: wall s/epoch %s, cpu s/epoch (all threads) %s, mean loss of epoch %d: %.4f%n",
                round(perEpoch), round(cpuPerEpoch), epochs, loss);
        System.out.printf(Locale.ROOT, "java_seconds_per_epoch=%.4f%n", median);
        System.out.printf(Locale.ROOT, "java_best_seconds_per_epoch=%.4f%n", perEpoch[0]);
    }
}

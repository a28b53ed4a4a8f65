package thw2.stats;

import java.util.Arrays;
import thw2.args.Require;

/**
 * Wall-clock timings summarised by their median, which one run slowed by the garbage collector or by
 * another process on the machine does not move (Question 5 times a Newton direction against a
 * gradient step this way). Timings differ from machine to machine and run to run: show them, never
 * check them.
 */
public final class Timing {
    /** The most repetitions one call may be asked for. */
    public static final int MAX_REPETITIONS = 1001;

    private Timing() {}

    /**
     * Runs {@code task} {@code repetitions} times and returns the median of the wall-clock times in
     * milliseconds: the middle one after sorting (for an even count, the upper of the two middle ones).
     *
     * @param task        what to time; its exceptions pass through
     * @param repetitions how many runs, in [1, {@value #MAX_REPETITIONS}]
     * @return the median time of one run, in ms
     * @throws IllegalArgumentException if {@code task} is null or {@code repetitions} is out of range
     */
    public static double medianMillis(Runnable task, int repetitions) {
        Require.notNull(task, "task");
        Require.inRange(repetitions, 1, MAX_REPETITIONS, "repetitions");
        double[] ms = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repetitions / 2];
    }
}

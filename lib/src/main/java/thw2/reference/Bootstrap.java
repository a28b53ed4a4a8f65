package thw2.reference;

import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * Standard errors by resampling, the check on a standard-error formula that assumes nothing of it
 * (Efron's bootstrap): draw n test digits with replacement from the n test digits, recompute the
 * statistic, repeat, and take the standard deviation of the recomputed values.
 *
 * <p>Used by Question 2 to confirm the binomial standard error √(r(1 − r)/n) of a test error and the
 * paired standard error of a difference of two test errors. With B resamples the standard deviation
 * itself is uncertain by about 1/√(2(B − 1)) of its value: 1.6 % for B = 2,000.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /**
     * The bootstrap standard deviations of two classifiers' error rates and of their difference.
     *
     * @param errorRateA the standard deviation of A's resampled error rate
     * @param errorRateB the standard deviation of B's resampled error rate
     * @param difference the standard deviation of the resampled difference (error of A) − (error of B)
     */
    public record Spreads(double errorRateA, double errorRateB, double difference) {
        /**
         * @throws IllegalArgumentException if a spread is negative or not finite
         */
        public Spreads {
            Require.nonNegative(errorRateA, "errorRateA");
            Require.nonNegative(errorRateB, "errorRateB");
            Require.nonNegative(difference, "difference");
        }
    }

    /** The most resamples one call may draw. */
    public static final int MAX_DRAWS = 1_000_000;

    /**
     * Resamples the test digits {@code draws} times: each resample picks n digits uniformly with
     * replacement (one {@link SplittableRandom#nextInt(int)} per pick, from a generator seeded with
     * {@code seed}); on the same picks it counts A's errors a, B's errors b, and takes a/n, b/n and
     * (a − b)/n. Returns the sample standard deviations (divisor B − 1, two passes) of the three.
     *
     * @param predictedA A's class for every test digit
     * @param predictedB B's class for every test digit
     * @param labels     the true classes
     * @param draws      the number of resamples B, 2 to {@value #MAX_DRAWS}
     * @param seed       the generator's seed
     * @return the three spreads
     * @throws IllegalArgumentException if the arrays are empty or differ in length, or {@code draws} is
     *         out of range
     */
    public static Spreads pairedErrorRates(int[] predictedA, int[] predictedB, int[] labels, int draws, long seed) {
        Require.notNull(predictedA, "predictedA");
        Require.notNull(predictedB, "predictedB");
        Require.notNull(labels, "labels");
        if (labels.length == 0) {
            throw new IllegalArgumentException("labels must not be empty");
        }
        if (predictedA.length != labels.length || predictedB.length != labels.length) {
            throw new IllegalArgumentException("predictedA, predictedB and labels must have the same length, got "
                    + predictedA.length + ", " + predictedB.length + " and " + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (predictedA[i] < 0 || predictedB[i] < 0 || labels[i] < 0) {
                throw new IllegalArgumentException("predictedA, predictedB and labels must hold classes >= 0, got "
                        + predictedA[i] + ", " + predictedB[i] + " and " + labels[i] + " at digit " + i);
            }
        }
        Require.inRange(draws, 2, MAX_DRAWS, "draws");
        int n = labels.length;
        if ((long) n * draws > Require.MAX_ITERATIONS) {
            throw new IllegalArgumentException("draws × labels.length = " + draws + " × " + n + " picks is more than "
                    + Require.MAX_ITERATIONS);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] rateA = new double[draws];
        double[] rateB = new double[draws];
        double[] difference = new double[draws];
        for (int d = 0; d < draws; d++) {
            int errorsA = 0;
            int errorsB = 0;
            for (int j = 0; j < n; j++) {
                int i = rng.nextInt(n);
                errorsA += predictedA[i] != labels[i] ? 1 : 0;
                errorsB += predictedB[i] != labels[i] ? 1 : 0;
            }
            rateA[d] = (double) errorsA / n;
            rateB[d] = (double) errorsB / n;
            difference[d] = (double) (errorsA - errorsB) / n;
        }
        return new Spreads(Math.sqrt(Plain.sampleVariance(rateA)), Math.sqrt(Plain.sampleVariance(rateB)),
                Math.sqrt(Plain.sampleVariance(difference)));
    }
}

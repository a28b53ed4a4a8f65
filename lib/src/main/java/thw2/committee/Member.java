package thw2.committee;

import thw2.args.Require;
import thw2.digits.Variant;

/**
 * A trained member of a committee, as the committee sees it: its name, the mean training loss of each
 * epoch, and its class probabilities p[i][k] for every test digit i, on its own preprocessing of the
 * test digits. Its decision for digit i is the most probable class, argmaxₖ p[i][k] (ties to the
 * smaller class). Immutable: the arrays are copied in and out.
 *
 * <p>Used by Question 2, whose committees have nine experts (one per {@link Variant}) and nine
 * controls (the original digits, different seeds).
 */
public final class Member {
    private final String name;
    private final double[] trainingLoss;
    private final double[][] probabilities;
    private final int[] predicted;

    /**
     * @param name          what the member is, e.g. "width 12" or "original, seed 3"
     * @param trainingLoss  the mean training cross-entropy of each epoch, in order (finite, ≥ 0)
     * @param probabilities p[i][k], the member's probability of class k for test digit i, in [0, 1]
     * @throws IllegalArgumentException if an argument is null, a loss is negative or not finite, or
     *         {@code probabilities} is not a rectangular table of numbers in [0, 1] with at least one class
     */
    public Member(String name, double[] trainingLoss, double[][] probabilities) {
        Require.notNull(name, "name");
        Require.finite(trainingLoss, "trainingLoss");
        for (int e = 0; e < trainingLoss.length; e++) {
            Require.nonNegative(trainingLoss[e], "trainingLoss[" + e + "]");
        }
        Require.finite(probabilities, "probabilities");
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i].length == 0) {
                throw new IllegalArgumentException("probabilities[" + i + "] must hold at least one class probability");
            }
            for (int k = 0; k < probabilities[i].length; k++) {
                if (probabilities[i][k] < 0 || probabilities[i][k] > 1) {
                    throw new IllegalArgumentException("probabilities[" + i + "][" + k + "] must be in [0, 1], got "
                            + probabilities[i][k]);
                }
            }
        }
        this.name = name;
        this.trainingLoss = trainingLoss.clone();
        this.probabilities = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            this.probabilities[i] = probabilities[i].clone();
        }
        this.predicted = Committee.argmaxRows(this.probabilities);
    }

    /**
     * Trains a net on {@code variant.train()} (quietly) and scores it on {@code variant.test()}.
     *
     * @param name    the member's name
     * @param variant the preprocessed training and test digits
     * @param options the training run (hidden units, schedule, seed)
     * @return the trained member
     * @throws IllegalArgumentException if an argument is null or the training set is empty
     * @throws TrainingDivergedException if training diverges
     */
    public static Member train(String name, Variant variant, TrainingOptions options) {
        Require.notNull(name, "name");
        Require.notNull(variant, "variant");
        Require.notNull(options, "options");
        TrainingResult r = NetTrainer.train(variant.train(), options, TrainingListener.quiet());
        double[] loss = r.history().stream().mapToDouble(EpochSummary::meanLoss).toArray();
        return new Member(name, loss, r.net().classProbabilities(variant.test()));
    }

    public String name() {
        return name;
    }

    /** The number of test digits the member was scored on. */
    public int testDigits() {
        return probabilities.length;
    }

    /** The number of classes (0 when there are no test digits). */
    public int classes() {
        return probabilities.length == 0 ? 0 : probabilities[0].length;
    }

    /** The mean training loss of each epoch, in order (a new array). */
    public double[] trainingLoss() {
        return trainingLoss.clone();
    }

    /** p[i][k] for every test digit i and class k (a new table). */
    public double[][] probabilities() {
        double[][] out = new double[probabilities.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities[i].clone();
        }
        return out;
    }

    /** The member's class for every test digit, argmaxₖ p[i][k] (a new array). */
    public int[] predicted() {
        return predicted.clone();
    }

    /**
     * The member's test error against {@code labels}.
     *
     * @throws IllegalArgumentException if {@code labels} does not have one class per test digit
     */
    public ErrorRate error(int[] labels) {
        return ErrorRate.of(predicted, labels);
    }

    @Override
    public String toString() {
        return name + " (" + probabilities.length + " test digits)";
    }
}

package thw2.reference;

import thw2.args.Require;

/**
 * The logistic function and its relatives, each written as its definition: σ(z) = 1/(1 + e^{−z}), the
 * log-odds log(p/(1 − p)), the loss −log p and the binary entropy. No log1p, no shifted exponentials,
 * no branches on the sign of z: accurate on the moderate arguments the checks use (|z| ≲ 30, p not
 * within 1e-15 of 0 or 1 unless the definition is exact there).
 *
 * <p>Used by Question 1c (the logit of a confident prediction, the loss of the best constant
 * prediction) and Question 1e (two-class softmax against the logistic model).
 */
public final class LogisticByDefinition {
    private LogisticByDefinition() {}

    /**
     * σ(z) = 1/(1 + e^{−z}).
     *
     * @throws IllegalArgumentException if z is not finite
     */
    public static double sigmoid(double z) {
        Require.finite(z, "z");
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The log-odds log(p/(1 − p)), the z with σ(z) = p.
     *
     * @throws IllegalArgumentException if p is not in (0, 1)
     */
    public static double logOdds(double p) {
        requireProbability(p, "p");
        return Math.log(p / (1 - p));
    }

    /**
     * −log p: the cross-entropy loss of a prediction that gives the true class probability p.
     *
     * @throws IllegalArgumentException if p is not in (0, 1]
     */
    public static double negativeLogLikelihood(double p) {
        Require.finite(p, "p");
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], got " + p);
        }
        return -Math.log(p);
    }

    /**
     * The binary entropy H(p) = −p log p − (1 − p) log(1 − p): the mean cross-entropy of the best
     * constant prediction for labels of which a fraction p are 1.
     *
     * @throws IllegalArgumentException if p is not in (0, 1)
     */
    public static double binaryEntropy(double p) {
        requireProbability(p, "p");
        return -p * Math.log(p) - (1 - p) * Math.log(1 - p);
    }

    private static void requireProbability(double p, String name) {
        Require.finite(p, name);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), got " + p);
        }
    }
}

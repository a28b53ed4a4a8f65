package thw2.committee;

import thw2.args.Require;

/**
 * How alike two classifiers' mistakes are. Mark test digit i with e_A(i) = 1 when classifier A misreads
 * it (0 otherwise), and likewise e_B. Their error correlation is the φ coefficient, the correlation of
 * the two indicators,
 *
 * <pre>  φ = (P(e_A e_B) − P(e_A) P(e_B)) / √(P(e_A)(1 − P(e_A)) P(e_B)(1 − P(e_B))),</pre>
 *
 * with P the fraction of test digits: 1 when the two make exactly the same mistakes, 0 for unrelated
 * mistakes, negative when one tends to be right where the other is wrong. A committee can only repair
 * digits on which its members disagree, so decorrelated errors (small φ) are what the preprocessing of
 * Question 2 is for.
 */
public final class ErrorCorrelation {
    private ErrorCorrelation() {}

    /**
     * φ of the error indicators of two classifiers on the same digits (formula in the class comment).
     *
     * @param predictedA A's class for every digit
     * @param predictedB B's class for every digit
     * @param labels     the true classes
     * @return φ in [−1, 1]
     * @throws IllegalArgumentException if the arrays differ in length, hold a negative class, or if
     *         either classifier is right on every digit or wrong on every digit (its indicator is then
     *         constant and φ undefined)
     */
    public static double phi(int[] predictedA, int[] predictedB, int[] labels) {
        Require.notNull(predictedA, "predictedA");
        Require.notNull(predictedB, "predictedB");
        Require.notNull(labels, "labels");
        if (predictedA.length != labels.length || predictedB.length != labels.length) {
            throw new IllegalArgumentException("predictedA, predictedB and labels must have the same length, got "
                    + predictedA.length + ", " + predictedB.length + " and " + labels.length);
        }
        double n = labels.length;
        double pa = 0;
        double pb = 0;
        double pab = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predictedA[i] < 0 || predictedB[i] < 0 || labels[i] < 0) {
                throw new IllegalArgumentException("predictedA, predictedB and labels must hold classes >= 0, got "
                        + predictedA[i] + ", " + predictedB[i] + " and " + labels[i] + " at digit " + i);
            }
            int ea = predictedA[i] != labels[i] ? 1 : 0;
            int eb = predictedB[i] != labels[i] ? 1 : 0;
            pa += ea;
            pb += eb;
            pab += ea * eb;
        }
        requireMixed(pa, labels.length, "predictedA");
        requireMixed(pb, labels.length, "predictedB");
        pa /= n;
        pb /= n;
        pab /= n;
        return (pab - pa * pb) / Math.sqrt(pa * (1 - pa) * pb * (1 - pb));
    }

    private static void requireMixed(double errors, int n, String name) {
        if (errors == 0 || errors == n) {
            throw new IllegalArgumentException(name + " must be wrong on some digits and right on others for φ to"
                    + " be defined, but against labels it is wrong on " + (int) errors + " of " + n);
        }
    }
}

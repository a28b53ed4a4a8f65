package thw2.reference;

import java.util.List;
import thw2.args.Require;

/**
 * The committee rules of Question 2 computed plainly from their definitions, digit by digit and class
 * by class, to check a committee's decisions against. M members each give a table p⁽ᵐ⁾[i][k] of class
 * probabilities for the same digits i.
 *
 * <ul>
 *   <li>vote: member m votes for its most probable class (its own ties to the smaller class); class k
 *       has votesₖ votes; a class beats the decision d when it has more votes, or as many and a larger
 *       mean probability;</li>
 *   <li>mean: meanₖ = (Σₘ p⁽ᵐ⁾ₖ) / M; a class beats d when its mean is larger;</li>
 *   <li>median: the middle value of p⁽¹⁾ₖ … p⁽ᴹ⁾ₖ found by counting, not by sorting (for even M the
 *       mean of the two middle values); a class beats d when its median is larger.</li>
 * </ul>
 * A decision is right when no class beats it; ties are not counted, so any tie rule passes where the
 * definition leaves the choice open.
 */
public final class CommitteeRules {
    private CommitteeRules() {}

    /**
     * The k-th smallest of {@code v} (k = 1 is the smallest) by counting: the value c with fewer than k
     * entries below it and at least k entries at or below it.
     *
     * @throws IllegalArgumentException if {@code v} is empty or has a non-finite entry, or k is not in
     *         1…v.length
     */
    public static double kthSmallestByCounting(double[] v, int k) {
        Require.finite(v, "v");
        if (k < 1 || k > v.length) {
            throw new IllegalArgumentException("k must be in [1, " + v.length + "] (the length of v), got " + k);
        }
        for (double c : v) {
            int below = 0;
            int atOrBelow = 0;
            for (double u : v) {
                if (u < c) {
                    below++;
                }
                if (u <= c) {
                    atOrBelow++;
                }
            }
            if (below < k && k <= atOrBelow) {
                return c;
            }
        }
        throw new IllegalStateException("no k-th smallest value: unreachable for finite entries");
    }

    /**
     * The median by counting: the ((n + 1)/2)-th smallest value for odd n, the mean of the (n/2)-th and
     * (n/2 + 1)-th smallest for even n.
     *
     * @throws IllegalArgumentException if {@code v} is empty or has a non-finite entry
     */
    public static double medianByCounting(double[] v) {
        Require.finite(v, "v");
        if (v.length == 0) {
            throw new IllegalArgumentException("v must not be empty");
        }
        int n = v.length;
        return n % 2 == 1 ? kthSmallestByCounting(v, (n + 1) / 2)
                : (kthSmallestByCounting(v, n / 2) + kthSmallestByCounting(v, n / 2 + 1)) / 2;
    }

    /**
     * The number of (digit, class) pairs in which a class beats the majority-vote decision: more votes,
     * or as many votes and a larger mean probability.
     *
     * @param members the members' tables p⁽ᵐ⁾[i][k], all of the same shape
     * @param decided the committee's class for every digit
     * @return 0 when every decision is a majority-vote decision
     * @throws IllegalArgumentException if the tables are missing, empty, of different shapes or not
     *         finite, or {@code decided} does not hold one class per digit
     */
    public static int classesBeatingVote(List<double[][]> members, int[] decided) {
        int classes = check(members, decided);
        int beating = 0;
        for (int i = 0; i < decided.length; i++) {
            int[] votes = new int[classes];
            for (double[][] p : members) {
                int vote = 0;
                for (int k = 1; k < classes; k++) {
                    if (p[i][k] > p[i][vote]) {
                        vote = k;
                    }
                }
                votes[vote]++;
            }
            double[] mean = means(members, i, classes);
            int d = decided[i];
            for (int k = 0; k < classes; k++) {
                if (votes[k] > votes[d] || (votes[k] == votes[d] && mean[k] > mean[d])) {
                    beating++;
                }
            }
        }
        return beating;
    }

    /**
     * The number of (digit, class) pairs in which a class has a larger mean probability than the
     * decided class.
     *
     * @return 0 when every decision is a class of largest mean
     * @throws IllegalArgumentException as {@link #classesBeatingVote}
     */
    public static int classesBeatingMean(List<double[][]> members, int[] decided) {
        int classes = check(members, decided);
        int beating = 0;
        for (int i = 0; i < decided.length; i++) {
            double[] mean = means(members, i, classes);
            for (int k = 0; k < classes; k++) {
                if (mean[k] > mean[decided[i]]) {
                    beating++;
                }
            }
        }
        return beating;
    }

    /**
     * The number of (digit, class) pairs in which a class has a larger median probability, found by
     * counting ({@link #medianByCounting}), than the decided class.
     *
     * @return 0 when every decision is a class of largest median
     * @throws IllegalArgumentException as {@link #classesBeatingVote}
     */
    public static int classesBeatingMedian(List<double[][]> members, int[] decided) {
        int classes = check(members, decided);
        int beating = 0;
        double[] column = new double[members.size()];
        for (int i = 0; i < decided.length; i++) {
            double[] median = new double[classes];
            for (int k = 0; k < classes; k++) {
                for (int m = 0; m < members.size(); m++) {
                    column[m] = members.get(m)[i][k];
                }
                median[k] = medianByCounting(column);
            }
            for (int k = 0; k < classes; k++) {
                if (median[k] > median[decided[i]]) {
                    beating++;
                }
            }
        }
        return beating;
    }

    /** meanₖ = (Σₘ p⁽ᵐ⁾[i][k]) / M for every class k of digit i. */
    private static double[] means(List<double[][]> members, int i, int classes) {
        double[] mean = new double[classes];
        for (int k = 0; k < classes; k++) {
            double sum = 0;
            for (double[][] p : members) {
                sum += p[i][k];
            }
            mean[k] = sum / members.size();
        }
        return mean;
    }

    /** Validates the tables and the decisions; returns the number of classes. */
    private static int check(List<double[][]> members, int[] decided) {
        Require.notNull(members, "members");
        Require.notNull(decided, "decided");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        int classes = -1;
        for (int m = 0; m < members.size(); m++) {
            double[][] p = Require.finite(Require.notNull(members.get(m), "members[" + m + "]"), "members[" + m + "]");
            if (p.length != decided.length) {
                throw new IllegalArgumentException("members[" + m + "] has " + p.length + " digits, decided has "
                        + decided.length);
            }
            int c = p.length == 0 ? 0 : p[0].length;
            if (classes >= 0 && c != classes) {
                throw new IllegalArgumentException("members[" + m + "] has " + c + " classes, members[0] has " + classes);
            }
            classes = c;
        }
        if (decided.length > 0 && classes == 0) {
            throw new IllegalArgumentException("members[0] must hold at least one class probability per digit");
        }
        for (int i = 0; i < decided.length; i++) {
            if (decided[i] < 0 || decided[i] >= classes) {
                throw new IllegalArgumentException("decided[" + i + "] must be a class in [0, " + classes + "), got "
                        + decided[i]);
            }
        }
        return classes;
    }
}

package thw2.committee;

import java.util.Arrays;
import java.util.List;
import thw2.args.Require;

/**
 * Committees of classifiers (Meier, Cireşan, Gambardella, Schmidhuber, ICDAR 2011). Each member gives
 * a table p[i][k] of class probabilities for the same digits; the committee decides per digit:
 *
 * <ul>
 *   <li>{@link Rule#MAJORITY_VOTE}: every member votes for its most probable class (a member's own tie
 *       goes to the smaller class); the class with most votes wins. <b>Tie rule:</b> among classes with
 *       equally many votes, the one with the larger average probability over all members wins; if that
 *       ties too, the smaller class.</li>
 *   <li>{@link Rule#AVERAGE}: the class with the largest mean probability over the members.</li>
 *   <li>{@link Rule#MEDIAN}: the class with the largest median probability over the members; for an even
 *       number of members the median is the mean of the two middle values.</li>
 * </ul>
 * Remaining ties (equal mean or median) go to the smaller class.
 */
public final class Committee {
    private Committee() {}

    /** How a committee combines its members. */
    public enum Rule {
        MAJORITY_VOTE("majority vote"),
        AVERAGE("average"),
        MEDIAN("median");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        /** A short human-readable name. */
        public String label() {
            return label;
        }
    }

    /** The committee's class for every digit under {@code rule}. */
    public static int[] decide(Rule rule, List<double[][]> members) {
        Require.notNull(rule, "rule");
        switch (rule) {
            case MAJORITY_VOTE:
                return majorityVote(members);
            case AVERAGE:
                return average(members);
            default:
                return median(members);
        }
    }

    /** Majority vote with the tie rule stated in the class comment. */
    public static int[] majorityVote(List<double[][]> members) {
        int[] shape = check(members);
        double[][] mean = averageProbabilities(members);
        int[] out = new int[shape[0]];
        int[] votes = new int[shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            Arrays.fill(votes, 0);
            for (double[][] m : members) {
                votes[argmax(m[i])]++;
            }
            int best = 0;
            for (int k = 1; k < shape[1]; k++) {
                if (votes[k] > votes[best] || (votes[k] == votes[best] && mean[i][k] > mean[i][best])) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** argmax of the mean probability. */
    public static int[] average(List<double[][]> members) {
        return argmaxRows(averageProbabilities(members));
    }

    /** argmax of the median probability. */
    public static int[] median(List<double[][]> members) {
        return argmaxRows(medianProbabilities(members));
    }

    /** The mean of the members' tables, entry by entry. */
    public static double[][] averageProbabilities(List<double[][]> members) {
        int[] shape = check(members);
        double[][] out = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            for (int k = 0; k < shape[1]; k++) {
                double s = 0;
                for (double[][] m : members) {
                    s += m[i][k] / members.size();
                }
                out[i][k] = s;
            }
        }
        return out;
    }

    /** The median of the members' tables, entry by entry (mean of the two middle values for an even count). */
    public static double[][] medianProbabilities(List<double[][]> members) {
        int[] shape = check(members);
        int n = members.size();
        double[][] out = new double[shape[0]][shape[1]];
        double[] v = new double[n];
        for (int i = 0; i < shape[0]; i++) {
            for (int k = 0; k < shape[1]; k++) {
                for (int m = 0; m < n; m++) {
                    v[m] = members.get(m)[i][k];
                }
                Arrays.sort(v);
                out[i][k] = n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
            }
        }
        return out;
    }

    /** The index of the largest entry of every row (ties to the smaller index). */
    public static int[] argmaxRows(double[][] p) {
        Require.finite(p, "p");
        if (p.length > 0 && p[0].length == 0) {
            throw new IllegalArgumentException("p must have at least one column (class)");
        }
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = argmax(p[i]);
        }
        return out;
    }

    static int argmax(double[] row) {
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Validates the tables; returns {digits, classes}. */
    private static int[] check(List<double[][]> members) {
        Require.notNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        double[][] first = Require.notNull(members.get(0), "members[0]");
        int n = first.length;
        int classes = n == 0 ? 0 : Require.notNull(first[0], "members[0][0]").length;
        if (n > 0 && classes == 0) {
            throw new IllegalArgumentException("members[0][0] must hold at least one class probability");
        }
        for (int m = 0; m < members.size(); m++) {
            double[][] t = Require.notNull(members.get(m), "members[" + m + "]");
            if (t.length != n) {
                throw new IllegalArgumentException("members[" + m + "] has " + t.length + " rows, members[0] has " + n);
            }
            for (int i = 0; i < n; i++) {
                if (t[i] == null || t[i].length != classes) {
                    throw new IllegalArgumentException("members[" + m + "][" + i + "] must have " + classes
                            + " class probabilities");
                }
                for (int k = 0; k < classes; k++) {
                    if (!Double.isFinite(t[i][k])) {
                        throw new IllegalArgumentException("members[" + m + "][" + i + "][" + k
                                + "] must be finite, got " + t[i][k]);
                    }
                }
            }
        }
        return new int[] {n, classes};
    }
}

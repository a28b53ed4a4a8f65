package thw2.committee;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import thw2.args.Require;
import thw2.text.Format;

/**
 * A named committee of trained {@link Member}s, deciding by one of the {@link Committee.Rule}s, with the
 * measures Question 2 compares committees by: the test error under each rule, the mean error of the
 * members, how alike the members' mistakes are (mean pairwise {@link ErrorCorrelation#phi φ}), and the
 * digits that every member, or at least one member, misreads. Only digits that some member gets right
 * can be repaired by any rule.
 *
 * @param name    what the committee is, e.g. "9 experts"
 * @param members the members, all scored on the same test digits with the same classes
 */
public record CommitteeOfNets(String name, List<Member> members) {

    /**
     * @throws IllegalArgumentException if an argument or a member is null, there are no members, or the
     *         members' probability tables differ in shape
     */
    public CommitteeOfNets {
        Require.notNull(name, "name");
        Require.notNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must not be empty");
        }
        for (int m = 0; m < members.size(); m++) {
            Require.notNull(members.get(m), "members[" + m + "]");
        }
        members = List.copyOf(members);
        Member first = members.get(0);
        for (int m = 1; m < members.size(); m++) {
            Member other = members.get(m);
            if (other.testDigits() != first.testDigits() || other.classes() != first.classes()) {
                throw new IllegalArgumentException("members[" + m + "] has " + other.testDigits() + " digits of "
                        + other.classes() + " classes, members[0] has " + first.testDigits() + " of " + first.classes());
            }
        }
    }

    /** Every member's table p[i][k], in the members' order. */
    public List<double[][]> probabilities() {
        List<double[][]> out = new ArrayList<>();
        for (Member m : members) {
            out.add(m.probabilities());
        }
        return out;
    }

    /**
     * The committee's class for every test digit under {@code rule} ({@link Committee#decide}).
     *
     * @throws IllegalArgumentException if {@code rule} is null
     */
    public int[] decide(Committee.Rule rule) {
        return Committee.decide(Require.notNull(rule, "rule"), probabilities());
    }

    /**
     * The committee's test error under {@code rule}.
     *
     * @throws IllegalArgumentException if {@code rule} is null or {@code labels} does not have one class
     *         per test digit
     */
    public ErrorRate error(Committee.Rule rule, int[] labels) {
        Require.notNull(rule, "rule");
        requireLabels(labels);
        return ErrorRate.of(decide(rule), labels);
    }

    /**
     * The mean of the members' test error rates, (1/M) Σₘ rₘ: the yardstick a committee must beat.
     *
     * @throws IllegalArgumentException if {@code labels} does not have one class per test digit
     */
    public double meanMemberError(int[] labels) {
        requireLabels(labels);
        double s = 0;
        for (Member m : members) {
            s += m.error(labels).rate();
        }
        return s / members.size();
    }

    /**
     * The mean of φ over the M(M − 1)/2 pairs of members ({@link ErrorCorrelation#phi}).
     *
     * @throws IllegalArgumentException if there are fewer than two members, {@code labels} does not have
     *         one class per test digit, or a member is right on every digit or wrong on every digit
     */
    public double meanPairwisePhi(int[] labels) {
        requireLabels(labels);
        if (members.size() < 2) {
            throw new IllegalArgumentException("members must be at least 2 for a pairwise φ, got " + members.size());
        }
        List<int[]> predicted = predictions();
        for (int m = 0; m < predicted.size(); m++) {
            int wrong = 0;
            for (int i = 0; i < labels.length; i++) {
                wrong += predicted.get(m)[i] != labels[i] ? 1 : 0;
            }
            if (wrong == 0 || wrong == labels.length) {
                throw new IllegalArgumentException("labels must leave every member wrong on some digits and right on"
                        + " others for φ to be defined, but member " + members.get(m).name() + " is wrong on " + wrong
                        + " of " + labels.length);
            }
        }
        double s = 0;
        int pairs = 0;
        for (int a = 0; a < predicted.size(); a++) {
            for (int b = a + 1; b < predicted.size(); b++) {
                s += ErrorCorrelation.phi(predicted.get(a), predicted.get(b), labels);
                pairs++;
            }
        }
        return s / pairs;
    }

    /**
     * The number of test digits that every member misreads: beyond the reach of any rule.
     *
     * @throws IllegalArgumentException if {@code labels} does not have one class per test digit
     */
    public int missedByEvery(int[] labels) {
        return countMisread(labels, true);
    }

    /**
     * The number of test digits that at least one member misreads.
     *
     * @throws IllegalArgumentException if {@code labels} does not have one class per test digit
     */
    public int missedBySome(int[] labels) {
        return countMisread(labels, false);
    }

    /**
     * The committees' test errors as a table, one row per committee and rule: "committee", "rule",
     * "test error (%)", "± s.e. (%)" (the binomial standard error) and "mean error of its members (%)".
     *
     * @param committees the committees, in the order of the rows
     * @param labels     the true class of every test digit
     * @return the table, titled "Committee test errors on the n test digits"
     * @throws IllegalArgumentException if an argument or a committee is null, or {@code labels} does not
     *         have one class per test digit of every committee
     */
    public static Table errorTable(List<CommitteeOfNets> committees, int[] labels) {
        Require.notNull(labels, "labels");
        StringColumn committee = StringColumn.create("committee");
        StringColumn rule = StringColumn.create("rule");
        DoubleColumn error = DoubleColumn.create("test error (%)");
        DoubleColumn standardError = DoubleColumn.create("± s.e. (%)");
        DoubleColumn meanMember = DoubleColumn.create("mean error of its members (%)");
        for (CommitteeOfNets c : requireCommittees(committees)) {
            double meanMemberError = c.meanMemberError(labels);
            for (Committee.Rule r : Committee.Rule.values()) {
                ErrorRate e = c.error(r, labels);
                committee.append(c.name());
                rule.append(r.label());
                error.append(100 * e.rate());
                standardError.append(100 * e.standardError());
                meanMember.append(100 * meanMemberError);
            }
        }
        return Table.create(Format.text("Committee test errors on the %,d test digits", labels.length),
                committee, rule, error, standardError, meanMember);
    }

    /**
     * The rules compared with each other within each committee, on the same test digits
     * ({@link ErrorRate#compare}): one row per committee and pair of rules A, B (vote vs average, vote vs
     * median, average vs median), with "difference (%)" = error(A) − error(B), "± paired s.e. (%)" and
     * "z = difference / s.e." (0 where the two rules agree on every digit).
     *
     * @param committees the committees, in the order of the rows
     * @param labels     the true class of every test digit
     * @return the table, titled "Committee rules compared on the same test digits (A − B)"
     * @throws IllegalArgumentException as {@link #errorTable}
     */
    public static Table ruleComparisonTable(List<CommitteeOfNets> committees, int[] labels) {
        Require.notNull(labels, "labels");
        StringColumn committee = StringColumn.create("committee");
        StringColumn pair = StringColumn.create("A vs B");
        DoubleColumn difference = DoubleColumn.create("difference (%)");
        DoubleColumn standardError = DoubleColumn.create("± paired s.e. (%)");
        DoubleColumn z = DoubleColumn.create("z = difference / s.e.");
        Committee.Rule[] rules = Committee.Rule.values();
        for (CommitteeOfNets c : requireCommittees(committees)) {
            c.requireLabels(labels);
            for (int a = 0; a < rules.length; a++) {
                for (int b = a + 1; b < rules.length; b++) {
                    ErrorRate.PairedComparison d = ErrorRate.compare(c.decide(rules[a]), c.decide(rules[b]), labels);
                    committee.append(c.name());
                    pair.append(rules[a].label() + " vs " + rules[b].label());
                    difference.append(100 * d.difference());
                    standardError.append(100 * d.standardError());
                    z.append(d.standardError() > 0 ? d.difference() / d.standardError() : 0.0);
                }
            }
        }
        return Table.create("Committee rules compared on the same test digits (A − B)",
                committee, pair, difference, standardError, z);
    }

    private static List<CommitteeOfNets> requireCommittees(List<CommitteeOfNets> committees) {
        Require.notNull(committees, "committees");
        for (int c = 0; c < committees.size(); c++) {
            Require.notNull(committees.get(c), "committees[" + c + "]");
        }
        return committees;
    }

    private int countMisread(int[] labels, boolean byEvery) {
        requireLabels(labels);
        List<int[]> predicted = predictions();
        int count = 0;
        for (int i = 0; i < labels.length; i++) {
            int wrong = 0;
            for (int[] p : predicted) {
                if (p[i] != labels[i]) {
                    wrong++;
                }
            }
            if (byEvery ? wrong == predicted.size() : wrong > 0) {
                count++;
            }
        }
        return count;
    }

    private List<int[]> predictions() {
        return members.stream().map(Member::predicted).toList();
    }

    private void requireLabels(int[] labels) {
        Require.notNull(labels, "labels");
        int digits = members.get(0).testDigits();
        if (labels.length != digits) {
            throw new IllegalArgumentException("labels must have one class per test digit (" + digits + "), got "
                    + labels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("labels[" + i + "] must be a class >= 0, got " + labels[i]);
            }
        }
    }
}

package thw2.nn;

import java.util.Locale;
import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * A weight-initialization scheme: how each weight W_jk of a layer with fan-in n_in and fan-out
 * n_out is drawn. Immutable; the randomness comes from the generator passed to {@link #sample}, so
 * a network built with a seed is reproducible.
 *
 * <ul>
 *   <li>{@link #constant(double) constant(c)}: W_jk = c (all equal; {@link #zero()} is c = 0).</li>
 *   <li>{@link #uniform(double) uniform(s)}: W_jk ~ U(−s, s), variance s²/3.</li>
 *   <li>{@link #normal(double) normal(s)}: W_jk ~ N(0, s²).</li>
 *   <li>{@link #xavier()}: W_jk ~ U(−a, a) with a = √(6/(n_in+n_out)), variance 2/(n_in+n_out)
 *       ({@link #xavier(double) xavier(g)} multiplies a by a gain g)
 *       (Glorot &amp; Bengio, "Understanding the difficulty of training deep feedforward neural
 *       networks", AISTATS 2010, eq. 16).</li>
 *   <li>{@link #he()}: W_jk ~ N(0, 2/n_in) (He, Zhang, Ren &amp; Sun, "Delving deep into
 *       rectifiers", ICCV 2015, eq. 10), made for ReLU layers.</li>
 * </ul>
 * Biases are not drawn by the scheme: {@link Mlp.Builder#initialBias(double)} sets them (default 0).
 */
public final class Init {
    /** The family of the scheme. */
    public enum Kind { CONSTANT, UNIFORM, NORMAL, XAVIER, HE }

    private final Kind kind;
    private final double value; // the constant, the scale, or the gain of XAVIER and HE

    private Init(Kind kind, double value) {
        this.kind = kind;
        this.value = value;
    }

    /** Every weight equal to {@code c}. */
    public static Init constant(double c) {
        return new Init(Kind.CONSTANT, Require.finite(c, "c"));
    }

    /** Every weight 0. */
    public static Init zero() {
        return constant(0.0);
    }

    /** W ~ U(−scale, scale). */
    public static Init uniform(double scale) {
        return new Init(Kind.UNIFORM, Require.positive(scale, "scale"));
    }

    /** W ~ N(0, std²). */
    public static Init normal(double std) {
        return new Init(Kind.NORMAL, Require.positive(std, "std"));
    }

    /** Xavier/Glorot uniform: W ~ U(±√(6/(n_in+n_out))). */
    public static Init xavier() {
        return xavier(1.0);
    }

    /**
     * Xavier/Glorot uniform with a gain g: W ~ U(±g·√(6/(n_in+n_out))). The plain scheme assumes
     * f'(0) = 1 (tanh); a unit with f'(0) = s needs g = 1/s to keep the same variances, so g = 4 for
     * the logistic sigmoid (σ'(0) = 1/4).
     */
    public static Init xavier(double gain) {
        return new Init(Kind.XAVIER, Require.positive(gain, "gain"));
    }

    /** He (Kaiming) normal: W ~ N(0, 2/n_in). */
    public static Init he() {
        return new Init(Kind.HE, 1.0);
    }

    public Kind kind() {
        return kind;
    }

    /** One weight of a layer with the given fan-in and fan-out. */
    public double sample(int fanIn, int fanOut, SplittableRandom rng) {
        Require.positive(fanIn, "fanIn");
        Require.positive(fanOut, "fanOut");
        Require.notNull(rng, "rng");
        switch (kind) {
            case CONSTANT:
                return value;
            case UNIFORM:
                return uniform(rng, value);
            case NORMAL:
                return Require.finiteResult(value * rng.nextGaussian(), "a weight drawn from N(0, std²) with std = "
                        + value, "std is too large");
            case XAVIER: {
                double a = value * Math.sqrt(6.0 / ((double) fanIn + fanOut));
                return uniform(rng, Require.finiteResult(a, "the Xavier bound gain·√(6/(fanIn + fanOut))",
                        "the gain is too large"));
            }
            case HE:
                return Math.sqrt(2.0 / fanIn) * rng.nextGaussian();
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * U(−a, a): {@code rng.nextDouble(-a, a)}, which refuses a range 2a beyond the double range; then
     * twice a draw from U(−a/2, a/2), the same draw (halving and doubling are exact).
     */
    private static double uniform(SplittableRandom rng, double a) {
        return Double.isFinite(2 * a) ? rng.nextDouble(-a, a) : 2 * rng.nextDouble(-a / 2, a / 2);
    }

    /** The standard deviation of the weights the scheme draws (0 for a constant). */
    public double standardDeviation(int fanIn, int fanOut) {
        Require.positive(fanIn, "fanIn");
        Require.positive(fanOut, "fanOut");
        switch (kind) {
            case CONSTANT:
                return 0.0;
            case UNIFORM:
                return value / Math.sqrt(3.0);
            case NORMAL:
                return value;
            case XAVIER:
                return value * Math.sqrt(2.0 / ((double) fanIn + fanOut));
            case HE:
                return Math.sqrt(2.0 / fanIn);
            default:
                throw new AssertionError(kind);
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case CONSTANT:
                return value == 0.0 ? "zero" : String.format(Locale.ROOT, "constant(%s)", value);
            case UNIFORM:
                return String.format(Locale.ROOT, "uniform(±%s)", value);
            case NORMAL:
                return String.format(Locale.ROOT, "normal(0, %s²)", value);
            case XAVIER:
                return value == 1.0 ? "Xavier" : String.format(Locale.ROOT, "Xavier×%s", value);
            case HE:
                return "He";
            default:
                throw new AssertionError(kind);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Init && ((Init) o).kind == kind
                && Double.compare(((Init) o).value, value) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(value);
    }
}

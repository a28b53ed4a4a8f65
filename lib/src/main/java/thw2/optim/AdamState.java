package thw2.optim;

/**
 * Adam's full state after step t (Kingma &amp; Ba 2015, Algorithm 1): θ_t, g_t, the moment estimates
 * m_t and v_t, the estimates actually used in the update, m̂_t and v̂_t, and the update Δθ_t.
 * When a bias correction is switched off, the corresponding "hat" value equals the raw moment
 * (that is what the update then uses). Immutable: accessors return copies.
 */
public final class AdamState extends StepState {
    final double[] m;
    final double[] v;
    final double[] mHat;
    final double[] vHat;

    /** Package-private: arrays are taken over, not copied (the optimizer creates them fresh). */
    AdamState(int t, double[] theta, double[] gradient, double[] m, double[] v, double[] mHat, double[] vHat,
              double[] update) {
        super(t, theta, gradient, update);
        this.m = m;
        this.v = v;
        this.mHat = mHat;
        this.vHat = vHat;
    }

    /** m_t = β₁m_{t−1} + (1 − β₁)g_t, the biased first moment estimate (m₀ = 0). */
    public double[] m() {
        return m.clone();
    }

    /** v_t = β₂v_{t−1} + (1 − β₂)g_t², the biased second raw moment estimate (v₀ = 0). */
    public double[] v() {
        return v.clone();
    }

    /** m̂_t = m_t / (1 − β₁ᵗ), or m_t when the first-moment correction is off (zeros at t = 0). */
    public double[] mHat() {
        return mHat.clone();
    }

    /** v̂_t = v_t / (1 − β₂ᵗ), or v_t when the second-moment correction is off (zeros at t = 0). */
    public double[] vHat() {
        return vHat.clone();
    }

    /** Coordinate {@code i} of m_t. */
    public double m(int i) {
        return m[thw2.args.Require.index(i, m.length, "i")];
    }

    /** Coordinate {@code i} of v_t. */
    public double v(int i) {
        return v[thw2.args.Require.index(i, v.length, "i")];
    }

    /** Coordinate {@code i} of m̂_t. */
    public double mHat(int i) {
        return mHat[thw2.args.Require.index(i, mHat.length, "i")];
    }

    /** Coordinate {@code i} of v̂_t. */
    public double vHat(int i) {
        return vHat[thw2.args.Require.index(i, vHat.length, "i")];
    }

    @Override
    public String toString() {
        return describe("AdamState", ", m=" + java.util.Arrays.toString(m) + ", v=" + java.util.Arrays.toString(v));
    }
}

package thw2.committee;

/**
 * The trainer's inner loops: each method is one pass over the entries j ∈ [0, w) of a row, simple
 * enough for the JIT (C2 on Java 17) to turn into 512-bit vector code. A method that does the work of
 * several plain updates in one pass computes, rounding included, exactly what those updates would
 * compute one after the other: the value of an entry goes through the same float operations in the same
 * order and is merely kept in a register between them. (C2 does not fuse a·b + c into one FMA, so every
 * product and every sum is rounded to float, as the Java language requires.)
 *
 * <p>Why at most five source rows per pass: C2 stops vectorizing a loop whose body is larger (measured
 * on Java 17 with AVX-512: five rows plus the target vectorize, six rows plus the target do not). Why
 * fuse at all: every pass has a fixed cost (loop set-up, a scalar pre-loop that aligns the stores), and
 * the sparse input layer makes many short sums.
 */
final class RowKernels {
    private RowKernels() {}

    /**
     * t ← t + Σᵢ c[cFrom + i]·rows[which[wFrom + i]] over i ∈ [0, m), in the trainer's fixed grouping:
     * terms in groups of four, each group summed left to right and then added to t,
     * ((t + (c₀r₀ + c₁r₁ + c₂r₂ + c₃r₃)) + …), and the last m mod 4 terms added to t one by one. One pass
     * per group, the remainder fused into one pass. The rows are named by index ({@code which}) rather
     * than gathered into an array of references: storing references costs a GC write barrier each.
     */
    static void accumulate(float[] t, float[] c, int cFrom, float[][] rows, int[] which, int wFrom, int m, int w) {
        int groups = m >> 2;
        int rest = m & 3;
        int fullGroups = rest == 1 && groups > 0 ? groups - 1 : groups;
        int i = 0;
        for (int g = 0; g < fullGroups; g++, i += 4) {
            int a = cFrom + i;
            int b = wFrom + i;
            group(t, c[a], rows[which[b]], c[a + 1], rows[which[b + 1]], c[a + 2], rows[which[b + 2]], c[a + 3],
                    rows[which[b + 3]], w);
        }
        int a = cFrom + i;
        int b = wFrom + i;
        if (fullGroups < groups) {
            groupAndOne(t, c[a], rows[which[b]], c[a + 1], rows[which[b + 1]], c[a + 2], rows[which[b + 2]],
                    c[a + 3], rows[which[b + 3]], c[a + 4], rows[which[b + 4]], w);
            return;
        }
        switch (rest) {
            case 1 -> one(t, c[a], rows[which[b]], w);
            case 2 -> two(t, c[a], rows[which[b]], c[a + 1], rows[which[b + 1]], w);
            case 3 -> three(t, c[a], rows[which[b]], c[a + 1], rows[which[b + 1]], c[a + 2], rows[which[b + 2]], w);
            default -> { }
        }
    }

    /** t ← t + (((c₀r₀ + c₁r₁) + c₂r₂) + c₃r₃). */
    static void group(float[] t, float c0, float[] r0, float c1, float[] r1, float c2, float[] r2, float c3,
                      float[] r3, int w) {
        for (int j = 0; j < w; j++) {
            t[j] += c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j];
        }
    }

    /** t ← (t + (((c₀r₀ + c₁r₁) + c₂r₂) + c₃r₃)) + c₄r₄: a group, then one term. */
    static void groupAndOne(float[] t, float c0, float[] r0, float c1, float[] r1, float c2, float[] r2, float c3,
                            float[] r3, float c4, float[] r4, int w) {
        for (int j = 0; j < w; j++) {
            t[j] = (t[j] + (c0 * r0[j] + c1 * r1[j] + c2 * r2[j] + c3 * r3[j])) + c4 * r4[j];
        }
    }

    /** t ← t + c₀r₀. */
    static void one(float[] t, float c0, float[] r0, int w) {
        for (int j = 0; j < w; j++) {
            t[j] += c0 * r0[j];
        }
    }

    /** t ← (t + c₀r₀) + c₁r₁: two terms, one by one. */
    static void two(float[] t, float c0, float[] r0, float c1, float[] r1, int w) {
        for (int j = 0; j < w; j++) {
            t[j] = (t[j] + c0 * r0[j]) + c1 * r1[j];
        }
    }

    /** t ← ((t + c₀r₀) + c₁r₁) + c₂r₂: three terms, one by one. */
    static void three(float[] t, float c0, float[] r0, float c1, float[] r1, float c2, float[] r2, int w) {
        for (int j = 0; j < w; j++) {
            t[j] = ((t[j] + c0 * r0[j]) + c1 * r1[j]) + c2 * r2[j];
        }
    }

    /** t ← Σₙ r[n] over n ∈ [0, m), added left to right to 0 ((((0 + r₀) + r₁) + r₂) + …). */
    static void sum(float[] t, float[][] r, int m, int w) {
        int n = 0;
        if (m >= 4) {
            float[] r0 = r[0];
            float[] r1 = r[1];
            float[] r2 = r[2];
            float[] r3 = r[3];
            for (int j = 0; j < w; j++) {
                t[j] = (((0f + r0[j]) + r1[j]) + r2[j]) + r3[j];
            }
            n = 4;
        } else {
            java.util.Arrays.fill(t, 0, w, 0f);
        }
        for (; n + 3 < m; n += 4) {
            float[] r0 = r[n];
            float[] r1 = r[n + 1];
            float[] r2 = r[n + 2];
            float[] r3 = r[n + 3];
            for (int j = 0; j < w; j++) {
                t[j] = (((t[j] + r0[j]) + r1[j]) + r2[j]) + r3[j];
            }
        }
        for (; n < m; n++) {
            float[] r0 = r[n];
            for (int j = 0; j < w; j++) {
                t[j] += r0[j];
            }
        }
    }

    /** t ← t − η·s. */
    static void step(float[] t, float eta, float[] s, int w) {
        for (int j = 0; j < w; j++) {
            t[j] -= eta * s[j];
        }
    }

    /**
     * 1 where a &gt; 0 and 0 where a = 0, for a ≥ 0 (a ReLU output), with vectorizable operations only:
     * min(min(a·2¹⁰⁰, 1)·2¹⁰⁰, 1). Two factors 2¹⁰⁰ because the smallest positive float is 2⁻¹⁴⁹ and
     * 2¹⁴⁹ is not a float.
     */
    static float positive(float a) {
        return Math.min(Math.min(a * 0x1p100f, 1f) * 0x1p100f, 1f);
    }
}

package thw2.digits;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PreprocessingTest {
    private static final int N = 28;

    /** A bar of ink along x = x0 + slope·(y − y0), rows y0−len…y0+len, two pixels wide (anti-aliased). */
    private static float[] slantedBar(double x0, double y0, double slope, int len) {
        float[] im = new float[N * N];
        for (int y = (int) y0 - len; y <= (int) y0 + len; y++) {
            double centre = x0 + slope * (y - y0);
            for (int x = 0; x < N; x++) {
                double d = Math.abs(x - centre);
                im[y * N + x] = (float) Math.max(0, Math.min(1, 1.5 - d));
            }
        }
        return im;
    }

    private static double sum(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void deslantingMakesASlantedBarVertical() {
        float[] bar = slantedBar(14, 14, 0.45, 8);
        InkMoments before = InkMoments.of(bar, N, N);
        assertEquals(0.45, before.slant(), 0.02, "the moments see the slope of the bar");
        float[] out = Deslanting.apply(bar, N, N);
        InkMoments after = InkMoments.of(out, N, N);
        assertEquals(0.0, after.slant(), 1e-9, "S'xy = 0");
        // every row's centroid sits in the same column
        for (int y = 6; y <= 22; y++) {
            double m = 0;
            double mx = 0;
            for (int x = 0; x < N; x++) {
                m += out[y * N + x];
                mx += out[y * N + x] * x;
            }
            assertEquals(after.meanX(), mx / m, 1e-4, "row " + y);
        }
        assertEquals(sum(bar), sum(out), 1e-4, "no ink lost");
        assertEquals(before.meanX(), after.meanX(), 1e-9, "centre of mass kept");
        assertEquals(before.syy(), after.syy(), 1e-6 * before.syy(), "rows kept");
    }

    @Test
    void deslantingRealDigitsZeroesTheCrossMoment() {
        DigitSet d = Mnist.embedded();
        for (int i = 3; i < d.size(); i += 211) {
            float[] im = d.image(i);
            float[] out = Deslanting.apply(im, N, N);
            double lost = sum(im) - sum(out);
            if (Math.abs(lost) < 1e-4) { // no ink pushed out of the frame
                InkMoments m = InkMoments.of(out, N, N);
                assertEquals(0.0, m.sxy() / m.syy(), 1e-5, "digit " + i);
            }
            for (float v : out) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
    }

    @Test
    void principalAxisAngleIsIllPosedForRoundAndWideShapes() {
        float[] ring = new float[N * N];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                double r = Math.hypot(x - 13.5, y - 13.5);
                ring[y * N + x] = r > 6 && r < 9 ? 1f : 0f;
            }
        }
        InkMoments round = InkMoments.of(ring, N, N);
        assertTrue(Double.isNaN(round.principalAxisAngleFromVertical()), "a ring has no principal axis");
        assertEquals(0.0, round.slant(), 1e-12, "but its slant is 0");
        float[] wide = new float[N * N];
        for (int x = 4; x < 24; x++) {
            wide[13 * N + x] = 1f;
            wide[14 * N + x] = 1f;
        }
        assertEquals(Math.PI / 2, InkMoments.of(wide, N, N).principalAxisAngleFromVertical(), 1e-12,
                "a horizontal stroke's principal axis is horizontal");
        assertEquals(0.0, InkMoments.of(wide, N, N).slant(), 1e-12);
    }

    @Test
    void widthNormalizationGivesTheRequestedCentredBox() {
        DigitSet d = Mnist.embedded();
        for (int w = 8; w <= 20; w += 2) {
            WidthNormalization wn = WidthNormalization.of(w);
            for (int i = 5; i < d.size(); i += 331) {
                float[] im = d.image(i);
                InkBox before = InkBox.of(im, N, N).orElseThrow();
                float[] out = wn.apply(im, N, N);
                assertEquals(N * N, out.length);
                for (float v : out) {
                    assertTrue(v >= 0 && v <= 1);
                }
                if (wn.keepsUnchanged(im, N, N)) {
                    assertArrayEquals(im, out, 0f, "narrow digit " + i + " kept");
                    continue;
                }
                InkBox after = InkBox.of(out, N, N).orElseThrow();
                assertEquals(new InkBox(4, (N - w) / 2, 23, (N - w) / 2 + w - 1), after, "digit " + i + ", width " + w);
                // area averaging scales the total ink by the area ratio
                double ratio = (double) (w * 20) / (before.width() * before.height());
                assertEquals(sum(im) * ratio, sum(out), 1e-3 * sum(out), "ink of digit " + i);
            }
        }
    }

    @Test
    void theLabelFreeRuleKeepsMostOnesAndAlmostNothingElse() {
        DigitSet d = Mnist.embedded();
        WidthNormalization afterDeslanting = WidthNormalization.of(12);
        WidthNormalization asWritten = new WidthNormalization(12, 20, 7, false);
        int[] ones = new int[2];
        int[] others = new int[2];
        int totalOnes = d.classCounts()[1];
        for (int i = 0; i < d.size(); i++) {
            float[] im = d.image(i);
            int[] counter = d.label(i) == 1 ? ones : others;
            counter[0] += afterDeslanting.keepsUnchanged(im, N, N) ? 1 : 0;
            counter[1] += asWritten.keepsUnchanged(im, N, N) ? 1 : 0;
        }
        assertTrue(ones[0] > 0.75 * totalOnes, ones[0] + " of " + totalOnes + " ones kept after deslanting");
        assertTrue(others[0] <= 10, others[0] + " other digits kept");
        assertTrue(ones[1] < 0.4 * totalOnes, "measured as written, most ones are wider than 7 px: " + ones[1]);
        // the rule without deslanting is the plain ink box width
        float[] im = d.image(0);
        assertEquals(InkBox.of(im, N, N).orElseThrow().width() <= 7, asWritten.keepsUnchanged(im, N, N));
    }

    @Test
    void areaWeightsAreConvexAndReproduceIntegerScalings() {
        double[][] w = WidthNormalization.areaWeights(7, 20);
        for (double[] row : w) {
            double s = 0;
            for (double v : row) {
                assertTrue(v >= 0);
                s += v;
            }
            assertEquals(1.0, s, 1e-12);
        }
        double[][] half = WidthNormalization.areaWeights(4, 2); // 2:1 → pairs averaged
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, half[0], 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5}, half[1], 1e-12);
    }

    @Test
    void setLevelTransformsKeepLabelsAndRename() {
        DigitSet d = Mnist.embedded().subset(new int[] {0, 1500, 9999}, "three");
        DigitSet w = WidthNormalization.of(12).apply(d);
        DigitSet s = Deslanting.apply(d);
        assertArrayEquals(d.labels(), w.labels());
        assertArrayEquals(d.labels(), s.labels());
        assertEquals("three, width 12", w.name());
        assertEquals("three, deslanted", s.name());
        assertThrows(IllegalArgumentException.class, () -> WidthNormalization.of(0));
        assertThrows(IllegalArgumentException.class, () -> WidthNormalization.of(30).apply(d.image(0), N, N));
    }
}

package thw2.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Variant, PrincipalAxisSurvey, WidthNormalization.keptPerClass and Deslanting.principalAxisShear. */
class SurveyAndVariantsTest {
    private static final int R = 5;
    private static final int C = 5;

    /** A 5 × 5 image with ink 1 at the given (x, y) pairs. */
    private static float[] ink(int... xy) {
        float[] im = new float[R * C];
        for (int j = 0; j < xy.length; j += 2) {
            im[xy[j + 1] * C + xy[j]] = 1;
        }
        return im;
    }

    private static DigitSet set(float[]... images) {
        byte[] px = new byte[images.length * R * C];
        byte[] labels = new byte[images.length];
        for (int i = 0; i < images.length; i++) {
            labels[i] = (byte) i;
            for (int p = 0; p < R * C; p++) {
                px[i * R * C + p] = (byte) Math.round(images[i][p] * 255);
            }
        }
        return DigitSet.of("hand-made", R, C, px, labels);
    }

    // class 0: a horizontal bar (S_yy = 0: φ = 90°, slant 0); class 1: a vertical bar (φ = 0);
    // class 2: one pixel (S_xx = S_yy = S_xy = 0: φ undefined); class 3: the diagonal x = y (slant 1);
    // class 4: the line x = 2y through (0, 0), (2, 1), (4, 2): S_xy = 4, S_yy = 2, S_xx = 8, slant 2 and
    // φ = atan 2 = 63.4°
    private static final DigitSet SHAPES = set(ink(0, 2, 1, 2, 2, 2, 3, 2, 4, 2), ink(2, 0, 2, 1, 2, 2, 2, 3, 2, 4),
            ink(2, 2), ink(0, 0, 1, 1, 2, 2, 3, 3, 4, 4), ink(0, 0, 2, 1, 4, 2));

    @Test
    void surveyByHand() {
        PrincipalAxisSurvey s = PrincipalAxisSurvey.of(SHAPES);
        assertEquals(5, s.size());
        assertEquals(Math.PI / 2, s.angle(0), 1e-15);
        assertEquals(0, s.angle(1), 1e-15);
        assertTrue(Double.isNaN(s.angle(2)));
        assertEquals(Math.atan(2), s.angle(4), 1e-12);
        assertArrayEquals(new int[] {1, 0, 1, 0, 1, 0, 0, 0, 0, 0}, s.axisNearerHorizontalByClass());
        assertEquals(1, s.slantAbove(1), "only the line x = 2y");
        assertEquals(2, s.slantAbove(0.5));
        assertArrayEquals(new int[] {0, 4}, s.examples(Math.PI / 3, 6, -1), "90° and 63.4° > 60°");
        assertArrayEquals(new int[] {4}, s.examples(Math.PI / 3, 6, 0));
        assertArrayEquals(new int[] {0}, s.examples(Math.PI / 3, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> s.examples(Double.NaN, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> s.angle(5));
    }

    @Test
    void theSeedsShearEqualsDeslantingOnAStraightLine() {
        // for ink along a line, tan φ = S_xy / S_yy: here both are 2
        float[] line = SHAPES.image(4);
        assertArrayEquals(Deslanting.apply(line, R, C), Deslanting.principalAxisShear(line, R, C), 1e-6f);
        float[] dot = SHAPES.image(2);
        assertArrayEquals(dot, Deslanting.principalAxisShear(dot, R, C), "an undefined axis: unchanged");
        assertArrayEquals(new float[R * C], Deslanting.principalAxisShear(new float[R * C], R, C));
    }

    @Test
    void keptPerClassCountsTheNarrowDigits() {
        // at most 1 px wide, measured as written: the vertical bar and the dot
        int[] kept = new WidthNormalization(3, 3, 1, false).keptPerClass(SHAPES);
        assertArrayEquals(new int[] {0, 1, 1, 0, 0, 0, 0, 0, 0, 0}, kept);
    }

    @Test
    void theNineTrainingSets() {
        DigitSet train = Mnist.embedded().subset(IntStream.range(0, 30).map(i -> i * 331).toArray(), "train");
        DigitSet test = Mnist.embedded().subset(IntStream.range(0, 10).map(i -> i * 997 + 3).toArray(), "test");
        List<Variant> v = Variant.nineTrainingSets(train, test);
        assertEquals(List.of("original", "deslanted", "width 8", "width 10", "width 12", "width 14", "width 16",
                "width 18", "width 20"), v.stream().map(Variant::name).toList());
        assertTrue(v.get(0).train().sameContent(train));
        assertTrue(v.get(1).test().sameContent(Deslanting.apply(test)));
        assertTrue(v.get(4).train().sameContent(WidthNormalization.of(12).apply(train)));
        assertThrows(IllegalArgumentException.class, () -> new Variant("x", train, SHAPES));
        assertThrows(IllegalArgumentException.class, () -> Variant.nineTrainingSets(SHAPES, SHAPES));
    }
}

package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InkGeometryTest {
    @Test
    void momentsOfADiagonalByHand() {
        // pixels (x, y) = (0, 0), (1, 1), (2, 2): centre (1, 1), S_xy = (−1)(−1) + 0 + 1·1 = 2, S_yy = 2
        float[] diagonal = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        assertEquals(3, InkGeometry.mass(diagonal));
        assertEquals(2, InkGeometry.sxy(diagonal, 3, 3), 1e-15);
        assertEquals(2, InkGeometry.syy(diagonal, 3, 3), 1e-15);
        float[] antiDiagonal = {0, 0, 1, 0, 1, 0, 1, 0, 0};
        assertEquals(-2, InkGeometry.sxy(antiDiagonal, 3, 3), 1e-15);
        // two half-grey pixels in one column, rows 0 and 2 of a 3 × 2 image: ȳ = 1, S_yy = 0.5 + 0.5
        float[] column = {0.5f, 0, 0, 0, 0.5f, 0};
        assertEquals(1, InkGeometry.syy(column, 3, 2), 1e-15);
        assertEquals(0, InkGeometry.sxy(column, 3, 2), 1e-15);
        assertEquals(0, InkGeometry.sxy(new float[4], 2, 2), "a blank image");
    }

    @Test
    void inkBoxByHand() {
        // rows 1–2, columns 0–2 of a 3 × 4 image
        float[] im = {0, 0, 0, 0,
                      0, 0, 0.2f, 0,
                      1, 0, 0, 0};
        assertArrayEquals(new int[] {1, 0, 2, 2}, InkGeometry.inkBox(im, 3, 4));
        assertArrayEquals(new int[0], InkGeometry.inkBox(new float[12], 3, 4));
        assertThrows(IllegalArgumentException.class, () -> InkGeometry.inkBox(im, 4, 4));
        assertThrows(IllegalArgumentException.class, () -> InkGeometry.mass(new float[] {Float.NaN}));
    }
}

package thw2.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void shortestFormReadsBackAsTheSameDouble() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(x)) {
                assertEquals(x, Double.parseDouble(Format.number(x)), Format.number(x));
            }
            double y = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 8));
            assertEquals(y, Double.parseDouble(Format.number(y)), Format.number(y));
        }
    }

    @Test
    void shortestFormIsPlainInTheMiddleRange() {
        assertEquals("0.001", Format.number(0.001));
        assertEquals("0.9", Format.number(0.9));
        assertEquals("2", Format.number(2.0));
        assertEquals("0", Format.number(0.0));
        assertEquals("1.0E-8", Format.number(1e-8));
        assertEquals("NaN", Format.number(Double.NaN));
        assertEquals("-Infinity", Format.number(Double.NEGATIVE_INFINITY));
    }
}

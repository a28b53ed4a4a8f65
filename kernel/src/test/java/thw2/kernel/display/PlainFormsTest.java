package thw2.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PlainFormsTest {

    /** A picture that describes itself, as the library's charts do. */
    static final class Described extends BufferedImage {
        Described() {
            super(2, 2, TYPE_INT_RGB);
        }

        @Override
        public String toString() {
            return "[chart \"Loss\" 2×2: train]";
        }
    }

    @Test
    void picturesAreDescribedNeverByIdentity() {
        assertEquals("[image 4×3]", PlainForms.of(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), false, 50));
        assertEquals("[chart \"Loss\" 2×2: train]", PlainForms.of(new Described(), false, 50));
    }

    @Test
    void valuesAsJShellPrintsThem() {
        assertEquals("2", PlainForms.of(2, false, 50));
        assertEquals("aaa", PlainForms.of("aaa", false, 50));
        assertEquals("<b>x</b>", PlainForms.of("<b>x</b>", false, 50), "a string value is not HTML");
        assertEquals("null", PlainForms.of(null, false, 50));
        assertEquals("double[2] { 0.5, 2.0 }", PlainForms.of(new double[] {0.5, 2}, false, 50));
        assertEquals("String[2] { \"a\", null }", PlainForms.of(new String[] {"a", null}, false, 50));
        assertEquals("int[][2] { int[1] { 1 }, int[0] {  } }", PlainForms.of(new int[][] {{1}, {}}, false, 50));
        assertEquals("[1, a]", PlainForms.of(List.of(1, "a"), false, 50));
    }

    @Test
    void longSequencesAreCut() {
        assertEquals("int[5] { 0, 1, … 3 more }", PlainForms.of(IntStream.range(0, 5).toArray(), false, 2));
        assertEquals("[0, 1, … 3 more]", PlainForms.of(IntStream.range(0, 5).boxed().toList(), false, 2));
    }

    @Test
    void htmlAskedForIsReadAsHtml() {
        assertEquals("x < y", PlainForms.of("<p>x &lt; y</p>", true, 50));
    }
}

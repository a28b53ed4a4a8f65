package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;

class SparseImagesTest {
    @Test
    void holdsExactlyTheInkedPixelsWithTheirIntensities() {
        DigitSet set = Mnist.embedded().subset(IntStream.range(0, 300).map(i -> i * 31).toArray(), "some");
        SparseImages s = SparseImages.of(set);
        assertEquals(300, s.size);
        assertEquals(784, s.inputs);
        for (int i = 0; i < set.size(); i++) {
            float[] image = set.image(i); // g/255 computed by the data class, by division
            int q = s.start[i];
            for (int p = 0; p < 784; p++) {
                if (image[p] != 0) {
                    assertEquals(p, s.index[q], "image " + i);
                    assertEquals(image[p], s.value[q], 0f, "image " + i + ", pixel " + p);
                    q++;
                }
            }
            assertEquals(s.start[i + 1], q, "image " + i + " has no other entries");
            assertEquals(set.label(i), s.labels[i]);
        }
    }

    @Test
    void aSetIsConvertedOnceAndAnotherSetOfTheSameDigitsOnItsOwn() {
        DigitSet set = Mnist.embedded().subset(new int[] {5, 6, 7}, "three");
        DigitSet copy = Mnist.embedded().subset(new int[] {5, 6, 7}, "three again");
        SparseImages first = SparseImages.of(set);
        assertSame(first, SparseImages.of(set));
        SparseImages other = SparseImages.of(copy);
        assertNotSame(first, other);
        assertArrayEquals(first.value, other.value, 0f);
    }
}

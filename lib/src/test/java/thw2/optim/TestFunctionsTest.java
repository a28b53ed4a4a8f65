package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;
import thw2.stats.RunningStats;

class TestFunctionsTest {
    @Test
    void gradientsMatchFiniteDifferences() {
        for (Objective f : new Objective[] {TestFunctions.rosenbrock(), TestFunctions.rosenbrock(2, 5),
                TestFunctions.beale()}) {
            for (double[] p : new double[][] {{-1.2, 1}, {0.3, -0.7}, {2, 0.4}, {1.5, 1.5}}) {
                double err = GradientCheck.maxRelativeError(f.gradient(p),
                        GradientCheck.numericalGradient(f::value, p), 1e-6);
                assertTrue(err < 1e-7, "error " + err);
            }
        }
    }

    @Test
    void minimaAreWhereTheLiteratureSays() {
        Objective r = TestFunctions.rosenbrock();
        assertEquals(0, r.value(new double[] {1, 1}));
        assertArrayEquals(new double[] {0, 0}, r.gradient(new double[] {1, 1}), 0);
        assertEquals(24.2, r.value(new double[] {-1.2, 1}), 1e-12); // (2.2)² + 100(1 − 1.44)²
        Objective b = TestFunctions.beale();
        assertEquals(0, b.value(new double[] {3, 0.5}), 1e-15);
        assertArrayEquals(new double[] {0, 0}, b.gradient(new double[] {3, 0.5}), 1e-14);
        assertEquals(14.203125, b.value(new double[] {0, 0}), 1e-12); // 1.5² + 2.25² + 2.625²
    }

    @Test
    void objectiveOfChecksLengths() {
        Objective f = Objective.of(2, p -> 0, p -> new double[3]);
        assertThrows(IllegalArgumentException.class, () -> f.value(new double[1]));
        assertThrows(IllegalStateException.class, () -> f.gradient(new double[2]));
    }

    @Test
    void gaussianNoiseHasTheStatedMomentsAndIsReproducible() {
        GradientOracle o = GradientOracle.gaussianNoise(0.5, 2, 4);
        double[] g = o.gradient(3, new double[50_000]);
        RunningStats s = new RunningStats().addAll(g);
        assertTrue(Math.abs(s.mean() - 0.5) < 4 * s.standardError());
        assertEquals(4, s.variance(), 0.1); // s.e. of the variance ≈ σ²√(2/n) ≈ 0.025
        assertArrayEquals(g, GradientOracle.gaussianNoise(0.5, 2, 4).gradient(3, new double[50_000]), 0);
        double[] other = o.gradient(4, new double[50_000]);
        assertNotEquals(g[0], other[0]);
        assertThrows(IllegalArgumentException.class, () -> GradientOracle.gaussianNoise(0, -1, 1));
    }
}

package thw2.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearSystemTest {
    /** Row by row: G₁₁ … G₁ₙ then b₁, and so on; the diagonal gets 2√n (n = 4: 4). */
    @Test
    void drawsRowByRowAndShiftsTheDiagonal() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] draws = new double[4 * 4 + 4];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = rng.nextGaussian();
        }
        LinearSystem s = LinearSystem.wellConditioned(4, new SplittableRandom(5));
        assertEquals(4, s.size());
        assertEquals(draws[0] + 4, s.a()[0][0]);
        assertEquals(draws[1], s.a()[0][1]);
        assertEquals(draws[4], s.b()[0]);
        assertEquals(draws[5], s.a()[1][0]);
        assertEquals(draws[19], s.b()[3]);
    }

    /** n = 1: a = g₁ + 2, b = g₂, so x = g₂/(g₁ + 2), one division. */
    @Test
    void solvesWithItsCount() {
        SplittableRandom rng = new SplittableRandom(9);
        double g1 = rng.nextGaussian();
        double g2 = rng.nextGaussian();
        GaussianElimination.Solution x = LinearSystem.wellConditioned(1, new SplittableRandom(9)).solve();
        assertEquals(g2 / (g1 + 2), x.x()[0], 1e-15);
        assertEquals(1, x.multiplications());
    }

    @Test
    void copiesAndRefuses() {
        double[][] a = {{2, 0}, {0, 2}};
        LinearSystem s = new LinearSystem(a, new double[] {1, 1});
        a[0][0] = 99;
        s.a()[0][0] = 99;
        assertEquals(2, s.a()[0][0]);
        assertThrows(IllegalArgumentException.class, () -> new LinearSystem(a, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LinearSystem.wellConditioned(0, new SplittableRandom(1)));
    }
}

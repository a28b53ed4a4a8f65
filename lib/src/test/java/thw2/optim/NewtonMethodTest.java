package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.linalg.GaussianElimination;

class NewtonMethodTest {

    private static double[] randomVector(SplittableRandom rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    @Test
    void theNumericalNewtonStepIsOneMinusEtaTimesWForRandomNonsingularH() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + rng.nextInt(10);
            double[][] h = new double[n][];
            for (int i = 0; i < n; i++) {
                h[i] = randomVector(rng, n); // not symmetric, not definite
            }
            QuadraticBowl b = QuadraticBowl.of(h);
            if (b.isSingular() || Math.abs(b.lambdaMin()) < 1e-3 * Math.abs(b.lambdaMax())
                    || Math.min(Math.abs(b.lambdaMin()), Math.abs(b.lambdaMax())) < 1e-3) {
                continue;
            }
            NewtonMethod newton = NewtonMethod.on(b);
            double[] w = randomVector(rng, n);
            double eta = 0.1 + 2.5 * rng.nextDouble();
            double[] next = newton.step(w, eta);
            double[] d = newton.direction(w);
            double kappaAbs = 0;
            for (double l : b.eigenvalues()) {
                kappaAbs = Math.max(kappaAbs, Math.abs(b.lambdaMax() / l));
                kappaAbs = Math.max(kappaAbs, Math.abs(b.lambdaMin() / l));
            }
            double tol = 1e-14 * kappaAbs * n * QuadraticBowl.norm(w);
            for (int i = 0; i < n; i++) {
                assertEquals((1 - eta) * w[i], next[i], tol, "trial " + trial);
                assertEquals(w[i], d[i], tol);
            }
        }
    }

    @Test
    void convergesExactlyForEtaBetweenZeroAndTwoAndInOneStepAtOne() {
        QuadraticBowl b = QuadraticBowl.withEigenvalues(new double[] {0.01, 0.5, 3, 100}, 4);
        NewtonMethod newton = NewtonMethod.on(b);
        double[] w0 = {1, -1, 2, 0.5};
        double n0 = QuadraticBowl.norm(w0);
        for (double eta : new double[] {0.25, 0.5, 1, 1.5, 1.75, 1.99, 2, 2.01, 2.5, 3}) {
            double[][] path = newton.path(w0, eta, 40);
            double n40 = QuadraticBowl.norm(path[40]);
            if (eta < 2) {
                assertTrue(n40 < 0.9 * n0, "eta " + eta + " converges");
            } else if (eta == 2) {
                assertEquals(n0, n40, 1e-9 * n0, "eta = 2 keeps the norm");
                assertArrayEquals(w0, path[40], 1e-9);
                for (int i = 0; i < 4; i++) {
                    assertEquals(-w0[i], path[39][i], 1e-9);
                }
            } else {
                assertTrue(n40 > 1.1 * n0, "eta " + eta + " diverges");
            }
            assertEquals(Math.abs(1 - eta) < 1, NewtonMethod.converges(eta));
        }
        // condition number 1e4, still one step at eta = 1
        double[] one = newton.step(w0, 1);
        assertTrue(QuadraticBowl.norm(one) < 1e-11 * n0);
        assertEquals(0, b.value(one), 1e-20);
    }

    @Test
    void onAnIndefiniteBowlNewtonGoesToTheSaddleAndRaisesJ() {
        QuadraticBowl b = QuadraticBowl.planar(2, -1, 0.3);
        NewtonMethod newton = NewtonMethod.on(b);
        assertEquals(QuadraticBowl.Curvature.INDEFINITE, newton.target());
        double[] w0 = b.fromEigen(new double[] {1, 0.2}); // mostly along the negative direction (λ = -1)
        assertTrue(b.value(w0) < 0);
        double[] w1 = newton.step(w0, 1);
        assertEquals(0, QuadraticBowl.norm(w1), 1e-14);
        assertTrue(b.value(w1) > b.value(w0), "Newton increased J");
        double[] g = b.gradientDescentByIteration(w0, 0.1, 10);
        assertTrue(b.value(g) < b.value(w0), "gradient descent decreased J");
        assertTrue(QuadraticBowl.norm(g) > QuadraticBowl.norm(w0));
    }

    @Test
    void singularHAndBadEtaAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> NewtonMethod.on(QuadraticBowl.of(new double[][] {{1, 1}, {1, 1}})));
        assertTrue(e.getMessage().contains("nonsingular"));
        NewtonMethod newton = NewtonMethod.on(QuadraticBowl.of(new double[][] {{1, 0}, {0, 2}}));
        assertThrows(IllegalArgumentException.class, () -> newton.step(new double[] {1, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> newton.step(new double[] {1, 1}, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> newton.step(new double[] {1}, 1));
        assertThrows(ArithmeticException.class, () -> newton.path(new double[] {1, 1}, 3, 5000));
        assertThrows(IllegalArgumentException.class,
                () -> NewtonMethod.newtonDirection(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> NewtonMethod.newtonDirection(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1, 1}));
    }

    @Test
    void newtonDirectionAgreesWithAnIndependentEliminationSolver() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + rng.nextInt(40);
            double[][] a = new double[n][];
            for (int i = 0; i < n; i++) {
                a[i] = randomVector(rng, n);
                a[i][i] += 2 * Math.sqrt(n); // keep it well conditioned
            }
            double[] g = randomVector(rng, n);
            double[] lu = NewtonMethod.newtonDirection(a, g);
            double[] ge = GaussianElimination.solve(a, g).x();
            assertArrayEquals(ge, lu, 1e-11);
        }
    }
}

package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SgdMomentumTest {
    /** f(x) = ½hx²: gradient descent gives x_t = (1 − αh)ᵗ x₀ (closed form). */
    @Test
    void sgdOnAParabolaFollowsTheClosedForm() {
        double h = 3;
        double alpha = 0.1;
        Objective f = Objective.of(1, x -> 0.5 * h * x[0] * x[0], x -> new double[] {h * x[0]});
        Trajectory<SgdState> run = new Sgd(alpha).run(f, new double[] {2}, 50);
        for (int t = 0; t <= 50; t++) {
            assertEquals(2 * Math.pow(1 - alpha * h, t), run.coordinate(0)[t], 1e-14, "x_" + t);
        }
    }

    /**
     * Heavy ball on f(x) = ½hx²: (x_t, u_t) = A (x_{t−1}, u_{t−1}) with A = [[1 − αh, μ], [−αh, μ]]:
     * compare with powers of A, computed independently.
     */
    @Test
    void momentumOnAParabolaFollowsTheLinearRecurrence() {
        double h = 2;
        double alpha = 0.05;
        double mu = 0.8;
        Objective f = Objective.of(1, x -> 0.5 * h * x[0] * x[0], x -> new double[] {h * x[0]});
        Trajectory<MomentumState> run = new Momentum(alpha, mu).run(f, new double[] {1}, 60);
        double[][] a = {{1 - alpha * h, mu}, {-alpha * h, mu}};
        double x = 1;
        double u = 0;
        for (int t = 1; t <= 60; t++) {
            double nx = a[0][0] * x + a[0][1] * u;
            double nu = a[1][0] * x + a[1][1] * u;
            x = nx;
            u = nu;
            assertEquals(x, run.coordinate(0)[t], 1e-14, "x_" + t);
            assertEquals(u, run.state(t).velocity()[0], 1e-14, "u_" + t);
            assertArrayEquals(run.state(t).velocity(), run.state(t).update());
        }
    }

    @Test
    void momentumZeroIsSgd() {
        Objective f = TestFunctions.rosenbrock();
        double[] x0 = {-1.2, 1};
        Trajectory<SgdState> a = new Sgd(1e-3).run(f, x0, 200);
        Trajectory<MomentumState> b = new Momentum(1e-3, 0).run(f, x0, 200);
        for (int t = 0; t <= 200; t++) {
            assertArrayEquals(a.state(t).theta(), b.state(t).theta(), 0);
        }
    }

    @Test
    void invalidSettingsAndGradientsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Sgd(0));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, -0.5));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(-0.1, 0.5));
        Sgd sgd = new Sgd(0.1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sgd.step(sgd.start(new double[] {0}), new double[] {Double.NaN}));
        assertTrue(e.getMessage().contains("gradient[0]"), e.getMessage());
        Momentum mom = new Momentum(0.1, 0.9);
        assertThrows(IllegalArgumentException.class,
                () -> mom.step(mom.start(new double[] {0, 0}), new double[] {1}));
    }

    @Test
    void divergenceIsReportedNotHiddenInNaN() {
        Objective f = TestFunctions.rosenbrock();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Sgd(0.1).run(f, new double[] {-1.2, 1}, 100));
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }
}

package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;
import thw2.stats.RunningStats;
import thw2.data.BinaryData;
import thw2.optim.GradientOracle;
import thw2.optim.Objective;

public class LogisticLossTest {
    private static final BinaryData DATA = BinaryData.twoGaussians(120, 1.5, new double[] {0.5, 1, 4}, 3);

    /** Newton's method with a Cholesky solve, to machine precision: the reference minimum. */
    public static double[] newtonMinimum(LogisticLoss f) {
        double[] theta = new double[f.dimension()];
        for (int it = 0; it < 50; it++) {
            double[] g = f.gradient(theta);
            double[] step = new CholeskyDecomposition(new Array2DRowRealMatrix(f.hessian(theta)))
                    .getSolver().solve(new ArrayRealVector(g)).toArray();
            double size = 0;
            for (int j = 0; j < theta.length; j++) {
                theta[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-13) {
                break;
            }
        }
        return theta;
    }

    @Test
    void valueMatchesTheNaiveFormulaWhereItIsSafe() {
        LogisticLoss f = new LogisticLoss(DATA, 0.1);
        double[] theta = {0.3, -0.2, 0.1, 0.05};
        double s = 0;
        for (int i = 0; i < DATA.size(); i++) {
            double[] x = DATA.x(i);
            double z = theta[3] + theta[0] * x[0] + theta[1] * x[1] + theta[2] * x[2];
            double p = 1 / (1 + Math.exp(-z));
            s += DATA.y(i) == 1 ? -Math.log(p) : -Math.log(1 - p);
        }
        double expected = s / DATA.size() + 0.05 * (0.09 + 0.04 + 0.01);
        assertEquals(expected, f.value(theta), 1e-12);
        assertEquals(Math.log(2), f.value(new double[4]), 1e-15);
    }

    @Test
    void gradientAndHessianMatchFiniteDifferences() {
        LogisticLoss f = new LogisticLoss(DATA, 0.05);
        for (double[] theta : new double[][] {{0, 0, 0, 0}, {0.4, -1, 0.3, 0.2}, {2, 1, -0.5, -1}}) {
            double[] num = GradientCheck.numericalGradient(f::value, theta);
            double err = GradientCheck.maxRelativeError(f.gradient(theta), num, 1e-3);
            assertTrue(err < 1e-7, "gradient error " + err);
            double[][] h = f.hessian(theta);
            for (int k = 0; k < theta.length; k++) {
                final int kk = k;
                double[] col = GradientCheck.numericalGradient(th -> f.gradient(th)[kk], theta);
                double e = GradientCheck.maxRelativeError(h[k], col, 1e-3);
                assertTrue(e < 1e-7, "Hessian row " + k + " error " + e);
            }
        }
    }

    @Test
    void valueIsStableForHugeLogits() {
        LogisticLoss f = new LogisticLoss(DATA, 0);
        double v = f.value(new double[] {0, 0, 1e4, 0});
        assertTrue(Double.isFinite(v) && v > 100, "large but finite loss, got " + v);
    }

    /** The mini-batch gradient is unbiased: its mean over many steps is the full gradient (within 4 s.e.). */
    @Test
    void miniBatchGradientsAreUnbiased() {
        LogisticLoss f = new LogisticLoss(DATA, 0.05);
        double[] theta = {0.4, -1, 0.3, 0.2};
        double[] full = f.gradient(theta);
        GradientOracle o = f.miniBatches(8, 17);
        RunningStats[] st = new RunningStats[4];
        for (int j = 0; j < 4; j++) {
            st[j] = new RunningStats();
        }
        for (int t = 1; t <= 20000; t++) {
            double[] g = o.gradient(t, theta);
            for (int j = 0; j < 4; j++) {
                st[j].add(g[j]);
            }
        }
        for (int j = 0; j < 4; j++) {
            assertTrue(Math.abs(st[j].mean() - full[j]) < 4 * st[j].standardError(), "coordinate " + j);
        }
        assertArrayEquals(o.gradient(5, theta), f.miniBatches(8, 17).gradient(5, theta), 0, "reproducible");
    }

    @Test
    void newtonGivesAZeroGradientAndAccuracyIsSensible() {
        LogisticLoss f = new LogisticLoss(DATA, 0.01);
        double[] th = newtonMinimum(f);
        for (double g : f.gradient(th)) {
            assertEquals(0, g, 1e-12);
        }
        double acc = f.accuracy(th);
        assertTrue(acc > 0.65 && acc <= 1, "accuracy " + acc);
    }

    @Test
    void argumentsAreValidated() {
        BinaryData a = BinaryData.twoGaussians(50, 1, new double[] {1, 2}, 8);
        assertThrows(IllegalArgumentException.class, () -> new LogisticLoss(a, -1));
        assertThrows(IllegalArgumentException.class, () -> new LogisticLoss(a, 0).value(new double[2]));
    }

    /**
     * x = ±1 with labels 1 and 0, λ = 1: by symmetry b* = 0, and ∂J/∂w = σ(w) − 1 + w = 0 gives
     * w* = σ(−w*) = 0.401058137541547 (the root of w(1 + eʷ) = 1, by bisection).
     */
    @Test
    void newtonFindsTheMinimumDerivedByHand() {
        LogisticLoss j = new LogisticLoss(new BinaryData(new double[][] {{1}, {-1}}, new int[] {1, 0}), 1);
        double[] theta = j.minimumByNewton(30);
        assertEquals(0.401058137541547, theta[0], 1e-14);
        assertEquals(0, theta[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> j.minimumByNewton(0));
    }
}

package thw2.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import thw2.args.Require;
import thw2.optim.QuadraticBowl;
import thw2.show.Charts;

/**
 * Level sets {w : wᵀHw = c} of a 2-D quadratic bowl as polylines, for drawing contour plots with
 * line series (XChart has no contour chart). In eigen-coordinates u = Qᵀw the level set is
 * λ₁u₁² + λ₂u₂² = c:
 * <ul>
 *   <li>both λᵢ with the sign of c: an ellipse u = (√(c/λ₁) cos θ, √(c/λ₂) sin θ);</li>
 *   <li>λ₁ &lt; 0 &lt; λ₂: two branches of a hyperbola, u = (±√(c/λ₊) cosh s, √(|c/λ₋|) sinh s) along the
 *       direction whose eigenvalue has the sign of c;</li>
 *   <li>otherwise (c of the wrong sign, or a zero eigenvalue): no curve is drawn (an empty list).</li>
 * </ul>
 * Each polyline is returned as {xs, ys}, mapped back by w = Qu.
 *
 * <p>When to use which: for a quadratic bowl use this class; its points lie on the level to rounding
 * error, however thin the ellipse (large condition number), and it needs no grid or plot window. For
 * any other function of two variables (a loss surface, a test function) use {@link Contours}, which
 * traces levels by marching squares on a grid and is only as accurate as the grid is fine.
 */
public final class LevelSets {
    private LevelSets() {}

    /**
     * The level set J(w) = level of a 2-D bowl.
     *
     * @param points number of points per polyline (at least 3)
     * @param reach  for hyperbolas, the parameter s runs over [−reach, reach]; ignored for ellipses
     * @return the polylines, each {xs, ys}; an ellipse is closed (first point repeated at the end)
     */
    public static List<double[][]> of(QuadraticBowl bowl, double level, int points, double reach) {
        Require.notNull(bowl, "bowl");
        if (bowl.dimension() != 2) {
            throw new IllegalArgumentException("bowl must be 2-dimensional for a contour plot, got dimension "
                    + bowl.dimension());
        }
        Require.finite(level, "level");
        Require.inRange(points, 3, 1_000_000, "points");
        Require.positive(reach, "reach");
        double[] lam = bowl.eigenvalues();
        double tol = bowl.zeroTolerance();
        List<double[][]> out = new ArrayList<>();
        if (level == 0 || Math.abs(lam[0]) <= tol || Math.abs(lam[1]) <= tol) {
            return out;
        }
        boolean sameSign0 = lam[0] * level > 0;
        boolean sameSign1 = lam[1] * level > 0;
        if (sameSign0 && sameSign1) {
            double a0 = semiAxis(level, lam[0]);
            double a1 = semiAxis(level, lam[1]);
            double[][] curve = new double[2][points];
            for (int k = 0; k < points; k++) {
                double theta = 2 * Math.PI * k / (points - 1);
                double[] w = bowl.fromEigenCoordinates(point(new double[] {a0 * Math.cos(theta), a1 * Math.sin(theta)}));
                curve[0][k] = w[0];
                curve[1][k] = w[1];
            }
            out.add(curve);
        } else if (sameSign0 != sameSign1) {
            int along = sameSign0 ? 0 : 1; // the axis the hyperbola opens along
            int across = 1 - along;
            double a = semiAxis(level, lam[along]);
            double b = semiAxis(-level, lam[across]);
            for (int sign = -1; sign <= 1; sign += 2) {
                double[][] curve = new double[2][points];
                for (int k = 0; k < points; k++) {
                    double s = -reach + 2 * reach * k / (points - 1);
                    double[] u = new double[2];
                    u[along] = sign * a * Math.cosh(s);
                    u[across] = b * Math.sinh(s);
                    double[] w = bowl.fromEigenCoordinates(point(u));
                    curve[0][k] = w[0];
                    curve[1][k] = w[1];
                }
                out.add(curve);
            }
        }
        return out;
    }

    /**
     * √(c/λ) for c/λ &gt; 0; as √|c|/√|λ| when c/λ is beyond the double range or below its normal numbers
     * (c = 1e300 and λ = 1e-300 give a semi-axis of 1e300, not ∞).
     */
    private static double semiAxis(double c, double lambda) {
        double q = c / lambda;
        return Double.isInfinite(q) || q < Double.MIN_NORMAL ? Math.sqrt(Math.abs(c)) / Math.sqrt(Math.abs(lambda))
                : Math.sqrt(q);
    }

    /** A point of the curve in eigen-coordinates, which must be finite (level or reach too large otherwise). */
    private static double[] point(double[] u) {
        for (double v : u) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("level or reach is too large: the curve leaves the double range ("
                        + java.util.Arrays.toString(u) + ")");
            }
        }
        return u;
    }

    /**
     * Draws the level sets J(w) = c of a 2-D bowl for each c in {@code levels} on {@code chart}, as
     * {@link Charts#guide guides} (thin grey lines outside the legend); hyperbolas run over s ∈ [−3, 3].
     */
    public static void addTo(XYChart chart, QuadraticBowl bowl, double... levels) {
        Require.notNull(chart, "chart");
        Require.finite(Require.nonEmpty(levels, "levels"), "levels");
        for (double level : levels) {
            for (double[][] curve : of(bowl, level, 241, 3.0)) {
                Charts.guide(chart, curve[0], curve[1]);
            }
        }
    }
}

package thw2.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import thw2.args.Require;

/**
 * Contour lines of a function of two variables, by marching squares on a regular grid, drawn as
 * ordinary XChart line series (XChart has no contour plot). The function is evaluated once, when the
 * object is built; {@link #line(double)} then traces any level.
 *
 * <p>Each grid cell whose corners straddle the level contributes one segment (two for a saddle
 * cell, disambiguated by the mean of the four corners); the crossing point on an edge is found by
 * linear interpolation. Segments are returned one after another, separated by NaN, which XChart
 * draws as a gap. Cells with a non-finite corner value are skipped.
 *
 * <p>When to use which: this class works for any function, to the accuracy of its grid. For the
 * level sets of a quadratic bowl wᵀHw ({@link thw2.optim.QuadraticBowl}) prefer {@link LevelSets},
 * which draws the exact ellipses and hyperbolas from the eigendecomposition.
 *
 * <pre>
 * Contours c = Contours.of((x, y) -&gt; x * x + 4 * y * y, -2, 2, -1, 1, 200, 100);
 * c.addTo(chart, new double[] {0.5, 1, 2}, Color.GRAY);
 * </pre>
 */
public final class Contours {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final int nx;
    private final int ny;
    private final double[][] z; // z[j][i] = f(x_i, y_j)

    private Contours(double xMin, double xMax, double yMin, double yMax, int nx, int ny, double[][] z) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.nx = nx;
        this.ny = ny;
        this.z = z;
    }

    /**
     * Evaluates {@code f} on an {@code nx} × {@code ny} grid spanning [xMin, xMax] × [yMin, yMax]
     * (corners included).
     */
    public static Contours of(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax,
                              int nx, int ny) {
        Require.notNull(f, "f");
        Require.finite(xMin, "xMin");
        Require.finite(yMin, "yMin");
        if (!(Require.finite(xMax, "xMax") > xMin)) {
            throw new IllegalArgumentException("xMax must be > xMin, got " + xMax + " <= " + xMin);
        }
        if (!(Require.finite(yMax, "yMax") > yMin)) {
            throw new IllegalArgumentException("yMax must be > yMin, got " + yMax + " <= " + yMin);
        }
        Require.inRange(nx, 2, 10_000, "nx");
        Require.inRange(ny, 2, 10_000, "ny");
        Require.entries((double) nx * ny, "nx × ny = " + nx + " × " + ny + " grid values");
        double[][] z = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            double y = coordinate(yMin, yMax, ny, j);
            for (int i = 0; i < nx; i++) {
                z[j][i] = f.applyAsDouble(coordinate(xMin, xMax, nx, i), y);
            }
        }
        return new Contours(xMin, xMax, yMin, yMax, nx, ny, z);
    }

    private static double coordinate(double lo, double hi, int n, int k) {
        if (k == n - 1) {
            return hi;
        }
        double r = lo + (hi - lo) * k / (n - 1);
        if (Double.isFinite(r)) {
            return r;
        }
        double t = (double) k / (n - 1); // hi − lo or (hi − lo)·k beyond the double range: no difference formed
        return lo * (1 - t) + hi * t;
    }

    /** x0 + (x1 − x0)·t, or x0·(1 − t) + x1·t when x1 − x0 is beyond the double range. */
    private static double between(double x0, double x1, double t) {
        double r = x0 + (x1 - x0) * t;
        return Double.isFinite(r) ? r : x0 * (1 - t) + x1 * t;
    }

    /**
     * The contour f = {@code level} as {xs, ys}: two-point segments separated by NaN entries. Empty
     * arrays when the level is not crossed anywhere on the grid.
     */
    public double[][] line(double level) {
        Require.finite(level, "level");
        double[] xs = new double[64];
        double[] ys = new double[64];
        int n = 0;
        double[] px = new double[4];
        double[] py = new double[4];
        for (int j = 0; j + 1 < ny; j++) {
            double y0 = coordinate(yMin, yMax, ny, j);
            double y1 = coordinate(yMin, yMax, ny, j + 1);
            for (int i = 0; i + 1 < nx; i++) {
                double x0 = coordinate(xMin, xMax, nx, i);
                double x1 = coordinate(xMin, xMax, nx, i + 1);
                double a = z[j][i];         // (x0, y0)
                double b = z[j][i + 1];     // (x1, y0)
                double c = z[j + 1][i + 1]; // (x1, y1)
                double d = z[j + 1][i];     // (x0, y1)
                if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d))) {
                    continue;
                }
                boolean ha = a >= level;
                boolean hb = b >= level;
                boolean hc = c >= level;
                boolean hd = d >= level;
                // crossings on edges 0 bottom (a-b), 1 right (b-c), 2 top (d-c), 3 left (a-d)
                int k = 0;
                int[] edge = new int[4];
                if (ha != hb) {
                    px[k] = between(x0, x1, frac(a, b, level));
                    py[k] = y0;
                    edge[k++] = 0;
                }
                if (hb != hc) {
                    px[k] = x1;
                    py[k] = between(y0, y1, frac(b, c, level));
                    edge[k++] = 1;
                }
                if (hd != hc) {
                    px[k] = between(x0, x1, frac(d, c, level));
                    py[k] = y1;
                    edge[k++] = 2;
                }
                if (ha != hd) {
                    px[k] = x0;
                    py[k] = between(y0, y1, frac(a, d, level));
                    edge[k++] = 3;
                }
                if (k == 0) {
                    continue;
                }
                if (xs.length < n + 6) {
                    xs = Arrays.copyOf(xs, 2 * xs.length + 6);
                    ys = Arrays.copyOf(ys, 2 * ys.length + 6);
                }
                if (k == 2) {
                    n = segment(xs, ys, n, px[0], py[0], px[1], py[1]);
                } else { // k == 4, a saddle: edges 0,1,2,3 in this order
                    double centre = (a + b + c + d) / 4;
                    if (!Double.isFinite(centre)) {
                        centre = a / 4 + b / 4 + c / 4 + d / 4; // values near ±1e308: their sum overflows
                    }
                    boolean centreHigh = centre >= level;
                    if (centreHigh == ha) { // a and c joined through the centre: cut off corners b and d
                        n = segment(xs, ys, n, px[0], py[0], px[1], py[1]);
                        n = segment(xs, ys, n, px[2], py[2], px[3], py[3]);
                    } else { // b and d joined: cut off corners a and c
                        n = segment(xs, ys, n, px[0], py[0], px[3], py[3]);
                        n = segment(xs, ys, n, px[1], py[1], px[2], py[2]);
                    }
                }
            }
        }
        if (n > 0) {
            n--; // drop the trailing NaN separator
        }
        return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
    }

    private static double frac(double p, double q, double level) {
        double f = (level - p) / (q - p); // p and q straddle the level, so q != p
        // values near ±1e308: a difference overflows, half of it does not (and halving is exact)
        return Double.isFinite(f) ? f : (level / 2 - p / 2) / (q / 2 - p / 2);
    }

    private static int segment(double[] xs, double[] ys, int n, double x0, double y0, double x1, double y1) {
        xs[n] = x0;
        ys[n++] = y0;
        xs[n] = x1;
        ys[n++] = y1;
        xs[n] = Double.NaN;
        ys[n++] = Double.NaN;
        return n;
    }

    /**
     * Adds one thin line series per level to {@code chart}, all in {@code color}, hidden from the
     * legend. Levels that do not cross the grid are skipped.
     */
    public void addTo(XYChart chart, double[] levels, Color color) {
        Require.notNull(chart, "chart");
        Require.notNull(color, "color");
        Require.finite(Require.nonEmpty(levels, "levels"), "levels");
        for (double level : levels) {
            double[][] l = line(level);
            if (l[0].length == 0) {
                continue;
            }
            XYSeries s = chart.addSeries("f = " + level, l[0], l[1]);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            s.setLineStyle(new BasicStroke(0.8f));
            s.setShowInLegend(false);
        }
    }

    /**
     * {@code count} levels spaced evenly in log scale between {@code lo} and {@code hi} (both &gt; 0):
     * the natural choice for functions like Rosenbrock's whose values span decades.
     */
    public static double[] logLevels(double lo, double hi, int count) {
        Require.positive(lo, "lo");
        Require.positive(hi, "hi");
        Require.inRange(count, 2, 1000, "count");
        double[] l = new double[count];
        double a = Math.log(lo);
        double b = Math.log(hi);
        for (int k = 0; k < count; k++) {
            l[k] = Math.exp(a + (b - a) * k / (count - 1));
        }
        return l;
    }
}

package thw2.show;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The project's chart style: one palette, readable fonts, white background, sizes that print well.
 * Builders return ordinary XChart objects, so anything XChart offers can still be changed.
 *
 * <p>Series in the house style, so that a figure is one line per curve in a notebook:
 * <pre>
 * XYChart c = Charts.xy("title", "t", "‖w_t‖");
 * Charts.points(c, "measured", t, w, 0);        // colour 0 of the palette, circles
 * Charts.dashed(c, "predicted", t, wHat, 0);    // the same colour, dashed: a prediction or reference
 * Charts.line(c, "Adam", t, loss, 1);           // a solid line
 * Charts.path(c, "gradient descent", x, y, 2);  // iterates in a plane: line and markers
 * Charts.mark(c, "start", x0, y0);              // one black diamond
 * Charts.guide(c, xs, ys);                      // a thin grey line outside the legend (level sets)
 * Charts.sideBySide(left, middle, right)        // panels in one picture
 * </pre>
 */
public final class Charts {
    /** Default size in pixels: fits the handout column and prints at about 16 cm wide. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 420;

    /** A colour-blind-safe palette (Okabe & Ito, 2008). */
    public static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)
    };

    private Charts() {}

    /** A line/scatter chart in the house style. */
    public static XYChart xy(String title, String xTitle, String yTitle) {
        return xy(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /** A line/scatter chart in the house style, at a given size. */
    public static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        thw2.check.Require.positive(width, "width");
        thw2.check.Require.positive(height, "height");
        thw2.check.Require.entries((double) width * height, "width × height = " + width + " × " + height + " pixels");
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setMarkerSize(5);
        return c;
    }

    /** A bar chart in the house style. */
    public static CategoryChart bars(String title, String xTitle, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c.getStyler());
        return c;
    }

    /** Applies the house style to any XChart styler. */
    public static void style(Styler s) {
        thw2.check.Require.notNull(s, "s");
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(200, 200, 200));
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendBorderColor(new Color(220, 220, 220));
        s.setLegendPosition(LegendPosition.InsideNE);
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            a.setPlotGridLinesColor(new Color(235, 235, 235));
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickMarksColor(new Color(150, 150, 150));
        }
    }

    // ------------------------------------------------------------------------------------- series

    /** The stroke of a solid data line. */
    public static final BasicStroke SOLID = new BasicStroke(2f);
    /** The stroke of a prediction, closed form or reference value drawn over data. */
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    /** The colour of guides: level sets, contour lines, zero lines. */
    public static final Color GUIDE = new Color(195, 195, 195);

    /** Colour {@code k} of the palette (wrapping around after the last). */
    public static Color colour(int k) {
        return PALETTE[Math.floorMod(k, PALETTE.length)];
    }

    /** A solid line in palette colour {@code colour}, without markers. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y, int colour) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour(colour));
        s.setLineStyle(SOLID);
        return s;
    }

    /** A dashed line in palette colour {@code colour}: what theory predicts, drawn over what was measured. */
    public static XYSeries dashed(XYChart chart, String name, double[] x, double[] y, int colour) {
        XYSeries s = line(chart, name, x, y, colour);
        s.setLineStyle(DASHED);
        return s;
    }

    /** Points (circles, no line) in palette colour {@code colour}: measured values. */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y, int colour) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour(colour));
        return s;
    }

    /** Points with error bars of half-length {@code errorBars[i]} (for example 2 standard errors). */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y, double[] errorBars,
                                  int colour) {
        Objects.requireNonNull(chart, "chart");
        if (errorBars.length != y.length) {
            throw new IllegalArgumentException("errorBars must have one entry per point, got " + errorBars.length
                    + " for " + y.length + " points");
        }
        XYSeries s = chart.addSeries(name, x, y, errorBars);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour(colour));
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        return s;
    }

    /** Iterates of an algorithm in the plane: a line through circles, in palette colour {@code colour}. */
    public static XYSeries path(XYChart chart, String name, double[] x, double[] y, int colour) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour(colour));
        s.setLineColor(colour(colour));
        s.setLineStyle(new BasicStroke(1.5f));
        return s;
    }

    /** Iterates w₀, w₁, … of an algorithm in the plane, given as rows {x, y}: see {@link #path(XYChart, String, double[], double[], int)}. */
    public static XYSeries path(XYChart chart, String name, double[][] points, int colour) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int t = 0; t < points.length; t++) {
            if (points[t].length < 2) {
                throw new IllegalArgumentException("points[" + t + "] must have two coordinates, got " + points[t].length);
            }
            x[t] = points[t][0];
            y[t] = points[t][1];
        }
        return path(chart, name, x, y, colour);
    }

    /** One labelled point, a black diamond: a start, a minimum, a saddle. */
    public static XYSeries mark(XYChart chart, String name, double x, double y) {
        XYSeries s = add(chart, name, new double[] {x}, new double[] {y});
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(Color.BLACK);
        return s;
    }

    /** A thin grey line that stays out of the legend: a level set, a contour, a zero line. */
    public static XYSeries guide(XYChart chart, double[] x, double[] y) {
        Objects.requireNonNull(chart, "chart");
        XYSeries s = add(chart, "guide " + chart.getSeriesMap().size(), x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(GUIDE);
        s.setLineStyle(new BasicStroke(1f));
        s.setShowInLegend(false);
        return s;
    }

    /**
     * A chart whose plot area is (close to) square and spans [−half, half] on both axes, so that circles
     * look round: for iterates and level sets in a plane.
     */
    public static XYChart square(String title, String xTitle, String yTitle, double half, int size) {
        if (!(half > 0)) {
            throw new IllegalArgumentException("half must be > 0, got " + half);
        }
        // the title takes about 30 px more than the axis labels on the side
        XYChart c = xy(title, xTitle, yTitle, size, size + 30);
        c.getStyler().setXAxisMin(-half).setXAxisMax(half).setYAxisMin(-half).setYAxisMax(half);
        c.getStyler().setLegendPosition(LegendPosition.InsideSW);
        return c;
    }

    /** Charts drawn next to each other on a white background, as one picture (last expression of a cell). */
    public static BufferedImage sideBySide(Chart<?, ?>... charts) {
        if (charts.length == 0) {
            throw new IllegalArgumentException("charts must not be empty");
        }
        BufferedImage[] panels = new BufferedImage[charts.length];
        int width = 0;
        int height = 0;
        for (int i = 0; i < charts.length; i++) {
            panels[i] = BitmapEncoder.getBufferedImage(Objects.requireNonNull(charts[i], "charts[" + i + "]"));
            width += panels[i].getWidth();
            height = Math.max(height, panels[i].getHeight());
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage p : panels) {
            g.drawImage(p, x, 0, null);
            x += p.getWidth();
        }
        g.dispose();
        return out;
    }

    private static XYSeries add(XYChart chart, String name, double[] x, double[] y) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and "
                    + y.length + " for series \"" + name + "\"");
        }
        return chart.addSeries(name, x, y);
    }
}

package thw2.show;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import thw2.args.Require;

/**
 * The project's chart style: one palette, readable fonts, white background, sizes that print well.
 * Builders return ordinary XChart objects, so anything XChart offers can still be changed.
 *
 * <p>Series conventions, so that a notebook's chart is one or two lines:
 * <pre>
 * XYChart c = Charts.xy("title", "t", "‖w_t‖");
 * Charts.line(c, "Adam", t, loss);               // a computed curve: solid, no markers
 * Charts.points(c, "measured", t, w, 0);         // measured values: circles, colour 0 of the palette
 * Charts.dashed(c, "predicted", t, wHat, 0);     // the same colour, dashed: a prediction to compare with
 * Charts.connected(c, "B = 32", x, y);           // values at a few points, joined
 * Charts.steps(c, "histogram", edges, counts);   // a piecewise-constant curve
 * Charts.path(c, "gradient descent", x, y, 2);   // iterates in a plane: line and markers
 * Charts.mark(c, "start", x0, y0);               // one black diamond
 * Charts.reference(c, "1/λ_max", x0, y, x1, y);  // a grey dashed level or threshold
 * Charts.guide(c, xs, ys);                       // a thin grey line outside the legend (level sets)
 * Charts.sideBySide(left, right);                // panels in one picture; Charts.panels for a grid
 * </pre>
 * Without a colour index a series takes the next colour of the palette. Every method checks its
 * arguments and names the one that breaks a rule.
 */
public final class Charts {
    /** Default size in pixels: fits the handout column and prints at about 16 cm wide. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 420;
    /** Size of one of two side-by-side panels ({@link #panel}, {@link #panels}): two print at about the width of one chart. */
    public static final int PANEL_WIDTH = 420;
    public static final int PANEL_HEIGHT = 340;

    /** A colour-blind-safe palette (Okabe & Ito, 2008). */
    public static final Color[] PALETTE = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66)
    };

    /** The stroke of a solid data line. */
    public static final BasicStroke SOLID = new BasicStroke(2f);
    /** The stroke of a prediction, closed form or reference value drawn over data. */
    public static final BasicStroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 4f}, 0f);
    /** The colour of guides: level sets, contour lines, zero lines. */
    public static final Color GUIDE = new Color(195, 195, 195);

    /** The largest picture {@link #panels} and {@link #sideBySide} draw, in pixels (about 8 full-width charts). */
    private static final double MAX_PIXELS = 4e6;

    private Charts() {}

    // ------------------------------------------------------------------------------------- charts

    /** A line/scatter chart in the house style. */
    public static XYChart xy(String title, String xTitle, String yTitle) {
        return xy(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    /**
     * A line/scatter chart in the house style, at a given size. A null or empty title (or axis title)
     * means none.
     */
    public static XYChart xy(String title, String xTitle, String yTitle, int width, int height) {
        Require.positive(width, "width");
        Require.positive(height, "height");
        Require.entries((double) width * height, "width × height = " + width + " × " + height + " pixels");
        XYChart c = new XYChartBuilder().width(width).height(height).title(label(title, "title"))
                .xAxisTitle(label(xTitle, "xTitle")).yAxisTitle(label(yTitle, "yTitle")).build();
        style(c.getStyler());
        c.getStyler().setMarkerSize(5);
        return c;
    }

    /** A chart sized to sit next to another one ({@link #sideBySide}), with slightly smaller fonts. */
    public static XYChart panel(String title, String xTitle, String yTitle) {
        XYChart c = xy(title, xTitle, yTitle, PANEL_WIDTH, PANEL_HEIGHT);
        c.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return c;
    }

    /**
     * A chart whose plot area is (close to) square and spans [−half, half] on both axes, so that circles
     * look round: for iterates and level sets in a plane. {@code size} is the width in pixels.
     */
    public static XYChart square(String title, String xTitle, String yTitle, double half, int size) {
        Require.positive(half, "half");
        if (!(half <= Double.MAX_VALUE / 2)) {
            throw new IllegalArgumentException("half must be at most MAX_VALUE/2 (the axes span 2·half), got " + half);
        }
        Require.inRange(size, 100, 4000, "size");
        // the title takes about 30 px more than the axis labels on the side
        XYChart c = xy(title, xTitle, yTitle, size, size + 30);
        c.getStyler().setXAxisMin(-half).setXAxisMax(half).setYAxisMin(-half).setYAxisMax(half);
        c.getStyler().setLegendPosition(LegendPosition.InsideSW);
        return c;
    }

    /** A line chart whose series are drawn as lines without markers (curves sampled on a fine grid). */
    public static XYChart lines(String title, String xTitle, String yTitle) {
        XYChart c = xy(title, xTitle, yTitle);
        c.getStyler().setMarkerSize(0);
        return c;
    }

    /**
     * A line chart with one line per entry of {@code series} (in the map's order, which is the legend's),
     * all over the same {@code x}.
     */
    public static XYChart lines(String title, String xTitle, String yTitle, double[] x, Map<String, double[]> series) {
        Require.notNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series must not be empty");
        }
        XYChart c = lines(title, xTitle, yTitle);
        series.forEach((name, y) -> add(c, name, x, y));
        return c;
    }

    /** A bar chart in the house style (a null or empty title or axis title means none). */
    public static CategoryChart bars(String title, String xTitle, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(label(title, "title"))
                .xAxisTitle(label(xTitle, "xTitle")).yAxisTitle(label(yTitle, "yTitle")).build();
        style(c.getStyler());
        return c;
    }

    /**
     * One series of bars with error bars (one bar per name, error bar ±{@code errors}), no legend, the
     * category labels turned when there are more than six.
     */
    public static CategoryChart bars(String title, String yTitle, List<String> names, double[] values, double[] errors) {
        Require.notNull(names, "names");
        Require.nonEmpty(Require.finite(values, "values"), "values");
        Require.finite(errors, "errors");
        if (values.length != names.size() || errors.length != names.size()) {
            throw new IllegalArgumentException("names, values and errors must have the same length, got "
                    + names.size() + ", " + values.length + " and " + errors.length);
        }
        for (int i = 0; i < names.size(); i++) {
            if (label(Require.notNull(names.get(i), "names[" + i + "]"), "names[" + i + "]").isEmpty()) {
                throw new IllegalArgumentException("names[" + i + "] must not be empty (it labels a bar)");
            }
            Require.nonNegative(errors[i], "errors[" + i + "]");
        }
        CategoryChart c = bars(title, "", yTitle);
        c.getStyler().setLegendVisible(false);
        if (names.size() > 6) {
            c.getStyler().setXAxisLabelRotation(60);
        }
        c.addSeries(yTitle == null || yTitle.isEmpty() ? "values" : yTitle, names, box(values), box(errors));
        return c;
    }

    /** Applies the house style to any XChart styler. */
    public static void style(Styler s) {
        Require.notNull(s, "s");
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
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            a.setPlotGridLinesColor(new Color(235, 235, 235));
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickMarksColor(new Color(150, 150, 150));
        }
    }

    // ------------------------------------------------------------------------------------- series

    /** Colour {@code k} of the palette, k ≥ 0 (wrapping around after the last). */
    public static Color colour(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0 (an index into the palette), got " + k);
        }
        return PALETTE[k % PALETTE.length];
    }

    /** A computed curve: a solid line without markers, in the next colour of the palette. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(SOLID);
        return s;
    }

    /** A solid line in palette colour {@code colour}, without markers. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y, int colour) {
        Color c = paletteColour(colour);
        XYSeries s = line(chart, name, x, y);
        s.setLineColor(c);
        return s;
    }

    /** A curve to compare with (a prediction, a closed form): a dashed line without markers. */
    public static XYSeries dashed(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = line(chart, name, x, y);
        s.setLineStyle(DASHED);
        return s;
    }

    /** A dashed line in palette colour {@code colour}: what theory predicts, drawn over what was measured. */
    public static XYSeries dashed(XYChart chart, String name, double[] x, double[] y, int colour) {
        Color c = paletteColour(colour);
        XYSeries s = dashed(chart, name, x, y);
        s.setLineColor(c);
        return s;
    }

    /** Values at a few points, joined: a solid line with markers. */
    public static XYSeries connected(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        return s;
    }

    /** A histogram or other piecewise-constant curve: steps, no markers. */
    public static XYSeries steps(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** Measured or sampled values: circles only, in the next colour of the palette. */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        return s;
    }

    /** Points (circles, no line) in palette colour {@code colour}: measured values. */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y, int colour) {
        Color c = paletteColour(colour);
        XYSeries s = points(chart, name, x, y);
        s.setMarkerColor(c);
        return s;
    }

    /** Points with error bars of half-length {@code errorBars[i]} ≥ 0 (for example 2 standard errors). */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y, double[] errorBars,
                                  int colour) {
        Color c = paletteColour(colour);
        checkSeries(chart, name, x, y);
        Require.finite(errorBars, "errorBars");
        if (errorBars.length != y.length) {
            throw new IllegalArgumentException("errorBars must have one entry per point, got " + errorBars.length
                    + " for " + y.length + " points");
        }
        for (int i = 0; i < errorBars.length; i++) {
            Require.nonNegative(errorBars[i], "errorBars[" + i + "]");
        }
        if (chart.getStyler().isYAxisLogarithmic()) {
            requirePositive(y, errorBars, "errorBars", "y", "y");
        }
        XYSeries s = chart.addSeries(name, x, y, errorBars);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        return s;
    }

    /** Iterates of an algorithm in the plane: a line through circles, in palette colour {@code colour}. */
    public static XYSeries path(XYChart chart, String name, double[] x, double[] y, int colour) {
        Color c = paletteColour(colour);
        XYSeries s = add(chart, name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
        s.setLineColor(c);
        s.setLineStyle(new BasicStroke(1.5f));
        return s;
    }

    /** Iterates w₀, w₁, … of an algorithm in the plane, given as rows {x, y}: see {@link #path(XYChart, String, double[], double[], int)}. */
    public static XYSeries path(XYChart chart, String name, double[][] points, int colour) {
        Require.notNull(points, "points");
        if (points.length == 0) {
            throw new IllegalArgumentException("points must not be empty");
        }
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int t = 0; t < points.length; t++) {
            Require.notNull(points[t], "points[" + t + "]");
            if (points[t].length != 2) {
                throw new IllegalArgumentException("points[" + t + "] must have two coordinates, got " + points[t].length);
            }
            x[t] = Require.finite(points[t][0], "points[" + t + "][0]");
            y[t] = Require.finite(points[t][1], "points[" + t + "][1]");
        }
        return path(chart, name, x, y, colour);
    }

    /** One labelled point, a black diamond: a start, a minimum, a saddle. */
    public static XYSeries mark(XYChart chart, String name, double x, double y) {
        Require.finite(x, "x");
        Require.finite(y, "y");
        XYSeries s = add(chart, name, new double[] {x}, new double[] {y});
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.DIAMOND);
        s.setMarkerColor(Color.BLACK);
        return s;
    }

    /** A grey dashed segment from (x0, y0) to (x1, y1): a level or a threshold, named in the legend. */
    public static XYSeries reference(XYChart chart, String name, double x0, double y0, double x1, double y1) {
        Require.finite(x0, "x0");
        Require.finite(y0, "y0");
        Require.finite(x1, "x1");
        Require.finite(y1, "y1");
        XYSeries s = dashed(chart, name, new double[] {x0, x1}, new double[] {y0, y1});
        s.setLineColor(Color.GRAY);
        return s;
    }

    /** A thin grey line that stays out of the legend: a level set, a contour, a zero line. */
    public static XYSeries guide(XYChart chart, double[] x, double[] y) {
        Require.notNull(chart, "chart");
        XYSeries s = add(chart, "guide " + chart.getSeriesMap().size(), x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(GUIDE);
        s.setLineStyle(new BasicStroke(1f));
        s.setShowInLegend(false);
        return s;
    }

    // --------------------------------------------------------------------------------------- axes

    /** Logarithmic x axis; returns the chart (whose series must have x > 0). */
    public static XYChart logX(XYChart chart) {
        Require.notNull(chart, "chart");
        for (XYSeries s : chart.getSeriesMap().values()) {
            requirePositive(s.getXData(), null, "chart", "series \"" + s.getName() + "\" has x", "x");
        }
        chart.getStyler().setXAxisLogarithmic(true);
        return chart;
    }

    /** Logarithmic y axis; returns the chart (whose series must have y > 0, error bars included). */
    public static <C extends Chart<? extends AxesChartStyler, ?>> C logY(C chart) {
        Require.notNull(chart, "chart");
        if (chart instanceof XYChart xy) {
            for (XYSeries s : xy.getSeriesMap().values()) {
                requirePositive(s.getYData(), s.getExtraValues(), "chart", "series \"" + s.getName() + "\" has y", "y");
            }
        }
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /**
     * Every v[i] (minus its error bar, if any) must be > 0: XChart cannot draw anything else on a
     * logarithmic axis, and says so only when the chart is drawn.
     */
    private static void requirePositive(double[] v, double[] errorBars, String name, String what, String axis) {
        for (int i = 0; i < v.length; i++) {
            double low = errorBars == null ? v[i] : v[i] - errorBars[i];
            if (!(low > 0)) {
                throw new IllegalArgumentException(name + " must have values > 0 on its logarithmic " + axis + " axis, but "
                        + what + "[" + i + "] = " + v[i] + (errorBars == null ? "" : " with an error bar of "
                        + errorBars[i]));
            }
        }
    }

    /** Both axes logarithmic; returns the chart. */
    public static XYChart logLog(XYChart chart) {
        return logY(logX(chart));
    }

    /** The x axis from {@code min} to {@code max}; returns the chart. */
    public static XYChart xRange(XYChart chart, double min, double max) {
        checkRange(min, max);
        Require.notNull(chart, "chart").getStyler().setXAxisMin(min).setXAxisMax(max);
        return chart;
    }

    /** The y axis from {@code min} to {@code max}; returns the chart. */
    public static XYChart yRange(XYChart chart, double min, double max) {
        checkRange(min, max);
        Require.notNull(chart, "chart").getStyler().setYAxisMin(min).setYAxisMax(max);
        return chart;
    }

    /** The legend at {@code where} (for example {@code LegendPosition.InsideSW}, a corner the data leave free); returns the chart. */
    public static <C extends Chart<?, ?>> C legend(C chart, LegendPosition where) {
        Require.notNull(where, "where");
        Require.notNull(chart, "chart").getStyler().setLegendPosition(where);
        return chart;
    }

    /** The legend to the right of the plot, outside it (for many series or long names); returns the chart. */
    public static <C extends Chart<?, ?>> C legendOutside(C chart) {
        return legend(chart, LegendPosition.OutsideE);
    }

    // -------------------------------------------------------------------------------- composition

    /**
     * Charts drawn next to each other, left to right, each at its own size, as one picture (the last
     * expression of a cell): {@link Picture#sideBySide} of each chart's {@link Picture#of}.
     */
    public static BufferedImage sideBySide(Chart<?, ?>... charts) {
        checkCharts(charts);
        double pixels = 0;
        for (Chart<?, ?> c : charts) {
            pixels += (double) c.getWidth() * c.getHeight();
        }
        checkPixels(pixels, "the charts' sizes");
        return Picture.sideBySide(Arrays.stream(charts).map(Picture::of).toArray(BufferedImage[]::new));
    }

    /**
     * Charts side by side, {@code columns} per row, each drawn at {@link #PANEL_WIDTH} × {@link #PANEL_HEIGHT}
     * (their own sizes are ignored), as one picture: the last expression of a cell, like {@link Show#chart}.
     * When every chart has the same series names, in the same order (one palette, so the same colours),
     * only the first chart keeps its legend: the other charts' legends are switched off.
     */
    public static BufferedImage panels(int columns, Chart<?, ?>... charts) {
        return panels(columns, PANEL_WIDTH, PANEL_HEIGHT, charts);
    }

    /** {@link #panels(int, Chart[])} with panels of {@code panelWidth} × {@code panelHeight} pixels (three or more to a row). */
    public static BufferedImage panels(int columns, int panelWidth, int panelHeight, Chart<?, ?>... charts) {
        Require.inRange(panelWidth, 100, 4000, "panelWidth");
        Require.inRange(panelHeight, 100, 4000, "panelHeight");
        Require.positive(columns, "columns");
        checkCharts(charts);
        int cols = Math.min(columns, charts.length);
        int rows = (charts.length + cols - 1) / cols;
        checkPixels((double) cols * panelWidth * rows * panelHeight, "columns × rows of panels");
        boolean sameSeries = true;
        for (Chart<?, ?> chart : charts) {
            sameSeries &= List.copyOf(chart.getSeriesMap().keySet()).equals(List.copyOf(charts[0].getSeriesMap().keySet()));
        }
        if (sameSeries) {
            for (int k = 1; k < charts.length; k++) {
                charts[k].getStyler().setLegendVisible(false);
            }
        }
        StringBuilder description = new StringBuilder("[panels: ");
        for (int k = 0; k < charts.length; k++) {
            description.append(k == 0 ? "" : " | ").append(Picture.describe(charts[k], panelWidth, panelHeight));
        }
        BufferedImage image = new Picture(cols * panelWidth, rows * panelHeight, description.append(']').toString());
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int k = 0; k < charts.length; k++) {
                Graphics2D panel = (Graphics2D) g.create((k % cols) * panelWidth, (k / cols) * panelHeight,
                        panelWidth, panelHeight);
                try {
                    charts[k].paint(panel, panelWidth, panelHeight);
                } catch (RuntimeException e) {
                    // XChart checks some of its input only when it draws (a null title, data ≤ 0 on a log axis)
                    throw new IllegalArgumentException("charts[" + k + "] cannot be drawn: " + e, e);
                } finally {
                    panel.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Color paletteColour(int colour) {
        if (colour < 0) {
            throw new IllegalArgumentException("colour must be >= 0 (an index into the palette), got " + colour);
        }
        return colour(colour);
    }

    private static XYSeries add(XYChart chart, String name, double[] x, double[] y) {
        checkSeries(chart, name, x, y);
        return chart.addSeries(name, x, y);
    }

    private static void checkSeries(XYChart chart, String name, double[] x, double[] y) {
        Require.notNull(chart, "chart");
        if (label(Require.notNull(name, "name"), "name").isEmpty()) {
            throw new IllegalArgumentException("name must not be empty (it labels the series in the legend)");
        }
        Require.nonEmpty(Require.finite(x, "x"), "x");
        Require.finite(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length, got " + x.length + " and "
                    + y.length + " for series \"" + name + "\"");
        }
        if (chart.getStyler().isXAxisLogarithmic()) {
            requirePositive(x, null, "x", "x", "x");
        }
        if (chart.getStyler().isYAxisLogarithmic()) {
            requirePositive(y, null, "y", "y", "y");
        }
        if (chart.getSeriesMap().containsKey(name)) {
            throw new IllegalArgumentException("name must differ from the chart's other series, \"" + name
                    + "\" is already there");
        }
    }

    private static void checkRange(double min, double max) {
        Require.finite(min, "min");
        Require.finite(max, "max");
        if (!(min < max)) {
            throw new IllegalArgumentException("min must be < max, got " + min + " and " + max);
        }
        if (!Double.isFinite(max - min)) {
            throw new IllegalArgumentException("max − min must be within the double range (the axis spans it), got "
                    + max + " − " + min);
        }
    }

    private static void checkCharts(Chart<?, ?>[] charts) {
        Require.notNull(charts, "charts");
        if (charts.length == 0) {
            throw new IllegalArgumentException("charts must not be empty");
        }
        for (int i = 0; i < charts.length; i++) {
            Require.notNull(charts[i], "charts[" + i + "]");
        }
    }

    private static void checkPixels(double pixels, String what) {
        if (pixels > MAX_PIXELS) {
            throw new IllegalArgumentException(what + " make a picture of " + (long) pixels + " pixels, more than "
                    + (long) MAX_PIXELS);
        }
    }

    /**
     * The longest title or label accepted, in characters: a line of text on a chart (drawing one of
     * 100,000 characters took half a minute).
     */
    public static final int MAX_LABEL = 1000;

    /**
     * A title or label as XChart takes it: null (no title) as empty, which XChart draws as nothing (it
     * throws on null, when the chart is drawn); at most {@link #MAX_LABEL} characters.
     */
    private static String label(String text, String name) {
        if (text != null && text.length() > MAX_LABEL) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_LABEL + " characters (one line on a"
                    + " chart), got " + text.length());
        }
        return text == null ? "" : text;
    }

    private static List<Double> box(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }
}

package thw2.show;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The project's chart style: one palette, readable fonts, white background, sizes that print well.
 * Builders return ordinary XChart objects, so anything XChart offers can still be changed.
 */
public final class Charts {
    /** Default size in pixels: fits the handout column and prints at about 16 cm wide. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 420;
    /** Size of one panel of {@link #panels}: two side by side print at about the width of one chart. */
    public static final int PANEL_WIDTH = 420;
    public static final int PANEL_HEIGHT = 340;

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

    /** A line chart: series drawn as lines without markers (for curves sampled on a fine grid). */
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
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(series, "series");
        XYChart c = lines(title, xTitle, yTitle);
        series.forEach((name, y) -> c.addSeries(name, x, y));
        return c;
    }

    /** Logarithmic y axis; returns the chart. */
    public static <C extends Chart<? extends AxesChartStyler, ?>> C logY(C chart) {
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /** The legend at {@code where} (for example {@code LegendPosition.InsideSW}, a corner the data leave free); returns the chart. */
    public static <C extends Chart<?, ?>> C legend(C chart, LegendPosition where) {
        Objects.requireNonNull(where, "where");
        chart.getStyler().setLegendPosition(where);
        return chart;
    }

    /** The legend to the right of the plot, outside it (for many series or long names); returns the chart. */
    public static <C extends Chart<?, ?>> C legendOutside(C chart) {
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        return chart;
    }

    /**
     * One series of bars with error bars (one bar per name, error bar ±{@code errors}), no legend, the
     * category labels turned when there are more than six.
     */
    public static CategoryChart bars(String title, String yTitle, List<String> names, double[] values, double[] errors) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(errors, "errors");
        if (values.length != names.size() || errors.length != names.size()) {
            throw new IllegalArgumentException("names, values and errors must have the same length, got "
                    + names.size() + ", " + values.length + " and " + errors.length);
        }
        CategoryChart c = bars(title, "", yTitle);
        c.getStyler().setLegendVisible(false);
        if (names.size() > 6) {
            c.getStyler().setXAxisLabelRotation(60);
        }
        c.addSeries(yTitle, names, box(values), box(errors));
        return c;
    }

    private static List<Double> box(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
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
        Objects.requireNonNull(charts, "charts");
        if (panelWidth < 100 || panelHeight < 100) {
            throw new IllegalArgumentException("a panel must be at least 100 × 100 pixels, got " + panelWidth + " × "
                    + panelHeight);
        }
        if (charts.length == 0) {
            throw new IllegalArgumentException("charts must not be empty");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, got " + columns);
        }
        boolean sameSeries = true;
        for (Chart<?, ?> chart : charts) {
            Objects.requireNonNull(chart, "charts[i]");
            sameSeries &= List.copyOf(chart.getSeriesMap().keySet()).equals(List.copyOf(charts[0].getSeriesMap().keySet()));
        }
        if (sameSeries) {
            for (int k = 1; k < charts.length; k++) {
                charts[k].getStyler().setLegendVisible(false);
            }
        }
        int cols = Math.min(columns, charts.length);
        int rows = (charts.length + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * panelWidth, rows * panelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int k = 0; k < charts.length; k++) {
                Chart<?, ?> chart = Objects.requireNonNull(charts[k], "charts[" + k + "]");
                Graphics2D panel = (Graphics2D) g.create((k % cols) * panelWidth, (k / cols) * panelHeight,
                        panelWidth, panelHeight);
                try {
                    chart.paint(panel, panelWidth, panelHeight);
                } finally {
                    panel.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Applies the house style to any XChart styler. */
    public static void style(Styler s) {
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
}

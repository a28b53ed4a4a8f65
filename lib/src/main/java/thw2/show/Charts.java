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
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The project's chart style: one palette, readable fonts, white background, sizes that print well.
 * Builders return ordinary XChart objects, so anything XChart offers can still be changed.
 *
 * <p>Series conventions, so that a notebook's chart is one or two lines: {@link #line} for a computed
 * curve (solid, no markers), {@link #points} for measured values (markers only), {@link #connected}
 * for values at a few points joined by a line, {@link #steps} for a histogram, {@link #dashed} for a
 * second curve to compare with, {@link #reference} for a grey dashed level or guide; {@link #logX},
 * {@link #logY}, {@link #logLog} and {@link #legend} for the axes and the legend; {@link #panel} and
 * {@link #sideBySide} for two charts next to each other.
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
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setMarkerSize(5);
        return c;
    }

    /** Width and height of one of two side-by-side panels ({@link #panel}, {@link #sideBySide}). */
    public static final int PANEL_WIDTH = 420;
    public static final int PANEL_HEIGHT = 340;

    /** A chart sized to sit next to another one ({@link #sideBySide}). */
    public static XYChart panel(String title, String xTitle, String yTitle) {
        XYChart c = xy(title, xTitle, yTitle, PANEL_WIDTH, PANEL_HEIGHT);
        c.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return c;
    }

    /** Charts drawn next to each other, left to right, as one picture (the last expression of a cell). */
    public static BufferedImage sideBySide(Chart<?, ?>... charts) {
        Objects.requireNonNull(charts, "charts");
        if (charts.length == 0) {
            throw new IllegalArgumentException("charts must not be empty");
        }
        BufferedImage[] images = new BufferedImage[charts.length];
        int width = 0;
        int height = 0;
        for (int i = 0; i < charts.length; i++) {
            images[i] = BitmapEncoder.getBufferedImage(Objects.requireNonNull(charts[i], "charts[" + i + "]"));
            width += images[i].getWidth();
            height = Math.max(height, images[i].getHeight());
        }
        BufferedImage all = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage im : images) {
            g.drawImage(im, x, 0, null);
            x += im.getWidth();
        }
        g.dispose();
        return all;
    }

    /** A computed curve: a solid line without markers. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** A curve to compare with: a dashed line without markers. */
    public static XYSeries dashed(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = line(chart, name, x, y);
        s.setLineStyle(SeriesLines.DASH_DASH);
        return s;
    }

    /** Values at a few points, joined: a solid line with markers. */
    public static XYSeries connected(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return s;
    }

    /** A histogram or other piecewise-constant curve: steps, no markers. */
    public static XYSeries steps(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    /** Measured or sampled values: markers only. */
    public static XYSeries points(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return s;
    }

    /** A guide: a grey dashed segment from (x0, y0) to (x1, y1), e.g. a level or a threshold. */
    public static XYSeries reference(XYChart chart, String name, double x0, double y0, double x1, double y1) {
        XYSeries s = dashed(chart, name, new double[] {x0, x1}, new double[] {y0, y1});
        s.setLineColor(Color.GRAY);
        return s;
    }

    /** Logarithmic x axis; returns the chart. */
    public static XYChart logX(XYChart chart) {
        chart.getStyler().setXAxisLogarithmic(true);
        return chart;
    }

    /** Logarithmic y axis; returns the chart. */
    public static XYChart logY(XYChart chart) {
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }

    /** Both axes logarithmic; returns the chart. */
    public static XYChart logLog(XYChart chart) {
        return logY(logX(chart));
    }

    /** The y axis from {@code min} to {@code max}; returns the chart. */
    public static XYChart yRange(XYChart chart, double min, double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return chart;
    }

    /** The x axis from {@code min} to {@code max}; returns the chart. */
    public static XYChart xRange(XYChart chart, double min, double max) {
        chart.getStyler().setXAxisMin(min);
        chart.getStyler().setXAxisMax(max);
        return chart;
    }

    /** Moves the legend (e.g. {@code LegendPosition.InsideSW}); returns the chart. */
    public static <C extends Chart<?, ?>> C legend(C chart, LegendPosition position) {
        chart.getStyler().setLegendPosition(position);
        return chart;
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

package thw2.show;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import thw2.args.Require;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A picture for a notebook (a chart, a grid of digits): an RGB bitmap that knows what it shows.
 * Make it the last expression of a cell and every kernel renders it as {@code image/png}; kernels
 * that also send a {@code text/plain} copy (IJava, JJava) take it from {@link #toString()}, which
 * describes the picture instead of printing an object identity ({@code BufferedImage@1b6d3586 ...})
 * that would change on every run.
 */
public final class Picture extends BufferedImage {
    private final String description;

    /** An RGB bitmap of the given size, all black until drawn on, described by {@code description}. */
    public Picture(int width, int height, String description) {
        super(checkedWidth(width, height), height, BufferedImage.TYPE_INT_RGB);
        this.description = Require.notNull(description, "description");
    }

    /** Validates the size before the bitmap is allocated (the super constructor comes first). */
    private static int checkedWidth(int width, int height) {
        Require.positive(width, "width");
        Require.positive(height, "height");
        Require.entries((double) width * height, "width × height (a picture of " + width + " × " + height + " pixels)");
        return width;
    }

    /** The chart drawn at its own size, exactly as XChart's {@code BitmapEncoder.getBufferedImage} draws it. */
    public static Picture of(Chart<?, ?> chart) {
        Require.notNull(chart, "chart");
        if (!(chart instanceof org.knowm.xchart.XYChart) && chart.getSeriesMap().isEmpty()) {
            // XChart draws an empty line chart, but throws NoSuchElementException for an empty bar chart
            throw new IllegalArgumentException("chart has no series to draw (add one first)");
        }
        Picture p = new Picture(chart.getWidth(), chart.getHeight(), describe(chart));
        Graphics2D g = p.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } catch (RuntimeException e) {
            // XChart checks some of its input only when it draws (a null title, data ≤ 0 on a log axis)
            throw new IllegalArgumentException("chart cannot be drawn: " + e, e);
        } finally {
            g.dispose();
        }
        return p;
    }

    /**
     * The panels next to each other, left to right, top-aligned on white (charts drawn at the same
     * height line up). Its plain-text form lists the panels' own: {@code [side by side: … | …]}.
     */
    public static Picture sideBySide(BufferedImage... panels) {
        Require.notNull(panels, "panels");
        if (panels.length == 0) {
            throw new IllegalArgumentException("panels: at least one picture is needed, got none");
        }
        int width = 0;
        int height = 0;
        StringBuilder d = new StringBuilder("[side by side: ");
        for (int k = 0; k < panels.length; k++) {
            BufferedImage p = Require.notNull(panels[k], "panels[" + k + "]");
            width += p.getWidth();
            height = Math.max(height, p.getHeight());
            d.append(k == 0 ? "" : " | ").append(p instanceof Picture ? p.toString()
                    : "picture " + p.getWidth() + "×" + p.getHeight());
        }
        Picture out = new Picture(width, height, d.append(']').toString());
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            int x = 0;
            for (BufferedImage p : panels) {
                g.drawImage(p, x, 0, null);
                x += p.getWidth();
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A chart's plain-text form: its title, size and legend entries, e.g. {@code [chart "Loss" 720×420: train; test]}. */
    static String describe(Chart<?, ?> chart) {
        return describe(chart, chart.getWidth(), chart.getHeight());
    }

    /** {@link #describe(Chart)} for the chart drawn at {@code width} × {@code height} (a panel of {@link Charts#panels}). */
    static String describe(Chart<?, ?> chart, int width, int height) {
        String title = Objects.requireNonNullElse(chart.getTitle(), "").strip();
        StringBuilder b = new StringBuilder("[chart");
        if (!title.isEmpty()) {
            b.append(" \"").append(PlainText.withMath(title)).append('"');
        }
        b.append(' ').append(width).append('×').append(height);
        // the series a reader can name: those in the legend (not helper curves such as level sets)
        var series = chart.getSeriesMap().values().stream().filter(x -> x.isShowInLegend())
                .map(x -> x.getName()).toList();
        if (!series.isEmpty()) {
            b.append(": ").append(String.join("; ", series));
        }
        return b.append(']').toString();
    }

    @Override
    public String toString() {
        return description;
    }
}

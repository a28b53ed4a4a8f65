package thw2.show;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart drawn into a bitmap, as {@link Show#chart} returns it. Every kernel renders the image as
 * {@code image/png}; kernels that also send a {@code text/plain} copy (IJava, JJava) take it from
 * {@link #toString()}, which describes the chart instead of printing an object identity
 * ({@code BufferedImage@1b6d3586 ...}) that would change on every run.
 */
public final class ChartImage extends BufferedImage {
    private final String description;

    /** Draws {@code chart} at its own size, as XChart's {@code BitmapEncoder.getBufferedImage} does. */
    ChartImage(Chart<?, ?> chart) {
        super(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        this.description = describe(chart);
    }

    /** The plain-text form: the chart's title, size and series, e.g. {@code [chart "Loss" 720×420: train, test]}. */
    static String describe(Chart<?, ?> chart) {
        String title = Objects.requireNonNullElse(chart.getTitle(), "").strip();
        StringBuilder b = new StringBuilder("[chart");
        if (!title.isEmpty()) {
            b.append(" \"").append(title).append('"');
        }
        b.append(' ').append(chart.getWidth()).append('×').append(chart.getHeight());
        var series = chart.getSeriesMap().keySet();
        if (!series.isEmpty()) {
            b.append(": ").append(String.join(", ", series));
        }
        return b.append(']').toString();
    }

    @Override
    public String toString() {
        return description;
    }
}

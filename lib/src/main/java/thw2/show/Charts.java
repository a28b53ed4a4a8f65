package thw2.show;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
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
}

package thw2.show;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

class ChartsTest {
    private static final double[] X = {1, 2, 3};
    private static final double[] Y = {1, 4, 9};

    @Test
    void seriesFollowTheConventions() {
        XYChart c = Charts.logLog(Charts.xy("t", "x", "y"));
        XYSeries line = Charts.line(c, "curve", X, Y);
        XYSeries dashed = Charts.dashed(c, "other", X, Y);
        XYSeries points = Charts.points(c, "measured", X, Y);
        XYSeries ref = Charts.reference(c, "level", 1, 2, 3, 2);
        assertSame(SeriesMarkers.NONE, line.getMarker());
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, line.getXYSeriesRenderStyle());
        assertSame(Charts.DASHED, dashed.getLineStyle());
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle());
        assertEquals(Color.GRAY, ref.getLineColor());
        assertEquals(XYSeries.XYSeriesRenderStyle.Step, Charts.steps(c, "histogram", X, Y).getXYSeriesRenderStyle());
        XYSeries joined = Charts.connected(c, "joined", X, Y);
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, joined.getXYSeriesRenderStyle());
        assertNotSame(SeriesMarkers.NONE, joined.getMarker());
        assertTrue(c.getStyler().isXAxisLogarithmic() && c.getStyler().isYAxisLogarithmic());
        Charts.yRange(c, 0.5, 10);
        assertEquals(0.5, c.getStyler().getYAxisMin());
        assertEquals(10, c.getStyler().getYAxisMax());
    }

    @Test
    void panelsSitSideBySideInOnePicture() {
        XYChart a = Charts.panel("a", "x", "y");
        XYChart b = Charts.panel("b", "x", "y");
        Charts.line(a, "a", X, Y);
        Charts.points(b, "b", X, Y);
        BufferedImage im = Charts.sideBySide(a, b);
        assertEquals(2 * Charts.PANEL_WIDTH, im.getWidth());
        assertEquals(Charts.PANEL_HEIGHT, im.getHeight());
        assertThrows(IllegalArgumentException.class, Charts::sideBySide);
    }

    @Test
    void linesDrawOneUnmarkedLinePerSeriesInTheMapsOrder() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("b", new double[] {1, 2, 3});
        series.put("a", new double[] {3, 2, 1});
        XYChart c = Charts.lines("t", "x", "y", new double[] {0, 1, 2}, series);
        assertEquals(List.of("b", "a"), List.copyOf(c.getSeriesMap().keySet()));
        assertEquals(0, c.getStyler().getMarkerSize());
        assertSame(c, Charts.logY(c));
        assertTrue(c.getStyler().isYAxisLogarithmic());
        assertSame(c, Charts.legendOutside(c));
        assertEquals(LegendPosition.OutsideE, c.getStyler().getLegendPosition());
    }

    @Test
    void barsWithErrorBarsCheckTheirLengths() {
        CategoryChart c = Charts.bars("t", "error (%)", List.of("a", "b"), new double[] {1, 2}, new double[] {0.1, 0.2});
        assertEquals(1, c.getSeriesMap().size());
        assertFalse(c.getStyler().isLegendVisible());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.bars("t", "y", List.of("a"), new double[] {1, 2}, new double[] {0.1}));
        assertTrue(e.getMessage().startsWith("names, values and errors must have the same length"), e.getMessage());
    }

    @Test
    void panelsPutChartsSideBySideInRows() {
        XYChart a = Charts.lines("a", "x", "y");
        a.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        XYChart b = Charts.lines("b", "x", "y");
        b.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        XYChart c = Charts.lines("c", "x", "y");
        c.addSeries("s", new double[] {0, 1}, new double[] {1, 1});
        BufferedImage img = Charts.panels(2, a, b, c);
        assertEquals(2 * Charts.PANEL_WIDTH, img.getWidth());
        assertEquals(2 * Charts.PANEL_HEIGHT, img.getHeight());
        // each panel is drawn: some pixel of each of the three is not white, the empty fourth stays white
        assertTrue(hasInk(img, 0, 0) && hasInk(img, 1, 0) && hasInk(img, 0, 1));
        assertFalse(hasInk(img, 1, 1));
        assertEquals(Charts.PANEL_WIDTH, Charts.panels(4, a).getWidth());
        assertThrows(IllegalArgumentException.class, () -> Charts.panels(0, a));
        assertThrows(IllegalArgumentException.class, () -> Charts.panels(2));
        BufferedImage three = Charts.panels(3, 300, 200, a, b, c);
        assertEquals(900, three.getWidth());
        assertEquals(200, three.getHeight());
        assertThrows(IllegalArgumentException.class, () -> Charts.panels(3, 50, 200, a));
        // its plain-text form (a kernel's text/plain, a handout's alt text) names every panel, never an identity hash
        assertEquals("[panels: [chart \"a\" 420×340: s] | [chart \"b\" 420×340: s] | [chart \"c\" 420×340: s]]",
                img.toString());
    }

    @Test
    void panelsWithTheSameSeriesShowOneLegend() {
        XYChart a = Charts.legend(Charts.lines("a", "x", "y"), LegendPosition.InsideSW);
        a.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        XYChart b = Charts.lines("b", "x", "y");
        b.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        XYChart c = Charts.lines("c", "x", "y");
        c.addSeries("other", new double[] {0, 1}, new double[] {1, 0});
        assertEquals(LegendPosition.InsideSW, a.getStyler().getLegendPosition());
        Charts.panels(2, a, b);
        assertTrue(a.getStyler().isLegendVisible());
        assertFalse(b.getStyler().isLegendVisible());
        XYChart d = Charts.lines("d", "x", "y");
        d.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        Charts.panels(2, d, c);
        assertTrue(c.getStyler().isLegendVisible(), "different series keep their legends");
    }

    private static boolean hasInk(BufferedImage img, int col, int row) {
        for (int y = row * Charts.PANEL_HEIGHT; y < (row + 1) * Charts.PANEL_HEIGHT; y += 3) {
            for (int x = col * Charts.PANEL_WIDTH; x < (col + 1) * Charts.PANEL_WIDTH; x += 3) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}

package thw2.show;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
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
        assertSame(SeriesLines.DASH_DASH, dashed.getLineStyle());
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
}

package thw2.show;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

class ChartSeriesTest {
    private final double[] x = {1, 2, 3};
    private final double[] y = {3, 1, 2};

    @Test
    void seriesHelpersApplyTheHouseStyle() {
        XYChart c = Charts.xy("t", "x", "y");
        XYSeries line = Charts.line(c, "line", x, y, 1);
        XYSeries dashed = Charts.dashed(c, "dashed", x, y, 1);
        XYSeries points = Charts.points(c, "points", x, y, 2);
        assertEquals(Charts.PALETTE[1], line.getLineColor());
        assertSame(Charts.SOLID, line.getLineStyle());
        assertSame(Charts.DASHED, dashed.getLineStyle());
        assertEquals(XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle());
        assertEquals(Charts.PALETTE[2], points.getMarkerColor());
        assertEquals(Charts.PALETTE[0], Charts.colour(Charts.PALETTE.length));
    }

    @Test
    void guidesStayOutOfTheLegendAndNeedNoName() {
        XYChart c = Charts.xy("t", "x", "y");
        XYSeries a = Charts.guide(c, x, y);
        XYSeries b = Charts.guide(c, x, y);
        assertNotEquals(a.getName(), b.getName());
        assertFalse(a.isShowInLegend());
        assertEquals(Charts.GUIDE, a.getLineColor());
    }

    @Test
    void sideBySidePutsPanelsInARow() {
        XYChart a = Charts.xy("a", "x", "y", 200, 150);
        XYChart b = Charts.xy("b", "x", "y", 300, 120);
        Charts.line(a, "l", x, y, 0);
        Charts.line(b, "l", x, y, 0);
        BufferedImage img = Charts.sideBySide(a, b);
        assertEquals(500, img.getWidth());
        assertEquals(150, img.getHeight());
    }

    @Test
    void mismatchedSeriesAreRejectedWithTheirName() {
        XYChart c = Charts.xy("t", "x", "y");
        var e = assertThrows(IllegalArgumentException.class, () -> Charts.line(c, "bad", x, new double[2], 0));
        assertTrue(e.getMessage().contains("bad"));
        assertThrows(IllegalArgumentException.class, () -> Charts.points(c, "err", x, y, new double[2], 0));
        assertThrows(IllegalArgumentException.class, () -> Charts.square("s", "x", "y", 0, 300));
    }
}

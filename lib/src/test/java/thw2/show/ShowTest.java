package thw2.show;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ShowTest {
    record Call(String mime, String content, String text) {}

    private final List<Call> calls = new ArrayList<>();

    @AfterEach
    void restore() {
        Show.useSink(null);
        FakeKernel.CALLS.clear();
    }

    private void record() {
        Show.useSink((m, c, t) -> calls.add(new Call(m, c, t)));
    }

    @Test
    void noKernelOnTheTestClassPathMeansPlainText() {
        Show.useSink(null);
        assertEquals("none", Show.kernel());
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Show.html("<p>a &amp; b</p><p>c</p>");
            Show.latex("  x^2 ");
        } finally {
            System.setOut(old);
        }
        assertEquals("a & b\nc\nx^2\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void tableIsARealHtmlTableWithEscapedCellsAndRightAlignedNumbers() {
        record();
        Table t = Table.create("Layers",
                StringColumn.create("layer", "in<put>", "out"),
                IntColumn.create("params", 210, 11),
                DoubleColumn.create("share", 210 / 221.0, 11 / 221.0));
        Show.table(t, 3);
        assertEquals(1, calls.size());
        Call c = calls.get(0);
        assertEquals("text/html", c.mime());
        assertTrue(c.content().startsWith("<table class=\"thw2-table\"><caption>Layers</caption>"), c.content());
        assertTrue(c.content().contains("<td>in&lt;put&gt;</td>"));
        assertTrue(c.content().contains("<td style=\"text-align:right\">0.950</td>") || c.content().contains(">0.95<"),
                c.content());
        assertEquals(3, c.content().split("<tr>").length - 1, "header row + 2 rows");
        assertTrue(c.text().contains("params"));
        assertTrue(c.text().lines().anyMatch(l -> l.contains("in<put>") && l.contains("210")), c.text());
    }

    @Test
    void markdownAndLatexCarryTheirMimeTypes() {
        record();
        Show.markdown("**bold**");
        Show.latex("\\sigma(z)");
        assertEquals("text/markdown", calls.get(0).mime());
        assertEquals("**bold**", calls.get(0).content());
        assertEquals("text/latex", calls.get(1).mime());
        assertEquals("$$\\sigma(z)$$", calls.get(1).content());
        assertEquals("\\sigma(z)", calls.get(1).text());
    }

    @Test
    void erratumEscapesItsText() {
        record();
        Show.erratum("a < b", "b > a");
        assertTrue(calls.get(0).content().contains("a &lt; b"));
        assertTrue(calls.get(0).text().startsWith("Erratum."));
    }

    @Test
    void chartRendersToAnImageOfTheRequestedSize() {
        XYChart c = Charts.xy("t", "x", "y", 300, 200);
        c.addSeries("s", new double[] {0, 1, 2}, new double[] {0, 1, 4});
        BufferedImage img = Show.chart(c);
        assertEquals(300, img.getWidth());
        assertEquals(200, img.getHeight());
        // not blank: some pixel differs from the white background
        boolean ink = false;
        for (int x = 0; x < img.getWidth() && !ink; x++) {
            for (int y = 0; y < img.getHeight() && !ink; y++) {
                ink = (img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
            }
        }
        assertTrue(ink);
    }

    @Test
    void kernelSinkCallsAMimeFirstDisplayFunction() {
        var c = new KernelSink.Candidate("fake", FakeKernel.class.getName(), true, null, null);
        KernelSink sink = KernelSink.tryCandidate(c).orElseThrow();
        sink.show("text/html", "<b>x</b>", "x");
        assertEquals(List.of("text/html|<b>x</b>"), FakeKernel.CALLS);
    }

    @Test
    void kernelSinkCallsAnObjectFirstDisplayFunction() {
        var c = new KernelSink.Candidate("fake", FakeKernel.class.getName(), false, null, null);
        KernelSink.tryCandidate(c).orElseThrow().show("text/markdown", "*y*", "y");
        assertEquals(List.of("text/markdown|*y*"), FakeKernel.CALLS);
    }

    @Test
    void kernelSinkIsSkippedWhenNoKernelInstanceRuns() {
        // the holder exists but reports no running instance (returns null)
        var c = new KernelSink.Candidate("fake", FakeKernel.class.getName(), false,
                NoInstance.class.getName(), "getKernelInstance");
        assertTrue(KernelSink.tryCandidate(c).isEmpty());
        var missing = new KernelSink.Candidate("gone", "no.such.Kernel", true, null, null);
        assertTrue(KernelSink.tryCandidate(missing).isEmpty());
    }

    public static final class NoInstance {
        public static Object getKernelInstance() {
            return null;
        }
    }

    @Test
    void formatNumberIsLocaleFreeAndTrimsZeros() {
        assertEquals("0.5", HtmlTable.formatNumber(0.5, 6));
        assertEquals("661", HtmlTable.formatNumber(661.0, 6));
        assertEquals("1.9287e-22", HtmlTable.formatNumber(1.928749847963918e-22, 5));
        assertEquals("-3.14159", HtmlTable.formatNumber(-Math.PI, 6));
        assertEquals("1.2e7", HtmlTable.formatNumber(1.2e7, 6));
        assertEquals("0", HtmlTable.formatNumber(0.0, 6));
        assertThrows(IllegalArgumentException.class, () -> HtmlTable.formatNumber(1, 0));
    }
}

package thw2.show;

import thw2.text.Format;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        FakeKernels.PUBLISHED.clear();
        FakeKernels.IJavaMain.instance = null;
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
        assertEquals("a & b\nc\nx²\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
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
        assertEquals("σ(z)", calls.get(1).text());
        assertEquals("bold", calls.get(0).text());
        Show.markdown("$L^* = %.4f$ after %d steps", 0.5, 3);
        assertEquals("$L^* = 0.5000$ after 3 steps", calls.get(2).content());
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
        var c = new KernelSink.Candidate("fake", null, null, FakeKernel.class.getName(), true);
        KernelSink sink = KernelSink.tryCandidate(c).orElseThrow();
        sink.show("text/html", "<b>x</b>", "x");
        assertEquals(List.of("text/html|<b>x</b>"), FakeKernel.CALLS);
    }

    @Test
    void kernelSinkCallsAnObjectFirstDisplayFunction() {
        var c = new KernelSink.Candidate("fake", null, null, FakeKernel.class.getName(), false);
        KernelSink.tryCandidate(c).orElseThrow().show("text/markdown", "*y*", "y");
        assertEquals(List.of("text/markdown|*y*"), FakeKernel.CALLS);
    }

    @Test
    void kernelSinkIsSkippedWhenNoKernelInstanceRuns() {
        // the holder exists but reports no running instance (returns null)
        var c = new KernelSink.Candidate("fake", NoInstance.class.getName(), "getKernelInstance",
                FakeKernel.class.getName(), false);
        assertTrue(KernelSink.tryCandidate(c).isEmpty());
        // IJava's classes loaded but no kernel started: getKernelInstance() is null
        var idle = new KernelSink.Candidate("IJava", FakeKernels.IJavaMain.class.getName(), "getKernelInstance",
                FakeKernel.class.getName(), false);
        assertTrue(KernelSink.tryCandidate(idle).isEmpty());
        var missing = new KernelSink.Candidate("gone", null, null, "no.such.Kernel", true);
        assertTrue(KernelSink.tryCandidate(missing).isEmpty());
        var missingHolder = new KernelSink.Candidate("gone", "no.such.Holder", "kernel", FakeKernel.class.getName(), true);
        assertTrue(KernelSink.tryCandidate(missingHolder).isEmpty());
    }

    @Test
    void ijavaGetsTheRichFormAndTheLibrarysOwnPlainTextInOneBundle() {
        FakeKernels.IJavaMain.instance = new FakeKernels.IJavaKernel();
        var c = new KernelSink.Candidate("IJava", FakeKernels.IJavaMain.class.getName(), "getKernelInstance",
                FakeKernel.class.getName(), false);
        KernelSink sink = KernelSink.tryCandidate(c).orElseThrow();
        assertTrue(sink.sendsPlainText());
        Show.useSink(sink);
        Show.markdown("**Erratum.** $\\sigma(0) = \\tfrac12$");
        Table t = Table.create("T", StringColumn.create("a", "x"), IntColumn.create("n", new int[] {7}));
        Show.table(t);
        assertEquals(List.of(), FakeKernel.CALLS, "the mime-only function is not used when bundles work");
        assertEquals(2, FakeKernels.PUBLISHED.size());
        var md = FakeKernels.PUBLISHED.get(0);
        assertEquals("**Erratum.** $\\sigma(0) = \\tfrac12$", md.get("text/markdown"));
        assertEquals("Erratum. σ(0) = 1/2", md.get("text/plain"));
        assertEquals(2, md.size());
        var table = FakeKernels.PUBLISHED.get(1);
        assertTrue(((String) table.get("text/html")).startsWith("<table"));
        assertEquals(HtmlTable.renderText(t, 6), table.get("text/plain"));
        assertFalse(((String) table.get("text/plain")).contains("<"), "no HTML in the plain-text copy");
    }

    @Test
    void rapaioGetsABundleBuiltFromItsFromTextFactory() {
        var c = KernelSink.CANDIDATES.get(0);
        assertEquals("rapaio", c.kernel());
        var fake = new KernelSink.Candidate("rapaio", FakeKernels.RapaioMain.class.getName(), c.holderMember(),
                FakeKernel.class.getName(), true);
        KernelSink sink = KernelSink.tryCandidate(fake).orElseThrow();
        assertTrue(sink.sendsPlainText());
        sink.show("text/latex", "$$x^2$$", "x²");
        assertEquals(List.of(Map.of("text/latex", "$$x^2$$", "text/plain", "x²")), FakeKernels.PUBLISHED);
    }

    @Test
    void aKernelWithoutABundleMethodFallsBackToItsMimeOnlyFunction() {
        var c = new KernelSink.Candidate("old", FakeKernels.OldKernelMain.class.getName(), "getKernelInstance",
                FakeKernel.class.getName(), false);
        KernelSink sink = KernelSink.tryCandidate(c).orElseThrow();
        assertFalse(sink.sendsPlainText());
        sink.show("text/html", "<i>z</i>", "z");
        assertEquals(List.of("text/html|<i>z</i>"), FakeKernel.CALLS);
        assertEquals(List.of(), FakeKernels.PUBLISHED);
    }

    @Test
    void theKnownKernelsAreLookedUpWhereTheirSourcesPutThem() {
        // the class and member names KernelSink asks for, as in rapaio 3.0.1's and IJava 1.3.0's sources
        var byKernel = KernelSink.CANDIDATES.stream().collect(java.util.stream.Collectors.groupingBy(
                KernelSink.Candidate::kernel));
        var rapaio = byKernel.get("rapaio").get(0);
        assertEquals("org.rapaio.jupyter.kernel.MainApp", rapaio.holderClass());
        assertEquals("kernel", rapaio.holderMember());
        assertEquals("org.rapaio.jupyter.kernel.global.Global", rapaio.displayClass());
        var ijava = byKernel.get("IJava").get(0);
        assertEquals("io.github.spencerpark.ijava.IJava", ijava.holderClass());
        assertEquals("getKernelInstance", ijava.holderMember());
        assertEquals("io.github.spencerpark.ijava.runtime.Display", ijava.displayClass());
    }

    @Test
    void chartImageDrawsTheSamePixelsAsXChartAndDescribesItself() throws Exception {
        XYChart c = Charts.xy("Loss", "epoch", "loss", 320, 200);
        c.addSeries("train", new double[] {0, 1, 2}, new double[] {3, 2, 1.5});
        c.addSeries("test", new double[] {0, 1, 2}, new double[] {3.2, 2.4, 2.1});
        BufferedImage ours = Show.chart(c);
        BufferedImage xchart = org.knowm.xchart.BitmapEncoder.getBufferedImage(c);
        assertArrayEquals(png(xchart), png(ours), "the PNG a kernel sends is XChart's own");
        assertEquals("[chart \"Loss\" 320×200: train; test]", ours.toString());
        assertFalse(thw2IdentityHash(ours.toString()), ours.toString());
        assertTrue(thw2IdentityHash(xchart.toString()), "XChart's image prints an identity hash: " + xchart);
    }

    @Test
    void sideBySideDrawsEachPanelAtItsOffsetOnWhite() {
        XYChart a = Charts.xy("A", "x", "y", 120, 80);
        a.addSeries("s", new double[] {0, 1}, new double[] {0, 1});
        var hidden = a.addSeries("helper", new double[] {0, 1}, new double[] {1, 0});
        hidden.setShowInLegend(false);
        BufferedImage left = Show.chart(a);
        BufferedImage right = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB); // black
        BufferedImage both = Picture.sideBySide(left, right);
        assertEquals(170, both.getWidth());
        assertEquals(80, both.getHeight());
        for (int y = 0; y < 80; y += 7) {
            for (int x = 0; x < 120; x += 11) {
                assertEquals(left.getRGB(x, y), both.getRGB(x, y), "left panel at (" + x + "," + y + ")");
            }
        }
        assertEquals(0x000000, both.getRGB(120 + 25, 20) & 0xFFFFFF, "right panel at x offset 120");
        assertEquals(0xFFFFFF, both.getRGB(120 + 25, 60) & 0xFFFFFF, "white below the shorter panel");
        assertEquals("[side by side: [chart \"A\" 120×80: s] | picture 50×40]", both.toString());
        assertThrows(IllegalArgumentException.class, () -> Picture.sideBySide());
    }

    private static boolean thw2IdentityHash(String s) {
        return java.util.regex.Pattern.compile("\\b[A-Za-z_$][\\w$.]*@[0-9a-f]{5,8}\\b").matcher(s).find();
    }

    private static byte[] png(BufferedImage img) throws java.io.IOException {
        var out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    public static final class NoInstance {
        public static Object getKernelInstance() {
            return null;
        }
    }

    @Test
    void formatNumberIsLocaleFreeAndTrimsZeros() {
        assertEquals("0.5", Format.number(0.5, 6));
        assertEquals("661", Format.number(661.0, 6));
        assertEquals("1.9287e-22", Format.number(1.928749847963918e-22, 5));
        assertEquals("-3.14159", Format.number(-Math.PI, 6));
        assertEquals("1.2e7", Format.number(1.2e7, 6));
        assertEquals("0", Format.number(0.0, 6));
        assertThrows(IllegalArgumentException.class, () -> Format.number(1, 0));
    }
}

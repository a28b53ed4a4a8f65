package thw2.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * Through rapaio's own display system, which finds {@link PlainTextProvider} on the class path as the
 * kernel does: every bundle gets text/plain, and what rapaio rendered stays as it was.
 */
class PlainTextRendererTest {

    private static Map<String, Object> render(String mime, Object o) {
        DisplayData dd = DisplaySystem.inst().render(mime, o);
        assertTrue(dd.hasDisplayId(), "rapaio's display id is kept");
        return dd.data();
    }

    @Test
    void theProviderIsAService() {
        assertTrue(ServiceLoader.load(DisplayProvider.class).stream().anyMatch(p -> p.type() == PlainTextProvider.class));
    }

    @Test
    void valuesKeepRapaiosHtmlAndGainText() {
        assertEquals(Map.of("text/html", "2", "text/plain", "2"), render(null, 2));
        assertEquals(Map.of("text/html", "aaa", "text/plain", "aaa"), render(null, "aaa"));
        Map<String, Object> list = render(null, List.of(1, 2));
        assertEquals("[1, 2]", list.get("text/plain"));
        assertTrue(((String) list.get("text/html")).contains("size:2"), "rapaio's own HTML form: " + list);
        Map<String, Object> map = render(null, Map.of("a", 1));
        assertEquals("{a=1}", map.get("text/plain"));
        assertTrue(((String) map.get("text/html")).startsWith("<table"), "rapaio's table: " + map);
    }

    @Test
    void picturesKeepTheirPngAndGainADescription() {
        Map<String, Object> data = render(null, new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB));
        assertEquals("[image 4×3]", data.get("text/plain"));
        assertTrue(((String) data.get("image/png")).startsWith("iVBOR"), "a PNG, base64");
        assertEquals(2, data.size());
    }

    @Test
    void explicitMimeTypes() {
        assertEquals(Map.of("text/html", "<b>x</b> &amp; y", "text/plain", "x & y"), render("text/html", "<b>x</b> &amp; y"));
        assertEquals(Map.of("text/markdown", "**x**", "text/plain", "**x**"), render("text/markdown", "**x**"));
        assertEquals(Map.of("text/plain", "just text"), render("text/plain", "just text"), "rapaio's text stays alone");
    }

    @Test
    void nothingIsLeftHalfDone() {
        assertFalse(new PlainTextRenderer().canRender("text/html") == false, "outside a rendering it accepts");
    }
}

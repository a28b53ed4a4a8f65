package thw2.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DigitPicturesTest {
    @Test
    void gridHasTheComputedSizeInkWhereTheDigitIsAndAStablePlainTextForm() {
        float[] ink = new float[4 * 3];
        Arrays.fill(ink, 1f);
        float[][][] cells = {{ink, null, ink}, {null, ink, null}};
        // no titles, scale 2: each cell 3·2 = 6 wide and 4·2 = 8 high, gaps of 4 around and between
        BufferedImage img = DigitPictures.grid(cells, 4, 3, null, null, 2);
        assertEquals(3 * (6 + 4) + 4, img.getWidth());
        assertEquals(2 * (8 + 4) + 4, img.getHeight());
        assertEquals(0x000000, img.getRGB(4 + 3, 4 + 4) & 0xFFFFFF, "full ink is black");
        assertEquals(0xFFFFFF, img.getRGB(4 + 10 + 3, 4 + 4) & 0xFFFFFF, "an empty cell stays white");
        assertEquals("[digits: 2 × 3 grid]", img.toString());
        String titled = DigitPictures.grid(cells, 4, 3, null, new String[] {"as written", "deslanted"}, 1).toString();
        assertEquals("[digits: 2 × 3 grid; rows: as written, deslanted]", titled);
        assertTrue(!img.toString().contains("@"), "no identity hash in the text form");
    }
}

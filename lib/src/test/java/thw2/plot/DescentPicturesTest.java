package thw2.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import thw2.optim.QuadraticBowl;

class DescentPicturesTest {
    /** Three panels of 400 × 430 pixels side by side. */
    @Test
    void onePanelPerStepSize() {
        QuadraticBowl bowl = QuadraticBowl.planar(1, 4, Math.PI / 6);
        BufferedImage im = DescentPictures.stepSizePanels(bowl, bowl.fromEigenCoordinates(new double[] {2, 1}), 12,
                new double[] {0.95, 1, 1.05}, 1, 5, 20);
        assertTrue(im.getWidth() >= 3 * 400, "width " + im.getWidth());
        assertTrue(im.getHeight() >= 430, "height " + im.getHeight());
    }

    @Test
    void refusesBadInput() {
        QuadraticBowl bowl = QuadraticBowl.planar(1, 4, 0);
        assertThrows(IllegalArgumentException.class, () -> DescentPictures.stepSizePanels(
                QuadraticBowl.of(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}), new double[] {1, 1}, 3, new double[] {1}, 1));
        assertThrows(IllegalArgumentException.class, () -> DescentPictures.stepSizePanels(bowl, new double[] {1, 1}, 3, new double[] {-1}, 1));
        assertThrows(IllegalArgumentException.class, () -> DescentPictures.stepSizePanels(bowl, new double[] {1}, 3, new double[] {1}, 1));
    }
}

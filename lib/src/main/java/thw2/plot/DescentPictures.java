package thw2.plot;

import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;
import thw2.args.Require;
import thw2.optim.QuadraticBowl;
import thw2.show.Charts;
import thw2.text.Format;

/**
 * Pictures of gradient descent on a two-dimensional {@link QuadraticBowl} over its level sets
 * (Question 5 c): one square panel per step size, side by side, each with the exact level sets, the
 * iterates and the start, so that a step size just below, at and just above the critical 1/λ_max can
 * be compared at a glance.
 */
public final class DescentPictures {
    private DescentPictures() {}

    /**
     * Panels of {@code steps} gradient steps from {@code start}, one per entry of {@code ratios}, with
     * step size ε = ratio·(1/λ_max), titled "ε = r/λ_max, steps steps" (r with two decimals); each
     * panel spans [−4, 4]² at 400 pixels, draws the level sets J = c for the given {@code levels} in
     * grey, the iterates in palette colour k (the panel's index) and marks the start; no legends.
     *
     * @param bowl   a 2-D bowl with λ_max &gt; 0
     * @param start  the start, of length 2
     * @param steps  the number of steps, in [1, 10,000]
     * @param ratios the step sizes as multiples of 1/λ_max, each positive, one to six of them
     * @param levels the levels of J to draw
     * @return the panels as one picture (the last expression of a notebook cell)
     * @throws IllegalArgumentException if an argument is out of range, the bowl is not 2-D or a path
     *     leaves the double range (a ratio far above 1)
     */
    public static BufferedImage stepSizePanels(QuadraticBowl bowl, double[] start, int steps, double[] ratios,
                                               double... levels) {
        Require.notNull(bowl, "bowl");
        if (bowl.dimension() != 2) {
            throw new IllegalArgumentException("bowl must be two-dimensional, got dimension " + bowl.dimension());
        }
        Require.finite(Require.notNull(start, "start"), "start");
        if (start.length != 2) {
            throw new IllegalArgumentException("start must have length 2 (a point of the plane), got " + start.length);
        }
        Require.inRange(steps, 1, 10_000, "steps");
        Require.finite(Require.nonEmpty(ratios, "ratios"), "ratios");
        Require.inRange(ratios.length, 1, 6, "ratios.length");
        double critical = bowl.criticalStepSize();
        XYChart[] panels = new XYChart[ratios.length];
        for (int k = 0; k < ratios.length; k++) {
            Require.positive(ratios[k], "ratios[" + k + "]");
            if (!(ratios[k] * critical > 0)) {
                throw new IllegalArgumentException("ratios[" + k + "] = " + ratios[k] + " is too small: ratios[" + k
                        + "]·ε_crit = " + ratios[k] * critical + " is not a positive step size");
            }
            panels[k] = Charts.square(Format.text("ε = %.2f/λ_max, %d steps", ratios[k], steps), "w₁", "w₂", 4.0, 400);
            panels[k].getStyler().setLegendVisible(false);
            LevelSets.addTo(panels[k], bowl, levels);
            double[][] path;
            try {
                path = bowl.gradientDescentPath(start, ratios[k] * critical, steps);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("ratios[" + k + "] = " + ratios[k] + " makes the iterates overflow within "
                        + steps + " steps: " + e.getMessage(), e);
            }
            Charts.path(panels[k], steps + " steps", path, k);
            Charts.mark(panels[k], "start", start[0], start[1]);
        }
        return Charts.sideBySide(panels);
    }
}

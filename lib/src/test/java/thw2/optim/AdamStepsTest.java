package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AdamStepsTest {
    /** g = 1, 2 with α = 0.1: m₁ = 0.1, v₁ = 0.001, m̂₁ = v̂₁ = 1; m₂ = 0.29, v₂ = 0.004999, m̂₂ = 29/19, v̂₂ = 4999/1999. */
    @Test
    void rowsAreTheHandComputedSteps() {
        Trajectory<AdamState> run = AdamSteps.onGradients(Adam.builder().learningRate(0.1).build(), 1, 2);
        double[][] rows = AdamSteps.rows(run);
        assertEquals(2, rows.length);
        double theta1 = -0.1 / (1 + 1e-8);
        assertArrayEquals(new double[] {0.1, 0.001, 1, 1, theta1}, rows[0], 1e-15);
        double theta2 = theta1 - 0.1 * (29.0 / 19) / (Math.sqrt(4999.0 / 1999) + 1e-8);
        assertArrayEquals(new double[] {0.29, 0.004999, 29.0 / 19, 4999.0 / 1999, theta2}, rows[1], 1e-14);
    }

    @Test
    void tableHasOneRowPerStateAndTheSevenQuantities() {
        Table t = AdamSteps.table("three steps", AdamSteps.onGradients(Adam.withDefaults(), 1, 2, 3));
        assertEquals(4, t.rowCount());
        assertEquals(java.util.List.of("t", "g_t", "m_t", "v_t", "m̂_t", "v̂_t", "Δθ_t", "θ_t"), t.columnNames());
        assertEquals(0.561, t.doubleColumn("m_t").get(3), 1e-15);
        assertEquals(3, t.doubleColumn("g_t").get(3));
        assertEquals("three steps", t.name());
    }

    /** t = 1: α|g|/(|g| + ε); t = 2 after one zero: m₂ = 0.25, v₂ = 0.00625, so α(25/19)/(√(6250/1999) + ε). */
    @Test
    void stepAfterZerosMatchesTheHandValues() {
        Adam adam = Adam.withDefaults();
        assertEquals(0.001 * 2.5 / (2.5 + 1e-8), AdamSteps.stepAfterZeros(adam, 1, 2.5), 1e-18);
        assertEquals(0.001 * (25.0 / 19) / (Math.sqrt(6250.0 / 1999) + 1e-8), AdamSteps.stepAfterZeros(adam, 2, -2.5), 1e-17);
        // only m̂ corrected, t = 1: α/√(1 − β₂) ≈ 31.6α
        Adam mOnly = Adam.builder().biasCorrection(Adam.BiasCorrection.FIRST_MOMENT_ONLY).build();
        assertEquals(0.001 * 3 / (3 * Math.sqrt(1 - 0.999) + 1e-8), AdamSteps.stepAfterZeros(mOnly, 1, 3), 1e-17);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> AdamSteps.onGradients(Adam.withDefaults()));
        assertThrows(IllegalArgumentException.class, () -> AdamSteps.stepAfterZeros(Adam.withDefaults(), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> AdamSteps.stepAfterZeros(Adam.withDefaults(), 1, 1e200));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Trajectory<AdamState> notAdam = (Trajectory) new Sgd(0.1).run(TestFunctions.rosenbrock(), new double[] {0, 0}, 2);
        assertThrows(IllegalArgumentException.class, () -> AdamSteps.rows(notAdam));
    }
}

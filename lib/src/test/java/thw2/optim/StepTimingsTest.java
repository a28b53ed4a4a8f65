package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class StepTimingsTest {
    @Test
    void measuresBothStepsAndTabulatesThem() {
        StepTimings t = StepTimings.measure(20);
        assertEquals(20, t.n());
        assertTrue(t.newtonMillis() >= 0 && t.gradientStepMillis() >= 0);
        Table table = StepTimings.table("timings", 10, 20);
        assertEquals(2, table.rowCount());
        assertEquals(java.util.List.of("n", "Newton direction (ms)", "gradient step (ms)", "ratio"), table.columnNames());
    }

    /** A Newton direction that takes 2 ms against a gradient step of 0.5 ms costs 4 steps. */
    @Test
    void ratioIsNewtonOverGradientStep() {
        assertEquals(4, new StepTimings(10, 2, 0.5).ratio());
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> StepTimings.measure(1));
        assertThrows(IllegalArgumentException.class, () -> StepTimings.measure(StepTimings.MAX_N + 1));
        assertThrows(IllegalArgumentException.class, () -> new StepTimings(10, -1, 1));
    }
}

package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParameterCountsTest {
    @Test
    void countsByHand() {
        // 20 → 10^×5 → 1: 21·10 + 4·(11·10) + 11·1 = 210 + 440 + 11 = 661
        assertEquals(661, ParameterCounts.uniformHidden(20, 10, 5, 1));
        // 2 → 3 → 1: 3·3 + 0 + 4·1 = 13
        assertEquals(13, ParameterCounts.uniformHidden(2, 3, 1, 1));
        // 1 → 1 → 1 → 2: 2 + 2 + 4 = 8
        assertEquals(8, ParameterCounts.uniformHidden(1, 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> ParameterCounts.uniformHidden(20, 10, 0, 1));
    }
}

package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BatchNormByDefinitionTest {
    @Test
    void normalizeByHand() {
        assertEquals(2, BatchNormByDefinition.normalize(5, 1, 3, 1));     // (5 − 1)/√4
        assertEquals(-0.5, BatchNormByDefinition.normalize(0, 1, 4, 0));  // (0 − 1)/√4
        assertThrows(IllegalArgumentException.class, () -> BatchNormByDefinition.normalize(1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> BatchNormByDefinition.normalize(1, 0, -1, 2));
    }
}

package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogisticByDefinitionTest {
    @Test
    void valuesByHand() {
        assertEquals(0.5, LogisticByDefinition.sigmoid(0));
        assertEquals(0.75, LogisticByDefinition.sigmoid(Math.log(3)), 1e-15);   // 1/(1 + 1/3)
        assertEquals(Math.log(3), LogisticByDefinition.logOdds(0.75), 1e-15);    // log(0.75/0.25)
        assertEquals(0, LogisticByDefinition.logOdds(0.5));
        assertEquals(2, LogisticByDefinition.negativeLogLikelihood(Math.exp(-2)), 1e-15);
        assertEquals(0, LogisticByDefinition.negativeLogLikelihood(1), 0);
        assertEquals(Math.log(2), LogisticByDefinition.binaryEntropy(0.5), 1e-15);
        // H(1/4) = ¼ log 4 + ¾ log(4/3)
        assertEquals(0.25 * Math.log(4) + 0.75 * Math.log(4.0 / 3), LogisticByDefinition.binaryEntropy(0.25), 1e-15);
    }

    @Test
    void refusesWhatIsNotAProbability() {
        assertThrows(IllegalArgumentException.class, () -> LogisticByDefinition.logOdds(1));
        assertThrows(IllegalArgumentException.class, () -> LogisticByDefinition.binaryEntropy(0));
        assertThrows(IllegalArgumentException.class, () -> LogisticByDefinition.negativeLogLikelihood(0));
        assertThrows(IllegalArgumentException.class, () -> LogisticByDefinition.sigmoid(Double.NaN));
    }
}

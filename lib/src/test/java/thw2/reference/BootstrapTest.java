package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void spreadsMatchTheBinomialAndPairedFormulas() {
        // 100 digits of class 0; A misreads digits 0–49, B misreads 25–74.
        int n = 100;
        int[] labels = new int[n];
        int[] a = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < 50 ? 1 : 0;
            b[i] = i >= 25 && i < 75 ? 1 : 0;
        }
        Bootstrap.Spreads s = Bootstrap.pairedErrorRates(a, b, labels, 20_000, 1);
        // one pick: an error with probability 1/2, so the rate over n picks has sd √(0.25/n) = 0.05
        assertEquals(0.05, s.errorRateA(), 0.05 * 0.03);
        assertEquals(0.05, s.errorRateB(), 0.05 * 0.03);
        // one pick: +1 (only A wrong) or −1 (only B wrong) with probability 1/4 each: variance 1/2, so the
        // difference has sd √(0.5/n) = 0.0707, the paired formula √(b + c − (b − c)²/n)/n = √50/100
        assertEquals(Math.sqrt(50) / 100, s.difference(), Math.sqrt(50) / 100 * 0.03);
        assertEquals(s, Bootstrap.pairedErrorRates(a, b, labels, 20_000, 1), "the same seed, the same spreads");
    }

    @Test
    void aClassifierComparedWithItselfHasNoSpreadOfTheDifference() {
        int[] labels = {0, 1, 2, 0};
        int[] a = {0, 1, 1, 1};
        Bootstrap.Spreads s = Bootstrap.pairedErrorRates(a, a.clone(), labels, 100, 3);
        assertEquals(0, s.difference());
        assertEquals(s.errorRateA(), s.errorRateB());
    }

    @Test
    void badArgumentsAreRefused() {
        int[] x = {0, 1};
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.pairedErrorRates(x, x, new int[] {0}, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.pairedErrorRates(x, x, x, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.pairedErrorRates(new int[0], new int[0], new int[0], 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap.Spreads(-1, 0, 0));
    }
}

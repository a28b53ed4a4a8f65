package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ErrorRateTest {
    @Test
    void standardErrorOfTheNotebooksExample() {
        // 3 % on 2,000 digits: √(0.03·0.97/2000) = 0.003814…
        ErrorRate r = new ErrorRate(60, 2000);
        assertEquals(0.03, r.rate(), 1e-15);
        assertEquals(Math.sqrt(0.03 * 0.97 / 2000), r.standardError(), 1e-15);
        assertEquals(0.0038144, r.standardError(), 1e-7);
        assertEquals(r.standardError(), ErrorRate.standardError(0.03, 2000), 1e-15);
    }

    @Test
    void standardErrorMatchesTheSpreadOfSimulatedTestSets() {
        // draw many test sets of n digits, each wrong with probability q; the spread of the rates
        // must match √(q(1−q)/n)
        SplittableRandom rng = new SplittableRandom(5);
        int n = 2000;
        double q = 0.03;
        int sets = 4000;
        double s = 0;
        double s2 = 0;
        for (int k = 0; k < sets; k++) {
            int e = 0;
            for (int i = 0; i < n; i++) {
                e += rng.nextDouble() < q ? 1 : 0;
            }
            double r = e / (double) n;
            s += r;
            s2 += r * r;
        }
        double sd = Math.sqrt((s2 - s * s / sets) / (sets - 1));
        // the sample s.d. of 4000 draws has a relative standard error of about 1/√(2·4000) ≈ 1.1 %
        assertEquals(ErrorRate.standardError(q, n), sd, 0.05 * sd);
    }

    @Test
    void pairedStandardErrorIsTheStandardErrorOfTheMeanDifference() {
        int[] labels = new int[500];
        int[] a = new int[500];
        int[] b = new int[500];
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            labels[i] = rng.nextInt(10);
            a[i] = rng.nextDouble() < 0.1 ? (labels[i] + 1) % 10 : labels[i];
            b[i] = rng.nextDouble() < 0.07 ? (labels[i] + 3) % 10 : labels[i];
        }
        ErrorRate.PairedComparison c = ErrorRate.compare(a, b, labels);
        // direct definition: d_i = [A wrong] − [B wrong]; SE = population s.d. of d / √n
        double mean = 0;
        for (int i = 0; i < 500; i++) {
            mean += ((a[i] != labels[i]) ? 1 : 0) - ((b[i] != labels[i]) ? 1 : 0);
        }
        mean /= 500;
        double var = 0;
        for (int i = 0; i < 500; i++) {
            double d = ((a[i] != labels[i]) ? 1 : 0) - ((b[i] != labels[i]) ? 1 : 0);
            var += (d - mean) * (d - mean);
        }
        var /= 500;
        assertEquals(mean, c.difference(), 1e-15);
        assertEquals(Math.sqrt(var / 500), c.standardError(), 1e-12);
        assertEquals(ErrorRate.of(a, labels).rate() - ErrorRate.of(b, labels).rate(), c.difference(), 1e-15);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorRate(5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ErrorRate(6, 5));
        assertThrows(IllegalArgumentException.class, () -> ErrorRate.of(new int[2], new int[3]));
    }
}

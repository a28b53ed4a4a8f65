package thw2.optim;

import java.math.BigDecimal;

/** Short number formatting for optimizer names ("0.001", "1e-08" → "1.0E-8"). */
final class Format {
    private Format() {}

    static String number(double x) {
        if (x != 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e6)) {
            return Double.toString(x);
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }
}

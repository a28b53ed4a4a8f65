package thw2.robustness;

import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import thw2.batch.MinibatchVariance;
import thw2.linalg.GaussianElimination;
import thw2.optim.QuadraticBowl;
import thw2.regularization.BatchNormNoise;
import thw2.regularization.BatchNormStatistics;
import thw2.regularization.GaussianDropoutRegression;

/**
 * Scaling laws that a result must obey when one argument is multiplied by c (1e200 or 1e-200):
 * a silent wrong answer at an extreme scale is one that breaks its law. Each law names the
 * argument ("Class.method/parameter"), the quantity read from the result and the power of c it
 * scales with. A law whose scaled value is outside the double range is not checked (the call may
 * then refuse, or a getter may say it overflows).
 */
final class Laws {
    private Laws() {}

    /** A quantity of a result that scales as c^power when the argument is scaled by c. */
    record Law(String quantity, Function<Object, double[]> read, int power, boolean upOnly,
               java.util.function.BiFunction<Object[], Object, double[]> reference) {
        Law(String quantity, Function<Object, double[]> read, int power, boolean upOnly) {
            this(quantity, read, power, upOnly, (args, result) -> read.apply(result));
        }
    }

    static final Map<String, Law> LAWS = Map.ofEntries(
            Map.entry("QuadraticBowl.of/h", new Law("eigenvalues()", r -> ((QuadraticBowl) r).eigenvalues(), 1, false)),
            Map.entry("QuadraticBowl.gradient/w", new Law("the gradient", r -> (double[]) r, 1, false)),
            Map.entry("QuadraticBowl.eigenCoordinates/w", new Law("the coordinates", r -> (double[]) r, 1, false)),
            Map.entry("GaussianElimination.solve/a",
                    new Law("x()", r -> ((GaussianElimination.Solution) r).x(), -1, false)),
            Map.entry("GaussianElimination.solve/b",
                    new Law("x()", r -> ((GaussianElimination.Solution) r).x(), 1, false)),
            Map.entry("NewtonMethod.newtonDirection/hessian", new Law("the direction", r -> (double[]) r, -1, false)),
            Map.entry("NewtonMethod.newtonDirection/gradient", new Law("the direction", r -> (double[]) r, 1, false)),
            // ε is negligible against a variance of order 1e400, not against one of order 1e-400
            Map.entry("BatchNormStatistics.of/batch",
                    new Law("normalized()", r -> ((BatchNormStatistics) r).normalized(), 0, true,
                            (args, r) -> BatchNormStatistics.of((double[]) args[0], 0).normalized())),
            Map.entry("BatchNormNoise.moments/values", new Law("(mean, skewness, kurtosis)", r -> {
                BatchNormNoise.Moments m = (BatchNormNoise.Moments) r;
                return new double[] {m.skewness(), m.kurtosis()};
            }, 0, false)),
            Map.entry("GaussianDropoutRegression.of/x", new Law("leastSquaresWeights() and penalizedWeights()", r -> {
                GaussianDropoutRegression g = (GaussianDropoutRegression) r;
                return concat(g.leastSquaresWeights(), g.penalizedWeights());
            }, -1, false)),
            Map.entry("GaussianDropoutRegression.of/y", new Law("leastSquaresWeights() and penalizedWeights()", r -> {
                GaussianDropoutRegression g = (GaussianDropoutRegression) r;
                return concat(g.leastSquaresWeights(), g.penalizedWeights());
            }, 1, false)),
            Map.entry("MinibatchVariance.of/perExampleGradients",
                    new Law("fullGradient()", r -> ((MinibatchVariance) r).fullGradient(), 1, false)));

    /**
     * Null when the law of the argument holds (or there is none); otherwise what is wrong. The law
     * compares the scaled call's quantity q(c·a) with c^power · q(a) of the baseline call,
     * entry by entry, to 1e-9 of the largest entry.
     */
    static String check(Executable e, String arg, double c, Object[] baseArgs, Object baseResult, Object result) {
        Law law = LAWS.get(e.getDeclaringClass().getSimpleName() + "." + e.getName() + "/" + arg);
        if (law == null || !Double.isFinite(c) || (law.upOnly() && c < 1)) { // NaN: not a scaled argument
            return null;
        }
        double[] base;
        try {
            base = law.reference().apply(baseArgs, baseResult);
        } catch (RuntimeException ex) {
            return null; // the baseline has no such quantity
        }
        double f = Math.pow(c, law.power());
        double scale = 0;
        for (double b : base) {
            scale = Math.max(scale, Math.abs(b));
        }
        if (!Double.isFinite(scale * f) || (scale > 0 && scale * f == 0) || !Double.isFinite(f)) {
            return null; // the true result is outside the double range
        }
        double[] got;
        try {
            got = law.read().apply(result);
        } catch (RuntimeException ex) {
            return "refused at this scale, though the scaled problem is as well posed as the original: "
                    + law.quantity() + " threw " + ex;
        }
        for (int i = 0; i < base.length; i++) {
            double expected = base[i] * f;
            if (!(Math.abs(got[i] - expected) <= 1e-9 * scale * Math.abs(f))) {
                return String.format(Locale.ROOT, "%s = %s, but the scaling law says %s (c^%d times the unscaled %s)",
                        law.quantity(), Arrays.toString(got), Arrays.toString(scaledCopy(base, f)), law.power(),
                        Arrays.toString(base));
            }
        }
        return null;
    }

    private static double[] scaledCopy(double[] a, double f) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] *= f;
        }
        return c;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

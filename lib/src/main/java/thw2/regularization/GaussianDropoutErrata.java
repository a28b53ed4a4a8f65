package thw2.regularization;

import java.util.stream.IntStream;
import thw2.args.Require;

/**
 * The formulas of the seed (the solution set this edition corrects) for Question 6, evaluated on a
 * {@link GaussianDropoutLinear} unit so that the notebook can set them against what is true. The
 * seed differentiates J₁ = ½(y_d − Σₖ (wₖ + δₖ)xₖ)², reuses the summation index k for the weight
 * being differentiated, takes expectations over the data as well as the noise, reads E[xₖ²] as "the
 * variance σₖ² of xₖ", and ends with
 * <pre>
 *   E[∂J₁/∂wₖ] = −(y_d E[xₖ] − Σₖ wₖ σₖ²) + α wₖ² xₖ²
 * </pre>
 * Each method below names the step of the seed it evaluates; the true results are
 * {@link GaussianDropoutLinear#expectedGradient} and {@link GaussianDropoutLinear#penaltyGradient}.
 */
public final class GaussianDropoutErrata {
    private GaussianDropoutErrata() {}

    /**
     * The seed's final formula at one example, with E[xₖ] = xₖ and σⱼ² = E[xⱼ²] = xⱼ² (the seed's own
     * definition of σ², at a fixed input): −(y_d xₖ − Σⱼ wⱼ xⱼ²) + α wₖ² xₖ².
     *
     * @throws IllegalArgumentException if {@code unit} is null
     */
    public static double[] seedGradientWithSecondMoments(GaussianDropoutLinear unit) {
        return seedGradient(unit, true);
    }

    /**
     * The seed's final formula at one example, with E[xₖ] = xₖ and σⱼ² = 0 (the variance of a fixed
     * input): −y_d xₖ + α wₖ² xₖ².
     *
     * @throws IllegalArgumentException if {@code unit} is null
     */
    public static double[] seedGradientWithZeroVariance(GaussianDropoutLinear unit) {
        return seedGradient(unit, false);
    }

    /**
     * What the seed's clash of indices turns xₖ Σⱼ wⱼxⱼ into: Σₖ wₖ xₖ², one number for every k.
     *
     * @throws IllegalArgumentException if {@code unit} is null
     * @throws ArithmeticException if the sum overflows
     */
    public static double seedCollapsedSum(GaussianDropoutLinear unit) {
        Require.notNull(unit, "unit");
        double[] w = unit.weights();
        double[] x = unit.input();
        double s = IntStream.range(0, w.length).mapToDouble(j -> w[j] * x[j] * x[j]).sum();
        return Require.finiteResult(s, "Σ wₖ xₖ²", "w or x is too large");
    }

    /**
     * The seed's penalty term α wₖ² xₖ², coordinate by coordinate (the true one is α wₖ xₖ²).
     *
     * @throws IllegalArgumentException if {@code unit} is null
     * @throws ArithmeticException if a term overflows
     */
    public static double[] seedPenaltyGradient(GaussianDropoutLinear unit) {
        Require.notNull(unit, "unit");
        double[] w = unit.weights();
        double[] x = unit.input();
        double alpha = unit.alpha();
        return IntStream.range(0, w.length).mapToDouble(k -> Require.finiteResult(alpha * w[k] * w[k] * x[k] * x[k],
                "α wₖ² xₖ²", "w, x or alpha is too large")).toArray();
    }

    /**
     * The objective whose gradient the seed's penalty term is: (α/3) Σₖ wₖ³ xₖ², odd in each weight, so
     * that a step against its gradient lowers every weight, whatever its sign.
     *
     * @throws IllegalArgumentException if {@code unit} is null
     * @throws ArithmeticException if the sum overflows
     */
    public static double seedPenalty(GaussianDropoutLinear unit) {
        Require.notNull(unit, "unit");
        double[] w = unit.weights();
        double[] x = unit.input();
        double alpha = unit.alpha();
        double s = IntStream.range(0, w.length).mapToDouble(k -> alpha / 3 * w[k] * w[k] * w[k] * x[k] * x[k]).sum();
        return Require.finiteResult(s, "(α/3) Σ wₖ³ xₖ²", "w, x or alpha is too large");
    }

    private static double[] seedGradient(GaussianDropoutLinear unit, boolean secondMoments) {
        Require.notNull(unit, "unit");
        double[] w = unit.weights();
        double[] x = unit.input();
        double yd = unit.target();
        double alpha = unit.alpha();
        double sumWSigma2 = secondMoments ? seedCollapsedSum(unit) : 0;
        double[] g = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            g[k] = secondMoments ? -(yd * x[k] - sumWSigma2) + alpha * w[k] * w[k] * x[k] * x[k]
                    : -(yd * x[k]) + alpha * w[k] * w[k] * x[k] * x[k];
            Require.finiteResult(g[k], "the seed's formula", "w, x, yd or alpha is too large");
        }
        return g;
    }
}

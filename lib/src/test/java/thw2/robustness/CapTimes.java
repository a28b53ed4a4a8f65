package thw2.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.batch.MinibatchSgd;
import thw2.batch.MinibatchVariance;
import thw2.batch.Sampling;
import thw2.linalg.GaussianElimination;
import thw2.linalg.SymmetricEigen;
import thw2.nn.Activation;
import thw2.nn.DenseArchitecture;
import thw2.nn.Init;
import thw2.nn.Loss;
import thw2.nn.Mlp;
import thw2.nn.SignalPropagation;
import thw2.optim.NewtonMethod;
import thw2.optim.QuadraticBowl;
import thw2.optim.Sgd;
import thw2.optim.TestFunctions;
import thw2.plot.Contours;
import thw2.plot.LevelSets;
import thw2.regularization.BatchNormNoise;
import thw2.regularization.GaussianDropoutGradient;
import thw2.regularization.GaussianDropoutLinear;
import thw2.regularization.GaussianDropoutRegression;
import thw2.show.Charts;
import thw2.show.Picture;
import thw2.show.PlainText;

/**
 * Times the largest input that each size cap of the library accepts (the caps of issue 24: every one
 * must finish in about 10 s on these machines), printing one line per cap with the seconds and the
 * load average of the machine at the start of the call. Run by {@code scripts/cap-times} (a name
 * filter as the argument runs only the caps whose name contains it); not part of {@code mvn verify},
 * whose probe checks that the inputs just above the caps are refused.
 */
public final class CapTimes {
    private CapTimes() {}

    /** One cap: its name, the input at the cap, and the call. */
    record Cap(String name, String input, Runnable call) {}

    static List<Cap> caps() {
        List<Cap> caps = new ArrayList<>();
        int e = SymmetricEigen.MAX_DIMENSION;
        caps.add(new Cap("SymmetricEigen.of", "a dense random symmetric " + e + "×" + e + " matrix",
                () -> SymmetricEigen.of(randomSymmetric(e, 1))));
        int b = QuadraticBowl.MAX_DIMENSION;
        caps.add(new Cap("QuadraticBowl.of", "a dense random symmetric " + b + "×" + b + " H",
                () -> QuadraticBowl.of(randomSymmetric(b, 2))));
        caps.add(new Cap("QuadraticBowl.withEigenvalues", b + " eigenvalues",
                () -> QuadraticBowl.withEigenvalues(range(b, 1), 3)));
        int g = largest(n -> (cube(n) + 3.0 * n * n - n) / 3);
        caps.add(new Cap("GaussianElimination.solve", "a random " + g + "×" + g + " system (the work cap)",
                () -> GaussianElimination.solve(randomSymmetric(g, 4), range(g, 0))));
        caps.add(new Cap("NewtonMethod.path", "n = 2, the largest steps",
                () -> NewtonMethod.on(QuadraticBowl.of(new double[][] {{2, 0.5}, {0.5, 1}}))
                        .path(new double[] {1, 1}, 0.5, stepsFor(newtonStep(2), (int) (Require.MAX_ENTRIES / 2 - 1)))));
        int nb = 200;
        caps.add(new Cap("NewtonMethod.path", "n = " + nb + ", the largest steps",
                () -> NewtonMethod.on(QuadraticBowl.of(randomSpd(nb, 5))).path(range(nb, 1), 0.5,
                        stepsFor(newtonStep(nb), Integer.MAX_VALUE))));
        caps.add(new Cap("QuadraticBowl.gradientDescentByIteration", "n = 2, the largest t",
                () -> QuadraticBowl.of(new double[][] {{2, 0.5}, {0.5, 1}})
                        .gradientDescentByIteration(new double[] {1, 1}, 0.1, stepsFor(6 * 2 + 250, Require.MAX_ITERATIONS))));
        // a diagonal H: its decomposition takes no time, the steps cost n² whatever H is
        caps.add(new Cap("QuadraticBowl.gradientDescentByIteration", "n = " + b + " (a diagonal H), the largest t",
                () -> QuadraticBowl.of(diagonal(b)).gradientDescentByIteration(range(b, 1), 1e-6,
                        stepsFor((double) b * b + 250, Require.MAX_ITERATIONS))));
        caps.add(new Cap("QuadraticBowl.gradientDescentPath", "n = 2, the largest steps",
                () -> QuadraticBowl.of(new double[][] {{2, 0.5}, {0.5, 1}})
                        .gradientDescentPath(new double[] {1, 1}, 0.1, (int) Math.min(stepsFor(4 + 600,
                                Require.MAX_ITERATIONS), Require.MAX_ENTRIES / 2 - 1))));
        caps.add(new Cap("Sgd.runWhile", "Rosenbrock, the largest maxSteps",
                () -> new Sgd(1e-4).runWhile(TestFunctions.rosenbrock().oracle(), new double[] {0, 0},
                        stepsFor(6 * 2 + 250, Require.MAX_ITERATIONS), s -> true)));
        caps.add(new Cap("Sgd.runWhile", "10,000 parameters, the largest maxSteps",
                () -> new Sgd(1e-4).runWhile((t, th) -> th.clone(), new double[10_000],
                        stepsFor(6 * 10_000 + 250, Require.MAX_ITERATIONS), s -> true)));
        caps.add(new Cap("Mlp.forward", "widths 2000-2000-10 on the most rows",
                () -> {
                    Mlp net = Mlp.builder(2000, 2000, 10).seed(1).build();
                    int rows = (int) (Require.MAX_WORK / 5 / net.parameterCount());
                    net.gradients(Loss.SQUARED_ERROR, randomMatrix(rows, 2000, 7), randomMatrix(rows, 10, 8));
                }));
        caps.add(new Cap("Mlp.fullBatchGradientDescent", "widths 2-3-1 on 4 rows, the largest steps",
                () -> {
                    Mlp net = Mlp.builder(2, 3, 1).seed(1).build();
                    int steps = (int) Math.min(Require.MAX_WORK / (5.0 * 4 * net.parameterCount() + 3000) - 1,
                            Require.MAX_WORK / (6 * net.parameterCount() + 250));
                    net.fullBatchGradientDescent(Loss.SQUARED_ERROR, Values.copy(Values.X42), Values.copy(Values.T41), 0.01,
                            steps);
                }));
        caps.add(new Cap("Contours.of", "a 7071×7071 grid of x² + y²",
                () -> Contours.of((x, y) -> x * x + y * y, -1, 1, -1, 1, 7071, 7071).line(0.5)));
        caps.add(new Cap("LevelSets.of", "1,000,000 points", () -> LevelSets.of(QuadraticBowl.of(new double[][] {
            {2, 0.5}, {0.5, 1}}), 1, 1_000_000, 3)));
        caps.add(new Cap("SignalPropagation.predict", SignalPropagation.MAX_LAYERS + " tanh layers",
                () -> SignalPropagation.predict(Activation.TANH, Init.xavier(), 10, 10, SignalPropagation.MAX_LAYERS, 1)));
        caps.add(new Cap("DenseArchitecture", DenseArchitecture.MAX_LAYERS + " layers: breakdown() and toString()",
                () -> {
                    DenseArchitecture a = DenseArchitecture.uniformHidden(2, 3, DenseArchitecture.MAX_LAYERS - 1, 1);
                    a.breakdown();
                    a.toString();
                }));
        caps.add(new Cap("BatchNormNoise.normalizedInRandomBatches", "batches of 1,000, the most draws",
                () -> BatchNormNoise.normalizedInRandomBatches(range(10_000, 0), 3, 1000,
                        stepsFor(10 * 1000 + 100, (int) Require.MAX_ENTRIES), 1e-5, 1)));
        caps.add(new Cap("MinibatchVariance.sampled", "1,000 × 10 gradients, batches of 100, the most draws",
                () -> MinibatchVariance.of(randomMatrix(1000, 10, 9)).sampled(100, Sampling.WITHOUT_REPLACEMENT,
                        stepsFor(2 * 100 * 10 + 50, Require.MAX_ITERATIONS), 1)));
        caps.add(new Cap("GaussianDropoutLinear.monteCarloGradient", "10 weights, the most samples",
                () -> GaussianDropoutLinear.of(range(10, 1), range(10, 2), 0.5, 0.5).monteCarloGradient(
                        stepsFor(10 * 10 + 50, Require.MAX_ITERATIONS), 1, GaussianDropoutGradient.REPARAMETERIZED)));
        caps.add(new Cap("GaussianDropoutRegression.trainWithDropout", "100 × 10 data, the most epochs",
                () -> GaussianDropoutRegression.of(randomMatrix(100, 10, 10), range(100, 0), 0.5).trainWithDropout(
                        new double[10], new GaussianDropoutRegression.Schedule(1e-4, stepsFor(100 * (5 * 10 + 30),
                                Require.MAX_ITERATIONS / 100), 10, 1), GaussianDropoutGradient.REPARAMETERIZED, 2)));
        caps.add(new Cap("MinibatchSgd.trainLogistic", "1,000 × 2 data, the most epochs",
                () -> {
                    int[] ys = new int[1000];
                    for (int i = 0; i < ys.length; i++) {
                        ys[i] = i % 2;
                    }
                    MinibatchSgd.trainLogistic(randomMatrix(1000, 2, 11), ys, 10, 0.1,
                            stepsFor(1000 * (4 * 2 + 20), Require.MAX_ITERATIONS / 1000), 1_000_000, 1);
                }));
        caps.add(new Cap("Charts.xy + Picture.of", "7071×7071 pixels", () -> {
            var c = Charts.xy("title", "x", "y", 7071, 7071);
            Charts.line(c, "line", range(1000, 0), range(1000, 1));
            Picture.of(c);
        }));
        caps.add(new Cap("PlainText.fromMarkdown", "10,000,000 characters of unclosed markup",
                () -> PlainText.fromMarkdown("*a _b **c [d](e `f $g ".repeat(500_000))));
        return caps;
    }

    private static double newtonStep(double n) {
        return (n * n * n + 3 * n * n - n) / 3 + 2 * n * n + 800;
    }

    private static double cube(double n) {
        return n * n * n;
    }

    /** The largest n with work(n) ≤ MAX_WORK. */
    private static int largest(java.util.function.IntToDoubleFunction work) {
        int n = 1;
        while (work.applyAsDouble(n + 1) <= Require.MAX_WORK) {
            n++;
        }
        return n;
    }

    /** The most steps of {@code perStep} operations within MAX_WORK (and at most {@code limit}). */
    private static int stepsFor(double perStep, int limit) {
        return (int) Math.min(limit, Math.floor(Require.MAX_WORK / perStep));
    }

    private static double[] range(int n, double from) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return v;
    }

    private static double[][] randomMatrix(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextDouble(-1, 1);
            }
        }
        return m;
    }

    private static double[][] randomSymmetric(int n, long seed) {
        double[][] m = randomMatrix(n, n, seed);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                m[i][j] = m[j][i];
            }
            m[i][i] += n; // well away from singular
        }
        return m;
    }

    private static double[][] diagonal(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 0.5 + (double) i / n;
        }
        return m;
    }

    private static double[][] randomSpd(int n, long seed) {
        return randomSymmetric(n, seed);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    public static void main(String[] args) {
        String filter = args.length > 0 ? args[0] : "";
        int repeats = Integer.getInteger("thw2.capTimes.repeats", 1);
        System.out.printf(Locale.ROOT, "%-44s %-52s %6s %6s  %s%n", "cap", "largest accepted input", "wall s", "cpu s",
                "load average (1, 5, 15 min) at the start");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Cap c : caps()) {
            if (!c.name().contains(filter)) {
                continue;
            }
            for (int k = 0; k < repeats; k++) {
                String load = load();
                System.gc();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                String outcome = "";
                try {
                    c.call().run();
                } catch (RuntimeException ex) {
                    outcome = "  REFUSED: " + ex.getMessage();
                }
                System.out.printf(Locale.ROOT, "%-44s %-52s %6.1f %6.1f  %s%s%n", c.name(), c.input(),
                        (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9, load, outcome);
            }
        }
    }
}

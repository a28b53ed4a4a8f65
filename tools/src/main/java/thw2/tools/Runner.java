package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Executes notebooks headless through a Jupyter kernel and writes HTML handouts with an index page.
 *
 * <p>Its command line is {@link #USAGE} (the text {@code --help} prints):
 * <pre>{@value #USAGE}</pre>
 *
 * Exit codes: 0 all notebooks ran clean; 1 a notebook failed (the message names the notebook, the
 * cell and the error); 2 bad usage or a missing prerequisite.
 */
public final class Runner {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String USAGE = """
            usage: java -jar tools/target/thw2-runner.jar [options] [notebook.ipynb ...]
              --jupyter PATH      the jupyter command (default: jupyter on the PATH)
              --python PATH       the Python with nbclient that executes the notebooks
                                  (default: the one that runs the jupyter command)
              --out DIR           output folder (default build): DIR/notebooks, DIR/handouts, DIR/failed
              --kernel NAME       kernelspec to run (default java)
              --attempts N        kernel starts per notebook (default 5); only a kernel that never answered is retried
              --timeout SECONDS   per-cell timeout (default 1800)
              --mathjax-url URL   MathJax for the handouts (default: a public CDN)
              --templates DIR     nbconvert template folder holding thw2/ (default handout/templates)
              --no-html           execute only
            Without notebook arguments every notebooks/*.ipynb runs, in name order.""";

    /** Parsed command line. */
    record Options(String jupyter, Path out, String kernel, int attempts, int timeoutSeconds,
                   String mathjaxUrl, boolean html, List<Path> notebooks, Path templates, String python) {}

    /** The result of running one notebook. */
    record Result(Path notebook, Outcome outcome, int attempts, double seconds, Path executed) {}

    public static void main(String[] args) {
        int code;
        try {
            Options options = parse(args);
            if (options == null) {
                System.out.println(USAGE);
                System.exit(0);
            }
            code = run(options);
        } catch (UsageException e) {
            System.err.println("runner: " + e.getMessage());
            code = 2;
        } catch (IOException e) {
            System.err.println("runner: I/O error: " + Io.describe(e));
            code = 2;
        } catch (UncheckedIOException e) {
            System.err.println("runner: I/O error: " + Io.describe(e.getCause()));
            code = 2;
        }
        System.exit(code);
    }

    /** The parsed options, or null when help was asked for. */
    static Options parse(String[] args) throws UsageException {
        String jupyter = "jupyter";
        Path out = Path.of("build");
        String kernel = "java";
        int attempts = 5;
        int timeout = 1800;
        String mathjax = Handouts.DEFAULT_MATHJAX;
        boolean html = true;
        Path templates = null;
        String python = null;
        List<Path> notebooks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--jupyter" -> jupyter = value(args, ++i, a);
                case "--python" -> python = value(args, ++i, a);
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--kernel" -> kernel = value(args, ++i, a);
                case "--attempts" -> attempts = positiveInt(value(args, ++i, a), a);
                case "--timeout" -> timeout = positiveInt(value(args, ++i, a), a);
                case "--mathjax-url" -> mathjax = value(args, ++i, a);
                case "--templates" -> templates = Path.of(value(args, ++i, a));
                case "--no-html" -> html = false;
                case "--help", "-h" -> {
                    return null;
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    notebooks.add(Path.of(a));
                }
            }
        }
        return new Options(jupyter, out, kernel, attempts, timeout, mathjax, html, notebooks, templates, python);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int positiveInt(String s, String option) throws UsageException {
        try {
            int v = Integer.parseInt(s);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageException(option + " must be a whole number >= 1, got " + s);
    }

    /** The notebooks to run: the arguments, checked, or every notebooks/*.ipynb. */
    static List<Path> notebooks(List<Path> given) throws UsageException, IOException {
        List<Path> list = new ArrayList<>();
        if (given.isEmpty()) {
            Path dir = Path.of("notebooks");
            if (!Files.isDirectory(dir)) {
                throw new UsageException("no notebooks given and no notebooks/ folder in " + Path.of("").toAbsolutePath());
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".ipynb")).sorted(Comparator.comparing(Path::toString))
                        .forEach(list::add);
            }
            if (list.isEmpty()) {
                throw new UsageException("notebooks/ holds no .ipynb file");
            }
        } else {
            for (Path p : given) {
                if (!Files.isRegularFile(p)) {
                    throw new UsageException("notebook not found: " + p);
                }
                if (!p.toString().endsWith(".ipynb")) {
                    throw new UsageException("not a notebook (expected a .ipynb file): " + p);
                }
                list.add(p);
            }
        }
        for (Path p : list) {
            JsonNode nb;
            try {
                nb = JSON.readTree(p.toFile());
            } catch (IOException e) {
                throw new UsageException("not a valid notebook (JSON does not parse): " + p + ": " + e.getMessage());
            }
            if (nb == null || !nb.path("cells").isArray()) {
                throw new UsageException("not a valid notebook (no cells): " + p);
            }
        }
        return list;
    }

    static int run(Options o) throws UsageException, IOException {
        List<Path> notebooks = notebooks(o.notebooks());
        if (o.html()) {
            Handouts.templates(o.templates()); // a missing template is found before the notebooks run, not after
        }
        Jupyter jupyter = Jupyter.locate(o.jupyter(), o.python());
        Path stage = o.out().resolve(".staging");
        Path done = o.out().resolve("notebooks");
        Path failed = o.out().resolve("failed");
        try {
            Files.createDirectories(stage);
            Files.createDirectories(done);
        } catch (IOException e) {
            throw new UsageException("--out " + o.out() + ": cannot create the output folders: " + Io.describe(e));
        }
        try {
            return runAll(jupyter, o, notebooks, stage, done, failed);
        } finally {
            Io.deleteTree(stage);
            Io.deleteTree(o.out().resolve(".staging-html"));
        }
    }

    private static int runAll(Jupyter jupyter, Options o, List<Path> notebooks, Path stage, Path done, Path failed)
            throws IOException, UsageException {
        List<Result> results = new ArrayList<>();
        for (Path nb : notebooks) {
            results.add(runOne(jupyter, o, nb, stage, done, failed));
        }
        List<Result> ok = results.stream().filter(r -> r.outcome().kind() == Outcome.Kind.OK).toList();
        System.out.println();
        System.out.println("notebook                                                   attempts   seconds  result");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-58s %8d %9.1f  %s%n", r.notebook().getFileName(), r.attempts(),
                    r.seconds(), r.outcome().kind() == Outcome.Kind.OK ? "ok" : "FAILED");
        }
        if (o.html()) {
            // also when every notebook failed: their old handouts and index entries must go; the pages
            // of earlier runs' notebooks (still in OUT/notebooks) are written again with the current pager
            Path handouts = Handouts.write(jupyter, o.out(), o.mathjaxUrl(), o.templates(), notebooks);
            System.out.println("handouts: " + handouts.resolve("index.html").toAbsolutePath());
        }
        int bad = results.size() - ok.size();
        System.out.println(ok.size() + " passed, " + bad + " failed");
        return bad == 0 ? 0 : 1;
    }

    private static Result runOne(Jupyter jupyter, Options o, Path nb, Path stage, Path done, Path failed)
            throws IOException {
        String name = nb.getFileName().toString();
        long t0 = System.nanoTime();
        Path staged = stage.resolve(name);
        int[] attempts = {0};
        Outcome outcome;
        try {
            Jupyter.Run run = Jupyter.retryKernelStarts(o.attempts(), attempt -> {
                attempts[0] = attempt;
                Files.deleteIfExists(staged);
                System.out.println("running " + name + (attempt > 1 ? " (attempt " + attempt + ")" : ""));
                return jupyter.execute(nb, staged, o.kernel(), o.timeoutSeconds());
            }, (attempt, retrying, e) -> System.out.println("  " + e.getMessage() + "; "
                    + (retrying ? "retrying" : "giving up")));
            JsonNode executed = Files.isRegularFile(staged) ? JSON.readTree(staged.toFile()) : null;
            outcome = Classifier.classify(run.exitCode(), run.log(), executed, name);
        } catch (Jupyter.KernelStartException e) {
            outcome = new Outcome(Outcome.Kind.KERNEL_START_FAILURE, name + ": " + e.getMessage() + " (at each of "
                    + attempts[0] + " attempt" + (attempts[0] == 1 ? "" : "s") + ")");
        } catch (Jupyter.TimeLimitException e) {
            outcome = new Outcome(Outcome.Kind.TIMEOUT, name + ": ran past its time limit\n" + e.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path target = done.resolve(name);
        if (outcome.kind() == Outcome.Kind.OK) {
            JsonNode nbJson = JSON.readTree(staged.toFile());
            if (clearSetupOutputs(nbJson)) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(staged.toFile(), nbJson);
            }
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(failed.resolve(name));
            System.out.printf(Locale.ROOT, "  ok in %.1f s%n", seconds);
            return new Result(nb, outcome, attempts[0], seconds, target);
        }
        // never leave an old, complete-looking result beside a failure
        Files.deleteIfExists(target);
        if (Files.isRegularFile(staged)) {
            Files.createDirectories(failed);
            Files.move(staged, failed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("  FAILED: " + outcome.message().replace("\n", "\n  | "));
        if (Files.isRegularFile(failed.resolve(name))) {
            System.out.println("  the executed notebook, with the error, is in " + failed.resolve(name));
        }
        return new Result(nb, outcome, attempts[0], seconds, null);
    }

    /**
     * Clears the outputs of cells tagged {@code setup} (the {@code %jars} cell), whose kernel message
     * names the jar by its absolute path: outputs must not depend on where the project was cloned.
     * Called only on notebooks that ran clean. Returns whether anything changed.
     */
    static boolean clearSetupOutputs(JsonNode nb) {
        boolean changed = false;
        for (JsonNode cell : nb.path("cells")) {
            if (Notebook.tagged(cell, "setup") && cell.path("outputs").size() > 0) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) cell.get("outputs")).removeAll();
                changed = true;
            }
        }
        return changed;
    }
}

package thw2.robustness;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import thw2.robustness.Outcome.Kind;
import thw2.robustness.Values.Bad;
import thw2.robustness.Values.Category;
import thw2.robustness.Values.Domain;
import thw2.show.Show;

/**
 * Probes every public entry point of the library with bad input and classifies what happens.
 *
 * <p>The entry points are found by reflection: every public constructor and public method with at
 * least one parameter of every public class under {@code thw2} (the few exclusions are listed in
 * {@link #EXCLUDED_CLASSES} and {@link #EXCLUDED_METHODS}, each with its reason). For each one a
 * baseline call is searched among the valid values of {@link Values}; then each argument in turn is
 * replaced by each bad value of its type, and the call is classified ({@link Outcome.Kind}):
 * <ul>
 *   <li>an exception: the library's own (IllegalArgument, IllegalState, Arithmetic, its typed
 *       exceptions), created in {@code thw2} code, naming the parameter → clear error; created deeper
 *       (NPE, index out of bounds, NegativeArraySize, Commons Math, JDK checks) → obscure;</li>
 *   <li>a normal return: its result (and the results of the no-argument methods of a returned
 *       library object, such as {@code build()} or getters) is scanned for NaN and ∞; a NaN/∞
 *       argument, an argument outside the domain its name implies, or another object's trace that
 *       is accepted is a silent wrong answer; a scaled argument whose result breaks a declared
 *       scaling law ({@link Laws}) is a silent wrong answer;</li>
 *   <li>OutOfMemoryError or more than {@link #ALLOCATION_LIMIT} bytes allocated by the calling
 *       thread (ThreadMXBean) → out of memory; more than {@link #TIME_LIMIT_MILLIS} ms → too slow.</li>
 * </ul>
 * Run {@code scripts/robustness-report} for the counts; {@link RobustnessTest} fails the build on any
 * outcome that is not a clear error or a sensible acceptance.
 */
public final class Probe {
    static final long ALLOCATION_LIMIT = 64L << 20;
    static final long TIME_LIMIT_MILLIS = Long.getLong("thw2.probe.timeLimitMillis", 30_000);
    /**
     * A call that returns or refuses after more than this is too slow: twice the 10 s that the largest input a
     * size cap admits may take on these machines (the margin is for a loaded machine).
     */
    static final long SLOW_MILLIS = Long.getLong("thw2.probe.slowMillis", 20_000);

    /** Classes left out, with the reason. */
    static final Map<String, String> EXCLUDED_CLASSES = Map.ofEntries(
            Map.entry("thw2.committee.NetTrainer", "the trainer: validated by its own rewrite (another helper)"),
            Map.entry("thw2.committee.TrainingOptions", "the trainer's options: validated by the trainer rewrite"),
            Map.entry("thw2.committee.TrainingOptions$Builder", "the trainer's options: validated by the trainer rewrite"),
            Map.entry("thw2.committee.OneHiddenLayerNet", "the trainer's net: validated by the trainer rewrite"),
            Map.entry("thw2.committee.TrainingResult", "the trainer's result: validated by the trainer rewrite"),
            Map.entry("thw2.committee.Team", "the trainer's thread team: validated by the trainer rewrite"),
            Map.entry("thw2.committee.EpochSummary", "the trainer's progress record: owned by the trainer rewrite"),
            Map.entry("thw2.committee.TrainingListener", "the trainer's progress callback: owned by the trainer rewrite"),
            Map.entry("thw2.args.Require", "the validation helper itself: its messages name the name it is given"));

    /** Methods left out ("Class.method"), with the reason. */
    static final Map<String, String> EXCLUDED_METHODS = Map.ofEntries(
            Map.entry("Show.useSink", "null is documented: it restores the kernel detection"),
            Map.entry("GaussianElimination.solveNamed",
                    "like Require, its messages name the arguments by the names the caller gives it"));

    /** NaN/∞ arguments that a method may accept on purpose ("Class.method/parameter"), with the reason. */
    static final Map<String, String> NON_FINITE_ALLOWED = Map.ofEntries(
            Map.entry("Format.number/x", "formats NaN and ∞ as text, by contract"),
            Map.entry("Check.close/actual", "a check of a NaN result fails the check (CheckFailed), by contract"),
            Map.entry("Matrices.copy/m", "a copy is faithful, NaN and ∞ included; its callers check finiteness first"));

    /**
     * Results that contain NaN by contract ("Class.method"), with the reason; the scan does not
     * count their NaN.
     */
    static final Map<String, String> NAN_RESULT_ALLOWED = Map.ofEntries(
            Map.entry("Matrices.copy", "a copy of a matrix with NaN has NaN: a faithful copy, by contract"),
            Map.entry("Contours.line", "segments are separated by NaN, which XChart draws as a gap (documented)"),
            Map.entry("InkMoments.principalAxisAngleFromVertical",
                    "undefined (NaN) for a round blob, documented; the notebook tests for it"),
            Map.entry("InkMoments.meanX", "undefined (NaN) for a blank image, documented"),
            Map.entry("InkMoments.meanY", "undefined (NaN) for a blank image, documented"));

    /** The project's typed exceptions: they name the file or the claim by contract. */
    private static final Set<String> SELF_NAMING = Set.of("thw2.digits.DigitDataException", "thw2.check.Check$CheckFailed");

    private static final Set<String> OWN_EXCEPTIONS = Set.of(
            "java.lang.IllegalArgumentException", "java.lang.IllegalStateException", "java.lang.ArithmeticException",
            "java.lang.UnsupportedOperationException", "java.io.UncheckedIOException",
            "thw2.digits.DigitDataException", "thw2.check.Check$CheckFailed");

    private static final boolean TRACE = Boolean.getBoolean("thw2.probe.trace");

    private Probe() {}

    /** The outcomes of every probe, and the entry points that could not be probed. */
    record Report(List<Outcome> outcomes, List<String> entryPoints, List<String> unprobed) {
        Map<Kind, Integer> counts() {
            Map<Kind, Integer> c = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                c.put(k, 0);
            }
            for (Outcome o : outcomes) {
                c.merge(o.kind(), 1, Integer::sum);
            }
            return c;
        }

        List<Outcome> bad() {
            return outcomes.stream().filter(o -> o.kind().bad()).toList();
        }

        void print(PrintStream out, boolean details) {
            out.printf(Locale.ROOT, "%d bad inputs against %d public entry points (%d without a valid call to start from)%n",
                    outcomes.size(), entryPoints.size(), unprobed.size());
            for (Map.Entry<Kind, Integer> e : counts().entrySet()) {
                out.printf(Locale.ROOT, "  %-30s %5d%n", e.getKey().label, e.getValue());
            }
            if (details) {
                if (Boolean.getBoolean("thw2.probe.all")) {
                    for (Outcome o : outcomes) {
                        out.println("  " + o);
                    }
                }
                for (Outcome o : bad()) {
                    out.println("  " + o);
                }
                for (String u : unprobed) {
                    out.println("  not probed: " + u);
                }
            }
        }
    }

    public static void main(String[] args) {
        Report r = run();
        r.print(System.out, args.length > 0 && args[0].equals("--details"));
    }

    static Report run() {
        PrintStream realOut = System.out;
        List<Outcome> outcomes = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        List<String> unprobed = new ArrayList<>();
        // the library prints in places (check cells, progress): keep the report readable
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            warmUp();
            for (Class<?> c : libraryClasses()) {
                for (Executable e : entryPoints(c)) {
                    String name = name(e);
                    entries.add(name);
                    if (e.getParameterCount() == 0) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    int before = outcomes.size();
                    probe(c, e, name, outcomes, unprobed);
                    if (TRACE) {
                        System.err.printf(Locale.ROOT, "%6.2f s %3d probes  %s%n", (System.nanoTime() - t0) / 1e9,
                                outcomes.size() - before, name);
                    }
                }
            }
        } finally {
            System.setOut(realOut);
            Show.useSink(null);
        }
        return new Report(outcomes, entries, unprobed);
    }

    /**
     * Makes every sample value once on this thread, so that class initialization (Tablesaw, XChart,
     * the embedded digits) never runs inside a timed call: a call stopped at its time limit in the
     * middle of a static initializer would leave that class unusable for the rest of the run.
     */
    private static void warmUp() {
        for (List<Supplier<Object>> rs : Values.RECEIVERS.values()) {
            for (Supplier<Object> r : rs) {
                Object receiver = r.get();
                for (Class<?> t : List.of(double[].class, tech.tablesaw.api.Table.class, org.knowm.xchart.XYChart.class,
                        java.nio.file.Path.class, java.io.InputStream.class, thw2.nn.Mlp.Trace.class)) {
                    for (Supplier<Object> v : Values.baselines(t, t, receiver)) {
                        v.get();
                    }
                }
            }
        }
        thw2.digits.Mnist.embedded();
    }

    // ------------------------------------------------------------------------------ enumeration

    static List<Class<?>> libraryClasses() {
        Path root;
        try {
            root = Path.of(thw2.args.Require.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root.resolve("thw2"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String cn = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (cn.matches(".*\\$\\d.*") || EXCLUDED_CLASSES.containsKey(cn) || cn.startsWith("thw2.robustness.")) {
                    continue;
                }
                Class<?> c = Class.forName(cn, false, Probe.class.getClassLoader());
                if (isPublic(c)) {
                    out.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnnotation();
    }

    static List<Executable> entryPoints(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        if (!c.isInterface() && !c.isEnum() && !Modifier.isAbstract(c.getModifiers())) {
            for (Constructor<?> k : c.getConstructors()) {
                out.add(k);
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
                continue;
            }
            String n = m.getName();
            if (n.equals("main") || n.equals("equals") || n.equals("hashCode") || n.equals("toString")
                    || (c.isEnum() && (n.equals("values") || n.equals("valueOf")))
                    || EXCLUDED_METHODS.containsKey(c.getSimpleName() + "." + n)) {
                continue;
            }
            out.add(m);
        }
        out.sort((a, b) -> name(a).compareTo(name(b)));
        return out;
    }

    static String name(Executable e) {
        String cls = e.getDeclaringClass().getName().replaceFirst("^thw2\\.", "").replace('$', '.');
        String params = Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return (e instanceof Constructor ? "new " + cls : cls + "." + e.getName()) + "(" + params + ")";
    }

    // -------------------------------------------------------------------------------- probing

    private static void probe(Class<?> c, Executable e, String name, List<Outcome> outcomes, List<String> unprobed) {
        boolean needsReceiver = e instanceof Method m && !Modifier.isStatic(m.getModifiers());
        List<Supplier<Object>> receivers = needsReceiver ? receivers(c) : List.of(() -> null);
        if (receivers.isEmpty()) {
            unprobed.add(name + ": no receiver in Values.RECEIVERS");
            return;
        }
        boolean probedSome = false;
        for (Supplier<Object> rs : receivers) {
            Object probeReceiver = rs.get();
            Parameter[] ps = e.getParameters();
            List<List<Supplier<Object>>> cands = new ArrayList<>();
            boolean missing = false;
            for (Parameter p : ps) {
                List<Supplier<Object>> b = Values.baselines(p.getType(), p.getParameterizedType(), probeReceiver);
                if (b.isEmpty()) {
                    unprobed.add(name + ": no valid values for " + p.getType().getSimpleName() + " " + p.getName());
                    missing = true;
                    break;
                }
                cands.add(b);
            }
            if (missing) {
                return;
            }
            int[] choice = findBaseline(e, rs, cands);
            if (choice == null) {
                continue;
            }
            String label = c.isEnum() ? name.replaceFirst("\\.(\\w+)\\(", "." + probeReceiver + ".$1(") : name;
            Object[] baseArgs = args(cands, choice);
            Object baseResult = call(e, rs.get(), baseArgs).result;
            baseArgs = args(cands, choice);
            for (int i = 0; i < ps.length; i++) {
                for (Bad bad : Values.bad(ps[i].getType(), ps[i].getParameterizedType(), baseArgs[i], probeReceiver)) {
                    int at = i;
                    Supplier<Object[]> argsWithBad = () -> {
                        Object[] a = args(cands, choice);
                        a[at] = bad.value().get();
                        return a;
                    };
                    outcomes.add(classify(e, label, ps[i], bad, rs, argsWithBad, baseArgs, baseResult));
                }
            }
            if (!c.isEnum()) {
                return;
            }
            probedSome = true;
        }
        if (probedSome) {
            return;
        }
        unprobed.add(name + ": no combination of valid values gave a clean call");
    }

    private static List<Supplier<Object>> receivers(Class<?> c) {
        if (c.isEnum()) {
            return Arrays.stream(c.getEnumConstants()).map(k -> (Supplier<Object>) () -> k).toList();
        }
        List<Supplier<Object>> r = Values.RECEIVERS.get(c);
        return r == null ? List.of() : r;
    }

    /** The first combination of candidate values (odometer order, at most 4000 tried) that runs clean. */
    private static int[] findBaseline(Executable e, Supplier<Object> receiver, List<List<Supplier<Object>>> cands) {
        int[] choice = new int[cands.size()];
        for (int tries = 0; tries < 4000; tries++) {
            Result r = call(e, receiver.get(), args(cands, choice));
            if (r.thrown == null && !r.tooSlow && r.allocated < ALLOCATION_LIMIT
                    && (r.scan.clean() || NAN_RESULT_ALLOWED.containsKey(e.getDeclaringClass().getSimpleName() + "."
                    + e.getName())) && r.receiverScan.clean()) {
                return choice;
            }
            int k = 0;
            while (k < choice.length && ++choice[k] == cands.get(k).size()) {
                choice[k] = 0;
                k++;
            }
            if (k == choice.length) {
                return null;
            }
        }
        return null;
    }

    private static Object[] args(List<List<Supplier<Object>>> cands, int[] choice) {
        Object[] a = new Object[choice.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = cands.get(i).get(choice[i]).get();
        }
        return a;
    }

    private static Outcome classify(Executable e, String name, Parameter p, Bad bad, Supplier<Object> receivers,
                                    Supplier<Object[]> argsWithBad, Object[] baseArgs, Object baseResult) {
        Result r = call(e, receivers.get(), argsWithBad.get());
        String arg = p.getName();
        String self = e.getDeclaringClass().getSimpleName() + "." + e.getName();
        String input = bad.label();
        if (r.tooSlow) {
            return new Outcome(Kind.TOO_SLOW, name, arg, input, "still running after " + TIME_LIMIT_MILLIS + " ms");
        }
        if (r.millis > SLOW_MILLIS) {
            return new Outcome(Kind.TOO_SLOW, name, arg, input, "took " + r.millis + " ms"
                    + (r.thrown == null ? "" : " before " + describe(r.thrown)));
        }
        if (r.allocated >= ALLOCATION_LIMIT && r.thrown == null) {
            // a long computation that returns churns garbage; what counts is what it keeps
            long kept = retained(e, receivers, argsWithBad);
            if (kept >= ALLOCATION_LIMIT) {
                return new Outcome(Kind.OUT_OF_MEMORY, name, p.getName(), bad.label(), String.format(Locale.ROOT,
                        "the result holds %.0f MB", kept / 1e6));
            }
        } else if (r.allocated >= ALLOCATION_LIMIT) {
            return new Outcome(Kind.OUT_OF_MEMORY, name, arg, input, String.format(Locale.ROOT,
                    "allocated %.0f MB%s", r.allocated / 1e6, r.thrown == null ? "" : " before " + describe(r.thrown)));
        }
        if (r.thrown != null) {
            Outcome o = classifyThrown(r.thrown, name, p, input, "");
            String untrue = o.kind() == Kind.CLEAR_ERROR ? untrue(r.thrown, bad.value().get()) : null;
            return untrue == null ? o : new Outcome(Kind.UNTRUE, name, arg, input, untrue + ": " + describe(r.thrown));
        }
        for (Scan s : List.of(r.scan, r.receiverScan)) {
            String what = s == r.scan ? "returned " : "left the receiver with ";
            if (s.obscure != null) {
                return classifyThrown(s.obscure, name, p, input, "accepted, then " + s.where + " threw: ");
            }
            if (s.own != null && namesArgument(String.valueOf(s.own.getMessage()), arg)) {
                // a builder that refuses the value in build() gives a clear (deferred) error
                return classifyThrown(s.own, name, p, input, "accepted, then " + s.ownWhere + " threw: ");
            }
            if (s.nonFinite != null && !(s == r.scan && NAN_RESULT_ALLOWED.containsKey(self))) {
                return new Outcome(Kind.SILENT_WRONG, name, arg, input, what + s.nonFinite);
            }
        }
        String key = e.getDeclaringClass().getSimpleName() + "." + e.getName() + "/" + arg;
        switch (bad.category()) {
            case NON_FINITE:
                if (!NON_FINITE_ALLOWED.containsKey(key)) {
                    return new Outcome(Kind.SILENT_WRONG, name, arg, input, "a non-finite argument was accepted");
                }
                break;
            case FOREIGN:
                return new Outcome(Kind.SILENT_WRONG, name, arg, input, "an object from another net was accepted");
            case REFUSE:
                return new Outcome(Kind.SILENT_WRONG, name, arg, input, "accepted, but it is not valid data");
            case OUT_OF_RANGE: {
                Domain d = Values.domain(name, arg, p.getType());
                boolean minusOne = input.startsWith("−1") || input.contains("MIN_VALUE") || input.contains("−1 entry");
                if (d == Domain.POSITIVE || (d == Domain.NON_NEGATIVE && minusOne)) {
                    return new Outcome(Kind.SILENT_WRONG, name, arg, input,
                            "accepted, but " + arg + " must be " + (d == Domain.POSITIVE ? "> 0" : ">= 0"));
                }
                break;
            }
            case SCALE: {
                String broken = Laws.check(e, arg, bad.factor(), baseArgs, baseResult, r.result);
                if (broken != null) {
                    return new Outcome(Kind.SILENT_WRONG, name, arg, input, broken);
                }
                break;
            }
            default:
                break;
        }
        return new Outcome(Kind.ACCEPTED, name, arg, input, "");
    }

    private static Outcome classifyThrown(Throwable t, String name, Parameter p, String input, String prefix) {
        String arg = p.getName();
        if (t instanceof OutOfMemoryError) {
            return new Outcome(Kind.OUT_OF_MEMORY, name, arg, input, prefix + describe(t));
        }
        if (!own(t)) {
            return new Outcome(Kind.OBSCURE, name, arg, input, prefix + describe(t));
        }
        String msg = t.getMessage() == null ? "" : t.getMessage();
        if (!namesArgument(msg, arg) && !SELF_NAMING.contains(t.getClass().getName())) {
            return new Outcome(Kind.VAGUE, name, arg, input, prefix + describe(t));
        }
        String internal = internalSubject(msg, p.getDeclaringExecutable());
        if (internal != null) {
            return new Outcome(Kind.VAGUE, name, arg, input, prefix + "its rule is about \"" + internal
                    + "\", which is not an argument of the call: " + describe(t));
        }
        return new Outcome(Kind.CLEAR_ERROR, name, arg, input, prefix + describe(t));
    }

    /**
     * Why the message of a clear error for the bad argument {@code bad} is not true, or null: "not found"
     * (or "does not exist") for a path that exists.
     */
    static String untrue(Throwable t, Object bad) {
        String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (bad instanceof Path path && Files.exists(path) && (msg.contains("not found") || msg.contains("does not exist")
                || msg.contains("no such file"))) {
            return "says a path that exists is missing (" + path + ")";
        }
        return null;
    }

    private static final Pattern SUBJECT = Pattern.compile("^([\\p{L}_][\\p{L}\\p{N}_]*)(\\[[^\\]]*\\])* must ");

    /**
     * The subject of a message of the form "name must …" when that name is not one of the call's
     * parameters (a helper's own name for the value, such as "z" or "s"), or null.
     */
    static String internalSubject(String message, Executable e) {
        java.util.regex.Matcher m = SUBJECT.matcher(message);
        if (!m.find()) {
            return null;
        }
        String subject = m.group(1);
        if (e instanceof Method && subject.equalsIgnoreCase(e.getName())) {
            return null; // a builder's setter: beta1(b) says "beta1 must …"
        }
        for (Parameter q : e.getParameters()) {
            if (namesArgument(subject, q.getName()) || namesArgument(q.getName(), subject)) {
                return null;
            }
        }
        return subject;
    }

    /** Whether the message names the parameter, as a word (case-insensitive: "H" names h). */
    static boolean namesArgument(String message, String parameter) {
        // a plural parameter may be named by its element: "xs[3]" or "x", "steps" by "step"
        if (parameter.length() > 2 && parameter.endsWith("s")
                && namesArgument(message, parameter.substring(0, parameter.length() - 1))) {
            return true;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(parameter) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(message).find();
    }

    private static String describe(Throwable t) {
        String where = t.getStackTrace().length > 0 ? " at " + t.getStackTrace()[0] : "";
        return t.getClass().getName() + ": " + t.getMessage() + where;
    }

    // --------------------------------------------------------------------------- calling

    /** The heap a fresh call's result keeps alive (measured between two full collections). */
    private static long retained(Executable e, Supplier<Object> receivers, Supplier<Object[]> args) {
        java.lang.management.MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Object receiver = receivers.get();
        Object[] a = args.get();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        Result r = call(e, receiver, a);
        System.gc();
        long after = mem.getHeapMemoryUsage().getUsed();
        java.lang.ref.Reference.reachabilityFence(r);
        return after - before;
    }

    /** A call's result or exception, the bytes the calling thread allocated, and whether it ran too long. */
    private record Result(Object result, Throwable thrown, long allocated, boolean tooSlow, Scan scan,
                          Scan receiverScan, long millis) {
        Result(Object result, Throwable thrown, long allocated, boolean tooSlow, Scan scan, Scan receiverScan) {
            this(result, thrown, allocated, tooSlow, scan, receiverScan, 0);
        }
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * Calls {@code e} on a fresh thread, with a time limit; the result is scanned on that thread too,
     * so the allocation of a follow-up {@code build()} is counted.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static Result call(Executable e, Object receiver, Object[] args) {
        AtomicReference<Result> out = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            long id = Thread.currentThread().getId();
            long before = THREADS.getThreadAllocatedBytes(id);
            Object res = null;
            Throwable thrown = null;
            try {
                Show.useSink((m, c, p) -> { });
                if (e instanceof Method m) {
                    res = m.invoke(receiver, args);
                } else {
                    res = ((Constructor<?>) e).newInstance(args);
                }
            } catch (InvocationTargetException ex) {
                thrown = ex.getCause();
            } catch (ReflectiveOperationException | IllegalArgumentException ex) {
                thrown = new AssertionError("probe could not call " + name(e) + ": " + ex, ex);
            } catch (OutOfMemoryError ex) {
                thrown = ex;
            }
            // the follow-ups (build(), getters) run on this thread, so their allocation counts too
            Scan scan = Scan.CLEAN;
            Scan receiverScan = Scan.CLEAN;
            try {
                scan = thrown == null ? scan(res, 0) : Scan.CLEAN;
                receiverScan = thrown == null && receiver != null ? scan(receiver, 0) : Scan.CLEAN;
            } catch (OutOfMemoryError ex) {
                thrown = ex;
            }
            long after = THREADS.getThreadAllocatedBytes(id);
            out.set(new Result(res, thrown, after - before, false, scan, receiverScan));
        }, "probe");
        worker.setDaemon(true);
        long t0 = System.nanoTime();
        worker.start();
        try {
            worker.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (worker.isAlive()) {
            try {
                worker.stop(); // Java 17: ends a runaway call; later JDKs refuse, and it runs on as a daemon
            } catch (UnsupportedOperationException ignored) {
                // nothing else can stop it
            }
            return new Result(null, null, 0, true, Scan.CLEAN, Scan.CLEAN);
        }
        Result r = out.get();
        return r == null ? new Result(null, new AssertionError("no result"), 0, false, Scan.CLEAN, Scan.CLEAN)
                : new Result(r.result, r.thrown, r.allocated, false, r.scan, r.receiverScan, millis);
    }

    // ------------------------------------------------------------------------------ scanning

    /**
     * What a scan of a result found: the first non-finite value, the first obscure exception of a
     * follow-up call, and the first exception of the library's own (a follow-up such as
     * {@code conditionNumber()} of an indefinite bowl may refuse on purpose).
     */
    private record Scan(String nonFinite, Throwable obscure, String where, Throwable own, String ownWhere) {
        static final Scan CLEAN = new Scan(null, null, null, null, null);

        static Scan nonFinite(String what) {
            return new Scan(what, null, null, null, null);
        }

        boolean clean() {
            return nonFinite == null && obscure == null;
        }
    }

    private static boolean own(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length > 0 && st[0].getClassName().startsWith("thw2.") && OWN_EXCEPTIONS.contains(t.getClass().getName());
    }

    private static final Set<String> NOT_FOLLOWED = Set.of("hashCode", "getClass", "notify", "notifyAll", "wait",
            "iterator", "spliterator", "stream", "parallelStream", "clone");

    /**
     * Scans a result for NaN and ∞: numbers, arrays, collections, records (their components) and
     * library objects (the results of their public no-argument methods, such as getters and
     * {@code build()}), two levels deep.
     */
    static Scan scan(Object r, int depth) {
        if (r == null) {
            return Scan.CLEAN;
        }
        if (r instanceof Double d) {
            return Double.isFinite(d) ? Scan.CLEAN : Scan.nonFinite(d.toString());
        }
        if (r instanceof Float f) {
            return Float.isFinite(f) ? Scan.CLEAN : Scan.nonFinite(f.toString());
        }
        if (r instanceof double[] a) {
            for (int i = 0; i < a.length; i++) {
                if (!Double.isFinite(a[i])) {
                    return Scan.nonFinite("[" + i + "] = " + a[i]);
                }
            }
            return Scan.CLEAN;
        }
        if (r instanceof float[] a) {
            for (int i = 0; i < a.length; i++) {
                if (!Float.isFinite(a[i])) {
                    return Scan.nonFinite("[" + i + "] = " + a[i]);
                }
            }
            return Scan.CLEAN;
        }
        if (r instanceof Object[] a) {
            for (Object o : a) {
                Scan s = scan(o, depth);
                if (s != Scan.CLEAN) {
                    return s;
                }
            }
            return Scan.CLEAN;
        }
        if (r instanceof Collection<?> c) {
            for (Object o : c) {
                Scan s = scan(o, depth);
                if (s != Scan.CLEAN) {
                    return s;
                }
            }
            return Scan.CLEAN;
        }
        if (r instanceof Optional<?> o) {
            return o.isPresent() ? scan(o.get(), depth) : Scan.CLEAN;
        }
        if (r instanceof org.knowm.xchart.internal.chartpart.Chart<?, ?> chart
                && (r instanceof org.knowm.xchart.XYChart || !chart.getSeriesMap().isEmpty())) {
            // a chart is for drawing: one that cannot be drawn (a null title, an empty label) was accepted wrongly
            try {
                thw2.show.Picture.of(chart);
            } catch (RuntimeException | StackOverflowError ex) {
                return own(ex) ? new Scan(null, null, null, ex, "drawing the chart") : new Scan(null, ex, "drawing the chart",
                        null, null);
            }
            return Scan.CLEAN;
        }
        if (depth >= 2 || !r.getClass().getName().startsWith("thw2.") || r.getClass().isEnum()) {
            return Scan.CLEAN;
        }
        List<Method> follow = new ArrayList<>();
        if (r.getClass().isRecord()) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                follow.add(rc.getAccessor());
            }
        }
        for (Method m : r.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
                    && !NOT_FOLLOWED.contains(m.getName()) && !follow.contains(m)
                    && isPublic(m.getDeclaringClass())) {
                follow.add(m);
            }
        }
        follow.sort((a, b) -> a.getName().compareTo(b.getName()));
        Throwable own = null;
        String ownWhere = null;
        for (Method m : follow) {
            String where = r.getClass().getSimpleName() + "." + m.getName() + "()";
            if (NAN_RESULT_ALLOWED.containsKey(r.getClass().getSimpleName() + "." + m.getName())) {
                continue;
            }
            Object v;
            try {
                m.setAccessible(true);
                v = m.invoke(r);
            } catch (InvocationTargetException ex) {
                Throwable t = ex.getCause();
                if (t instanceof OutOfMemoryError oom) {
                    throw oom;
                }
                if (!own(t)) {
                    return new Scan(null, t, where, null, null);
                }
                if (own == null) {
                    own = t;
                    ownWhere = where;
                }
                continue;
            } catch (ReflectiveOperationException | RuntimeException ex) {
                continue;
            }
            Scan s = scan(v, depth + 1);
            if (s.nonFinite != null) {
                return Scan.nonFinite(where + s.nonFinite);
            }
            if (s.obscure != null) {
                return s;
            }
            if (own == null && s.own != null) {
                own = s.own;
                ownWhere = s.ownWhere;
            }
        }
        return own == null ? Scan.CLEAN : new Scan(null, null, null, own, ownWhere);
    }
}

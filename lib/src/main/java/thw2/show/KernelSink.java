package thw2.show;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * Finds the running Jupyter kernel's display function by reflection, so that the library compiles
 * and runs without any kernel on its class path. Known kernels, tried in this order:
 * <ul>
 *   <li>rapaio-jupyter-kernel: {@code org.rapaio.jupyter.kernel.global.Global.display(String mime, Object)}</li>
 *   <li>IJava: {@code io.github.spencerpark.ijava.runtime.Display.display(Object, String... mimes)}</li>
 *   <li>JJava: {@code org.dflib.jjava.runtime.Display.display(Object, String... mimes)} (older releases:
 *       {@code org.dflib.jjava.jupyter.kernel.BaseNotebookStatics})</li>
 * </ul>
 * The IJava and JJava entry points exist whenever their classes load, even outside a kernel (they then
 * throw), so a candidate only counts when a kernel instance is actually running.
 */
final class KernelSink implements Sink {

    /** One way of calling a kernel's display function. */
    record Candidate(String kernel, String className, boolean mimeFirst, String instanceClass,
                     String instanceMethod) {}

    static final List<Candidate> CANDIDATES = List.of(
            new Candidate("rapaio", "org.rapaio.jupyter.kernel.global.Global", true, null, null),
            new Candidate("IJava", "io.github.spencerpark.ijava.runtime.Display", false,
                    "io.github.spencerpark.ijava.IJava", "getKernelInstance"),
            new Candidate("JJava", "org.dflib.jjava.runtime.Display", false,
                    "org.dflib.jjava.JJava", "getKernelInstance"),
            new Candidate("JJava", "org.dflib.jjava.jupyter.kernel.BaseNotebookStatics", false,
                    "org.dflib.jjava.JJava", "getKernelInstance"));

    private final String kernel;
    private final Method method;
    private final boolean mimeFirst;

    private KernelSink(String kernel, Method method, boolean mimeFirst) {
        this.kernel = kernel;
        this.method = method;
        this.mimeFirst = mimeFirst;
    }

    /** The name of the kernel this sink talks to. */
    String kernel() {
        return kernel;
    }

    /** The display function of the running kernel, if any. */
    static Optional<KernelSink> detect() {
        for (Candidate c : CANDIDATES) {
            Optional<KernelSink> sink = tryCandidate(c);
            if (sink.isPresent()) {
                return sink;
            }
        }
        return Optional.empty();
    }

    static Optional<KernelSink> tryCandidate(Candidate c) {
        Class<?> type = load(c.className());
        if (type == null) {
            return Optional.empty();
        }
        try {
            if (c.instanceClass() != null) {
                Class<?> holder = load(c.instanceClass());
                if (holder == null || holder.getMethod(c.instanceMethod()).invoke(null) == null) {
                    return Optional.empty(); // classes present, but no kernel running
                }
            }
            Method m = c.mimeFirst()
                    ? type.getMethod("display", String.class, Object.class)
                    : type.getMethod("display", Object.class, String[].class);
            return Optional.of(new KernelSink(c.kernel(), m, c.mimeFirst()));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Class<?> load(String name) {
        for (ClassLoader loader : new ClassLoader[] {
                Thread.currentThread().getContextClassLoader(),
                KernelSink.class.getClassLoader(),
                ClassLoader.getSystemClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return null;
    }

    @Override
    public void show(String mime, String content, String plainText) {
        try {
            if (mimeFirst) {
                method.invoke(null, mime, content);
            } else {
                method.invoke(null, content, new String[] {mime});
            }
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the " + kernel + " kernel refused to display " + mime
                    + " output: " + cause, cause);
        }
    }
}

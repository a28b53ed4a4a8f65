package thw2.show;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Finds the running Jupyter kernel's display function by reflection, so that the library compiles
 * and runs without any kernel on its class path. Known kernels, tried in this order:
 * <ul>
 *   <li>rapaio-jupyter-kernel: the kernel is {@code org.rapaio.jupyter.kernel.MainApp.kernel}; its
 *       mime-only function is {@code org.rapaio.jupyter.kernel.global.Global.display(String mime, Object)}</li>
 *   <li>IJava: the kernel is {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}; its mime-only
 *       function is {@code io.github.spencerpark.ijava.runtime.Display.display(Object, String... mimes)}</li>
 *   <li>JJava: {@code org.dflib.jjava.JJava.getKernelInstance()}, and {@code org.dflib.jjava.runtime.Display}
 *       (older releases: {@code org.dflib.jjava.jupyter.kernel.BaseNotebookStatics})</li>
 * </ul>
 * Each of these kernels has a {@code display(DisplayData)} method that publishes a whole MIME bundle;
 * the sink uses it to send the rich form together with the library's own plain-text form
 * ({@code text/plain}). Without it, IJava would add {@code String.valueOf(content)} as the
 * {@code text/plain} copy, the raw HTML, Markdown or LaTeX source. When the bundle method cannot be
 * found (another release of a kernel), the sink falls back to the kernel's mime-only display function.
 * <p>
 * The IJava and JJava classes exist whenever they load, even outside a kernel (their display
 * functions then throw), so a candidate only counts when a kernel instance is actually running.
 */
final class KernelSink implements Sink {

    /**
     * One kernel: where its running instance is ({@code holderClass.holderMember}, a static method
     * without arguments or a static field), and its mime-only display function in {@code displayClass}
     * ({@code display(String mime, Object)} when {@code mimeFirst}, else {@code display(Object, String...)}).
     * {@code holderClass} null: no instance to ask for, only the mime-only function.
     */
    record Candidate(String kernel, String holderClass, String holderMember, String displayClass,
                     boolean mimeFirst) {}

    static final List<Candidate> CANDIDATES = List.of(
            new Candidate("rapaio", "org.rapaio.jupyter.kernel.MainApp", "kernel",
                    "org.rapaio.jupyter.kernel.global.Global", true),
            new Candidate("IJava", "io.github.spencerpark.ijava.IJava", "getKernelInstance",
                    "io.github.spencerpark.ijava.runtime.Display", false),
            new Candidate("JJava", "org.dflib.jjava.JJava", "getKernelInstance",
                    "org.dflib.jjava.runtime.Display", false),
            new Candidate("JJava", "org.dflib.jjava.JJava", "getKernelInstance",
                    "org.dflib.jjava.jupyter.kernel.BaseNotebookStatics", false));

    /** Builds and publishes a MIME bundle through the kernel's {@code display(DisplayData)}. */
    private record Bundle(Object kernelInstance, Method display, Constructor<?> create, Method fromText,
                          Method putData) {
        void show(String mime, String content, String plainText) throws ReflectiveOperationException {
            Object data = create != null ? create.newInstance() : fromText.invoke(null, "");
            putData.invoke(data, "text/plain", plainText);
            putData.invoke(data, mime, content);
            display.invoke(kernelInstance, data);
        }
    }

    private final String kernel;
    private final Bundle bundle;      // null: the kernel's mime-only function
    private final Method mimeOnly;    // null when bundle is set
    private final boolean mimeFirst;

    private KernelSink(String kernel, Bundle bundle, Method mimeOnly, boolean mimeFirst) {
        this.kernel = kernel;
        this.bundle = bundle;
        this.mimeOnly = mimeOnly;
        this.mimeFirst = mimeFirst;
    }

    /** The name of the kernel this sink talks to. */
    String kernel() {
        return kernel;
    }

    /** True when the sink sends MIME bundles with the plain-text form; false for the mime-only fallback. */
    boolean sendsPlainText() {
        return bundle != null;
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
        try {
            Object instance = null;
            if (c.holderClass() != null) {
                Class<?> holder = load(c.holderClass());
                instance = holder == null ? null : kernelInstance(holder, c.holderMember());
                if (instance == null) {
                    return Optional.empty(); // not this kernel, or its classes without a running kernel
                }
            }
            Bundle bundle = instance == null ? null : bundle(instance);
            if (bundle != null) {
                return Optional.of(new KernelSink(c.kernel(), bundle, null, c.mimeFirst()));
            }
            Class<?> type = load(c.displayClass());
            if (type == null) {
                return Optional.empty();
            }
            Method m = c.mimeFirst()
                    ? type.getMethod("display", String.class, Object.class)
                    : type.getMethod("display", Object.class, String[].class);
            return Optional.of(new KernelSink(c.kernel(), null, m, c.mimeFirst()));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Object kernelInstance(Class<?> holder, String member) throws ReflectiveOperationException {
        for (Method m : holder.getMethods()) {
            if (m.getName().equals(member) && m.getParameterCount() == 0 && Modifier.isStatic(m.getModifiers())) {
                return m.invoke(null);
            }
        }
        Field f = holder.getField(member);
        return Modifier.isStatic(f.getModifiers()) ? f.get(null) : null;
    }

    /**
     * The kernel instance's public {@code display(X)} whose single parameter type X has a public
     * {@code putData(String, Object)} and either a public no-argument constructor (IJava, JJava) or a
     * public static {@code fromText(String)} (rapaio); null when there is none.
     */
    static Bundle bundle(Object kernelInstance) {
        for (Method display : kernelInstance.getClass().getMethods()) {
            if (!display.getName().equals("display") || display.getParameterCount() != 1
                    || Modifier.isStatic(display.getModifiers())) {
                continue;
            }
            Class<?> dataType = display.getParameterTypes()[0];
            if (dataType.isPrimitive() || dataType.isArray() || dataType == Object.class
                    || dataType == String.class) {
                continue;
            }
            try {
                Method putData = dataType.getMethod("putData", String.class, Object.class);
                Constructor<?> create = null;
                Method fromText = null;
                try {
                    create = dataType.getConstructor();
                } catch (NoSuchMethodException e) {
                    fromText = dataType.getMethod("fromText", String.class);
                    if (!Modifier.isStatic(fromText.getModifiers()) || !dataType.isAssignableFrom(fromText.getReturnType())) {
                        continue;
                    }
                }
                return new Bundle(kernelInstance, display, create, fromText, putData);
            } catch (NoSuchMethodException e) {
                // not a display-data type: try the next display method
            }
        }
        return null;
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
            if (bundle != null) {
                bundle.show(mime, content, plainText);
            } else if (mimeFirst) {
                mimeOnly.invoke(null, mime, content);
            } else {
                mimeOnly.invoke(null, content, new String[] {mime});
            }
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the " + kernel + " kernel refused to display " + mime
                    + " output: " + cause, cause);
        }
    }
}

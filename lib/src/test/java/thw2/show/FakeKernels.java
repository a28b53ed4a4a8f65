package thw2.show;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the kernels' display APIs, shaped as KernelSink finds them by reflection: IJava and
 * JJava (a static {@code getKernelInstance()}, a kernel with {@code display(DisplayData)}, a
 * {@code DisplayData} with a public constructor and {@code putData(String, Object)}), and rapaio (a
 * static field {@code kernel}, a {@code DisplayData} with a protected constructor and a static
 * {@code fromText(String)}).
 */
public final class FakeKernels {
    private FakeKernels() {}

    /** Every bundle published, in order, by any stand-in kernel. */
    static final List<Map<String, Object>> PUBLISHED = new ArrayList<>();

    /** Like basekernel's DisplayData. */
    public static final class IJavaData {
        final Map<String, Object> data = new LinkedHashMap<>();

        public IJavaData() {}

        public void putData(String mime, Object value) {
            data.put(mime, value);
        }
    }

    /** Like IJava's JavaKernel (its display method comes from basekernel's BaseKernel). */
    public static class IJavaKernel {
        public void display(IJavaData d) {
            PUBLISHED.add(d.data);
        }

        public void display(String notThisOne) {
            throw new AssertionError("display(String) must not be chosen");
        }
    }

    /** Like io.github.spencerpark.ijava.IJava. */
    public static final class IJavaMain {
        static IJavaKernel instance;

        public static IJavaKernel getKernelInstance() {
            return instance;
        }
    }

    /** Like rapaio's DisplayData. */
    public static class RapaioData {
        final Map<String, Object> data = new LinkedHashMap<>();

        protected RapaioData() {}

        public static RapaioData fromText(String text) {
            RapaioData d = new RapaioData();
            d.putData("text/plain", text);
            return d;
        }

        public void putData(String mime, Object value) {
            data.put(mime, value);
        }
    }

    /** Like rapaio's RapaioKernel. */
    public static final class RapaioKernel {
        public void display(RapaioData d) {
            PUBLISHED.add(d.data);
        }
    }

    /** Like rapaio's MainApp. */
    public static final class RapaioMain {
        public static final RapaioKernel kernel = new RapaioKernel();
    }

    /** A kernel whose instance has no usable display(DisplayData): only the mime-only function works. */
    public static final class OldKernelMain {
        public static Object getKernelInstance() {
            return new Object();
        }
    }
}

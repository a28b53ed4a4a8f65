package thw2.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Calls the {@code jupyter} command. */
final class Jupyter {
    /**
     * How long a new kernel may take to answer kernel_info. A healthy kernel answers in 2-4 s on a quiet
     * 2-core machine, but in 10-30 s when that machine is loaded (measured here at load average 15).
     * With rapaio's start-up race fixed (kernel/), a kernel that has not answered yet is slow, not
     * dead, so the wait is generous; a start that fails all the same is retried by the runner.
     */
    static final int STARTUP_TIMEOUT_SECONDS = 60;

    private final String command;

    private Jupyter(String command) {
        this.command = command;
    }

    /** What one call printed and returned. */
    record Run(int exitCode, String log) {}

    /** Checks that {@code command} is a jupyter with nbconvert; a clear error otherwise. */
    static Jupyter locate(String command) throws Runner.UsageException {
        Jupyter j = new Jupyter(command);
        Run r;
        try {
            r = j.call(List.of("nbconvert", "--version"), 120);
        } catch (IOException e) {
            throw new Runner.UsageException("Jupyter not found: could not run '" + command
                    + "' (" + e.getMessage() + "). Run scripts/setup, or pass --jupyter PATH.");
        }
        if (r.exitCode() != 0) {
            throw new Runner.UsageException("'" + command + " nbconvert' does not work (exit " + r.exitCode()
                    + "): install nbconvert and nbclient (scripts/setup does it on Debian).\n"
                    + Classifier.tail(r.log(), 5));
        }
        return j;
    }

    /**
     * Executes {@code notebook} into {@code outDir} (same file name). Errors in cells do not stop the
     * run ({@code --allow-errors}); the executed notebook is inspected afterwards. Per-cell timing
     * metadata is not recorded, so that two runs give identical files.
     */
    Run execute(Path notebook, Path outDir, String kernel, int timeoutSeconds) throws IOException {
        return call(List.of("nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.kernel_name=" + kernel,
                "--ExecutePreprocessor.timeout=" + timeoutSeconds,
                "--ExecutePreprocessor.startup_timeout=" + STARTUP_TIMEOUT_SECONDS,
                "--ExecutePreprocessor.record_timing=False",
                "--output-dir", outDir.toString(),
                "--output", notebook.getFileName().toString(),
                notebook.toString()), timeoutSeconds * 4L + 300);
    }

    /**
     * Runs {@code jupyter args…} with a hard time limit: the output is read on a separate thread, so a
     * child that hangs (or leaves a grandchild holding its output open) cannot block the runner past
     * {@code limitSeconds}; on timeout the whole process tree is killed and the exit code is 124.
     */
    Run call(List<String> args, long limitSeconds) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(p.getInputStream(), out), "jupyter-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                destroyTree(p);
                reader.join(2000);
                return new Run(124, "timed out after " + limitSeconds + " s (the process and its children were killed)\n"
                        + text(out));
            }
            // the process is gone; its output may still be draining (or held open by a stray grandchild)
            reader.join(10_000);
            if (reader.isAlive()) {
                destroyTree(p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroyTree(p);
            throw new IOException("interrupted while running " + cmd, e);
        }
        return new Run(p.exitValue(), text(out));
    }

    /** Kills a process and every process it started (children first, so none is re-parented and missed). */
    static void destroyTree(Process p) {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        for (ProcessHandle h : all) {
            h.destroyForcibly();
        }
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buf = new byte[8192];
        try (in) {
            int r;
            while ((r = in.read(buf)) > 0) {
                synchronized (out) {
                    out.write(buf, 0, r);
                }
            }
        } catch (IOException e) {
            // the stream closes when the process is killed: what was read is kept
        }
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}

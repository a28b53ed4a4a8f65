package thw2.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Calls the {@code jupyter} command (nbconvert, for the handouts) and its Python (to execute
 * notebooks with scripts/execute-notebook, which this jar carries).
 */
final class Jupyter {
    /**
     * How long a new kernel may take to answer kernel_info. A healthy kernel answers in 2-4 s on a quiet
     * 2-core machine, but in 10-30 s when that machine is loaded (measured here at load average 15).
     * With rapaio's start-up race fixed (kernel/), a kernel that has not answered yet is slow, not
     * dead, so the wait is generous; a start that fails all the same is retried by the runner.
     */
    static final int STARTUP_TIMEOUT_SECONDS = 60;

    /** scripts/execute-notebook's exit code for a kernel that did not start (EX_TEMPFAIL). */
    static final int EXIT_KERNEL_START = 75;
    /** scripts/execute-notebook's exit code for a cell past its time limit, and {@link #call}'s at its hard limit. */
    static final int EXIT_TIMEOUT = 124;

    private final String command;
    private final List<String> python;

    private Jupyter(String command, List<String> python) {
        this.command = command;
        this.python = python;
    }

    /**
     * The kernel's process started but never answered kernel_info, or died before it did: no cell
     * ran, so a fresh start is safe and meaningful. The only failure that is retried.
     */
    static final class KernelStartException extends IOException {
        private static final long serialVersionUID = 1L;

        KernelStartException(String message) {
            super(message);
        }
    }

    /** A cell, or the whole execution, ran past its time limit. Never retried. */
    static final class TimeLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        TimeLimitException(String message) {
            super(message);
        }
    }

    /** One try of something that starts a kernel; {@code attempt} counts from 1. */
    interface Attempt<T> {
        T run(int attempt) throws IOException;
    }

    /** Told of each failed kernel start: its number, and whether another follows. */
    interface OnKernelStartFailure {
        void failed(int attempt, boolean retrying, KernelStartException e);
    }

    /**
     * The runner's one kernel-start retry: runs {@code body} up to {@code attempts} times while it
     * throws {@link KernelStartException}, and rethrows the last one. Any other exception (a
     * failing cell is not even an exception) ends it at once.
     */
    static <T> T retryKernelStarts(int attempts, Attempt<T> body, OnKernelStartFailure onFailure) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return body.run(attempt);
            } catch (KernelStartException e) {
                boolean again = attempt < attempts;
                onFailure.failed(attempt, again, e);
                if (!again) {
                    throw e;
                }
            }
        }
    }

    /** What one call printed and returned. */
    record Run(int exitCode, String log) {}

    /** As {@link #locate(String, String)}, with the Python that runs {@code command}. */
    static Jupyter locate(String command) throws UsageException {
        return locate(command, null);
    }

    /**
     * Checks that {@code command} is a jupyter with nbconvert; a clear error otherwise. Notebooks are
     * executed by {@code python} (a command, possibly with arguments: {@code /usr/bin/env python3}; null:
     * {@link #pythonOf}).
     */
    static Jupyter locate(String command, String python) throws UsageException {
        Jupyter j = new Jupyter(command, python != null ? List.of(python.strip().split("\\s+")) : pythonOf(command));
        Run r;
        try {
            r = j.call(List.of("nbconvert", "--version"), 120);
        } catch (IOException e) {
            throw new UsageException("Jupyter not found: could not run '" + command
                    + "' (" + e.getMessage() + "). Run scripts/setup, or pass --jupyter PATH.");
        }
        if (r.exitCode() != 0) {
            throw new UsageException("'" + command + " nbconvert' does not work (exit " + r.exitCode()
                    + "): install nbconvert and nbclient (scripts/setup does it on Debian).\n"
                    + Io.tail(r.log(), 5));
        }
        return j;
    }

    /**
     * Executes {@code notebook} into {@code output} with scripts/execute-notebook. Errors in cells do
     * not stop the run; the executed notebook is inspected afterwards. Per-cell timing metadata is not
     * recorded, so that two runs give identical files.
     *
     * @return the run, when the notebook was executed (exit 0) or failed otherwise (another exit code)
     * @throws KernelStartException when the kernel never became ready (exit {@value #EXIT_KERNEL_START})
     * @throws TimeLimitException when a cell or the whole run took too long (exit {@value #EXIT_TIMEOUT})
     */
    Run execute(Path notebook, Path output, String kernel, int timeoutSeconds) throws IOException {
        List<String> cmd = new ArrayList<>(python.subList(1, python.size()));
        cmd.addAll(List.of(driver().toString(), "--kernel", kernel,
                "--timeout", Integer.toString(timeoutSeconds),
                "--startup-timeout", Integer.toString(STARTUP_TIMEOUT_SECONDS),
                "--output", output.toString(), notebook.toString()));
        Run run = call(python.get(0), cmd, timeoutSeconds * 4L + 300);
        if (run.exitCode() == EXIT_KERNEL_START) {
            throw new KernelStartException(Io.tail(run.log(), 1)); // "the kernel did not start: why"
        }
        if (run.exitCode() == EXIT_TIMEOUT) {
            throw new TimeLimitException(Io.tail(run.log(), 15));
        }
        return run;
    }

    /**
     * The Python that runs {@code command}: the interpreter on its first line ({@code #!/usr/bin/python3},
     * {@code #!/usr/bin/env python3}), else the python3 in its folder, else python3 on the PATH.
     */
    static List<String> pythonOf(String command) {
        Path path = Path.of(command);
        if (!command.contains("/")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                    path = Path.of(dir, command);
                    break;
                }
            }
        }
        try (var lines = Files.lines(path, StandardCharsets.ISO_8859_1)) {
            String first = lines.findFirst().orElse("");
            if (first.startsWith("#!") && first.contains("python")) {
                return List.of(first.substring(2).strip().split("\\s+"));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // not a readable script: fall through
        }
        Path beside = path.toAbsolutePath().resolveSibling("python3");
        return List.of(Files.isExecutable(beside) ? beside.toString() : "python3");
    }

    private static Path driver;

    /** scripts/execute-notebook, from this jar, written once per run to a temporary file. */
    static synchronized Path driver() throws IOException {
        if (driver == null) {
            try (InputStream in = Jupyter.class.getResourceAsStream("execute-notebook")) {
                if (in == null) {
                    throw new IOException("the runner jar lacks thw2/tools/execute-notebook (rebuild it: mvn -B -q -pl tools package)");
                }
                Path f = Files.createTempFile("thw2-execute-notebook", ".py");
                f.toFile().deleteOnExit();
                Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                driver = f;
            }
        }
        return driver;
    }

    /**
     * Runs {@code jupyter args…} with a hard time limit: the output is read on a separate thread, so a
     * child that hangs (or leaves a grandchild holding its output open) cannot block the runner past
     * {@code limitSeconds}; on timeout the whole process tree is killed and the exit code is 124.
     */
    Run call(List<String> args, long limitSeconds) throws IOException {
        return call(command, args, limitSeconds);
    }

    /** As {@link #call(List, long)}, for {@code program args…}. */
    static Run call(String program, List<String> args, long limitSeconds) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(program);
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
                return new Run(EXIT_TIMEOUT, "timed out after " + limitSeconds + " s (the process and its children were killed)\n"
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

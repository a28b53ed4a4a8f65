package thw2.tools;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's failure paths, with a stand-in for {@code jupyter} (a shell script): a hard timeout
 * even when jupyter hangs, a failed notebook's stale handout and index entry removed, no staging
 * folder left after a failed HTML step, I/O errors that keep their reason.
 */
class RunnerFailureTest {

    /** A stand-in jupyter: answers --version, then runs {@code body} for every other call. */
    private static Path fakeJupyter(Path dir, String body) throws Exception {
        Path fake = dir.resolve("jupyter");
        Files.writeString(fake, "#!/bin/sh\n[ \"$2\" = \"--version\" ] && { echo 6.5.3; exit 0; }\n" + body + "\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    @Test
    @Timeout(60)
    void aHangingJupyterIsKilledAtTheLimitWithItsChildren(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        // a child that hangs and a grandchild that keeps the output pipe open
        Path fake = fakeJupyter(dir, "sleep 600 &\necho $! > " + pids + "\necho started\nsleep 600");
        Jupyter j = Jupyter.locate(fake.toString());
        long t0 = System.nanoTime();
        Jupyter.Run r = j.call(List.of("nbconvert", "--execute", "x.ipynb"), 2);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(124, r.exitCode(), r.log());
        assertTrue(seconds < 20, "the call returned after " + seconds + " s, not at its 2 s limit");
        assertTrue(r.log().contains("timed out after 2 s"), r.log());
        assertTrue(r.log().contains("started"), "the output read before the timeout is kept: " + r.log());
        long grandchild = Long.parseLong(Files.readString(pids).strip());
        // A killed process lingers until it is reaped (and a loaded machine delivers the signal late):
        // wait up to 10 s for it to be gone or a zombie.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (running(grandchild) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(running(grandchild), "the grandchild " + grandchild + " is still running");
    }

    /** Alive and not a zombie (state Z in /proc/PID/stat). */
    private static boolean running(long pid) throws Exception {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String s = Files.readString(stat);
        return !s.substring(s.lastIndexOf(')') + 1).strip().startsWith("Z");
    }

    @Test
    @Timeout(60)
    void aCallThatFinishesIsNotKilledAndKeepsItsOutput(@TempDir Path dir) throws Exception {
        Path fake = fakeJupyter(dir, "for i in 1 2 3; do echo line $i; done\nexit 3");
        Jupyter.Run r = Jupyter.locate(fake.toString()).call(List.of("nbconvert"), 30);
        assertEquals(3, r.exitCode());
        assertEquals("line 1\nline 2\nline 3\n", r.log());
    }

    /**
     * A stand-in that "executes" a notebook (as scripts/execute-notebook: --output FILE) into a copy with
     * an error output, and writes pages for nbconvert --to html (--output-dir DIR).
     */
    private static final String EXECUTE_WITH_ERROR_OR_CONVERT = """
            out=""; name=""; prev=""; html=0
            for a in "$@"; do
              [ "$prev" = "--output-dir" ] && out=$a
              [ "$prev" = "--output" ] && name=$a
              [ "$a" = "html" ] && html=1
              prev=$a
            done
            if [ $html = 1 ]; then
              [ -n "$FAIL_HTML" ] && { echo "nbconvert: template error" >&2; mkdir -p "$out"; touch "$out/half.html"; exit 1; }
              for a in "$@"; do case "$a" in *.ipynb) b=$(basename "$a" .ipynb)
                printf '<html><head><title>%s</title></head><body></body></html>' "$b" > "$out/$b.html";; esac; done
              exit 0
            fi
            printf '%s' '{"cells":[{"cell_type":"code","source":"x","metadata":{},"outputs":[{"output_type":"error","ename":"CheckFailed","evalue":"boom","traceback":[]}]}],"metadata":{},"nbformat":4,"nbformat_minor":5}' > "$name"
            """;

    private static Runner.Options options(Path fake, Path out, List<Path> notebooks) {
        return options(fake, out, notebooks, 1);
    }

    /** The fake answers both as jupyter (nbconvert, for the handouts) and as the Python that executes notebooks. */
    private static Runner.Options options(Path fake, Path out, List<Path> notebooks, int attempts) {
        return new Runner.Options(fake.toString(), out, "java", attempts, 60, "mj", true, notebooks,
                Path.of("..", "handout", "templates"), fake.toString());
    }

    @Test
    @Timeout(60)
    void aFailedNotebookLosesItsOldHandoutAndIndexEntry(@TempDir Path dir) throws Exception {
        Path fake = fakeJupyter(dir, EXECUTE_WITH_ERROR_OR_CONVERT);
        Path nb = dir.resolve("q9-fails.ipynb");
        Files.writeString(nb, "{\"cells\":[{\"cell_type\":\"markdown\",\"source\":\"# Nine\"}]}");
        Path out = dir.resolve("build");
        // an earlier, clean run left its executed notebook, its handout and its index card
        Files.createDirectories(out.resolve("notebooks"));
        Files.writeString(out.resolve("notebooks/q9-fails.ipynb"), "{\"cells\":[{\"cell_type\":\"markdown\",\"source\":\"# Nine\"}]}");
        Files.createDirectories(out.resolve("handouts"));
        Files.writeString(out.resolve("handouts/q9-fails.html"), "<html>old</html>");
        Files.writeString(out.resolve("handouts/index.html"), "<a class=\"card\" href=\"q9-fails.html\">Nine</a>");

        int code = Runner.run(options(fake, out, List.of(nb)));

        assertEquals(1, code);
        assertFalse(Files.exists(out.resolve("notebooks/q9-fails.ipynb")), "the old executed notebook is kept");
        assertTrue(Files.exists(out.resolve("failed/q9-fails.ipynb")), "the failed run is not kept for reading");
        assertFalse(Files.exists(out.resolve("handouts/q9-fails.html")), "the stale handout is kept");
        String index = Files.readString(out.resolve("handouts/index.html"), StandardCharsets.UTF_8);
        assertFalse(index.contains("q9-fails"), "the index still links the failed notebook: " + index);
        assertNoStaging(out);
    }

    @Test
    @Timeout(60)
    void aFailedHtmlStepLeavesNoStagingFolder(@TempDir Path dir) throws Exception {
        Path fake = fakeJupyter(dir, "export FAIL_HTML=1\n" + EXECUTE_WITH_ERROR_OR_CONVERT.replace(
                "printf '%s' '{\"cells\":[{\"cell_type\":\"code\",\"source\":\"x\",\"metadata\":{},\"outputs\":[{\"output_type\":\"error\",\"ename\":\"CheckFailed\",\"evalue\":\"boom\",\"traceback\":[]}]}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}'",
                "printf '%s' '{\"cells\":[{\"cell_type\":\"code\",\"source\":\"x\",\"metadata\":{},\"outputs\":[]}],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":5}'"));
        Path nb = dir.resolve("q1-ok.ipynb");
        Files.writeString(nb, "{\"cells\":[]}");
        Path out = dir.resolve("build");

        var e = assertThrows(java.io.IOException.class, () -> Runner.run(options(fake, out, List.of(nb))));

        assertTrue(e.getMessage().contains("writing the HTML handouts failed"), e.getMessage());
        assertTrue(e.getMessage().contains("template error"), "the reason is kept: " + e.getMessage());
        assertTrue(Files.exists(out.resolve("notebooks/q1-ok.ipynb")), "the clean notebook was not kept");
        assertNoStaging(out);
    }

    private static void assertNoStaging(Path out) throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> staging = s.filter(p -> p.getFileName().toString().startsWith(".staging")).toList();
            assertEquals(List.of(), staging);
        }
    }

    @Test
    @Timeout(60)
    void anOutputFolderThatCannotBeCreatedSaysWhy(@TempDir Path dir) throws Exception {
        Path fake = fakeJupyter(dir, "exit 0");
        Path nb = dir.resolve("a.ipynb");
        Files.writeString(nb, "{\"cells\":[]}");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (Path out : List.of(Path.of("/proc/x"), file.resolve("sub"))) {
            var e = assertThrows(UsageException.class, () -> Runner.run(options(fake, out, List.of(nb))));
            assertTrue(e.getMessage().startsWith("--out " + out + ": cannot create the output folders: "), e.getMessage());
            assertTrue(e.getMessage().matches(".*: (no such file or directory.*|Not a directory)"), e.getMessage());
        }
        assertEquals("/x: permission denied", Io.describe(new AccessDeniedException("/x")));
    }

    /**
     * A stand-in for scripts/execute-notebook: exits with {@code code} (printing {@code log}) for the
     * first {@code failures} calls, counted in a file, then writes a clean notebook.
     */
    private static Path flakyPython(Path dir, int failures, int code, String log) throws Exception {
        Path count = dir.resolve("count");
        return fakeJupyter(dir, """
                n=$(cat %s 2>/dev/null || echo 0); n=$((n + 1)); echo $n > %s
                prev=""; for a in "$@"; do [ "$prev" = "--output" ] && dest=$a; prev=$a; done
                if [ $n -le %d ]; then echo "%s" >&2; exit %d; fi
                printf '%%s' '{"cells":[{"cell_type":"code","source":"x","metadata":{},"outputs":[]}],"metadata":{},"nbformat":4,"nbformat_minor":5}' > "$dest"
                """.formatted(count, count, failures, log, code));
    }

    private static int calls(Path dir) throws Exception {
        return Integer.parseInt(Files.readString(dir.resolve("count")).strip());
    }

    @Test
    @Timeout(60)
    void aKernelThatDidNotStartIsRetriedOnItsExitCode(@TempDir Path dir) throws Exception {
        Path fake = flakyPython(dir, 2, Jupyter.EXIT_KERNEL_START, "the kernel did not start: Kernel didn't respond in 60 seconds");
        Path nb = Files.writeString(dir.resolve("q1-ok.ipynb"), "{\"cells\":[]}");
        Runner.Options o = new Runner.Options(fake.toString(), dir.resolve("build"), "java", 5, 60, "mj", false,
                List.of(nb), null, fake.toString());
        assertEquals(0, Runner.run(o));
        assertEquals(3, calls(dir), "two failed starts, then a run");
        assertTrue(Files.exists(dir.resolve("build/notebooks/q1-ok.ipynb")));
    }

    @Test
    @Timeout(60)
    void kernelStartsStopAtTheirLimit(@TempDir Path dir) throws Exception {
        Path fake = flakyPython(dir, 99, Jupyter.EXIT_KERNEL_START, "the kernel did not start: Kernel died before replying to kernel_info");
        Path nb = Files.writeString(dir.resolve("q1-x.ipynb"), "{\"cells\":[]}");
        assertEquals(1, Runner.run(new Runner.Options(fake.toString(), dir.resolve("build"), "java", 2, 60, "mj", false,
                List.of(nb), null, fake.toString())));
        assertEquals(2, calls(dir));
    }

    @Test
    @Timeout(60)
    void otherFailuresAreNotRetriedWhateverTheLogSays(@TempDir Path dir) throws Exception {
        // exit 1 with kernel-start words in the log (a cell printed them, say), and a timeout: one call each
        for (int code : new int[] {1, Jupyter.EXIT_TIMEOUT}) {
            Path sub = Files.createDirectories(dir.resolve("c" + code));
            Path fake = flakyPython(sub, 99, code, "RuntimeError: Kernel didn't respond in 60 seconds");
            Path nb = Files.writeString(sub.resolve("q1-x.ipynb"), "{\"cells\":[]}");
            assertEquals(1, Runner.run(new Runner.Options(fake.toString(), sub.resolve("build"), "java", 5, 60, "mj",
                    false, List.of(nb), null, fake.toString())));
            assertEquals(1, calls(sub), "exit " + code + " was retried");
        }
    }

    @Test
    void theRetryHelperRetriesOnlyKernelStartExceptions() throws Exception {
        int[] calls = {0};
        List<Integer> told = new java.util.ArrayList<>();
        assertEquals("ran", Jupyter.retryKernelStarts(3, a -> {
            calls[0]++;
            if (a < 3) {
                throw new Jupyter.KernelStartException("no answer");
            }
            return "ran";
        }, (a, again, e) -> told.add(a)));
        assertEquals(3, calls[0]);
        assertEquals(List.of(1, 2), told);
        calls[0] = 0;
        assertThrows(Jupyter.TimeLimitException.class, () -> Jupyter.retryKernelStarts(3, a -> {
            calls[0]++;
            throw new Jupyter.TimeLimitException("slow");
        }, (a, again, e) -> fail("not a kernel start")));
        assertEquals(1, calls[0]);
    }

    @Test
    void thePythonIsTheOneThatRunsJupyter(@TempDir Path dir) throws Exception {
        Path debian = Files.writeString(dir.resolve("jupyter"), "#!/usr/bin/python3\nimport sys\n");
        assertEquals(List.of("/usr/bin/python3"), Jupyter.pythonOf(debian.toString()));
        Path env = Files.writeString(dir.resolve("jupyter-env"), "#!/usr/bin/env python3.11\n");
        assertEquals(List.of("/usr/bin/env", "python3.11"), Jupyter.pythonOf(env.toString()));
        Path venv = Files.createDirectories(dir.resolve("venv/bin"));
        Path wrapper = Files.writeString(venv.resolve("jupyter"), "#!/bin/sh\nexec x\n");
        assertEquals(List.of("python3"), Jupyter.pythonOf(wrapper.toString()));
        Path py = Files.writeString(venv.resolve("python3"), "");
        Files.setPosixFilePermissions(py, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(List.of(py.toString()), Jupyter.pythonOf(wrapper.toString()));
    }
}

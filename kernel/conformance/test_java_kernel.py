"""Jupyter's kernel test suite (jupyter_kernel_test, Debian's python3-jupyter-kernel-test) run against
the installed `java` kernel, with samples for this project: every message the kernel sends during these
tests is validated against the messaging spec (version 5) by the suite itself.

    THW2_JAR=/abs/path/lib/target/thw2.jar python3 -m unittest -v test_java_kernel

(scripts/kernel-conformance runs it; THW2_KERNEL names another kernelspec.) The suite's own tests
(kernel_info, stdout, stderr, an error, execute_result values, display_data, completion, is_complete,
inspect, history) come from jupyter_kernel_test.KernelTests, its execute helper waiting longer for output
messages (see execute_helper); the tests below them check what the suite does not: the text/plain form of the library's outputs and of every bundle, inspect at three cursor
positions, the replies the suite never asks for, and a quiet kernel log.
"""
import os
import re
import tempfile
import time
import unittest

import jupyter_kernel_test as jkt
from jupyter_client.manager import start_new_kernel
from jupyter_kernel_test.msgspec_v5 import validate_message

JAR = os.environ.get("THW2_JAR", "")
TIMEOUT = 120  # a cell's time limit (the first chart loads AWT and XChart)
OUTPUT_GAP = 10  # longest wait for the next iopub message of a cell that has replied

# The library's outputs: code, the rich MIME type expected, and a pattern its text/plain form must match.
TABLE = ('tech.tablesaw.api.Table.create("Two rows", tech.tablesaw.api.StringColumn.create("name", "short", "longer"), '
         'tech.tablesaw.api.DoubleColumn.create("value", 1.5, 22.25))')
LIBRARY_OUTPUTS = [
    ('thw2.show.Show.html("<b>Bold</b> &amp; plain")', "display_data", "text/html", r"\ABold & plain\Z"),
    ('thw2.show.Show.markdown("**Erratum.** The bound is $\\\\alpha/2$.")', "display_data", "text/markdown",
     r"\AErratum\. The bound is α/2\.\Z"),
    ('thw2.show.Show.latex("\\\\frac{\\\\alpha}{2} \\\\sum_k w_k^2")', "display_data", "text/latex", r"\Aα/2 Σₖ wₖ²\Z"),
    # a table as aligned text: the column names, then the rows, numbers right-aligned under each other
    ("thw2.show.Show.table(" + TABLE + ")", "display_data", "text/html",
     r"(?s)name\s+value.*short\s+1\.5\n.*longer\s+22\.25"),
    # a chart as the cell's value: a one-line description, title and series
    ('var c = thw2.show.Charts.xy("Loss by epoch", "epoch", "loss"); '
     'thw2.show.Charts.line(c, "train", new double[] {1, 2, 3}, new double[] {3, 2, 1}); thw2.show.Show.chart(c)',
     "execute_result", "image/png", r'\A\[chart "Loss by epoch" 720×420: train\]\Z'),
]


def run_cell(kc, code, timeout=TIMEOUT):
    """Executes code; returns (reply, outputs), outputs being the iopub messages of that request other
    than status and execute_input, each validated against the spec."""
    msg_id = kc.execute(code)
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        validate_message(msg, msg["msg_type"], msg_id)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
        if msg["msg_type"] not in ("status", "execute_input"):
            outputs.append(msg)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            validate_message(reply, "execute_reply", msg_id)
            return reply, outputs


class JavaKernelTests(jkt.KernelTests):
    kernel_name = os.environ.get("THW2_KERNEL", "java")
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("a line on standard error");'
    code_generate_error = 'throw new IllegalStateException("planted");'
    code_execute_result = [
        {"code": "1 + 1", "result": "2"},
        {"code": '"a".repeat(3)', "result": "aaa"},
        {"code": "Math.max(3, 7)", "result": "7"},
        {"code": "new double[] {0.5, 2}", "result": "double[2] { 0.5, 2.0 }"},
        {"code": "java.util.List.of(1, 2)", "result": "[1, 2]"},
        {"code": "thw2Counter * 2", "result": "6"},  # a variable from an earlier cell (setUpClass)
    ]
    code_display_data = [{"code": code, "mime": mime} for code, kind, mime, _ in LIBRARY_OUTPUTS
                         if kind == "display_data"]
    completion_samples = [
        {"text": "Math.sq", "matches": ["sqrt("]},          # JShell completes a method with its "("
        {"text": "thw2Cou", "matches": ["thw2Counter"]},    # defined in an earlier cell
        {"text": "thw2.show.Sh", "matches": ["Show"]},      # a class of the library loaded by %jars
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 3; i++) { }",
                             "class Point { int x; }", "%jars some.jar"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "Math.max(1,", "class Point {", "/* a comment"]
    invalid_code_samples = ["int x = ;", '"an unterminated string', "}"]
    code_inspect_sample = "Math"  # the cursor at the end of a class name
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "*repeat*"

    def execute_helper(self, code, timeout=jkt.TIMEOUT, silent=False, store_history=True, stop_on_error=True):
        """The suite's own helper, with one change: after the reply it waits up to OUTPUT_GAP seconds for
        each further iopub message (the suite waits 0.1 s: on a loaded 2-core machine the kernel's thread
        can be off the CPU that long between the reply and the idle status, and the suite then fails
        with queue.Empty although every message arrives). The checks are the suite's."""
        msg_id = self.kc.execute(code=code, silent=silent, store_history=store_history, stop_on_error=stop_on_error)
        reply = self.get_non_kernel_info_reply(timeout=timeout)
        validate_message(reply, "execute_reply", msg_id)
        busy_msg = self.kc.get_iopub_msg(timeout=OUTPUT_GAP)
        validate_message(busy_msg, "status", msg_id)
        self.assertEqual(busy_msg["content"]["execution_state"], "busy")
        output_msgs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=OUTPUT_GAP)
            validate_message(msg, msg["msg_type"], msg_id)
            if msg["msg_type"] == "status":
                self.assertEqual(msg["content"]["execution_state"], "idle")
                break
            elif msg["msg_type"] == "execute_input":
                self.assertEqual(msg["content"]["code"], code)
                continue
            output_msgs.append(msg)
        return reply, output_msgs

    @classmethod
    def setUpClass(cls):
        if not JAR or not os.path.isfile(JAR):
            raise unittest.SkipTest("THW2_JAR must name the library jar (lib/target/thw2.jar)")
        # the kernel's standard error (its log) goes to a file, for test_log_has_warnings_only
        cls.log = tempfile.NamedTemporaryFile(prefix="thw2-kernel-log-", suffix=".txt", delete=False)
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name, startup_timeout=TIMEOUT,
                                          stdout=cls.log, stderr=cls.log)
        for code in ("%jars " + JAR, "int thw2Counter = 3;"):
            reply, outputs = run_cell(cls.kc, code)
            if reply["content"]["status"] != "ok":
                raise RuntimeError(f"set-up cell {code!r} failed: {outputs}")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.log.close()
        os.unlink(cls.log.name)

    # --- beyond the suite's own tests -------------------------------------------------------------

    def test_library_outputs_have_text_plain(self):
        """The library's HTML, Markdown, LaTeX, table and chart outputs: the rich form and a readable text/plain."""
        for code, kind, mime, text in LIBRARY_OUTPUTS:
            with self.subTest(code=code):
                self.flush_channels()
                reply, outputs = run_cell(self.kc, code)
                self.assertEqual(reply["content"]["status"], "ok", outputs)
                bundles = [m["content"]["data"] for m in outputs if m["msg_type"] == kind]
                self.assertEqual(len(bundles), 1, outputs)
                self.assertIn(mime, bundles[0])
                self.assertRegex(bundles[0].get("text/plain", ""), text)

    def test_every_bundle_has_text_plain(self):
        """Values and displays rapaio renders by itself (HTML only, or an image only) get a text/plain form."""
        samples = {
            "new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB)": r"\A\[image 4×3\]\Z",
            "java.util.Map.of(\"a\", 1)": r"\A\{a=1\}\Z",
            'org.rapaio.jupyter.kernel.global.Global.display("text/html", "<p>x &lt; y</p>"); 1': r"\Ax < y\Z|\A1\Z",
            "new StringBuilder(\"sb\")": r"\Asb\Z",
        }
        for code, text in samples.items():
            with self.subTest(code=code):
                self.flush_channels()
                reply, outputs = run_cell(self.kc, code)
                self.assertEqual(reply["content"]["status"], "ok", outputs)
                bundles = [m for m in outputs if m["msg_type"] in ("execute_result", "display_data")]
                self.assertGreaterEqual(len(bundles), 1, outputs)
                for m in bundles:
                    self.assertRegex(m["content"]["data"].get("text/plain", ""), text, m)

    def inspect(self, code, cursor):
        self.flush_channels()
        msg_id = self.kc.inspect(code, cursor)
        reply = self.get_non_kernel_info_reply(timeout=jkt.TIMEOUT)
        validate_message(reply, "inspect_reply", msg_id)
        return reply["content"]

    def test_inspect_cursor_positions(self):
        """Shift+Tab: at the end of a class name, at the end of a method name, inside a call."""
        for code, cursor, text in [("Math", 4, "java.lang.Math"),
                                   ("Math.sqrt", 9, "double Math.sqrt(double a)"),
                                   ("Math.sqrt(2.0)", 9, "double Math.sqrt(double a)"),
                                   ("Math.sqrt(2.0)", 11, "double Math.sqrt(double a)"),
                                   ("Math.max(1, 2)", 6, "Math.max("),
                                   ("thw2Counter", 11, "thw2Counter")]:
            with self.subTest(code=code, cursor=cursor):
                content = self.inspect(code, cursor)
                self.assertEqual(content["status"], "ok")
                self.assertTrue(content["found"], content)
                self.assertIn(text, content["data"]["text/plain"])
                self.assertIn("text/html", content["data"])
        content = self.inspect("int unknownName = 1; ", 21)
        self.assertFalse(content["found"], content)

    def test_replies_the_suite_does_not_request(self):
        """comm_info and interrupt replies follow the spec too (rapaio's lack a status; its interrupt
        reply went out on the shell channel, and the interrupt stopped the kernel from running cells)."""
        self.flush_channels()
        msg_id = self.kc.comm_info()
        validate_message(self.get_non_kernel_info_reply(timeout=jkt.TIMEOUT), "comm_info_reply", msg_id)
        msg = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(msg)
        reply = self.kc.get_control_msg(timeout=jkt.TIMEOUT)
        validate_message(reply, "interrupt_reply", msg["header"]["msg_id"])
        reply, outputs = run_cell(self.kc, "1 + 2")  # the kernel still runs cells after an interrupt
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "3")

    def test_interrupt_a_running_cell(self):
        """Interrupt as front ends do (the kernelspec's interrupt_mode): the cell ends with an error, the
        next cell runs."""
        self.flush_channels()
        msg_id = self.kc.execute("Thread.sleep(60_000);")
        busy = self.kc.get_iopub_msg(timeout=TIMEOUT)  # the cell has started
        self.assertEqual(busy["content"].get("execution_state"), "busy")
        time.sleep(1)
        self.km.interrupt_kernel()
        reply = self.get_non_kernel_info_reply(timeout=30)
        validate_message(reply, "execute_reply", msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("interrupted", reply["content"]["evalue"])
        reply, outputs = run_cell(self.kc, "1 + 3")
        self.assertEqual(outputs[-1]["content"]["data"]["text/plain"], "4")

    def test_log_has_warnings_only(self):
        """The kernel's log (its standard error) has no line per message: only warnings and errors."""
        run_cell(self.kc, "1")
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            log = f.read()
        self.assertNotRegex(log, r"\b(INFO|FINE|Handling message)\b", log)


class ShutdownTest(unittest.TestCase):
    """The shutdown reply comes back on the control channel, as the spec has it (a kernel of its own)."""

    def test_shutdown_reply(self):
        km, kc = start_new_kernel(kernel_name=JavaKernelTests.kernel_name, startup_timeout=TIMEOUT)
        try:
            msg = kc.session.msg("shutdown_request", {"restart": False})
            kc.control_channel.send(msg)
            reply = kc.get_control_msg(timeout=jkt.TIMEOUT)
            validate_message(reply, "shutdown_reply", msg["header"]["msg_id"])
            self.assertFalse(reply["content"]["restart"])
            deadline = time.monotonic() + 60  # and the kernel ends
            while km.is_alive() and time.monotonic() < deadline:
                time.sleep(0.2)
            self.assertFalse(km.is_alive(), "the kernel still runs after its shutdown reply")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()

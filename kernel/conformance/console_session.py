"""jupyter console (Jupyter's terminal front end, Debian's jupyter-console) with the `java` kernel, in a
real terminal: a tmux session of its own (own server, its socket in a temporary folder), 220 columns wide. Like a person, it types
`1 + 1`, then pastes the code cells of notebooks/00-start-here.ipynb one by one (bracketed paste, then
Enter), waits for the next prompt, and at the end reads the screen (tmux capture-pane: the text as a
person sees it, scrollback included) and checks:
  - `1 + 1` printed `Out[1]: 2`;
  - the table cell printed its table as aligned text, the chart cell its one-line description as
    `Out[n]: [chart "…" …]`, the check cell its ✔ lines;
  - nothing else: no error, no traceback, no kernel log line (rapaio logged a line per message).
Then it leaves the console (Ctrl-D, y) and checks that the kernel process has ended.

    python3 console_session.py NOTEBOOK_DIR [--kernel NAME] [--transcript FILE]

Run from scripts/kernel-conformance; needs tmux and jupyter-console (the console runs as
`python3 -m jupyter_console`, the `jupyter console` command, with the Python that runs this script). The notebook's first cell
(%jars ../lib/target/thw2.jar) is run as it is, from NOTEBOOK_DIR, so lib/target/thw2.jar must exist.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

PROMPT = re.compile(r"^In \[(\d+)\]: ", re.M)


class Console:
    def __init__(self, workdir, kernel):
        self.tmp = tempfile.mkdtemp(prefix="thw2-console-")
        self.socket = os.path.join(self.tmp, "tmux.socket")  # a server of its own, removed with the folder
        conf = os.path.join(self.tmp, "tmux.conf")
        with open(conf, "w") as f:
            f.write("set -g history-limit 50000\nset -g default-terminal screen-256color\n")
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", PYDEVD_DISABLE_FILE_VALIDATION="1")
        self.env = env
        command = (f"{shlex.quote(sys.executable)} -m jupyter_console --kernel {shlex.quote(kernel)}; "
                   f"echo \"[console exited $?]\"; sleep 600")
        self.tmux("-f", conf, "new-session", "-d", "-s", "console", "-x", "220", "-y", "50", "-c", workdir,
                  "sh", "-c", command)

    def tmux(self, *args, text_input=None):
        return subprocess.run(["tmux", "-u", "-S", self.socket, *args], check=True, capture_output=True,
                              text=True, env=getattr(self, "env", None), input=text_input).stdout

    def screen(self):
        """Everything the terminal has shown, scrollback included; wrapped lines joined."""
        return self.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "console")

    def wait_for(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.screen()
            if condition(text):
                return text
            time.sleep(0.3)
        raise AssertionError(f"timed out after {timeout} s waiting for {what}; the screen:\n{self.screen()}")

    def prompts(self, text):
        return [int(n) for n in PROMPT.findall(text)]

    def ready(self, text, count):
        """The console shows its count-th prompt and waits for input (the cursor's line is that prompt)."""
        lines = [l for l in text.rstrip("\n").split("\n")]
        last = lines[-1] if lines else ""
        return len(self.prompts(text)) >= count and PROMPT.match(last + " ") is not None and last.strip().endswith(":")

    def run(self, code, timeout=180):
        """Pastes code at the prompt, presses Enter, waits for the next prompt."""
        before = len(self.prompts(self.screen()))
        self.tmux("load-buffer", "-b", "cell", "-", text_input=code)
        self.tmux("paste-buffer", "-p", "-d", "-b", "cell", "-t", "console")
        time.sleep(0.3)
        self.tmux("send-keys", "-t", "console", "Enter")
        self.wait_for(lambda t: self.ready(t, before + 1), timeout, f"the prompt after {code[:60]!r}")

    def close(self):
        try:
            self.tmux("kill-server")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def code_cells(notebook):
    with open(notebook, encoding="utf-8") as f:
        nb = json.load(f)
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
            for c in nb["cells"] if c["cell_type"] == "code"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("notebook_dir")
    ap.add_argument("--kernel", default="java")
    ap.add_argument("--notebook", default="00-start-here.ipynb")
    ap.add_argument("--transcript")
    a = ap.parse_args()
    cells = code_cells(os.path.join(a.notebook_dir, a.notebook))
    console = Console(os.path.abspath(a.notebook_dir), a.kernel)
    pid = None
    text = ""
    failures = []
    try:
        console.wait_for(lambda t: console.ready(t, 1), 180, "the first prompt (kernel start)")
        console.run("1 + 1")
        console.run("ProcessHandle.current().pid()")
        m = re.search(r"^Out\[2\]: (\d+)$", console.screen(), re.M)
        pid = int(m.group(1)) if m else None
        for code in cells:
            console.run(code)
        console.tmux("send-keys", "-t", "console", "C-d")
        console.wait_for(lambda t: "Do you really want to exit" in t, 30, "the question to exit")
        console.tmux("send-keys", "-t", "console", "y", "Enter")
        text = console.wait_for(lambda t: "[console exited" in t, 120, "the console to exit")
    except AssertionError as e:
        failures.append(str(e))
        text = console.screen()
    finally:
        console.close()
    if a.transcript:
        with open(a.transcript, "w", encoding="utf-8") as f:
            f.write(text)

    def expect(pattern, what):
        if not re.search(pattern, text, re.M):
            failures.append(f"not on the screen: {what} (/{pattern}/)")

    def refuse(pattern, what):
        m = re.search(pattern, text, re.M)
        if m:
            failures.append(f"on the screen: {what}: {m.group(0)!r}")

    expect(r"^Out\[1\]: 2$", "`1 + 1` answered Out[1]: 2")
    expect(r"^z +60-digit reference +σ\(z\)\(1−σ\(z\)\)", "the table's header, as aligned text")
    expect(r"^36\.5 +1\.41e-16 +2\.22e-16 ", "a row of the table, aligned under its header")
    expect(r"^Out\[\d+\]: \[chart \"σ'\(z\): product form vs stable form\" \d+×\d+: stable form", "the chart's description")
    expect(r"^✔ stable σ'\(0\.0\) equals the 60-digit reference", "the check cell's ✔ lines")
    refuse(r"\[(INFO|FINE)|INFO *\]|Handling message", "a kernel log line")
    refuse(r"Traceback|Exception|[Ee]rror:|✘", "an error")
    refuse(r"<table|<td|&#\d+;", "HTML shown as text")
    if pid is None:
        failures.append("the kernel's process id was not printed (Out[2])")
    else:
        deadline = time.monotonic() + 30
        while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
            time.sleep(0.5)
        if os.path.exists(f"/proc/{pid}"):
            failures.append(f"the kernel (pid {pid}) still runs after the console exited; ended now")
            os.kill(pid, 9)
    checks = len(re.findall(r"^✔ ", text, re.M))
    if failures:
        print("console session: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        if not a.transcript:
            print("--- the screen ---\n" + text, file=sys.stderr)
        return 1
    print(f"console session: passed ({len(cells) + 2} cells; Out[1]: 2, the table as text, the chart's "
          f"description, {checks} ✔ lines; no log lines, no errors; the kernel ended with the console)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Serves the test JupyterLab (build/, made by browser-tests/setup) with Debian's jupyter-server and
jupyterlab-server (python3-jupyter-server, python3-jupyterlab-server): the notebook, kernel, session
and contents REST APIs and kernel websockets from jupyter-server; the page, settings, themes and
translations from jupyterlab-server's LabServerApp.

usage: /usr/bin/python3 serve.py --state DIR [jupyter-server options: --ip, --port,
       --ServerApp.token, --ServerApp.root_dir, ...]

DIR (required, created if missing) receives the user settings and workspaces, so that a run
starts from JupyterLab's defaults and leaves nothing behind but that folder.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")

# Only the options given here count: no jupyter_server_config.* from the user's or the system's
# Jupyter folders (kernel specs are data, not configuration, and are still found).
os.environ["JUPYTER_NO_CONFIG"] = "1"


def _state_dir(argv):
    """Removes --state DIR from argv and returns DIR."""
    if "--state" not in argv:
        sys.exit("serve.py: --state DIR is required (user settings and workspaces go there)")
    i = argv.index("--state")
    if i + 1 >= len(argv):
        sys.exit("serve.py: --state needs a folder")
    state = os.path.abspath(argv[i + 1])
    del argv[i : i + 2]
    os.makedirs(state, exist_ok=True)
    return state


STATE = _state_dir(sys.argv)

# Settings this server gives every user (jupyterlab-server reads app-settings/overrides.json): the
# machines it runs on have no internet, so JupyterLab neither asks to fetch Jupyter's news nor
# checks for updates (by default it asks, in a pop-up that would cover part of the notebook).
os.makedirs(os.path.join(STATE, "app-settings"), exist_ok=True)
with open(os.path.join(STATE, "app-settings", "overrides.json"), "w", encoding="utf-8") as f:
    json.dump({"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}, f)

if not os.path.isfile(os.path.join(BUILD, "bundle.js")):
    sys.exit(f"serve.py: {BUILD}/bundle.js is missing; build it first (browser-tests/setup)")

from jupyterlab_server import LabServerApp  # noqa: E402  (after JUPYTER_NO_CONFIG is set)

with open(os.path.join(HERE, "package.json"), encoding="utf-8") as f:
    VERSION = json.load(f)["version"]


def _jupyter_server_extension_points():
    return [{"module": __name__, "app": Thw2Lab}]


class Thw2Lab(LabServerApp):
    name = __name__
    app_name = "JupyterLab (THW2 test build)"
    app_version = VERSION
    extension_url = "/lab"
    default_url = "/lab"
    load_other_extensions = False
    static_dir = BUILD
    templates_dir = os.path.join(HERE, "templates")
    schemas_dir = os.path.join(BUILD, "schemas")
    themes_dir = os.path.join(BUILD, "themes")
    app_settings_dir = os.path.join(STATE, "app-settings")
    user_settings_dir = os.path.join(STATE, "user-settings")
    workspaces_dir = os.path.join(STATE, "workspaces")

    # No terminals: the notebooks need none, and a test server should offer no shell.
    serverapp_config = {"terminals_enabled": False}


if __name__ == "__main__":
    Thw2Lab.launch_instance()

"""The flake8 plugin's helper process (init_lint/helper.py): same findings as in process, and a helper that
cannot start or dies never costs the host its run."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from init_lint import helper as helper_mod
from init_lint.engine import analyze
from init_lint.frontends.flake8_plugin import InitLintPlugin
from init_lint.helper import IN_PROCESS_ENV, READY, Helper, serve
from init_lint.options import Options

ROOT = Path(__file__).resolve().parents[1]
FLAKE8 = [sys.executable, "-m", "flake8", "--isolated", "--select", "INI"]

XAVIER_RELU = ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass Net(nn.Module):\n"
               "    def __init__(self):\n        super().__init__()\n        self.fc1 = nn.Linear(784, 256)\n"
               "        self.fc2 = nn.Linear(256, 10)\n        nn.init.xavier_uniform_(self.fc1.weight)\n\n"
               "    def forward(self, x):\n        return self.fc2(F.relu(self.fc1(x)))\n")


def _flake8(args, in_process: bool, **kw):
    env = {k: v for k, v in os.environ.items() if k != IN_PROCESS_ENV}
    if in_process:
        env[IN_PROCESS_ENV] = "1"
    return subprocess.run(FLAKE8 + args, capture_output=True, text=True, env=env, cwd=ROOT, **kw)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_helper_reports_exactly_what_the_in_process_analysis_does(jobs):
    """Every fixture directory through flake8, helper on and off, serial and forked (-j2): byte-identical."""
    args = ["-j", jobs, "fixtures", "tests/labeled"]
    with_helper = _flake8(args, in_process=False)
    in_process = _flake8(args, in_process=True)
    assert with_helper.stderr == in_process.stderr == ""
    assert with_helper.stdout == in_process.stdout
    assert with_helper.stdout.count(" INI") > 50  # the fixtures do report: the comparison is not of nothing


def test_stdin_never_starts_a_helper(monkeypatch):
    monkeypatch.delenv(IN_PROCESS_ENV, raising=False)

    class Namespace:
        filenames = ["-"]

    InitLintPlugin.parse_options(Namespace())
    assert InitLintPlugin.helper is None
    for filenames in (["src/"], []):  # no path given: flake8 lints "."
        Namespace.filenames = filenames
        InitLintPlugin.parse_options(Namespace())
        assert isinstance(InitLintPlugin.helper, Helper)
    InitLintPlugin.helper = None


def test_serve_answers_like_the_engine():
    """The helper's loop, driven through in-memory pipes: READY, then one response per request."""
    from init_lint.scan import candidate_mask

    masked, _, starts = candidate_mask(XAVIER_RELU, None)
    options = Options()
    request = json.dumps({"masked": masked, "starts": starts, "source": XAVIER_RELU, "filename": "m.py",
                          "options": helper_mod._options_json(options)}).encode()
    stdin = io.BytesIO((helper_mod._HEADER.pack(len(request)) + request) * 2)
    stdout = io.BytesIO()
    try:
        serve(stdin, stdout)
    finally:
        import gc

        gc.unfreeze()  # serve() freezes its own process's heap; give the test process its collector back
    stdout.seek(0)
    assert helper_mod._read_message(stdout) == READY
    expected = [[f.line, f.col, f.code, f.message] for f in analyze(XAVIER_RELU, "m.py", options)]
    assert [c for _, _, c, _ in expected] == ["INI101"]
    for _ in range(2):
        assert json.loads(helper_mod._read_message(stdout)) == {"findings": expected}
    assert stdout.read() == b""


def test_a_helper_that_cannot_start_falls_back_to_the_host(monkeypatch):
    monkeypatch.setattr(helper_mod, "_BOOT", "import sys; sys.exit(3)")
    h = Helper()
    assert analyze(XAVIER_RELU, "m.py", offload=h)[0].code == "INI101"  # analysed in process
    assert h.unavailable
    h.close()


def test_a_helper_that_dies_on_a_file_costs_only_that_file(monkeypatch):
    """Say READY, then die on the first request (as a native crash would): that file gets INI900, and the
    next file a fresh helper."""
    h = Helper()
    working = helper_mod._BOOT
    monkeypatch.setattr(helper_mod, "_BOOT", "import sys, struct; m = b'init-lint helper ready'; "
                                             "sys.stdout.buffer.write(struct.pack('>Q', len(m)) + m); "
                                             "sys.stdout.buffer.flush(); sys.stdin.buffer.read(8); sys.exit(9)")
    died = analyze(XAVIER_RELU, "m.py", offload=h)
    assert [f.code for f in died] == ["INI900"] and "analysis process stopped" in died[0].message
    monkeypatch.setattr(helper_mod, "_BOOT", working)
    assert [f.code for f in analyze(XAVIER_RELU, "m.py", offload=h)] == ["INI101"]
    h.close()


def test_helper_starts_at_the_first_file_naming_an_initializer():
    """Launched early (it loads libcst while flake8 goes on), but never for a run without any initializer."""
    import ast

    h = Helper()
    saved, InitLintPlugin.helper = InitLintPlugin.helper, h
    try:
        plain = "import os\nprint(os.getcwd())\n"
        assert list(InitLintPlugin(ast.parse(plain), "a.py", plain.splitlines(True)).run()) == []
        assert not h.started
        harmless = "import torch.nn as nn\nfc = nn.Linear(4, 4)\nnn.init.zeros_(fc.bias)\n"
        assert list(InitLintPlugin(ast.parse(harmless), "b.py", harmless.splitlines(True)).run()) == []
        assert h.started  # started, though this file needed no libcst
        found = list(InitLintPlugin(ast.parse(XAVIER_RELU), "c.py", XAVIER_RELU.splitlines(True)).run())
        assert [text.split()[0] for _, _, text, _ in found] == ["INI101"]
    finally:
        InitLintPlugin.helper = saved
        h.close()


def test_a_helper_that_never_answers_is_given_up(monkeypatch):
    """A sys.executable that waits on its input instead of starting (an embedding application): the host
    stops waiting after START_TIMEOUT and analyses in process."""
    monkeypatch.setattr(helper_mod, "_BOOT", "import sys, time; time.sleep(30)")
    monkeypatch.setattr(helper_mod, "START_TIMEOUT", 0.5)
    h = Helper()
    assert [f.code for f in analyze(XAVIER_RELU, "m.py", offload=h)] == ["INI101"]
    assert h.unavailable
    h.close()

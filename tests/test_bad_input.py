"""Hostile and broken input through every front end.

For each bad input: a clear one-line message (an INI900 finding or a stderr
line naming the file), the rest of the run goes on (a good file with a real
finding next to it is still reported, a fixable one is still fixed), no
traceback anywhere, and exit codes as documented: 0 clean, 1 findings, 2
usage errors only.  Front ends: the CLI (files, directory walk, --fix,
stdin), flake8 (files, directory walk, stdin) and the engine itself.

Unreadable files: `chmod 000` does not stop root, so where the tests run as
root the real-permission tests skip and the `*_simulated` tests make the read
fail with EACCES instead (they run for every user).
"""

from __future__ import annotations

import errno
import importlib.util
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List

import pytest

from init_lint.fix import files as fixer
from init_lint.engine import INTERNAL_CODE, analyze, lint_bytes
from init_lint.options import Options

CLI = [sys.executable, "-c", "import sys; from init_lint.frontends.cli import main; sys.exit(main())"]
FLAKE8 = [sys.executable, "-m", "flake8", "--select", "INI"]
needs_cli = pytest.mark.skipif(
    importlib.util.find_spec("init_lint.frontends.cli") is None, reason="init_lint/cli.py has not landed yet"
)

GOOD_NAME = "good_model.py"
GOOD_FINDING_LINE = 5
GOOD = """\
import numpy as np


def initialize_parameters(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 10
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * np.sqrt(1 / n_h)
    b2 = np.zeros((n_y, 1))
    return W1, b1, W2, b2


def forward(X, W1, b1, W2, b2):
    A1 = np.tanh(W1 @ X + b1)
    return W2 @ A1 + b2
"""
# A file --fix can change (INI006 at line 10), to show --fix goes on past bad input.
FIXABLE_NAME = "fixable_model.py"
FIXABLE = """\
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0.02)
                nn.init.zeros_(m.bias)

    def forward(self, x):
        return self.net(x)
"""
FIXED = FIXABLE.replace("normal_(m.weight, 0.02)", "normal_(m.weight, std=0.02)")
LONG_FILE_LINES = 20_000
# The good model behind a latin-1 cookie and a comment only latin-1 can decode.
LATIN1_MODEL = ("# -*- coding: latin-1 -*-\n# Réseau à deux couches\n" + GOOD).encode("latin-1")


# ---------------------------------------------------------------------------
# The bad inputs
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BadInput:
    name: str
    make: Callable[[Path], Path]  # writes the bad input into a directory, returns its path
    must_mention: bool  # the output must name it (INI900 or a stderr line)
    exit_alone: tuple  # acceptable exit codes when it is the only argument
    via_flake8: bool = True  # flake8 can be pointed at it


def _write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


def _long_file(directory: Path) -> Path:
    filler = "".join(f"value_{i} = {i} * 2\n" for i in range(LONG_FILE_LINES))
    return _write(directory, "long_file.py", (filler + GOOD).encode())


def _unreadable(directory: Path) -> Path:
    path = _write(directory, "unreadable.py", GOOD.encode())
    os.chmod(path, 0)
    if os.access(path, os.R_OK):
        os.chmod(path, 0o644)
        pytest.skip("running with privileges that read a chmod 000 file (root)")
    return path


def _file_symlink_loop(directory: Path) -> Path:
    path = directory / "loop.py"
    path.symlink_to(path)
    return path


def _directory_symlink_loop(directory: Path) -> Path:
    looped = directory / "looped"
    looped.mkdir()
    (looped / "back").symlink_to(looped, target_is_directory=True)
    return looped


def _no_python_files(directory: Path) -> Path:
    empty = directory / "docs_only"
    empty.mkdir()
    (empty / "README.txt").write_text("no python here\n")
    return empty


# Broken model files.  Each mentions an initializer: init-lint's text scan
# rightly never parses files that cannot hold a finding, so a syntax error in
# unrelated code is flake8's E999, not ours.
BAD_SOURCES = {
    "syntax_error": b"import numpy as np\n\n\ndef init(n):\n    W = np.zeros((n, n)\n    return W\n",
    "nul_bytes": b"import numpy as np\n\nW = np.zeros((3, 4))\x00\n",
    "non_utf8": b"import numpy as np\n\nW = np.zeros((3, 4))  # caf\xe9 \xff\n",
    "empty": b"",
    "deep_parentheses": b"import numpy as np\n\nW = np.random.randn(3, 4) * " + b"(" * 1000 + b"1" + b")" * 1000,
    "deep_brackets": b"import numpy as np\n\nW = np.random.randn(3, 4)\nshape = " + b"[" * 1000 + b"]" * 1000 + b"\n",
    # Valid Python (the parser accepts it): the engine may analyse it or give
    # up with INI900 "nesting too deep", but must not crash.
    "deep_unary": b"import numpy as np\n\nW = np.random.randn(3, 4) * " + b"-" * 1000 + b"1\n",
    # 1,000 levels of valid nesting without parentheses, inside the initializer
    # expression and beside it.
    "deep_binop": b"import numpy as np\n\nW = np.random.randn(3, 4)" + b" * 1" * 1000 + b"\n",
    "deep_call_chain": b"import numpy as np\n\nW = np.random.randn(3, 4)\nf = g" + b"(1)" * 1000 + b"\n",
}
UNPARSABLE = ("syntax_error", "nul_bytes", "deep_parentheses", "deep_brackets")
BROKEN_NOTEBOOK = b'{"cells": [{"cell_type": "code", "source": ["import numpy as np\\nW = np.zeros('


def _bad_file(name: str) -> Callable[[Path], Path]:
    return lambda directory: _write(directory, f"{name}.py", BAD_SOURCES[name])


BAD_INPUTS = [
    BadInput("syntax_error", _bad_file("syntax_error"), True, (1,)),
    BadInput("nul_bytes", _bad_file("nul_bytes"), True, (1,)),
    BadInput("non_utf8", _bad_file("non_utf8"), True, (1,)),
    BadInput("empty_file", _bad_file("empty"), False, (0,)),
    BadInput("deep_parentheses", _bad_file("deep_parentheses"), True, (1,)),
    BadInput("deep_brackets", _bad_file("deep_brackets"), True, (1,)),
    BadInput("deep_unary", _bad_file("deep_unary"), False, (0, 1)),
    BadInput("deep_binop", _bad_file("deep_binop"), False, (0, 1)),
    BadInput("deep_call_chain", _bad_file("deep_call_chain"), False, (0, 1)),
    BadInput("long_file", _long_file, True, (1,)),
    BadInput("unreadable_file", _unreadable, True, (1,), via_flake8=False),
    BadInput("file_symlink_loop", _file_symlink_loop, True, (1,), via_flake8=False),
    # A directory with nothing to lint: a one-line warning on stderr, exit 0.
    BadInput("directory_symlink_loop", _directory_symlink_loop, True, (0,), via_flake8=False),
    BadInput("no_python_files", _no_python_files, True, (0,), via_flake8=False),
    BadInput("broken_notebook", lambda d: _write(d, "broken.ipynb", BROKEN_NOTEBOOK), True, (1,), via_flake8=False),
]


@pytest.fixture(params=BAD_INPUTS, ids=lambda b: b.name)
def bad_input(request):
    return request.param


def _run(command: List[str], cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, errors="replace")


def _assert_no_traceback(result) -> None:
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream, stream


def _assert_every_line_stands_alone(output: str, directory: Path) -> None:
    """Each message is one line: every line names a file of the run (or
    stdin) or is the tool's own `init-lint: ...` line or its one `[*] N fixable`
    summary (ruff's, on stderr); nothing spills over."""
    for line in output.splitlines():
        if not line.strip():
            continue
        assert (
            line.startswith(("init-lint: ", "stdin:", "-:"))
            or re.fullmatch(r"\[\*\] \d+ fixable with `init-lint --fix`", line)
            or str(directory) in line
            or re.match(r"^[\w./-]+\.(py|ipynb)[:\s]", line)
        ), f"a line that belongs to no file:\n{line}\n--- in ---\n{output}"


def _lines_naming(output: str, name: str) -> List[str]:
    return [line for line in output.splitlines() if name in line]


def _assert_good_file_reported(output: str) -> None:
    lines = [line for line in _lines_naming(output, GOOD_NAME) if "INI004" in line]
    assert lines, f"the good file's INI004 was not reported:\n{output}"
    assert any(re.search(rf"\b{GOOD_FINDING_LINE}\b", line) for line in lines), lines


def _assert_clear_message(output: str, bad: Path) -> None:
    """Some line names the bad file and gives a reason in words."""
    lines = _lines_naming(output, bad.name)
    assert lines, f"nothing said about {bad.name}:\n{output}"

    def reason_words(line: str) -> List[str]:
        without_paths = re.sub(r"\S*/\S*", " ", line).replace(bad.name, " ")
        return re.findall(r"[A-Za-z]{2,}", without_paths)

    assert any(len(reason_words(line)) >= 2 for line in lines), lines


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


@needs_cli
def test_cli_reports_the_bad_input_and_goes_on(bad_input, tmp_path):
    bad = bad_input.make(tmp_path)
    good = tmp_path / GOOD_NAME
    good.write_text(GOOD)

    result = _run([*CLI, str(bad), str(good)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    _assert_every_line_stands_alone(output, tmp_path)
    _assert_good_file_reported(output)
    if bad_input.must_mention:
        _assert_clear_message(output, bad)
    assert result.returncode == 1, output


@needs_cli
def test_cli_exit_code_for_the_bad_input_alone(bad_input, tmp_path):
    bad = bad_input.make(tmp_path)

    result = _run([*CLI, str(bad)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    _assert_every_line_stands_alone(output, tmp_path)
    if bad_input.must_mention:
        _assert_clear_message(output, bad)
    assert result.returncode in bad_input.exit_alone, output


@needs_cli
def test_cli_fix_goes_past_the_bad_input(bad_input, tmp_path):
    bad = bad_input.make(tmp_path)
    before = bad.read_bytes() if bad.is_file() else None
    fixable = tmp_path / FIXABLE_NAME
    fixable.write_text(FIXABLE)

    result = _run([*CLI, "--fix", str(bad), str(fixable)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    _assert_every_line_stands_alone(output, tmp_path)
    assert fixable.read_text() == FIXED, output
    assert f"{FIXABLE_NAME}: fixed 1 finding (INI006)" in result.stderr
    if before is not None:
        # Undecodable or unparsable input is left alone; valid input (the
        # 20,000-line file ends with a fixable model) is fixed like any file.
        try:
            expected = fixer.fix_source(before.decode("utf-8"), str(bad), Options())[0].encode("utf-8")
        except UnicodeDecodeError:
            expected = before
        assert bad.read_bytes() == expected, "--fix did something else to the bad input than fix it"
    if bad_input.must_mention:
        _assert_clear_message(output, bad)
    # --fix reports what is left: exit 1 exactly when findings remain, never 2.
    assert result.returncode == (1 if result.stdout else 0), output
    # Nothing but the fixed file is left in the directory (no temp files).
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


@needs_cli
def test_cli_directory_walk_goes_past_the_bad_input(bad_input, tmp_path):
    bad_input.make(tmp_path)
    (tmp_path / GOOD_NAME).write_text(GOOD)

    result = _run([*CLI, str(tmp_path)], tmp_path)

    _assert_no_traceback(result)
    _assert_every_line_stands_alone(result.stdout + result.stderr, tmp_path)
    _assert_good_file_reported(result.stdout + result.stderr)
    assert result.returncode == 1


@needs_cli
def test_cli_latin1_file_with_a_real_finding(tmp_path):
    path = tmp_path / "latin1_model.py"
    path.write_bytes(LATIN1_MODEL)

    result = _run([*CLI, str(path)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    assert INTERNAL_CODE not in output
    assert any("INI004" in line for line in _lines_naming(output, path.name)), output
    assert result.returncode == 1


@needs_cli
def test_cli_usage_error_is_exit_code_2(tmp_path):
    result = _run([*CLI, "--no-such-option", str(tmp_path)], tmp_path)

    _assert_no_traceback(result)
    assert result.returncode == 2


# ---------------------------------------------------------------------------
# flake8
# ---------------------------------------------------------------------------


def test_flake8_does_not_crash_on_the_bad_input(bad_input, tmp_path):
    if not bad_input.via_flake8:
        pytest.skip("flake8 reads, walks and decodes files itself; nothing of init-lint runs")
    bad = bad_input.make(tmp_path)
    good = tmp_path / GOOD_NAME
    good.write_text(GOOD)

    result = _run([*FLAKE8, str(bad), str(good)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    assert not re.search(r'"init-lint\[INI\]" failed', output), output
    assert result.returncode in (0, 1), output
    if "failed during execution" in output:
        # Another plugin (pyflakes recursing on 1,000 unary minus signs)
        # stopped flake8 before our plugin ran; that is flake8's own limit.
        return
    _assert_good_file_reported(output)


def test_flake8_latin1_file_with_a_real_finding(tmp_path):
    path = tmp_path / "latin1_model.py"
    path.write_bytes(LATIN1_MODEL)

    result = _run([*FLAKE8, str(path)], tmp_path)

    _assert_no_traceback(result)
    assert f"latin1_model.py:{GOOD_FINDING_LINE + 2}:" in result.stdout, result.stdout
    assert "INI004" in result.stdout


# flake8 finds files itself when walking; for bad file contents the walk adds
# nothing to test_flake8_does_not_crash_on_the_bad_input (and flake8 on the
# 20,000-line file takes seconds), so walk past the bad paths and one bad file.
WALKED_BY_FLAKE8 = [b for b in BAD_INPUTS if not b.via_flake8 or b.name == "syntax_error"]


@pytest.mark.parametrize("bad_input", WALKED_BY_FLAKE8, ids=lambda b: b.name)
def test_flake8_directory_walk_goes_past_the_bad_input(bad_input, tmp_path):
    bad_input.make(tmp_path)
    (tmp_path / GOOD_NAME).write_text(GOOD)

    result = _run([*FLAKE8, str(tmp_path)], tmp_path)
    output = result.stdout + result.stderr

    _assert_no_traceback(result)
    assert not re.search(r'"init-lint\[INI\]" failed', output), output
    assert result.returncode in (0, 1), output
    if "failed during execution" in output:
        return  # another plugin's limit (see test_flake8_does_not_crash_on_the_bad_input)
    _assert_good_file_reported(output)
    assert result.returncode == 1


STDIN_SOURCES = {**BAD_SOURCES, "latin1_model": LATIN1_MODEL}


@pytest.mark.parametrize("name", sorted(STDIN_SOURCES))
def test_flake8_stdin_with_bad_input(name, tmp_path):
    data = STDIN_SOURCES[name]

    result = subprocess.run(
        [*FLAKE8, "-"], input=data, cwd=tmp_path, capture_output=True, timeout=180
    )
    out, err = result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")

    if name == "non_utf8" and "Traceback" in err:
        # flake8 (7.x) decodes stdin itself and, when the bytes are not
        # UTF-8, its fallback `stdin_value.decode("utf-8")` raises before any
        # plugin runs.  Make sure it is that, and nothing of init-lint.
        assert "in stdin_get_value" in err and "UnicodeDecodeError" in err, err
        assert "init_lint" not in err, err
        pytest.xfail("flake8 itself crashes decoding non-UTF-8 stdin (flake8/utils.py stdin_get_value)")
    assert "Traceback" not in out + err
    assert not re.search(r'"init-lint\[INI\]" failed', out + err), out + err
    assert result.returncode in (0, 1), out + err
    if name == "latin1_model":
        assert f"stdin:{GOOD_FINDING_LINE + 2}:" in out and "INI004" in out, out
    if name == "empty":
        assert (out, result.returncode) == ("", 0)


@needs_cli
@pytest.mark.parametrize("name", sorted(STDIN_SOURCES))
def test_cli_stdin_with_bad_input(name, tmp_path):
    data = STDIN_SOURCES[name]

    result = subprocess.run([*CLI, "-"], input=data, cwd=tmp_path, capture_output=True, timeout=180)
    out, err = result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")

    assert "Traceback" not in out + err
    assert err == ""
    expected = [(f.code, f.line) for f in lint_bytes(data, "stdin", Options())]
    assert [(line.split()[1], int(line.split(":")[1])) for line in out.splitlines()] == expected
    assert result.returncode == (1 if expected else 0)
    if name in UNPARSABLE + ("non_utf8",):
        assert len(out.splitlines()) == 1 and out.startswith(f"stdin:1:1: {INTERNAL_CODE} init-lint could not analyse")
    if name == "latin1_model":
        assert expected == [("INI004", GOOD_FINDING_LINE + 2)]


# ---------------------------------------------------------------------------
# Unreadable files where chmod cannot make them unreadable (root): simulated
# ---------------------------------------------------------------------------


def _deny(path: Path):
    """A reader that fails on `path` the way open() fails without permission."""

    def deny(name, real):
        if os.path.abspath(name) == os.path.abspath(path):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))
        return real(name)

    return deny


@needs_cli
def test_cli_unreadable_file_simulated(tmp_path, monkeypatch, capsys):
    from init_lint.frontends import cli

    bad = tmp_path / "unreadable.py"
    bad.write_text(GOOD)
    (tmp_path / GOOD_NAME).write_text(GOOD)
    real_read = cli.read_file
    monkeypatch.setattr(cli, "read_file", lambda name, *limit: _deny(bad)(name, lambda n: real_read(n, *limit)))
    monkeypatch.chdir(tmp_path)

    code = cli.main([str(tmp_path)])
    output = capsys.readouterr()

    assert code == 1
    _assert_good_file_reported(output.out)
    lines = _lines_naming(output.out, bad.name)
    assert lines == [f"{bad}:1:1: {INTERNAL_CODE} init-lint could not analyse this file: cannot read file: Permission denied"]


def test_fix_unreadable_file_simulated(tmp_path, monkeypatch):
    bad = tmp_path / "unreadable.py"
    bad.write_text(FIXABLE)
    fixable = tmp_path / FIXABLE_NAME
    fixable.write_text(FIXABLE)
    real_read = fixer.read_source_file
    monkeypatch.setattr(fixer, "read_source_file", lambda name: _deny(bad)(name, real_read))

    diff, messages = fixer.fix_paths([str(tmp_path)], Options(), write=True)

    assert bad.read_text() == FIXABLE
    assert fixable.read_text() == FIXED
    assert messages == [f"{fixable}: fixed 1 finding (INI006)", f"{bad}: cannot read: Permission denied"]


# ---------------------------------------------------------------------------
# The engine directly (what both front ends share)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(BAD_SOURCES))
def test_engine_never_raises_and_explains_in_one_line(name):
    findings = lint_bytes(BAD_SOURCES[name], f"{name}.py", Options())

    for finding in findings:
        assert "\n" not in finding.message
        if finding.code == INTERNAL_CODE:
            assert "internal error" not in finding.message, finding.message
    if name in UNPARSABLE + ("non_utf8",):
        assert [f.code for f in findings] == [INTERNAL_CODE]
    if name == "empty":
        assert findings == []


def test_engine_decodes_latin1_cookie_and_still_finds():
    findings = lint_bytes(LATIN1_MODEL, "latin1_model.py", Options())

    assert [(f.code, f.line) for f in findings] == [("INI004", GOOD_FINDING_LINE + 2)]


def test_engine_says_why_it_could_not_analyse():
    reasons = {name: lint_bytes(BAD_SOURCES[name], "bad.py", Options())[0].message for name in UNPARSABLE}
    reasons["non_utf8"] = lint_bytes(BAD_SOURCES["non_utf8"], "bad.py", Options())[0].message

    assert "decode" in reasons.pop("non_utf8")
    for name, reason in reasons.items():
        assert "syntax error" in reason or "too deep" in reason, (name, reason)


def test_engine_handles_a_long_file():
    source = "".join(f"value_{i} = {i} * 2\n" for i in range(LONG_FILE_LINES)) + GOOD

    findings = analyze(source, "long_file.py", Options())

    assert [(f.code, f.line) for f in findings] == [("INI004", LONG_FILE_LINES + GOOD_FINDING_LINE)]


# ---------------------------------------------------------------------------
# Paths that are not regular files, sizes, odd paths: the CLI reads only regular files, within a bound
# ---------------------------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                                reason="needs FIFOs and /dev/zero")


@needs_cli
@needs_fifo
def test_cli_never_opens_fifos_devices_or_sockets(tmp_path):
    import socket

    (tmp_path / GOOD_NAME).write_text(GOOD)
    os.mkfifo(tmp_path / "pipe.py")
    os.symlink("/dev/zero", tmp_path / "zero.py")
    os.symlink(tmp_path / "pipe.py", tmp_path / "pipe_link.py")
    sock = socket.socket(socket.AF_UNIX)
    sock_path = tmp_path / "sock.py"
    try:
        sock.bind(str(sock_path))
    except OSError:  # path too long for AF_UNIX, or not allowed here
        sock_path = None
    # Walked (the directory) and named (explicitly, twice over): each special file is reported once.
    result = _run([*CLI, ".", "pipe.py", "zero.py", "/dev/null"], tmp_path, timeout=60)
    sock.close()
    _assert_no_traceback(result)
    _assert_good_file_reported(result.stdout)
    reasons = {line.split(":")[0]: line.split("cannot read file: ")[-1] for line in result.stdout.splitlines()
               if INTERNAL_CODE in line}
    # pipe_link.py is pipe.py under another name: one file, reported once.
    expected = {"pipe.py": "not a regular file (a FIFO)",
                "zero.py": "not a regular file (a character device)",
                "/dev/null": "not a regular file (a character device)"}
    if sock_path is not None:
        expected["sock.py"] = "not a regular file (a socket)"
    assert reasons == expected, result.stdout
    assert result.returncode == 1


@needs_cli
@needs_fifo
def test_cli_fix_never_opens_fifos_or_devices(tmp_path):
    fixable = tmp_path / FIXABLE_NAME
    fixable.write_text(FIXABLE)
    os.mkfifo(tmp_path / "pipe.py")
    os.symlink("/dev/zero", tmp_path / "zero.py")
    for flag in ("--fix", "--diff"):
        result = _run([*CLI, flag, "."], tmp_path, timeout=60)
        _assert_no_traceback(result)
        assert "pipe.py: not a regular file (a FIFO); not fixed" in result.stderr
        assert "zero.py: not a regular file (a character device); not fixed" in result.stderr
    assert fixable.read_text() == FIXED


@needs_cli
def test_cli_size_bound(tmp_path, monkeypatch, capsys):
    from init_lint.frontends import cli

    big = tmp_path / "big.py"
    big.write_text(GOOD + "#" * 3000 + "\n")
    (tmp_path / GOOD_NAME).write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--max-file-size", "2K", "."]) == 1
    out = capsys.readouterr().out
    assert f"big.py:1:1: {INTERNAL_CODE} init-lint could not analyse this file: cannot read file: file is larger " \
           "than max-file-size (3.2K > 2K)" in out
    _assert_good_file_reported(out)
    (tmp_path / "pyproject.toml").write_text('[tool.init-lint]\nmax-file-size = "1M"\n')
    assert cli.main(["big.py"]) == 1
    assert INTERNAL_CODE not in capsys.readouterr().out
    # Standard input is bounded the same way.
    monkeypatch.setattr(sys, "stdin", __import__("io").TextIOWrapper(__import__("io").BytesIO(b"#" * 5000)))
    assert cli.main(["--max-file-size", "4K", "-"]) == 1
    assert "cannot read stdin: file is larger than max-file-size" in capsys.readouterr().out


ODD_PATHS = ["", " ", "-x", "a" * 300 + ".py", "a" * 5000, "dir/\n.py", "good_model.py/", "good_model.py/x.py",
             "\udcff.py", "nul\x01.py", "~nobody/x.py"]


@needs_cli
@pytest.mark.parametrize("path", ODD_PATHS, ids=range(len(ODD_PATHS)))
def test_cli_odd_paths_are_one_line_errors(tmp_path, monkeypatch, capsys, path):
    from init_lint.frontends import cli

    (tmp_path / GOOD_NAME).write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    try:
        code = cli.main(["--", path] if path.startswith("-") else [path])
    except SystemExit as exc:  # argparse
        code = exc.code
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("init-lint: error: ")


@needs_cli
@pytest.mark.parametrize("option", ["--config", "--baseline", "--output-file", "--stdin-filename"])
def test_cli_odd_option_paths_never_trace_back(tmp_path, monkeypatch, capsys, option):
    from init_lint.frontends import cli

    (tmp_path / GOOD_NAME).write_text(GOOD)
    monkeypatch.chdir(tmp_path)
    for value in ["", ".", "/", "a" * 5000, "/dev/zero", "missing/dir/file", "\udcff"]:
        try:
            cli.main([option, value, GOOD_NAME])
        except SystemExit as exc:
            assert exc.code == 2
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err and captured.err.count("\n") <= 1, (option, value, captured.err)


def test_long_chain_of_named_formulas_is_analysed_not_given_up():
    """`u1 = u0 * 1`, `u2 = u1 * 1`, ... 3,000 locals deep, then a draw scaled by the last: the scale of a named
    formula is followed a few names deep, so the file is analysed (no INI900 "nesting too deep")."""
    lines = ["import numpy as np", "", "def init(n, m):", "    u0 = np.sqrt(6.0 / (n + m))"]
    lines += [f"    u{i} = u{i - 1} * 1" for i in range(1, 3000)]
    lines += ["    W = (np.random.rand(n, m) - 0.5) * u2999", "    W -= 0.1 * W", "    return W"]
    found = analyze("\n".join(lines) + "\n", "chain.py")
    assert INTERNAL_CODE not in [f.code for f in found]


@pytest.mark.parametrize("shape", ["0, 64", "64, 0", "0, 0"])
def test_an_empty_weight_is_judged_not_crashed_on(shape):
    """`torch.randn(0, 64)` (a fuzzed size): a fan-in of 0 must not reach a division (found by test_fuzz's
    mutations: ZeroDivisionError in INI003's reference scale)."""
    source = (
        "import math\nimport torch\nfrom torch import nn\n\n\nclass Tiny(nn.Module):\n"
        "    def __init__(self):\n        super().__init__()\n"
        f"        self.W_in = nn.Parameter(torch.randn({shape}) * math.sqrt(1 / 128))\n"
        "        self.W_out = nn.Parameter(torch.randn(10, 64) / math.sqrt(64))\n\n"
        "    def forward(self, x):\n        h = torch.tanh(self.W_in.T.matmul(x.T).T)\n"
        "        return torch.tanh(h @ self.W_out.T)\n"
    )
    assert INTERNAL_CODE not in [f.code for f in analyze(source, "tiny.py")]

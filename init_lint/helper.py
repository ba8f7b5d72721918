"""The flake8 plugin's helper process: the libcst half of the analysis, out of the host.

Why a second process. Importing libcst creates ~18,000 long-lived objects (node classes, their generated
methods, typed visitors). In flake8's process they sit in the oldest GC generation, and every full
collection flake8 makes afterwards walks them again: on timm (304 files, 43 full collections) that cost
0.6 CPU s, more than parsing every candidate file, and it grows with the length of the run. A helper keeps
them out of the host, which then only runs the cheap ast scan. It also contains a crash of libcst's native
parser: the file gets an INI900 finding and flake8 goes on.

Protocol (one request, one response, in order): an 8-byte big-endian length, then that many bytes of JSON.
Request: {"masked", "starts", "source", "filename", "options"}; response: {"findings": [[line, col, code,
message], ...]}. The helper exits at end of input, so it never outlives its host.

The host falls back to the in-process analysis when the helper cannot start (it never said READY), and
never starts one for a single buffer from stdin (editors: the helper's start-up would be their latency).
"""

from __future__ import annotations

import atexit
import json
import os
import struct
import subprocess
import sys
import threading
from dataclasses import asdict
from typing import List, Optional

from .finding import Finding
from .options import Options

_HEADER = struct.Struct(">Q")

# The helper starts with the host's own import path (sys.path, as JSON in argv) and in isolated mode, so
# the working directory or PYTHON* variables cannot put another init_lint or libcst in front of ours.
_BOOT = "import json, sys; sys.path[:] = json.loads(sys.argv[1]); from init_lint.helper import serve; serve()"

# Set INIT_LINT_IN_PROCESS=1 to run everything in flake8's own process (debugging, restricted sandboxes).
IN_PROCESS_ENV = "INIT_LINT_IN_PROCESS"


READY = b"init-lint helper ready"
START_TIMEOUT = 60.0  # seconds to load libcst and the model (about 0.3 s on a laptop)


class HelperDied(RuntimeError):
    pass


class Helper:
    """One helper process per host process (a fork, as under flake8 -j, starts its own)."""

    def __init__(self) -> None:
        self._proc: Optional[subprocess.Popen] = None
        self._owner = 0  # pid that started _proc
        self._ready = False  # _proc said READY
        self.unavailable = False  # could not start: analyse in process from now on

    def __call__(self, masked: str, starts: List[int], source: str, filename: str,
                 options: Options) -> Optional[List[Finding]]:
        """Findings from the helper; None when it cannot run (the caller analyses in process)."""
        if self.unavailable:
            return None
        proc = self._process()
        if proc is None:
            return None
        request = json.dumps({"masked": masked, "starts": starts, "source": source, "filename": filename,
                              "options": _options_json(options)}).encode("utf-8")
        try:
            proc.stdin.write(_HEADER.pack(len(request)) + request)
            proc.stdin.flush()
            response = json.loads(_read_message(proc.stdout))
        except (OSError, ValueError, HelperDied) as exc:
            # It died on this file (a native crash, killed for memory): running the same parse here could
            # take flake8 down with it, so the file gets INI900 and the next file a fresh helper.
            self.close()
            reason = exc if isinstance(exc, HelperDied) else f"{type(exc).__name__}: {exc}"
            from .engine import internal_error

            return [internal_error(f"the analysis process stopped ({reason})", filename)]
        return [Finding(line, col, code, message, filename) for line, col, code, message in response["findings"]]

    @property
    def started(self) -> bool:
        return self.unavailable or (self._proc is not None and self._owner == os.getpid())

    def start(self) -> None:
        """Launch the helper without waiting for it: it loads libcst while the host scans on (the plugin
        calls this at the first file that names an initializer, so a run that needs no helper never
        starts one and one that does rarely waits for it)."""
        if self.unavailable or (self._proc is not None and self._owner == os.getpid() and self._proc.poll() is None):
            return
        self._proc, self._ready = None, False  # none yet, or inherited through fork: not ours to use
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-c", _BOOT, json.dumps(sys.path)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            )
        except (OSError, ValueError):
            self.unavailable = True
            return
        if not self._owner:
            atexit.register(self.close)
        self._owner = os.getpid()

    def _process(self) -> Optional[subprocess.Popen]:
        self.start()
        if self._proc is None:
            return None
        if not self._ready:
            # It says READY once libcst and the model are loaded; one that cannot get there (no libcst
            # importable in isolated mode, a sandbox without subprocesses) is never tried again.
            if _first_message(self._proc.stdout, START_TIMEOUT) != READY:
                self._proc.kill()
                self._proc.wait()
                self._proc = None
                self.unavailable = True
                return None
            self._ready = True
        return self._proc

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or self._owner != os.getpid():
            return
        try:
            proc.stdin.close()  # end of input: the helper exits on its own
            proc.wait(timeout=5)
        except Exception:  # noqa: BLE001 - shutting down: never raise into the host
            proc.kill()
        finally:
            if proc.stdout is not None:
                proc.stdout.close()


def _options_json(options: Options) -> dict:
    out = asdict(options)
    out["select"], out["ignore"] = sorted(options.select), sorted(options.ignore)
    return out


def _first_message(stream, timeout: float) -> Optional[bytes]:
    """The helper's first message, or None after `timeout` seconds: a sys.executable that is not a plain
    Python (an embedding application) could wait on its input for ever; flake8 must not wait with it."""
    box: List[bytes] = []

    def read() -> None:
        try:
            box.append(_read_message(stream))
        except (OSError, ValueError, HelperDied):
            pass

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return box[0] if box else None


def _read_exactly(stream, n: int) -> bytes:
    data = stream.read(n)
    if data is None or len(data) < n:
        raise HelperDied("it exited unexpectedly")
    return data


def _read_message(stream) -> bytes:
    (size,) = _HEADER.unpack(_read_exactly(stream, _HEADER.size))
    return _read_exactly(stream, size)


def serve(stdin=None, stdout=None) -> None:
    """The helper's loop: answer requests until the host closes our input."""
    import gc

    from .engine import analyze_scanned
    from . import analysis  # noqa: F401 - libcst and the model, loaded once before the first request

    # Our own process: what is loaded now lives until we exit, so the collector need not rescan it.
    gc.collect()
    gc.freeze()
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout.buffer
    stdout.write(_HEADER.pack(len(READY)) + READY)
    stdout.flush()
    while True:
        header = stdin.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        request = json.loads(_read_exactly(stdin, _HEADER.unpack(header)[0]))
        o = request["options"]
        options = Options(**{**o, "select": frozenset(o["select"]), "ignore": frozenset(o["ignore"])})
        gc.disable()  # as engine.analyze: libcst's nodes are acyclic, freed as they go
        try:
            findings = analyze_scanned(request["masked"], request["starts"], request["source"],
                                       request["filename"], options)
        finally:
            gc.enable()
        body = json.dumps({"findings": [[f.line, f.col, f.code, f.message] for f in findings]}).encode("utf-8")
        stdout.write(_HEADER.pack(len(body)) + body)
        stdout.flush()

"""Bounded time on hostile input (issue 19): every regular expression of the package is linear.

Each module-level pattern is fed 1 MB lines built to make backtracking patterns go quadratic (long runs of
one character class followed by a character that breaks the match). A linear pattern needs milliseconds;
a quadratic one needs hours, so the generous per-pattern timeout separates them without measuring speed.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from typing import List, Tuple

import pytest

import init_lint

SIZE = 1_000_000
TIMEOUT = 60.0  # seconds for all inputs of one pattern: a few seconds when linear, hours when quadratic


def _patterns() -> List[Tuple[str, str]]:
    found = []
    for info in pkgutil.walk_packages(init_lint.__path__, "init_lint."):
        if info.name.endswith(("viz", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", info.name))
    return found


PATTERNS = _patterns()

_PROBE = """
import importlib, sys
module, name = sys.argv[1].rsplit(".", 1)
pattern = getattr(importlib.import_module(module), name)
n = int(sys.argv[2])
runs = ["a", "1", "W", " ", "x.", "_("]
for run in runs:
    body = run * (n // len(run))
    for tail in ("!", "x", "=%"):
        text = body + tail
        pattern.search(text)
        pattern.match(text)
"""


def test_the_package_has_patterns_to_check():
    assert len(PATTERNS) >= 10, PATTERNS


@pytest.mark.slow
@pytest.mark.parametrize("qualified", [p for p, _ in PATTERNS])
def test_pattern_is_linear_on_pathological_lines(qualified):
    try:
        subprocess.run([sys.executable, "-c", _PROBE, qualified, str(SIZE)], check=True, timeout=TIMEOUT,
                       capture_output=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{qualified} did not finish on 1 MB pathological lines in {TIMEOUT:.0f} s: it backtracks")

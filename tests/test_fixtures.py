"""Golden tests over the realistic model files in fixtures/<framework>/*.py.

For every fixture file:

(a) the engine's findings (noqa applied) are exactly the ``# expect: INI00X``
    markers: same lines, same codes, one finding per marked code;
(b) the full report text ``path:line:col: CODE message`` equals the committed
    ``NAME.expected`` file beside the fixture;
(c) the flake8 plugin reports the same lines as the engine (one flake8 run
    over all fixture directories).

``INIT_LINT_UPDATE_EXPECTED=1 python -m pytest tests/test_fixtures.py``
(re)writes the ``.expected`` files from the engine output, but only for
fixtures whose markers already match. Never edit ``.expected`` files by hand.
"""

from __future__ import annotations

import ast
import functools
import io
import os
import re
import subprocess
import sys
import tokenize
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from init_lint.engine import lint_source

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
FRAMEWORKS = ("numpy", "pytorch", "keras", "tf1", "jax")
UPDATE_ENV = "INIT_LINT_UPDATE_EXPECTED"
UPDATING = os.environ.get(UPDATE_ENV) == "1"
UPDATE_HINT = f"{UPDATE_ENV}=1 python -m pytest tests/test_fixtures.py"

# Codes a fixture may expect. INI900 (could not analyse) is never expected.
RULE_CODES = frozenset({"INI001", "INI002", "INI003", "INI004", "INI005", "INI006", "INI101", "INI102", "INI103"})
MIN_LINES, MAX_LINES = 40, 200

_MARKER = re.compile(r"#\s*expect:\s*(?P<codes>[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)\s*$")
_FLAKE8_FORMAT = "%(path)s:%(row)d:%(col)d: %(code)s %(text)s"
_FLAKE8_LINE = re.compile(r"^(?P<path>.+?):(?P<row>\d+):(?P<col>\d+): (?P<rest>[A-Z]+\d+ .*)$")


def _fixture_files() -> List[Path]:
    return sorted(p for fw in FRAMEWORKS for p in (FIXTURES / fw).glob("*.py"))


FIXTURE_FILES = _fixture_files()


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _expected_path(path: Path) -> Path:
    return path.with_suffix(".expected")


@functools.lru_cache(maxsize=None)
def _source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def _markers(path: Path) -> Counter:
    """Counter of (line, code) from `# expect: CODE[, CODE]` comments (real comments only)."""
    markers: Counter = Counter()
    for tok in tokenize.generate_tokens(io.StringIO(_source(path)).readline):
        if tok.type != tokenize.COMMENT or "expect:" not in tok.string:
            continue
        line = tok.start[0]
        match = _MARKER.search(tok.string)
        if match is None:
            raise AssertionError(f"{_rel(path)}:{line}: malformed marker {tok.string!r}")
        for code in re.split(r"\s*,\s*", match.group("codes")):
            markers[(line, code)] += 1
    return markers


@functools.lru_cache(maxsize=None)
def _engine_report(path: Path) -> Tuple[Tuple[int, str, str], ...]:
    """((line, code, report text), ...) from the engine, in the engine's order."""
    rel = _rel(path)
    findings = lint_source(_source(path), rel)
    return tuple((f.line, f.code, f"{rel}:{f.line}:{f.col + 1}: {f.code} {f.message}") for f in findings)


def _engine_pairs(path: Path) -> Counter:
    return Counter((line, code) for line, code, _ in _engine_report(path))


def _describe(path: Path, pairs) -> str:
    lines = _source(path).splitlines()
    out = []
    for line, code in sorted(pairs):
        src = lines[line - 1].strip() if 1 <= line <= len(lines) else ""
        out.append(f"  {_rel(path)}:{line}: {code}    {src}")
    return "\n".join(out) or "  (none)"


def _report_text(path: Path) -> str:
    return "".join(text + "\n" for _, _, text in _engine_report(path))


def test_fixture_directories_are_populated():
    for fw in FRAMEWORKS:
        assert list((FIXTURES / fw).glob("*.py")), f"no fixtures in fixtures/{fw}/"


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=_rel)
def test_fixture_is_well_formed(path: Path):
    source = _source(path)
    ast.parse(source, filename=_rel(path))
    n_lines = len(source.splitlines())
    assert MIN_LINES <= n_lines <= MAX_LINES, (
        f"{_rel(path)} has {n_lines} lines; fixtures are whole modules of {MIN_LINES}-{MAX_LINES} lines"
    )
    unknown = sorted({code for _, code in _markers(path)} - RULE_CODES)
    assert not unknown, f"{_rel(path)}: unknown codes in # expect markers: {unknown}"
    doubled = sorted(key for key, n in _markers(path).items() if n > 1)
    assert not doubled, f"{_rel(path)}: a code is listed twice on one line: {doubled}"


def _gap(path: Path):
    from known_gaps import FIXTURE_GAPS

    reason = FIXTURE_GAPS.get(_rel(path))
    return pytest.param(path, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else path


GAPPED = [_gap(p) for p in FIXTURE_FILES]


@pytest.mark.parametrize("path", GAPPED, ids=_rel)
def test_findings_match_markers(path: Path):
    expected = _markers(path)
    actual = _engine_pairs(path)
    missing = expected - actual
    unexpected = actual - expected
    assert not missing and not unexpected, (
        f"{_rel(path)}: engine findings differ from the # expect markers\n"
        f"missing (marked, not reported):\n{_describe(path, missing.elements())}\n"
        f"unexpected (reported, not marked):\n{_describe(path, unexpected.elements())}"
    )


@pytest.mark.parametrize("path", GAPPED, ids=_rel)
def test_report_matches_expected_file(path: Path):
    expected_file = _expected_path(path)
    text = _report_text(path)
    if UPDATING:
        if _engine_pairs(path) != _markers(path):
            pytest.fail(f"{_rel(path)}: not updating {_rel(expected_file)}: the findings do not match the # expect markers")
        if not expected_file.exists() or expected_file.read_text(encoding="utf-8") != text:
            expected_file.write_text(text, encoding="utf-8", newline="\n")
        return
    if not expected_file.exists():
        pytest.fail(f"{_rel(expected_file)} is missing; create it from the engine output with: {UPDATE_HINT}")
    committed = expected_file.read_text(encoding="utf-8")
    assert text == committed, (
        f"{_rel(path)}: report differs from {_rel(expected_file)} "
        f"(if the change is intended, regenerate with: {UPDATE_HINT})"
    )


def test_no_orphan_expected_files():
    orphans = [
        _rel(p) for fw in FRAMEWORKS for p in (FIXTURES / fw).glob("*.expected") if not p.with_suffix(".py").exists()
    ]
    assert not orphans, f".expected files without a fixture: {orphans}"


@pytest.fixture(scope="module")
def flake8_reports() -> Dict[str, List[str]]:
    """One flake8 run over every fixture directory: {relative path: sorted report lines}."""
    pytest.importorskip("flake8")
    dirs = [f"fixtures/{fw}" for fw in FRAMEWORKS if (FIXTURES / fw).is_dir()]
    cmd = [sys.executable, "-m", "flake8", "--isolated", "--select", "INI", "--format", _FLAKE8_FORMAT, *dirs]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    if proc.returncode not in (0, 1) or proc.stderr.strip():
        pytest.fail(f"flake8 failed (exit {proc.returncode}):\n{proc.stderr}\n{proc.stdout}")
    reports: Dict[str, List[str]] = defaultdict(list)
    for raw in proc.stdout.splitlines():
        match = _FLAKE8_LINE.match(raw.strip())
        if match is None:
            pytest.fail(f"unexpected flake8 output line: {raw!r}")
        path = match.group("path").replace(os.sep, "/")
        if path.startswith("./"):
            path = path[2:]
        reports[path].append(f"{path}:{match.group('row')}:{match.group('col')}: {match.group('rest')}")
    return {path: sorted(lines) for path, lines in reports.items()}


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=_rel)
def test_flake8_plugin_matches_engine(path: Path, flake8_reports):
    engine = sorted(text for _, _, text in _engine_report(path))
    assert flake8_reports.get(_rel(path), []) == engine

"""Property-based fuzzing of every front end: engine, flake8 plugin, CLI, --fix.

Inputs: hypothesmith programs (from the grammar and from libcst nodes),
mutations of the real files under fixtures/ (lines deleted, duplicated,
swapped, numbers changed, text truncated), and the same mutations followed
by byte-level damage (NUL bytes, invalid UTF-8, a BOM, a latin-1 coding
cookie, CR / CRLF line endings).  Properties, for every input:

* `engine.analyze` returns findings (it never raises), the same ones twice,
  never an "internal error" INI900, and only INI900 for input that does not
  parse;
* the flake8 plugin class yields well-formed results equal to the engine's;
* `fixer.fix_source` returns source that still parses when the input did,
  and fixing that result again changes nothing;
* the CLI, run in-process on the input written to a file: exit 0 or 1, no
  traceback, output byte-identical on a second run, equal to the engine's
  findings, and the same through stdin (`-` with `--stdin-filename`);
* `--fix` on that file: the file still parses when it did, and a second
  `--fix` leaves its bytes alone.

This file is the short CI profile; `scripts/fuzz.py` runs the same
properties with thousands of examples.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import io
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import hypothesmith
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from init_lint.frontends import cli
from init_lint.engine import INTERNAL_CODE, analyze, decode, lint_bytes
from init_lint.finding import Finding
from init_lint.fix.files import fix_source, fixable_in_file
from init_lint.frontends.flake8_plugin import InitLintPlugin
from init_lint.options import Options
from init_lint.frontends.reporters import format_fix_summary, format_text

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"
FILENAME = "fuzzed.py"
OPTIONS = Options()

# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


def parse_or_none(source: str) -> Optional[ast.AST]:
    """The interpreter's verdict on the input: its tree, or None."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _comparable(findings: List[Finding]) -> List[Tuple[Finding, object]]:
    # Finding equality ignores the fix; determinism covers the fix too.
    return [(f, f.fix) for f in findings]


def check_engine(source: str, tree: Optional[ast.AST]) -> List[Finding]:
    first = analyze(source, FILENAME, OPTIONS)
    second = analyze(source, FILENAME, OPTIONS)
    assert _comparable(first) == _comparable(second), "analyze is not deterministic"
    assert all(isinstance(f, Finding) for f in first)
    # Broken input may get an INI900 with the reason (or nothing, when the
    # text scan sees no initializer); a crash inside init-lint never.
    internal = [f.message for f in first if f.code == INTERNAL_CODE]
    assert not any("internal error" in m for m in internal), internal
    if tree is None:
        assert all(f.code == INTERNAL_CODE for f in first), "findings in source that does not parse"
    return first


def check_flake8_plugin(source: str, tree: ast.AST, engine_findings: List[Finding]) -> None:
    lines = source.splitlines(keepends=True)
    results = list(InitLintPlugin(tree, FILENAME, lines).run())
    for line, col, text, kind in results:
        assert isinstance(line, int) and line >= 1
        assert isinstance(col, int) and col >= 0
        assert re.match(r"INI\d{3} \S", text), text
        assert kind is InitLintPlugin
    # The plugin's shortcut (flake8's tree) must not change what is found.
    if InitLintPlugin.options != OPTIONS:  # another test configured the plugin
        engine_findings = analyze(source, FILENAME, InitLintPlugin.options)
    expected = [(f.line, f.col, f.text()) for f in engine_findings]
    assert [(line, col, text) for line, col, text, _ in results] == expected


def check_fixer(source: str, tree: Optional[ast.AST]) -> None:
    fixed, applied, skipped = fix_source(source, FILENAME, OPTIONS)
    assert isinstance(fixed, str)
    assert all(isinstance(message, str) for message in skipped)
    if not applied:
        assert fixed == source
    if tree is not None:
        assert parse_or_none(fixed) is not None, "fixed source does not parse"
    if applied:
        # A second --fix changes nothing (unless the first one deferred an
        # overlapping fix and said so).
        again, applied_again, _ = fix_source(fixed, FILENAME, OPTIONS)
        if not any("overlaps" in message for message in skipped):
            assert (again, applied_again) == (fixed, []), "a second fix changed the source again"


@contextlib.contextmanager
def _stdin(data: bytes):
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        yield
    finally:
        sys.stdin = saved


def run_cli(*argv: str, stdin: bytes = b"") -> Tuple[int, str, str]:
    """(exit code, stdout, stderr) of `init-lint ARGV`, run in-process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(stdin):
        try:
            code = cli.main(["--isolated", "--jobs", "1", *argv])
        except SystemExit as exc:  # argparse
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def _parses(data: bytes) -> bool:
    try:
        text = decode(data)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return False
    return parse_or_none(text) is not None


def check_cli(data: bytes) -> None:
    """The CLI and --fix on `data` written to a file."""
    with tempfile.TemporaryDirectory(prefix="init-lint-fuzz-") as directory:
        path = os.path.join(directory, FILENAME)
        with open(path, "wb") as handle:
            handle.write(data)

        first = run_cli(path)
        code, out, err = first
        assert code in (0, 1), (code, err)
        assert "Traceback" not in out + err
        assert run_cli(path) == first, "the CLI's output is not deterministic"
        findings = lint_bytes(data, path, OPTIONS)
        # `[*]` marks what a dry run of --fix fixes (checked against the real --fix below)
        fixed_here = {(f.line, f.col, f.code) for f in fixable_in_file(path, OPTIONS)} \
            if any(f.fix is not None for f in findings) else set()
        fixable = {f for f in findings if (f.line, f.col, f.code) in fixed_here}
        assert out == format_text(findings, fixable=fixable, mark=True), "the CLI reports other findings than the engine"
        summary = format_fix_summary(findings, fixable)
        assert err.endswith(summary), err
        assert code == (1 if out else 0)
        # Standard input under the file's name gives the same findings, none marked (--fix takes files only).
        assert run_cli("-", "--stdin-filename", path, stdin=data) == (code, format_text(findings),
                                                                       err[:len(err) - len(summary)]), \
            "stdin differs from the file"

        code, _, err = run_cli("--fix", path)
        assert code in (0, 1) and "Traceback" not in err, err
        with open(path, "rb") as handle:
            fixed = handle.read()
        assert (fixed != data) == bool(fixable), "--fix did not act exactly when findings were marked fixable"
        if fixed != data and _parses(data):
            assert _parses(fixed), "--fix wrote a file that does not parse"
        code, _, err = run_cli("--fix", path)
        assert code in (0, 1) and "Traceback" not in err, err
        with open(path, "rb") as handle:
            assert handle.read() == fixed, "a second --fix changed the file again"


def check_source(source: str, through_cli: bool = True) -> None:
    """Every property, for one input."""
    tree = parse_or_none(source)
    findings = check_engine(source, tree)
    if tree is not None:
        check_flake8_plugin(source, tree, findings)
    check_fixer(source, tree)
    if through_cli:
        check_cli(source.encode("utf-8", "surrogatepass"))


def check_bytes(data: bytes) -> None:
    """Every property that takes raw file bytes."""
    first = lint_bytes(data, FILENAME, OPTIONS)
    assert _comparable(lint_bytes(data, FILENAME, OPTIONS)) == _comparable(first), "lint_bytes is not deterministic"
    internal = [f.message for f in first if f.code == INTERNAL_CODE]
    assert not any("internal error" in m for m in internal), internal
    assert all("\n" not in f.message for f in first)
    check_cli(data)


def check(value) -> None:
    """The properties for one generated input, text or bytes."""
    if isinstance(value, bytes):
        check_bytes(value)
    else:
        check_source(value)


# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def fixture_files() -> Tuple[Path, ...]:
    # Listed once per process: hypothesis replays choices by index, so a file
    # added to fixtures/ during a long run must not change the list.
    return tuple(sorted(FIXTURES_DIR.rglob("*.py")))


@functools.lru_cache(maxsize=None)
def _fixture_lines(path: Path) -> Tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True))


_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d*)?(?:[eE]-?\d+)?")
_NEW_NUMBERS = ["0", "1", "0.0", "1e-3", "0.01", "0.02", "2", "10", "784", "1e9", "-1", "0.5"]
Mutation = Callable[[Callable, List[str]], List[str]]


def _pick(draw, lines: List[str]) -> int:
    return draw(st.integers(0, len(lines) - 1))


def delete_line(draw, lines: List[str]) -> List[str]:
    if not lines:
        return lines
    i = _pick(draw, lines)
    return lines[:i] + lines[i + 1:]


def duplicate_line(draw, lines: List[str]) -> List[str]:
    if not lines:
        return lines
    i = _pick(draw, lines)
    return lines[: i + 1] + lines[i:]


def swap_lines(draw, lines: List[str]) -> List[str]:
    if len(lines) < 2:
        return lines
    i, j = _pick(draw, lines), _pick(draw, lines)
    swapped = list(lines)
    swapped[i], swapped[j] = lines[j], lines[i]
    return swapped


def change_number(draw, lines: List[str]) -> List[str]:
    numbered = [i for i, line in enumerate(lines) if _NUMBER.search(line)]
    if not numbered:
        return lines
    i = draw(st.sampled_from(numbered))
    matches = list(_NUMBER.finditer(lines[i]))
    match = draw(st.sampled_from(matches))
    new = draw(st.sampled_from(_NEW_NUMBERS))
    changed = list(lines)
    changed[i] = lines[i][: match.start()] + new + lines[i][match.end():]
    return changed


def truncate(draw, lines: List[str]) -> List[str]:
    text = "".join(lines)
    cut = draw(st.integers(0, len(text)))
    return text[:cut].splitlines(keepends=True)


MUTATIONS: List[Mutation] = [delete_line, duplicate_line, swap_lines, change_number, truncate]


@st.composite
def mutated_fixtures(draw) -> str:
    path = draw(st.sampled_from(fixture_files()))
    lines = list(_fixture_lines(path))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        lines = mutation(draw, lines)
    return "".join(lines)


def _nul(draw, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + b"\x00" + data[at:]


def _invalid_utf8(draw, data: bytes) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.sampled_from([b"\xff", b"\xe9", b"\xc3", b"\xed\xa0\x80"])) + data[at:]


def _bom(draw, data: bytes) -> bytes:
    return b"\xef\xbb\xbf" + data


def _latin1_cookie(draw, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace").replace("\ufffd", "?")
    header = "# -*- coding: latin-1 -*-\n# r\xe9seau \xe0 deux couches\n"
    return (header + text).encode("latin-1", "replace")


def _crlf(draw, data: bytes) -> bytes:
    return data.replace(b"\n", b"\r\n")


def _cr(draw, data: bytes) -> bytes:
    return data.replace(b"\n", b"\r")


BYTE_DAMAGE = [_nul, _invalid_utf8, _bom, _latin1_cookie, _crlf, _cr]


@st.composite
def damaged_fixtures(draw) -> bytes:
    # Half of them start from an intact fixture, so the damage that keeps a
    # file decodable (BOM, cookie, line endings) reaches the rules and --fix.
    pristine = st.sampled_from(fixture_files()).map(lambda path: "".join(_fixture_lines(path)))
    data = draw(st.one_of(pristine, mutated_fixtures())).encode("utf-8")
    for damage in draw(st.lists(st.sampled_from(BYTE_DAMAGE), min_size=1, max_size=2)):
        data = damage(draw, data)
    return data


# name -> (strategy, examples in the CI profile).  The budgets keep this
# whole file under a minute; `scripts/fuzz.py --examples N` is the long run.
STRATEGIES = {
    "grammar": (hypothesmith.from_grammar(), 30),
    "cst_nodes": (hypothesmith.from_node(), 8),
    "mutated_fixtures": (mutated_fixtures(), 40),
    "damaged_fixtures": (damaged_fixtures(), 15),
}


def profile(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# ---------------------------------------------------------------------------
# CI profile
# ---------------------------------------------------------------------------


def test_fixtures_exist_to_mutate():
    assert fixture_files(), f"no *.py under {FIXTURES_DIR}"


@profile(STRATEGIES["grammar"][1])
@given(STRATEGIES["grammar"][0])
def test_programs_from_the_grammar(source):
    check_source(source)


@profile(STRATEGIES["cst_nodes"][1])
@given(STRATEGIES["cst_nodes"][0])
def test_programs_from_libcst_nodes(source):
    check_source(source)


@profile(STRATEGIES["mutated_fixtures"][1])
@given(STRATEGIES["mutated_fixtures"][0])
def test_mutated_fixture_files(source):
    check_source(source)


@profile(STRATEGIES["damaged_fixtures"][1])
@given(STRATEGIES["damaged_fixtures"][0])
def test_damaged_fixture_bytes(data):
    check_bytes(data)


def test_every_fixture_file_unmutated():
    # The CLI runs on these exact files in test_determinism and test_fixer.
    for path in fixture_files():
        check_source("".join(_fixture_lines(path)), through_cli=False)

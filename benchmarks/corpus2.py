#!/usr/bin/env python3
"""Score init-lint against the blind ground truth of the fresh corpus (issue 17).

The corpus is ``benchmarks/corpus2.json`` (sources with slug, kind tutorial or
library, frameworks, split tune or holdout, files; the code lives under
``.cache/corpus2/<slug>/<path>``).  The truth is ``benchmarks/tune_truth.md``
and ``benchmarks/holdout_truth.md``: markdown table rows
``| slug/path:line:CODE | BUG or LEGIT | reason |`` (the key may be
back-quoted).  Notebook keys are ``slug/path:cell_K:line:CODE`` with K the
1-based ordinal among the **code** cells and line 1-based within that cell.

    python benchmarks/corpus2.py --split tune                   # table + unjudged + misses
    python benchmarks/corpus2.py --split tune --show            # every finding and miss, with reasons
    python benchmarks/corpus2.py --split tune --verdicts benchmarks/TRIAGE2.md --check
    python benchmarks/corpus2.py --split holdout --summary-only # numbers only, no keys
    python benchmarks/corpus2.py --split holdout --summary-only --truth-alt 're:DCGAN'
    python benchmarks/corpus2.py --split tune --validate-only   # check the truth keys, lint nothing

The CLI runs once per source (``init-lint --isolated --format json <files>``,
working directory the source's cache directory).  init-lint numbers notebook
cells among ALL cells (markdown included, ``init_lint/frontends/notebook.py``);
the script reads each notebook's JSON and converts to the code-cell ordinal of
the truth keys (``--cells`` overrides the convention).

Matching: same file (and cell), same code, line within +-``--fuzz`` (2).
A finding that matches a BUG row is TP; one near a LEGIT row of its code, or
on the line of any LEGIT row, is FP; one on the line of a BUG row of another
code is FP ("wrong code") and that row a miss; anything else takes its verdict
from ``--verdicts`` (rows ``| `key` | TP or FP | reason |``), else it is
UNJUDGED: listed, excluded from precision.  A BUG row no finding matched is a
MISS.  Precision = TP / (TP + FP); recall = BUG rows found / BUG rows; per
rule, per kind (tutorial, library), per rule and kind, and in total.

Exit status: 0; 1 with ``--check`` when a finding is unjudged; 2 when the CLI
failed on a source or the arguments are wrong.  Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO_ROOT, BenchError, last_error_line  # noqa: E402 - after the sys.path line

MANIFEST = REPO_ROOT / "benchmarks" / "corpus2.json"
DEFAULT_CACHE = ".cache/corpus2"
TRUTH = {
    "tune": REPO_ROOT / "benchmarks" / "tune_truth.md",
    "holdout": REPO_ROOT / "benchmarks" / "holdout_truth.md",
}
INTERNAL_CODE = "INI900"
KINDS = ("tutorial", "library")

# `slug/path[:cell_K]:line:CODE`; the path may hold spaces (it may not hold `|` or a back-quote).
_KEY = re.compile(r"^(?P<file>[^|`]+?)(?::cell_(?P<cell>\d+))?:(?P<line>\d+):(?P<code>INI\d{3})$")
# A table row: first cell (the key, back-quoted or not), second cell (the verdict), the rest.
_ROW = re.compile(r"^\|\s*(?P<key>`[^`]*`|[^|]*?)\s*\|\s*(?P<verdict>[^|]*?)\s*\|(?P<rest>.*)$")
_NB_ALL = re.compile(r"nb\[all (\d+)\]")
_LOOKS_LIKE_KEY = re.compile(r":INI\d{3}\b")


# ---------------------------------------------------------------------------
# Keys, truth rows, verdict rows


@dataclass(frozen=True)
class Key:
    file: str  # slug/path
    cell: Optional[int]  # code-cell ordinal (1-based) for notebooks, else None
    line: int
    code: str

    def __str__(self) -> str:
        cell = f"cell_{self.cell}:" if self.cell is not None else ""
        return f"{self.file}:{cell}{self.line}:{self.code}"

    def sort_key(self) -> Tuple[str, int, int, str]:
        return (self.file, -1 if self.cell is None else self.cell, self.line, self.code)

    @property
    def slug(self) -> str:
        return self.file.split("/", 1)[0]

    @property
    def place(self) -> Tuple[str, Optional[int]]:
        return (self.file, self.cell)


def parse_key(text: str) -> Optional[Key]:
    m = _KEY.match(text.strip().strip("`").strip())
    if not m:
        return None
    cell = int(m.group("cell")) if m.group("cell") else None
    return Key(m.group("file"), cell, int(m.group("line")), m.group("code"))


@dataclass
class Row:
    key: Key
    verdict: str  # BUG / LEGIT (truth) or TP / FP (verdicts)
    reason: str
    text: str  # the whole table row, for --truth-alt re:
    lineno: int
    src: str = ""  # the file's name, for messages

    @property
    def where(self) -> str:
        return f"{self.src}:{self.lineno}"


def read_rows(path: Path, allowed: Sequence[str], problems: List[str]) -> List[Row]:
    """Table rows whose first cell is a key and whose second is one of `allowed`.

    Rows that look like a key row but do not parse, or carry another verdict,
    are reported in `problems` (the file's line number, never the row text).
    """
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        m = _ROW.match(line.strip())
        if not m:
            continue
        key_text, verdict = m.group("key").strip("`").strip(), m.group("verdict").strip().upper()
        key = parse_key(key_text)
        if key is None:
            if _LOOKS_LIKE_KEY.search(key_text):
                problems.append(f"{path.name}:{lineno}: first cell looks like a key but does not parse")
            continue
        if verdict not in allowed:
            problems.append(f"{path.name}:{lineno}: verdict {verdict!r} is not one of {'/'.join(allowed)}")
            continue
        reason = m.group("rest").rstrip().rstrip("|").strip()
        rows.append(Row(key, verdict, reason, line.strip(), lineno, path.name))
    return rows


def dedupe_rows(rows: List[Row], problems: List[str]) -> List[Row]:
    seen: Dict[Key, Row] = {}
    for row in rows:
        if row.key in seen:
            other = seen[row.key]
            what = "conflicting verdicts" if other.verdict != row.verdict else "duplicate"
            problems.append(f"{row.where}: {what} for the key of {other.where} (first row kept)")
            continue
        seen[row.key] = row
    return list(seen.values())


# ---------------------------------------------------------------------------
# The corpus: manifest and notebooks


@dataclass
class Source:
    slug: str
    kind: str
    split: str
    frameworks: List[str]
    files: List[str]


def load_manifest(path: Path = MANIFEST) -> List[Source]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Source(s["slug"], s["kind"], s["split"], list(s.get("frameworks", [])), list(s["files"]))
            for s in data["sources"]]


@dataclass
class Notebook:
    """A notebook's cells: type of each (all cells, 1-based) and code-cell line counts."""

    types: List[str] = field(default_factory=list)  # index i -> type of all-cell i+1
    code_all: List[int] = field(default_factory=list)  # code ordinal k -> all-cell number (code_all[k-1])
    code_text: List[List[str]] = field(default_factory=list)  # code ordinal k -> its lines (code_text[k-1])
    error: Optional[str] = None

    def all_to_code(self, number: int) -> Optional[int]:
        try:
            return self.code_all.index(number) + 1
        except ValueError:
            return None


def read_notebook(path: Path) -> Notebook:
    """Cells as init-lint's notebook frontend reads them (nbformat 4 `cells`,
    nbformat 3 `worksheets`; a cell's lines by str.splitlines)."""
    nb = Notebook()
    try:
        doc = json.loads(path.read_bytes())
        if "cells" in doc:
            cells = doc["cells"]
        else:
            cells = [c for sheet in doc.get("worksheets", []) for c in sheet.get("cells", [])]
    except (OSError, ValueError, AttributeError, TypeError) as exc:
        nb.error = f"cannot read notebook: {' '.join(str(exc).split())[:120]}"
        return nb
    for number, cell in enumerate(cells, start=1):
        kind = cell.get("cell_type", "?") if isinstance(cell, dict) else "?"
        nb.types.append(kind)
        if kind == "code":
            text = cell.get("source", cell.get("input", ""))
            text = "".join(text) if isinstance(text, list) else str(text)
            nb.code_all.append(number)
            nb.code_text.append(text.splitlines())
    return nb


class Corpus:
    def __init__(self, sources: List[Source], cache: Path):
        self.sources = sources
        self.cache = cache
        self.by_slug = {s.slug: s for s in sources}
        self.files = {f"{s.slug}/{f}": s for s in sources for f in s.files}
        self._notebooks: Dict[str, Notebook] = {}
        self._lines: Dict[str, List[str]] = {}

    def path(self, file: str) -> Path:
        return self.cache / file

    def kind(self, file: str) -> str:
        source = self.files.get(file) or self.by_slug.get(file.split("/", 1)[0])
        return source.kind if source else "?"

    def notebook(self, file: str) -> Notebook:
        if file not in self._notebooks:
            self._notebooks[file] = read_notebook(self.path(file))
        return self._notebooks[file]

    def lines(self, file: str) -> List[str]:
        if file not in self._lines:
            try:
                self._lines[file] = self.path(file).read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                self._lines[file] = []
        return self._lines[file]


def validate_truth(rows: List[Row], corpus: Corpus, split_files: set) -> List[str]:
    """Key-format trouble: file not in the split, cell/line out of range,
    notebook key without cell (or .py key with one), nb[all N] disagreeing."""
    problems = []
    for row in rows:
        k, where = row.key, row.where
        if k.file not in corpus.files:
            problems.append(f"{where}: file not in corpus2.json")
            continue
        if k.file not in split_files:
            problems.append(f"{where}: file not in the selected split/sources")
            continue
        if not corpus.path(k.file).exists():
            problems.append(f"{where}: file missing from the cache")
            continue
        if k.file.endswith(".ipynb"):
            nb = corpus.notebook(k.file)
            if nb.error:
                problems.append(f"{where}: {nb.error}")
            elif k.cell is None:
                problems.append(f"{where}: notebook key without cell_K")
            elif not 1 <= k.cell <= len(nb.code_all):
                problems.append(f"{where}: cell_{k.cell} but the notebook has {len(nb.code_all)} code cells")
            elif not 1 <= k.line <= len(nb.code_text[k.cell - 1]):
                n_lines = len(nb.code_text[k.cell - 1])
                problems.append(f"{where}: line {k.line} but code cell {k.cell} has {n_lines} lines")
            else:
                _check_text(nb.code_text[k.cell - 1][k.line - 1], where, problems)
                for n in _NB_ALL.findall(row.reason):
                    if int(n) != nb.code_all[k.cell - 1]:
                        problems.append(f"{where}: nb[all {n}] but code cell {k.cell} is all-cell "
                                        f"{nb.code_all[k.cell - 1]} (1-based)")
        else:
            if k.cell is not None:
                problems.append(f"{where}: cell_K on a file that is not a notebook")
            elif not 1 <= k.line <= len(corpus.lines(k.file)):
                problems.append(f"{where}: line {k.line} beyond the file's {len(corpus.lines(k.file))} lines")
            else:
                _check_text(corpus.lines(k.file)[k.line - 1], where, problems)
    return problems


def _check_text(line: str, where: str, problems: List[str]) -> None:
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        problems.append(f"{where}: the keyed line is blank or a comment")


# ---------------------------------------------------------------------------
# Running the CLI


@dataclass
class Finding:
    key: Key
    col: int  # 0-based
    message: str
    cli_cell: Optional[int] = None  # the cell number the CLI printed
    duplicates: int = 0  # further findings with the same key (other columns)
    # filled by matching:
    status: str = "UNJUDGED"  # TP / FP / UNJUDGED / INTERNAL
    how: str = ""  # exact, fuzzy, legit-same-code, legit-on-line, wrong-code, verdict, verdict-fuzzy
    truth: Optional[Key] = None
    truth_reason: str = ""


def installed_cli() -> List[str]:
    found = shutil.which("init-lint")
    return [found] if found else module_cli()


def module_cli() -> List[str]:
    return [sys.executable, "-m", "init_lint"]


def _records(stdout: str) -> List[dict]:
    text = stdout.strip()
    if not text:
        raise BenchError("CLI printed nothing on stdout (no JSON)")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise BenchError(f"CLI output is not JSON ({exc.msg}): {text[:120]!r}") from None
    if isinstance(data, dict):
        data = data.get("findings", data.get("results"))
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise BenchError(f"CLI JSON has an unexpected shape: {text[:120]!r}")
    return data


def _rel(path: str, root: Path) -> str:
    p = Path(path)
    p = Path(os.path.normpath(p if p.is_absolute() else root / p))
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return p.as_posix()


def run_cli(cli: List[str], source: Source, cache: Path, args) -> List[dict]:
    root = (cache / source.slug).resolve()
    cmd = [*cli, "--isolated", "--format", "json", *shlex.split(args.cli_args or "")]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    cmd += source.files
    try:
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, errors="replace", timeout=args.timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"timed out after {args.timeout:g} s") from None
    except OSError as exc:
        raise BenchError(f"cannot run {cmd[0]}: {exc}") from None
    if proc.returncode not in (0, 1):
        raise BenchError(f"exit {proc.returncode}: {last_error_line(proc.stderr, proc.stdout)}")
    try:
        records = _records(proc.stdout)
    except BenchError as exc:
        raise BenchError(f"exit {proc.returncode}: {last_error_line(proc.stderr)}" if proc.stderr.strip() else str(exc))
    for r in records:
        r["_file"] = f"{source.slug}/{_rel(str(r.get('path', r.get('filename', ''))), root)}"
    return records


def to_findings(records: List[dict], corpus: Corpus, cells: str, notes: List[str]) -> List[Finding]:
    """CLI records -> findings keyed like the truth (cell = code-cell ordinal).

    `cells`: how the CLI numbers notebook cells: "all" (every cell, markdown
    included: init-lint's notebook frontend), "code" (code cells only) or
    "auto" ("all" unless some finding's cell is not a code cell under it).
    """
    if cells == "auto":
        cells = "all"
        for r in records:
            cell = r.get("cell")
            if cell is not None and r.get("code") != INTERNAL_CODE and str(r["_file"]).endswith(".ipynb"):
                nb = corpus.notebook(r["_file"])
                if not nb.error and nb.all_to_code(int(cell)) is None:
                    notes.append(f"--cells auto: a finding's cell {cell} is not a code cell when counting all "
                                 "cells; reading the CLI's cells as code-cell ordinals")
                    cells = "code"
                    break
    reading = "all cells (markdown included)" if cells == "all" else "code cells only"
    notes.append(f"CLI cell numbers read as: {reading}")
    found: Dict[Key, Finding] = {}
    for r in records:
        code = str(r.get("code", ""))
        line = int(r.get("line", r.get("row", 0)) or 0)
        col = int(r["col0"]) if r.get("col0") is not None else int(r.get("column", 1) or 1) - 1
        cli_cell = r.get("cell")
        cell: Optional[int] = None
        if cli_cell is not None:
            cli_cell = int(cli_cell)
            if cells == "code":
                cell = cli_cell
            else:
                nb = corpus.notebook(r["_file"])
                cell = nb.all_to_code(cli_cell)
                if cell is None:
                    notes.append(f"{r['_file']}: CLI cell {cli_cell} is not a code cell; key uses cell_0")
                    cell = 0
        key = Key(r["_file"], cell, line, code)
        if key in found:
            found[key].duplicates += 1
            continue
        found[key] = Finding(key, col, str(r.get("message", "")), cli_cell)
    return sorted(found.values(), key=lambda f: f.key.sort_key())


# ---------------------------------------------------------------------------
# Matching


@dataclass
class Miss:
    row: Row
    wrong_code: List[Key] = field(default_factory=list)  # findings of another code on its line


def match(findings: List[Finding], truth: List[Row], verdicts: List[Row], fuzz: int) -> Tuple[List[Miss], List[Row]]:
    """Classify every finding in place; return the misses and the stale verdicts."""
    by_place: Dict[Tuple, List[Row]] = defaultdict(list)
    for row in truth:
        by_place[row.key.place].append(row)
    scored = [f for f in findings if f.key.code != INTERNAL_CODE]
    for f in findings:
        if f.key.code == INTERNAL_CODE:
            f.status, f.how = "INTERNAL", ""

    # 1. TP: one finding per BUG row, same code, nearest line first.
    pairs = []
    for i, f in enumerate(scored):
        for row in by_place.get(f.key.place, []):
            d = abs(row.key.line - f.key.line)
            if row.verdict == "BUG" and row.key.code == f.key.code and d <= fuzz:
                pairs.append((d, f.key.line, row.key.line, i, row))
    matched_rows: set = set()
    done: set = set()
    for d, _, _, i, row in sorted(pairs, key=lambda p: p[:4]):
        if i in done or row.key in matched_rows:
            continue
        f = scored[i]
        f.status, f.how, f.truth, f.truth_reason = "TP", "exact" if d == 0 else "fuzzy", row.key, row.reason
        done.add(i)
        matched_rows.add(row.key)

    # 2. FP from the truth: LEGIT of the same code nearby, any LEGIT on the line, BUG of another code.
    misses = {row.key: Miss(row) for row in truth if row.verdict == "BUG" and row.key not in matched_rows}
    rest = [f for i, f in enumerate(scored) if i not in done]
    for f in rest:
        rows = by_place.get(f.key.place, [])
        near = lambda r: abs(r.key.line - f.key.line)  # noqa: E731
        same = sorted((r for r in rows if r.verdict == "LEGIT" and r.key.code == f.key.code and near(r) <= fuzz),
                      key=near)
        on_line = [r for r in rows if r.verdict == "LEGIT" and near(r) == 0]
        other = sorted((r for r in rows if r.verdict == "BUG" and r.key.code != f.key.code
                        and (near(r) == 0 or (near(r) <= fuzz and r.key in misses))), key=near)
        if same:
            r = same[0]
            f.status, f.how = "FP", "legit" if near(r) == 0 else "legit-fuzzy"
        elif on_line:
            r = on_line[0]
            f.status, f.how = "FP", "legit-other-code"
        elif other:
            r = other[0]
            f.status, f.how = "FP", "wrong-code"
            if r.key in misses:
                misses[r.key].wrong_code.append(f.key)
        else:
            continue
        f.truth, f.truth_reason = r.key, r.reason

    # 3. The verdicts file for what the truth does not judge.
    v_exact = {row.key: row for row in verdicts}
    v_place: Dict[Tuple, List[Row]] = defaultdict(list)
    for row in verdicts:
        v_place[row.key.place].append(row)
    used: set = set()
    for f in scored:
        if f.status != "UNJUDGED":
            continue
        row = v_exact.get(f.key)
        how = "verdict"
        if row is None:
            cands = sorted((r for r in v_place.get(f.key.place, [])
                            if r.key.code == f.key.code and abs(r.key.line - f.key.line) <= fuzz and r.key not in used),
                           key=lambda r: abs(r.key.line - f.key.line))
            row, how = (cands[0], "verdict-fuzzy") if cands else (None, "")
        if row is not None:
            f.status, f.how, f.truth, f.truth_reason = row.verdict, how, row.key, row.reason
            used.add(row.key)
    stale = [row for row in verdicts if row.key not in used]
    return sorted(misses.values(), key=lambda m: m.row.key.sort_key()), stale


# ---------------------------------------------------------------------------
# Counting


@dataclass
class Cell:
    tp: int = 0
    fp: int = 0
    unjudged: int = 0
    bug: int = 0
    found: int = 0

    def precision(self) -> str:
        return pct(self.tp, self.tp + self.fp)

    def recall(self) -> str:
        return pct(self.found, self.bug)


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "-"


def tally(findings: List[Finding], truth: List[Row], corpus: Corpus, group) -> Dict[str, Cell]:
    """group(code, kind) -> table row name; counts per row name."""
    cells: Dict[str, Cell] = defaultdict(Cell)
    for f in findings:
        if f.status == "INTERNAL":
            continue
        c = cells[group(f.key.code, corpus.kind(f.key.file))]
        if f.status == "TP":
            c.tp += 1
        elif f.status == "FP":
            c.fp += 1
        else:
            c.unjudged += 1
    found = {f.truth for f in findings if f.status == "TP" and f.how in ("exact", "fuzzy")}
    for row in truth:
        if row.verdict == "BUG":
            c = cells[group(row.key.code, corpus.kind(row.key.file))]
            c.bug += 1
            c.found += row.key in found
    return cells


def table(title: str, cells: Dict[str, Cell], order: Iterable[str]) -> str:
    out = [f"| {title} | TP | FP | unjudged | precision | BUG rows | found | missed | recall |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    total = Cell()
    for name in order:
        if name not in cells:
            continue
        c = cells[name]
        for attr in ("tp", "fp", "unjudged", "bug", "found"):
            setattr(total, attr, getattr(total, attr) + getattr(c, attr))
        out.append(f"| {name} | {c.tp} | {c.fp} | {c.unjudged} | {c.precision()} | {c.bug} | {c.found} | "
                   f"{c.bug - c.found} | {c.recall()} |")
    out.append(f"| **total** | {total.tp} | {total.fp} | {total.unjudged} | **{total.precision()}** | {total.bug} | "
               f"{total.found} | {total.bug - total.found} | **{total.recall()}** |")
    return "\n".join(out)


def report_tables(findings: List[Finding], truth: List[Row], corpus: Corpus) -> Tuple[str, Dict]:
    per_rule = tally(findings, truth, corpus, lambda code, kind: code)
    per_kind = tally(findings, truth, corpus, lambda code, kind: kind)
    per_both = tally(findings, truth, corpus, lambda code, kind: f"{code} {kind}")
    rules = sorted(per_rule)
    text = "\n\n".join([
        table("rule", per_rule, rules),
        table("kind", per_kind, [*KINDS, *sorted(set(per_kind) - set(KINDS))]),
        table("rule, kind", per_both, sorted(per_both)),
    ])
    data = {name: {k: asdict(v) for k, v in cells.items()}
            for name, cells in (("per_rule", per_rule), ("per_kind", per_kind), ("per_rule_kind", per_both))}
    return text, data


def match_line(findings: List[Finding], misses: List[Miss]) -> str:
    how = Counter((f.status, f.how) for f in findings if f.status in ("TP", "FP"))
    parts = [f"TP: {how['TP', 'exact']} exact, {how['TP', 'fuzzy']} fuzzy"]
    if how["TP", "verdict"] or how["TP", "verdict-fuzzy"]:
        parts.append(f"{how['TP', 'verdict'] + how['TP', 'verdict-fuzzy']} by verdict "
                     f"({how['TP', 'verdict-fuzzy']} fuzzy)")
    fp = [f"FP: {how['FP', 'legit']} on a LEGIT row of the code, {how['FP', 'legit-fuzzy']} fuzzy",
          f"{how['FP', 'legit-other-code']} on a LEGIT row of another code",
          f"{how['FP', 'wrong-code']} wrong code on a BUG row"]
    if how["FP", "verdict"] or how["FP", "verdict-fuzzy"]:
        fp.append(f"{how['FP', 'verdict'] + how['FP', 'verdict-fuzzy']} by verdict "
                  f"({how['FP', 'verdict-fuzzy']} fuzzy)")
    wrong = sum(1 for m in misses if m.wrong_code)
    return "; ".join([", ".join(parts), ", ".join(fp), f"misses: {len(misses)} ({wrong} found with a wrong code)"])


# ---------------------------------------------------------------------------
# --truth-alt


def alt_selector(specs: List[str]):
    """Specs -> predicate on truth rows.  `re:PATTERN` searches the whole row
    text (key, verdict, reason); an existing file contributes every key in it
    (table rows, back-quoted keys or one key per line); anything else is a key."""
    patterns, keys = [], set()
    for spec in specs:
        if spec.startswith("re:"):
            try:
                patterns.append(re.compile(spec[3:]))
            except re.error as exc:
                raise BenchError(f"--truth-alt {spec!r}: bad pattern: {exc}") from None
        elif os.path.isfile(spec):
            text = Path(spec).read_text(encoding="utf-8")
            found = [parse_key(t) for t in re.findall(r"`([^`]+)`", text)]
            found += [parse_key(m.group("key")) for line in text.splitlines() if (m := _ROW.match(line.strip()))]
            found += [parse_key(line) for line in text.splitlines()]
            keys.update(k for k in found if k)
        else:
            key = parse_key(spec)
            if key is None:
                raise BenchError(f"--truth-alt {spec!r}: neither re:PATTERN, a file, nor a key")
            keys.add(key)
    return lambda row: row.key in keys or any(p.search(row.text) for p in patterns)


def apply_alt(truth: List[Row], select, mode: str) -> Tuple[List[Row], List[Row]]:
    chosen = [r for r in truth if select(r)]
    if mode == "drop":
        return [r for r in truth if not select(r)], chosen
    flip = {"BUG": "LEGIT", "LEGIT": "BUG"}
    return [replace(r, verdict=flip[r.verdict]) if select(r) else r for r in truth], chosen


# ---------------------------------------------------------------------------
# main


def reset(findings: List[Finding]) -> List[Finding]:
    return [replace(f, status="UNJUDGED", how="", truth=None, truth_reason="") for f in findings]


def lint(corpus: Corpus, sources: List[Source], args, notes: List[str]) -> Tuple[List[dict], List[str], List[str]]:
    """Run the CLI on every source; fall back to `python -m init_lint` once if the installed CLI fails."""
    cli = shlex.split(args.cli) if args.cli else installed_cli()
    fallback = None if args.cli or cli == module_cli() else module_cli()
    records, errors = [], []
    for source in sources:
        print(f"[{source.slug}] {len(source.files)} files ...", file=sys.stderr, flush=True)
        try:
            records += run_cli(cli, source, corpus.cache, args)
        except BenchError as exc:
            if fallback is None:
                errors.append(f"{source.slug}: {exc}")
                continue
            notes.append(f"{' '.join(cli)} failed on {source.slug} ({exc}); falling back to {' '.join(fallback)}")
            cli, fallback = fallback, None
            try:
                records += run_cli(cli, source, corpus.cache, args)
            except BenchError as exc2:
                errors.append(f"{source.slug}: {exc2}")
    return records, errors, cli


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["tune", "holdout", "all"], required=True)
    ap.add_argument("--sources", nargs="+", metavar="SLUG", help="only these sources of the split")
    ap.add_argument("--truth", nargs="+", metavar="MD", help="truth file(s) (default: the split's *_truth.md)")
    ap.add_argument("--verdicts", metavar="MD",
                    help="TP/FP verdict rows for findings the truth does not judge (e.g. benchmarks/TRIAGE2.md)")
    ap.add_argument("--json", metavar="OUT", help="write findings, misses and tables to OUT")
    ap.add_argument("--show", action="store_true", help="list every finding and miss with its match and reason")
    ap.add_argument("--summary-only", action="store_true",
                    help="print only the tables and counts, never a key, finding or truth row (use for holdout)")
    ap.add_argument("--reveal", action="store_true",
                    help="allow keys and findings of the holdout to be printed (without it, holdout and all runs "
                         "are --summary-only)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a finding is unjudged")
    ap.add_argument("--truth-alt", action="append", default=[], metavar="SPEC",
                    help="also score with these truth rows dropped (or flipped): re:PATTERN on the row text, "
                         "a file of keys, or a key; repeatable")
    ap.add_argument("--truth-alt-mode", choices=["drop", "flip"], default="drop",
                    help="drop the selected rows (default) or flip BUG<->LEGIT")
    ap.add_argument("--validate-only", action="store_true",
                    help="check the truth keys against the corpus; lint nothing")
    ap.add_argument("--fuzz", type=int, default=2, help="line tolerance for a match (default: %(default)s)")
    ap.add_argument("--cells", choices=["auto", "all", "code"], default="auto",
                    help="how the CLI numbers notebook cells (default: auto, i.e. all cells unless a finding "
                         "lands on a non-code cell)")
    ap.add_argument("--cli", help="command that runs init-lint (default: the installed init-lint, falling back to "
                                  "python -m init_lint if it fails)")
    ap.add_argument("--cli-args", help="extra arguments for the CLI, e.g. '--strict-defaults'")
    ap.add_argument("--jobs", type=int, help="passed to the CLI as --jobs")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per source (default: %(default)s)")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help="corpus cache (default: %(default)s)")
    ap.add_argument("--manifest", default=str(MANIFEST), help="corpus manifest (default: benchmarks/corpus2.json)")
    args = ap.parse_args(argv)
    if args.split != "tune" and not args.reveal:
        if args.show:
            ap.error("--show on the holdout needs --reveal (the holdout stays unseen while the engine is tuned)")
        args.summary_only = True
    if args.show and args.summary_only:
        ap.error("--show and --summary-only exclude each other")
    quiet = args.summary_only

    cache = Path(args.cache)
    if not cache.is_absolute():
        cache = REPO_ROOT / cache
    corpus = Corpus(load_manifest(Path(args.manifest)), cache)
    sources = [s for s in corpus.sources if args.split in ("all", s.split)]
    if args.sources:
        unknown = set(args.sources) - {s.slug for s in sources}
        if unknown:
            ap.error(f"not in split {args.split}: {', '.join(sorted(unknown))}")
        sources = [s for s in sources if s.slug in args.sources]
    split_files = {f"{s.slug}/{f}" for s in sources for f in s.files}

    problems: List[str] = []
    truth_paths = [Path(p) for p in args.truth] if args.truth else \
        [TRUTH[s] for s in (("tune", "holdout") if args.split == "all" else (args.split,))]
    truth: List[Row] = []
    for p in truth_paths:
        truth += read_rows(p, ("BUG", "LEGIT"), problems)
    truth = dedupe_rows(truth, problems)
    problems += validate_truth(truth, corpus, split_files)
    # Rows of files not linted (another split, unknown files) would only count as misses: reported above, left out.
    truth = [r for r in truth if r.key.file in split_files]
    verdicts: List[Row] = []
    if args.verdicts:
        vp = Path(args.verdicts)
        if vp.exists():
            rows = read_rows(vp, ("TP", "FP", "BUG", "LEGIT"), problems)
            verdicts = [replace(r, verdict={"BUG": "TP", "LEGIT": "FP"}.get(r.verdict, r.verdict)) for r in rows]
            verdicts = [r for r in dedupe_rows(verdicts, problems) if r.key.file in split_files]
        else:
            problems.append(f"{vp}: no such verdicts file (every finding the truth does not judge is unjudged)")
    try:
        select = alt_selector(args.truth_alt) if args.truth_alt else None
    except BenchError as exc:
        ap.error(str(exc))

    n_bug = sum(r.verdict == "BUG" for r in truth)
    print(f"# init-lint on corpus2, split {args.split}")
    print()
    print(f"{len(sources)} sources, {len(split_files)} files; truth: {', '.join(p.name for p in truth_paths)} "
          f"({n_bug} BUG, {len(truth) - n_bug} LEGIT rows)"
          + (f"; verdicts: {len(verdicts)} rows" if args.verdicts else ""))
    if problems:
        print(f"\n{len(problems)} truth/verdict key problem(s)"
              + (" (details hidden by --summary-only)" if quiet else ":"))
        if not quiet:
            for p in problems:
                print(f"  - {p}")
    else:
        print("all truth keys resolve: file in the split, cell and line in range, nb[all N] consistent")
    if args.validate_only:
        return 0

    notes: List[str] = []
    t0 = time.perf_counter()
    records, errors, cli = lint(corpus, sources, args, notes)
    failed = {e.split(":", 1)[0] for e in errors}
    if failed:
        # Their truth rows would only count as misses: score the sources that ran.
        truth = [r for r in truth if r.key.slug not in failed]
        verdicts = [r for r in verdicts if r.key.slug not in failed]
    if failed and len(failed) == len(sources):
        print(f"\nCLI: {' '.join(cli)}")
        for n in dict.fromkeys(notes):
            print(f"note: {n}")
        for e in errors:
            print(f"ERROR: {e}")
        print("\nthe CLI failed on every source: nothing to score")
        return 2
    findings = to_findings(records, corpus, args.cells, notes)
    misses, stale = match(findings, truth, verdicts, args.fuzz)
    text, data = report_tables(findings, truth, corpus)
    print(f"\nCLI: {' '.join(cli)} --isolated --format json" + (f" {args.cli_args}" if args.cli_args else "")
          + f" <files> (once per source, {time.perf_counter() - t0:.1f} s)")
    for n in dict.fromkeys(notes):
        print(f"note: {n}")
    for e in errors:
        print(f"ERROR: {e}")
    if errors:
        print(f"WARNING: the CLI failed on {len(failed)} of {len(sources)} sources; they and their truth rows are "
              "left out of every number below")
    scored = [f for f in findings if f.status != "INTERNAL"]
    internal = [f for f in findings if f.status == "INTERNAL"]
    dups = sum(f.duplicates for f in findings)
    print(f"\n{len(scored)} findings (distinct file:cell:line:code"
          + (f"; {dups} more on other columns folded" if dups else "")
          + f"), {len(internal)} INI900 (not scored); matching: same file, code, line +-{args.fuzz}")
    print(match_line(findings, misses))
    print("\nprecision = TP / (TP + FP), unjudged excluded; recall = BUG rows found / BUG rows "
          "(a finding of another code does not find a row)\n")
    print(text)

    alt_data = None
    if select is not None:
        alt_truth, chosen = apply_alt(truth, select, args.truth_alt_mode)
        alt_findings = reset(findings)
        alt_misses, _ = match(alt_findings, alt_truth, verdicts, args.fuzz)
        alt_text, alt_data = report_tables(alt_findings, alt_truth, corpus)
        c = Counter(r.verdict for r in chosen)
        print(f"\n## Sensitivity: {len(chosen)} truth rows {'dropped' if args.truth_alt_mode == 'drop' else 'flipped'} "
              f"({c['BUG']} BUG, {c['LEGIT']} LEGIT) by --truth-alt {' '.join(map(shlex.quote, args.truth_alt))}\n")
        if not quiet:
            for r in chosen:
                print(f"  - {r.key} ({r.verdict})")
            print()
        print(match_line(alt_findings, alt_misses))
        print()
        print(alt_text)

    if not quiet:
        unjudged = [f for f in scored if f.status == "UNJUDGED"]
        if unjudged:
            print(f"\n## {len(unjudged)} unjudged findings (add a row to the verdicts file)\n")
            print("| key | verdict | reason |\n|---|---|---|")
            for f in unjudged:
                print(f"| `{f.key}` |  |  |" + (f" <!-- {f.message[:140]} -->" if args.show else ""))
        if misses:
            print(f"\n## {len(misses)} misses (BUG rows no finding matched)\n")
            for m in misses:
                found_as = ", ".join(f"{k.code} at line {k.line}" for k in m.wrong_code)
                wrong = f" -- found as {found_as} (wrong code)" if m.wrong_code else ""
                print(f"- `{m.row.key}`{wrong}" + (f": {m.row.reason}" if args.show else ""))
        if internal:
            print(f"\n## {len(internal)} INI900\n")
            for f in internal:
                print(f"- `{f.key}`: {f.message[:160]}")
        if stale:
            print(f"\n{len(stale)} verdict rows match no finding any more:")
            for r in stale:
                print(f"  - `{r.key}` ({r.verdict})")
        if args.show:
            print("\n## Every finding\n")
            for f in scored:
                via = f" via `{f.truth}`" if f.truth and f.truth != f.key else ""
                print(f"- {f.status} ({f.how or 'no row'}) `{f.key}`{via}: {f.message[:160]}"
                      + (f"\n  - truth: {f.truth_reason}" if f.truth_reason else ""))
    else:
        print(f"\n{sum(f.status == 'UNJUDGED' for f in scored)} unjudged, {len(misses)} misses, "
              f"{len(stale)} stale verdicts (keys hidden by --summary-only)")

    if args.json:
        def fdict(f: Finding) -> dict:
            return {"key": str(f.key), "file": f.key.file, "cell": f.key.cell, "cli_cell": f.cli_cell,
                    "line": f.key.line, "col": f.col, "code": f.key.code, "kind": corpus.kind(f.key.file),
                    "status": f.status, "how": f.how, "truth": str(f.truth) if f.truth else None,
                    "truth_reason": f.truth_reason, "message": f.message, "duplicates": f.duplicates}
        out = {"split": args.split, "cli": cli, "fuzz": args.fuzz, "errors": errors, "notes": notes,
               "problems": problems, "findings": [fdict(f) for f in findings],
               "misses": [{"key": str(m.row.key), "kind": corpus.kind(m.row.key.file), "reason": m.row.reason,
                           "wrong_code": [str(k) for k in m.wrong_code]} for m in misses],
               "stale_verdicts": [str(r.key) for r in stale], "tables": data, "truth_alt": alt_data}
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"\nwritten to {args.json}", file=sys.stderr)

    if errors:
        return 2
    if args.check and any(f.status == "UNJUDGED" for f in scored):
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("corpus2: interrupted", file=sys.stderr)
        sys.exit(130)

"""Lint the code cells of a Jupyter notebook (`init-lint nb.ipynb`).

The code cells are joined into one Python source, so an import in cell 1
resolves a name used in cell 5 the way the kernel would see it.  IPython
syntax that is not Python is neutralised line for line, so every line keeps
its number and every finding maps back to (cell, line in cell):

* a cell magic (`%%bash`, `%%html`, ...) blanks the whole cell, except the
  magics that run their body as Python (`%%time`, `%%timeit`, `%%capture`,
  ...), where only the magic line is blanked;
* line magics (`%matplotlib inline`, `x = %time f()`), shell escapes
  (`!pip install ...`, `files = !ls`) and help lines (`?np.zeros`,
  `np.zeros??`) become blank -- or `pass` when indented, so a block whose
  only statement was a magic still parses.

A cell that still is not Python (a syntax error) is reported as INI900 for
that cell and left out; the other cells are linted.  A file that is not a
notebook at all gives one INI900 finding.  Cells are numbered from 1 in the
order they appear in the file, markdown cells included, so `cell_3` is the
third cell you scroll to.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, List, Optional, Tuple

from ..engine import Stats, internal_error, lint_source
from ..ipython import neutralise_lines
from ..pipeline import python2_rewritten
from ..finding import Finding
from ..options import DEFAULT_OPTIONS, Options

if TYPE_CHECKING:
    from ..pipeline import Neighbours

# Cell magics whose body is Python run by the kernel.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "memit", "python", "python3"})

# compile() flags: notebooks allow top-level `await`.
_PARSE_FLAGS = ast.PyCF_ONLY_AST | getattr(ast, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0)


class NotebookError(ValueError):
    """The file is not a notebook we can read; str() says why, on one line."""


@dataclass
class NotebookSource:
    """The code cells as one source, and where each of its lines came from."""

    source: str = ""
    origins: List[Tuple[int, int]] = field(default_factory=list)  # per line: (cell, line in cell)
    cell_errors: List[Finding] = field(default_factory=list)  # INI900 per unparsable cell
    shifts: List[int] = field(default_factory=list)  # per line: columns IPython's leading-indent removal took

    def locate(self, finding: Finding) -> Finding:
        """`finding` with its line number turned into (cell, line in cell), its column the cell's own."""
        if 1 <= finding.line <= len(self.origins):
            cell, line = self.origins[finding.line - 1]
            return dataclasses.replace(finding, line=line, cell=cell, col=finding.col + self.shifts[finding.line - 1])
        return finding

    def line_name(self, line: int) -> str:
        """How a message refers to a line of the joined source: by its cell, as the user sees it."""
        if 1 <= line <= len(self.origins):
            cell, in_cell = self.origins[line - 1]
            return f"cell {cell}, line {in_cell}"
        return f"line {line}"


# ---------------------------------------------------------------------------
# Reading the notebook JSON


def code_cells(data: bytes) -> List[Tuple[int, str]]:
    """(cell number, source) for each code cell; NotebookError if malformed.

    Reads nbformat 4 (`cells`) and the older nbformat 3 (`worksheets`).
    Non-Python notebooks (an R or Julia kernel) have no code cells for us.
    """
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotebookError(f"not a valid notebook (JSON): {_one_line(exc)}") from None
    if not isinstance(document, dict):
        raise NotebookError("not a valid notebook: the top level is not a JSON object")
    if not _is_python(document.get("metadata")):
        return []
    cells = _raw_cells(document)
    result = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict):
            raise NotebookError(f"not a valid notebook: cell {number} is not a JSON object")
        if cell.get("cell_type") == "code":
            result.append((number, _cell_text(cell, number)))
    return result


def _raw_cells(document: dict) -> List[Any]:
    if "cells" in document:
        cells = document["cells"]
    elif "worksheets" in document and isinstance(document["worksheets"], list):
        cells = [c for sheet in document["worksheets"] if isinstance(sheet, dict) for c in sheet.get("cells", [])]
    else:
        raise NotebookError("not a valid notebook: no 'cells' list")
    if not isinstance(cells, list):
        raise NotebookError("not a valid notebook: 'cells' is not a list")
    return cells


def _cell_text(cell: dict, number: int) -> str:
    text = cell.get("source", cell.get("input", ""))  # nbformat 4 / 3
    if isinstance(text, list) and all(isinstance(part, str) for part in text):
        return "".join(text)
    if isinstance(text, str):
        return text
    raise NotebookError(f"not a valid notebook: the source of cell {number} is not text")


def _is_python(metadata: Any) -> bool:
    if not isinstance(metadata, dict):
        return True
    for section, key in (("language_info", "name"), ("kernelspec", "language")):
        info = metadata.get(section)
        if isinstance(info, dict) and isinstance(info.get(key), str):
            return info[key].lower() in ("python", "python3", "ipython", "ipython3")
    return True  # no language recorded: assume the default, Python


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# ---------------------------------------------------------------------------
# Neutralising IPython syntax


def neutralise_cell(text: str) -> List[str]:
    """The cell's lines with IPython-only syntax blanked; same line count."""
    lines = text.splitlines()
    # (comment lines may come first: Colab's `# @title` form line stands above a cell's `%%latex`)
    first = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), None)
    if first is not None and lines[first].lstrip().startswith("%%"):
        magic = lines[first].lstrip()[2:].split(maxsplit=1)
        if not magic or magic[0] not in PYTHON_CELL_MAGICS:
            return [""] * len(lines)
        lines[first] = ""
    return neutralise_lines(lines)


# ---------------------------------------------------------------------------
# Joining cells and linting


def build_source(cells: List[Tuple[int, str]], path: str = "") -> NotebookSource:
    """Join the neutralised cells; unparsable cells become blank lines plus
    one INI900 finding each (already located in their cell)."""
    nb = NotebookSource()
    lines: List[str] = []
    for number, text in cells:
        cell_lines = neutralise_cell(text)
        cell_lines, shifts = leading_indent_removed(cell_lines)
        problem = _syntax_problem(cell_lines)
        if problem is not None and ("print" in problem[1] or "except" in text):
            # a Python 2 notebook (`print x`, `except E, e:`): its statements rewritten on the same lines
            legacy = python2_rewritten("\n".join(cell_lines)).split("\n")
            if len(legacy) == len(cell_lines) and _syntax_problem(legacy) is None:
                cell_lines, problem = legacy, None
        for _ in range(_MAX_PLACEHOLDERS):
            # a course notebook's exercise cell (`grad = #<your code here>`, `return <YOUR CODE>`): the
            # placeholder made valid, the rest of the cell (the layer the exercise sits in) is analysed
            if problem is None or not (_automagic_blanked(cell_lines, problem[0] - 1)
                                       or _fill_placeholder(cell_lines, problem[0] - 1)):
                break
            problem = _syntax_problem(cell_lines)
        if problem is not None:
            line, reason = problem
            nb.cell_errors.append(dataclasses.replace(internal_error(reason, path, "this cell (the others were linted)"),
                                                      line=line, cell=number))
            cell_lines = [""] * len(cell_lines)
        lines.extend(cell_lines)
        nb.origins.extend((number, i) for i in range(1, len(cell_lines) + 1))
        nb.shifts.extend(shifts)
    nb.source = "".join(line + "\n" for line in lines)
    return nb


def leading_indent_removed(lines: List[str]) -> Tuple[List[str], List[int]]:
    """IPython's `leading_indent` transform: a cell whose first line is indented (the rest of a function
    continued from the cell before, pasted code) runs with that indentation removed from every line that starts
    with it. The lines, and per line how many columns went. (IPython drops the blank lines above the first
    line first, `leading_empty_lines`: a line of spaces there says nothing.)"""
    first = next((line for line in lines if line.strip()), None)
    match = _LEADING_INDENT.match(first) if first is not None else None
    if match is None:
        return lines, [0] * len(lines)
    space = match.group(0)
    shifts = [len(space) if line.startswith(space) else 0 for line in lines]
    return [line[n:] for line, n in zip(lines, shifts)], shifts


_LEADING_INDENT = re.compile(r"^[ \t]+")
_MAX_PLACEHOLDERS = 8
_EXERCISE = re.compile(r"your code|implement|<[^<>]*>|=\s*#|=\s*,|fill[ _]?me[ _]?in|(update|finish|complete)[ _]?(me|this)"
                       r"|\btodo\b", re.IGNORECASE)
# `x = model... # update me`, `label=....`: a name or an argument left to be written
_TRAILING_DOTS = re.compile(r"\w\s*\.{3,}|\.{4,}")


# IPython's line magics and shell aliases, which it runs without the `%` when automagic is on (its default):
# `pip install pyDOE`, `ls -lah | grep _w`, `timeit f(x)`, `cd data`
AUTOMAGICS = frozenset({
    "alias", "alias_magic", "autoawait", "autocall", "automagic", "autosave", "bookmark", "cat", "cd", "clear",
    "colors", "conda", "config", "cp", "debug", "dhist", "dirs", "doctest_mode", "ed", "edit", "env", "gui", "hist",
    "history", "killbgscripts", "ldir", "less", "lf", "lk", "ll", "load", "load_ext", "loadpy", "logoff", "logon",
    "logstart", "logstate", "logstop", "ls", "lsmagic", "lx", "macro", "magic", "man", "matplotlib", "mamba",
    "micromamba", "mkdir", "more", "mv", "notebook", "page", "pastebin", "pdb", "pdef", "pdoc", "pfile", "pinfo",
    "pinfo2", "pip", "popd", "pprint", "precision", "prun", "psearch", "psource", "pushd", "pwd", "pycat", "pylab",
    "quickref", "recall", "rehashx", "reload_ext", "rep", "rerun", "reset", "reset_selective", "rm", "rmdir", "run",
    "save", "sc", "set_env", "store", "sx", "system", "tb", "time", "timeit", "unalias", "unload_ext", "who",
    "who_ls", "whos", "xdel", "xmode",
})
_AUTOMAGIC_LINE = re.compile(r"^\s*([A-Za-z_]\w*)(?:\s|$)")


def _automagic_blanked(lines: List[str], index: int) -> bool:
    """Line `index` (where the cell stops parsing) is a magic written without its `%` (`pip install pyDOE`,
    `ls -lah | grep _w`): IPython runs it as the magic, so it is blanked like `%pip install ...` (a line that is
    Python by itself, `time = 3`, is never one). False when the line is anything else."""
    if not 0 <= index < len(lines):
        return False
    line = lines[index]
    match = _AUTOMAGIC_LINE.match(line)
    if match is None or match.group(1) not in AUTOMAGICS or _syntax_problem([line.strip()]) is None:
        return False
    indent = line[: len(line) - len(line.lstrip())]
    lines[index] = f"{indent}pass" if indent else ""
    return True


def _fill_placeholder(lines: List[str], index: int) -> bool:
    """Make line `index` valid when it is an exercise placeholder: `x = ###YOUR CODE` -> `x = ...`,
    `shape=, # FILL ME IN` -> `shape=..., # FILL ME IN`,
    `    <YOUR CODE>` -> `    ...`, `return <student.implement_me()>` -> `return ...`. Same line count, same
    positions before it. False (nothing changed) for any other line."""
    if not 0 <= index < len(lines) or not _EXERCISE.search(lines[index]):
        return _fill_empty_body(lines, index)
    line = lines[index]
    indent = line[: len(line) - len(line.lstrip())]
    body = _without_placeholders(line.strip()).strip()
    body = re.sub(r"(?<![=!<>])=\s*,", "=...,", body)  # `shape=,  # FILL ME IN`: a keyword left empty
    if re.search(r"=\s*#", body):
        body = body[: body.index("#")].rstrip()  # `x = ###YOUR CODE`: the assignment without its value
    if body.endswith("=") or body.endswith(","):
        body += " ..."
    code = line.split("#", 1)[0]  # (as written: a `<YOUR CODE>` filled above is not one of these)
    if _TRAILING_DOTS.search(code) and not re.match(r"\s*(return|yield)\b", code):
        # `model = Network... # update me`, `plot(act_fn, label=....)`: what is left to write makes the line
        # a placeholder as a whole (an assignment keeps its target)
        target = re.match(r"^([\w.\[\]'\"]+(?:\s*,\s*[\w.\[\]'\"]+)*)\s*=(?!=)", code.strip())
        body = f"{target.group(1)} = ..." if target else "..."
    filled = indent + (" ".join(body.split()) or "...")
    if filled == line:
        return False
    lines[index] = filled
    return True


def _fill_empty_body(lines: List[str], index: int) -> bool:
    """`def forward(self, x):` whose body is only `# <YOUR CODE>` (the error is at the next statement, or past
    the cell's end): the placeholder comment, the last non-blank line before, takes the body's place as `...`."""
    before = next((i for i in range(min(index, len(lines)) - 1, -1, -1) if lines[i].strip()), -1)
    comment = lines[before] if before >= 0 else ""
    if not comment.lstrip().startswith("#") or not _EXERCISE.search(comment):
        return False
    lines[before] = comment[: len(comment) - len(comment.lstrip())] + "..."
    return True


def _without_placeholders(text: str) -> str:
    """Each `<...>` (with the `#`s written just before it: `###<your code: ...>`) replaced by ` ... `. A plain
    scan, linear in the line (a regex with a leading `#*\\s*` backtracks on long runs of blanks)."""
    out: List[str] = []
    start = 0
    while True:
        lt = text.find("<", start)
        gt = text.find(">", lt + 1) if lt >= 0 else -1
        if gt < 0:
            out.append(text[start:])
            return "".join(out)
        inner = text.rfind("<", lt, gt)  # the innermost `<` before that `>`
        out.append(text[start:inner].rstrip(" \t#") + " ... ")
        start = gt + 1


def _syntax_problem(lines: List[str]) -> Optional[Tuple[int, str]]:
    try:
        compile("\n".join(lines) + "\n", "<cell>", "exec", _PARSE_FLAGS, dont_inherit=True)
    except SyntaxError as exc:
        line = exc.lineno if exc.lineno and 1 <= exc.lineno <= max(len(lines), 1) else 1
        return line, f"syntax error: {exc.msg}"
    except (ValueError, RecursionError, MemoryError) as exc:  # e.g. null bytes
        return 1, f"cannot be parsed: {_one_line(exc)}"
    return None


def lint_notebook(
    data: bytes,
    path: str,
    options: Options = DEFAULT_OPTIONS,
    stats: Optional[Stats] = None,
    project: Optional["Neighbours"] = None,
) -> List[Finding]:
    """Findings for a notebook file, located by cell; never raises."""
    try:
        cells = code_cells(data)
    except NotebookError as exc:
        return [f for f in [internal_error(str(exc), path)] if options.wants(f.code)]
    nb = build_source(cells, path)
    findings = [nb.locate(f) for f in lint_source(nb.source, path, options, stats, nb.line_name, project)] \
        if nb.source.strip() else []
    findings += [f for f in nb.cell_errors if options.wants(f.code)]
    return sorted(findings, key=Finding.sort_key)

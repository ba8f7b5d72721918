"""The judging half of init-lint: one source text in, sorted findings out.

    source -> text prefilter -> ast (the caller's tree, or ast.parse) -> imports, values (evaluator)
           -> semantic model (Builder) -> Context -> rules in priority order
                                                (dataflow (Flow) on the first rule that asks)

One tree, one process, no libcst: the same `ast.Module` flake8 already holds is
the only tree. At most one finding per initializer expression (the first rule
in priority order that reports wins); with `strict_defaults`, layers left to
the framework's default initializer are judged too, and can only add findings.
Everything is guarded: any exception becomes one INI900 finding, never a
traceback in the host.
"""

from __future__ import annotations

import ast
import io
from bisect import bisect_right
import os
import re
import sys
from typing import Callable, Dict, List, Optional, Protocol, Sequence, Tuple

from .finding import INTERNAL_CODE, Finding, internal_error
from .fix.intents import Span
from .ipython import PERCENT_CELL, neutralise_lines
from .options import DEFAULT_OPTIONS, Options
from .prefilter import may_fire
from .rules import PRIORITY
from .semantic.astutil import SourceText, collector_paused, parse
from .semantic.context import Context
from .semantic.evaluator import Dist, Evaluator, module_constants
from .semantic.imports import ImportTable
from .semantic.model import Builder, Site

__all__ = ["Appendix", "INTERNAL_CODE", "Neighbours", "analyze", "default_sites", "internal_error", "python2_rewritten"]


class Appendix(Protocol):
    """Definitions of other files appended to a file's tree (`frontends.project`)."""

    text: str

    def attach(self, body: List[ast.stmt]) -> None: ...

    def origin(self, line: int) -> Optional[Tuple[str, int]]: ...


class Neighbours(Protocol):
    """The other files of a CLI run: what a file imports from them, and where findings in them go."""

    foreign: List[Finding]

    def may_import(self, source: str) -> bool: ...

    def appendix(self, path: str, tree: ast.Module, first_line: int) -> Optional[Appendix]: ...

    def report_foreign(self, finding: Finding) -> None: ...


def analyze(source: str, filename: str = "<stdin>", options: Options = DEFAULT_OPTIONS,
            tree: Optional[ast.Module] = None, line_names: Optional[Callable[[int], str]] = None,
            project: Optional[Neighbours] = None, within: Optional[Sequence[Span]] = None) -> List[Finding]:
    """All findings for one source text, sorted, noqa not applied. Never raises.
    `line_names`: how messages name a line of the source (default "line 24"; a notebook's "cell 3, line 2").
    `within` (the fixer's second look at the code it fixed): only the initializer expressions that start inside
    one of these spans are judged; the model is still built from the whole text, so each of them is judged
    exactly as in a full run.
    `project` (CLI): the other files of the run, whose definitions this file imports are judged with it; what is
    found in them goes to `project.foreign`."""
    with collector_paused():  # (one file's objects live until it is judged: collections mid-way only re-traverse)
        return _analyze(source, filename, options, tree, line_names, project, within)


def _analyze(source: str, filename: str, options: Options, tree: Optional[ast.Module],
             line_names: Optional[Callable[[int], str]], project: Optional[Neighbours],
             within: Optional[Sequence[Span]]) -> List[Finding]:
    if project is not None:
        before = len(project.foreign)
        try:
            return sorted(_findings(source, filename, options, tree, line_names, project, within),
                          key=Finding.sort_key)
        except Exception:  # noqa: BLE001 - judged alone below: a neighbour's text must not cost this file its findings
            del project.foreign[before:]
    try:
        findings = _findings(source, filename, options, tree, line_names, within=within)
    except RecursionError:
        findings = [internal_error("expression nesting too deep to analyse", filename)]
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        findings = [internal_error(f"syntax error{where}: {exc.msg}", filename)]
    except MemoryError:
        findings = [internal_error("out of memory", filename)]
    except Exception as exc:  # noqa: BLE001 - the boundary: never crash the host
        findings = [internal_error(f"internal error {type(exc).__name__}: {exc}", filename)]
    return sorted(findings, key=Finding.sort_key)


def _findings(source: str, filename: str, options: Options, tree: Optional[ast.Module],
              line_names: Optional[Callable[[int], str]] = None, project: Optional[Neighbours] = None,
              within: Optional[Sequence[Span]] = None) -> List[Finding]:
    # strict-defaults judges layers with no initializer written at all: no word for the prefilter to find
    everything = options.full_analysis or options.strict_defaults
    follow = project is not None and project.may_import(source)
    if not (everything or follow) and not may_fire(source):
        return []
    if tree is None:
        tree, source = _parse(source)
    appendix: Optional[Appendix] = None
    if project is not None and follow:
        own = source if source.endswith(("\n", "\r")) else source + "\n"
        appendix = project.appendix(filename, tree, len(io.StringIO(own, newline=None).readlines()) + 1)
        if appendix is not None:
            source = own + appendix.text
            appendix.attach(tree.body)
            line_names = naming = _AppendedLineNames(appendix, filename, line_names)
    if not everything and follow and not may_fire(source):  # (the appended text included)
        return []
    text = SourceText(source)
    imports = ImportTable()
    imports.collect(tree.body)
    ev = Evaluator(imports, module_constants(tree, imports))
    model = Builder(tree, text, imports, ev).build()
    ctx = Context(model, None, options, filename, line_names)  # the dataflow runs only if a rule needs it
    sites = list(model.sites)
    if options.strict_defaults:
        sites.extend(default_sites(ctx))
    rules = [r() for r in PRIORITY]
    inside = _span_test(within) if within is not None else None
    findings: Dict[int, Optional[Finding]] = {}
    for site in sites:
        node = site.dist.node
        if id(node) in findings or getattr(node, "lineno", None) is None:
            continue  # at most one finding per initializer expression
        if inside is not None and not inside(text.start(node)):
            continue
        if ctx.unselected_arm(site) or ctx.mistyped_argument(site):
            continue  # (never runs: judged by no rule)
        where = appendix.origin(text.start(node)[0]) if appendix is not None else None
        if appendix is not None:
            naming.elsewhere, naming.origin = where is not None, where[0] if where is not None else ""
        for rule in rules:
            verdict = rule.check(site, ctx)
            if verdict is not None:
                line, col = text.start(node)
                # one line always (path:line:col: format); the long explanation rides along for JSON/SARIF
                message = " ".join(verdict.message.split())
                detail = " ".join(verdict.detail.split())
                if where is not None and project is not None:  # written in another file: reported there, unfixed
                    findings[id(node)] = None
                    project.report_foreign(Finding(where[1], col, rule.code, message, where[0], detail=detail))
                else:
                    fix = None if id(node) in model.shared_defaults else verdict.fix
                    findings[id(node)] = Finding(line, col, rule.code, message, filename, fix=fix, detail=detail)
                break
    return [f for f in findings.values() if f is not None]


def _span_test(spans: Sequence[Span]) -> Callable[[Tuple[int, int]], bool]:
    """Whether a position lies in one of `spans` (which do not overlap): a bisection over their starts, so that
    judging the sites of 1,111 fixed spans is not 1,111 tests per site."""
    ordered = sorted(spans)
    starts = [(s.line, s.col) for s in ordered]

    def test(position: Tuple[int, int]) -> bool:
        i = bisect_right(starts, position) - 1
        return i >= 0 and ordered[i].holds(*position)

    return test


class _AppendedLineNames:
    """How messages name lines once a file's imports are appended: an appended line by its own file and line;
    the file's own lines as usual, or with the file's name in a finding reported in another file."""

    def __init__(self, appendix: Appendix, filename: str, line_names: Optional[Callable[[int], str]]) -> None:
        self.appendix, self.filename, self.line_names = appendix, filename, line_names
        self.elsewhere = False  # True while judging a site of the appended text

    def __call__(self, line: int) -> str:
        where = self.appendix.origin(line)
        if where is not None:
            return f"line {where[1]}" if self.elsewhere and where[0] == self.origin \
                else f"line {where[1]} of {os.path.basename(where[0])}"
        own = self.line_names(line) if self.line_names is not None else f"line {line}"
        return f"{own} of {os.path.basename(self.filename)}" if self.elsewhere else own

    origin = ""  # the file of the site being judged


# Python 2 statements that Python 3 cannot parse, rewritten in place so that the rest of a legacy tutorial
# file (a whole network in NumPy) is still judged: `print x` -> `print(x)`, `except E, e:` -> `except E as e:`.
_PY2_PRINT = re.compile(r"^(\s*)print\b(?!\s*[(=.,\[])(.*?)(\s*#.*)?$")
_PY2_EXCEPT = re.compile(r"^(\s*except\s+[\w.]+(?:\s*\([^)]*\))?)\s*,\s*(\w+)\s*:")


def _parse(source: str) -> Tuple[ast.Module, str]:
    """ast.parse, retried once on a percent-format script with its IPython lines blanked and on a Python 2 file
    with its print statements and `except E, e:` rewritten (same lines, so positions stay right). When that does
    not help, the first SyntaxError stands; for a percent script, the error left once its magics are blanked."""
    try:
        return parse(source), source
    except SyntaxError as first:
        retried = source
        if PERCENT_CELL.search(source) or _magic_at(source, first.lineno):
            # a notebook kept as a percent-format script (`# %%` cells, Jupytext / VS Code): its IPython lines
            # (`%matplotlib inline`, `!pip install`) are blanked as in a notebook's cells, line for line
            lines = source.splitlines(keepends=True)
            bodies = [line.rstrip("\r\n") for line in lines]
            retried = "".join(new + line[len(body):] for new, body, line in zip(neutralise_lines(bodies), bodies, lines))
        percent = retried != source
        if "print" in str(first.msg) or "except" in source:
            retried = python2_rewritten(retried)
        if sys.version_info < (3, 12) and _PEP695.search(retried):
            retried = pep695_rewritten(retried)
        if retried == source:
            raise
        try:
            return parse(retried), retried
        except SyntaxError as second:
            # (a script whose magics were blanked: what is left is its real error, `x = Image.Image.` 140 lines on)
            raise (second if percent else first) from None


def _magic_at(source: str, line: Optional[int]) -> bool:
    """Whether the line a SyntaxError points at is an IPython magic or shell line (`%matplotlib inline`,
    `!pip install x`): a notebook exported as a plain script keeps them, and IPython runs it."""
    if not line:
        return False
    lines = source.splitlines()
    return 0 < line <= len(lines) and lines[line - 1].lstrip().startswith(("%", "!"))


# Python 3.12's type parameter syntax, which an older parser rejects: `type Alias = ...`, `def f[T](...)`,
# `class C[T]:` (the start of such a line)
_PEP695 = re.compile(r"^[ \t]*(?:type[ \t]+\w+[ \t]*[\[=]|(?:async[ \t]+)?(?:def|class)[ \t]+\w+[ \t]*\[)", re.MULTILINE)
_PEP695_HEAD = re.compile(r"^([ \t]*)(type|(?:async[ \t]+)?(?:def|class))([ \t]+)(\w+)([ \t]*)")


def pep695_rewritten(source: str) -> str:
    """`source` with Python 3.12's type parameters blanked for an older parser, every other column kept:
    `type Alias[T] = list[T]` -> `Alias         = list[T]`, `def f[T](x: T)` -> `def f   (x: T)`, `class C[T]:`
    likewise (the parameters are types: nothing an initializer reads)."""
    lines = source.splitlines(keepends=True)
    for i, line in enumerate(lines):
        m = _PEP695_HEAD.match(line)
        if m is None or m.group(2) != "type" and not line[m.end():].startswith("["):
            continue
        end = m.end()
        if line[end:].startswith("["):
            depth, j = 0, end
            while j < len(line):
                depth += {"[": 1, "]": -1}.get(line[j], 0)
                j += 1
                if depth == 0:
                    break
            if depth:
                continue  # (parameters over several lines: left as they are)
            line = line[:end] + " " * (j - end) + line[j:]
        if m.group(2) == "type":
            rest = line[m.end():]
            if not rest.lstrip(" \t").startswith("="):
                continue
            # `type X = ...` -> `X      = ...`: the keyword goes, the value keeps its column
            head = m.group(1) + m.group(4)
            line = head + " " * (m.end() - len(head)) + rest
        lines[i] = line
    return "".join(lines)


def python2_rewritten(source: str) -> str:
    """`source` with its Python 2 print statements and `except E, e:` clauses written for Python 3, on the same
    lines (a statement's arguments keep their columns)."""
    lines = source.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        body = lines[i].rstrip("\r\n")
        m = _PY2_PRINT.match(body)
        if m is None:
            lines[i] = _PY2_EXCEPT.sub(r"\1 as \2:", body) + lines[i][len(body):]
            i += 1
            continue
        # the statement ends where its brackets close (`print "{0}".format(\n    a)`) and no `\` continues it
        last, depth = i, _depth(m.group(2))
        while (depth > 0 or lines[last].rstrip().endswith("\\")) and last + 1 < len(lines):
            last += 1
            depth += _depth(lines[last])
        first_args = m.group(2).lstrip()
        if first_args.startswith(">>"):
            first_args = first_args[2:].split(",", 1)[-1] if "," in first_args else ""  # print >>f, x
        tail = lines[last].rstrip("\r\n")
        comment = m.group(3) or "" if last == i else ""
        if last == i:
            lines[i] = f"{m.group(1)}print({first_args.rstrip().rstrip(',')}){comment}" + lines[i][len(body):]
        else:
            lines[i] = f"{m.group(1)}print({first_args}" + lines[i][len(body):]
            lines[last] = f"{tail.rstrip().rstrip(',')})" + lines[last][len(tail):]
        i = last + 1
    return "".join(lines)


def _depth(text: str) -> int:
    """Open minus closed brackets outside string literals (roughly: enough to find a statement's end)."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "", text.split("#", 1)[0])
    return sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")


def default_sites(ctx: Context) -> List[Site]:
    """strict-defaults: layers left to the framework default initializer, as sites of a `default` family."""
    initialised = {s.key for s in ctx.m.sites if s.key}
    blanket_classes = {s.cls.name for s in ctx.m.sites if s.cls is not None and ctx.blanket(s)}
    out: List[Site] = []
    for layer in ctx.m.layers.values():
        if layer.kind != "linear" or layer.has_init_kw or layer.key in initialised:
            continue
        if layer.owner in blanket_classes:
            continue
        q = layer.type_name
        if q.startswith("torch."):
            fam, api = "lecun", "PyTorch default kaiming_uniform_(a=sqrt(5))"
        elif q.startswith("keras.") or q.startswith("tensorflow."):
            fam, api = "xavier", "Keras default glorot_uniform"
        elif q.startswith(("flax.", "haiku.")):
            fam, api = "lecun", "Flax/Haiku default lecun_normal"
        else:
            continue
        d = Dist("family", api, q.split(".")[0], layer.node, family=fam, default=True)
        out.append(Site(d, layer.name, "weight", layer.key, layer, None, None, (), (), 0))
    return out

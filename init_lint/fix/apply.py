"""Apply fix intents to a source text with libcst (only ever imported under `--fix` / `--diff`).

A `Fix` (init_lint.fix.intents) names one expression by its exact span (1-based lines, 0-based character
columns, the expression's own outer parentheses excluded: what `ast` positions give) and says *what* to
change. Here the file is parsed with libcst, the node with exactly that span is found (PositionProvider),
and each intent becomes a node edit, so every byte outside the edited expressions -- formatting, comments,
line endings -- stays as it was.

Nothing is returned unchecked. Before `apply_fixes` hands back a new text it verifies that

1. the new text compiles (when the old one did);
2. pyflakes finds no undefined name in it that it did not find in the old text (a fix must import what it
   introduces);
3. applying the same fixes again, at the new positions, changes nothing (every intent is idempotent);

and a fix that breaks one of these is refused (with the reason) and the rest are applied again without it.

Layers: `apply_fixes` (verified) -> `rewrite` (one libcst pass, unverified) -> `_edit` (one intent on one
node) and the import resolution (`_resolve_imports`, `_insert_imports`).
"""

from __future__ import annotations

import ast
import re
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

import libcst as cst
from libcst.helpers import get_full_name_for_node
from libcst.metadata import ImportAssignment, MetadataWrapper, PositionProvider, Scope, ScopeProvider

from ..semantic.astutil import parse, parsed_quietly
from .splice import Rewritten
from .intents import (
    Fix,
    Intent,
    KeywordArgument,
    ReplaceExpression,
    ReplaceString,
    ScaleByFanIn,
    Span,
    SwapInitializer,
    SymmetricBounds,
)

__all__ = ["apply_fixes", "apply_fixes_report", "rewrite", "Outcome"]

SpanKey = Tuple[int, int, int, int]


@dataclass
class Outcome:
    """What one pass did. `applied`/`skipped` index the `fixes` sequence it was given; `new_spans[i]` is the
    span of fix i's replacement in `source` (for applied fixes)."""

    source: str
    applied: List[int] = field(default_factory=list)
    skipped: List[Tuple[int, str]] = field(default_factory=list)
    new_spans: Dict[int, Span] = field(default_factory=dict)
    unchanged: List[int] = field(default_factory=list)  # fixes whose intent the code already satisfies
    # each statement rewritten apart; None: the whole module was
    regions: Optional[List[Rewritten]] = field(default=None, compare=False)


def apply_fixes(source: str, fixes: Sequence[Fix]) -> Tuple[str, List[int], List[Tuple[int, str]]]:
    """(new source, indices of the fixes applied, (index, reason) of the fixes not applied). Never raises.

    Every fix ends up in exactly one of the two lists; the new source passed all checks (module docstring)."""
    outcome = apply_fixes_report(source, fixes)
    return outcome.source, outcome.applied, outcome.skipped


def apply_fixes_report(source: str, fixes: Sequence[Fix], tree: Optional[ast.Module] = None) -> Outcome:
    """`apply_fixes` with the new span of each applied fix's replacement (`Outcome.new_spans`). Never raises.
    `tree`: `source` as `ast.parse` reads it, when the caller has it already (where each fix lies)."""
    if not fixes:
        return Outcome(source)
    try:
        return _apply_verified(source, list(fixes), tree)
    except RecursionError:
        return Outcome(source, skipped=[(i, "expression nesting too deep to rewrite") for i in range(len(fixes))])
    except Exception as exc:  # noqa: BLE001 - a fixer bug must not lose the user's file
        reason = f"internal error {type(exc).__name__}: {_one_line(exc)}"
        return Outcome(source, skipped=[(i, reason) for i in range(len(fixes))])


def _apply_verified(source: str, fixes: List[Fix], tree: Optional[ast.Module] = None) -> Outcome:
    refused: Dict[int, str] = {}
    while True:
        active = [i for i in range(len(fixes)) if i not in refused]
        result = rewrite(source, [fixes[i] for i in active], tree)
        # back to indices of `fixes`
        applied = [active[j] for j in result.applied]
        skipped = {active[j]: reason for j, reason in result.skipped}
        skipped.update((active[j], "the code already does what the fix asks") for j in result.unchanged)
        new_spans = {active[j]: span for j, span in result.new_spans.items()}
        if not applied:
            return _outcome(source, [], {**refused, **skipped}, {})
        regions = None if result.regions is None else \
            [r._replace(fixes=[active[j] for j in r.fixes]) for r in result.regions]
        problems = _verify(source, result.source, {i: fixes[i] for i in applied}, new_spans, regions)
        if not problems:
            outcome = _outcome(result.source, applied, {**refused, **skipped}, new_spans)
            outcome.regions = regions
            return outcome
        refused.update(problems)


def _outcome(source: str, applied: List[int], skipped: Dict[int, str], spans: Dict[int, Span]) -> Outcome:
    return Outcome(source, sorted(applied), sorted(skipped.items()), spans)


# ---------------------------------------------------------------------------
# verification


def _verify(old: str, new: str, applied: Dict[int, Fix], spans: Dict[int, Span],
            regions: Optional[List[Rewritten]] = None) -> Dict[int, str]:
    """index -> reason for each applied fix that must be refused; empty when the new text is sound."""
    importing = any(_needs_import(fix) for fix in applied.values())
    uncompiled = None if importing or regions is None else _regions_compile(regions)
    if uncompiled:
        return uncompiled
    problem = _compile_problem(old, new) if uncompiled is None else None
    if problem is not None:
        return {i: f"the fixed code would not compile ({problem})" for i in applied}
    introduced = _new_undefined_names(old, new) if _may_add_names(old, new, applied, spans) else set()
    if introduced:
        blamed = {i: sorted(n for n in introduced if _mentions(new, spans.get(i), n)) for i in applied}
        culprits = {i: names for i, names in blamed.items() if names}
        if not culprits:  # cannot tell which one: refuse them all
            culprits = {i: sorted(introduced) for i in applied}
        return {i: f"the fixed code would use undefined name(s) {', '.join(names)}" for i, names in culprits.items()}
    order = sorted(applied)
    unplaced = [i for i in order if i not in spans]
    if unplaced:
        return {i: "the fix cannot be found again in the fixed code" for i in unplaced}
    settled = None if any(_needs_import(applied[i]) for i in order) \
        else _expressions_settled(new, {i: Fix(spans[i], applied[i].intent, applied[i].imports) for i in order})
    if settled is not None:
        return settled
    again = rewrite(new, [Fix(spans[i], applied[i].intent, applied[i].imports) for i in order])
    if again.applied or again.source != new:
        changed = [order[j] for j in again.applied] or order
        return {i: "the fix is not idempotent (applying it again would change the code again)" for i in changed}
    lost = [order[j] for j, _ in again.skipped]
    if lost:
        return {i: "the fix cannot be found again in the fixed code" for i in lost}
    return {}


def _expressions_settled(new: str, moved: Dict[int, Fix]) -> Optional[Dict[int, str]]:
    """The idempotence check of fixes that need no import, one expression at a time: each replacement, read
    alone from the fixed text at its new span, is what its intent asks already (`_edit` changes nothing); what
    the whole-module pass would find, without parsing the rest. None when a replacement does not read alone
    (a multi-line expression that only its parent's brackets hold): the whole-module pass decides then."""
    lines = _LINE.findall(new)
    problems: Dict[int, str] = {}
    for i, fix in sorted(moved.items()):
        text = _span_text(lines, fix.span)
        if text is None:
            return None
        try:
            node = cst.parse_expression(text)
        except (cst.ParserSyntaxError, ValueError):
            return None
        try:
            changed = _edit(node, fix.intent) is not None
        except _Refused:
            problems[i] = "the fix cannot be found again in the fixed code"
            continue
        if changed:
            problems[i] = "the fix is not idempotent (applying it again would change the code again)"
    return problems


def _needs_import(fix: Fix) -> bool:
    """Whether a fix adds an import (or edits one): its place and presence are decided on the whole module."""
    return bool(_import_texts(fix)) or isinstance(fix.intent, SwapInitializer) and bool(fix.intent.import_from)


def _regions_compile(regions: List[Rewritten]) -> Optional[Dict[int, str]]:
    """The compile check of a rewrite made statement by statement: libcst changed nothing outside those
    statements, so each is compiled alone, before and after (`f() = 1`, `keyword argument repeated`: errors
    `ast.parse` lets through). index -> reason for the fixes of each statement that no longer compiles; None
    when a statement did not compile alone before either (the whole module is compiled then)."""
    problems: Dict[int, str] = {}
    for _, _, _, before, after, indices in regions:
        if not indices:
            continue
        reason = _statements_problem(after)
        if reason is None:
            continue
        if _statements_problem(before) is not None:
            return None
        problems.update((i, f"the fixed code would not compile ({reason})") for i in indices)
    return problems


def _statements_problem(text: str) -> Optional[str]:
    """Why statements taken out of a module do not compile; None when they do, at the top level or as the body
    of a function or a coroutine (a dedented `return ...` of a method, `return await ...`)."""
    body = "".join(" " + line if line.strip() else line for line in text.splitlines(keepends=True))
    reasons: List[str] = []
    for code in (text, "def _():\n" + body, "async def _():\n" + body):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(code, "<fixed>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
            return None
        except (SyntaxError, ValueError) as exc:
            reasons.append(_one_line(getattr(exc, "msg", None) or exc))
        except (RecursionError, MemoryError):
            reasons.append("nesting too deep")
    # (the error of the statements themselves, not of the place they were taken out of: `'return' outside function`)
    return next((r for r in reasons if "outside" not in r), reasons[0])


def _compile_problem(old: str, new: str) -> Optional[str]:
    """Why `new` does not compile while `old` does; None when it compiles (or neither does)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SyntaxWarnings of the user's code are not ours to print
            compile(new, "<fixed>", "exec", dont_inherit=True)
        return None
    except (SyntaxError, ValueError) as exc:
        reason = _one_line(getattr(exc, "msg", None) or exc)
    except (RecursionError, MemoryError):
        reason = "nesting too deep"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(old, "<original>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # it did not compile before either; not the fix's doing
    return reason


def _undefined_names(source: str) -> Dict[str, int]:
    """pyflakes' undefined-name messages (undefined name, local used before assignment, undefined name in
    __all__) by name."""
    from pyflakes import checker, messages

    try:
        tree = parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    found: Dict[str, int] = {}
    for message in checker.Checker(tree, filename="<fix>").messages:
        if isinstance(message, (messages.UndefinedName, messages.UndefinedLocal, messages.UndefinedExport)):
            name = str(message.message_args[0])
            found[name] = found.get(name, 0) + 1
    return found


def _new_undefined_names(old: str, new: str) -> Set[str]:
    before, after = _undefined_names(old), _undefined_names(new)
    return {name for name, count in after.items() if count > before.get(name, 0)}


def _may_add_names(old: str, new: str, applied: Dict[int, Fix], spans: Dict[int, Span]) -> bool:
    """Whether a fix may have made a name undefined: pyflakes (a whole-module pass) is asked only then. A fix
    whose replacement reads no name its original did not (`nn.init.xavier_uniform_(w)` ->
    `nn.init.kaiming_uniform_(w, nonlinearity="relu")`), where the original binds none, cannot."""
    old_lines, new_lines = _LINE.findall(old), _LINE.findall(new)
    for i, fix in applied.items():
        span = spans.get(i)
        before = _expression_names(old_lines, fix.span)
        after = _expression_names(new_lines, span) if span is not None else None
        if before is None or after is None or not after <= before:
            return True
    return False


_BINDING_NODES = (ast.NamedExpr, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _expression_names(lines: List[str], span: Span) -> Optional[Set[str]]:
    """The names an expression reads (None: not readable alone, or it binds names itself)."""
    text = _span_text(lines, span)
    if text is None:
        return None
    try:
        tree = ast.parse("(" + text + "\n)", mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    names: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, _BINDING_NODES):
            return None
        if isinstance(node, ast.Name):
            names.add(node.id)
    return names


def _span_text(lines: List[str], span: Span) -> Optional[str]:
    """The text of a span (lines as `_LINE` splits them); None when it lies outside them."""
    if not 1 <= span.line <= span.end_line <= len(lines):
        return None
    if span.line == span.end_line:
        return lines[span.line - 1][span.col:span.end_col]
    return lines[span.line - 1][span.col:] + "".join(lines[span.line:span.end_line - 1]) \
        + lines[span.end_line - 1][:span.end_col]


def _mentions(source: str, span: Optional[Span], name: str) -> bool:
    if span is None:
        return False
    lines = source.splitlines(keepends=True)
    first, last = span.line - 1, span.end_line - 1
    if not 0 <= first <= last < len(lines):
        return False
    text = "".join(lines[first:last + 1])
    return re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) is not None


# ---------------------------------------------------------------------------
# one pass


@dataclass
class _Target:
    """An accepted fix bound to the node it edits."""

    index: int
    fix: Fix
    node: Optional[cst.BaseExpression] = None
    parent: Optional[cst.CSTNode] = None
    replacement: Optional[cst.BaseExpression] = None
    imports: Tuple[cst.SimpleStatementLine, ...] = ()
    import_from: Optional[Tuple[str, str, cst.Name]] = None  # (module, new name, callee Name) for a bare-name swap


class _Refused(Exception):
    """The intent cannot be applied to this node; str() says why."""


def rewrite(source: str, fixes: Sequence[Fix], tree: Optional[ast.Module] = None) -> Outcome:
    """One libcst pass: every fix is applied, found already satisfied (`unchanged`) or skipped with a reason.
    No verification (see `apply_fixes`).

    libcst parses only what it rewrites: when no fix needs an import (whose place and presence the whole
    module's scopes decide), each top-level statement holding fixes is parsed and edited on its own (it is a
    module by itself: it starts at column 0) and spliced back; otherwise the whole module is."""
    if fixes and not any(_needs_import(f) for f in fixes):
        chunked = _rewrite_by_statement(source, list(fixes), tree)
        if chunked is not None:
            return chunked
    return _rewrite_module(source, fixes)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _rewrite_by_statement(source: str, fixes: List[Fix], tree: Optional[ast.Module] = None) -> Optional[Outcome]:
    """`rewrite` one statement at a time (lines as `ast` counts them): the simple statement that holds a fix,
    dedented, when it stands alone on its lines; else the top-level statement that holds it. None when the
    module does not parse or a fix lies outside every top-level statement (the whole-module pass decides)."""
    plan = _statement_plan(source, fixes, tree)
    if plan is None:
        return None
    regions, region_of = plan
    groups: Dict[int, List[int]] = {}  # region index -> indices of its fixes
    for index in range(len(fixes)):
        groups.setdefault(region_of[index], []).append(index)
    lines = _LINE.findall(source)
    outcome = Outcome(source, regions=[])
    pieces: List[str] = []
    done = 0  # lines of `source` copied or rewritten so far
    shift = 0  # lines the rewritten statements so far added (or removed)
    for where in sorted(groups, key=lambda k: regions[k].first):
        region = regions[where]
        first, last, cut = region.first, region.last, region.cut
        chunk = "".join(line[len(cut):] if stripped else line
                        for line, stripped in zip(lines[first - 1:last], region.marks(last - first + 1)))
        moved = [Fix(Span(f.span.line - first + 1, f.span.col - region.width(f.span.line),
                          f.span.end_line - first + 1, f.span.end_col - region.width(f.span.end_line)),
                     f.intent, f.imports) for f in (fixes[i] for i in groups[where])]
        part = _rewrite_module(chunk, moved)
        if any(reason.startswith("source does not parse") for _, reason in part.skipped):
            return None  # (a statement libcst reads differently alone: the whole module decides)
        new_lines = _LINE.findall(part.source)
        if cut and len(new_lines) != last - first + 1:
            return None  # (a dedented statement whose lines changed in number: re-indenting would guess)
        text = "".join(cut + line if stripped else line
                       for line, stripped in zip(new_lines, region.stripped)) if cut else part.source
        pieces.append("".join(lines[done:first - 1]))
        pieces.append(text)
        done = last
        start = first + shift  # the statement's first line in the new text
        own = groups[where]
        assert outcome.regions is not None
        outcome.regions.append(Rewritten(first, last, cut, chunk, part.source, [own[j] for j in part.applied]))
        outcome.applied.extend(own[j] for j in part.applied)
        outcome.skipped.extend((own[j], reason) for j, reason in part.skipped)
        outcome.unchanged.extend(own[j] for j in part.unchanged)
        for j, span in part.new_spans.items():
            outcome.new_spans[own[j]] = Span(span.line + start - 1, span.col + region.width(first + span.line - 1),
                                             span.end_line + start - 1,
                                             span.end_col + region.width(first + span.end_line - 1))
        shift += len(new_lines) - (last - first + 1)
    pieces.append("".join(lines[done:]))
    outcome.source = "".join(pieces)
    outcome.applied.sort()
    outcome.skipped.sort()
    outcome.unchanged.sort()
    return outcome


@dataclass(frozen=True)
class _Region:
    """Lines [first, last] of the source, rewritten apart: `cut` (an indentation) is taken from the start of each
    line marked in `stripped` before libcst reads them, and given back after."""

    first: int
    last: int
    cut: str = ""
    stripped: Tuple[bool, ...] = ()

    def marks(self, count: int) -> Tuple[bool, ...]:
        return self.stripped if self.cut else (False,) * count

    def width(self, line: int) -> int:
        """How many columns line `line` of the source loses in the region's text."""
        k = line - self.first
        return len(self.cut) if self.cut and 0 <= k < len(self.stripped) and self.stripped[k] else 0


_COMPOUND = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If, ast.For, ast.AsyncFor, ast.While,
             ast.With, ast.AsyncWith, ast.Try) + ((getattr(ast, "TryStar"),) if hasattr(ast, "TryStar") else ()) \
    + ((getattr(ast, "Match"),) if hasattr(ast, "Match") else ())


def _statement_plan(source: str, fixes: List[Fix], tree: Optional[ast.Module] = None
                    ) -> Optional[Tuple[List[_Region], List[int]]]:
    """The regions to rewrite and the region of each fix; None when the module does not parse or a fix lies
    outside every top-level statement. `tree`: `source` parsed already (the lint's tree), else it is parsed here."""
    if tree is None:
        tree = parsed_quietly(source)
        if tree is None:
            return None
    body = tree.body
    tops: List[Tuple[int, int, List[ast.stmt]]] = []  # top-level statements, those sharing a line merged
    for stmt in body:
        first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", ())])
        last = stmt.end_lineno or stmt.lineno
        if tops and first <= tops[-1][1]:
            tops[-1] = (tops[-1][0], max(tops[-1][1], last), tops[-1][2] + [stmt])
        else:
            tops.append((first, last, [stmt]))
    firsts = [t[0] for t in tops]
    where_of: List[int] = []
    for fix in fixes:
        where = bisect_right(firsts, fix.span.line) - 1  # (the last statement starting at or before the fix)
        if where < 0 or fix.span.end_line > tops[where][1]:
            return None
        where_of.append(where)
    lines = _LINE.findall(source)
    fine = [_simple_region(tops[w][2], fix.span, lines) for w, fix in zip(where_of, fixes)]
    # a top-level statement is rewritten apart piece by piece only when each of its fixes lies in a simple
    # statement of its own lines (and two such never overlap): else it is rewritten whole
    whole = {w for w, region in zip(where_of, fine) if region is None}
    regions: List[_Region] = []
    index_of: Dict[Tuple[int, int], int] = {}
    region_of: List[int] = []
    for w, region in zip(where_of, fine):
        chosen = _Region(tops[w][0], tops[w][1]) if w in whole or region is None else region
        key = (chosen.first, chosen.last)
        if key not in index_of:
            index_of[key] = len(regions)
            regions.append(chosen)
        region_of.append(index_of[key])
    ordered = sorted((r.first, r.last) for r in regions)
    if any(a2 <= b1 for (_, b1), (a2, _) in zip(ordered, ordered[1:])):
        return None  # (regions that share a line: the whole-module pass decides)
    return regions, region_of


def _simple_region(stmts: List[ast.stmt], span: Span, lines: List[str]) -> Optional[_Region]:
    """The simple statement below these top-level ones that holds the span, as a region of its own: alone on its
    lines, every line of it indented at least as far as its first (or blank), no string running over a line."""
    found: Optional[ast.stmt] = None
    todo: List[ast.AST] = list(stmts)
    while todo:
        node = todo.pop()
        if not isinstance(node, ast.stmt):
            continue
        start, end = (node.lineno, node.col_offset), (node.end_lineno or node.lineno, node.end_col_offset or 0)
        if not start <= (span.line, span.col) or not (span.end_line, span.end_col) <= end:
            continue
        if isinstance(node, _COMPOUND):
            todo.extend(ast.iter_child_nodes(node))
            continue
        found = node
        break
    if found is None or found.end_lineno is None or found.end_col_offset is None:
        return None
    first, last = found.lineno, found.end_lineno
    cut = lines[first - 1][:found.col_offset]
    if cut.strip() or not cut:
        return None  # (not at the start of its line, or at column 0: the top-level pass is as cheap)
    tail = lines[last - 1][found.end_col_offset:].strip()
    if tail and not tail.startswith("#"):
        return None  # (another statement follows on its last line)
    if any(isinstance(n, (ast.Constant, ast.JoinedStr)) and (n.end_lineno or n.lineno) != n.lineno
           for n in ast.walk(found)):
        return None  # (a string over several lines: its lines are text, not indentation)
    stripped: List[bool] = []
    for k in range(first - 1, last):
        line = lines[k]
        if line.startswith(cut):
            stripped.append(True)
        elif not line.strip():
            stripped.append(False)
        else:
            return None  # (a continuation line indented less than the statement)
    return _Region(first, last, cut, tuple(stripped))


def _rewrite_module(source: str, fixes: Sequence[Fix]) -> Outcome:
    """`rewrite` on the whole module."""
    outcome = Outcome(source)
    if not fixes:
        return outcome
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as exc:
        reason = f"source does not parse (line {exc.raw_line}): {_one_line(exc.message)}"
        outcome.skipped = [(i, reason) for i in range(len(fixes))]
        return outcome

    targets = _accept_non_overlapping(list(fixes), outcome)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)  # `module` is not used again
    _bind_nodes(wrapper, targets, outcome)
    bound = [t for t in targets if t.node is not None]
    edited: List[_Target] = []
    for t in bound:
        try:
            assert t.node is not None
            new = _edit(t.node, t.fix.intent)
            t.imports = tuple(_parse_import(text) for text in _import_texts(t.fix))
        except _Refused as exc:
            outcome.skipped.append((t.index, str(exc)))
            continue
        except (cst.ParserSyntaxError, ValueError) as exc:
            outcome.skipped.append((t.index, f"the fix holds invalid code: {_one_line(exc)}"))
            continue
        if new is None:
            outcome.unchanged.append(t.index)
            continue
        t.replacement = _fitted(t.node, new, t.parent)
        intent = t.fix.intent
        if isinstance(intent, SwapInitializer) and intent.import_from and isinstance(t.node, cst.Call) \
                and isinstance(t.node.func, cst.Name):
            assert isinstance(t.replacement, cst.Call) and isinstance(t.replacement.func, cst.Name)
            t.import_from = (intent.import_from, intent.new_name, t.node.func)
        edited.append(t)
    if not edited:
        outcome.skipped.sort()
        return outcome

    plan = _resolve_imports(wrapper, edited, outcome, source)
    skipped = {i for i, _ in outcome.skipped}
    edited = [t for t in edited if t.index not in skipped]
    if not edited:
        outcome.skipped.sort()
        return outcome

    new_module = wrapper.module.visit(_Replacer(edited, plan.from_edits))
    new_module = _insert_imports(new_module, plan.statements)
    outcome.source = new_module.code
    outcome.applied = sorted(t.index for t in edited)
    outcome.skipped.sort()
    outcome.new_spans = _spans_of(new_module, edited)
    return outcome


def _import_texts(fix: Fix) -> List[str]:
    """The import statements a fix needs: its own, and what its intent implies (deduplicated, in order)."""
    texts = [t.strip() for t in fix.imports]
    intent = fix.intent
    if isinstance(intent, ScaleByFanIn) and intent.import_numpy:
        texts.append("import numpy" if intent.numpy == "numpy" else f"import numpy as {intent.numpy}")
    if isinstance(intent, SwapInitializer) and intent.import_from:
        # the new name's import is handled beside the old name's (`_resolve_imports`)
        own = f"from {intent.import_from} import {intent.new_name}"
        texts = [t for t in texts if " ".join(t.split()) != own]
    return list(dict.fromkeys(t for t in texts if t))


def _key(span: Span) -> SpanKey:
    return (span.line, span.col, span.end_line, span.end_col)


def _overlaps(a: SpanKey, b: SpanKey) -> bool:
    # half-open ranges of (line, col) positions; nesting counts as overlap
    return (a[0], a[1]) < (b[2], b[3]) and (b[0], b[1]) < (a[2], a[3])


def _accept_non_overlapping(fixes: List[Fix], outcome: Outcome) -> List[_Target]:
    """Keep the first of any overlapping fixes."""
    accepted: List[_Target] = []
    for index, fix in enumerate(fixes):
        span = _key(fix.span)
        if (span[0], span[1]) >= (span[2], span[3]):
            outcome.skipped.append((index, "empty or inverted span"))
            continue
        if any(_overlaps(span, _key(t.fix.span)) for t in accepted):
            outcome.skipped.append((index, "overlaps another fix applied in this run; run the fix again"))
            continue
        accepted.append(_Target(index, fix))
    return accepted


class _NodeFinder(cst.CSTVisitor):
    """Binds each target to the outermost expression with exactly its span."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, targets: List[_Target]) -> None:
        super().__init__()
        self._by_span: Dict[SpanKey, _Target] = {_key(t.fix.span): t for t in targets}
        self._parents: List[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self._by_span and isinstance(node, cst.BaseExpression):
            pos = self.get_metadata(PositionProvider, node)
            key = (pos.start.line, pos.start.column, pos.end.line, pos.end.column)
            target = self._by_span.pop(key, None)
            if target is None and isinstance(node, cst.Tuple) and _tight_parens(node):
                # ast counts a parenthesised tuple's own parentheses, libcst does not
                target = self._by_span.pop((key[0], key[1] - 1, key[2], key[3] + 1), None)
            if target is not None:
                target.node = node
                target.parent = self._parents[-1] if self._parents else None
        self._parents.append(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self._parents.pop()


def _tight_parens(node: cst.Tuple) -> bool:
    if len(node.lpar) != 1 or len(node.rpar) != 1:
        return False
    inner_left, inner_right = node.lpar[0].whitespace_after, node.rpar[0].whitespace_before
    return isinstance(inner_left, cst.SimpleWhitespace) and not inner_left.value \
        and isinstance(inner_right, cst.SimpleWhitespace) and not inner_right.value


def _bind_nodes(wrapper: MetadataWrapper, targets: List[_Target], outcome: Outcome) -> None:
    wrapper.visit(_NodeFinder(targets))
    for t in targets:
        if t.node is None:
            outcome.skipped.append((t.index, "no expression at the fix's position (the file changed?)"))


def _spans_of(module: cst.Module, targets: List[_Target]) -> Dict[int, Span]:
    """Where each replacement stands in the new module (its own parentheses excluded)."""
    wanted = {id(t.replacement): t.index for t in targets}
    spans: Dict[int, Span] = {}
    positions = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    for node, pos in positions.items():
        index = wanted.get(id(node))
        if index is not None:
            spans[index] = Span(pos.start.line, pos.start.column, pos.end.line, pos.end.column)
    return spans


# ---------------------------------------------------------------------------
# intents -> node edits


def _edit(node: cst.BaseExpression, intent: Intent) -> Optional[cst.BaseExpression]:
    """The edited node, or None when the code already says what the intent asks; _Refused when it cannot."""
    if isinstance(intent, KeywordArgument):
        new = _keyword_argument(node, intent)
    elif isinstance(intent, SymmetricBounds):
        new = _symmetric_bounds(node, intent)
    elif isinstance(intent, SwapInitializer):
        new = _swap_initializer(node, intent)
    elif isinstance(intent, ReplaceString):
        new = _replace_string(node, intent)
    elif isinstance(intent, ScaleByFanIn):
        new = _parse(_scale_code(intent))
    elif isinstance(intent, ReplaceExpression):
        new = _parse(intent.code)
    else:
        raise _Refused(f"unknown intent {type(intent).__name__}")
    if new is None or _bare_code(new) == _bare_code(node):
        return None
    return new


def _parse(code: str) -> cst.BaseExpression:
    return cst.parse_expression(code.strip())


def _call(node: cst.BaseExpression) -> cst.Call:
    if not isinstance(node, cst.Call):
        raise _Refused(f"expected a call at the fix's position, found {type(node).__name__}")
    if any(a.star for a in node.args):
        raise _Refused("the call passes *args or **kwargs")
    return node


def _positional(call: cst.Call) -> List[cst.Arg]:
    return [a for a in call.args if a.keyword is None]


def _keywords(call: cst.Call) -> Dict[str, cst.Arg]:
    return {a.keyword.value: a for a in call.args if a.keyword is not None}


_TIGHT_EQUAL = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))


def _keyword_argument(node: cst.BaseExpression, intent: KeywordArgument) -> Optional[cst.BaseExpression]:
    call = _call(node)
    positional, keywords = _positional(call), _keywords(call)
    if intent.argument >= len(positional):
        if intent.keyword in keywords:
            return None  # already written as a keyword
        raise _Refused(f"the call has no positional argument {intent.argument + 1}")
    if intent.keyword in keywords:
        raise _Refused(f"the call already passes {intent.keyword}=")
    if intent.argument != len(positional) - 1:
        raise _Refused("another positional argument follows the one to name")
    target = positional[intent.argument]
    named = target.with_changes(keyword=cst.Name(intent.keyword), equal=_TIGHT_EQUAL)
    return call.with_changes(args=[named if a is target else a for a in call.args])


_UPPER_BOUND_KEYWORDS = frozenset({"b", "high", "maxval", "upper", "to"})


def _symmetric_bounds(node: cst.BaseExpression, intent: SymmetricBounds) -> Optional[cst.BaseExpression]:
    call = _call(node)
    positional = _positional(call)
    i = intent.argument
    if i >= len(positional):
        raise _Refused(f"the call has no positional argument {i + 1}")
    lower = positional[i].value
    if i + 1 < len(positional):
        upper = positional[i + 1].value
        if isinstance(lower, cst.UnaryOperation) and isinstance(lower.operator, cst.Minus) \
                and _bare_code(lower.expression) == _bare_code(upper):
            return None  # already (-v, v)
        raise _Refused("the call already passes an upper bound")
    if _UPPER_BOUND_KEYWORDS & set(_keywords(call)):
        raise _Refused("the call already passes an upper bound")
    if isinstance(lower, cst.UnaryOperation) and isinstance(lower.operator, cst.Minus):
        new_lower, new_upper = lower, lower.expression.deep_clone()
    else:
        operand = lower if _strength(lower) >= 12 or lower.lpar else _parenthesized(lower)
        new_lower, new_upper = cst.UnaryOperation(operator=cst.Minus(), expression=operand), lower.deep_clone()
    arg = positional[i]
    first = arg.with_changes(value=new_lower, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    second = cst.Arg(value=new_upper, comma=arg.comma)
    args: List[cst.Arg] = []
    for a in call.args:
        args.extend((first, second) if a is arg else (a,))
    return call.with_changes(args=args)


def _swap_initializer(node: cst.BaseExpression, intent: SwapInitializer) -> Optional[cst.BaseExpression]:
    call = _call(node)
    func = call.func
    if isinstance(func, cst.Name):
        new_func: cst.BaseExpression = func.with_changes(value=intent.new_name)
    elif isinstance(func, cst.Attribute):
        new_func = func.with_changes(attr=func.attr.with_changes(value=intent.new_name))
    else:
        raise _Refused("the initializer is not called by name")
    drop = set(intent.drop_keywords)
    args: List[cst.Arg] = []
    seen_positional = 0
    for a in call.args:
        if a.keyword is None:
            seen_positional += 1
            if intent.keep_positional is not None and seen_positional > intent.keep_positional:
                continue
        elif a.keyword.value in drop:
            continue
        args.append(a)
    for name, code in intent.add_keywords:
        value = _parse(code)
        existing = next((k for k, a in enumerate(args) if a.keyword is not None and a.keyword.value == name), None)
        if existing is not None:
            args[existing] = args[existing].with_changes(value=value)
        else:
            args.append(cst.Arg(value=value, keyword=cst.Name(name), equal=_TIGHT_EQUAL))
    return call.with_changes(func=new_func, args=_commas(args, call.args))


def _commas(args: List[cst.Arg], original: Sequence[cst.Arg]) -> List[cst.Arg]:
    """Each argument keeps its own comma; a new last one takes the original last one's (a trailing comma of a
    multi-line call stays), and an argument that is no longer last gets one."""
    last_comma = original[-1].comma if original else cst.MaybeSentinel.DEFAULT
    out = []
    for k, a in enumerate(args):
        if k == len(args) - 1:
            out.append(a.with_changes(comma=last_comma))
        elif isinstance(a.comma, cst.MaybeSentinel):
            out.append(a.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))))
        else:
            out.append(a)
    return out


_PLAIN_STRING_VALUE = re.compile(r"[A-Za-z0-9_.\- ]*")


def _replace_string(node: cst.BaseExpression, intent: ReplaceString) -> Optional[cst.BaseExpression]:
    if not isinstance(node, cst.SimpleString):
        raise _Refused(f"expected a plain string at the fix's position, found {type(node).__name__}")
    prefix = node.prefix.lower()
    if "b" in prefix or "f" in prefix:
        raise _Refused("not a plain text string")
    if not _PLAIN_STRING_VALUE.fullmatch(intent.new_value):
        raise _Refused(f"cannot write {intent.new_value!r} without escapes")
    return node.with_changes(value=f"{node.prefix}{node.quote}{intent.new_value}{node.quote}")


def _scale_code(intent: ScaleByFanIn) -> str:
    np = intent.numpy
    if intent.draw is not None:
        draw = intent.draw.strip()
        if _strength(_parse(draw)) < 11:
            draw = f"({draw})"
    elif intent.shape:
        draw = f"{np}.random.randn({', '.join(s.strip() for s in intent.shape)})"
    else:
        raise _Refused("no draw and no shape to draw with")
    fan = intent.fan_in.strip()
    if _strength(_parse(fan)) <= 11:  # `2 / a * b` is not `2 / (a * b)`
        fan = f"({fan})"
    return f"{draw} * {np}.sqrt({intent.numerator.strip()} / {fan})"


def _bare_code(node: cst.BaseExpression) -> str:
    """The node's code without its own outer parentheses."""
    if getattr(node, "lpar", None):
        node = node.with_changes(lpar=[], rpar=[])
    return cst.Module(body=[]).code_for_node(node)


def _parenthesized(node: cst.BaseExpression) -> cst.BaseExpression:
    return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


# ---------------------------------------------------------------------------
# precedence: a replacement means the same in its new place

# Binding strength of an expression's top-level operator, loosest first. Atoms bind tightest.
_ATOM = 100
_BINARY_STRENGTH = {
    cst.BitOr: 6,
    cst.BitXor: 7,
    cst.BitAnd: 8,
    cst.LeftShift: 9,
    cst.RightShift: 9,
    cst.Add: 10,
    cst.Subtract: 10,
    cst.Multiply: 11,
    cst.Divide: 11,
    cst.FloorDivide: 11,
    cst.Modulo: 11,
    cst.MatrixMultiply: 11,
    cst.Power: 13,
}


def _strength(node: cst.BaseExpression) -> int:
    if getattr(node, "lpar", None):
        return _ATOM
    if isinstance(node, (cst.NamedExpr, cst.Yield)):
        return -1  # needs parentheses almost everywhere
    if isinstance(node, cst.Lambda):
        return 0
    if isinstance(node, cst.IfExp):
        return 1
    if isinstance(node, cst.BooleanOperation):
        return 2 if isinstance(node.operator, cst.Or) else 3
    if isinstance(node, cst.UnaryOperation):
        return 4 if isinstance(node.operator, cst.Not) else 12
    if isinstance(node, cst.Comparison):
        return 5
    if isinstance(node, cst.BinaryOperation):
        return _BINARY_STRENGTH.get(type(node.operator), 0)
    if isinstance(node, cst.Await):
        return 14
    return _ATOM


# Parents in which any expression but `:=` / `yield` may stand unparenthesised.
_LOOSE_PARENTS = (
    cst.Assign,
    cst.AnnAssign,
    cst.AugAssign,
    cst.Return,
    cst.Expr,
    cst.Arg,
    cst.Element,
    cst.DictElement,
    cst.Index,
    cst.Param,
)


def _fitted(original: cst.BaseExpression, new: cst.BaseExpression, parent: Optional[cst.CSTNode]
            ) -> cst.BaseExpression:
    """The replacement, parenthesised so it means the same in its new place."""
    if original.lpar:
        # keep the user's own parentheses and the whitespace inside them
        return new.with_changes(lpar=original.lpar, rpar=original.rpar)
    if new.lpar:
        return new
    strength = _strength(new)
    if strength >= 0 and isinstance(parent, _LOOSE_PARENTS):
        return new
    if strength >= _strength(original) and strength >= 0:
        return new  # it binds at least as tightly as what stood there unparenthesised
    return _parenthesized(new)


# ---------------------------------------------------------------------------
# imports


def _parse_import(text: str) -> cst.SimpleStatementLine:
    statement = cst.parse_statement(text.strip() + "\n")
    if not (isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1
            and _is_plain_import(statement.body[0])):
        raise ValueError(f"not a single absolute import: {text!r}")
    return statement.with_changes(leading_lines=())


def _is_plain_import(small: cst.BaseSmallStatement) -> bool:
    if isinstance(small, cst.Import):
        return True
    return isinstance(small, cst.ImportFrom) and not small.relative and small.module is not None \
        and not isinstance(small.names, cst.ImportStar)


def _bindings(statement: cst.SimpleStatementLine) -> Iterator[Tuple[str, str, bool]]:
    """(local name, full dotted source, whether a submodule import is enough)."""
    small = statement.body[0]
    if isinstance(small, cst.Import):
        for alias in small.names:
            name = alias.evaluated_name
            if alias.evaluated_alias:
                yield alias.evaluated_alias, name, False
            else:
                # `import a.b` binds `a`; an existing `import a.b.c` also loads a.b
                yield name.split(".")[0], name, True
    elif isinstance(small, cst.ImportFrom) and not isinstance(small.names, cst.ImportStar):
        module = get_full_name_for_node(small.module) if small.module is not None else ""
        for alias in small.names:
            yield alias.evaluated_alias or alias.evaluated_name, f"{module}.{alias.evaluated_name}", False


def _assignment_sources(assignment: ImportAssignment) -> Iterator[str]:
    """Full dotted sources an existing import statement binds to its name."""
    node = assignment.node
    if isinstance(node, cst.Import):
        for alias in node.names:
            bound = alias.evaluated_alias or alias.evaluated_name.split(".")[0]
            if bound == assignment.name:
                yield alias.evaluated_name
    elif isinstance(node, cst.ImportFrom) and not node.relative and node.module is not None:
        if isinstance(node.names, cst.ImportStar):
            return
        module = get_full_name_for_node(node.module)
        for alias in node.names:
            if (alias.evaluated_alias or alias.evaluated_name) == assignment.name:
                yield f"{module}.{alias.evaluated_name}"


def _import_status(scope: Scope, statement: cst.SimpleStatementLine) -> str:
    """'present', 'missing', or a reason the name is taken by something else."""
    status = "present"
    for name, source, submodule in _bindings(statement):
        assignments = list(scope[name])
        if not assignments:
            status = "missing"
            continue
        sources = {s for a in assignments if isinstance(a, ImportAssignment) for s in _assignment_sources(a)}
        if source in sources or (submodule and any(s.startswith(source + ".") for s in sources)):
            continue
        # adding the import would rebind a name the file already uses for something else
        return f"`{name}` already names something else here; cannot add `{_code(statement)}`"
    return status


@dataclass
class _ImportPlan:
    statements: List[cst.SimpleStatementLine] = field(default_factory=list)  # new top-level imports, in order
    # existing `from M import a` statements to edit: id(ImportFrom) -> (names to add, old names to rename away)
    from_edits: Dict[int, "_FromEdit"] = field(default_factory=dict)


@dataclass
class _FromEdit:
    add: List[str] = field(default_factory=list)
    renames: Dict[str, str] = field(default_factory=dict)  # old imported name -> new name (old one unused after)


def _resolve_imports(wrapper: MetadataWrapper, targets: List[_Target], outcome: Outcome, source: str
                     ) -> _ImportPlan:
    """Imports to add, each once, in first-needed order. Resolution is by scope analysis of the edited
    expression, so `import numpy as np` inside the same function, or under another alias, is seen for what it
    is. A swap of a bare imported name (`xavier_uniform_(w)` after `from torch.nn.init import xavier_uniform_`)
    edits the statement that imported the old name: it renames it when nothing else uses it, else adds the new
    name beside it."""
    plan = _ImportPlan()
    if not any(t.imports or t.import_from for t in targets):
        return plan
    scopes = wrapper.resolve(ScopeProvider)
    needed: Dict[str, cst.SimpleStatementLine] = {}
    replaced_callees = {id(t.import_from[2]) for t in targets if t.import_from is not None}
    for t in targets:
        scope = scopes.get(t.node) if t.node is not None else None
        wanted: Dict[str, cst.SimpleStatementLine] = {}
        failure: Optional[str] = None
        for statement in t.imports:
            status = "missing" if scope is None else _import_status(scope, statement)
            if status == "missing":
                wanted[_code(statement)] = statement
            elif status != "present":
                failure = status
                break
        if failure is None and t.import_from is not None and scope is not None:
            module, new_name, callee = t.import_from
            statement = _parse_import(f"from {module} import {new_name}")
            status = _import_status(scope, statement)
            if status == "missing":
                edit = _from_edit(scope, callee, module, new_name, replaced_callees, plan, source)
                if edit is None:
                    wanted[_code(statement)] = statement
            elif status != "present":
                failure = status
        if failure is not None:
            outcome.skipped.append((t.index, failure))
            continue
        for key, statement in wanted.items():
            needed.setdefault(key, statement)
    plan.statements = list(needed.values())
    return plan


def _from_edit(scope: Scope, callee: cst.Name, module: str, new_name: str, replaced: Set[int],
               plan: _ImportPlan, source: str) -> Optional[_FromEdit]:
    """Record the edit of the `from <module> import <old>` statement that binds the callee; None when there
    is no such statement (the new import then goes to the top of the module)."""
    assignments = [a for a in scope[callee.value] if isinstance(a, ImportAssignment)]
    if len(assignments) != 1:
        return None
    assignment = assignments[0]
    node = assignment.node
    if not (isinstance(node, cst.ImportFrom) and not node.relative and node.module is not None
            and not isinstance(node.names, cst.ImportStar) and get_full_name_for_node(node.module) == module):
        return None
    old = next((a.evaluated_name for a in node.names
                if (a.evaluated_alias or a.evaluated_name) == callee.value), None)
    if old is None:
        return None
    edit = plan.from_edits.setdefault(id(node), _FromEdit())
    references = list(assignment.references)
    # renamed only when the replaced calls were its only uses: no other reference, and the name written
    # nowhere else either (`__all__`, strings, getattr)
    only_replaced = all(id(ref.node) in replaced for ref in references) and \
        len(re.findall(rf"(?<![\w.]){re.escape(old)}(?!\w)", source)) == len(references) + 1
    if only_replaced and old not in edit.renames and callee.value == old:
        edit.renames[old] = new_name
    elif new_name not in edit.add and new_name not in edit.renames.values():
        edit.add.append(new_name)
    return edit


def _edit_import_from(node: cst.ImportFrom, edit: _FromEdit) -> cst.ImportFrom:
    assert not isinstance(node.names, cst.ImportStar)
    names = list(node.names)
    present = {a.evaluated_name for a in names if a.asname is None}
    out: List[cst.ImportAlias] = []
    for alias in names:
        new = edit.renames.get(alias.evaluated_name) if alias.asname is None else None
        if new is not None:
            if new in present:
                continue  # already imported under its own name: the old one simply goes
            out.append(alias.with_changes(name=cst.Name(new)))
            present.add(new)
        else:
            out.append(alias)
    for name in edit.add:
        if name not in present:
            out.append(cst.ImportAlias(name=cst.Name(name)))
            present.add(name)
    if not out:
        return node
    last_comma = names[-1].comma if names else cst.MaybeSentinel.DEFAULT
    fixed: List[cst.ImportAlias] = []
    for k, alias in enumerate(out):
        if k == len(out) - 1:
            fixed.append(alias.with_changes(comma=last_comma if node.lpar else cst.MaybeSentinel.DEFAULT))
        elif isinstance(alias.comma, cst.MaybeSentinel):
            fixed.append(alias.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))))
        else:
            fixed.append(alias)
    return node.with_changes(names=fixed)


def _is_docstring(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and len(statement.body) == 1 \
        and isinstance(statement.body[0], cst.Expr) \
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))


def _is_future_import(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, cst.ImportFrom) and s.module is not None and get_full_name_for_node(s.module) == "__future__"
        for s in statement.body)


def _is_import(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, (cst.Import, cst.ImportFrom)) for s in statement.body)


def _insert_imports(module: cst.Module, imports: List[cst.SimpleStatementLine]) -> cst.Module:
    """New imports go after the docstring and the `from __future__` imports, at the head of the import block
    that follows (or in a block of their own)."""
    if not imports:
        return module
    body = list(module.body)
    index = 1 if body and _is_docstring(body[0]) else 0
    while index < len(body) and _is_future_import(body[index]):
        index += 1
    block = list(imports)
    if index < len(body) and _is_import(body[index]):
        # join the existing import block: the new lines take over the blank lines (or comment) that introduced it
        block[0] = block[0].with_changes(leading_lines=body[index].leading_lines)
        body[index] = body[index].with_changes(leading_lines=())
    else:
        if index > 0:
            block[0] = block[0].with_changes(leading_lines=(cst.EmptyLine(),))
        if index < len(body) and not body[index].leading_lines:
            body[index] = body[index].with_changes(leading_lines=(cst.EmptyLine(),))
    body[index:index] = block
    return module.with_changes(body=body)


class _Replacer(cst.CSTTransformer):
    def __init__(self, targets: List[_Target], from_edits: Dict[int, _FromEdit]) -> None:
        super().__init__()
        self._by_node = {id(t.node): t for t in targets}
        self._from_edits = from_edits

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode):  # type: ignore[override]
        target = self._by_node.get(id(original_node))
        if target is not None and target.node is original_node and target.replacement is not None:
            return target.replacement
        edit = self._from_edits.get(id(original_node))
        if edit is not None and isinstance(updated_node, cst.ImportFrom):
            return _edit_import_from(updated_node, edit)
        return updated_node


def _code(node: cst.CSTNode) -> str:
    return cst.Module(body=[]).code_for_node(node).strip()


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]

"""Apply the fixes that rules attach to findings (`init-lint --fix` / `--diff`).

A `Fix` names one expression by its exact source span (libcst positions:
1-based lines, 0-based columns counted in characters, parentheses around
the expression not included) and the code that replaces it.  The fixer
swaps libcst nodes, never text, so every byte outside the replaced
expressions -- formatting, comments, line endings -- stays as it was.

Layers, innermost first:

* `apply_fixes` / `apply_fixes_with_report`: source text + fixes -> new text.
* `fix_source`: lint one source text, keep the fixable findings that are
  selected and not under `# noqa`, apply them.
* `fix_paths`: files and directories on disk -> one unified diff, optionally
  written back (same encoding, BOM, line endings, mode bits and, where the
  user may set it, owner; atomic).
"""

from __future__ import annotations

import ast
import codecs
import difflib
import io
import os
import stat
import tempfile
import tokenize
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

import libcst as cst
from libcst.helpers import get_full_name_for_node
from libcst.metadata import (
    ImportAssignment,
    MetadataWrapper,
    PositionProvider,
    Scope,
    ScopeProvider,
)

from .discovery import discover, display_path
from .engine import INTERNAL_CODE, analyze, noqa_codes
from .finding import Finding, Fix
from .options import DEFAULT_OPTIONS, Options

Span = Tuple[int, int, int, int]  # line, col, end_line, end_col

# ---------------------------------------------------------------------------
# apply_fixes: source text + fixes -> new source text
# ---------------------------------------------------------------------------


@dataclass
class FixOutcome:
    """What `apply_fixes_with_report` did.

    `applied` and `skipped` refer to positions in the `fixes` sequence it was
    given, so a caller can map them back to findings.
    """

    source: str
    applied: List[int] = field(default_factory=list)
    skipped: List[Tuple[int, str]] = field(default_factory=list)


def apply_fixes(source: str, fixes: Sequence[Fix]) -> str:
    """`source` with `fixes` applied; the original text when nothing applies.

    Never raises.  Use `apply_fixes_with_report` to learn which fixes were
    skipped and why.
    """
    return apply_fixes_with_report(source, fixes).source


def apply_fixes_with_report(source: str, fixes: Sequence[Fix]) -> FixOutcome:
    """Apply what can be applied; every fix ends up either applied or skipped."""
    if not fixes:
        return FixOutcome(source)
    try:
        return _apply(source, list(fixes))
    except RecursionError:
        reason = "expression nesting too deep to rewrite"
    except Exception as exc:  # noqa: BLE001 - a fixer bug must not lose the user's file
        reason = f"internal error {type(exc).__name__}: {exc}"
    return FixOutcome(source, skipped=[(i, reason) for i in range(len(fixes))])


@dataclass
class _Target:
    """An accepted fix bound to the node it replaces."""

    index: int
    fix: Fix
    replacement: cst.BaseExpression
    imports: Tuple[cst.SimpleStatementLine, ...]
    node: Optional[cst.BaseExpression] = None
    parent: Optional[cst.CSTNode] = None


def _apply(source: str, fixes: List[Fix]) -> FixOutcome:
    outcome = FixOutcome(source)
    try:
        module = cst.parse_module(source)
    except cst.ParserSyntaxError as exc:
        reason = f"source does not parse (line {exc.raw_line}): {exc.message}"
        outcome.skipped = [(i, reason) for i in range(len(fixes))]
        return outcome

    targets = _accept_non_overlapping(fixes, outcome)
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)  # `module` is not used again
    _bind_nodes(wrapper, targets, outcome)
    targets = [t for t in targets if t.node is not None]
    needed_imports = _resolve_imports(wrapper, targets, outcome)
    targets = [t for t in targets if t.index not in dict(outcome.skipped)]
    if not targets:
        return outcome

    new_module = wrapper.module.visit(_Replacer(targets))
    new_module = _insert_imports(new_module, needed_imports)
    new_source = new_module.code
    problem = _parse_problem(source, new_source)
    if problem is not None:
        outcome.skipped.extend((t.index, f"fixed source would not parse ({problem})") for t in targets)
        outcome.skipped.sort()
        return outcome

    outcome.source = new_source
    outcome.applied = sorted(t.index for t in targets)
    outcome.skipped.sort()
    return outcome


def _span(fix: Fix) -> Span:
    return (fix.line, fix.col, fix.end_line, fix.end_col)


def _overlaps(a: Span, b: Span) -> bool:
    # Half-open ranges of (line, col) positions; nesting counts as overlap.
    return (a[0], a[1]) < (b[2], b[3]) and (b[0], b[1]) < (a[2], a[3])


def _accept_non_overlapping(fixes: List[Fix], outcome: FixOutcome) -> List[_Target]:
    """Parse each fix's code; keep the first of any overlapping fixes."""
    accepted: List[_Target] = []
    for index, fix in enumerate(fixes):
        span = _span(fix)
        if (span[0], span[1]) >= (span[2], span[3]):
            outcome.skipped.append((index, "empty or inverted span"))
            continue
        if any(_overlaps(span, _span(t.fix)) for t in accepted):
            outcome.skipped.append((index, "overlaps another fix applied in this run; run the fix again"))
            continue
        try:
            replacement = cst.parse_expression(fix.replacement.strip())
            imports = tuple(_parse_import(text) for text in fix.imports)
        except (cst.ParserSyntaxError, ValueError) as exc:
            outcome.skipped.append((index, f"rule produced invalid code: {_one_line(exc)}"))
            continue
        accepted.append(_Target(index, fix, replacement, imports))
    return accepted


def _parse_import(text: str) -> cst.SimpleStatementLine:
    statement = cst.parse_statement(text.strip() + "\n")
    if not (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and _is_plain_import(statement.body[0])
    ):
        raise ValueError(f"not a single absolute import: {text!r}")
    return statement.with_changes(leading_lines=())


def _is_plain_import(small: cst.BaseSmallStatement) -> bool:
    if isinstance(small, cst.Import):
        return True
    return (
        isinstance(small, cst.ImportFrom)
        and not small.relative
        and small.module is not None
        and not isinstance(small.names, cst.ImportStar)
    )


class _NodeFinder(cst.CSTVisitor):
    """Binds each target to the outermost expression with exactly its span."""

    METADATA_DEPENDENCIES = (PositionProvider,)

    def __init__(self, targets: List[_Target]) -> None:
        super().__init__()
        self._by_span: Dict[Span, _Target] = {_span(t.fix): t for t in targets}
        self._parents: List[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if self._by_span and isinstance(node, cst.BaseExpression):
            pos = self.get_metadata(PositionProvider, node)
            target = self._by_span.pop((pos.start.line, pos.start.column, pos.end.line, pos.end.column), None)
            if target is not None:
                target.node = node
                target.parent = self._parents[-1] if self._parents else None
        self._parents.append(node)
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        self._parents.pop()


def _bind_nodes(wrapper: MetadataWrapper, targets: List[_Target], outcome: FixOutcome) -> None:
    wrapper.visit(_NodeFinder(targets))
    for t in targets:
        if t.node is None:
            outcome.skipped.append((t.index, "no expression at the fix's position (the file changed?)"))


# --- imports ---------------------------------------------------------------


def _bindings(statement: cst.SimpleStatementLine) -> Iterator[Tuple[str, str, bool]]:
    """(local name, full dotted source, whether a submodule import is enough)."""
    small = statement.body[0]
    if isinstance(small, cst.Import):
        for alias in small.names:
            name = alias.evaluated_name
            if alias.evaluated_alias:
                yield alias.evaluated_alias, name, False
            else:
                # `import a.b` binds `a`; an existing `import a.b.c` also loads a.b.
                yield name.split(".")[0], name, True
    else:
        module = get_full_name_for_node(small.module)
        for alias in small.names:  # type: ignore[union-attr] - star excluded by _parse_import
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


def _import_status(scope: Scope, statement: cst.SimpleStatementLine) -> Optional[str]:
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
        # Adding the import would rebind a name the file already uses for
        # something else; the rule's code would then mean something else too.
        return f"`{name}` already names something else here; cannot add `{_code(statement)}`"
    return status


def _resolve_imports(
    wrapper: MetadataWrapper, targets: List[_Target], outcome: FixOutcome
) -> List[cst.SimpleStatementLine]:
    """Imports to add, each once, in first-needed order.  Resolution is by
    scope analysis of the replaced expression, so `import numpy as np` inside
    the same function, or under another alias, is seen for what it is."""
    if not any(t.imports for t in targets):
        return []
    scopes = wrapper.resolve(ScopeProvider)
    needed: Dict[str, cst.SimpleStatementLine] = {}
    for t in targets:
        scope = scopes.get(t.node)
        wanted = {}
        for statement in t.imports:
            status = "missing" if scope is None else _import_status(scope, statement)
            if status == "missing":
                wanted[_code(statement)] = statement
            elif status != "present":
                outcome.skipped.append((t.index, status))
                break
        else:
            for key, statement in wanted.items():
                needed.setdefault(key, statement)
    return list(needed.values())


def _is_docstring(statement: cst.CSTNode) -> bool:
    return (
        isinstance(statement, cst.SimpleStatementLine)
        and len(statement.body) == 1
        and isinstance(statement.body[0], cst.Expr)
        and isinstance(statement.body[0].value, (cst.SimpleString, cst.ConcatenatedString))
    )


def _is_future_import(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, cst.ImportFrom) and s.module is not None and get_full_name_for_node(s.module) == "__future__"
        for s in statement.body
    )


def _is_import(statement: cst.CSTNode) -> bool:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(s, (cst.Import, cst.ImportFrom)) for s in statement.body
    )


def _insert_imports(module: cst.Module, imports: List[cst.SimpleStatementLine]) -> cst.Module:
    """Put new imports after the docstring and `from __future__` imports."""
    if not imports:
        return module
    body = list(module.body)
    index = 1 if body and _is_docstring(body[0]) else 0
    while index < len(body) and _is_future_import(body[index]):
        index += 1
    block = list(imports)
    if index < len(body) and _is_import(body[index]):
        # Join the existing import block: the new lines take over the blank
        # lines (or comment) that introduced it.
        block[0] = block[0].with_changes(leading_lines=body[index].leading_lines)
        body[index] = body[index].with_changes(leading_lines=())
    else:
        if index > 0:
            block[0] = block[0].with_changes(leading_lines=(cst.EmptyLine(),))
        if index < len(body) and not body[index].leading_lines:
            body[index] = body[index].with_changes(leading_lines=(cst.EmptyLine(),))
    body[index:index] = block
    return module.with_changes(body=body)


# --- replacing expressions ---------------------------------------------------

# Binding strength of an expression's top-level operator, loosest first.
# Atoms (names, calls, attributes, literals, displays) bind tightest.
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


def _fitted(target: _Target) -> cst.BaseExpression:
    """The replacement, parenthesised so it means the same in its new place."""
    original, new = target.node, target.replacement
    assert original is not None
    if original.lpar:
        # Keep the user's own parentheses and the whitespace inside them.
        return new.with_changes(lpar=original.lpar, rpar=original.rpar)
    if new.lpar:
        return new
    strength = _strength(new)
    if strength >= 0 and isinstance(target.parent, _LOOSE_PARENTS):
        return new
    if strength >= _strength(original) and strength >= 0:
        # It binds at least as tightly as what stood there unparenthesised.
        return new
    return new.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


class _Replacer(cst.CSTTransformer):
    def __init__(self, targets: List[_Target]) -> None:
        super().__init__()
        self._by_node = {id(t.node): t for t in targets}

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode):
        target = self._by_node.get(id(original_node))
        if target is None or target.node is not original_node:
            return updated_node
        return _fitted(target)


# --- checks ------------------------------------------------------------------


def _parse_problem(original: str, new: str) -> Optional[str]:
    """Why `new` is not valid Python, or None.  The interpreter's own parser
    is the judge whenever it accepts the original (libcst is more lenient
    about some constructs, e.g. targets of assignments)."""
    try:
        cst.parse_module(new)
    except cst.ParserSyntaxError as exc:
        return _one_line(exc.message)
    try:
        ast.parse(original)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    try:
        ast.parse(new)
    except (SyntaxError, ValueError) as exc:
        return _one_line(exc)
    except (RecursionError, MemoryError):
        return "nesting too deep"
    return None


def _code(node: cst.CSTNode) -> str:
    return cst.Module(body=[]).code_for_node(node).strip()


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]


# ---------------------------------------------------------------------------
# fix_source: lint one source text and apply its fixes
# ---------------------------------------------------------------------------


def _under_noqa(finding: Finding, lines: List[str]) -> bool:
    """True when any line the fix touches (or the finding's line) carries a
    noqa that covers the finding's code: bare, or listing that code."""
    fix = finding.fix
    assert fix is not None
    first, last = min(finding.line, fix.line), max(finding.line, fix.end_line)
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        codes = noqa_codes(lines[number - 1])
        if codes is not None and (not codes or any(finding.code.startswith(c) for c in codes)):
            return True
    return False


def _where(finding: Finding) -> str:
    return f"{finding.line}:{finding.col + 1}: {finding.code}"


def fix_source(
    source: str, filename: str = "<stdin>", options: Options = DEFAULT_OPTIONS
) -> Tuple[str, List[Finding], List[str]]:
    """(new source, findings whose fix was applied, messages about fixes not
    applied).  Findings under `# noqa` or not selected are left alone
    silently, as they are not reported either."""
    findings = analyze(source, filename, options)
    lines = source.splitlines()
    # A file the engine could not analyse gets no fixes; say so even when
    # INI900 is not selected, or the user would think it was fixed.
    skipped = [f"{_where(f)} {f.message}; nothing fixed" for f in findings if f.code == INTERNAL_CODE]
    fixable = [
        f for f in findings
        if f.fix is not None and options.wants(f.code) and not _under_noqa(f, lines)
    ]
    outcome = apply_fixes_with_report(source, [f.fix for f in fixable])  # type: ignore[misc]
    applied = [fixable[i] for i in outcome.applied]
    skipped.extend(f"{_where(fixable[i])} not fixed: {reason}" for i, reason in outcome.skipped)
    return outcome.source, applied, skipped


# ---------------------------------------------------------------------------
# fix_paths: files on disk
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFile:
    """A Python file as read from disk, with what it takes to write it back
    byte-identical except for the fixes."""

    path: str
    raw: bytes
    text: str  # decoded, BOM removed, line endings normalised to "\n"
    encoding: str
    bom: bool
    newline: str
    mode: int
    owner: Tuple[int, int] = (-1, -1)  # uid, gid


class UnfixableFile(Exception):
    """A file the fixer leaves alone; the message says why."""


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    present = [style for style, count in (("\r\n", crlf), ("\r", cr), ("\n", lf)) if count]
    if len(present) > 1:
        # Writing back one style would rewrite lines the fixes never touched.
        raise UnfixableFile("mixed line endings; not fixed")
    return present[0] if present else "\n"


def read_source_file(path: str) -> SourceFile:
    """Read and decode `path`; raises OSError or UnfixableFile."""
    with open(path, "rb") as handle:
        raw = handle.read()
    info = os.stat(path)
    mode = stat.S_IMODE(info.st_mode)
    bom = raw.startswith(codecs.BOM_UTF8)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        decoded = raw[len(codecs.BOM_UTF8):].decode(encoding) if bom else raw.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        raise UnfixableFile(f"cannot decode: {_one_line(exc)}") from None
    newline = _newline_style(decoded)
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    source = SourceFile(path, raw, text, encoding, bom, newline, mode, (info.st_uid, info.st_gid))
    if encode_source(source, text) != raw:
        raise UnfixableFile(f"cannot reproduce its bytes from the decoded text ({encoding}); not fixed")
    return source


def encode_source(source: SourceFile, text: str) -> bytes:
    """`text` in the file's own encoding, BOM and line endings."""
    if source.newline != "\n":
        text = text.replace("\n", source.newline)
    data = text.encode(source.encoding)
    return codecs.BOM_UTF8 + data if source.bom else data


def _read_current_bytes(path: str) -> bytes:
    """The file's bytes right now (separate so tests can simulate an editor
    saving the file between our read and our write)."""
    with open(path, "rb") as handle:
        return handle.read()


def write_atomically(path: str, data: bytes, mode: int, owner: Tuple[int, int] = (-1, -1)) -> None:
    """Replace `path` by `data` in one step: readers see the old file or the
    new one, never a half-written one.  A symlink is followed, not replaced.
    The new file gets `mode`, and `owner` (uid, gid) when this process may
    give it away (root fixing another user's file); otherwise it is ours."""
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    with tempfile.NamedTemporaryFile(
        dir=directory, prefix=f".{os.path.basename(target)}.", suffix=".init-lint.tmp", delete=False
    ) as handle:
        temp = handle.name
        try:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            os.unlink(temp)
            raise
    try:
        _give_to(temp, owner)
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        os.unlink(temp)
        raise


def _give_to(path: str, owner: Tuple[int, int]) -> None:
    if owner == (-1, -1) or not hasattr(os, "chown"):
        return
    info = os.stat(path)
    if (info.st_uid, info.st_gid) == owner:
        return
    try:
        os.chown(path, *owner)
    except OSError:
        pass  # not permitted: the file stays ours, as with any editor's save


def unified_diff(path: str, old: str, new: str) -> str:
    """A `diff -u` / `patch -p0` compatible diff of one file."""
    lines = difflib.unified_diff(_diff_lines(old), _diff_lines(new), fromfile=path, tofile=path)
    return "".join(lines)


def _diff_lines(text: str) -> List[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


def _fix_file(path: str, options: Options, write: bool) -> Tuple[str, List[str]]:
    """(diff, messages) for one file."""
    if path.endswith(".ipynb"):
        return "", [f"{path}: notebooks are not fixed"]
    try:
        source = read_source_file(path)
    except OSError as exc:
        return "", [f"{path}: cannot read: {exc.strerror or _one_line(exc)}"]
    except UnfixableFile as exc:
        return "", [f"{path}: {exc}"]

    new_text, applied, skipped = fix_source(source.text, path, options)
    messages = [f"{path}:{message}" for message in skipped]
    if new_text == source.text:
        return "", messages
    diff = unified_diff(path, source.text, new_text)
    if not write:
        return diff, messages

    try:
        data = encode_source(source, new_text)
    except UnicodeEncodeError as exc:
        return "", messages + [f"{path}: fixed code cannot be encoded as {source.encoding} ({exc.reason}); not fixed"]
    try:
        if _read_current_bytes(path) != source.raw:
            return "", messages + [f"{path}: changed on disk since it was read; not fixed"]
        write_atomically(path, data, source.mode, source.owner)
    except OSError as exc:
        return "", messages + [f"{path}: cannot write: {exc.strerror or _one_line(exc)}; not fixed"]
    count = len(applied)
    codes = ", ".join(sorted({f.code for f in applied}))
    return diff, messages + [f"{path}: fixed {count} finding{'s' if count != 1 else ''} ({codes})"]


def fix_paths(paths: List[str], options: Options = DEFAULT_OPTIONS, write: bool = False) -> Tuple[str, List[str]]:
    """Fix files and directories (walked as `init_lint.discovery` walks them).

    Returns the unified diff of all changes (what `--diff` prints) and
    one-line messages: per file that was fixed, and per file or fix that was
    left alone and why.  With `write`, changed files are written back.
    """
    # The same file set, order and skipping rules as linting uses.
    found = discover(paths)
    messages = [f"{display_path(path)}: no such file or directory" for path in found.missing]
    diffs: List[str] = []
    for path in found.files:
        diff, file_messages = _fix_file(path, options, write)
        if diff:
            diffs.append(diff)
        messages.extend(file_messages)
    return "".join(diffs), messages

"""The fixed module's `ast` tree, made from the original's: the statements a statement-by-statement rewrite
changed are parsed alone and put in place of the old ones, so the second look at the fixed code (is any fix
flagged again?) does not parse the whole file again.

Only where no rewritten statement changed its number of lines (every position after it stays right); otherwise
`spliced` says None and the caller parses the fixed text. The original tree is not changed: the statements on the
way down to a replaced one are copied (shallow), everything else is shared.
"""

from __future__ import annotations

import ast
import copy
from bisect import bisect_right
from typing import List, NamedTuple, Optional, Sequence, Tuple

from ..semantic.astutil import parsed_quietly
from ..semantic.model import forget_annotations


class Rewritten(NamedTuple):
    """Lines [first, last] of the source, rewritten apart: their text without the indentation `cut` before and
    after the rewrite, and the fixes applied in them (indices of the fixes the pass was given)."""

    first: int
    last: int
    cut: str
    before: str
    after: str
    fixes: List[int]


# the fields of a compound statement that hold statements
_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


def spliced(tree: ast.Module, regions: Sequence[Rewritten]) -> Optional[ast.Module]:
    """`tree` with each rewritten region's statements parsed anew in place of its old ones; None when a region
    changed its number of lines, does not parse alone, or is not found as whole statements of the tree."""
    module = ast.Module(body=list(tree.body), type_ignores=tree.type_ignores)
    # (where each top-level statement starts: a region is found by bisection, not by a scan of the module)
    starts = [_lines(s)[0] for s in module.body]
    for region in regions:
        if region.after == region.before:
            continue
        if region.after.count("\n") != region.before.count("\n") \
                or region.after.endswith("\n") != region.before.endswith("\n"):
            return None
        parsed = parsed_quietly(region.after)
        if parsed is None:
            return None
        new = parsed.body
        width = len(region.cut)
        for stmt in new:
            ast.increment_lineno(stmt, region.first - 1)
            if width:
                for n in ast.walk(stmt):
                    for attr in ("col_offset", "end_col_offset"):
                        value = getattr(n, attr, None)
                        if value is not None:
                            setattr(n, attr, value + width)
        if not _replace(module, region, new, starts):
            return None
    return module


def _lines(node: ast.AST) -> Tuple[int, int]:
    """The first and last line of a statement (its decorators included), an except handler or a match case."""
    if isinstance(node, ast.stmt) or isinstance(node, ast.excepthandler):
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", ())])
        return first, node.end_lineno or node.lineno
    body = getattr(node, "body", None) or [node]  # (a match case has no position of its own)
    pattern = getattr(node, "pattern", None)
    first = pattern.lineno if pattern is not None else _lines(body[0])[0]
    return first, _lines(body[-1])[1]


def _holds(node: ast.AST, line: int) -> bool:
    first, last = _lines(node)
    return first <= line <= last


def _replace(module: ast.Module, region: Rewritten, new: List[ast.stmt], starts: List[int]) -> bool:
    """Put `new` in place of the statements that make up lines [first, last] at column len(cut), copying the
    compound statements on the way down (the original tree stays as it was)."""
    holder: ast.AST = module
    field = "body"
    path: List[ast.AST] = []  # the statements copied on the way down
    depth = 0
    while depth < 200:
        depth += 1
        stmts: List[ast.AST] = getattr(holder, field)
        if holder is module:
            at = bisect_right(starts, region.first) - 1  # (statements replaced keep their lines: starts hold)
            while at > 0 and _holds(stmts[at - 1], region.first):
                at -= 1  # (the first of the statements sharing the line: `w = ...; nn.init.normal_(w, 0.06)`)
            index: Optional[int] = at if at >= 0 and _holds(stmts[at], region.first) else None
        else:
            index = next((i for i, s in enumerate(stmts) if _holds(s, region.first)), None)
        if index is None:
            return False
        found = stmts[index]
        if isinstance(found, ast.stmt) and _lines(found)[0] == region.first and found.col_offset == len(region.cut):
            end = index
            while end < len(stmts) and _lines(stmts[end])[1] <= region.last:
                end += 1
            old = stmts[index:end]
            if len(old) != len(new) or not old or _lines(old[-1])[1] != region.last:
                return False
            for stmt in old:
                forget_annotations(stmt)  # (keys an analysis read off a statement that is gone)
            stmts[index:end] = new
            # a statement that ended where the replaced ones did (its last line was theirs) ends where they do now
            old_end = (old[-1].end_lineno, old[-1].end_col_offset)  # type: ignore[attr-defined]
            for outer in path:
                if (getattr(outer, "end_lineno", None), getattr(outer, "end_col_offset", None)) == old_end:
                    outer.end_col_offset = new[-1].end_col_offset  # type: ignore[attr-defined]
            return True
        inner = copy.copy(found)  # (a compound statement, an except handler or a match case on the way down)
        path.append(inner)
        stmts[index] = inner
        for name in _BODIES:
            held = getattr(inner, name, None)
            if isinstance(held, list) and any(_holds(s, region.first) for s in held):
                setattr(inner, name, list(held))
                holder, field = inner, name
                break
        else:
            return False
    return False

"""Build `Fix` objects from libcst nodes (rendered, located by position)."""

from __future__ import annotations

from typing import Optional, Sequence

import libcst as cst

from ..finding import Fix


def replace_node(ctx, old: cst.CSTNode, new: cst.CSTNode, imports: Sequence[str] = ()) -> Optional[Fix]:
    pos = ctx.positions.get(old)
    if pos is None:
        return None
    code = ctx.m.module.code_for_node(new)
    return Fix(pos.start.line, pos.start.column, pos.end.line, pos.end.column, code, tuple(imports))

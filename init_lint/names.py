"""Import/alias resolution and canonical names for framework APIs.

Every spelling a user can write (``np.random.randn``, ``from torch.nn import
init; init.normal_``, ``tf.compat.v1.truncated_normal``,
``from flax import linen as nn; nn.initializers.zeros``) is reduced to one
canonical dotted name, so the evaluator only knows one table per framework.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional

import libcst as cst

from .cstutil import children

# CONVENTIONAL (aliases used when a file does not import the name itself), the module prefixes
# that are the same API under another path, and canonical() live in the libcst-free triggers
# module, so the cheap scan and the semantic model resolve names from one table.
from .vocab.triggers import CONVENTIONAL, canonical

# Statements that may hold an import somewhere below them (concrete libcst classes, never subclassed).
_IMPORT_HOLDERS = frozenset({cst.SimpleStatementLine, cst.If, cst.Try, cst.TryStar, cst.IndentedBlock,
                             cst.FunctionDef, cst.ClassDef, cst.With, cst.Else, cst.ExceptHandler, cst.Finally})


def dotted(node: cst.BaseExpression) -> Optional[str]:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    parts = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


def _module_name(node) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_module_name(node.value)}.{node.attr.value}"
    return ""


class ImportTable:
    """Maps a local name to the dotted name it was imported as."""

    def __init__(self) -> None:
        self.names: Dict[str, str] = {}
        self.imported_modules: set = set()
        self.bound: set = set()  # every local name an import binds (relative and star imports included)
        self.star = False  # `from x import *`: any name may be defined

    def add_import(self, node: cst.Import) -> None:
        for alias in node.names:
            full = _module_name(alias.name)
            self.bound.add(full.split(".")[0] if alias.asname is None else getattr(alias.asname.name, "value", ""))
            self.imported_modules.add(full.split(".")[0])
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                self.names[alias.asname.name.value] = full
            else:
                head = full.split(".")[0]
                self.names[head] = head

    def add_import_from(self, node: cst.ImportFrom) -> None:
        if isinstance(node.names, cst.ImportStar):
            self.star = True
            return
        for alias in node.names:
            asname = alias.asname.name if alias.asname is not None else alias.name
            if isinstance(asname, cst.Name):
                self.bound.add(asname.value)
        if node.relative or node.module is None:
            return
        module = _module_name(node.module)
        self.imported_modules.add(module.split(".")[0])
        for alias in node.names:
            name = _module_name(alias.name)
            local = name
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                local = alias.asname.name.value
            self.names[local] = f"{module}.{name}"

    def collect(self, stmts: Iterable[cst.CSTNode]) -> None:
        """Imports anywhere in the given statements (module, try/except, functions)."""
        stack = list(stmts)
        while stack:
            node = stack.pop()
            t = type(node)  # exact types: isinstance on libcst's abstract node classes is ~4x slower
            if t is cst.Import:
                self.add_import(node)
            elif t is cst.ImportFrom:
                self.add_import_from(node)
            elif t in _IMPORT_HOLDERS:
                stack.extend(children(node))

    def uses_flax(self) -> bool:
        return "flax" in self.imported_modules or "haiku" in self.imported_modules

    def resolve(self, node: cst.BaseExpression) -> Optional[str]:
        """Canonical qualified name of a Name/Attribute chain, or None."""
        d = dotted(node)
        if d is None:
            return None
        head, _, rest = d.partition(".")
        if head in self.names:
            full = self.names[head]
        elif head == "nn" and self.uses_flax():
            full = "flax.linen"
        elif head in CONVENTIONAL:
            full = CONVENTIONAL[head]
        else:
            return d
        return canonical(f"{full}.{rest}" if rest else full)

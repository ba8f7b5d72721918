"""Import/alias resolution and canonical names for framework APIs (on the standard `ast` tree).

Every spelling a user can write (``np.random.randn``, ``from torch.nn import
init; init.normal_``, ``tf.compat.v1.truncated_normal``,
``from flax import linen as nn; nn.initializers.zeros``) is reduced to one
canonical dotted name, so the evaluator only knows one table per framework.
"""

from __future__ import annotations

import ast
from typing import Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

from ..vocab.triggers import CONVENTIONAL, canonical
from .astutil import dotted

__all__ = ["ImportTable", "dotted"]

# Statements that may hold an import somewhere below them (the old engine's libcst holders: if / try /
# with / def / class and their else / except / finally blocks; not for / while / match bodies).
_IMPORT_HOLDERS: FrozenSet[type] = frozenset({
    ast.If, ast.Try, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.With, ast.AsyncWith, ast.ExceptHandler})
# the statement lists of each holder, in field order
_BLOCKS: Dict[type, Tuple[str, ...]] = {
    t: tuple(f for f in getattr(t, "_fields") if f in ("body", "handlers", "orelse", "finalbody")) for t in _IMPORT_HOLDERS}
# try/except*: libcst's ExceptStarHandler was no holder, so only its body/else/finally blocks are searched.
_TRY_STAR: Optional[type] = getattr(ast, "TryStar", None)


class ImportTable:
    """Maps a local name to the dotted name it was imported as."""

    # The qualified names a star import can bring in that the model asks about: the evaluator's initializer and
    # factory tables (it fills this when it is imported). `from keras.initializers import *` then
    # `glorot_uniform(seed=0)` is Keras' Glorot; a name the tables do not know stays unresolved.
    star_members: FrozenSet[str] = frozenset()
    _star_prefixes: FrozenSet[str] = frozenset()

    @classmethod
    def know_star_members(cls, qnames: Iterable[str]) -> None:
        cls.star_members = frozenset(qnames)
        cls._star_prefixes = frozenset(q.rsplit(".", i)[0] for q in cls.star_members for i in range(1, q.count(".")))

    def __init__(self) -> None:
        self.names: Dict[str, str] = {}
        self.imported_modules: Set[str] = set()
        self.bound: Set[str] = set()  # every local name an import binds (relative and star imports included)
        self.star = False  # `from x import *`: any name may be defined
        self.star_modules: List[str] = []  # the modules of absolute star imports, canonical
        self._file_bound: Set[str] = set()  # with star imports: every name the file binds (never a star's)
        self._resolved: Dict[str, str] = {}  # dotted text -> canonical name (the model asks ~1,000 times a file)
        self._by_node: Dict[int, Tuple[Optional[ast.AST], Optional[str]]] = {}  # id(node) -> (node, resolve(node))
        self.modules: Set[str] = set()  # local names `import x` / `import x as y` bind to a module
        self.self_modules: Dict[str, str] = {}  # self attribute -> the array module it holds (`self.xp = np`)

    def add_import(self, node: ast.Import) -> None:
        self._resolved.clear()
        self._by_node.clear()
        for alias in node.names:
            full = alias.name
            head = full.split(".")[0]
            self.bound.add(head if alias.asname is None else alias.asname)
            self.imported_modules.add(head)
            if alias.asname is not None:
                self.names[alias.asname] = full
                self.modules.add(alias.asname)
            else:
                self.names[head] = head
                self.modules.add(head)

    def add_import_from(self, node: ast.ImportFrom) -> None:
        self._resolved.clear()
        self._by_node.clear()
        if any(a.name == "*" for a in node.names):
            self.star = True
            if not node.level and node.module:
                self.star_modules.append(canonical(node.module))
            return
        for alias in node.names:
            self.bound.add(alias.asname if alias.asname is not None else alias.name)
        if node.level or node.module is None:
            return
        module = node.module
        self.imported_modules.add(module.split(".")[0])
        for alias in node.names:
            local = alias.asname if alias.asname is not None else alias.name
            self.names[local] = f"{module}.{alias.name}"

    def collect(self, stmts: Iterable[ast.AST]) -> None:
        """Imports anywhere in the given statements (module, if/try/with, functions, classes).

        Same visiting order as the old engine (last statement first, depth first), so when a name is
        imported twice the binding that wins is the same."""
        stack: List[ast.AST] = list(stmts)
        holders = _IMPORT_HOLDERS
        self_assigns: List[ast.Assign] = []  # assignments to attributes in the blocks walked (_collect_self_modules)
        while stack:
            node = stack.pop()
            t = type(node)
            if t is ast.Import:
                self.add_import(node)  # type: ignore[arg-type]
            elif t is ast.ImportFrom:
                self.add_import_from(node)  # type: ignore[arg-type]
            elif t is ast.Assign:
                if any(type(tg) is ast.Attribute for tg in node.targets):  # type: ignore[attr-defined]
                    self_assigns.append(node)  # type: ignore[arg-type]
            elif t in holders:
                # children() in field order, but only the statement blocks: a holder's other children (tests,
                # decorators, arguments, bases, with-items, exception types) hold no statement
                for name in _BLOCKS[t]:
                    stack.extend(getattr(node, name))
            elif t is _TRY_STAR:
                stack.extend(node.body + node.orelse + node.finalbody)  # type: ignore[attr-defined]
        self._collect_aliases(stmts)
        if self.star_modules:
            self._file_bound = _names_bound(stmts)
        if self_assigns and self.modules:
            self._collect_self_modules(self_assigns)

    def _collect_aliases(self, stmts: Iterable[ast.AST]) -> None:
        """A module-level name bound once to an imported API (`default_init = nn.initializers.xavier_uniform`,
        `Dense = tf.keras.layers.Dense`) is that API wherever the module reads it, as an import alias is."""
        found: Dict[str, str] = {}
        bound_twice: Set[str] = set()
        for stmt in stmts:
            t = type(stmt)
            if t is ast.Assign:
                targets = stmt.targets  # type: ignore[attr-defined]
                value = stmt.value  # type: ignore[attr-defined]
                names = [n.id for n in targets if type(n) is ast.Name]
                if len(targets) == 1 and len(names) == 1 and type(value) is ast.Attribute:
                    d = dotted(value)
                    head = d.split(".", 1)[0] if d else ""
                    if d and (head in self.names or head in CONVENTIONAL) and names[0] not in found:
                        found[names[0]] = d
                        continue
                module = self._module_choice(value) if len(targets) == 1 and len(names) == 1 else None
                if module is not None and names[0] not in found:
                    found[names[0]] = module  # xp = np / xp = cp if use_gpu else np: the array module
                    continue
                bound_twice.update(n.id for tg in targets for n in ast.walk(tg) if type(n) is ast.Name)
            elif t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                bound_twice.add(stmt.name)  # type: ignore[attr-defined]
            elif t in (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor):
                target = stmt.target  # type: ignore[attr-defined]
                bound_twice.update(n.id for n in ast.walk(target) if type(n) is ast.Name)
        aliases = {name: d for name, d in found.items() if name not in bound_twice and name not in self.bound}
        if aliases:
            self._resolved.clear()
            self._by_node.clear()
            for name, d in aliases.items():
                self.names[name] = self._resolve(d)

    def _module_choice(self, value: ast.expr) -> Optional[str]:
        """The imported module a value names (`np`), or the NumPy of a choice between array modules written
        alike (`cp if gpu else np`: CuPy mirrors NumPy's API); None for anything else."""
        arms = [value.body, value.orelse] if type(value) is ast.IfExp else [value]  # type: ignore[attr-defined]
        modules = {self.names.get(a.id, a.id) if a.id in self.names else CONVENTIONAL.get(a.id)  # type: ignore[attr-defined]
                   for a in arms if type(a) is ast.Name and (a.id in self.modules or a.id in CONVENTIONAL)}  # type: ignore[attr-defined]
        if len(modules) != len(arms) or None in modules:
            return None
        if len(modules) == 1:
            return modules.pop()
        return "numpy" if "numpy" in modules else None

    def _collect_self_modules(self, assigns: List[ast.Assign]) -> None:
        """`self.device = np` (or a cupy import in another branch): `self.device.random.uniform(...)` is NumPy's
        wherever the file's classes read it, when every value the file gives that attribute is an array module
        (or None). (`assigns`: the assignments to attributes `collect` met.)"""
        given: Dict[str, Set[str]] = {}
        spoilt: Set[str] = set()
        for node in assigns:
            for target in node.targets:
                if type(target) is ast.Attribute and type(target.value) is ast.Name \
                        and target.value.id == "self":  # type: ignore[attr-defined]
                    value = node.value  # type: ignore[attr-defined]
                    if type(value) is ast.Constant and value.value is None:
                        continue
                    module = self._module_choice(value)
                    if module is None:
                        spoilt.add(target.attr)  # type: ignore[attr-defined]
                    else:
                        given.setdefault(target.attr, set()).add(module)  # type: ignore[attr-defined]
        for attr, modules in given.items():
            if attr in spoilt:
                continue
            module = modules.pop() if len(modules) == 1 else "numpy" if "numpy" in modules else None
            if module is not None:
                self.self_modules[attr] = module

    def uses_flax(self) -> bool:
        return "flax" in self.imported_modules or "haiku" in self.imported_modules

    def resolve(self, node: Optional[ast.AST]) -> Optional[str]:
        """Canonical qualified name of a Name/Attribute chain, or None."""
        # The same node is asked for again and again (the builder, the evaluator and the dataflow each ask for
        # a called name): remembered per node. The entry holds the node, so its id cannot be reused meanwhile.
        hit = self._by_node.get(id(node))
        if hit is not None and hit[0] is node:
            return hit[1]
        d = dotted(node)
        found: Optional[str] = None
        if d is not None:
            found = self._resolved.get(d)
            if found is None:
                found = self._resolved[d] = self._resolve(d)
        self._by_node[id(node)] = (node, found)
        return found

    def pin(self, names: Dict[str, str], within: Iterable[ast.AST]) -> None:
        """Within these statements, each read of a name in `names` resolves to the qualified name given:
        a parameter whose default is an initializer function (`def __init__(self, init_fn=nn.init.xavier_uniform_)`)
        is that function where the body calls it, for the builder, the dataflow and the rules alike."""
        for stmt in within:
            for node in ast.walk(stmt):
                if type(node) is ast.Name and node.id in names and isinstance(node.ctx, ast.Load):  # type: ignore[attr-defined]
                    self._by_node[id(node)] = (node, names[node.id])  # type: ignore[attr-defined]

    def _resolve(self, d: str) -> str:
        head, _, rest = d.partition(".")
        if head == "self" and self.self_modules:
            attr, _, after = rest.partition(".")
            if attr in self.self_modules and after:
                return canonical(f"{self.self_modules[attr]}.{after}")
        if head in self.names:
            full = self.names[head]
        elif head == "nn" and self.uses_flax():
            full = "flax.linen"
        elif head in CONVENTIONAL:
            full = CONVENTIONAL[head]
        else:
            return self._star_member(d, head)
        return canonical(f"{full}.{rest}" if rest else full)

    def _star_member(self, d: str, head: str) -> str:
        """`glorot_uniform` under `from keras.initializers import *`: the member of a star-imported module, when
        the tables know the whole dotted name (as a member or a module holding one: `random.randn` under
        `from numpy import *`) and the file binds no such name itself."""
        if not self.star_modules or head in self._file_bound:
            return d
        for module in self.star_modules:
            q = canonical(f"{module}.{d}")
            if q in self.star_members or q in self._star_prefixes:
                return q
        return d


def _names_bound(stmts: Iterable[ast.AST]) -> Set[str]:
    """Every name the statements bind anywhere: assignment and loop targets, definitions, parameters, imports."""
    found: Set[str] = set()
    for stmt in stmts:
        for node in ast.walk(stmt):
            t = type(node)
            if t is ast.Name:
                if type(node.ctx) is not ast.Load:  # type: ignore[attr-defined]
                    found.add(node.id)  # type: ignore[attr-defined]
            elif t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                found.add(node.name)  # type: ignore[attr-defined]
            elif t is ast.arg:
                found.add(node.arg)  # type: ignore[attr-defined]
            elif t is ast.alias:
                found.add((node.asname or node.name).split(".")[0])  # type: ignore[attr-defined]
    found.discard("*")
    return found

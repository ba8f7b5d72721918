"""Following imports between the files one CLI run lints (flake8 hands a plugin one file at a time).

A weight helper written in `utils.py` and called in `model.py`, a block class whose `forward` applies the ReLU,
layer sizes passed in `train.py`: each file alone holds half of the evidence. For a linted file, the
definitions it imports from other linted files (and, a few files deep, what those use in turn) are appended
after its own text, as the statements they are in their file; the combined text is judged once. A finding
located in the appended part is reported in the file it was written in, unless that file's own run reports the
same initializer (its own judgement stands; between two importers the first path wins).

Names imported with `from module import name` (or `*`) from a file of the run are followed, and so are the
names a file reads as attributes of a module of the run it imports whole (`import tools` ... `tools.conv(x, 64)`:
those attributes then name the appended definitions). A file is not followed where an alias it imports would mean something else in the importer (`np` as NumPy in one, as
`jax.numpy` in the other) or where a name it brings is already bound in the importer. The appended text is
bounded (`MAX_APPENDED_LINES`), so a file's cost stays linear in what it imports.
"""

from __future__ import annotations

import ast
import os
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from ..engine import apply_noqa, decode, physical_lines
from ..finding import Finding
from ..options import Options
from ..semantic.astutil import parse

__all__ = ["Appendix", "Chunk", "Project"]

MAX_DEPTH = 3  # files deep: model.py -> blocks.py -> layers.py -> init.py
# Lines appended to one file: half as many as it has itself, at least MIN and at most MAX (so judging a file
# costs at most about 1.5 times what it costs alone); the definitions it imports by name come first, then what
# they use. A definition longer than MAX_DEFINITION_LINES, or in a file of more than MAX_IMPORTED_LINES, is not
# followed: the helpers, small blocks and activations of a project are what a neighbour file holds of use here.
MIN_APPENDED_LINES = 200
MAX_APPENDED_LINES = 1000
MAX_DEFINITION_LINES = 200
MAX_IMPORTED_LINES = 3000
MAX_IMPORTED_BYTES = 256 * 1024  # a file larger than this is not read as context


@dataclass(frozen=True)
class Chunk:
    """Lines [start, start + count) of the combined text are lines [origin, origin + count) of `path`."""

    start: int
    count: int
    path: str
    origin: int


@dataclass
class Appendix:
    """What a file's judgement appends: the text, its statements (already at their combined lines), where
    each line came from, and the importer's `from ... import` names that now name the appended definitions."""

    text: str
    body: List[ast.stmt]
    chunks: List[Chunk]
    followed: List[Tuple[ast.ImportFrom, FrozenSet[str]]]
    # ids of the importer's `tools.conv` attribute nodes (of a module it imports whole) whose name is appended
    qualified: FrozenSet[int] = frozenset()
    _starts: List[int] = field(default_factory=list, repr=False)

    def attach(self, body: List[ast.stmt]) -> None:
        """Append to the importer's module body; its `from m import a, b` no longer binds the names the appended
        text now defines (so they resolve to those definitions, not to an unknown `m.a`), and its `tools.conv`
        reads become reads of the appended `conv` (a Name where the attribute was written)."""
        for stmt, names in self.followed:
            stmt.names = [] if "*" in names else [a for a in stmt.names if a.name not in names]
        _drop_empty(body)
        if self.qualified:
            _Unqualify(self.qualified).visit(ast.Module(body=body, type_ignores=[]))
        body.extend(self.body)

    def origin(self, line: int) -> Optional[Tuple[str, int]]:
        """(file, line there) of a line of the combined text; None for the importer's own lines."""
        i = bisect_right(self.starts, line) - 1  # (chunks are in line order: asked once per site)
        if i < 0:
            return None
        c = self.chunks[i]
        return (c.path, c.origin + line - c.start) if line < c.start + c.count else None

    @property
    def starts(self) -> List[int]:
        if len(self._starts) != len(self.chunks):
            self._starts = [c.start for c in self.chunks]
        return self._starts


@dataclass
class _Module:
    path: str  # as the run names it
    text: str
    tree: ast.Module
    defs: Dict[str, List[ast.stmt]]  # top-level name -> the statements binding it (def, class, constant)
    external: List[ast.stmt]  # top-level imports of modules outside the run
    followed: Dict[str, Tuple[str, str]]  # name -> (absolute path of the linted file it comes from, its name there)
    aliases: Dict[str, str]  # name an import binds -> what it imports ("numpy", "torch.nn.init")
    public: List[str]
    lines: List[str]
    import_lines: int  # lines of `external`

    names: Dict[int, FrozenSet[str]] = field(default_factory=dict)  # id of a statement -> the names it reads

    def names_in(self, stmt: ast.stmt) -> FrozenSet[str]:
        found = self.names.get(id(stmt))
        if found is None:
            found = self.names[id(stmt)] = frozenset(n.id for n in ast.walk(stmt) if type(n) is ast.Name)  # type: ignore[attr-defined]
        return found

    def span(self, stmt: ast.stmt) -> Tuple[int, int]:
        """First line (decorators included) and last line of a top-level statement."""
        return min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])]), \
            stmt.end_lineno or stmt.lineno


@dataclass
class Project:
    """The files of one run (absolute path -> (path as given, options)); `foreign` collects the findings a
    file's judgement located in another file."""

    files: Dict[str, Tuple[str, Options]]
    foreign: List[Finding] = field(default_factory=list)
    _modules: Dict[str, Optional[_Module]] = field(default_factory=dict, repr=False)
    _stems: Optional[FrozenSet[str]] = field(default=None, repr=False)

    @classmethod
    def of(cls, tasks: Iterable[Tuple[str, Options]]) -> "Project":
        return cls({os.path.abspath(path): (path, options) for path, options in tasks if path.endswith(".py")})

    def __getstate__(self):  # a worker process gets the file list, not what another process read
        return {"files": self.files}

    def __setstate__(self, state) -> None:
        self.__init__(state["files"])  # type: ignore[misc]

    # -- the cheap question first: could this text import a file of the run at all?
    def may_import(self, source: str) -> bool:
        if len(self.files) < 2 or "import" not in source:
            return False
        if self._stems is None:
            stems = set()
            for path in self.files:
                base = os.path.basename(path)[:-3]
                stems.add(os.path.basename(os.path.dirname(path)) if base == "__init__" else base)
            self._stems = frozenset(stems)
        return any(stem in source for stem in self._stems)

    def appendix(self, path: str, tree: ast.Module, first_line: int) -> Optional[Appendix]:
        """What to append to `path`'s tree (`first_line`: the combined line the appendix starts on)."""
        here = os.path.abspath(path)
        imports = [s for s in _top_level(tree.body) if type(s) in (ast.Import, ast.ImportFrom)]
        targets = {id(s): self._resolve(here, s.module, s.level) for s in imports  # type: ignore[attr-defined]
                   if type(s) is ast.ImportFrom}
        own = _bound_names(tree.body)  # what the importer binds itself (imports aside)
        own_aliases = _aliases(s for s in imports if targets.get(id(s)) is None)
        # names the importer takes from files of the run: only the one asked for may be brought under its name
        project_bound = {a.asname or a.name for s in imports if targets.get(id(s)) is not None
                         for a in s.names}  # type: ignore[attr-defined]
        selected: Dict[str, Dict[int, ast.stmt]] = {}  # origin -> id -> statement
        depth_of: Dict[str, int] = {}
        brought: Dict[str, str] = {}  # appended top-level name -> its origin
        refused: Set[str] = {here}
        budget = [min(MAX_APPENDED_LINES, max(MIN_APPENDED_LINES, (first_line - 1) // 2))]

        def affordable(where: str, module: _Module, name: str) -> bool:
            spans = [e - b + 1 for b, e in map(module.span, module.defs[name])]
            if max(spans) > MAX_DEFINITION_LINES:
                return False
            cost = sum(spans)
            if where not in selected:
                cost += module.import_lines
            if cost > budget[0]:
                return False
            budget[0] -= cost
            return True

        def usable(origin: str) -> Optional[_Module]:
            if origin in refused:
                return None
            module = self._module(origin)
            if module is None or any(k in own or own_aliases.get(k, v) != v for k, v in module.aliases.items()):
                refused.add(origin)  # its imports would mean something else here
                return None
            return module

        def want(origin: str, name: str, depth: int) -> bool:
            """Bring `name` of `origin` and what it uses; whether `name` now names that definition."""
            todo = [(origin, name, depth)]
            first = True
            while todo:
                where, wanted, level = todo.pop()
                module = usable(where)
                while module is not None and wanted not in module.defs and wanted in module.followed \
                        and level < MAX_DEPTH:  # re-exported (`from .mlp import Mlp` in a package __init__)
                    where, wanted = module.followed[wanted]
                    level += 1
                    module = usable(where)
                ok = module is not None and wanted in module.defs and brought.get(wanted, where) == where \
                    and wanted not in own and wanted not in own_aliases and (first or wanted not in project_bound)
                if ok and wanted not in brought:
                    assert module is not None
                    ok = affordable(where, module, wanted)
                if first and not ok:
                    return False
                first = False
                if not ok or wanted in brought:
                    continue
                assert module is not None
                brought[wanted] = where
                depth_of[where] = max(depth_of.get(where, 0), level)
                for stmt in module.defs[wanted]:
                    selected.setdefault(where, {})[id(stmt)] = stmt
                    for used in sorted(module.names_in(stmt)):  # (a set: sorted, so the budget goes the same way in every run)
                        if used in brought:
                            continue
                        if used in module.defs:
                            todo.append((where, used, level))
                        elif used in module.followed and level < MAX_DEPTH:
                            todo.append((*module.followed[used], level + 1))
            return True

        followed: List[Tuple[ast.ImportFrom, FrozenSet[str]]] = []
        # `import tools` / `import models.layers as L`: the module name it binds -> the linted file
        whole = {(a.asname or a.name): origin for s in imports if type(s) is ast.Import
                 for a in s.names  # type: ignore[attr-defined]
                 if (a.asname or "." not in a.name)
                 for origin in [self._resolve(here, a.name, 0)] if origin is not None}
        # `from util import tf_utils` / `from . import layers`: a module of the run imported by name, read as
        # `tf_utils.Dense(...)` like a module imported whole
        for s in imports:
            if type(s) is ast.ImportFrom and targets.get(id(s)) is None:
                for a in s.names:  # type: ignore[attr-defined]
                    module_path = f"{s.module}.{a.name}" if s.module else a.name  # type: ignore[attr-defined]
                    origin = self._resolve(here, module_path, s.level) if a.name != "*" else None  # type: ignore[attr-defined]
                    if origin is not None:
                        whole.setdefault(a.asname or a.name, origin)
        if not any(targets.values()) and not whole:
            return None
        # an imported name the file never reads brings nothing (`from utils import weights_init`, never applied)
        read = {n.id for n in ast.walk(tree) if type(n) is ast.Name}  # type: ignore[attr-defined]
        for stmt in imports:
            origin = targets.get(id(stmt))
            if origin is None:
                continue
            names: Set[str] = set()
            for alias in stmt.names:  # type: ignore[attr-defined]
                if alias.name == "*":
                    module = usable(origin)
                    public = module.public if module is not None else []
                    if public and all([want(origin, n, 1) for n in public if n not in own and n in read]):
                        names.add("*")
                elif alias.asname in (None, alias.name) and alias.name in read and want(origin, alias.name, 1):
                    names.add(alias.name)
            if names:
                followed.append((stmt, frozenset(names)))  # type: ignore[arg-type]
        qualified: Set[int] = set()
        if whole:
            uses: Dict[Tuple[str, str], List[int]] = {}
            for n in ast.walk(tree):
                if type(n) is ast.Attribute and type(n.value) is ast.Name and n.value.id in whole:  # type: ignore[attr-defined]
                    uses.setdefault((n.value.id, n.attr), []).append(id(n))  # type: ignore[attr-defined]
            for (module_name, attr), nodes in sorted(uses.items()):
                # (the bare name must mean nothing else in the importer, nor be brought from elsewhere)
                if attr not in read and attr not in project_bound and want(whole[module_name], attr, 1):
                    qualified.update(nodes)
        if not selected:
            return None
        return self._assemble(selected, depth_of, followed, first_line, frozenset(qualified))

    def _assemble(self, selected: Dict[str, Dict[int, ast.stmt]], depth_of: Dict[str, int],
                  followed: List[Tuple[ast.ImportFrom, FrozenSet[str]]], first_line: int,
                  qualified: FrozenSet[int] = frozenset()) -> Optional[Appendix]:
        # the deepest files first (what a definition uses comes before it); each file's imports, then its
        # statements in the order the file has them
        origins = sorted(selected, key=lambda o: -depth_of[o])
        pieces: List[Tuple[str, ast.stmt]] = []
        for origin in origins:
            module = self._modules[origin]
            assert module is not None
            pieces += [(origin, s) for s in module.external]
        for origin in origins:
            pieces += sorted(((origin, s) for s in selected[origin].values()), key=lambda p: p[1].lineno)
        lines: List[str] = []
        chunks: List[Chunk] = []
        seen: Set[Tuple[str, int]] = set()
        for origin, stmt in pieces:
            module = self._modules[origin]
            assert module is not None
            begin, end = module.span(stmt)
            if (origin, begin) in seen:
                continue
            seen.add((origin, begin))
            source_lines = module.lines[begin - 1:end]
            chunks.append(Chunk(first_line + len(lines), len(source_lines), self.files[origin][0], begin))
            lines += source_lines
        if not lines:
            return None
        text = "\n".join(lines) + "\n"
        try:  # (parsed below as many empty lines as the importer has: positions come out right, no walk to shift)
            appended = parse("\n" * (first_line - 1) + text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
        return Appendix(text, appended.body, chunks, followed, qualified)

    def _module(self, path: str) -> Optional[_Module]:
        if path in self._modules:
            return self._modules[path]
        module = None
        try:
            if os.path.getsize(path) <= MAX_IMPORTED_BYTES:
                with open(path, "rb") as handle:
                    text = decode(handle.read())
                if text.count("\n") <= MAX_IMPORTED_LINES:
                    module = self._index(path, text, parse(text))
        except Exception:  # noqa: BLE001 - an unreadable or broken neighbour is simply not followed
            module = None
        self._modules[path] = module
        return module

    def _index(self, path: str, text: str, tree: ast.Module) -> _Module:
        defs: Dict[str, List[ast.stmt]] = {}
        external: List[ast.stmt] = []
        followed: Dict[str, Tuple[str, str]] = {}
        for stmt in tree.body:
            t = type(stmt)
            if t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                defs.setdefault(stmt.name, []).append(stmt)  # type: ignore[attr-defined]
            elif t in (ast.Assign, ast.AnnAssign):
                targets = stmt.targets if t is ast.Assign else [stmt.target]  # type: ignore[attr-defined]
                for target in targets:
                    for node in ast.walk(target):
                        if type(node) is ast.Name:
                            defs.setdefault(node.id, []).append(stmt)  # type: ignore[attr-defined]
            elif t is ast.Import:
                external.append(stmt)
            elif t is ast.ImportFrom:
                origin = self._resolve(path, stmt.module, stmt.level)  # type: ignore[attr-defined]
                if origin is None:
                    if not stmt.level:  # type: ignore[attr-defined]
                        external.append(stmt)
                    continue
                for alias in stmt.names:  # type: ignore[attr-defined]
                    if alias.name != "*" and alias.asname in (None, alias.name):
                        followed[alias.name] = (origin, alias.name)
        public = _declared_all(tree) or sorted(n for n in defs if not n.startswith("_"))
        import_lines = sum((s.end_lineno or s.lineno) - s.lineno + 1 for s in external)
        return _Module(self.files[path][0], text, tree, defs, external, followed, _aliases(external), public,
                       text.splitlines(), import_lines)

    def _resolve(self, importer: str, module: Optional[str], level: int) -> Optional[str]:
        """The linted file a `from module import ...` in `importer` names, if any."""
        parts = module.split(".") if module else []
        if not parts:
            return None  # `from . import x`: x is a module, not a definition
        if level:
            base = os.path.dirname(importer)
            for _ in range(level - 1):
                base = os.path.dirname(base)
            bases = [base]
        else:  # the importer's directory and its parents (a script run from its folder or the project root)
            bases, base = [], os.path.dirname(importer)
            for _ in range(5):
                bases.append(base)
                parent = os.path.dirname(base)
                if parent == base:
                    break
                base = parent
        for base in bases:
            for candidate in (os.path.join(base, *parts) + ".py", os.path.join(base, *parts, "__init__.py")):
                if candidate in self.files:
                    return candidate
        return None

    # -- findings located in another file
    def report_foreign(self, finding: Finding) -> None:
        self.foreign.append(finding)

    def take_foreign(self) -> List[Tuple[Finding, Optional[str]]]:
        """The foreign findings gathered so far, each with its own file's noqa and select/ignore applied, and
        the text of its line."""
        found, self.foreign = self.foreign, []
        by_path: Dict[str, List[Finding]] = {}
        for f in found:
            by_path.setdefault(f.path, []).append(f)
        kept: List[Tuple[Finding, Optional[str]]] = []
        for shown, findings in by_path.items():
            absolute = os.path.abspath(shown)
            module = self._modules.get(absolute)
            options = self.files[absolute][1] if absolute in self.files else None
            if module is None or options is None:
                continue
            lines = physical_lines(module.text)
            kept += [(f, lines[f.line - 1].rstrip("\r\n") if 1 <= f.line <= len(lines) else None)
                     for f in apply_noqa(findings, lines, shown) if options.wants(f.code)]
        return kept


Result = Tuple[Finding, Optional[str]]


def merge(own: Sequence[Result], foreign: Sequence[Result]) -> List[Result]:
    """The foreign findings of a run that no file's own judgement already reports at the same place (one
    per place, the first in sort order)."""
    taken = {(f.path, f.cell, f.line, f.col) for f, _ in own}
    out: List[Result] = []
    for f, line in sorted(foreign, key=lambda r: r[0].sort_key()):
        key = (f.path, f.cell, f.line, f.col)
        if key not in taken:
            taken.add(key)
            out.append((f, line))
    return out


class _Unqualify(ast.NodeTransformer):
    """`tools.conv` -> `conv` (at the attribute's place) for the attribute nodes given by id."""

    def __init__(self, ids: FrozenSet[int]) -> None:
        self.ids = ids

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if id(node) in self.ids:
            return ast.copy_location(ast.Name(id=node.attr, ctx=node.ctx), node)
        return self.generic_visit(node)


def _drop_empty(body: List[ast.stmt]) -> None:
    for i, stmt in enumerate(body):
        if type(stmt) is ast.ImportFrom and not stmt.names:  # type: ignore[attr-defined]
            body[i] = ast.copy_location(ast.Pass(), stmt)
        elif type(stmt) in (ast.Try, ast.If):
            for block in ("body", "orelse", "finalbody"):
                if hasattr(stmt, block):
                    _drop_empty(getattr(stmt, block))


def _top_level(body: List[ast.stmt]) -> Iterable[ast.stmt]:
    """Module-level statements and those in module-level try/if blocks (`try: from .x import y`)."""
    for stmt in body:
        yield stmt
        if type(stmt) in (ast.Try, ast.If):
            for block in ("body", "orelse"):
                yield from _top_level(getattr(stmt, block))


def _bound_names(body: List[ast.stmt]) -> Set[str]:
    out: Set[str] = set()
    for stmt in _top_level(body):
        t = type(stmt)
        if t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            out.add(stmt.name)  # type: ignore[attr-defined]
        elif t in (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.For, ast.With):
            for node in ast.walk(stmt):
                if type(node) is ast.Name and type(node.ctx) is ast.Store:  # type: ignore[attr-defined]
                    out.add(node.id)  # type: ignore[attr-defined]
    return out


def _aliases(body: Iterable[ast.stmt]) -> Dict[str, str]:
    out: Dict[str, str] = {}
    for stmt in _top_level(list(body)):
        if type(stmt) is ast.Import:
            for alias in stmt.names:  # type: ignore[attr-defined]
                out[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
        elif type(stmt) is ast.ImportFrom and not stmt.level:  # type: ignore[attr-defined]
            for alias in stmt.names:  # type: ignore[attr-defined]
                if alias.name != "*":
                    out[alias.asname or alias.name] = f"{stmt.module}.{alias.name}"  # type: ignore[attr-defined]
    return out


def _declared_all(tree: ast.Module) -> Optional[List[str]]:
    for stmt in tree.body:
        if type(stmt) is ast.Assign and any(type(t) is ast.Name and t.id == "__all__"  # type: ignore[attr-defined]
                                            for t in stmt.targets):  # type: ignore[attr-defined]
            try:
                value = ast.literal_eval(stmt.value)  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - a computed __all__: fall back to the public names
                return None
            if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value)
    return None

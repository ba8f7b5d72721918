"""Fast libcst helpers for the hot path.

`node.children` and `MetadataWrapper(PositionProvider)` are convenient but
cost more than parsing: `children` re-visits the node, and the position
provider regenerates the code of the whole module. Here we iterate dataclass
fields directly, and compute positions lazily for just the top-level
statement that holds a finding.
"""

from __future__ import annotations

import dataclasses
from typing import Dict, Iterator, List, Optional, Tuple

import libcst as cst
from libcst.metadata import CodeRange, PositionProvider
from libcst.metadata.position_provider import PositionProvidingCodegenState

_FIELDS: Dict[type, Tuple[str, ...]] = {}
# isinstance(x, cst.CSTNode) goes through ABCMeta (CSTNode is abstract): ~4x a plain type test, and
# children() asks it millions of times on a large module. Whether a type is a node (and not trivia,
# below) is cached per type.
_IS_NODE: Dict[type, bool] = {}


# Whitespace, comments and punctuation: no analysis looks for them, and they are about half of all the
# nodes of a parsed file (every Arg has a Comma and two whitespace nodes). children() skips them.
_TRIVIA = frozenset({
    cst.SimpleWhitespace, cst.ParenthesizedWhitespace, cst.TrailingWhitespace, cst.EmptyLine, cst.Newline,
    cst.Comment, cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual, cst.LeftParen, cst.RightParen,
    cst.LeftSquareBracket, cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace,
})


# libcst's names for fields that only ever hold trivia (not even read)
_TRIVIA_FIELDS = frozenset({"lpar", "rpar", "comma", "dot", "equal", "colon", "semicolon", "leading_lines",
                            "lines_after_decorators", "trailing_whitespace", "lbracket", "rbracket", "lbrace",
                            "rbrace"})


def _is_node_type(t: type) -> bool:
    found = _IS_NODE.get(t)
    if found is None:
        found = _IS_NODE[t] = issubclass(t, cst.CSTNode) and t not in _TRIVIA
    return found


def children(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    t = type(node)
    names = _FIELDS.get(t)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(node)
                      if not f.name.startswith("whitespace") and f.name not in _TRIVIA_FIELDS)
        _FIELDS[t] = names
    is_node = _IS_NODE
    for name in names:
        v = getattr(node, name)
        tv = type(v)
        if tv is list or tv is tuple:
            for item in v:
                ti = type(item)
                if is_node.get(ti) or (ti not in is_node and _is_node_type(ti)):
                    yield item
        elif is_node.get(tv) or (tv not in is_node and _is_node_type(tv)):
            yield v


def _no_validation(self) -> None:
    pass


def parse_module(source: str) -> cst.Module:
    """cst.parse_module without re-validating every node the parser builds.

    The parser only builds valid trees, yet each node's dataclass __post_init__ runs its _validate()
    (libcst's own comment there calls this a known cost): ~15% of the parse. Validation is switched off
    for this call only, and only while CSTNode.__post_init__ is the plain call to _validate we know;
    the process is single-threaded while a plugin runs (flake8 parallelises with processes).
    """
    base = cst.CSTNode
    original = base.__dict__.get("__post_init__")
    if original is None or getattr(original, "__code__", None) is None \
            or original.__code__.co_names != ("_validate",):
        return cst.parse_module(source)
    base.__post_init__ = _no_validation
    try:
        return cst.parse_module(source)
    finally:
        base.__post_init__ = original


def walk(node) -> Iterator[cst.CSTNode]:
    stack: List[cst.CSTNode] = list(node) if isinstance(node, (list, tuple)) else [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(children(n))


class LazyPositions:
    """Positions of nodes, computed one top-level statement at a time.

    `starts[i]` is the 1-based line where module.body[i] begins (its first
    decorator or keyword), taken from the `ast` tree we already have.
    """

    def __init__(self, module: cst.Module, starts: Optional[List[int]]) -> None:
        self.module = module
        self.starts = starts if starts is not None and len(starts) == len(module.body) else None
        self._top: Optional[Dict[int, int]] = None
        self._done: Dict[int, Dict[cst.CSTNode, CodeRange]] = {}
        self._full: Optional[Dict[cst.CSTNode, CodeRange]] = None

    def get(self, node: cst.CSTNode) -> Optional[CodeRange]:
        if self.starts is None:
            return self._whole().get(node)
        if self._top is None:
            self._top = {}
            for i, stmt in enumerate(self.module.body):
                for n in walk(stmt):
                    self._top[id(n)] = i
        i = self._top.get(id(node))
        if i is None:
            return None
        if i not in self._done:
            self._done[i] = self._statement(i)
        return self._done[i].get(node)

    def _statement(self, i: int) -> Dict[cst.CSTNode, CodeRange]:
        stmt = self.module.body[i]
        provider = PositionProvider()
        state = PositionProvidingCodegenState(
            default_indent=self.module.default_indent,
            default_newline=self.module.default_newline,
            provider=provider,
        )
        state.line = self.starts[i] - len(getattr(stmt, "leading_lines", ()))
        state.column = 0
        stmt._codegen(state)
        return provider._computed

    def _whole(self) -> Dict[cst.CSTNode, CodeRange]:
        if self._full is None:
            from libcst.metadata import MetadataWrapper

            self._full = dict(MetadataWrapper(self.module, unsafe_skip_copy=True).resolve(PositionProvider))
        return self._full


def statement_starts(tree, kept_lines=None) -> List[int]:
    """Sorted distinct first lines of the module's top-level statements (as libcst groups them)."""
    starts = set()
    for stmt in getattr(tree, "body", []):
        line = stmt.lineno
        for dec in getattr(stmt, "decorator_list", ()):
            line = min(line, dec.lineno)
        if kept_lines is None or line in kept_lines:
            starts.add(line)
    return sorted(starts)

"""Small, fast helpers over the standard `ast` tree (the one flake8 already holds).

Everything in `semantic/` reads `ast` nodes through these helpers, so the
spelling of a node type is decided in one place:

* `children` / `walk`: child nodes without the expression contexts and
  operator singletons `ast.iter_child_nodes` also yields;
* `dotted`, `string_value`, `number_literal`: the leaf readings every
  evaluator needs;
* `arg` / `positional` / `keywords`: call arguments by position or keyword;
* `parse`: `ast.parse` without the collector's passes over a growing tree;
* `SourceText`: positions in characters (ast counts UTF-8 bytes) and the
  exact source text of a node for messages.
"""

from __future__ import annotations

import ast
import gc
import re
import unicodedata
import warnings
from bisect import bisect_right
from contextlib import contextmanager
from itertools import accumulate
from typing import Dict, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

# Fields that never hold a node worth visiting: expression contexts (Load/Store/Del) and operator
# singletons. Skipping them halves the nodes a walk touches.
_SKIP_FIELDS = frozenset({"ctx", "op", "ops", "type_comment", "kind"})
# Fields that only ever hold identifiers, numbers or constants: never worth a getattr on the hot path.
_SCALAR_FIELDS = frozenset({"id", "attr", "arg", "asname", "module", "level", "lineno", "col_offset",
                            "end_lineno", "end_col_offset", "conversion", "is_async", "simple", "tag"})
_FIELDS: Dict[type, Tuple[str, ...]] = {ast.Constant: (), ast.Name: (), ast.alias: ()}
# The only list fields that hold anything but nodes: Dict.keys and arguments.kw_defaults (None),
# Global/Nonlocal.names and MatchClass.kwd_attrs (identifiers). Every other list is taken whole.
_MIXED_LISTS = frozenset({"keys", "kw_defaults", "names", "kwd_attrs"})
_AST = ast.AST


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, and back as it was after it (also on an exception).

    Parsing and analysing a file allocate many objects at once, almost none of them garbage before the file is
    done; each collection those allocations trigger re-traverses everything alive (the whole tree, and in a
    flake8 run the host's own objects): 2-4x the parse, and twice the analysis, on a 20,000-line file. Reference
    counting still frees what is not cyclic; the cycles left wait for the next collection after the block."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def parse(source: str) -> ast.Module:
    """`ast.parse` with the collector paused (`collector_paused`). Raises what `ast.parse` raises."""
    with collector_paused():
        return ast.parse(source)


def parsed_quietly(source: str) -> Optional[ast.Module]:
    """`parse`, None where the text does not parse (or nests too deep); the SyntaxWarnings of the user's code are
    not printed (they are not ours to print)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _fields(t: type) -> Tuple[str, ...]:
    names = _FIELDS.get(t)
    if names is None:
        names = _FIELDS[t] = tuple(f for f in getattr(t, "_fields", ())
                                   if f not in _SKIP_FIELDS and f not in _SCALAR_FIELDS)
    return names


def children(node: ast.AST) -> List[ast.AST]:
    """Child nodes in field order (lists flattened), contexts, operators and identifiers left out.

    A list, not a generator: this runs for every node of every walk, and the generator protocol was the
    largest single cost of the model on real code."""
    out: List[ast.AST] = []
    fields = _FIELDS.get(type(node))
    if fields is None:
        fields = _fields(type(node))
    for name in fields:
        v = getattr(node, name, None)
        if v is None:
            continue
        if type(v) is list:
            if name in _MIXED_LISTS:
                out.extend(item for item in v if isinstance(item, _AST))
            else:
                out.extend(v)
        elif isinstance(v, _AST):
            out.append(v)
    return out


def walk(node: Union[ast.AST, Sequence[ast.AST]]) -> Iterator[ast.AST]:
    """Every node below (and including) `node`, depth first; iterative, so deep nesting cannot overflow."""
    stack: List[ast.AST] = list(node) if isinstance(node, (list, tuple)) else [node]  # type: ignore[list-item]
    while stack:
        n = stack.pop()
        yield n
        t = type(n)
        if t is not ast.Name and t is not ast.Constant:  # leaves: most nodes of a tree, no children() call
            stack.extend(children(n))


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def own_scope(body: Sequence[ast.AST]) -> Iterator[ast.AST]:
    """Every node below these statements that runs in their scope: nested defs, classes and lambdas (and what
    they hold) left out."""
    stack: List[ast.AST] = list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, _SCOPES):
            continue
        yield n
        stack.extend(children(n))


def dotted(node: Optional[ast.AST]) -> Optional[str]:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    t = type(node)
    if t is ast.Name:
        return node.id  # type: ignore[union-attr]  # (the common case, without the list and the join)
    if t is not ast.Attribute:
        return None
    parts: List[str] = []
    while type(node) is ast.Attribute:
        parts.append(node.attr)  # type: ignore[union-attr]
        node = node.value  # type: ignore[union-attr]
    if type(node) is ast.Name:
        parts.append(node.id)  # type: ignore[union-attr]
        return ".".join(reversed(parts))
    return None


def root_name(node: ast.expr) -> Optional[str]:
    """`p` of `p`, `p.data`, `p.data[0]`, `params["W"].T`: the variable an attribute or subscript chain starts at."""
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def last_name(node: Optional[ast.AST]) -> Optional[str]:
    """`c` of `a.b.c` or of `c`; None for anything else."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def string_value(node: Optional[ast.AST]) -> Optional[str]:
    """The value of a plain string literal (implicit concatenation is already one Constant in ast)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class Substituted(ast.NodeTransformer):
    """An expression with the names read in it replaced by the expressions given for them (a lambda's body with
    a call's arguments in place of its parameters; `w / 5 - .1` with the draw `w` holds)."""

    def __init__(self, passed: Dict[str, ast.expr]) -> None:
        self.passed = passed

    def visit_Name(self, node: ast.Name) -> ast.expr:
        return self.passed.get(node.id, node) if isinstance(node.ctx, ast.Load) else node


def within(node: ast.AST, outer: ast.AST) -> bool:
    """Whether `node` is written inside `outer` (a definition, a loop: by its lines)."""
    line = getattr(node, "lineno", None)
    start = getattr(outer, "lineno", None)
    return line is not None and start is not None and start <= line <= (getattr(outer, "end_lineno", None) or start)


def param_names(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda]) -> Set[str]:
    """The names of the parameters that take an argument (positional-only, positional and keyword-only)."""
    a = fn.args
    return {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}


def param_defaults(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda]) -> Dict[str, ast.expr]:
    """Parameter name -> its default expression (positional and keyword-only parameters that have one)."""
    a = fn.args
    pos = a.posonlyargs + a.args
    out = {p.arg: d for p, d in zip(pos[len(pos) - len(a.defaults):], a.defaults)}
    out.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    return out


def string_comparison(test: ast.AST) -> Optional[Tuple[ast.expr, str, bool]]:
    """`x == "relu"` / `"relu" != x` / `x is "lit"`: (the side compared, the string, whether the test is
    equality); None for any other test."""
    if not isinstance(test, ast.Compare) or len(test.ops) != 1 \
            or not isinstance(test.ops[0], (ast.Eq, ast.Is, ast.NotEq, ast.IsNot)):
        return None
    left, right = test.left, test.comparators[0]
    if string_value(right) is None:
        left, right = right, left
    sv = string_value(right)
    if sv is None:
        return None
    return left, sv, isinstance(test.ops[0], (ast.Eq, ast.Is))


def decorated_with(node: ast.AST, *names: str) -> bool:
    """Whether a def carries one of these decorators by name (`@staticmethod`)."""
    return any(dotted(d) in names for d in getattr(node, "decorator_list", ()))


def number_literal(node: Optional[ast.AST]) -> Optional[float]:
    """A literal int/float (not bool, not complex) as float; None otherwise (signs are UnaryOp)."""
    if isinstance(node, ast.Constant):
        v = node.value
        if type(v) is int or type(v) is float:
            try:
                return float(v)
            except OverflowError:
                return None
    return None


def is_number_literal(node: Optional[ast.AST]) -> bool:
    return isinstance(node, ast.Constant) and (type(node.value) is int or type(node.value) is float)


def positional(call: ast.Call) -> List[ast.expr]:
    """Positional arguments, `*args` left out."""
    return [a for a in call.args if not isinstance(a, ast.Starred)]


def keywords(call: ast.Call) -> Dict[str, ast.expr]:
    """Keyword arguments by name, `**kwargs` left out."""
    return {k.arg: k.value for k in call.keywords if k.arg is not None}


def arg(call: ast.Call, pos: Optional[int], *names: str) -> Optional[ast.expr]:
    """Argument by keyword name, else by position (skipping * / **)."""
    for k in call.keywords:
        if k.arg is not None and k.arg in names:
            return k.value
    if pos is not None and pos >= 0:
        args = positional(call)
        if pos < len(args):
            return args[pos]
    return None


def has_star_args(call: ast.Call) -> bool:
    return any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords)


def passed_for(call: ast.Call, params: Sequence[str], name: str) -> Tuple[bool, Optional[ast.expr]]:
    """What a call passes for the parameter `name` of a function whose positional parameters are `params` (a
    bound `self` left out): (True, the expression) when it passes one, by keyword or by position; (True, None)
    when it leaves it out, so the default applies; (False, None) when `*args` / `**kwargs` may hold it."""
    for k in call.keywords:
        if k.arg == name:
            return True, k.value
    if has_star_args(call):
        return False, None
    if name in params:
        i = list(params).index(name)
        if i < len(call.args):
            return True, call.args[i]
    return True, None


class SourceArg(NamedTuple):
    """One argument of a call as it is written: keyword (None for positional, *a and **kw), star, value."""

    keyword: Optional[str]
    star: str  # "" | "*" | "**"
    value: ast.expr


def source_order_args(call: ast.Call) -> List[SourceArg]:
    """The call's arguments as one list in source order. ast keeps positional and keyword arguments in
    two lists; they interleave only when a `*a` follows a keyword (`f(x=1, *rest)`)."""
    out = [SourceArg(None, "*", a.value) if isinstance(a, ast.Starred) else SourceArg(None, "", a) for a in call.args]
    if not call.keywords:
        return out
    kws = [SourceArg(k.arg, "" if k.arg is not None else "**", k.value) for k in call.keywords]
    if out and any(isinstance(a, ast.Starred) for a in call.args):
        nodes: List[Union[ast.expr, ast.keyword]] = [*call.args, *call.keywords]
        pairs = sorted(zip(nodes, out + kws), key=lambda p: (p[0].lineno, p[0].col_offset))
        return [a for _, a in pairs]
    return out + kws


def arg_values(call: ast.Call) -> List[ast.expr]:
    """Every argument's value (`*a` -> a, `k=v` -> v, `**kw` -> kw) in source order."""
    return [a.value for a in source_order_args(call)]


def first_arg_value(call: ast.Call) -> Optional[ast.expr]:
    """The value of the call's first argument in source order, of any kind; None without arguments."""
    if not call.keywords:
        if not call.args:
            return None
        a = call.args[0]
        return a.value if isinstance(a, ast.Starred) else a
    return source_order_args(call)[0].value


def sole_arg_value(call: ast.Call) -> Optional[ast.expr]:
    """The value of the call's only argument of any kind, else None."""
    if len(call.args) + len(call.keywords) != 1:
        return None
    return first_arg_value(call)


def call_name(call: ast.AST) -> Optional[str]:
    """Last component of the called name: `normal_` of `nn.init.normal_(...)`."""
    return last_name(call.func) if isinstance(call, ast.Call) else None


def body_statements(node: ast.AST) -> List[ast.stmt]:
    """Every statement list directly under a compound statement (body, orelse, finalbody, handlers' bodies)."""
    out: List[ast.stmt] = []
    for name in ("body", "orelse", "finalbody"):
        v = getattr(node, name, None)
        if type(v) is list:
            out.extend(v)
    for h in getattr(node, "handlers", ()) or ():
        out.extend(h.body)
    for c in getattr(node, "cases", ()) or ():
        out.extend(c.body)
    return out


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SourceText:
    """The text of one file with positions the way flake8 reports them.

    ast gives 1-based lines and 0-based *UTF-8 byte* columns; flake8 users
    (and libcst, for the fixer) count columns in characters. Lines are split
    exactly where the tokenizer splits them (\\r\\n, \\r, \\n; not form feeds).
    """

    __slots__ = ("text", "_starts", "_ascii", "_identifiers")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: Optional[List[int]] = None
        self._ascii = text.isascii()
        self._identifiers: Optional[str] = None

    @property
    def identifiers(self) -> str:
        """The text with identifiers spelled as the parser names them (NFKC-normalised; the text itself when it is
        ASCII): a search of it for a name finds every place a Name or attribute of that name is written. Offsets
        into it are not offsets into `text`."""
        if self._identifiers is None:
            self._identifiers = self.text if self._ascii else unicodedata.normalize("NFKC", self.text)
        return self._identifiers

    def _line_starts(self) -> List[int]:
        if self._starts is None:
            if "\r" in self.text:
                starts = [0]
                starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
            else:  # \n only (nearly every file): the same offsets, from str.split, several times faster
                starts = list(accumulate([len(line) + 1 for line in self.text.split("\n")[:-1]], initial=0))
            self._starts = starts
        return self._starts

    def line_at(self, offset: int) -> int:
        """The 1-based line holding character `offset` of the text."""
        return bisect_right(self._line_starts(), offset)

    def line(self, lineno: int) -> str:
        """Line `lineno` (1-based) without its line break; '' past the end."""
        starts = self._line_starts()
        if not 1 <= lineno <= len(starts):
            return ""
        begin = starts[lineno - 1]
        end = starts[lineno] if lineno < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n")

    def char_col(self, lineno: int, byte_col: int) -> int:
        """Character column of a UTF-8 byte column on a line."""
        if self._ascii or byte_col <= 0:
            return byte_col
        line = self.line(lineno)
        if line.isascii():
            return byte_col
        return len(line.encode("utf-8")[:byte_col].decode("utf-8", "replace"))

    def start(self, node: ast.AST) -> Tuple[int, int]:
        """(line, character column) where `node` starts."""
        line = getattr(node, "lineno", 1)
        return line, self.char_col(line, getattr(node, "col_offset", 0))

    def end(self, node: ast.AST) -> Tuple[int, int]:
        end_line: Optional[int] = getattr(node, "end_lineno", None)
        line: int = end_line if end_line is not None else getattr(node, "lineno", 1)
        col: Optional[int] = getattr(node, "end_col_offset", None)
        if col is None:
            col = int(getattr(node, "col_offset", 0))
        return line, self.char_col(line, col)

    def offset(self, lineno: int, char_col: int) -> int:
        starts = self._line_starts()
        lineno = max(1, min(lineno, len(starts)))
        return starts[lineno - 1] + char_col

    def segment(self, node: ast.AST) -> str:
        """The exact source text of `node` ('' when it has no position)."""
        if getattr(node, "end_lineno", None) is None:
            return ""
        a = self.offset(*self.start(node))
        b = self.offset(*self.end(node))
        return self.text[a:b]

    def display(self, node: ast.AST) -> str:
        """Short text of a node for messages: a dotted name as is, anything else as written, on one line."""
        d = dotted(node)
        if d is not None:
            return d
        text = self.segment(node)
        if not text:
            try:
                text = ast.unparse(node)
            except Exception:  # noqa: BLE001 - display only
                return "?"
        return " ".join(text.split()) if "\n" in text or "\r" in text else text.strip()


def updated_names(scope: ast.AST) -> Set[str]:
    """Bare names a training step changes in place anywhere under `scope`: `W -= lr * dW`, `W += lr * g`,
    `W = W - lr * dW` (also through an attribute or subscript of the name)."""
    out: Set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
            root = root_name(node.target)
            if root is not None:
                out.add(root)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.BinOp) \
                and isinstance(node.value.op, (ast.Add, ast.Sub)):
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            out |= {t.id for t in node.targets if isinstance(t, ast.Name) and t.id in reads}
        elif isinstance(node, ast.Assign):
            name = functional_update(node)
            if name is not None:
                out.add(name)
    return out


def updated_entries(scope: ast.AST) -> Set[str]:
    """String keys of container entries a training step changes in place anywhere under `scope`:
    `params["A1"] -= lr * grads["dA1"]`, `params["A1"] = params["A1"] - lr * dA1`."""
    out: Set[str] = set()
    for node in ast.walk(scope):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)) \
                and isinstance(node.target, ast.Subscript):
            key = string_value(node.target.slice)
            if key is not None:
                out.add(key)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.BinOp) \
                and isinstance(node.value.op, (ast.Add, ast.Sub)):
            read = {string_value(n.slice) for n in ast.walk(node.value) if isinstance(n, ast.Subscript)}
            out |= {k for t in node.targets if isinstance(t, ast.Subscript)
                    for k in [string_value(t.slice)] if k is not None and k in read}
    return out


def functional_update(node: ast.Assign) -> Optional[str]:
    """`w0 = np.subtract(w0, learning_rate * d_w0)` (`np.add`, `torch.sub`, `torch.add`): the step written as a
    call, the name it updates; None for anything else."""
    value = node.value
    if isinstance(value, ast.ListComp):
        updated = listwise_update(node.targets, value)
        return updated.id if isinstance(updated, ast.Name) else None
    if not isinstance(value, ast.Call) or len(value.args) < 2 or last_name(value.func) not in _STEP_CALLS:
        return None
    first = value.args[0]
    if not isinstance(first, ast.Name) or not any(isinstance(t, ast.Name) and t.id == first.id for t in node.targets):
        return None
    return first.id


_STEP_CALLS = {"subtract", "sub", "add"}


def loop_pairs(target: ast.expr, it: ast.expr) -> List[Tuple[ast.expr, ast.expr]]:
    """(variable, what it walks) for `for t in it:`, and for each name of `for a, b in zip(x, y):` (a, x), (b, y)."""
    if isinstance(it, ast.Call) and last_name(it.func) == "zip" and isinstance(target, ast.Tuple) \
            and len(target.elts) == len(it.args):
        return list(zip(target.elts, it.args))
    return [(target, it)]


def enumerated_item(target: ast.expr, it: ast.expr) -> Tuple[ast.expr, ast.expr]:
    """`for i, w in enumerate(ws):` -> (w, ws): the item and what it walks; any other loop as it is."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "enumerate" \
            and len(it.args) == 1 and not it.keywords and isinstance(target, ast.Tuple) and len(target.elts) == 2:
        return target.elts[1], it.args[0]
    return target, it


def listwise_update(targets: List[ast.expr], value: ast.ListComp) -> Optional[ast.expr]:
    """`weights = [w - (eta / m) * nw for w, nw in zip(weights, nabla_w)]` (Nielsen's SGD step, also on
    `self.weights`): a list of weights rebuilt from each of its own items by +/-; the target it updates."""
    elt = value.elt
    if len(value.generators) != 1 or not isinstance(elt, ast.BinOp) or not isinstance(elt.op, (ast.Add, ast.Sub)):
        return None
    gen = value.generators[0]
    operands = {n.id for n in (elt.left, elt.right) if isinstance(n, ast.Name)}
    for item, source in loop_pairs(gen.target, gen.iter):
        if not isinstance(source, (ast.Name, ast.Attribute)) or not isinstance(item, ast.Name) \
                or item.id not in operands:
            continue
        read = ast.dump(source, annotate_fields=False)
        for t in targets:
            if ast.dump(t, annotate_fields=False).replace("Store()", "Load()") == read:
                return t
    return None


_GRADIENT_TARGET = re.compile(r"^(?:d[A-Z_]|d(?:inputs|values|weights|biases|x|out|h|a|z|w|b)\d*\b|delta|grad)")


def is_gradient_target(target: ast.AST) -> bool:
    """`dW1`, `dz2`, `self.dinputs`, `self.dweights`, `delta`, `grad_w`: a statement of backpropagation stores here."""
    name = last_name(target)
    return name is not None and _GRADIENT_TARGET.match(name) is not None


def self_update(target: ast.expr, value: ast.expr) -> bool:
    """`w = w - lr * dw`: a value computed from the target itself by +/- (a training step, RULES "An update
    is not an overwrite")."""
    if type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr in _RESHAPES \
            and type(target) is ast.Name and type(value.func.value) is ast.Name \
            and value.func.value.id == target.id:
        return True  # w1 = w1.reshape(n_hidden, n_features + 1): the same values in another shape
    if not (type(value) is ast.BinOp and type(value.op) in (ast.Add, ast.Sub)):
        return False  # (tested before the dumps: most assignments are no +/- at all)
    t = type(target)
    if type(value.left) is not t and type(value.right) is not t:
        return False  # (a dump starts with its node's type: no operand of another type can match)
    text = ast.dump(target, annotate_fields=False).replace("Store()", "Load()")
    return any(ast.dump(n, annotate_fields=False) == text for n in (value.left, value.right))


_RESHAPES = {"reshape", "view", "transpose", "astype", "float", "double", "to", "cuda", "T", "permute", "squeeze",
             "unsqueeze", "flatten", "contiguous"}


def rebinds(fn: ast.AST, name: str) -> bool:
    """Whether the function assigns `name` anywhere (a parameter rebound is no longer what the calls passed)."""
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in walk(fn))

"""What distribution does an initializer expression draw from? (on the standard `ast` tree)

`Evaluator` reduces framework calls (factories, in-place inits, initializer
objects and strings) plus simple arithmetic (`randn(...) * k`,
`/ np.sqrt(n)`) to a `Dist`. The rules only ever look at `Dist`s, never at
framework spellings. Positions are never computed here: a `Dist` holds the
`ast` node, and the caller's `SourceText` turns it into a line and column.
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from dataclasses import dataclass, replace
from typing import Callable, NamedTuple, Dict, FrozenSet, Iterator, List, Literal, Optional, Sequence, Set, Tuple, TypeVar, Union

from ..arith import fold
from .astutil import (arg, body_statements, dotted, first_arg_value, has_star_args, keywords, last_name, param_defaults,
                      param_names, positional, sole_arg_value, string_value)
from .astutil import number_literal as _number_literal
from .imports import ImportTable

__all__ = [
    "Dist", "Misuse", "MisuseKind", "fmt", "Scale", "Evaluator", "is_sqrt", "module_constants",
    "arg", "positional", "keywords", "string_value", "dotted", "ImportTable", "TRIGGER_NAMES",
    "_unpack_shape", "_shape_args", "_as_call", "_INPLACE_METHODS", "_RNG_METHODS", "_TRANSPARENT_METHODS",
    "_WRAPPERS",
]

_AST_OPS: Dict[type, str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_T = TypeVar("_T")

FuncDef = Union[ast.FunctionDef, ast.AsyncFunctionDef]


# ---------------------------------------------------------------- the value


# what a tensor expression is drawn from or filled with (`family`: a variance-scaling initializer named by its
# family, xavier/he/lecun; `empty`: allocated, not yet filled; `unknown`: a draw whose spread is not known)
DistKind = Literal["zeros", "constant", "normal", "uniform", "family", "orthogonal", "identity", "empty", "unknown"]
MisuseKind = Literal["mean", "loc", "shape_as_loc", "lower_bound", "range_as_normal", "range_as_scale", "scale_as_axis"]


class Misuse(NamedTuple):
    """INI006: a positional argument that sets something else than the author meant (the rule builds
    the message from `kind`, `value` and `kept_std`, and the fix from `argument` and `keyword`)."""

    kind: MisuseKind  # what the positional argument really sets
    value: Optional[float]  # the number passed (mean / loc / lower bound); None for shape_as_loc
    argument: int  # index among the call's positional arguments (star args excluded) of the misused argument
    keyword: str  # the keyword that states the likely intent: "std", "stddev", "scale", "size"; "" for lower_bound
    kept_std: float = 1.0  # the std the call keeps (Keras RandomNormal: 0.05), for the message



@dataclass(frozen=True)
class Dist:
    kind: DistKind
    api: str  # what the user wrote, for messages: "np.random.randn", "nn.init.normal_"
    framework: str  # numpy | torch | keras | tf | jax
    node: ast.AST  # the initializer expression (where findings and fixes go)
    value: Optional[float] = None  # constant fill
    mean: Optional[float] = 0.0
    std: Optional[float] = None  # known numeric standard deviation
    low: Optional[float] = None  # uniform bounds, when known
    high: Optional[float] = None
    unit_draw: bool = False  # a draw with std 1 (randn) before any scaling
    factor: Optional[float] = None  # numeric multiplier applied to a unit draw
    family: Optional[str] = None  # xavier | he | lecun | orthogonal (for pairing)
    default: bool = False  # a framework default, not an explicit choice
    declared_nl: Optional[str] = None  # nonlinearity named in the call
    declared_slope: Optional[float] = None  # kaiming a= / calculate_gain("leaky_relu", s)
    numeric_gain: bool = False  # a bare numeric gain (a tuning choice: never paired)
    gain: Optional[float] = None  # its value, when known (`xavier_normal_(w, gain=0.02)`, `orthogonal_(w, 0.01)`)
    misuse: Optional[Misuse] = None  # INI006: what the positional argument really sets
    shape: Tuple[ast.expr, ...] = ()
    fan_in_expr: Optional[ast.expr] = None  # symbolic fan-in of a scale formula
    base_call: Optional[ast.Call] = None  # the unit draw inside `randn(...) * k`
    wrapper: Optional[str] = None  # Parameter | Variable
    trainable: bool = True
    # the stddev the author wrote, when `std` (the true one) differs: a normal truncated at 2 sigma has
    # std 0.88 x the written stddev (tf.truncated_normal(shape) with its default stddev 1.0 has std 0.88)
    written_std: Optional[float] = None
    # a uniform from a known lower bound >= 0 to an upper bound that is no number here but non-negative by its
    # form (`uniform_(0, np.sqrt(1 / n_in))`): positive-only all the same; the bound as written
    positive_to: Optional[str] = None
    # a fan-in formula's draw multiplied by a number (`normal(0, sqrt(2 / n_in), shape) * 0.01`): that number, the
    # draw's std as a multiple of the formula's at any fan-in
    family_factor: Optional[float] = None

    def nominal_std(self) -> Optional[float]:
        """The stddev as written (what RULES' thresholds such as `std >= 1` compare with)."""
        if self.std is None:
            return None
        return self.written_std if self.written_std is not None else self.std

    def rank(self) -> Optional[int]:
        """Number of dimensions when the shape says so: (a, b) -> 2, a single size n -> 1."""
        if len(self.shape) >= 2:
            # torch.ones((1, 1, channels, 1)): one axis that is not a literal 1 is a broadcast vector
            sized = [d for d in self.shape if not (isinstance(d, ast.Constant) and d.value == 1)]
            return len(self.shape) if len(sized) >= 2 else 1
        if len(self.shape) == 1:
            only = self.shape[0]
            if isinstance(only, ast.BinOp) or (isinstance(only, ast.Constant) and type(only.value) is int):
                return 1
            if isinstance(only, ast.Call) and isinstance(only.func, ast.Name) and only.func.id in ("len", "int"):
                return 1  # np.random.uniform(3, 7, len(w_true)): one number of entries
            if isinstance(only, ast.Subscript) and _int_index(only.slice):
                if isinstance(only.value, ast.Attribute) and only.value.attr == "shape":
                    return 1  # np.zeros(inputs.shape[1]): one axis of an array's shape is one number
                only = only.value  # torch.ones(param[0]): one entry of a list of sizes (unless it is named a shape)
            if isinstance(only, ast.Call) and isinstance(only.func, ast.Attribute) and only.func.attr == "size" \
                    and len(only.args) == 1 and not only.keywords and _int_index(only.args[0]):
                return 1  # torch.zeros(x.size(1)): one axis
            if isinstance(only, (ast.Name, ast.Attribute)):
                last = only.attr if isinstance(only, ast.Attribute) else only.id
                return None if any(w in last.lower() for w in ("shape", "size", "dims")) else 1
        return None

    def describe_scale(self) -> str:
        if self.kind == "uniform" and self.low is not None and self.high is not None:
            return f"U({fmt(self.low)}, {fmt(self.high)})"
        if self.std is not None:
            if self.written_std is not None and abs(self.written_std - self.std) > 1e-12:
                return f"std {fmt(self.written_std)} (truncated)"
            return f"std {fmt(self.std)}"
        return "an unknown scale"


def _tf1_class(q: str) -> bool:
    """`tensorflow.random_normal_initializer` and the other core TF1 `*_initializer`s: classes, which
    `tf.get_variable` instantiates with their defaults when handed one (contrib's are functions)."""
    return q.startswith(("tensorflow.", "tensorflow.python.ops.init_ops.")) and not q.startswith("tensorflow.contrib.") \
        and q.endswith("_initializer")


def _int_index(node: ast.expr) -> bool:
    """An integer literal index: `1`, `-1`."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) is int


def fmt(x: float) -> str:
    if x == 0:
        return "0"
    if abs(x) >= 1e4 or abs(x) < 1e-3:
        return f"{x:.0e}".replace("e-0", "e-").replace("e+0", "e")
    return f"{x:.4g}"


# ------------------------------------------------------------- small helpers


def is_sqrt(name: Optional[str]) -> bool:
    return name in ("numpy.sqrt", "math.sqrt", "torch.sqrt", "jax.numpy.sqrt", "tensorflow.sqrt", "tensorflow.math.sqrt")


class Scale(NamedTuple):
    """A multiplier: a number, or a variance-preserving formula of a fan-in."""

    value: Optional[float] = None
    family: Optional[str] = None  # he | lecun | xavier
    fan_in: Optional[ast.expr] = None
    coef: float = 1.0  # a number the formula is multiplied by (`2 * np.sqrt(6 / (n_in + n_out))`)


class Dispatch(NamedTuple):
    """A helper that returns one of several draws by a string parameter: per string, the statements that lead to
    its arm's `return` (those before the if/elif chain, then the arm's own) and the returned expression."""

    fn: FuncDef
    param: str
    arms: Dict[str, Tuple[Sequence[ast.stmt], ast.expr]]
    method: bool  # called as self.name(...): the first parameter is the receiver


# ------------------------------------------------------------- evaluator


class Evaluator:
    def __init__(self, imports: ImportTable, constants: Optional[Dict[str, float]] = None) -> None:
        self.imports = imports
        self.constants = constants or {}
        # names bound to different numbers at module level, by line (a use at module level takes the value bound
        # last before it)
        # (None from a line that binds the name to something else: `vocab_size = len(chars)` in one notebook cell,
        # `vocab_size = 10000` cells later for another model; a use in between has no known value)
        self.versions: Dict[str, List[Tuple[int, Optional[float]]]] = {
            k: v for k, v in getattr(constants, "versions", {}).items() if len({x for _, x in v}) > 1}
        self.rng_names: Set[str] = set()  # names bound to np.random.default_rng()/RandomState()
        # Values flow: numbers bound in the scopes being walked (innermost last). A function's parameters
        # (their numeric defaults, or None: unknown, shadowing a module constant) and its local
        # `name = <number>`; `self.X = <number>` of the class being walked.
        self.scopes: List[Dict[str, Optional[float]]] = []
        self.self_attrs: Dict[str, Optional[float]] = {}
        self.self_attr_defaults: Dict[str, Tuple[int, str]] = {}  # self.X = <parameter with a default>
        self.defaults: Dict[str, Tuple[int, str]] = {}  # param name -> (id(function node), name), innermost scope
        self.used_defaults: List[Tuple[int, str, float]] = []  # parameter defaults read since the last reset
        # parameters of the function being walked whose default is None (`constant_weight=None`): a fill with one
        # of them is judged at the calls that pass a number (`fill_value`)
        self.fill_params: Dict[str, Tuple[int, str]] = {}
        # Values flow: a tensor built into a local and then wrapped (`w0 = tf.random.uniform(...)`;
        # `self.W = tf.Variable(w0)`): name -> the factory expression, per scope (the module first, then the
        # functions being walked, innermost last)
        self.tensor_scopes: List[Dict[str, ast.expr]] = [{}]
        # locals bound to a formula of sizes (`init_range = tf.sqrt(6.0 / (n_in + n_out))`), per scope
        self.formula_scopes: List[Dict[str, ast.expr]] = [{}]
        self._expanding: Set[str] = set()  # names whose formula scale() is reading (cycle guard)
        self.wrapped: Set[int] = set()  # ids of those factory expressions that a wrapper took
        # canonical name of a called name: the import table's answer itself (the most frequent call of the
        # model, 5 per call node; a method forwarding to it was one frame more each time)
        self.qname: Callable[[Optional[ast.AST]], Optional[str]] = imports.resolve
        # a module-level helper's returned expression by the helper's name (`def init_weights(shape): return
        # tf.Variable(tf.random_normal(shape, stddev=0.01))`), set by the model builder: a call of it is valued
        # as that expression with the call's arguments
        self.helper_return: Callable[[str], Optional[Tuple[FuncDef, ast.expr]]] = lambda name: None
        # a helper that returns one of several draws by a string parameter (`if method == "xavier": return ...`),
        # and the string a name holds where a call passes it (a parameter's default every call keeps); both set
        # by the model builder: a call that picks an arm is valued as that arm's returned expression
        self.helper_dispatch: Callable[[str], Optional[Dispatch]] = lambda name: None
        self.string_param: Callable[[str], Optional[str]] = lambda name: None
        # a helper that wraps what it is given into a trained variable (`def get_var(self, initial_value, name):
        # ... return tf.Variable(initial_value)`), by the helper's name: (the def, the parameter's position among
        # the call's arguments, its name, the wrapper's kind); set by the model builder
        self.wrapping_helper: Callable[[str], Optional[Tuple[FuncDef, int, str, str]]] = lambda name: None
        self.init_object: Callable[[ast.expr], Optional[ast.expr]] = lambda node: None
        # per helper being inlined: its locals bound to an initializer object (`xavier = GlorotNormal()` before
        # `return tf.Variable(xavier(shape=shape))`), which the model's own table (the caller's) does not hold
        self.inlined_inits: List[Dict[str, ast.expr]] = []
        # the module-level function of that name, for helpers that look an initializer up by a string
        self.module_function: Callable[[str], Optional[FuncDef]] = lambda name: None
        self.source_text = ""  # the file's text (set by the model builder), for file-wide facts such as the TF version
        self.module: Optional[ast.Module] = None  # the tree (set by the model builder)
        self._string_reads: Optional[Dict[int, str]] = None
        self._dict_reads: Optional[Dict[int, Tuple[ast.Dict, ...]]] = None
        self._tuples: Optional[Dict[str, Tuple[ast.expr, ...]]] = None  # (_named_shape, made on first use)
        self._tuple_reads: Optional[Dict[int, Tuple[ast.expr, ...]]] = None
        self._literal_shapes: Optional[Dict[str, Tuple[int, ...]]] = None
        self._tf1: Optional[bool] = None

    def push_scope(self, names: Dict[str, Optional[float]], defaults: Dict[str, Tuple[int, str]]) -> Tuple[Dict[str, Tuple[int, str]], int]:
        self.scopes.append(dict(names))
        self.tensor_scopes.append({})
        self.formula_scopes.append({})
        saved = self.defaults
        self.defaults = {k: v for k, v in saved.items() if k not in names}
        self.defaults.update(defaults)
        return saved, len(self.scopes) - 1

    def pop_scope(self, token: Tuple[Dict[str, Tuple[int, str]], int]) -> None:
        saved, depth = token
        del self.scopes[depth:]
        del self.tensor_scopes[depth + 1:]
        del self.formula_scopes[depth + 1:]
        self.defaults = saved

    def module_dict_item(self, node: ast.Subscript) -> Optional[ast.expr]:
        """The entry a string key picks from a module-level dict literal (`neurons = {"quadratic": ..., "relu":
        "relu"}` ... `activation=neurons[neuron]`, neuron = "relu"): the key is a string or a module-level string
        constant, and every binding of the dict's name is a literal giving that key the same entry; None for
        anything else. Made on first use."""
        if type(node.value) is not ast.Name or self.module is None:
            return None
        if self._dict_reads is None:
            self._dict_reads = module_dict_reads(self.module)
        dicts = self._dict_reads.get(id(node.value))
        if not dicts:
            return None
        key = node.slice
        text = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else \
            self.module_string(key) if isinstance(key, ast.Name) else None
        if text is None:
            return None
        items = []
        for d in dicts:
            item = next((v for k, v in zip(d.keys, d.values) if isinstance(k, ast.Constant) and k.value == text), None)
            if item is None:
                return None
            items.append(item)
        return items[0] if len({ast.dump(i) for i in items}) == 1 else None

    def module_string(self, node: ast.Name) -> Optional[str]:
        """The string a read of a module-level constant holds (`activation = "sigmoid"` ... `Dense(64,
        activation=activation)`): a name bound once at module level to a string literal, read where no function
        binds it; None for anything else. Made on first use (one walk of the tree)."""
        if self._string_reads is None:
            self._string_reads = module_string_reads(self.module) if self.module is not None else {}
        return self._string_reads.get(id(node))

    def _named_shape(self, d: Optional[Dist]) -> Optional[Dist]:
        """A draw whose shape is a module-level tuple named at the call (`tf.random_uniform(layer_2_weight_shape,
        -1, 1)`): that tuple's sizes, as if written there."""
        if d is None or len(d.shape) != 1 or type(d.shape[0]) is not ast.Name or self.module is None:
            return d
        items = self.tuple_items(d.shape[0])  # (module-level reads found in one walk of the tree, made only when
        # such a name is a shape)
        return replace(d, shape=items) if items else d

    def tuple_items(self, node: Optional[ast.AST]) -> Optional[Tuple[ast.expr, ...]]:
        """The items of a tuple or list written here, or of one a name holds: a local bound to a tuple
        (`size = (n_in, n_out)`) or a module-level name bound once to a tuple or list (`input_shape = (img_rows,
        img_cols, 1)` ... `Conv2D(..., input_shape=input_shape)`). None for anything else."""
        if isinstance(node, (ast.Tuple, ast.List)):
            return None if any(isinstance(e, ast.Starred) for e in node.elts) else tuple(node.elts)
        if type(node) is not ast.Name or self.module is None:
            return None
        local = self.formula_of(node.id)  # type: ignore[attr-defined]
        if isinstance(local, ast.Tuple):
            return tuple(local.elts)
        if self._tuples is None:
            self._tuples = module_tuples(self.module)
        if node.id not in self._tuples:  # type: ignore[attr-defined]
            return None
        if self._tuple_reads is None:
            self._tuple_reads = module_tuple_reads(self.module, self._tuples)
        return self._tuple_reads.get(id(node))

    def literal_shape(self, node: Optional[ast.AST]) -> Optional[Tuple[ast.expr, ...]]:
        """The shape of the array literal a module-level name holds (`w0 = torch.tensor([[2.0], [-3.0]])`:
        (2, 1) as number nodes), for `randn_like(w0)`; None for anything else. Made on first use."""
        if not isinstance(node, ast.Name) or self.module is None:
            return None
        if self._literal_shapes is None:
            self._literal_shapes = module_literal_shapes(self.module)
        dims = self._literal_shapes.get(node.id)
        if dims is None:
            return None
        return tuple(ast.copy_location(ast.Constant(d), node) for d in dims)

    def bind(self, name: str, v: Optional[float]) -> None:
        """A local `name = <value>` in the innermost function scope (None: no longer a known number)."""
        if self.scopes:
            self.scopes[-1][name] = v
            self.defaults.pop(name, None)

    def bind_tensor(self, name: str, expr: Optional[ast.expr]) -> None:
        """A local `name = <tensor factory>` in the innermost function scope (None: something else now)."""
        if expr is None:
            self.tensor_scopes[-1].pop(name, None)
        else:
            self.tensor_scopes[-1][name] = expr

    def _name_number(self, name: str) -> Optional[float]:
        for scope in reversed(self.scopes):
            if name in scope:
                v = scope[name]
                ref = self.defaults.get(name)
                if v is not None and ref is not None:
                    self.used_defaults.append((ref[0], ref[1], v))
                return v
        return self.constants.get(name)

    # -- numbers ----------------------------------------------------------
    def fill_value(self, node: Optional[ast.AST]) -> Optional[float]:
        """The value of a constant fill: its number, or, for a parameter whose default is None
        (`nn.init.constant_(m.weight, constant_weight)` in `def __init__(self, constant_weight=None)`), 1.0 read
        as that parameter's default: the builder judges the fill again at each call passing a number, never
        with this stand-in (`Builder.call_site_values`)."""
        v = self.number(node)
        if v is None and isinstance(node, ast.Name) and node.id in self.fill_params and self.scopes \
                and self.scopes[-1].get(node.id, 0.0) is None:
            fid, pname = self.fill_params[node.id]
            self.used_defaults.append((fid, pname, 1.0))
            return 1.0
        return v

    def number(self, node: Optional[ast.AST], depth: int = 0) -> Optional[float]:
        if depth > 30:
            return None
        t = type(node)
        if t is ast.Constant:
            return _number_literal(node)
        if t is ast.UnaryOp:
            op = node.op  # type: ignore[union-attr]
            if not isinstance(op, (ast.USub, ast.UAdd)):
                return None
            v = self.number(node.operand, depth + 1)  # type: ignore[union-attr]
            if v is None:
                return None
            return -v if isinstance(op, ast.USub) else v
        if t is ast.Name:
            name = node.id  # type: ignore[union-attr]
            if name in self.versions and not any(name in scope for scope in self.scopes):
                line = getattr(node, "lineno", 0)
                before = [v for at, v in self.versions[name] if 0 < at <= line]
                if before:
                    return before[-1]
            return self._name_number(name)
        if t is ast.Attribute and isinstance(node.value, ast.Name) and node.value.id != "self":  # type: ignore[union-attr]
            return self.constants.get(f"{node.value.id}.{node.attr}")  # type: ignore[union-attr]  # opt.channels
        if t is ast.Attribute and isinstance(node.value, ast.Name) and node.value.id == "self":  # type: ignore[union-attr]
            v = self.self_attrs.get(node.attr)  # type: ignore[union-attr]
            if v is not None:
                ref = self.self_attr_defaults.get(node.attr)  # type: ignore[union-attr]
                if ref is not None:
                    self.used_defaults.append((ref[0], ref[1], v))
            return v
        if t is ast.BinOp:
            a = self.number(node.left, depth + 1)  # type: ignore[union-attr]
            b = self.number(node.right, depth + 1)  # type: ignore[union-attr]
            if a is None or b is None:
                return None
            return fold(_AST_OPS.get(type(node.op), ""), a, b)  # type: ignore[union-attr]
        if t is ast.Call:
            assert isinstance(node, ast.Call)
            q = self.qname(node.func)
            if q in ("float", "int") or is_sqrt(q):  # (before the argument: most calls are neither)
                only = sole_arg_value(node)
                if only is None:
                    return None
                if q in ("float", "int"):
                    return self.number(only, depth + 1)
                v = self.number(only, depth + 1)
                return math.sqrt(v) if v is not None and v >= 0 else None
            func = node.func
            if type(func) is ast.Attribute and func.attr in ("get", "pop") and len(node.args) == 2 \
                    and not node.keywords and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                # config.pop('weight_scale', 2.5e-3) / kwargs.get("std", 1e-3): the default a config lookup falls
                # back on decides, as a parameter's default does, where it is small on its own (under 0.01); the
                # sizes such a config gives (`config.pop('hidden_dims', [100])`) stay unknown, so a scale that
                # needs them to be judged (0.01 on a deep stack, a fan-in comparison) is not read from it
                v = self.number(node.args[1], depth + 1)
                return v if v is not None and 0 < v < 0.01 else None
        if t is ast.Subscript:
            # IMAGE_SIZE[2] with IMAGE_SIZE = (64, 64, 3) at module level (module_constants keeps the items), or
            # shape[0] in a helper called with a literal shape
            base, index = node.value, node.slice  # type: ignore[union-attr]
            if type(base) is ast.Name and type(index) in (ast.Constant, ast.UnaryOp):
                i = self.number(index, depth + 1)
                size = self._name_number(f"{base.id}[#]")  # type: ignore[union-attr]
                if i is not None and size is not None and i == int(i) and -size <= i < size:
                    return self._name_number(f"{base.id}[{int(i % size)}]")  # type: ignore[union-attr]
        return None

    # -- scale formulas ---------------------------------------------------
    def scale(self, node: Optional[ast.AST]) -> Scale:
        """Scale of a multiplier: `0.01`, `np.sqrt(2 / n)`, `1 / np.sqrt(n)`, `n ** -0.5`."""
        v = self.number(node)
        if v is not None:
            # a number; when written as a fan-in formula (`np.sqrt(2 / 784)`, `1 / sqrt(n_h / 2)` with module
            # constants) it keeps the formula's family too: the pairing rules read it
            formula = self._formula(node) if isinstance(node, (ast.Call, ast.BinOp)) \
                else self.named_formula(node) if isinstance(node, ast.Name) else Scale()
            return Scale(value=v, family=formula.family, fan_in=formula.fan_in)
        if isinstance(node, ast.Name):
            # glorot = np.sqrt(2.0 / (n_in + n_out)); np.random.normal(0, glorot, (n_in, n_out))
            return self.named_formula(node)
        return self._formula(node)

    def named_formula(self, node: ast.AST) -> Scale:
        """The scale of the formula a local names (`u1 = 2.0 * np.sqrt(6.0 / (n_in + n_h))`, then `(rand(...) -
        0.5) * u1`): read where a draw is multiplied by it."""
        if not isinstance(node, ast.Name) or node.id in self._expanding or len(self._expanding) >= 8:
            return Scale()  # (a chain of named formulas is followed 8 names deep)
        bound = self.formula_of(node.id)
        if bound is None:
            return Scale()
        self._expanding.add(node.id)  # (`x = x * 2`: a formula naming itself is read once)
        try:
            return self._formula(bound)
        finally:
            self._expanding.discard(node.id)

    def _formula(self, node: Optional[ast.AST]) -> Scale:
        if isinstance(node, ast.Call) and is_sqrt(self.qname(node.func)):
            only = sole_arg_value(node)
            if only is not None:
                return self._sqrt_ratio(only)
        if isinstance(node, ast.BinOp):
            op = node.op
            if isinstance(op, ast.Div):
                num = self.number(node.left)
                den = node.right
                if isinstance(den, ast.Call) and is_sqrt(self.qname(den.func)) and sole_arg_value(den) is not None \
                        and num is not None:
                    inner = sole_arg_value(den)
                    fam = self._family_of_denominator(inner, 1.0 / num / num if num else None)
                    if fam:
                        return fam
                # sqrt(2) / sqrt(n)
                if isinstance(node.left, ast.Call) and isinstance(den, ast.Call):
                    k = self.number(node.left)
                    if k is not None and is_sqrt(self.qname(den.func)) and sole_arg_value(den) is not None:
                        return self._family_of_denominator(sole_arg_value(den), k * k) or Scale()
            if isinstance(op, ast.Pow):
                p = self.number(node.right)
                if p is not None and abs(p + 0.5) < 1e-9:
                    return self._family_of_denominator(node.left, 1.0) or Scale()
                if p is not None and abs(p - 0.5) < 1e-9:
                    return self._sqrt_ratio(node.left)
            if isinstance(op, ast.Mult):
                a, b = self.scale(node.left), self.scale(node.right)
                if a.value is not None and b.value is not None:
                    return Scale(value=a.value * b.value)
                if a.value is None and a.family is None:
                    a = self.named_formula(node.left)
                if b.value is None and b.family is None:
                    b = self.named_formula(node.right)
                for number, formula in ((a, b), (b, a)):
                    if number.value is not None and number.family is None and formula.family is not None \
                            and formula.value is None:
                        # 2 * sqrt(6 / (a + b)): the formula, scaled
                        return formula._replace(coef=formula.coef * number.value)
        return Scale()

    def _sqrt_ratio(self, inner: ast.AST) -> Scale:
        """sqrt(k / n): k=2 -> He, k=1 -> LeCun, k / (a + b) -> Glorot."""
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div):
            k = self.number(inner.left)
            if k is None:
                return Scale()
            return self._family_of_denominator(inner.right, k) or Scale()
        return Scale()

    def _family_of_denominator(self, den: Optional[ast.AST], k: Optional[float]) -> Optional[Scale]:
        if k is None:
            return None
        if isinstance(den, ast.Name) and self.number(den) is None:
            den = self.formula_of(den.id) or den  # _dim_sum = np.sum(shape) ... sqrt(6.0 / _dim_sum)
        if isinstance(den, ast.Call) and len(den.args) == 1 and not den.keywords \
                and self.qname(den.func) in _SUMS and self.number(den) is None:
            # np.sum(shape) of a (fan_in, fan_out) shape: the fans' sum
            return Scale(family="xavier") if abs(k - 2) < 1e-9 or abs(k - 6) < 1e-9 else None
        if isinstance(den, ast.BinOp) and type(den.op) in (ast.Div, ast.Mult):
            # sqrt(k / (n / c)) = sqrt(k c / n): `1 / sqrt(fan_in / 2.)` is He; `sqrt(1 / (0.5 * n))` too
            for a, b in ((den.right, den.left),) if isinstance(den.op, ast.Div) else \
                    ((den.left, den.right), (den.right, den.left)):
                c = float(a.value) if isinstance(a, ast.Constant) and isinstance(a.value, (int, float)) else None
                if c is not None and c > 0 and not isinstance(b, ast.Constant):
                    k2 = k * c if isinstance(den.op, ast.Div) else k / c
                    if isinstance(den.op, ast.Mult) and c >= 3 and c.is_integer() \
                            and not any(abs(k2 - f) < 1e-9 for f in (1, 2, 6)):
                        break  # 1 / sqrt(channels * 9 * 9): a kernel's size in the fan-in, not a gain
                    return self._family_of_denominator(b, k2)
        n = self.number(den)
        if n is not None:
            if not (n > 0 and k >= 0):
                return None
            # sqrt(2 / 784): a number, and still the He formula (the pairing rules read the family)
            if isinstance(den, ast.BinOp) and isinstance(den.op, ast.Add):
                fam = "xavier" if abs(k - 2) < 1e-9 or abs(k - 6) < 1e-9 else None
            else:
                fam = "he" if abs(k - 2) < 1e-9 else "lecun" if abs(k - 1) < 1e-9 else None
            return Scale(value=math.sqrt(k / n), family=fam, fan_in=den if isinstance(den, ast.expr) else None)
        fan_in = den if isinstance(den, ast.expr) else None
        if isinstance(den, ast.BinOp) and isinstance(den.op, ast.Add):
            if abs(k - 2) < 1e-9 or abs(k - 6) < 1e-9:
                return Scale(family="xavier", fan_in=fan_in)
            return None
        if abs(k - 2) < 1e-9:
            return Scale(family="he", fan_in=fan_in)
        if abs(k - 1) < 1e-9:
            return Scale(family="lecun", fan_in=fan_in)
        return None

    def _divisor_family(self, other: ast.AST, d: Dist) -> Optional[Scale]:
        """Family of a unit draw divided by `sqrt(den)` (or `den ** 0.5`): den = n -> LeCun, n / 2 -> He,
        (a + b) or (a + b) / 2 -> Glorot. A literal den counts only when it is one of the draw's dimensions
        (`randn(784, 100) / np.sqrt(784)`, not `/ np.sqrt(2)`)."""
        inner: Optional[ast.AST] = None
        if isinstance(other, ast.Call) and is_sqrt(self.qname(other.func)):
            inner = sole_arg_value(other)
        elif isinstance(other, ast.BinOp) and isinstance(other.op, ast.Pow):
            p = self.number(other.right)
            inner = other.left if p is not None and abs(p - 0.5) < 1e-9 else None
        if inner is None:
            return None
        if isinstance(inner, ast.Constant) or (isinstance(inner, ast.UnaryOp) and isinstance(inner.operand, ast.Constant)):
            n = self.number(inner)
            dims = [self.number(x) for x in d.shape]
            if n is None or n not in dims:
                return None
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div) and self.number(inner.right) is None:
            return None  # randn / sqrt(2 / n) = randn * sqrt(n / 2): not a fan formula
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Mult) and len(d.shape) >= 2 \
                and _product_of_all(inner, d.shape):
            return None  # uniform(-1, 1, size=(m, h)) / sqrt(m * h): fan-in times fan-out, no fan formula
        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Add):
            if any(isinstance(x, ast.Constant) for x in (inner.left, inner.right)):
                return None  # sqrt(n + 1): not a fan formula
            return Scale(family="xavier")  # 1 / (fan_in + fan_out): no single fan-in to rewrite
        fam = self._family_of_denominator(inner, 1.0)
        if fam is None or fam.family is None:
            return None
        if fam.family == "xavier":
            return Scale(family="xavier")
        return fam

    # -- tensor-valued expressions ---------------------------------------
    def value(self, node: Optional[ast.AST], depth: int = 0) -> Optional[Dist]:
        """Dist of an expression that produces a tensor (factory + arithmetic)."""
        if depth > 40:
            return None
        if type(node) is ast.Call:  # (exact types, in order of frequency: ast.parse makes no subclasses)
            op = _ARITH_CALLS.get(self.qname(node.func) or "")
            if op is not None and len(node.args) == 2 and not node.keywords \
                    and not any(isinstance(a, ast.Starred) for a in node.args):
                # np.multiply(np.random.randn(n, m), 0.01): the product written as a call
                binop = ast.copy_location(ast.BinOp(left=node.args[0], op=op(), right=node.args[1]), node)
                binop.end_lineno, binop.end_col_offset = node.end_lineno, node.end_col_offset
                return self._arith(binop, depth)
            return self._named_shape(self._call_value(node, depth))
        if type(node) is ast.BinOp:
            return self._arith(node, depth)
        if type(node) is ast.Attribute and node.attr in ("T", "data", "mT"):
            return self.value(node.value, depth + 1)
        if type(node) is ast.ListComp or type(node) is ast.GeneratorExp:
            # [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]: one draw per layer
            return self.value(node.elt, depth + 1)
        return None

    def _arith(self, node: ast.BinOp, depth: int) -> Optional[Dist]:
        op = node.op
        if type(op) is ast.Add and (type(node.left) is ast.List) != (type(node.right) is ast.List) \
                and ast.ListComp in (type(node.left), type(node.right)):
            # [np.array([0])] + [np.random.randn(y, x) / np.sqrt(x) for ...]: a list of one draw per layer behind a
            # placeholder that indexes the layers from 1; the placeholder is no draw (a list of draws is judged
            # only when it holds nothing else)
            listed, comp = (node.left, node.right) if type(node.left) is ast.List else (node.right, node.left)
            if len(listed.elts) == 1 and self.value(listed.elts[0], depth + 1) is None:  # type: ignore[attr-defined]
                return self.value(comp, depth + 1)
            return None
        left = self.value(node.left, depth + 1)
        right = self.value(node.right, depth + 1) if left is None else None
        d = left if left is not None else right
        if d is None:
            return None
        other = node.right if left is not None else node.left
        if d.kind == "empty":
            return None
        if isinstance(op, ast.Mult) or (isinstance(op, ast.Div) and left is not None):
            s = self.scale(other)
            if s.value is None and s.family is None and isinstance(op, ast.Mult):
                s = self.named_formula(other)
            divide = isinstance(op, ast.Div)
            # W = randn(n_in, n_out) / np.sqrt(n_in): LeCun; / np.sqrt(n_in / 2): He; / np.sqrt(n_in + n_out):
            # Glorot (the fan-in and fan-out averaged)
            div = self._divisor_family(other, d) if divide and d.kind in ("normal", "uniform") else None
            if s.value is not None:
                k = 1.0 / s.value if divide and s.value else s.value
                if divide and not s.value:
                    return None
                scaled = _scaled(d, k, node)
                if s.family is not None and not divide and scaled is not None:
                    return replace(scaled, family=s.family, fan_in_expr=s.fan_in)  # randn(784, 512) * sqrt(2 / 784)
                if div is not None and scaled is not None:
                    return replace(scaled, family=div.family, fan_in_expr=div.fan_in)  # fan-in a known number
                return scaled
            if div is not None:
                # (a centred range divided by the formula, `uniform(-1, 1) * sqrt(6) / sqrt(n + m)`, has bounds of
                # the formula's size, not the ones written; a positive-only range stays so)
                centred = d.kind == "uniform" and _centred(d)
                return replace(d, node=node, family=div.family, std=None, factor=None, fan_in_expr=div.fan_in,
                               unit_draw=False, base_call=d.base_call or _as_call(d.node),
                               low=None if centred else d.low, high=None if centred else d.high)
            if s.family is not None and (_unit_after(d, s.coef) if _centred(d) else s.coef == 1.0):
                if divide:
                    return None  # randn / sqrt(2/n): not a standard formula
                # (a centred range scaled by the formula has bounds of the formula's size, not its unit ones:
                # `sf * (2 * t.rand(n, m) - 1)` with sf = 1 / np.sqrt(n) is U(-sf, sf); a positive-only range stays so)
                centred = d.kind == "uniform" and _centred(d)
                return replace(d, node=node, family=s.family, std=None, factor=None, fan_in_expr=s.fan_in,
                               unit_draw=False, base_call=d.base_call or _as_call(d.node),
                               low=None if centred else d.low, high=None if centred else d.high)
            if d.kind == "constant" and divide and type(other) in (ast.Name, ast.Attribute, ast.Subscript):
                # tf.ones([n_in, n_inhib]) / n_in: one value however large (every unit still identical)
                return replace(d, node=node, value=None)
            if d.kind == "uniform" and d.low == 0 and d.high is not None and d.high > 0 and (
                    _positive_size(self, other) if divide else _positive_scale(self, other)):
                # torch.rand(w_shape) * (1.0 / units), np.random.rand(n, m) / layers_dims[l - 1]: U(0, 1) times a
                # size's reciprocal is still all positive
                shown = ast.unparse(other)
                bound = (f"{d.high:g} / {shown}" if divide else shown if d.high == 1 else f"{d.high:g} * {shown}")
                return replace(d, node=node, std=None, factor=None, unit_draw=False, value=None, family_factor=None,
                               high=None, family=None, positive_to=bound)
            # multiplied by something unknown (a gain variable): unknown scale; a normal or a centred uniform
            # (`(2 * np.random.random(shape) - 1) * r`) keeps its shape of distribution, which calls passing `r`
            # may settle (Builder.call_site_scales)
            kind = d.kind if d.kind == "normal" or d.kind == "uniform" and _centred(d) else \
                "zeros" if d.kind == "zeros" else "unknown"
            return replace(d, node=node, std=None, factor=None, unit_draw=False, value=None, family_factor=None,
                           kind=kind, low=None, high=None, family=None)
        if isinstance(op, (ast.Add, ast.Sub)):
            kn = self.number(other)
            if kn is None:
                return self._centred_by_scale(node, depth)
            if d.kind == "uniform" and d.low is not None and d.high is not None:
                sign = 1 if isinstance(op, ast.Add) else -1
                low, high = (kn - d.high, kn - d.low) if right is not None and isinstance(op, ast.Sub) else \
                    (d.low + sign * kn, d.high + sign * kn)
                return replace(d, node=node, low=low, high=high, mean=(low + high) / 2)
            if d.kind in ("zeros", "constant"):
                base = d.value or 0.0
                sign = 1 if isinstance(op, ast.Add) else -1
                v = base + sign * kn if left is not None else (kn + base if isinstance(op, ast.Add) else kn - base)
                return replace(d, node=node, kind="zeros" if v == 0 else "constant", value=v)
            if d.kind == "normal" and d.mean is not None:
                # randn(n, m) * sigma + mu: the draw shifted (k - draw flips its sign, the spread stays)
                if right is not None and isinstance(op, ast.Sub):
                    return replace(d, node=node, mean=kn - d.mean)
                return replace(d, node=node, mean=d.mean + (kn if isinstance(op, ast.Add) else -kn))
            return replace(d, node=node, mean=None)
        return None

    def _centred_by_scale(self, node: ast.BinOp, depth: int) -> Optional[Dist]:
        """`torch.rand(n, m) * 2 * r - r` (r = sqrt(6 / (n + m))): the draw scaled by r and shifted back by the same
        r, i.e. `(rand * 2 - 1) * r`, read as that product (Glorot's uniform written by hand)."""
        scaled = node.left
        if type(node.op) is not ast.Sub or type(scaled) is not ast.BinOp or type(scaled.op) is not ast.Mult:
            return None
        shift = ast.dump(node.right)
        for x, b in ((scaled.left, scaled.right), (scaled.right, scaled.left)):
            if ast.dump(b) != shift:
                continue
            unit = ast.copy_location(ast.BinOp(left=x, op=ast.Sub(), right=ast.Constant(value=1)), x)
            product = ast.copy_location(ast.BinOp(left=unit, op=ast.Mult(), right=b), node)
            for made in (unit, product):
                made.end_lineno, made.end_col_offset = node.end_lineno, node.end_col_offset
            ast.fix_missing_locations(product)
            d = self._arith(product, depth + 1)
            return replace(d, node=node) if d is not None else None
        return None

    def _call_value(self, call: ast.Call, depth: int) -> Optional[Dist]:
        func = call.func
        q = self.qname(func)
        if q is not None:
            handler = _FACTORIES.get(q)
            if handler is not None and has_star_args(call) and q.rsplit(".", 1)[-1] not in _SHAPE_ONLY:
                return None  # np.random.uniform(*bounds): parameters not written here (randn(*shape) is fine)
            if handler is not None:
                made = self._bound_family(handler(self, call, q), call)
                if made is not None or q not in _WRAPPERS:
                    return made
                # tf.constant(w0): not a fill; a conversion of the tensor w0
            wrapper_name = _WRAPPERS[q] if q in _WRAPPERS else _other_framework_wrapper(q)
            # cp.asarray(w), a from-scratch framework's nn.asarray(w): an array conversion of what it is given
            converted = q not in _WRAPPERS and q.endswith(".asarray") and len(call.args) == 1
            if q in _WRAPPERS or wrapper_name is not None or converted:
                inner = arg(call, 0, "data", "initial_value", "value", "x", "a", "object", "array", "ndarray",
                            "tensor", "obj")
                # casts are transparent: tf.Variable(W1_init.astype(np.float32)), nn.Parameter(torch.from_numpy(w))
                inner = self.strip_casts(inner)
                if isinstance(inner, ast.Name) and inner.id in self.tensor_scopes[-1]:
                    inner = self.tensor_scopes[-1][inner.id]  # judged where it is wrapped, not as a local
                    self.wrapped.add(id(inner))
                if inner is None:
                    return None
                d = self.value(inner, depth + 1)
                if d is None and type(inner) is ast.Call:
                    d = self.filled_fresh(inner, depth + 1)  # nn.Parameter(nn.init.xavier_uniform_(torch.empty(n, m)))
                if d is None and q in _WRAPPERS and _WRAPPERS[q] is None:
                    d = self._repeated_number(inner, call, q)  # np.array([[0.5 for j in range(4)] for i in range(4)])
                if d is None:
                    return None
                trainable = True
                for kw in ("requires_grad", "trainable"):
                    v = arg(call, None, kw)
                    if isinstance(v, ast.Constant) and v.value is False:
                        trainable = False
                if q == "tensorflow.constant":
                    trainable = False  # W = tf.constant(w0): a TF constant is never trained (tf.Variable(tf.constant(w0)) is)
                return replace(d, wrapper=wrapper_name or d.wrapper, trainable=d.trainable and trainable)
        if call.args and call.keywords and any(k.arg in _TRAINED_FLAGS and isinstance(k.value, ast.Constant)
                                               and k.value.value is True for k in call.keywords):
            # a from-scratch framework's own tensor class: Tensor(np.random.rand(2, 3), autograd=True) is a
            # trained parameter holding the draw
            d = self.value(self.strip_casts(call.args[0]), depth + 1)
            if d is not None and d.kind != "empty":
                return replace(d, wrapper="Parameter")
        if (type(func) is ast.Name or type(func) is ast.Attribute) and q not in _FACTORIES:
            origin = self.inlined_inits[-1].get(func.id) if self.inlined_inits and type(func) is ast.Name else None  # type: ignore[attr-defined]
            if origin is None:
                origin = self.init_object(func)
            if origin is not None and depth < 20:
                # W = tf.Variable(initializer([n_users, emb_dim])): a draw of the object `initializer` names,
                # reported at the factory call that made the object (where the fix goes)
                made = self.initializer(origin)
                if made is not None and made.kind != "empty":
                    shape_node = _drawn_shape(call, self.qname(origin.func) if type(origin) is ast.Call else None)  # type: ignore[attr-defined]
                    return replace(made, node=origin, shape=_unpack_shape(shape_node) if shape_node is not None else ())
        if type(func) is ast.Call and depth < 20:
            # initializers.GlorotUniform()(w_shape): the initializer object made and called at once to draw
            made = self.initializer(func)
            if made is not None and made.kind != "empty":
                shape_node = _drawn_shape(call, self.qname(func.func))  # type: ignore[attr-defined]
                return replace(made, shape=_unpack_shape(shape_node) if shape_node is not None else ())
        helper_name = None
        if type(func) is ast.Name and q not in _FACTORIES:
            helper_name = func.id  # type: ignore[attr-defined]
            helper = self.helper_return(helper_name)
            if helper is not None and depth < 20:
                return self._inlined(call, helper[0], helper[1], depth)
        if type(func) is ast.Attribute and type(func.value) is ast.Name and func.value.id == "self":  # type: ignore[attr-defined]
            # W1 = self.variable([state_dim, 400], state_dim): a method of the class made of one `return <draw>`
            helper_name = "self." + func.attr  # type: ignore[attr-defined]
            helper = self.helper_return(helper_name)
            if helper is not None and depth < 20:
                return self._inlined(call, helper[0], helper[1], depth, method=True)
        if helper_name is not None and depth < 20 and (call.args or call.keywords) and self._hands_on_draw(call):
            # (only a call handing on a drawn tensor can make it a trained one)
            wrapping = self.wrapping_helper(helper_name)
            if wrapping is not None:
                # filters = self.get_var(initial_value, name): the draw the caller made, now a trained variable
                # (judged where it is drawn, as `tf.Variable(initial_value)` written here would be)
                given = arg(call, wrapping[1], wrapping[2])
                given = self.strip_casts(given) if given is not None else None
                if isinstance(given, ast.Name) and given.id in self.tensor_scopes[-1]:
                    given = self.tensor_scopes[-1][given.id]
                    self.wrapped.add(id(given))
                d = self.value(given, depth + 1) if given is not None else None
                if d is not None and d.kind != "empty":
                    return replace(d, wrapper=wrapping[3])
                return None
        if helper_name is not None and depth < 20:
            dispatch = self.helper_dispatch(helper_name)
            arm = self._dispatched(call, dispatch) if dispatch is not None else None
            if dispatch is not None and arm is not None:
                return self._inlined(call, dispatch.fn, arm[1], depth, method=dispatch.method, body=arm[0])
        if isinstance(func, ast.Attribute):
            method = func.attr
            receiver = func.value
            if method in _TRANSPARENT_METHODS:
                d = self.value(receiver, depth + 1)
                if d is not None and method in ("reshape", "view") and call.args and not call.keywords:
                    # normal(size=50).reshape(50, 1): the draw in the shape it is given
                    shape = _unpack_shape(call.args[0]) if len(call.args) == 1 else tuple(call.args)
                    if not any(isinstance(e, (ast.Starred, ast.UnaryOp)) for e in shape):
                        d = replace(d, shape=shape)
                return d
            if method in _INPLACE_METHODS:
                base = self.value(receiver, depth + 1)
                if base is not None or _is_tensor_ctor(self, receiver):
                    return self.inplace_method(call)
            if method in _RNG_METHODS and self._is_rng(receiver):
                return _RNG_METHODS[method](self, call, f"rng.{method}")
        return None

    def _hands_on_draw(self, call: ast.Call) -> bool:
        """Whether a call passes a drawn local (`self.get_var(initial_value, name)`) or a draw written in place."""
        drawn = self.tensor_scopes[-1]
        for a in itertools.chain(call.args, (k.value for k in call.keywords)):
            t = type(a)
            if t is ast.Name and a.id in drawn or t is ast.Call and self.qname(a.func) in _FACTORIES:  # type: ignore[attr-defined,operator]
                return True
        return False

    def tf1_defaults(self) -> bool:
        """Whether `tf.random_normal_initializer()` / `tf.random_uniform_initializer()` have TensorFlow 1's
        defaults (stddev 1.0, [0, 1)) in this file rather than TF2's (stddev 0.05, [-0.05, 0.05)): yes unless
        the file is TF2 code (Keras, and no TF1 graph API anywhere in it)."""
        if self._tf1 is None:
            text = self.source_text
            self._tf1 = any(marker in text for marker in _TF1_MARKERS) or "keras" not in text
        return self._tf1

    @staticmethod
    def is_initializer_function(q: str) -> bool:
        """A function that draws or fills a tensor when called: `torch.nn.init.kaiming_normal_`, `numpy.random.randn`."""
        if q.startswith("torch.nn.init."):
            return q[len("torch.nn.init."):].rstrip("_") in _TORCH_INIT
        return q in _FACTORIES

    def _dispatched(self, call: ast.Call, dispatch: Dispatch) -> Optional[Tuple[Sequence[ast.stmt], ast.expr]]:
        """The arm of a string-dispatched helper this call picks: by the string it passes (or the parameter's
        default where it passes none), or by a name of the caller that holds one known string."""
        a = dispatch.fn.args
        params = [p.arg for p in a.posonlyargs + a.args][1 if dispatch.method else 0:]
        index = params.index(dispatch.param) if dispatch.param in params else None
        passed = arg(call, index, dispatch.param)
        if passed is None:
            passed = param_defaults(dispatch.fn).get(dispatch.param)
        chosen = string_value(passed) if passed is not None else None
        if chosen is None and isinstance(passed, ast.Name):
            chosen = self.string_param(passed.id)
        return dispatch.arms.get(chosen) if chosen is not None else None

    def _inlined(self, call: ast.Call, fn: FuncDef, returned: ast.expr, depth: int, method: bool = False,
                 body: Optional[Sequence[ast.stmt]] = None) -> Optional[Dist]:
        """The value of a helper's returned expression with the call's arguments for its parameters: numbers
        by name, a literal shape by its items (`shape[0]`), and the drawn shape's parameter names replaced by
        the expressions passed (the caller's scope values them). The draw stays where the helper writes it.
        `body`: the statements that lead to `returned` (default: the helper's body)."""
        if has_star_args(call):
            return None
        a = fn.args
        params = [p.arg for p in a.posonlyargs + a.args]
        defaults = dict(zip(params[len(params) - len(a.defaults):], a.defaults))
        scope: Dict[str, Optional[float]] = {p.arg: None for p in a.posonlyargs + a.args + a.kwonlyargs}
        if method:
            params = params[1:]  # (self: the receiver, not an argument)
        passed_nodes: Dict[str, ast.expr] = {}
        for i, p in enumerate(params):
            passed = arg(call, i, p)
            if passed is None:
                passed = defaults.get(p)
            if passed is None:
                continue
            passed_nodes[p] = passed
            scope[p] = self.number(passed)
            if isinstance(passed, (ast.List, ast.Tuple)) and 0 < len(passed.elts) <= 8:
                items = [self.number(e) for e in passed.elts]
                scope[f"{p}[#]"] = float(len(items))
                scope.update({f"{p}[{j}]": x for j, x in enumerate(items)})
        self.scopes.append(scope)
        self.tensor_scopes.append({})
        self.formula_scopes.append({})
        self.inlined_inits.append({})
        shadowed: Dict[str, Optional[float]] = {}  # self attributes the method sets before it returns, as they were
        try:
            for stmt in fn.body if body is None else body:  # initial = tf.truncated_normal(...); return tf.Variable(initial)
                if method and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                        and isinstance(stmt.targets[0], ast.Attribute) and isinstance(stmt.targets[0].value, ast.Name) \
                        and stmt.targets[0].value.id == "self":
                    # self.standard_deviation = 1; return np.random.normal(self.mean, self.standard_deviation, dim)
                    attr = stmt.targets[0].attr
                    shadowed.setdefault(attr, self.self_attrs.get(attr))
                    self.self_attrs[attr] = self.number(stmt.value)
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                    name = stmt.targets[0].id
                    scope[name] = self.number(stmt.value)
                    self.bind_formula(name, stmt.value)  # v = 1. / np.sqrt(fanin): a bound's formula
                    drawn = self.value(stmt.value, depth + 1) if scope[name] is None else None
                    if drawn is not None and drawn.kind != "empty":
                        self.tensor_scopes[-1][name] = stmt.value
                    elif drawn is None and scope[name] is None and type(stmt.value) is ast.Call \
                            and self.initializer(stmt.value) is not None:
                        self.inlined_inits[-1][name] = stmt.value  # an initializer object the return calls
            # ret = uniform(...) / sqrt(m * h); return ret.astype(np.float32): the drawn local, cast
            core: ast.expr = returned
            while isinstance(core, ast.Call) and isinstance(core.func, ast.Attribute) \
                    and core.func.attr in _TRANSPARENT_METHODS:
                core = core.func.value
            if isinstance(core, ast.Name) and core.id in self.tensor_scopes[-1]:
                returned = self.tensor_scopes[-1][core.id]
            d = self.value(returned, depth + 1)
        finally:
            self.scopes.pop()
            self.tensor_scopes.pop()
            self.formula_scopes.pop()
            self.inlined_inits.pop()
            for attr, was in shadowed.items():
                if was is None:
                    self.self_attrs.pop(attr, None)
                else:
                    self.self_attrs[attr] = was
        if d is None or not d.shape:
            return d
        if len(d.shape) == 1 and isinstance(d.shape[0], ast.Name) \
                and isinstance(passed_nodes.get(d.shape[0].id), (ast.List, ast.Tuple)):
            whole = passed_nodes[d.shape[0].id]
            assert isinstance(whole, (ast.List, ast.Tuple))
            return replace(d, shape=_unpack_shape(whole))  # init_weights([784, 256]): the call's sizes
        return replace(d, shape=tuple(passed_nodes.get(x.id, x) if isinstance(x, ast.Name) else x for x in d.shape))

    def returned_items(self, call: ast.Call, n: int) -> List[Optional[Dist]]:
        """The values of a module-level helper's returned tuple (`return W, b`) for this call, item by item;
        [] unless the helper returns a tuple of `n` items."""
        func = call.func
        if type(func) is not ast.Name:
            return []
        helper = self.helper_return(func.id)  # type: ignore[attr-defined]
        body: Optional[Sequence[ast.stmt]] = None
        if helper is None:  # W1, b1 = init_layer(key, 784, 512, "he"): the arm the call picks
            dispatch = self.helper_dispatch(func.id)  # type: ignore[attr-defined]
            arm = self._dispatched(call, dispatch) if dispatch is not None else None
            if dispatch is not None and arm is not None:
                helper, body = (dispatch.fn, arm[1]), arm[0]
        if helper is None or type(helper[1]) is not ast.Tuple or len(helper[1].elts) != n:  # type: ignore[attr-defined]
            return []
        return [self._inlined(call, helper[0], item, 0, body=body) for item in helper[1].elts]  # type: ignore[attr-defined]

    def strip_casts(self, node: Optional[ast.expr]) -> Optional[ast.expr]:
        """The tensor under value-preserving casts and conversions: `w.astype(np.float32)`, `w.float()`,
        `w.to(device)`, `np.float32(w)`, `tf.cast(w, tf.float32)`, `torch.from_numpy(w)`, `tf.constant(w)`,
        `tf.convert_to_tensor(w)`, `jnp.asarray(w)` -> `w`."""
        for _ in range(10):
            if not isinstance(node, ast.Call):
                return node
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _CAST_METHODS:
                node = func.value
                continue
            made_of = arg(node, 0, "data", "array") if isinstance(func, ast.Attribute) \
                and func.attr in ("from_array", "from_numpy") and len(node.args) + len(node.keywords) == 1 else None
            if made_of is not None:
                node = made_of  # Tensor.from_array(w): a from-scratch framework's tensor made of the array
                continue
            q = self.qname(func)
            if q is not None and q in _WRAPPERS and _WRAPPERS[q] is None:
                inner = arg(node, 0, "x", "value", "data", "a", "ndarray", "tensor", "obj", "object", "array")
                if inner is None or (q == "tensorflow.constant" and arg(node, 2, "shape") is not None):
                    return node  # tf.constant(0.1, shape=...): a fill, not a conversion
                node = inner
                continue
            return node
        return node

    def _repeated_number(self, inner: ast.AST, call: ast.Call, q: str) -> Optional[Dist]:
        """An array made of one number repeated: `np.array([[0.5 for j in range(4)] for i in range(4)])`,
        `np.array([0.0 for _ in range(n)])`, `torch.tensor([0.1] * n)`; a fill of that number, the comprehension's
        ranges (or the repetition count) its shape. A comprehension over data (`[x for x in xs]`), with a filter
        or whose item is not a number written once is no fill."""
        dims: List[ast.expr] = []
        node = inner
        while True:
            if type(node) is ast.ListComp:
                gens = node.generators  # type: ignore[attr-defined]
                if len(gens) != 1 or gens[0].ifs or not isinstance(gens[0].iter, ast.Call) \
                        or self.qname(gens[0].iter.func) != "range" or len(gens[0].iter.args) != 1:
                    return None
                dims.append(gens[0].iter.args[0])
                node = node.elt  # type: ignore[attr-defined]
            elif type(node) is ast.BinOp and isinstance(node.op, ast.Mult) \
                    and type(node.left) is ast.List and len(node.left.elts) == 1:  # type: ignore[attr-defined]
                dims.append(node.right)  # type: ignore[attr-defined]
                node = node.left.elts[0]  # type: ignore[attr-defined]
            else:
                break
        if not dims or not isinstance(node, (ast.Constant, ast.UnaryOp)):
            return None
        v = self.number(node)
        if v is None or isinstance(node, ast.Constant) and isinstance(node.value, bool):
            return None
        return Dist("zeros" if v == 0 else "constant", _short(q), _framework(q), call, value=v, shape=tuple(dims))

    def _is_rng(self, receiver: ast.AST) -> bool:
        d = dotted(receiver)
        if d is not None and (d in self.rng_names or d.split(".")[-1] in ("rng", "random_state", "prng", "_rng", "np_rng", "generator")):
            return True
        if isinstance(receiver, ast.Call):
            q = self.qname(receiver.func)
            return q in ("numpy.random.default_rng", "numpy.random.RandomState", "numpy.random.Generator")
        return False

    # -- in-place initialisation of an existing tensor -------------------
    def filled_fresh(self, call: ast.Call, depth: int = 0) -> Optional[Dist]:
        """`nn.init.kaiming_normal_(torch.empty(n, m))`: an init function returns the tensor it fills; filling a
        tensor made right there gives the init's draw (at the init call) with that tensor's shape, wrapper and
        trainability."""
        filled = self.inplace_call(call)
        if filled is None or type(filled[0]) is not ast.Call:
            return None
        fresh = self.value(filled[0], depth + 1)
        if fresh is None:
            return None
        return replace(filled[1], wrapper=fresh.wrapper, shape=filled[1].shape or fresh.shape,
                       trainable=filled[1].trainable and fresh.trainable)

    def inplace_call(self, call: ast.Call) -> Optional[Tuple[ast.expr, Dist]]:
        """`nn.init.X_(t, ...)` or `t.X_(...)`: (target tensor expression, Dist)."""
        q = self.qname(call.func)
        torch_init = q is not None and q.startswith("torch.nn.init.")
        parts = q.rsplit(".", 2) if q is not None else []
        # (or a from-scratch framework's own `init` module copying torch's, `init.kaiming_uniform(self.weight,
        # a=math.sqrt(5))` in its Linear.reset_parameters: the same functions with the same arguments)
        copied = not torch_init and len(parts) == 3 and parts[1] == "init" and not parts[0].startswith("torch") \
            and parts[2].rstrip("_") in _TORCH_INIT and bool(call.args or call.keywords)
        if torch_init or copied:
            assert q is not None
            fn = q[len("torch.nn.init."):] if torch_init else parts[2]
            handler = _TORCH_INIT.get(fn.rstrip("_"))
            target = arg(call, 0, "tensor")
            if handler is None or target is None:
                return None
            d = self._bound_family(handler(self, call, ("nn.init." if torch_init else "init.") + fn), call)
            return (target, d) if d is not None else None
        if q is not None and q.split(".")[-1] in _CAFFE2_FILLS and len(call.args) == 1 and not call.keywords:
            # fvcore's c2_xavier_fill(module) / c2_msra_fill(module) (detectron2, pycls, SlowFast): the module's
            # weight gets kaiming_uniform_(a=1) -- LeCun uniform, Caffe2's "XavierFill" -- or He (fan_out, ReLU)
            name = q.split(".")[-1]
            weight = ast.Attribute(value=call.args[0], attr="weight", ctx=ast.Load())
            ast.copy_location(weight, call.args[0])
            return weight, Dist("family", name, "torch", call, family=_CAFFE2_FILLS[name])
        if q is not None and q.split(".")[-1] == "trunc_normal_" and (call.args or call.keywords):
            # timm.layers.trunc_normal_ and copies of it share torch's signature
            target = arg(call, 0, "tensor")
            d = _TORCH_INIT["trunc_normal"](self, call, "trunc_normal_")
            return (target, d) if d is not None and target is not None else None
        if isinstance(call.func, ast.Attribute) and call.func.attr in _INPLACE_METHODS:
            receiver = call.func.value
            if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute) \
                    and receiver.func.attr == "detach" and not receiver.args and not receiver.keywords:
                receiver = receiver.func.value  # m.weight.detach().normal_(0, 0.001): the tensor itself
            if _is_tensor_ctor(self, receiver) or isinstance(receiver, ast.Call):
                return None  # torch.empty(...).normal_(): a value, handled by value()
            d = self.inplace_method(call)
            return (receiver, d) if d is not None else None
        return None

    def inplace_method(self, call: ast.Call) -> Optional[Dist]:
        func = call.func
        if not isinstance(func, ast.Attribute):
            return None
        method = func.attr
        api = f".{method}()"
        if method == "zero_":
            return Dist("zeros", api, "torch", call, value=0.0)
        if method == "fill_":
            v = self.fill_value(arg(call, 0, "value"))
            if v is None:
                return None
            return Dist("zeros" if v == 0 else "constant", api, "torch", call, value=v)
        if method == "normal_":
            return _normal_like(self, call, api, tensor_first=False)
        if method == "uniform_":
            return self._bound_family(_uniform_like(self, call, api, tensor_first=False, names=("from", "to")), call)
        return None

    # -- initializer objects (Keras, TF1, Flax/JAX, Haiku) and strings ----
    def _bound_family(self, d: Optional[Dist], call: ast.Call) -> Optional[Dist]:
        """A uniform whose bound is a fan formula written out (`init_range = sqrt(6 / (n_in + n_out))`;
        `random_uniform_initializer(-init_range, init_range)`): Glorot for 6 / (a + b), He for 6 / n, LeCun for
        3 / n (the bound is sqrt(3) x the std)."""
        if d is None or d.kind != "uniform" or d.family is not None or d.low is not None and d.low >= 0:
            return d  # (uniform_(0, sqrt(1 / n)): positive-only, INI005's, no fan family)
        for node in [k.value for k in call.keywords if k.arg in ("maxval", "high", "b", "maxval_", "limit")] + list(call.args):
            if isinstance(node, ast.Name):
                node = self.formula_of(node.id) or node
            if isinstance(node, ast.UnaryOp):
                continue  # the -bound side
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
                # constant * sqrt(6 / (fan_in + fan_out)) with `constant=1` (the VAE tutorials' xavier_init)
                node = node.right if self.number(node.left) == 1 else node.left if self.number(node.right) == 1 \
                    else node
            only = self._radicand(node)  # sqrt(6 / (a + b)) or (6 / (a + b)) ** 0.5
            if only is not None:
                if isinstance(only, ast.BinOp) and isinstance(only.op, ast.Div):
                    k = self.number(only.left)
                    # (a bound is sqrt(3) x the std: sqrt(2 / n) as a bound is not He; sqrt(6 / n) is)
                    f = self._family_of_denominator(only.right, k / 3.0 if k else None)
                    if f is not None and f.family is not None:
                        return replace(d, family=f.family)
                    if k is not None and abs(k - 2) < 1e-9 and _fan_sum(only.right):
                        # U(+-sqrt(2 / (fan_in + fan_out))): a fan-average bound, Glorot's family at a smaller
                        # scale (std sqrt(2 / (3 (a + b))))
                        return replace(d, family="xavier")
        return d

    def _radicand(self, node: ast.AST) -> Optional[ast.AST]:
        """x of `sqrt(x)` (any framework's) or of `x ** 0.5`, k / n of `sqrt(k) / sqrt(n)` (TensorFlow's MLP guide:
        `tf.sqrt(6.) / tf.sqrt(tf.cast(in_dim + out_dim, tf.float32))`), a cast around x left out; None for
        anything else."""
        if isinstance(node, ast.Call) and is_sqrt(self.qname(node.func)):
            inner = sole_arg_value(node)
            return self._uncast(inner) if inner is not None else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            p = self.number(node.right)
            return self._uncast(node.left) if p is not None and abs(p - 0.5) < 1e-9 else None
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and isinstance(node.left, ast.Call) \
                and isinstance(node.right, ast.Call):
            k, n = self._radicand(node.left), self._radicand(node.right)
            if isinstance(k, ast.expr) and isinstance(n, ast.expr) and self.number(k) is not None:
                return ast.BinOp(left=k, op=ast.Div(), right=n)
        return None

    def _uncast(self, node: ast.AST) -> ast.AST:
        """x of `tf.cast(x, tf.float32)`, `float(x)`, `np.float32(x)`: the same number."""
        while isinstance(node, ast.Call) and node.args and self.qname(node.func) in _CASTS:
            node = node.args[0]
        return node

    def bind_formula(self, name: str, value: ast.expr) -> None:
        """Keep (or forget) the formula a local names (`init_range = tf.sqrt(6.0 / (n_in + n_out))`), for the
        bounds that use it: a formula keeps its family when a helper's sizes make it a number at a call site."""
        if isinstance(value, (ast.Call, ast.BinOp)) or isinstance(value, ast.Tuple) and len(value.elts) >= 2 \
                and not any(isinstance(e, ast.Starred) for e in value.elts):
            # (a local tuple is a shape written once and drawn with: `size = (n_in, n_out)` ... `normal(0, s, size)`)
            self.formula_scopes[-1][name] = value
        else:
            self.formula_scopes[-1].pop(name, None)

    def formula_of(self, name: str) -> Optional[ast.expr]:
        for scope in reversed(self.formula_scopes):
            if name in scope:
                return scope[name]
        return None

    def initializer(self, node: Optional[ast.AST]) -> Optional[Dist]:
        s = string_value(node)
        if s is not None:
            assert node is not None
            return _keras_string(s, node)
        if isinstance(node, ast.Call):
            q = self.qname(node.func)
            if q is None:
                return None
            handler = _INITIALIZERS.get(q)
            if handler is not None:
                return self._bound_family(handler(self, node, q), node)
            handler = _INITIALIZERS_BY_NAME.get(q.rsplit(".", 1)[-1])
            if handler is not None:
                return handler(self, node, q)
            if q == "keras.initializers.get" and (node.args or node.keywords):
                s = string_value(first_arg_value(node))
                return _keras_string(s, node) if s else None
            return self._looked_up_initializer(node)
        if isinstance(node, (ast.Name, ast.Attribute)):
            q = self.qname(node)
            if q is not None and q in _UNCALLED_INITIALIZERS:
                return _UNCALLED_INITIALIZERS[q](node)
            if q is not None and q in _INITIALIZERS and (q.startswith("keras.initializers.") or _tf1_class(q)):
                # kernel_initializer=glorot_normal (the class or function, not called): Keras makes it with its
                # defaults (initializers.get instantiates a class it is given); so does TF1's get_variable with an
                # initializer class (`kernel_initializer=tf.random_normal_initializer`: RandomNormal(), std 1)
                call = ast.copy_location(ast.Call(func=node, args=[], keywords=[]), node)
                made = self._bound_family(_INITIALIZERS[q](self, call, q), call)
                return replace(made, node=node) if made is not None else None
        return None

    def _looked_up_initializer(self, call: ast.Call) -> Optional[Dist]:
        """`initializer("glorot")` with `def initializer(name): return {"glorot": VarianceScaling(1.0, "fan_avg",
        "uniform"), "he": ...}[name]`: the initializer of the entry the call's string picks, reported at the call
        (where the choice is written)."""
        fn = self.module_function(call.func.id) if isinstance(call.func, ast.Name) else None
        body = [b for b in fn.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))] \
            if fn is not None else []
        returned = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
        if fn is None or not isinstance(returned, ast.Subscript) or not isinstance(returned.value, ast.Dict) \
                or not isinstance(returned.slice, ast.Name):
            return None
        params = [p.arg for p in fn.args.posonlyargs + fn.args.args]
        key = returned.slice.id
        if key not in params:
            return None
        picked = string_value(arg(call, params.index(key), key))
        entry = next((v for k, v in zip(returned.value.keys, returned.value.values)
                      if picked is not None and string_value(k) == picked), None)
        # (an entry that calls another helper of the file by name is not looked into: no chains of lookups)
        helper_call = isinstance(entry, ast.Call) and isinstance(entry.func, ast.Name)
        d = self.initializer(entry) if entry is not None and not helper_call else None
        return replace(d, node=call) if d is not None else None


def _module_level(body: List[ast.stmt]) -> Iterator[ast.stmt]:
    """The module's statements, with those of its `if __name__ == "__main__":` block and of its `with` blocks in
    place (a script's main block, and a TF1 script's `with tf.Session() as sess:`, run at module level)."""
    for stmt in body:
        if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare) and isinstance(stmt.test.left, ast.Name) \
                and stmt.test.left.id == "__name__" and not stmt.orelse:
            yield from _module_level(stmt.body)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            yield from _module_level(stmt.body)
        else:
            yield stmt


_ARRAY_LITERALS = {"tensor", "array", "asarray", "constant", "Tensor", "FloatTensor", "DoubleTensor"}


def module_literal_shapes(tree: ast.Module) -> Dict[str, Tuple[int, ...]]:
    """Names bound exactly once at module level to an array written as a nested list of numbers
    (`w0 = torch.tensor([[2.0], [-3.0]])`, `np.array([1, 2, 3])`) -> that array's shape."""
    shapes: Dict[str, Tuple[int, ...]] = {}
    for stmt in _module_level(tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Call) and stmt.value.args \
                and last_name(stmt.value.func) in _ARRAY_LITERALS:
            dims = _nested_list_shape(stmt.value.args[0])
            if dims:
                shapes[stmt.targets[0].id] = dims
    bound = _module_binding_counts(tree) if shapes else {}
    return {n: v for n, v in shapes.items() if bound.get(n) == 1}


def module_list_literals(tree: ast.Module, tuples: Dict[str, Tuple[ast.expr, ...]], name: str) -> Optional[List[ast.expr]]:
    """The items of the list or tuple literal a module-level name is bound to, when it is bound there once
    (`acts = [tf.nn.relu, None]`); `tuples` is `module_tuples(tree)` (the binding count, a walk of the module's
    statements, is made only for a name found there)."""
    items = tuples.get(name)
    if items is None or _module_binding_counts(tree).get(name) != 1:
        return None
    return list(items)


def _module_binding_counts(tree: ast.Module) -> Dict[str, int]:
    """How many times each name is bound at module level (assignments, imports, defs, loop targets)."""
    bound: Dict[str, int] = {}
    for stmt in _module_level(tree.body):
        for name in _bindings(stmt):
            bound[name] = bound.get(name, 0) + 1
    return bound


def _nested_list_shape(node: ast.AST, depth: int = 0) -> Optional[Tuple[int, ...]]:
    """(2, 1) for `[[2.0], [-3.0]]`; None unless every row has the same shape and the leaves are numbers."""
    if depth > 8:
        return None
    if isinstance(node, (ast.List, ast.Tuple)):
        if not node.elts:
            return None
        rows = [_nested_list_shape(e, depth + 1) for e in node.elts]
        if any(r is None for r in rows) or len(set(rows)) != 1:
            return None
        return (len(node.elts),) + (rows[0] or ())
    return () if _number_literal(node) is not None or isinstance(node, ast.UnaryOp) and \
        _number_literal(node.operand) is not None else None


def module_string_reads(tree: ast.Module) -> Dict[int, str]:
    """id of each read of a module-level string constant -> the string (`activation = "sigmoid"`; see
    `_module_constant_reads`). A name a notebook binds again in later cells to the same string (`neuron = "relu"`
    in each experiment's cell) holds that string all along."""
    strings: Dict[str, str] = {}
    binds: Dict[str, int] = {}
    for stmt in _module_level(tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
            name = stmt.targets[0].id
            if strings.setdefault(name, stmt.value.value) == stmt.value.value:
                binds[name] = binds.get(name, 0) + 1
    return _module_constant_reads(tree, strings, binds)


def module_dict_reads(tree: ast.Module) -> Dict[int, Tuple[ast.Dict, ...]]:
    """id of each read of a module-level name bound only to dict literals -> the literals it may hold there: a
    read in a function, any of them (see `_module_constant_reads`); a read in a statement at module level, the
    literal bound last before it (a notebook's later cell that binds the name again defines it anew)."""
    dicts: Dict[str, Tuple[ast.Dict, ...]] = {}
    for stmt in _module_level(tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Dict):
            name = stmt.targets[0].id
            dicts[name] = dicts.get(name, ()) + (stmt.value,)
    out = _module_constant_reads(tree, dicts, {n: len(v) for n, v in dicts.items()})
    if not out:
        return out
    current: Dict[str, ast.Dict] = {}
    for stmt in _module_level(tree.body):
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Dict):
            current[stmt.targets[0].id] = stmt.value
        stack: List[ast.AST] = [stmt]
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue  # (run when called: any binding may be in force)
            if isinstance(node, ast.Name) and id(node) in out and node.id in current:
                out[id(node)] = (current[node.id],)
            stack.extend(ast.iter_child_nodes(node))
    return out


def module_tuples(tree: ast.Module) -> Dict[str, Tuple[ast.expr, ...]]:
    """Module-level names bound to a tuple or list literal -> its items (`layer_2_weight_shape = (256, 128)`);
    `module_tuple_reads` says which reads of them hold that value."""
    return {stmt.targets[0].id: tuple(stmt.value.elts) for stmt in _module_level(tree.body)  # type: ignore[attr-defined]
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, (ast.Tuple, ast.List))
            and not any(isinstance(e, ast.Starred) for e in stmt.value.elts)}


def module_tuple_reads(tree: ast.Module, tuples: Dict[str, Tuple[ast.expr, ...]]) -> Dict[int, Tuple[ast.expr, ...]]:
    """id of each read of one of these module-level tuples -> its items (`tf.random_uniform(layer_2_weight_shape,
    -1, 1)`: a shape written out once; see `_module_constant_reads`)."""
    return _module_constant_reads(tree, tuples)


def _module_constant_reads(tree: ast.Module, constants: Dict[str, _T],
                           same: Optional[Dict[str, int]] = None) -> Dict[int, _T]:
    """id of each read of a module-level constant -> its value: the name is bound exactly once at module level
    (or, with `same`, every one of its bindings is one of the `same[name]` that bind this value), and the read
    is at module level or in a function that binds no name of that spelling (a parameter or a local of the same
    name shadows it)."""
    bound = _module_binding_counts(tree) if constants else {}
    constants = {n: v for n, v in constants.items() if bound.get(n) == (same.get(n, 1) if same else 1)}
    out: Dict[int, _T] = {}
    if not constants:
        return out
    stack: List[Tuple[ast.AST, FrozenSet[str]]] = [(tree, frozenset())]
    while stack:
        node, shadowed = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            a = node.args
            local = param_names(node) | \
                {p.arg for p in (a.vararg, a.kwarg) if p is not None} | \
                {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
            shadowed = shadowed | (local & constants.keys())
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in constants \
                and node.id not in shadowed:
            out[id(node)] = constants[node.id]
        stack.extend((child, shadowed) for child in ast.iter_child_nodes(node))
    return out


def _bindings(stmt: ast.stmt) -> Iterator[str]:
    """Names a module-level statement binds (assignment targets, loop variables, imports, definitions). A def
    inside a module-level block lends the names of its body too: counting more bindings only leaves fewer names
    taken for constants."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        yield stmt.name
        return
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            yield node.id
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                yield (alias.asname or alias.name).split(".")[0]


class Constants(Dict[str, float]):
    """Module-level numbers by name (the last value bound), and, for a name bound to different numbers in turn
    (a notebook's `dim_in = 2` for one experiment, `dim_in = 784` for the next), each value from its line on."""

    versions: Dict[str, List[Tuple[int, Optional[float]]]]


def module_constants(tree: ast.Module, imports: ImportTable) -> Dict[str, float]:
    """Module-level NAME = <number> (STD = 0.01) so scales written as names are known."""
    out = Constants()
    out.versions = {}
    unknown: Dict[str, List[int]] = {}  # lines binding a name to something not a number
    ev = Evaluator(imports)
    # the numbers bound so far, in the order the script runs: `input_size = image_size * image_size` is known
    # from the line that binds image_size (a name bound to something else in between is not)
    # the script's flags as it runs without any (`seq_len = FLAGS.seq_len` is then known from line to line)
    configured = _argparse_defaults(tree, ev)
    bound: Dict[str, float] = dict(configured)
    ev.constants = bound
    for stmt in _module_level(tree.body):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            v = ev.number(stmt.value)
            if v is None:
                bound.pop(name, None)
            else:
                bound[name] = v
            if v is not None:
                if name in out and out[name] != v:
                    out.versions.setdefault(name, [(0, out[name])]).append((stmt.lineno, v))
                elif name in out.versions:
                    out.versions[name].append((stmt.lineno, v))
                else:
                    out.versions.setdefault(name, []).append((stmt.lineno, v))
                out[name] = v
            elif not isinstance(stmt.value, (ast.Tuple, ast.List)):
                unknown.setdefault(name, []).append(stmt.lineno)
            elif isinstance(stmt.value, (ast.Tuple, ast.List)) and 0 < len(stmt.value.elts) <= 8:
                items = [ev.number(e) for e in stmt.value.elts]  # IMAGE_SIZE = (64, 64, 3): sizes by index
                if all(x is not None for x in items):
                    out[f"{name}[#]"] = float(len(items))
                    out.update({f"{name}[{i}]": x for i, x in enumerate(items) if x is not None})
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], (ast.Tuple, ast.List)) \
                and isinstance(stmt.value, (ast.Tuple, ast.List)) and len(stmt.targets[0].elts) == len(stmt.value.elts):
            # num_inputs, num_outputs, num_hiddens = 784, 10, 256
            for t, item in zip(stmt.targets[0].elts, stmt.value.elts):
                n = ev.number(item) if isinstance(t, ast.Name) else None
                if isinstance(t, ast.Name) and n is not None:
                    out[t.id] = bound[t.id] = n
    for name, lines in unknown.items():
        if name in out.versions:
            out.versions[name] = sorted(out.versions[name] + [(line, None) for line in lines], key=lambda x: x[0])
    out.update(configured)
    # a name changed in place at module level (`hp2_size = 1`, then `for d in shape: hp2_size *= d`) holds
    # what the program computes, not its first number
    # (statements only: an augmented assignment is one; defs and classes run elsewhere)
    stack: List[ast.stmt] = list(tree.body)
    while stack:
        stmt = stack.pop()
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
            out.pop(stmt.target.id, None)
        elif not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            stack.extend(body_statements(stmt))
    return out


def _argparse_defaults(tree: ast.Module, ev: Evaluator) -> Dict[str, float]:
    """`parser.add_argument("--channels", type=int, default=1)` ... `opt = parser.parse_args()`: the script's
    configuration as it runs without flags, `opt.channels` = 1 (research scripts size their layers this way).
    The same for absl / tf.app flags: `flags.DEFINE_integer("seq_len", 7, "...")` with `FLAGS = flags.FLAGS`."""
    parsed: List[str] = []
    numbers: Dict[str, float] = {}
    holders: List[str] = []  # names bound to the flags object (`FLAGS = tf.app.flags.FLAGS`)
    defined: Dict[str, float] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                and isinstance(stmt.value, ast.Attribute) and stmt.value.attr == "FLAGS":
            holders.append(stmt.targets[0].id)
            continue
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.Expr)) else None
        if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Attribute):
            continue
        if value.func.attr in _FLAG_DEFINITIONS:
            flag = arg(value, 0, "name")
            default = arg(value, 1, "default")
            name = string_value(flag) if flag is not None else None
            v = ev.number(default) if default is not None else None
            if name and v is not None:
                defined[name] = v
        elif value.func.attr == "parse_args" and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            parsed.append(stmt.targets[0].id)
        elif value.func.attr == "add_argument" and value.args:
            flags = [string_value(a) for a in value.args]
            dest = next((k.value for k in value.keywords if k.arg == "dest"), None)
            name = string_value(dest) if dest is not None else next(
                (f for f in flags if f and f.startswith("--")), flags[0] if flags[0] and not flags[0].startswith("-") else None)
            default = next((k.value for k in value.keywords if k.arg == "default"), None)
            v = ev.number(default) if default is not None else None
            if name and v is not None:
                numbers[name.lstrip("-").replace("-", "_")] = v
    out = {f"{p}.{k}": v for p in parsed for k, v in numbers.items()}
    out.update({f"{h}.{k}": v for h in holders for k, v in defined.items()})
    return out


_FLAG_DEFINITIONS = ("DEFINE_integer", "DEFINE_float")


_Handler = Callable[[Evaluator, ast.Call, str], Optional[Dist]]


# ---------------------------------------------------------------- helpers


def _as_call(node: Optional[ast.AST]) -> Optional[ast.Call]:
    return node if isinstance(node, ast.Call) else None


def _scaled(d: Dist, k: float, node: ast.AST) -> Dist:
    if d.gain is not None and d.kind in ("family", "orthogonal"):
        # the gain read from a parameter default, passed otherwise at a call site (`init_gain=0.02`)
        return replace(d, node=node, gain=d.gain * k)
    if d.family is not None and d.kind != "family" and abs(k - 1.0) > 1e-9:
        # a fan formula's draw rescaled (`weight_scale=5e-2` passed to `2 * weight_scale * U * (rand - 0.5)`):
        # no longer that formula's variance, but that multiple of it (kept while only numbers scale it)
        d = replace(d, family=None, fan_in_expr=None,
                    family_factor=k if d.family in ("he", "xavier", "lecun") else None)
    elif d.family_factor is not None:
        d = replace(d, family_factor=d.family_factor * k)
    if d.kind in ("zeros",):
        return replace(d, node=node)
    if d.kind == "constant":
        return replace(d, node=node, value=(d.value or 0) * k, kind="zeros" if k == 0 else "constant")
    if d.kind == "uniform" and d.low is not None and d.high is not None:
        lo, hi = sorted((d.low * k, d.high * k))
        return replace(d, node=node, low=lo, high=hi, std=None if d.std is None else abs(d.std * k), mean=(lo + hi) / 2)
    if d.kind == "normal":
        std = None if d.std is None else abs(d.std * k)
        factor = (d.factor or 1.0) * k if d.unit_draw or d.factor is not None else None
        written = None if d.written_std is None else abs(d.written_std * k)
        return replace(d, node=node, std=std, factor=factor, mean=None if d.mean is None else d.mean * k,
                       base_call=d.base_call or _as_call(d.node), written_std=written)
    if d.kind == "family":
        return replace(d, node=node, family=None, kind="unknown", std=None)
    return replace(d, node=node)


def _is_tensor_ctor(ev: Evaluator, node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        q = ev.qname(node.func)
        return q in ("torch.empty", "torch.Tensor", "torch.FloatTensor", "torch.zeros", "torch.ones", "torch.randn",
                     "torch.rand", "torch.empty_like", "torch.zeros_like", "torch.nn.Parameter")
    return False


def _shape_args(call: ast.Call, start: int = 0, kw: Sequence[str] = ("size", "shape")) -> Tuple[ast.expr, ...]:
    for k in call.keywords:
        if k.arg is not None and k.arg in kw:
            return _unpack_shape(k.value)
    pos = positional(call)[start:]
    if len(pos) == 1:
        return _unpack_shape(pos[0])
    return tuple(pos)


def _shape_arg(call: ast.Call, pos: int) -> Tuple[ast.expr, ...]:
    """The `shape` argument (by keyword, else at `pos`) unpacked; () when absent."""
    node = arg(call, pos, "shape")
    return _unpack_shape(node) if node is not None else ()


_CASTS = frozenset({"float", "tensorflow.cast", "tensorflow.to_float", "numpy.float32", "numpy.float64",
                    "jax.numpy.float32", "torch.tensor"})
_SUMS = frozenset({"sum", "numpy.sum", "torch.sum", "tensorflow.reduce_sum", "jax.numpy.sum", "math.fsum"})


def _fan_sum(node: ast.AST) -> bool:
    """`fan_in + fan_out` (two sizes added, no literal), optionally in parentheses: a fan average's sum."""
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) \
        and not any(isinstance(x, ast.Constant) for x in (node.left, node.right))


def _product_of_all(product: ast.BinOp, shape: Tuple[ast.expr, ...]) -> bool:
    """Whether a product of names (`m * h`) multiplies every dimension of the drawn shape."""
    factors: List[str] = []
    stack: List[ast.AST] = [product]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult):
            stack.extend((n.left, n.right))
        else:
            factors.append(ast.dump(n))
    dims = [ast.dump(x) for x in shape]
    return sorted(factors) == sorted(dims)


def _unpack_shape(node: ast.expr) -> Tuple[ast.expr, ...]:
    if isinstance(node, (ast.Tuple, ast.List)):
        return tuple(e for e in node.elts if not isinstance(e, ast.Starred))
    return (node,)


def _normal(call: ast.AST, api: str, fw: str, mean: Optional[float] = 0.0, std: Optional[float] = 1.0,
            shape: Tuple[ast.expr, ...] = (), unit: bool = False) -> Dist:
    return Dist("normal", api, fw, call, mean=mean, std=std, unit_draw=unit, factor=1.0 if unit else None,
                shape=shape, base_call=_as_call(call))


def _uniform(call: ast.AST, api: str, fw: str, low: Optional[float], high: Optional[float],
             shape: Tuple[ast.expr, ...] = ()) -> Dist:
    std = None if low is None or high is None else (high - low) / math.sqrt(12)
    return Dist("uniform", api, fw, call, low=low, high=high, std=std, shape=shape,
                mean=None if low is None or high is None else (low + high) / 2, base_call=_as_call(call))


def _framework(q: str) -> str:
    head = q.split(".")[0]
    return {"numpy": "numpy", "torch": "torch", "keras": "keras", "tensorflow": "tf", "jax": "jax",
            "flax": "jax", "haiku": "jax"}.get(head, "numpy" if q.startswith("rng.") else head)


def _short(q: str) -> str:
    for long, short in (("numpy.", "np."), ("torch.nn.init.", "nn.init."), ("tensorflow.contrib.slim.initializers.", "slim."),
                        ("tensorflow.contrib.slim.", "slim."), ("tensorflow.", "tf."),
                        ("jax.numpy.", "jnp."), ("jax.nn.initializers.", "initializers."),
                        ("keras.initializers.", "initializers."), ("haiku.initializers.", "hk.initializers.")):
        if q.startswith(long):
            return short + q[len(long):]
    return q


def _np_factory(kind: str) -> _Handler:
    def handler(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
        api = _short(q)
        fw = _framework(q)
        if q.endswith("_like"):
            like = ev.literal_shape(arg(call, 0, "input", "a", "tensor"))
            if like is not None:  # torch.randn_like(w0) with w0 = torch.tensor([[2.0], [-3.0]]): (2, 1)
                call = ast.copy_location(ast.Call(func=call.func, args=list(like), keywords=[]), call)
        if kind == "randn":  # randn(d0, d1, ...), torch.randn((d0, d1)), torch.randn(size=(d0, d1))
            return _normal(call, api, fw, shape=_shape_args(call), unit=True)
        if kind == "standard_normal":
            return _normal(call, api, fw, shape=_shape_args(call), unit=True)
        if kind == "rand":
            return _uniform(call, api, fw, 0.0, 1.0, shape=_shape_args(call))
        if kind == "random":
            return _uniform(call, api, fw, 0.0, 1.0, shape=_shape_args(call))
        if kind == "np_normal":
            return _np_normal(ev, call, api, fw)
        if kind == "np_uniform":
            low = arg(call, 0, "low")
            high = arg(call, 1, "high")
            lo = 0.0 if low is None else ev.number(low)
            hi = 1.0 if high is None else ev.number(high)
            d = _uniform(call, api, fw, lo, hi, shape=_shape_args(call, 2))
            if lo is not None and hi is None and high is not None:
                d = replace(d, high=None)
            return d
        if kind == "zeros":
            return Dist("zeros", api, fw, call, value=0.0, shape=_shape_args(call, 0, ("shape", "size")))
        if kind == "ones":
            return Dist("constant", api, fw, call, value=1.0, shape=_shape_args(call, 0, ("shape", "size")))
        if kind == "full":
            v = ev.number(arg(call, 1, "fill_value", "value"))
            if v is None:
                return None
            return Dist("zeros" if v == 0 else "constant", api, fw, call, value=v)
        if kind == "empty":
            return Dist("empty", api, fw, call, shape=tuple(positional(call)))
        return None

    return handler


def _np_normal(ev: Evaluator, call: ast.Call, api: str, fw: str) -> Optional[Dist]:
    pos = positional(call)
    kws = keywords(call)
    loc_node = arg(call, 0, "loc")
    scale_node = arg(call, 1, "scale")
    shape = _shape_args(call, 2)
    if loc_node is not None and scale_node is None and "loc" not in kws:
        if isinstance(loc_node, (ast.Tuple, ast.List)):
            d = _normal(call, api, fw, mean=None, std=1.0, shape=_unpack_shape(loc_node))
            return replace(d, misuse=Misuse("shape_as_loc", None, 0, "size"))
        loc = ev.number(loc_node)
        if loc is not None and loc != 0 and len(pos) == 1:
            d = _normal(call, api, fw, mean=loc, std=1.0, shape=shape)
            return replace(d, misuse=Misuse("loc", loc, 0, "scale"))
    mean = 0.0 if loc_node is None else ev.number(loc_node)
    std = 1.0 if scale_node is None else ev.number(scale_node)
    d = _normal(call, api, fw, mean=mean, std=std, shape=shape, unit=scale_node is None)
    if scale_node is not None and "loc" not in kws and "scale" not in kws and len(pos) >= 2:
        misuse = _range_as_normal(ev, mean, scale_node, 0, loc_node)
        if misuse is not None:  # np.random.normal(-0.1, 0.1, (n, m)): a uniform range written as (loc, scale)
            return replace(d, misuse=misuse)
    if scale_node is not None:  # a formula's family, also when its fan-in is a known number (sqrt(2 / 784))
        s = ev.scale(scale_node)
        if s.family:
            d = replace(d, family=s.family, fan_in_expr=s.fan_in, std=None)
    return d


# factories whose only arguments are sizes: `np.random.randn(*shape)` still draws N(0, 1)
_SHAPE_ONLY = {"randn", "rand", "zeros", "ones", "empty", "standard_normal", "random", "random_sample", "zeros_like",
               "ones_like", "Tensor", "FloatTensor"}


def _formula_family(ev: Evaluator, d: Dist, std_node: Optional[ast.AST]) -> Dist:
    """A std written as a fan formula keeps its family (`sqrt(2 / (fan_in + fan_out))` is Glorot), also when
    its fan-in is a known number (`sqrt(2 / 784)`): the pairing rules read it."""
    if std_node is None:
        return d
    s = ev.scale(std_node)
    return replace(d, family=s.family, fan_in_expr=s.fan_in) if s.family else d


def _normal_like(ev: Evaluator, call: ast.Call, api: str, tensor_first: bool, mean_kw: str = "mean",
                 std_kw: str = "std") -> Optional[Dist]:
    """torch normal_/trunc_normal_ (`nn.init.normal_(t, mean, std)` or `t.normal_(mean, std)`)."""
    if has_star_args(call):
        return None
    off = 1 if tensor_first else 0
    pos = positional(call)[off:]
    kws = keywords(call)
    mean_node = arg(call, off, mean_kw)
    std_node = arg(call, off + 1, std_kw)
    fw = "torch"
    if mean_node is not None and std_node is None and mean_kw not in kws and len(pos) == 1:
        m = ev.number(mean_node)
        if m is not None and m != 0:
            d = _normal(call, api, fw, mean=m, std=1.0)
            return replace(d, misuse=Misuse("mean", m, off, std_kw))
    mean = 0.0 if mean_node is None else ev.number(mean_node)
    if std_node is None:
        return _normal(call, api, fw, mean=mean, std=1.0, unit=True)
    std = ev.number(std_node)
    d = _normal(call, api, fw, mean=mean, std=std)
    if mean_kw not in kws and std_kw not in kws and len(pos) >= 2:
        misuse = _range_as_normal(ev, mean, std_node, off, mean_node)
        if misuse is not None:  # normal_(w, -0.1, 0.1): a uniform range written as (mean, std)
            return replace(d, misuse=misuse)
    return _formula_family(ev, d, std_node)


def _range_as_normal(ev: Evaluator, mean: Optional[float], std_node: ast.expr, argument: int,
                     mean_node: Optional[ast.expr] = None) -> Optional[Misuse]:
    """A normal given a negative mean and the same number as its std, positionally (`(-0.1, 0.1)`): the bounds of
    the uniform the author meant, which make every weight start around -0.1. The same written with one name or
    formula (`normal_(-stdv, stdv)`, `stdv = 1 / sqrt(fan)`): the mean is minus the std whatever its value
    (value None). None for any other pair."""
    std = ev.number(std_node)
    if mean is None or std is None:
        if type(mean_node) is ast.UnaryOp and type(mean_node.op) is ast.USub \
                and ast.dump(mean_node.operand) == ast.dump(std_node):  # type: ignore[attr-defined]
            return Misuse("range_as_normal", None, argument, "")
        return None
    if not mean < 0 < std or abs(mean + std) > 1e-12 * max(1.0, std):
        return None
    return Misuse("range_as_normal", mean, argument, "")


def _uniform_like(ev: Evaluator, call: ast.Call, api: str, tensor_first: bool,
                  names: Tuple[str, str] = ("a", "b")) -> Optional[Dist]:
    if has_star_args(call):
        return None  # w.data.uniform_(*hidden_init(fc1)): the bounds come from elsewhere, not the defaults
    off = 1 if tensor_first else 0
    pos = positional(call)[off:]
    kws = keywords(call)
    a_node = arg(call, off, names[0])
    b_node = arg(call, off + 1, names[1])
    if a_node is None and b_node is None:
        return _uniform(call, api, "torch", 0.0, 1.0)
    if a_node is not None and b_node is None and len(pos) == 1 and names[0] not in kws:
        a = ev.number(a_node)
        if a is not None and 0 < a < 1:
            d = _uniform(call, api, "torch", a, 1.0)
            return replace(d, misuse=Misuse("lower_bound", a, off, ""))
    lo = 0.0 if a_node is None else ev.number(a_node)
    hi = 1.0 if b_node is None else ev.number(b_node)
    if lo is None and hi is not None and isinstance(a_node, ast.UnaryOp):
        lo = None
    d = _uniform(call, api, "torch", lo, hi)
    if lo is not None and lo >= 0 and hi is None and b_node is not None and _nonnegative_form(ev, b_node):
        d = replace(d, positive_to=ast.unparse(b_node))
    return d


def _positive_scale(ev: Evaluator, node: ast.expr) -> bool:
    """A scale that is positive whatever the sizes: `np.sqrt(...)`, `n ** 0.5`, or a positive number divided by
    a size or by one of those (`1.0 / units`, `1 / np.sqrt(n)`)."""
    if _nonnegative_form(ev, node):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        k = ev.number(node.left)
        den = node.right
        return k is not None and k > 0 and (type(den) in (ast.Name, ast.Attribute) or _nonnegative_form(ev, den))
    return False


def _positive_size(ev: Evaluator, node: ast.expr) -> bool:
    """A divisor that is a size or a root of one (`n_in`, `self.units`, `layers_dims[l - 1]`, `np.sqrt(n)`):
    positive whatever the sizes are."""
    return type(node) in (ast.Name, ast.Attribute, ast.Subscript) or _nonnegative_form(ev, node)


def _nonnegative_form(ev: Evaluator, node: ast.expr) -> bool:
    """`np.sqrt(...)`, `x ** 0.5`, or a local bound to one: non-negative whatever the sizes."""
    if isinstance(node, ast.Name):
        node = ev.formula_of(node.id) or node
    if isinstance(node, ast.Call) and is_sqrt(ev.qname(node.func)):
        return True
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and ev.number(node.right) == 0.5


def _kaiming(ev: Evaluator, call: ast.Call, api: str, tensor_first: bool = True) -> Dist:
    off = 1 if tensor_first else 0
    a_node = arg(call, off, "a", "negative_slope")
    nl_node = arg(call, off + 2, "nonlinearity")
    a = ev.number(a_node) if a_node is not None else 0.0
    nl = string_value(nl_node) if nl_node is not None else None
    d = Dist("family", api, "torch", call, family="he", declared_nl=nl, declared_slope=a)
    if a is not None and abs(a - math.sqrt(5)) < 1e-6 and nl is None:
        # kaiming_uniform_(w, a=math.sqrt(5)) is PyTorch's own Linear/Conv default
        d = replace(d, default=True, family="lecun", declared_slope=None)
    return d


def _gain_decl(ev: Evaluator, gain_node: Optional[ast.expr]) -> Tuple[Optional[str], Optional[float], bool]:
    """(named nonlinearity, slope, numeric gain?) of a gain= argument."""
    if gain_node is None:
        return None, None, False
    if isinstance(gain_node, ast.Name):
        # gain = nn.init.calculate_gain("relu"); xavier_normal_(w, gain): the call the local holds
        bound = ev.formula_of(gain_node.id)
        if isinstance(bound, ast.Call) and ev.qname(bound.func) == "torch.nn.init.calculate_gain":
            gain_node = bound
    if isinstance(gain_node, ast.Call) and ev.qname(gain_node.func) == "torch.nn.init.calculate_gain":
        nl = string_value(arg(gain_node, 0, "nonlinearity"))
        slope = ev.number(arg(gain_node, 1, "param")) if arg(gain_node, 1, "param") is not None else None
        return nl, slope, False
    v = ev.number(gain_node)
    if v is not None and abs(v - 1.0) < 1e-9:
        return None, None, False
    return None, None, True


def _centred(d: Dist) -> bool:
    """A draw symmetric about zero whose spread is known: U(-h, h), or N(0, s)."""
    if d.kind == "uniform":
        return d.low is not None and d.high is not None and abs(d.low + d.high) < 1e-9
    return d.kind == "normal" and d.std is not None and not d.mean


def _unit_after(d: Dist, coef: float) -> bool:
    """A centred draw that a number makes a unit one before the fan formula scales it: `(rand(n, m) - 0.5) * 2`
    spans [-1, 1] (`* 2 * sqrt(6 / (a + b))` is Glorot's bound), `randn * 1.0`. Within 10 %."""
    if not _centred(d):
        return False
    unit = (d.high if d.kind == "uniform" else d.std) or 0.0
    return 0.9 <= unit * coef <= 1.1


_ARITH_CALLS: Dict[str, type] = {
    f"{module}.{name}": op
    for module in ("numpy", "torch", "tensorflow", "tensorflow.math", "jax.numpy")
    for name, op in (("multiply", ast.Mult), ("mul", ast.Mult), ("divide", ast.Div), ("div", ast.Div),
                     ("true_divide", ast.Div))
}


def _xavier(ev: Evaluator, call: ast.Call, api: str, tensor_first: bool = True) -> Dist:
    gain_node = arg(call, 1 if tensor_first else 0, "gain")
    nl, slope, numeric = _gain_decl(ev, gain_node)
    gain = ev.number(gain_node) if numeric and gain_node is not None else None
    return Dist("family", api, "torch", call, family="xavier", declared_nl=nl, declared_slope=slope, numeric_gain=numeric,
                gain=gain)


def _torch_init_table() -> Dict[str, _Handler]:
    t: Dict[str, _Handler] = {}
    t["normal"] = lambda ev, c, api: _normal_like(ev, c, api, tensor_first=True)
    t["trunc_normal"] = lambda ev, c, api: _normal_like(ev, c, api, tensor_first=True)
    t["uniform"] = lambda ev, c, api: _uniform_like(ev, c, api, tensor_first=True)
    t["zeros"] = lambda ev, c, api: Dist("zeros", api, "torch", c, value=0.0)
    t["ones"] = lambda ev, c, api: Dist("constant", api, "torch", c, value=1.0)

    def constant(ev: Evaluator, c: ast.Call, api: str) -> Optional[Dist]:
        v = ev.fill_value(arg(c, 1, "val"))
        if v is None:
            return None
        return Dist("zeros" if v == 0 else "constant", api, "torch", c, value=v)

    t["constant"] = constant
    t["xavier_uniform"] = lambda ev, c, api: _xavier(ev, c, api)
    t["xavier_normal"] = lambda ev, c, api: _xavier(ev, c, api)
    t["kaiming_uniform"] = lambda ev, c, api: _kaiming(ev, c, api)
    t["kaiming_normal"] = lambda ev, c, api: _kaiming(ev, c, api)

    def orthogonal(ev: Evaluator, c: ast.Call, api: str) -> Optional[Dist]:
        gain_node = arg(c, 1, "gain")
        gain = ev.number(gain_node) if gain_node is not None else None
        return Dist("orthogonal", api, "torch", c, family="orthogonal", gain=gain)

    t["orthogonal"] = orthogonal
    t["eye"] = lambda ev, c, api: Dist("identity", api, "torch", c)
    t["dirac"] = lambda ev, c, api: Dist("identity", api, "torch", c)
    t["sparse"] = lambda ev, c, api: Dist("identity", api, "torch", c)
    return t


_TORCH_INIT = _torch_init_table()


def _torch_normal(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    mean = ev.number(arg(call, 0, "mean"))
    std = ev.number(arg(call, 1, "std"))
    if mean is None or std is None:
        return None
    return _normal(call, "torch.normal", "torch", mean=mean, std=std, shape=_shape_args(call, 2))


def _tf_random_normal(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    api = _short(q)
    shape = _shape_arg(call, 0)
    pos = positional(call)
    kws = keywords(call)
    mean_node = arg(call, 1, "mean")
    std_node = arg(call, 2, "stddev")
    if mean_node is not None and std_node is None and "mean" not in kws and len(pos) == 2:
        m = ev.number(mean_node)
        if m is not None and m != 0:
            d = _normal(call, api, "tf", mean=m, std=1.0, shape=shape)
            return replace(d, misuse=Misuse("mean", m, 1, "stddev"))
    mean = 0.0 if mean_node is None else ev.number(mean_node)
    if std_node is not None and "mean" not in kws and "stddev" not in kws and len(pos) >= 3:
        misuse = _range_as_normal(ev, mean, std_node, 1, mean_node)
        if misuse is not None:  # tf.truncated_normal(shape, -0.1, 0.1): a uniform range written as (mean, stddev)
            return replace(_normal(call, api, "tf", mean=mean, std=ev.number(std_node), shape=shape), misuse=misuse)
    if std_node is None:
        d = _normal(call, api, "tf", mean=mean, std=1.0, shape=shape, unit=True)
        if "truncated" in q:
            d = replace(d, std=0.88, written_std=1.0)  # a unit normal truncated at 2 sigma
        return d
    std = ev.number(std_node)
    d = _normal(call, api, "tf", mean=mean, std=std, shape=shape)
    return _formula_family(ev, d, std_node)


def _tf_random_uniform(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    shape = _shape_arg(call, 0)
    lo_node, hi_node = arg(call, 1, "minval"), arg(call, 2, "maxval")
    lo = 0.0 if lo_node is None else ev.number(lo_node)
    hi = 1.0 if hi_node is None else ev.number(hi_node)
    return _uniform(call, _short(q), "tf", lo, hi, shape=shape)


def _jax_normal(ev: Evaluator, call: ast.Call, q: str) -> Dist:
    shape = _shape_arg(call, 1)
    return _normal(call, "jax.random.normal", "jax", shape=shape, unit=True)


def _jax_uniform(ev: Evaluator, call: ast.Call, q: str) -> Dist:
    shape = _shape_arg(call, 1)
    lo_node, hi_node = arg(call, 3, "minval"), arg(call, 4, "maxval")
    lo = 0.0 if lo_node is None else ev.number(lo_node)
    hi = 1.0 if hi_node is None else ev.number(hi_node)
    return _uniform(call, "jax.random.uniform", "jax", lo, hi, shape=shape)


def _jax_truncated(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    lo, hi = ev.number(arg(call, 1, "lower")), ev.number(arg(call, 2, "upper"))
    if lo is None or hi is None:
        return None
    shape = _shape_arg(call, 3)
    return _normal(call, "jax.random.truncated_normal", "jax", std=min(1.0, (hi - lo) / 4), shape=shape, unit=True)


def _factories() -> Dict[str, _Handler]:
    f: Dict[str, _Handler] = {}
    for mod in ("numpy.random", "numpy.random.RandomState"):
        f[f"{mod}.randn"] = _np_factory("randn")
        f[f"{mod}.standard_normal"] = _np_factory("standard_normal")
        f[f"{mod}.normal"] = _np_factory("np_normal")
        f[f"{mod}.rand"] = _np_factory("rand")
        for r in ("random", "random_sample", "ranf", "sample"):
            f[f"{mod}.{r}"] = _np_factory("random")
        f[f"{mod}.uniform"] = _np_factory("np_uniform")
    for mod in ("numpy", "jax.numpy", "torch"):
        f[f"{mod}.zeros"] = _np_factory("zeros")
        f[f"{mod}.zeros_like"] = _np_factory("zeros")
        f[f"{mod}.ones"] = _np_factory("ones")
        f[f"{mod}.ones_like"] = _np_factory("ones")
        f[f"{mod}.full"] = _np_factory("full")
        f[f"{mod}.full_like"] = _np_factory("full")
        f[f"{mod}.empty"] = _np_factory("empty")
    f["torch.randn"] = _np_factory("randn")
    f["torch.rand"] = _np_factory("rand")
    f["torch.randn_like"] = _np_factory("randn")
    f["torch.rand_like"] = _np_factory("rand")
    f["torch.normal"] = _torch_normal
    for t in ("torch.Tensor", "torch.FloatTensor", "torch.empty_like"):
        f[t] = _np_factory("empty")
    for name in ("random_normal", "random.normal", "truncated_normal", "random.truncated_normal"):
        f[f"tensorflow.{name}"] = _tf_random_normal
    for name in ("random_uniform", "random.uniform"):
        f[f"tensorflow.{name}"] = _tf_random_uniform
    for backend in ("keras.backend", "tensorflow.keras.backend"):
        # K.random_normal(shape, mean=0.0, stddev=1.0): TF's signature (a Keras initializer callable's body)
        f[f"{backend}.random_normal"] = f[f"{backend}.truncated_normal"] = _tf_random_normal
        f[f"{backend}.random_uniform"] = _tf_random_uniform
    f["tensorflow.zeros"] = _np_factory("zeros")
    f["tensorflow.zeros_like"] = _np_factory("zeros")
    f["tensorflow.ones"] = _np_factory("ones")
    f["tensorflow.ones_like"] = _np_factory("ones")

    def tf_fill(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
        v = ev.number(arg(call, 1, "value"))
        if v is None:
            return None
        return Dist("zeros" if v == 0 else "constant", "tf.fill", "tf", call, value=v)

    f["tensorflow.fill"] = tf_fill

    def tf_constant(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
        v = ev.number(arg(call, 0, "value"))
        if v is None or arg(call, 2, "shape") is None:
            return None
        return Dist("zeros" if v == 0 else "constant", "tf.constant", "tf", call, value=v)

    f["tensorflow.constant"] = tf_constant
    f["jax.random.normal"] = _jax_normal
    f["jax.random.uniform"] = _jax_uniform
    f["jax.random.truncated_normal"] = _jax_truncated
    return f


_FACTORIES = _factories()

_RNG_METHODS: Dict[str, _Handler] = {
    "standard_normal": _np_factory("standard_normal"),
    "normal": _np_factory("np_normal"),
    "random": _np_factory("random"),
    "uniform": _np_factory("np_uniform"),
    "randn": _np_factory("randn"),
    "rand": _np_factory("rand"),
    "random_sample": _np_factory("random"),
}

def _other_framework_wrapper(q: str) -> Optional[str]:
    """`Variable` / `Parameter` / `Param` of a framework not listed in _WRAPPERS (DeZero, Chainer, MindSpore, a
    course's own autograd: dlcourse.ai's `Param(value)` with its `grad`): a trained tensor holding what it is
    given. (torch.autograd.Variable tracks gradients only with requires_grad=True, which the trained-flag path
    reads.)"""
    last = q.rsplit(".", 1)[-1]
    if last in ("Variable", "Parameter", "Param") \
            and not q.startswith(("torch.", "tensorflow.", "keras.", "jax.", "numpy.")):
        return last
    return None


_WRAPPERS: Dict[str, Optional[str]] = {
    "torch.nn.Parameter": "Parameter",
    "torch.nn.ParameterList": "Parameter",  # nn.ParameterList([nn.Parameter(torch.zeros(h, h)) for _ in range(4)])
    "tensorflow.Variable": "Variable",
    "keras.backend.variable": "Variable",  # W = K.variable(np.random.rand(dims, nb_classes)): a trained variable
    "keras.Variable": "Variable",  # Keras 3: self.w = keras.Variable(initializers.GlorotUniform()(shape))
    "keras.backend.Variable": "Variable",
    "tensorflow.keras.backend.variable": "Variable",
    "flax.linen.Param": "Parameter",  # Flax NNX's nnx.Param (canonical names fold flax.nnx into flax.linen)
    "objax.TrainVar": "Parameter",
    "theano.shared": "Variable",  # W = theano.shared(np.random.normal(scale=0.01, size=(n, m))): updated by T.grad
    "numpy.array": None,
    "numpy.asarray": None,
    "jax.numpy.array": None,
    "jax.numpy.asarray": None,
    "torch.tensor": None,
    "torch.as_tensor": None,
    "torch.from_numpy": None,
    # value-preserving conversions: transparent, like the ones above
    "numpy.float32": None,
    "numpy.float64": None,
    "numpy.ascontiguousarray": None,
    "tensorflow.cast": None,
    "tensorflow.constant": None,
    "tensorflow.convert_to_tensor": None,
    "jax.device_put": None,
}

# Value-preserving casts and conversions (the tensor under them is the one initialised).
_CAST_METHODS = {"astype", "float", "double", "half", "bfloat16", "to", "cuda", "cpu", "type", "contiguous",
                 "detach", "clone", "requires_grad_", "numpy"}

# fvcore's weight-init helpers, by the family they give a module's weight
_CAFFE2_FILLS = {"c2_xavier_fill": "lecun", "c2_msra_fill": "he"}

# Spellings only TensorFlow 1 code uses (graph mode, sessions, variable scopes, contrib, compat.v1)
_TF1_MARKERS = ("tf.placeholder", "tf.Session", "tf.get_variable", "tf.variable_scope", "tf.contrib", "compat.v1",
                "tf.layers.", "tf.train.", "tf.global_variables_initializer", "import tensorflow.compat")

# keywords by which a tensor class of any framework (its own included) declares its value trained
_TRAINED_FLAGS = ("autograd", "requires_grad", "trainable")

_TRANSPARENT_METHODS = {"astype", "float", "double", "half", "to", "cuda", "cpu", "requires_grad_", "clone",
                        "detach", "contiguous", "t", "reshape", "view", "type", "squeeze", "unsqueeze"}
_INPLACE_METHODS = {"normal_", "uniform_", "zero_", "fill_"}


# -- Keras / TF1 / JAX / Haiku initializer objects -------------------------


def _keras_string(s: str, node: ast.AST) -> Optional[Dist]:
    key = s.lower()
    fw = "keras"
    api = f'"{s}"'
    if key in ("zeros", "zero"):
        return Dist("zeros", api, fw, node, value=0.0)
    if key in ("ones", "one"):
        return Dist("constant", api, fw, node, value=1.0)
    if key in ("glorot_uniform", "glorot_normal", "xavier_uniform", "xavier_normal"):
        return Dist("family", api, fw, node, family="xavier")
    if key in ("he_uniform", "he_normal", "kaiming_uniform", "kaiming_normal"):
        return Dist("family", api, fw, node, family="he")
    if key in ("lecun_uniform", "lecun_normal"):
        return Dist("family", api, fw, node, family="lecun")
    if key == "orthogonal":
        return Dist("orthogonal", api, fw, node, family="orthogonal")
    if key in ("uniform", "random_uniform"):
        return _uniform(node, api, fw, -0.05, 0.05)
    if key in ("normal", "random_normal", "truncated_normal"):
        return _normal(node, api, fw, std=0.05)
    return None


def _keras_random_normal(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    api = _short(q)
    pos = positional(call)
    kws = keywords(call)
    # Keras/TF RandomNormal(mean=0.0, stddev=0.05); TF1 random_normal_initializer(mean, stddev=1.0)
    tf1 = q.startswith(_TF1_INIT_OPS) or q.startswith("tensorflow.") and ev.tf1_defaults()
    default_std = 1.0 if tf1 else 0.05
    mean_node, std_node = arg(call, 0, "mean"), arg(call, 1, "stddev")
    if mean_node is not None and std_node is None and "mean" not in kws and len(pos) == 1:
        m = ev.number(mean_node)
        if m is not None and m != 0:
            d = _normal(call, api, "keras", mean=m, std=default_std)
            return replace(d, misuse=Misuse("mean", m, 0, "stddev", kept_std=default_std))
    mean = 0.0 if mean_node is None else ev.number(mean_node)
    std = default_std if std_node is None else ev.number(std_node)
    written = std
    if ("truncated" in q or q == _TF1_INIT_OPS + "TruncatedNormal") and std is not None:
        std = std * 0.88
    d = _normal(call, api, "keras", mean=mean, std=std, unit=std_node is None and default_std == 1.0)
    d = _formula_family(ev, d, std_node)
    return replace(d, written_std=written) if written != std else d


def _keras_random_uniform(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    tf1 = q.startswith(_TF1_INIT_OPS) or q.startswith("tensorflow.") and ev.tf1_defaults()
    lo_node, hi_node = arg(call, 0, "minval"), arg(call, 1, "maxval")
    if tf1:
        lo = 0.0 if lo_node is None else ev.number(lo_node)
        hi = 1.0 if hi_node is None else ev.number(hi_node)
    else:
        lo = -0.05 if lo_node is None else ev.number(lo_node)
        hi = 0.05 if hi_node is None else ev.number(hi_node)
    return _uniform(call, _short(q), "keras", lo, hi)


def _keras1_normal(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    """Keras 1 `initializations.normal(shape, scale=0.05)`: N(0, scale)."""
    node = arg(call, 1, "scale")
    return _normal(call, _short(q), "keras", std=0.05 if node is None else ev.number(node))


def _keras1_uniform(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    """Keras 1 `initializations.uniform(shape, scale=0.05)`: U(-scale, scale)."""
    node = arg(call, 1, "scale")
    scale = 0.05 if node is None else ev.number(node)
    return _uniform(call, _short(q), "keras", None if scale is None else -scale, scale)


def _keras_constant(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    node = arg(call, 0, "value")
    v = 0.0 if node is None else ev.number(node)
    if v is None:
        return None
    return Dist("zeros" if v == 0 else "constant", _short(q), "keras", call, value=v)


def _leaky_gain_slope(ev: Evaluator, node: Optional[ast.expr]) -> Optional[float]:
    """`2 / (1 + a ** 2)` (the leaky-ReLU He variance, written out) -> a; None for any other scale."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div)):
        return None
    two, denom = ev.number(node.left), node.right
    if two is None or abs(two - 2.0) > 1e-9 or not (isinstance(denom, ast.BinOp) and isinstance(denom.op, ast.Add)):
        return None
    for one, a2 in ((denom.left, denom.right), (denom.right, denom.left)):
        n1, v = ev.number(one), ev.number(a2)
        if n1 is not None and abs(n1 - 1.0) < 1e-9 and v is not None and v >= 0:
            return math.sqrt(v)
    return None


def _variance_scaling(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    scale_node = arg(call, 0, "scale", "factor")
    mode = string_value(arg(call, 1, "mode")) if arg(call, 1, "mode") is not None else None
    contrib = "contrib" in q
    scale = ev.number(scale_node) if scale_node is not None else (2.0 if contrib else 1.0)
    mode = (mode or ("FAN_IN" if contrib else "fan_in")).lower()
    if scale is None:
        return None
    slope = _leaky_gain_slope(ev, scale_node) if mode == "fan_in" else None
    if slope is not None:
        # variance_scaling(2 / (1 + a ** 2), "fan_in", ...) is PyTorch's kaiming_(a=a): He for leaky_relu(a),
        # a declared slope; a = sqrt(5) is PyTorch's own Linear/Conv default
        if abs(slope - math.sqrt(5)) < 1e-6:
            return Dist("family", _short(q), "keras", call, family="lecun", default=True)
        return Dist("family", _short(q), "keras", call, family="he", declared_nl="leaky_relu", declared_slope=slope)
    family = None
    if abs(scale - 2.0) < 1e-9 and mode in ("fan_in", "fan_avg", "fan_out"):
        # the He variance 2 / fan, whatever fan it divides by (Keras' own `he_avg_init` spelling uses fan_avg;
        # kaiming_normal_(mode="fan_out") is He too)
        family = "he"
    elif mode == "fan_in" and abs(scale - 1.0) < 1e-9:
        family = "lecun"
    elif mode == "fan_avg" and abs(scale - 1.0) < 1e-9:
        family = "xavier"
    if family is None:
        return Dist("orthogonal", _short(q), "keras", call)  # a tuned variance: never paired
    return Dist("family", _short(q), "keras", call, family=family)


def _family_ctor(family: str) -> _Handler:
    return lambda ev, call, q: Dist("family", _short(q), _framework(q), call, family=family)


_SCALE_WORDS = frozenset({"scale", "gain", "std", "stddev"})


def _jax_family_ctor(family: str) -> _Handler:
    """jax.nn.initializers.xavier_uniform(in_axis=-2, out_axis=-1, ...): these take axes, no scale. A first
    positional argument that is a fraction or is named as a scale (`xavier_uniform(self.scale_final)`) is a
    scale passed as in_axis (INI006)."""
    def handler(ev: Evaluator, call: ast.Call, q: str) -> Dist:
        d = Dist("family", _short(q), "jax", call, family=family)
        pos = positional(call)
        if not pos or any(k.arg == "in_axis" for k in call.keywords):
            return d
        first = pos[0]
        v = ev.number(first)
        name = last_name(first) if isinstance(first, (ast.Name, ast.Attribute)) else None
        words = set(re.findall(r"[a-z]+", name.lower())) if name else set()
        if v is not None and v != int(v) or v is None and words & _SCALE_WORDS:
            return replace(d, misuse=Misuse("scale_as_axis", v, 0, ""))
        return d
    return handler


def _jax_normal_init(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    # jax.nn.initializers.normal(stddev=1e-2): the first positional IS the std
    node = arg(call, 0, "stddev")
    std = 0.01 if node is None else ev.number(node)
    written = std
    if ("truncated" in q or q == _TF1_INIT_OPS + "TruncatedNormal") and std is not None:
        std *= 0.88
    d = _formula_family(ev, _normal(call, _short(q), "jax", std=std), node)
    return replace(d, written_std=written) if written != std else d


def _jax_uniform_init(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    node = arg(call, 0, "scale")
    scale = 0.01 if node is None else ev.number(node)
    pos = positional(call)
    if len(pos) >= 2 and (ev.number(pos[1]) is not None or isinstance(pos[0], ast.UnaryOp)
                          and isinstance(pos[0].op, ast.USub) and ast.dump(pos[0].operand) == ast.dump(pos[1])):
        # nn.initializers.uniform(-init_final, init_final): flax's uniform takes (scale, dtype) and samples
        # [0, scale), so the range written as its bounds is a scale of -init_final and a dtype
        high = ev.number(pos[1])
        return replace(_uniform(call, _short(q), "jax", None, None),
                       misuse=Misuse("range_as_scale", high, 0, ""))
    return _uniform(call, _short(q), "jax", 0.0, scale)


def _jax_constant_init(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    v = ev.number(arg(call, 0, "value"))
    if v is None:
        return None
    return Dist("zeros" if v == 0 else "constant", _short(q), "jax", call, value=v)


def _hk_normal(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    std_node, mean_node = arg(call, 0, "stddev"), arg(call, 1, "mean")
    std = 1.0 if std_node is None else ev.number(std_node)
    mean = 0.0 if mean_node is None else ev.number(mean_node)
    written = std
    if "Truncated" in q and std is not None:
        std *= 0.88
    d = _formula_family(ev, _normal(call, _short(q), "jax", mean=mean, std=std, unit=std_node is None), std_node)
    return replace(d, written_std=written) if written != std else d


def _hk_uniform(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    lo_node, hi_node = arg(call, 0, "minval"), arg(call, 1, "maxval")
    lo = 0.0 if lo_node is None else ev.number(lo_node)
    hi = 1.0 if hi_node is None else ev.number(hi_node)
    return _uniform(call, _short(q), "jax", lo, hi)


_TF1_INIT_OPS = "tensorflow.python.ops.init_ops."


def _initializers() -> Dict[str, _Handler]:
    t: Dict[str, _Handler] = {}
    K = "keras.initializers."
    for name in ("Zeros", "zeros"):
        t[K + name] = lambda ev, c, q: Dist("zeros", _short(q), "keras", c, value=0.0)
    for name in ("Ones", "ones"):
        t[K + name] = lambda ev, c, q: Dist("constant", _short(q), "keras", c, value=1.0)
    for name in ("Constant", "constant"):
        t[K + name] = _keras_constant
    for name in ("RandomNormal", "random_normal", "TruncatedNormal", "truncated_normal"):
        t[K + name] = _keras_random_normal
    for name in ("RandomUniform", "random_uniform"):
        t[K + name] = _keras_random_uniform
    for name in ("GlorotUniform", "GlorotNormal", "glorot_uniform", "glorot_normal"):
        t[K + name] = _family_ctor("xavier")
    for name in ("HeUniform", "HeNormal", "he_uniform", "he_normal"):
        t[K + name] = _family_ctor("he")
    for name in ("LecunUniform", "LecunNormal", "lecun_uniform", "lecun_normal"):
        t[K + name] = _family_ctor("lecun")
    for name in ("Orthogonal", "orthogonal", "Identity", "identity"):
        t[K + name] = lambda ev, c, q: Dist("orthogonal", _short(q), "keras", c, family="orthogonal")
    for name in ("VarianceScaling", "variance_scaling"):
        t[K + name] = _variance_scaling
    # Keras 1's initializer functions, called with the shape by an `init=` function of the user's
    # (`def init_weights(shape, name=None): return initializations.normal(shape, scale=0.01, name=name)`); its
    # zero/one are left out: words that common would wake the text prefilter in most files
    K1 = "keras.initializations."
    t[K1 + "normal"] = _keras1_normal
    t[K1 + "uniform"] = _keras1_uniform
    for name in ("glorot_uniform", "glorot_normal"):
        t[K1 + name] = _family_ctor("xavier")
    for name in ("he_uniform", "he_normal"):
        t[K1 + name] = _family_ctor("he")
    t[K1 + "lecun_uniform"] = _family_ctor("lecun")
    t[K1 + "orthogonal"] = lambda ev, c, q: Dist("orthogonal", _short(q), "keras", c, family="orthogonal")
    T = "tensorflow."
    t[T + "random_normal_initializer"] = _keras_random_normal
    t[T + "truncated_normal_initializer"] = _keras_random_normal
    t[T + "random_uniform_initializer"] = _keras_random_uniform
    t[T + "zeros_initializer"] = lambda ev, c, q: Dist("zeros", _short(q), "tf", c, value=0.0)
    t[T + "ones_initializer"] = lambda ev, c, q: Dist("constant", _short(q), "tf", c, value=1.0)
    t[T + "constant_initializer"] = _keras_constant
    t[T + "glorot_uniform_initializer"] = _family_ctor("xavier")
    t[T + "glorot_normal_initializer"] = _family_ctor("xavier")
    t[T + "contrib.layers.xavier_initializer"] = _family_ctor("xavier")
    t[T + "contrib.layers.xavier_initializer_conv2d"] = _family_ctor("xavier")
    t[T + "contrib.layers.variance_scaling_initializer"] = _variance_scaling
    # TF-slim re-exports them (`slim.xavier_initializer_conv2d()`, `slim.initializers.xavier_initializer()`)
    for slim in ("contrib.slim.", "contrib.slim.initializers.", "contrib.layers.initializers."):
        t[T + slim + "xavier_initializer"] = _family_ctor("xavier")
        t[T + slim + "xavier_initializer_conv2d"] = _family_ctor("xavier")
        t[T + slim + "variance_scaling_initializer"] = _variance_scaling
    t[T + "variance_scaling_initializer"] = _variance_scaling
    t[T + "orthogonal_initializer"] = lambda ev, c, q: Dist("orthogonal", _short(q), "tf", c, family="orthogonal")
    # TF1's initializer classes imported from their module (`from tensorflow.python.ops.init_ops import
    # TruncatedNormal`): the tf.compat.v1 classes, with TF1's defaults in any TensorFlow version
    O = _TF1_INIT_OPS
    t[O + "TruncatedNormal"] = t[O + "RandomNormal"] = _keras_random_normal
    # (and their function spellings: TF-slim's nets write `init_ops.truncated_normal_initializer(0.0, stddev)`)
    t[O + "truncated_normal_initializer"] = t[O + "random_normal_initializer"] = _keras_random_normal
    t[O + "random_uniform_initializer"] = _keras_random_uniform
    t[O + "RandomUniform"] = _keras_random_uniform
    t[O + "Zeros"] = t[O + "zeros_initializer"] = t[T + "zeros_initializer"]
    t[O + "Ones"] = t[O + "ones_initializer"] = t[T + "ones_initializer"]
    t[O + "Constant"] = t[O + "constant_initializer"] = _keras_constant
    t[O + "glorot_uniform_initializer"] = t[O + "GlorotUniform"] = _family_ctor("xavier")
    t[O + "glorot_normal_initializer"] = t[O + "GlorotNormal"] = _family_ctor("xavier")
    t[O + "VarianceScaling"] = t[O + "variance_scaling_initializer"] = _variance_scaling
    t[O + "Orthogonal"] = t[T + "orthogonal_initializer"]
    J = "jax.nn.initializers."
    t[J + "zeros_init"] = lambda ev, c, q: Dist("zeros", _short(q), "jax", c, value=0.0)
    t[J + "ones_init"] = lambda ev, c, q: Dist("constant", _short(q), "jax", c, value=1.0)
    t[J + "constant"] = _jax_constant_init
    t[J + "normal"] = _jax_normal_init
    t[J + "truncated_normal"] = _jax_normal_init
    t[J + "uniform"] = _jax_uniform_init
    for name in ("glorot_uniform", "glorot_normal", "xavier_uniform", "xavier_normal"):
        t[J + name] = _jax_family_ctor("xavier")
    for name in ("he_uniform", "he_normal", "kaiming_uniform", "kaiming_normal"):
        t[J + name] = _jax_family_ctor("he")
    for name in ("lecun_uniform", "lecun_normal"):
        t[J + name] = _jax_family_ctor("lecun")
    t[J + "variance_scaling"] = _variance_scaling
    for name in ("orthogonal", "delta_orthogonal"):
        t[J + name] = lambda ev, c, q: Dist("orthogonal", _short(q), "jax", c, family="orthogonal")
    H = "haiku.initializers."
    t[H + "Constant"] = _jax_constant_init
    t[H + "RandomNormal"] = _hk_normal
    t[H + "TruncatedNormal"] = _hk_normal
    t[H + "RandomUniform"] = _hk_uniform
    t[H + "VarianceScaling"] = _variance_scaling
    t[H + "Orthogonal"] = lambda ev, c, q: Dist("orthogonal", _short(q), "jax", c, family="orthogonal")
    t[H + "Identity"] = lambda ev, c, q: Dist("orthogonal", _short(q), "jax", c, family="orthogonal")
    return t


_INITIALIZERS = _initializers()


def _normc(ev: Evaluator, call: ast.Call, q: str) -> Optional[Dist]:
    """openai baselines' `normc_initializer(std=1.0, axis=0)` (copied into rllib and many RL repos): a unit
    normal draw whose columns are normalised to norm `std`, i.e. per-entry std `std / sqrt(fan_in)`: LeCun scaled
    by the gain `std` (1: LeCun, sqrt(2): He; any other gain, such as 0.01 on a policy head, is a tuning choice
    and never paired)."""
    node = arg(call, 0, "std")
    gain = 1.0 if node is None else ev.number(node)
    api = q.rsplit(".", 1)[-1]
    fw = "torch" if ev.imports.imported_modules & {"torch"} and not ev.imports.imported_modules & {"tensorflow"} \
        else "tf"
    if gain is not None and abs(gain - 1.0) < 1e-9:
        return Dist("family", api, fw, call, family="lecun")
    if gain is not None and abs(gain - math.sqrt(2)) < 1e-3:
        return Dist("family", api, fw, call, family="he")
    # (the gain kept: 0.01 on a hidden layer is a hundredth of LeCun at any fan-in, INI003's to judge)
    return Dist("family", api, fw, call, family="lecun", numeric_gain=True, gain=gain)


# Initializers known by their own name wherever they are imported from or defined (copied helpers): baselines'
# `normc_initializer` and universe-starter-agent's `normalized_columns_initializer` (A3C code), the same draw
_INITIALIZERS_BY_NAME: Dict[str, _Handler] = {"normc_initializer": _normc, "normalized_columns_initializer": _normc}

# Initializers passed without calling them: `kernel_init=nn.initializers.zeros`.
_UNCALLED_INITIALIZERS: Dict[str, Callable[[ast.AST], Dist]] = {
    "jax.nn.initializers.zeros": lambda n: Dist("zeros", "initializers.zeros", "jax", n, value=0.0),
    "jax.nn.initializers.ones": lambda n: Dist("constant", "initializers.ones", "jax", n, value=1.0),
    "jax.numpy.zeros": lambda n: Dist("zeros", "jnp.zeros", "jax", n, value=0.0),
    "jax.numpy.ones": lambda n: Dist("constant", "jnp.ones", "jax", n, value=1.0),
    "keras.initializers.zeros": lambda n: Dist("zeros", "initializers.zeros", "keras", n, value=0.0),
    "keras.initializers.ones": lambda n: Dist("constant", "initializers.ones", "keras", n, value=1.0),
    "tensorflow.zeros_initializer": lambda n: Dist("zeros", "tf.zeros_initializer", "tf", n, value=0.0),
}

# Everything a candidate scan must look for: the last attribute of any call or
# name above. Used by the cheap text/ast prefilter.
TRIGGER_NAMES = frozenset(
    {q.rsplit(".", 1)[-1] for q in list(_FACTORIES) + list(_INITIALIZERS) + list(_UNCALLED_INITIALIZERS)}
    | set(_INITIALIZERS_BY_NAME)
    | {k + "_" for k in _TORCH_INIT} | set(_TORCH_INIT) | _INPLACE_METHODS | set(_RNG_METHODS) | {"trunc_normal_"}
    | set(_CAFFE2_FILLS)
) - {"Tensor", "FloatTensor", "empty", "empty_like", "random", "sample"}
# (empty: never fires. np.random.random/sample: left out of the fast path for now -- with them the corpus gains
# 7 keras INI005 false positives on `sample_weight = np.random.random(n)` data that full analysis reports.)

# what a star import (`from keras.initializers import *`) may bring in that these tables know
ImportTable.know_star_members(
    list(_FACTORIES) + list(_INITIALIZERS) + list(_UNCALLED_INITIALIZERS)
    + [f"torch.nn.init.{k}{tail}" for k in _TORCH_INIT for tail in ("", "_")])


def _drawn_shape(call: ast.Call, factory: Optional[str]) -> Optional[ast.expr]:
    """The shape an initializer object is called with: its first argument (`initializer([n, m])`, Haiku's
    `init(shape, dtype)`), after the key for JAX's and Flax's (`init(key, (n, m), dtype)`)."""
    return arg(call, 1 if factory is not None and factory.startswith(("jax.", "flax.")) else 0, "shape")

"""Semantic model of one module, built on the standard `ast` tree.

One walk collects:
- imports, numeric constants, classes with their layers and containers;
- initializer *sites*: every place a weight-shaped tensor gets its values,
  with the tensor it targets, the loops/filters around it, its scope;
- which method the constructor calls (reset_parameters, apply(fn)).
Then `flow.py` links layers to the activations that consume them.

Where a call's arguments are read by their place among all of them (`call.args[0]`, `len(...) == 2`),
`astutil.source_order_args` gives them as written, positional, `*a`, `k=v` and `**kw` in one list. A
compound statement whose body sits on the header's line (`for m in ms: f(m)`, `else: x = 1`) is analysed
like any other body.
Positions are never computed here: nodes are kept, `SourceText` turns them into
text (`_display`) and, later, into lines and columns.
"""

from __future__ import annotations

import ast
import math
import copy
import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import (Any, Callable, Dict, FrozenSet, Iterable, Iterator, List, Literal, NamedTuple, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union)

from ..vocab import roles as W
from ..vocab.act_names import SLIM_PREFIXES, SLIM_RELU_LAYERS
from ..vocab.ops import PRODUCTS
from .activations import act_class_reference, act_from_reference, act_from_string, act_module, canonical_act
from ..prefilter import may_fire
from .astutil import (SourceText, Substituted, arg, arg_values, body_statements, children, decorated_with, dotted,
                      first_arg_value, has_star_args, loop_pairs, passed_for, self_update,
                      is_number_literal, last_name, own_scope, param_defaults, param_names, positional, sole_arg_value, source_order_args,
                      rebinds, string_comparison, string_value, walk, within)
from ..arith import fold
from .evaluator import _AST_OPS, Dispatch, Dist, Evaluator, _scaled, _unpack_shape
from .imports import ImportTable
from .keys import is_tensor_key, node_key, tensor_key

__all__ = [
    "WEIGHT_KEYWORDS", "CONTAINERS", "LAYER_LIST", "MODULE_ITER", "PARAM_ITER", "Layer", "Loop", "Filter", "Function", "Class",
    "Site", "Model", "Builder", "settle_writes", "factory_layer", "operand_core", "subscript_key", "_dict_key",
    "constructor_call", "project_sequential",
    "_self_attr", "_display", "_text",
]

# ("recurrent": a recurrent kernel's keyword, a weight once the layer is known)
WEIGHT_KEYWORDS: Dict[str, Union[W.Role, Literal["recurrent"]]] = {
    "kernel_initializer": W.WEIGHT, "kernel_init": W.WEIGHT, "w_init": W.WEIGHT, "weight_init": W.WEIGHT,
    "W_init": W.WEIGHT,  # jax stax Dense / Conv
    "depthwise_initializer": W.WEIGHT, "pointwise_initializer": W.WEIGHT, "weights_initializer": W.WEIGHT,
    "recurrent_initializer": "recurrent", "recurrent_kernel_init": "recurrent",
    "bias_initializer": W.BIAS, "bias_init": W.BIAS, "b_init": W.BIAS, "biases_initializer": W.BIAS,
    "embeddings_initializer": W.TOKEN, "embedding_init": W.TOKEN, "gamma_initializer": W.NORM,
    "beta_initializer": W.NORM, "scale_init": W.NORM,
}

# keywords keyword_sites reads (an initializer keyword, or the initializer of a created variable)
_SITE_KEYWORDS = frozenset(WEIGHT_KEYWORDS) | {"initializer", "init"}

# W.layer_kind of every called name the model meets (a regex for most): the answer is the name's alone
_layer_kind = lru_cache(maxsize=4096)(W.layer_kind)

CONTAINERS = {"Sequential", "ModuleList", "ModuleDict"}
_KERAS = ("keras.", "tensorflow.keras.", "tensorflow.python.keras.")
# layers that keep the features / channels of the layer before them (keras_chain)
_KERAS_KEEP = ("Dropout", "SpatialDropout", "GaussianNoise", "GaussianDropout", "AlphaDropout", "MaxPooling",
               "AveragePooling", "ZeroPadding", "Cropping", "UpSampling", "Activation", "ReLU", "LeakyReLU", "ELU",
               "PReLU", "BatchNormalization", "LayerNormalization")
LAYER_LIST = "builtins.list"  # the type of a container that is a plain list of layers (Builder.layer_list)
MODULE_ITER = {"modules", "named_modules", "children", "named_children"}
PARAM_ITER = {"parameters", "named_parameters"}


# statements newer than the oldest Python we run on (3.9)
_TRY_STAR: Optional[type] = getattr(ast, "TryStar", None)
_MATCH: Optional[type] = getattr(ast, "Match", None)
# the statements `Builder.stmt` hands to `small` (by exact type: ast.parse makes no subclasses)
_SMALL_STATEMENTS = frozenset({ast.AnnAssign, ast.AugAssign, ast.Expr, ast.Return})

FuncDef = Union[ast.FunctionDef, ast.AsyncFunctionDef]
Act = Tuple[str, Optional[float]]
_Filters = Tuple["Filter", ...]
_Loops = Tuple["Loop", ...]
# (id of an if/elif chain, arm index), or (("isinstance", var), frozenset of layer types) for a typed test
_Branch = Tuple[Tuple[Any, Any], ...]


@dataclass
class Layer:
    key: str
    type_name: str  # canonical qualified name of the constructor
    kind: W.LayerKind
    node: ast.AST
    name: str  # attribute or display name
    act: Optional[Act] = None  # activation= keyword / activation module
    elements: List["Layer"] = field(default_factory=list)  # containers, in order
    repeated: bool = False  # built in a comprehension/loop: many layers
    in_features: Optional[float] = None
    # the fan-in as the function's parameter defaults make it (`nn.Linear(input_dim, 2)`, input_dim=2), when
    # in_features is not known: a typical size, used only to stay silent, never to fire
    typical_in: Optional[float] = None
    owner: Optional[str] = None  # class name
    has_init_kw: bool = False  # kernel_initializer=/kernel_init= given explicitly
    complete: bool = True  # container: every item became an element (so seq[i] indexes `elements`)
    in_order: bool = False  # a plain list filled by appends (`network.append(Dense(...))`): a network, in order


_MODULE_MOVES = frozenset({"cuda", "cpu", "to", "eval", "train", "float", "double", "half"})  # return the module itself


def constructor_call(value: ast.expr) -> Optional[ast.Call]:
    """The call that builds an object, under the moves that return it (`Net(...).to(device)`, `.cuda()`): the
    `Net(...)` call; None where `value` is no call."""
    while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
            and value.func.attr in _MODULE_MOVES and isinstance(value.func.value, ast.Call):
        value = value.func.value
    return value if isinstance(value, ast.Call) else None


# the write key of `load_state_dict(ckpt, strict=False)`: an overwrite of all but the sub-modules initialised on
# their own (Context.overwritten)
PARTIAL_LOAD = "*partial"
# the write key of `self.backbone.load_state_dict(ckpt)`: one sub-module's checkpoint, an overwrite of what that
# sub-module holds only (`*in:self.backbone`), not of the layers the class builds next to it
SUBMODULE_LOAD = "*in:"


@dataclass
class Loop:
    kind: str  # modules | params | layers | list | other
    var_names: Tuple[str, ...]
    owner: Optional[str]  # "self", "model", or a parameter name
    node: ast.stmt  # the For / AsyncFor / While statement


@dataclass
class Filter:
    var: str
    types: Tuple[str, ...] = ()  # isinstance(var, types) (canonical names)
    name_role: Optional[str] = None  # 'weight' in name / p.dim() > 1 -> weight; 'bias' in name -> bias
    flag: bool = False  # m.init == "final", getattr(m, "zero_init", False): layers the author picked one by one
    by_name: bool = False  # types matched from a class-name string ("Conv" in classname), not named in code
    text: Optional[str] = None  # the substring of `"lstm" in name` (a parameter name test)


class Scope(NamedTuple):
    """Where the walk is: the function a statement is in (None: module level), its class (None: outside one), the
    loops around it (innermost last) and the type and name tests that hold there. (A NamedTuple: one is made for
    every loop body and tested arm, and a frozen dataclass costs several times as much to make.)"""

    func: Optional["Function"]
    cls: Optional["Class"]
    loops: _Loops = ()
    filters: _Filters = ()

    def looping(self, loop: "Loop") -> "Scope":
        """The scope of a loop's body."""
        return Scope(self.func, self.cls, self.loops + (loop,), self.filters)

    def testing(self, filters: _Filters) -> "Scope":
        """The scope of an arm where these tests hold."""
        return Scope(self.func, self.cls, self.loops, self.filters + filters) if filters else self



_MODULE_BASES = {"Module", "Layer", "Model", "Sequential", "LightningModule", "Block", "HybridBlock"}
# a framework's own layer class as a base (`class NoisyLinear(nn.Linear)`, `class MyDense(keras.layers.Dense)`)
_LAYER_NAMESPACES = ("torch.nn.", "keras.layers.", "tensorflow.keras.layers.", "flax.linen.", "haiku.")


def _own_module_base(qname: str) -> bool:
    """`Layer.Layer` (`from Layer import Layer`, a from-scratch course's `Layer.py`): a class from a top-level
    module named as the class."""
    parts = qname.split(".")
    return len(parts) == 2 and parts[0].lower() == parts[1].lower()


def framework_module(cls: "Class") -> bool:
    """A class built on a framework's module or layer base, directly or through a class of this file (`class
    Sparse(BaseLayer)` with `class BaseLayer(nn.Module)`): its parameters follow that framework's rules."""
    return cls.framework


@dataclass
class Function:
    node: FuncDef
    name: str
    cls: Optional["Class"]
    params: Tuple[str, ...]
    parent: Optional["Function"] = None


@dataclass
class Class:
    node: ast.ClassDef
    name: str
    bases: Tuple[str, ...]
    framework: bool = False  # a framework module, directly or through a base class of this file (framework_module)
    attrs: Dict[str, Layer] = field(default_factory=dict)  # self.X = <layer>
    param_attrs: Set[str] = field(default_factory=set)  # self.X = nn.Parameter(...)
    methods: Dict[str, FuncDef] = field(default_factory=dict)
    init_called: Set[str] = field(default_factory=set)  # methods run at construction
    init_call_order: Dict[str, int] = field(default_factory=dict)  # `self.m()` in __init__ -> the last one's order
    applied_fns: Set[str] = field(default_factory=set)  # self.apply(fn)
    instantiates: Set[str] = field(default_factory=set)  # other classes of this file used as submodules
    scaled_attrs: Set[str] = field(default_factory=set)  # equalized-lr: self.X * scale in forward
    param_ranks: Dict[str, Optional[int]] = field(default_factory=dict)  # self.X = nn.Parameter(<rank-n factory>)
    # dataclass-style fields whose initializer default no call in the file changes (`kernel_init: ... = xavier_uniform()`)
    field_inits: Dict[str, ast.expr] = field(default_factory=dict)
    # initializer fields the calls set differently (`MLP(hidden_init=glorot_uniform())` beside `MLP()`): field ->
    # every initializer an instance gets (each call's, the default where a call leaves it out)
    field_alternatives: Dict[str, List[ast.expr]] = field(default_factory=dict)
    # self.X = <constructor parameter> naming an activation the class's calls set differently (`DenseLayer(700,
    # activation=tf.nn.relu)`, `DenseLayer(10)` with activation=tf.identity): attr -> parameter, each instance's own
    instance_acts: Dict[str, str] = field(default_factory=dict)
    # switches fixed for every instance built in the file (`self.glu = glu`, glu=False, no call passing it;
    # a field `use_tanh: bool = False`): the dataflow follows only the arm an `if self.glu:` takes
    flags: Dict[str, bool] = field(default_factory=dict)
    # self.X = <constructor parameter> that the file's calls pass a literal list of layers (`MLP([Dense(784, 512),
    # Activation(sigmoid), ...])`): attr -> each call's list, as a container of those layers in order
    passed_layers: Dict[str, List["Layer"]] = field(default_factory=dict)
    # numbers its methods bind to self attributes (`self.units = units`, with the default's reference), as a
    # subclass of this file starts from them
    self_numbers: Dict[str, Optional[float]] = field(default_factory=dict)
    self_number_defaults: Dict[str, Tuple[int, str]] = field(default_factory=dict)
    self_sizes: Dict[str, float] = field(default_factory=dict)  # typical sizes: `self.units = units` (units=10)
    # what its layers' and weights' keys start with: the name, or for a class defined again under the same name
    # (a notebook's later cell) name@line, so each definition's `self.fc1` is a layer of its own
    key: str = ""

    def __post_init__(self) -> None:
        self.key = self.key or self.name


@dataclass
class Site:
    dist: Dist
    target_text: str  # as written: "W1", "m.weight", "params['W' + str(l)]", "kernel_initializer"
    role: W.Role  # roles.role_of_name result (or from keyword/layer kind)
    key: Optional[str]  # flow key of the layer/weight this initialises
    layer: Optional[Layer]
    func: Optional[Function]
    cls: Optional[Class]
    loops: _Loops
    filters: _Filters
    order: int  # statement order in the file (for fill-then-overwrite)
    stmt: Optional[ast.stmt] = None
    keyword: Optional[str] = None
    base_var: Optional[str] = None  # `m` in m.weight (loop var / visitor parameter)
    assigned_name: Optional[str] = None  # the variable a factory value was assigned to
    returned: bool = False  # `return tf.Variable(...)` inside a helper
    wrapper: Optional[str] = None
    branch: _Branch = ()  # (id of an if/elif chain, index of the arm) around the site
    per_layer: bool = False  # drawn in a loop over the layers and collected there: one tensor per layer
    # an element of a list literal of per-layer weights (`weights = [tf.Variable(...), ...]`): (index, length)
    in_list: Optional[Tuple[int, int]] = None
    # Values flow: parameter defaults the scale was read from, as (id(function node), parameter, default value);
    # a call site of that function/class in this file that passes the parameter decides over the default
    from_defaults: Tuple[Tuple[int, str, float], ...] = ()
    # Values flow: the shape's sizes as numbers where they are known where the tensor is drawn (locals,
    # defaults, module constants), and, when a size is a parameter of the helper or layer class that draws it,
    # the sizes each call in this file passes with the target of that call (`dense1 = Layer_Dense(2, 64)`,
    # `W1 = init_weights([784, 256])`). Empty when nothing is known.
    dims: Tuple[Optional[float], ...] = ()
    dim_sets: Tuple[Tuple[Tuple[Optional[float], ...], Optional[str]], ...] = ()
    # the sizes an integer parameter default gives where `dims` has none (`torch.randn(heads, heads)` in
    # `__init__(self, heads=8)`): a typical size, used only to stay silent, never to fire
    default_dims: Tuple[Optional[float], ...] = ()
    # the one call of the drawing function this site stands for, where calls pass different scales
    # (`variable("w1", [784, 256], 0.001)` beside `variable("w2", [256, 256], 0.05)`): its sizes are that call's
    call: Optional[ast.Call] = None
    # the side of a 2-D weight its bias is as long as (a [weight, bias] pair drawn side by side): the output
    # side, when only one side matches; what a use of the weight says comes first (fixes.fan_in_axis)
    bias_side: Optional[int] = None


_N = TypeVar("_N", bound=ast.AST)
_PARTITIONING = {"with_logical_partitioning", "with_partitioning"}  # flax: an initializer with sharding axes
_INDEX_ITERATORS = ("range", "xrange", "enumerate", "zip")  # a loop over these walks layers by index or pairs


@dataclass
class Model:
    module: ast.Module
    source: SourceText
    imports: ImportTable
    ev: Evaluator
    classes: Dict[str, Class] = field(default_factory=dict)
    # every class statement in order, a name defined again included (a notebook cell redefining `Net` defines a
    # new class; the first is still judged): `classes` holds the last definition of each name
    all_classes: List[Class] = field(default_factory=list)
    functions: Dict[str, Function] = field(default_factory=dict)  # every def, by name (the first one wins)
    layers: Dict[str, Layer] = field(default_factory=dict)  # by key
    layer_of_node: Dict[int, Layer] = field(default_factory=dict)  # id(ctor call) -> Layer
    sites: List[Site] = field(default_factory=list)
    # key -> orders of statements that overwrite it (init calls, copy_, slice assignment, load_state_dict)
    writes: Dict[str, List[Tuple[int, int]]] = field(default_factory=dict)  # key -> [(order, id(function node))]
    # (key, order) of a write -> the if/elif arms around it (a write in another arm of the same chain is exclusive)
    write_branches: Dict[Tuple[str, int], _Branch] = field(default_factory=dict)
    # assignments not yet in `writes`: (target, order, id(function node), if/elif arms). Every assignment
    # writes its target, but the target's text (the key) is needed only where a rule asks whether a site is
    # overwritten (a third of the files): made then, by settle_writes
    pending_writes: List[Tuple[ast.expr, int, int, _Branch]] = field(default_factory=list, repr=False)
    # (key, order) of a write -> its statement's first line (a read of the name between two writes makes the
    # later one a new definition, not an overwrite: notebooks re-assign W cell after cell)
    write_lines: Dict[Tuple[str, int], int] = field(default_factory=dict)
    # function name -> target names its return value is assigned to, per call
    call_targets: Dict[str, List[Optional[ast.expr]]] = field(default_factory=dict)  # helper -> targets
    calls_in_loop: Set[str] = field(default_factory=set)
    applied_fns: Set[str] = field(default_factory=set)  # X.apply(fn) anywhere
    module_level_models: Dict[str, Layer] = field(default_factory=dict)  # model = nn.Sequential(...)
    local_models: List[Layer] = field(default_factory=list)  # net = nn.Sequential(...) inside a function
    matmul_keys: Set[str] = field(default_factory=set)
    buffers: Set[str] = field(default_factory=set)  # names passed to register_buffer / fixed filters
    trained_names: bool = False  # an optimizer or a gradient update exists in the file
    loads_state: Set[str] = field(default_factory=set)  # classes/scopes with load_state_dict
    # X.apply(fn) and X.load_state_dict(...) as (order, id(function node), X): a checkpoint loaded into
    # the object after the visitor ran overwrites what the visitor wrote
    applied_at: Dict[str, List[Tuple[int, int, str]]] = field(default_factory=dict)
    # every `obj.apply(fn)` in order: (statement order, scope id, obj as written, fn's name, line)
    applications: List[Tuple[int, int, str, str, int]] = field(default_factory=list)
    # container as written -> the key of the local drawn per layer and appended to it in the loop
    # (`W = randn(n_in, n_out) * s; self.weights.append(W)`: `self.weights[i]` in forward is that W)
    collected_into: Dict[str, str] = field(default_factory=dict)
    # fn -> the layer (a container, a block) each `X.apply(fn)` applies it to, None where X is not a layer the
    # file builds (`self`, a model made elsewhere): `self.classifier.apply(init_classifier)` inits those only
    applied_to: Dict[str, List[Optional[Layer]]] = field(default_factory=dict)
    state_loads: List[Tuple[int, int, str]] = field(default_factory=list)
    # indexes built once (the old model rescanned for these on every use):
    # last names of the layer types registered so far that are known layer kinds (class-name filters)
    layer_type_names: Set[str] = field(default_factory=set, repr=False)
    # id(function node) -> the values of the `return` statements anywhere in its body (factory_layer)
    _returns: Dict[int, List[ast.expr]] = field(default_factory=dict, repr=False, compare=False)
    # ids of the helpers that pick their draw by a string parameter (Builder.helper_dispatch): an arm's draw is
    # judged where a call picks it (the call's value), never as the helper's result for every caller
    dispatch_helpers: Set[int] = field(default_factory=set, repr=False)
    # ids of initializer expressions that are a config dataclass's field default (`kernel_init: Callable =
    # xavier_uniform()`), read by every layer built from the config: reported there, never rewritten (one edit
    # would change the attention and output layers too)
    shared_defaults: Set[int] = field(default_factory=set, repr=False)
    # name -> its calls `name(...)` in the file (calls_of), looked up by the model, the dataflow and the rules
    _calls: Dict[str, List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]]] = field(
        default_factory=dict, repr=False, compare=False)

    # node type -> every node of that type in the module, in walk order (nodes_of): one walk serves every
    # whole-file question of Context (each was a walk of its own: a fifth of the time on large files)
    _by_type: Optional[Dict[type, List[ast.AST]]] = field(default=None, repr=False, compare=False)
    _defs: Optional[Dict[str, List[ast.stmt]]] = field(default=None, repr=False, compare=False)  # (module_defs)

    def nodes_of(self, node_type: Type[_N]) -> List[_N]:
        """Every node of exactly `node_type` in the module (subclasses not included), in `walk` order."""
        if self._by_type is None:
            index: Dict[type, List[ast.AST]] = {}
            for n in walk(self.module):
                t = type(n)
                found = index.get(t)
                if found is None:
                    index[t] = [n]
                else:
                    found.append(n)
            self._by_type = index
        return self._by_type.get(node_type, [])  # type: ignore[return-value]

    def enclosing_function(self, node: ast.AST) -> Optional["Function"]:
        """The module-level function whose body holds `node` (by its lines; None for the module body or a
        method)."""
        return next((f for f in self.functions.values() if f.cls is None and f.parent is None and within(node, f.node)),
                    None)

    def calls_of(self, name: str, defn: Optional[ast.stmt] = None
                 ) -> List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]]:
        """Every call `name(...)` of the module in source order, with the innermost function it is written in
        (None: module level) and the name or attribute its result is assigned to. With `defn`, one of several
        module-level definitions of `name` (a notebook's second `class Net()`), only the calls written while it
        is the one in force: from its line to the next definition's (the last one also takes calls written
        before the first)."""
        found = self._all_calls_of(name)
        if defn is None:
            return found
        defs = self.module_defs.get(name)
        if defs is None or len(defs) < 2 or defn not in defs:
            return found
        return [c for c in found if _in_force(defs, defs.index(defn), c[0].lineno)]

    def module_definition(self, name: str, node: ast.AST) -> Optional[ast.stmt]:
        """The module-level `def` or `class` named `name` that is `node` or holds it (a class's `__init__`), when
        the module defines `name` more than once (a notebook's second `class MyDense`); None otherwise."""
        defs = self.module_defs.get(name)
        if defs is None or len(defs) < 2:
            return None
        return next((d for d in defs if d is node or within(node, d)), None)

    def in_force(self, name: str, defn: ast.AST, line: int) -> bool:
        """Whether a use of `name` written at `line` means the definition `defn` (True unless the module defines
        `name` more than once and another definition is the one in force there)."""
        defs = self.module_defs.get(name)
        if defs is None or len(defs) < 2 or defn not in defs:
            return True
        return _in_force(defs, defs.index(defn), line)

    @property
    def module_defs(self) -> Dict[str, List[ast.stmt]]:
        """Name -> its module-level `def`s and `class`es, in source order."""
        if self._defs is None:
            self._defs = {}
            for stmt in self.module.body:
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    self._defs.setdefault(stmt.name, []).append(stmt)
        return self._defs

    def _all_calls_of(self, name: str) -> List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]]:
        found = self._calls.get(name)
        if found is None:
            # only statements spanning a line where `name(` is written are walked: each place the text has the
            # name as a word, followed by `\s*(` (found with str.find: a pattern compiled per name cost more
            # than the search; a name is an identifier, so no two such places overlap)
            text = self.source.text
            lines: Set[int] = set()
            at = text.find(name) if name else -1
            while at >= 0:
                if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and _CALL_OPEN.match(text, at + len(name)):
                    lines.add(self.source.line_at(at))
                at = text.find(name, at + 1)
            found = self._calls[name] = _name_calls_in(self.module, name, lines) if lines else []
        return found


def _in_force(defs: List[ast.stmt], i: int, line: int) -> bool:
    """Whether the `i`th of several module-level definitions of one name is the one a use at `line` means: the
    uses written from its line to the next definition's (the last one also takes those written before the first:
    a function body runs after the module is loaded)."""
    start = defs[i].lineno if i else 0
    end = defs[i + 1].lineno if i + 1 < len(defs) else None
    return start <= line and (end is None or line < end) or end is None and line < defs[0].lineno


def settle_writes(model: Model) -> None:
    """Move the pending assignment writes into `writes` / `write_branches` (before anything reads them; the
    order of the orders within one key's list differs from the walk's, and nothing depends on it)."""
    for target, order, fid, branch in model.pending_writes:
        key = _tensor_key(model.source, target)
        if key:
            model.writes.setdefault(key, []).append((order, fid))
            model.write_lines[(key, order)] = target.lineno
            if branch:
                model.write_branches[(key, order)] = branch
    model.pending_writes.clear()


def _text(model_or_source: Union[Model, SourceText], node: ast.AST) -> str:
    """The exact source text of `node` ('?' when it has no position)."""
    src = model_or_source.source if isinstance(model_or_source, Model) else model_or_source
    return src.segment(node) or "?"


_KERAS_NO_WEIGHTS = ("Dropout", "Flatten", "Activation", "MaxPooling", "AveragePooling", "GlobalAveragePooling",
                     "GlobalMaxPooling", "InputLayer", "Reshape", "ReLU", "LeakyReLU", "Softmax", "SpatialDropout")


def _keras_weight_count(layer: Optional["Layer"]) -> Optional[int]:
    """How many arrays a Keras layer's `get_weights()` holds: Dense/Conv 2 (1 with use_bias=False),
    BatchNormalization 4, shape-only layers 0; None where it is not known."""
    if layer is None:
        return None
    last = layer.type_name.rsplit(".", 1)[-1]
    if last.startswith(_KERAS_NO_WEIGHTS):
        return 0
    if last == "BatchNormalization":
        return 4
    if layer.kind == "linear" and (last == "Dense" or last.startswith("Conv")):
        node = layer.node
        use_bias = arg(node, None, "use_bias") if isinstance(node, ast.Call) else None
        return 1 if isinstance(use_bias, ast.Constant) and use_bias.value is False else 2
    return None


def _base_init(call: ast.Call) -> Optional[Tuple[Optional[ast.expr], List[ast.expr]]]:
    """`super().__init__(a, b)` -> (None, [a, b]); `Base.__init__(self, a, b)` -> (Base, [a, b]); else None: a
    constructor handing its arguments to a base class's."""
    f = call.func
    if not (type(f) is ast.Attribute and f.attr == "__init__"):
        return None
    receiver = f.value  # type: ignore[attr-defined]
    if type(receiver) is ast.Call and type(receiver.func) is ast.Name and receiver.func.id == "super":
        return None, list(call.args)
    if type(receiver) in (ast.Name, ast.Attribute) and call.args and type(call.args[0]) is ast.Name \
            and call.args[0].id == "self":  # type: ignore[attr-defined]
        return receiver, list(call.args[1:])
    return None



def _leaves(stmt: ast.stmt) -> bool:
    """A statement after which the code below does not run: raise, return, `sys.exit(...)`/`exit()`/`quit()`."""
    if isinstance(stmt, (ast.Raise, ast.Return)):
        return True
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) \
        and (dotted(stmt.value.func) or "") in ("sys.exit", "exit", "quit", "os._exit")

def _elements(node: Union[ast.Tuple, ast.List, ast.Set]) -> List[ast.expr]:
    """Elements of a display, `*x` read as x (libcst's `element.value`)."""
    return [e.value if isinstance(e, ast.Starred) else e for e in node.elts]


_ACTIVATION_AFFIX = re.compile(r"^Activation_?|_?Activation$")
_MODULE_SUFFIX = re.compile(r"_?(?:Module|Layer)$")


def _scratch_activation(class_name: str, weightless: bool = False) -> Optional[Act]:
    """The activation a from-scratch activation class of this file names (`Activation_ReLU`, `SigmoidActivation`,
    the nnfs book's and course frameworks' objects with a forward method): names that say "Activation", and for a
    class that holds no weights (`weightless`), an activation's name with "Module" or "Layer" after it
    (`ReLUModule` wrapping a hand-written autograd function, `SigmoidLayer`)."""
    stripped = _ACTIVATION_AFFIX.sub("", class_name)
    if stripped == class_name and weightless:
        stripped = _MODULE_SUFFIX.sub("", class_name)
    if stripped == class_name or not stripped:
        return None
    c = canonical_act(stripped)
    return (c, 0.01 if c == "leaky_relu" else None) if c else None


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


# torch.nn.Module methods that return the module itself (moved, cast or switched in place)
_MODULE_RETURNING = frozenset({"to", "cuda", "cpu", "float", "double", "half", "bfloat16", "train", "eval",
                               "requires_grad_", "to_empty"})

_SEQUENTIAL_BASES = frozenset({"torch.nn.Sequential", "torch.nn.modules.container.Sequential"})

# wrappers that make what they are given a trained tensor (a helper wrapping its parameter in one: the caller's
# draw is that tensor's init)
_TRAINED_WRAPPERS = {"tensorflow.Variable": "Variable", "torch.nn.Parameter": "Parameter",
                     "torch.nn.parameter.Parameter": "Parameter", "theano.shared": "Variable"}
_WRAPPER_LAST_NAMES = frozenset(q.rsplit(".", 1)[-1] for q in _TRAINED_WRAPPERS)


class Builder:
    """Walks statements once, in source order."""

    def __init__(self, tree: ast.Module, source: SourceText, imports: ImportTable, ev: Evaluator) -> None:
        self.m = Model(tree, source, imports, ev)
        ev.helper_return = self.helper_return
        ev.helper_dispatch = self.helper_dispatch
        ev.wrapping_helper = self.wrapping_helper
        ev.string_param = self.string_param
        ev.init_object = self.init_object
        ev.module_function = lambda name: self._module_functions().get(name)
        ev.source_text = source.text
        ev.module = tree
        self._helper_returns: Dict[str, Optional[Tuple[FuncDef, ast.expr]]] = {}
        self._helper_dispatches: Dict[str, Optional[Dispatch]] = {}
        self._wrapping_helpers: Dict[str, Optional[Tuple[FuncDef, int, str, str]]] = {}
        # id of a function (0: the module) -> its names bound only to items of one list (small_list_item)
        self._list_items: Dict[int, Dict[str, Optional[str]]] = {}
        self._constructed_attrs: Dict[Tuple[int, str], Optional[float]] = {}  # (constructed_attr_number)
        self.source = source
        self.ev = ev
        self.order = 0
        self.line = 0  # first line of the statement being built
        self.local_inits: Dict[str, ast.expr] = {}  # name -> initializer object expr (per function)
        self.class_name_vars: Dict[str, str] = {}  # classname = m.__class__.__name__ -> {"classname": "m"}
        # names bound to an object of a framework module class of this file (`model_zero = Net(784, 128, 10)`,
        # `.to(device)` too): `model_zero.fc1.weight` is that class's fc1 (per scope, as scope_layers)
        self.instances: Dict[str, Class] = {}
        self.scope_layers: Dict[str, Layer] = {}  # name -> layer bound to it in the current function
        # name -> the shape an uninitialised tensor was made with in the current function (`w1 = torch.empty((700,
        # 200), requires_grad=True)`), for the in-place init that fills it next (`normal_(w1, std=...)`)
        self.empty_shapes: Dict[str, Tuple[ast.expr, ...]] = {}
        # site index -> what a stored draw holds once rescaled or moved in place (`self.W *= c` then `self.W -= h`;
        # the walk only appends to and replaces in `m.sites`, so an index stays the site's until build() ends)
        self.moved_stores: Dict[int, ast.expr] = {}
        # name -> the list of layers `name = []` starts in the current scope (module or function), filled by
        # `name.append(Dense(...))`: registered as a container at its first layer
        self.open_lists: Dict[str, Layer] = {}
        self.branch: _Branch = ()
        self.size_defaults: Dict[str, float] = {}  # integer parameter defaults of the current function
        # (and locals computed from them and from items of its literal defaults: `filter_num =
        # conv_param['filter_num']` with `conv_param={'filter_num': 30, ...}`)
        self.literal_defaults: Dict[str, ast.expr] = {}  # parameters of the current function with a literal
        # dict/tuple/list default
        self.body: Sequence[ast.stmt] = tree.body  # the statements of the function being built (or the module's)
        # (class, attribute, constructor, parameter) of each `self.X = <parameter>` in a constructor and each
        # bool field, in order; None for a later assignment of anything else: switches, settled after the walk
        self.flag_params: List[Tuple[Class, str, Optional[FuncDef], str]] = []
        self._top_functions: Optional[Dict[str, FuncDef]] = None
        self._layer_builders: Dict[str, bool] = {}  # module-level function -> whether it constructs a layer
        # id(function node) -> its parameters' default expressions (read for every `self.X = ...` of an
        # __init__ by activation_value: made once per function, never changed by a reader)
        self._defaults_of: Dict[int, Dict[str, ast.expr]] = {}
        self._defs_of_class: Dict[int, Dict[str, FuncDef]] = {}  # id(class node) -> _class_defs (nodes of the tree)
        self._fields_inits: List[ast.FunctionDef] = []  # the constructors made for dataclass-style classes
        self.keras_added: Dict[str, List[Layer]] = {}  # model -> the layers model.add() gave it so far
        self.looped_items: Set[int] = set()  # ids of the items a loop appends to a list of layers (_list_built)
        # id of a name appended to a list (`layers.append(linear)`) -> the layer the name held there: a name bound
        # anew in each arm of a loop body (`linear = nn.Linear(...)`) is another layer at each append
        self.appended_names: Dict[int, Layer] = {}
        # id of the initializer a name holds after a dispatch on a parameter (dispatched_inits) -> the ones the
        # other selected arms bind: each is what some call of the function builds its layers with
        self.alternative_inits: Dict[int, List[ast.expr]] = {}
        self.current_cls: Optional[Class] = None  # the class whose body is being built (its method helpers)
        self.default_inits: Set[int] = set()  # ids of parameter defaults that are initializers (initializer_defaults)
        self.fill_defaults: Set[Tuple[int, str]] = set()  # (function id, parameter) of None-default fill values
        self.current_fn: Optional[Function] = None  # the function whose body is being walked
        self.local_partials: Dict[str, str] = {}  # name -> the layer class a functools.partial of it makes
        self._scoped_activation: Optional[bool] = None  # (scoped_activation, asked once)
        self._lambda_defs: List[ast.FunctionDef] = []  # the functions made for module-level lambdas
        self._made_nodes: List[ast.Call] = []
        self._record_fields: Dict[int, List[str]] = {}  # id(class node) -> a NamedTuple/dataclass's fields ([]: none)
        self._module_walkers: Dict[str, bool] = {}  # (_walks_modules_of_first_param, once per name)
        self._formulas: Dict[Tuple[int, str], Optional[ast.expr]] = {}  # (id(def), name) -> param_formula  # the Sequential calls a subclass's super().__init__ stands for

    # -------------------------------------------------------------- entry
    def build(self) -> Model:
        self.local_inits.update(self.module_initializers())
        self.block(self.m.module.body, Scope(None, None))
        self.settle_appended()
        self.settle_flags()
        self.settle_passed_layers()
        self.call_site_values()
        self.call_site_scales()
        self.call_site_shapes()
        self.scope_list_dims()
        self.call_site_layer_sizes()
        self.keras_weight_surgery()
        return self.m

    def keras_weight_surgery(self) -> None:
        """`w = model.get_weights(); w[0] = np.random.randn(2, 10) * np.sqrt(1 / 2); ...; model.set_weights(w)`
        at module level (a notebook), `model` a Keras Sequential built by `model.add(...)` or from a list: each
        entry is the kernel or the bias of one layer, in the order the layers hold them (Dense/Conv: kernel, bias;
        BatchNormalization: four vectors; Dropout/Flatten/Activation/pooling: none), so the draw is judged as
        that layer's kernel (its activation, its place) or bias. Stops at a layer whose weights it cannot count."""
        if ".set_weights(" not in self.source.text or ".get_weights()" not in self.source.text:
            return
        built: Dict[str, List[Optional[Layer]]] = {}
        held: Dict[str, List[Optional[Layer]]] = {}  # X = model.get_weights(): the model's layers at that point
        written: Set[str] = set()  # lists given back with model.set_weights(X)
        for stmt in self.m.module.body:
            if type(stmt) is ast.Assign and len(stmt.targets) == 1 and type(stmt.targets[0]) is ast.Name:
                name, value = stmt.targets[0].id, stmt.value
                if type(value) is ast.Call and (self.ev.qname(value.func) or "").endswith("Sequential"):
                    items = value.args[0] if value.args else None
                    built[name] = [self.m.layer_of_node.get(id(e)) for e in _elements(items)] \
                        if isinstance(items, (ast.List, ast.Tuple)) else []
                    continue
                if type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr == "get_weights" \
                        and type(value.func.value) is ast.Name and value.func.value.id in built:
                    held[name] = list(built[value.func.value.id])
                    continue
            if type(stmt) is ast.Expr and type(stmt.value) is ast.Call and type(stmt.value.func) is ast.Attribute \
                    and type(stmt.value.func.value) is ast.Name:
                call, owner = stmt.value, stmt.value.func.value.id
                method = stmt.value.func.attr
                if method == "add" and owner in built and len(call.args) == 1:
                    built[owner].append(self.m.layer_of_node.get(id(call.args[0])))
                elif method == "set_weights" and owner in built and len(call.args) == 1 \
                        and type(call.args[0]) is ast.Name:
                    written.add(call.args[0].id)  # type: ignore[attr-defined]
        slots: Dict[str, List[Tuple[Layer, bool]]] = {}
        for name in held.keys() & written:
            order: List[Tuple[Layer, bool]] = []
            for layer in held[name]:
                count = _keras_weight_count(layer)
                if layer is None or count is None:
                    break
                order.extend((layer, i == 0 and count in (1, 2)) for i in range(count))
            slots[name] = order
        if not slots:
            return
        out: List[Site] = []
        for site in self.m.sites:
            t = site.stmt.targets[0] if type(site.stmt) is ast.Assign and len(site.stmt.targets) == 1 else None
            if site.func is None and type(t) is ast.Subscript and type(t.value) is ast.Name and t.value.id in slots \
                    and type(t.slice) is ast.Constant and type(t.slice.value) is int \
                    and 0 <= t.slice.value < len(slots[t.value.id]):
                layer, kernel = slots[t.value.id][t.slice.value]
                site = replace(site, key=layer.key, role=W.WEIGHT if kernel else W.BIAS)
            out.append(site)
        self.m.sites = out

    def module_initializers(self) -> Dict[str, ast.expr]:
        """Initializer objects bound once at module level (`KERNEL_INITIALIZER = glorot_normal()`): a function
        reads them when it runs, so one defined above the assignment (or in a file whose imported definitions are
        appended after its own text) passes them on all the same (`kernel_initializer=KERNEL_INITIALIZER`)."""
        bound: Dict[str, Optional[ast.expr]] = {}
        for stmt in self.m.module.body:
            t = type(stmt)
            if t is ast.Assign and len(stmt.targets) == 1 and type(stmt.targets[0]) is ast.Name:  # type: ignore[attr-defined]
                name = stmt.targets[0].id  # type: ignore[attr-defined]
                bound[name] = None if name in bound else stmt.value  # type: ignore[attr-defined]
            elif t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                bound[stmt.name] = None  # type: ignore[attr-defined]
            elif t in (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.For, ast.AsyncFor):
                targets = stmt.targets if t is ast.Assign else [stmt.target]  # type: ignore[attr-defined]
                for n in walk(targets):
                    if type(n) is ast.Name:
                        bound[n.id] = None  # type: ignore[attr-defined]  # (bound again, or not to one value)
        return {name: value for name, value in bound.items()
                if value is not None and type(value) is ast.Call and not _is_str(value)
                and self.ev.initializer(value) is not None}

    def settle_appended(self) -> None:
        """The weights a function appends to one list (`ws.append(randn(h, n_in))`, a loop appending the hidden
        ones, `ws.append(randn(n_out, h))`): the list holds them in append order, so the last append is the
        output layer, the others hidden ones. Only when that last append runs once (not in a loop of its own)."""
        groups: Dict[Tuple[int, str], List[Site]] = {}
        for s in self.m.sites:
            if s.key is not None and is_tensor_key(s.key) and s.key.endswith("[*]") and s.func is not None:
                groups.setdefault((id(s.func.node), s.key), []).append(s)
        for group in groups.values():
            outer = group[0].loops
            if len(group) < 2 or len(group[-1].loops) > len(outer):
                continue
            for i, s in enumerate(group):
                s.in_list = (i, len(group))

    def call_site_scales(self) -> None:
        """A scale written with parameters that have no default (`def init_random_params(scale, layer_sizes)`:
        `scale * rs.randn(m, n)`; `truncated_normal_initializer(stddev=stddev)`; `normal(0, 1, (v, h)) / (v + h)`)
        is what the calls in this file pass. Where every call passes the same numbers (`param_scale = 0.001`), the
        draw is judged with them where it is written; where calls pass different ones (`variable("w1", shape,
        0.001)`, `variable("w2", shape, 0.05)`), each call is judged with its own, where it passes them (RULES:
        report the bad one at the call site that passes it), through one level of forwarding (`conv_layer(x, 5,
        64, 0.005)` -> `variable("w", shape, stddev)`). Calls passing something unknown leave the draw as written."""
        out: List[Site] = []
        for site in self.m.sites:
            made = self.scales_at_calls(site)
            if made is None:
                out.append(site)
            else:
                out.extend(made)
        self.m.sites = out

    def scales_at_calls(self, site: Site) -> Optional[List[Site]]:
        """`call_site_scales` for one site: the sites it becomes, or None to keep it as it is."""
        d = site.dist
        node = d.node
        if d.kind not in ("normal", "uniform") or d.std is not None or d.family is not None or site.func is None \
                or not isinstance(node, (ast.BinOp, ast.Call)):
            return None
        # (the initializer a helper's parameter takes may be written in the function calling it, cifar10's
        # `_variable_on_cpu(name, shape, tf.truncated_normal_initializer(stddev=stddev))`: its scale is a parameter
        # of that module-level function, and that function's calls pass it)
        owner = site.func if within(node, site.func.node) else self.m.enclosing_function(node)
        if owner is None:
            return None
        if owner is site.func:
            callee = _callee_name(site) if site.func.name != "__init__" or site.cls is not None else None
        else:
            callee = owner.name
        fn = owner.node
        if callee is None or callee + "(" not in self.source.text \
                or owner.cls is not None and owner.name != "__init__":
            return None  # (a method the constructor runs: its own parameters are not the class call's)
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if owner.name == "__init__":
            params = params[1:]
        defaults = self.param_defaults(fn)
        # the parameters with no default the scale is written with, outside the shape (`v`, `h` of the divisor
        # `(v + h)`, not of the shape `(v, h)`)
        in_shape = {id(n) for x in d.shape for n in walk(x)}
        used = sorted({n.id for n in walk(node) if type(n) is ast.Name and id(n) not in in_shape  # type: ignore[attr-defined]
                       and n.id in params and n.id not in defaults})  # type: ignore[attr-defined]
        if not used or len(used) > 3:
            return None
        outer = owner.parent
        calls = [c for c in self.calls_of(callee, _callee_def(site, callee) if owner is site.func else owner.node)
                 if outer is None or c[1] is outer.node]
        if not calls:
            return None
        entries: List[Optional[Tuple[Tuple[float, ...], ast.expr, ast.Call]]] = []
        for call, caller, _ in calls:
            entries.extend(self.passed_scales(call, caller, params, used))
        known = [e for e in entries if e is not None]
        if not known:
            return None
        if len({e[0] for e in known}) == 1 and len(known) == len(entries):
            # every call agrees: the draw as written, with those numbers
            scaled = self.scale_with(d, used, known[0][0])
            return [replace(site, dist=scaled)] if scaled is not None else None
        made: List[Site] = []
        for values, where, call in known:
            scaled = self.scale_with(d, used, values)
            if scaled is not None:
                made.append(replace(site, dist=replace(scaled, node=where), call=call))
        if not made:
            return None
        return made + ([site] if len(known) < len(entries) else [])

    def passed_scales(self, call: ast.Call, caller: Optional[FuncDef], params: List[str], used: List[str]
                      ) -> List[Optional[Tuple[Tuple[float, ...], ast.expr, ast.Call]]]:
        """What one call passes for the scale's parameters: [(numbers, where to report, the call)], or [None]
        when unknown. A caller's own parameter handed on (`variable("w", shape, stddev)` in `def conv_layer(...,
        stddev, ...)`) is followed to each call of that caller, and reported there."""
        if has_star_args(call):
            return [None]
        passed = [arg(call, params.index(p), p) for p in used]
        locals_ = _constant_locals(caller, self.ev) if caller is not None else {}
        numbers = [self.number_at_call(x, locals_) if x is not None else None for x in passed]
        if None not in numbers:
            where = passed[0] if len(used) == 1 else call
            assert where is not None
            return [(tuple(n for n in numbers if n is not None), where, call)]
        # one level up: the caller's parameter, where it is no method's and has no default
        if caller is None or len(used) != 1 or not isinstance(passed[0], ast.Name) \
                or caller.name == "__init__" or self.m.functions.get(caller.name) is None \
                or self.m.functions[caller.name].cls is not None:
            return [None]
        outer_params = [a.arg for a in caller.args.posonlyargs + caller.args.args]
        name = passed[0].id
        if name not in outer_params or name in self.param_defaults(caller):
            return [None]
        found: List[Optional[Tuple[Tuple[float, ...], ast.expr, ast.Call]]] = []
        for outer_call, outer_caller, _ in self.calls_of(caller.name):
            given = arg(outer_call, outer_params.index(name), name)
            v = self.number_at_call(given, _constant_locals(outer_caller, self.ev) if outer_caller is not None else {}) \
                if given is not None else None
            found.append((( v,), given, call) if v is not None and given is not None else None)
        return found or [None]

    def scale_with(self, d: Dist, names: List[str], values: Tuple[float, ...]) -> Optional[Dist]:
        """The draw `d` with these parameters bound to these numbers (its scale; the rest of what is known of it
        kept); None unless that gives it a scale (and no fan-in family: `np.sqrt(2 / n)` says what it is; nor a
        positive-only draw, `rand(n, m) * (1.0 / units)`, which is that at every call: judged where it is drawn)."""
        if d.positive_to is not None:
            return None
        self.ev.scopes.append(dict(zip(names, values)))
        try:
            scaled = self.ev.value(d.node)
            if scaled is None and isinstance(d.node, ast.Call):
                scaled = self.ev.initializer(d.node)  # (`initializer=tf.truncated_normal_initializer(stddev=s)`)
        finally:
            self.ev.scopes.pop()
        if scaled is None or scaled.kind != d.kind or scaled.std is None or scaled.family is not None:
            return None
        if scaled.std == 0 and not scaled.mean:
            # `train(X, Y, 3, 0, 0.1)` for `W1 = randn(d, M) * r`: every weight is 0, a zero init at that call
            return replace(d, kind="zeros", value=0.0, std=None, low=None, high=None, mean=None, factor=None,
                           unit_draw=False, written_std=None)
        return replace(d, std=scaled.std, low=scaled.low, high=scaled.high, mean=scaled.mean, factor=scaled.factor,
                       unit_draw=scaled.unit_draw, written_std=scaled.written_std)

    def call_site_shapes(self) -> None:
        """Sizes flow from call sites: `self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)` in a layer
        class built as `Layer_Dense(2, 64)`, `tf.random_normal(shape, stddev=0.01)` in a helper called as
        `init_weights([3, 3, 1, 32])`. Each call of the class or function in this file that passes every
        size the shape needs as a number (a literal, a module constant, or a constant local of the calling
        function) adds its sizes, with the target the call is assigned to, to the site's `dim_sets`; calls
        whose sizes are unknown add nothing (a rule judges the calls it can see)."""
        wanted: Dict[str, List[int]] = {}
        for i, site in enumerate(self.m.sites):
            if not site.dims or all(x is not None for x in site.dims) or site.func is None:
                continue
            if site.role in (W.BIAS, W.NORM, W.TOKEN, W.STATE):
                continue  # (sizes only matter for weights)
            params = site.func.params
            aliases = _self_param_aliases(site)
            if not any(isinstance(x, ast.Name) and (x.id in params or self.param_formula(site.func.node, x.id) is not None
                                                    or self._zipped_param(site, x, params) is not None)
                       or _self_attr(x) in aliases or _indexed_param(_size_core(x), params) is not None
                       for x, v in zip(site.dist.shape, site.dims) if v is None):
                continue  # a size that is no parameter of the drawing function: no call decides it
            callee = _callee_name(site)
            if callee is not None and callee + "(" in self.source.text:
                wanted.setdefault(callee, []).append(i)
        if not wanted:
            return
        local_numbers: Dict[int, Dict[str, float]] = {}
        for callee, indexes in wanted.items():
            for i in indexes:
                site = self.m.sites[i]
                assert site.func is not None
                every = self.calls_of(callee, _callee_def(site, callee))
                if callee.startswith("self.") and site.cls is not None:
                    own = {id(m) for m in site.cls.methods.values()}
                    every = [c for c in every if c[1] is not None and id(c[1]) in own]
                outer = site.func.parent
                # (a nested helper is called in the function that defines it)
                found = every if outer is None else [c for c in every if c[1] is outer.node]
                if site.call is not None:
                    found = [c for c in found if c[0] is site.call]
                if not found:
                    continue
                built_by = site.cls.methods.get("__init__") if site.cls is not None and callee == site.cls.name \
                    else None  # (a method the constructor runs reads the constructor's parameters)
                made_in = built_by if built_by is not None else site.func.node
                params_of = [a.arg for a in made_in.args.posonlyargs + made_in.args.args]
                if (made_in.name == "__init__" or callee.startswith("self.")) and params_of:
                    params_of = params_of[1:]
                sets: List[Tuple[Tuple[Optional[float], ...], Optional[str]]] = []
                # parameters = initialize_parameters(2, 2, 1); print(parameters["W1"]): a shape test, whose sizes
                # say nothing of the network's; when every call is one (`linear = MyLinear(5, 3); print(linear(x))`),
                # they are the only sizes the file gives, and serve as typical ones: to stay silent (std 1 at 5)
                inspected = [c for c in found if c[2] is not None and _only_inspected(c[1] or self.m.module, c[0], c[2])]
                if inspected and len(inspected) == len(found) and not site.default_dims:
                    call, caller, _ = inspected[0]
                    dims = self.passed_dims(site, call, params_of, {}, caller, self.param_defaults(made_in))
                    if dims is not None and None not in dims:
                        self.m.sites[i] = replace(site, default_dims=dims)
                found = [c for c in found if c not in inspected]
                for call, caller, target in found:
                    if caller is not None and id(caller) not in local_numbers:
                        # the caller's constant locals, and its parameters that every call of it passes as
                        # one number (`find_agent(env, 200, 15)` -> `Agent(mlp_size)`: 15), one level up
                        local_numbers[id(caller)] = {**self.caller_params(caller), **_constant_locals(caller, self.ev)}
                    locals_ = local_numbers.get(id(caller), {}) if caller is not None else {}
                    listed = self.listed_dims(site, call, params_of)
                    if listed is None and caller is not None:
                        listed = self.looped_call_dims(site, call, params_of, caller)
                    if listed is None:
                        listed = self.unrolled_call_dims(site, call, params_of, locals_, caller, made_in)
                    if listed is not None:  # init_NN(L) with L = [1, 8, 1]: one set per layer
                        sets.extend((dims, target) for dims in listed)
                        continue
                    dims = self.passed_dims(site, call, params_of, locals_, caller, self.param_defaults(made_in))
                    if dims is not None and None in dims and caller is not None and len(found) > 1:
                        # Linear(input_size, hidden_size) in a network class built as TwoLayerNet(2, 3, 1) and as
                        # TwoLayerNet(2, 4, 1): the sizes each build of the network gives this layer (RULES: report
                        # the bad one), one level up
                        built = [self.passed_dims(site, call, params_of, {**locals_, **given}, caller,
                                                  self.param_defaults(made_in))
                                 for given in self.caller_param_sets(caller) if given]
                        known = [d for d in built if d is not None and None not in d]
                        if known:
                            sets.extend((d, target) for d in dict.fromkeys(known))
                            continue
                    # (a call whose sizes are unknown adds nothing; one with some of them known only when it is the
                    # only call: more calls would read as more layers built by the class, where they may be more
                    # models of one network class)
                    if dims is not None and (None not in dims or len(found) == 1):
                        sets.append((dims, target))
                if sets:
                    self.m.sites[i] = replace(site, dim_sets=tuple(sets))

    def caller_params(self, fn: FuncDef) -> Dict[str, float]:
        """Parameters of `fn` that every call of it in this file gives the same known number (a literal, a
        module constant, a constant local of that call's function; the default where a call leaves it out)."""
        out: Dict[str, float] = {}
        per_call = self.caller_param_sets(fn)
        if not per_call or any(given is None for given in per_call):
            return out
        for name in set.intersection(*(set(given) for given in per_call if given is not None)):
            values = {given[name] for given in per_call if given is not None}
            if len(values) == 1:
                out[name] = values.pop()
        return out

    def constructed_attr_number(self, site: Site, attr: str) -> Optional[float]:
        """The number `self.<attr>` holds in every instance the file builds: the constructor stores a parameter
        there (`_self_param_aliases`: `self.input_size = input_size`), no method stores it again, and every call of
        the class gives that parameter the same known number (`LSTMRNN(TIME_STEPS, INPUT_SIZE, ...)`): a method's
        `self._weight_variable([self.input_size, self.cell_size])` draws with those sizes."""
        cls = site.cls
        assert cls is not None
        key = (id(cls.node), attr)
        if key in self._constructed_attrs:
            return self._constructed_attrs[key]
        found: Optional[float] = None
        init = cls.methods.get("__init__")
        param = _self_param_aliases(site).get(attr)
        if init is not None and param is not None and sum(
                1 for m in cls.methods.values() for n in walk(m)
                if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                and any(_self_attr(t) == attr for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))) == 1:
            found = self.caller_params(init).get(param)
        self._constructed_attrs[key] = found
        return found

    def caller_param_sets(self, fn: FuncDef) -> List[Optional[Dict[str, float]]]:
        """For each call of `fn` in this file (at most 16), the parameters it gives a known number (the default
        where it leaves one out): None for a call with star-arguments. [] when there are none or too many."""
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if fn.name == "__init__" and params[:1] == ["self"]:
            # a constructor of a module-level class is called by the class's name (`Net(2, 3)` -> its
            # `LinearSigmoidLayer(x_dim, W_dim)`)
            owner = next((c for c in self.m.module.body if isinstance(c, ast.ClassDef) and fn in c.body), None)
            if owner is None:
                return []
            params = params[1:]
            calls = self.calls_of(owner.name, owner)
        elif params[:1] in (["self"], ["cls"]):
            return []  # (a method: its calls go through objects this file may build anywhere)
        else:
            calls = self.calls_of(fn.name, fn)
        if not calls or len(calls) > 16:
            return []
        defaults = self.param_defaults(fn)
        # (each calling function's constant locals, made once: not once per parameter and call)
        locals_of = {id(c): _constant_locals(c, self.ev) for _, c, _ in calls if c is not None}
        out: List[Optional[Dict[str, float]]] = []
        for call, caller, _ in calls:
            if has_star_args(call):
                out.append(None)
                continue
            given: Dict[str, float] = {}
            for i, name in enumerate(params):
                passed = arg(call, i, name)
                v = (self.ev.number(defaults[name]) if name in defaults else None) if passed is None \
                    else self.number_at_call(passed, locals_of[id(caller)] if caller is not None else {})
                if v is not None:
                    given[name] = v
            out.append(given)
        return out

    def number_at_call(self, node: Optional[ast.AST], locals_: Dict[str, float]) -> Optional[float]:
        """The number an argument is where the call is written: with the calling function's constant locals."""
        if node is None:
            return None
        self.ev.scopes.append(dict(locals_))
        try:
            return self.ev.number(node)
        finally:
            self.ev.scopes.pop()

    def small_list_item(self, name: str, scope: Optional[FuncDef], line: int) -> Optional[float]:
        """A size that is only ever an item of one list of sizes the module binds (`in_dimension =
        layer_dimension[0]`, then `in_dimension = layer_dimension[i]` in the loop that builds the layers), where
        every item is under 16: the largest item. Whichever item the layer gets, its fan-in is that small, which
        is all a rule needs to know (std 1 at fan-in < 16 is no explosion); a list with a larger item answers
        nothing, as a bound is no fan-in. `scope`: the function whose locals bind the name (None: the module)."""
        key = id(scope) if scope is not None else 0
        items_of = self._list_items.get(key)
        if items_of is None and not _binds_item(name, self.source.segment(scope) or ""
                                                if scope is not None else self.source.text):
            return None  # (never bound to an item of a list: no walk of the scope for it)
        if items_of is None:
            items_of = self._list_items[key] = _names_from_lists(scope.body if scope is not None else self.m.module.body)
        listed_name = items_of.get(name)
        if listed_name is None:
            return None
        listed = _list_bound_before(self.m.module.body, listed_name, line)
        items = [self.ev.number(e) for e in listed.elts] if isinstance(listed, (ast.List, ast.Tuple)) else []
        if not items or any(v is None or v <= 0 for v in items):
            return None
        largest = max(v for v in items if v is not None)
        return largest if largest < 16 else None

    def listed_dims(self, site: Site, call: ast.Call, params: List[str]) -> Optional[List[Tuple[Optional[float], ...]]]:
        """Sizes indexed from a list parameter in a loop (`np.random.normal(size=[L[i], L[i+1]])`,
        `randn(layer_dims[l], layer_dims[l - 1])`) when the call passes a list of numbers (a literal, or a name
        the module binds to one before the call): the sizes of every layer the loop draws."""
        shape = site.dist.shape
        indexed = [_indexed_param(_size_core(x), params) or self._zipped_param(site, _size_core(x), params)
                   for x in shape]
        if not shape or any(ix is None for ix in indexed):
            return None
        names = {ix[:2] for ix in indexed if ix is not None}
        if len(names) != 1:
            return None  # (one list, indexed by one loop variable: L[i], L[i + 1]; not L[i], L[j])
        ((name, _),) = names
        passed = arg(call, params.index(name), name)
        if isinstance(passed, ast.Name):
            passed = _list_bound_before(self.m.module.body, passed.id, call.lineno)
        if not isinstance(passed, (ast.List, ast.Tuple)) or not 2 <= len(passed.elts) <= 32:
            return None
        sizes = [self.ev.number(e) for e in passed.elts]
        if any(v is None for v in sizes):
            return None
        return _layer_dims(sizes, indexed, shape)

    def call_site_layer_sizes(self) -> None:
        """`fc = nn.Linear(input_dim, hidden_dim)` in a constructor the file calls as `Generator(input_dim, ...)`
        with numbers (`input_dim = 1` at module level): the fan-in those calls give the layer. Every call must give
        a number; where they agree it is the layer's fan-in, where they differ the largest is its typical one (only
        used to stay silent)."""
        # (per constructor, once: the ids of its nodes and what its calls pass)
        inside: Dict[int, Set[int]] = {}
        passed: Dict[int, List[Optional[Dict[str, float]]]] = {}
        for layer in list(self.m.layers.values()):
            if layer.in_features is not None or layer.kind != "linear" or not layer.type_name.startswith("torch.") \
                    or not isinstance(layer.node, ast.Call) or not layer.owner:
                continue
            cls = self.m.classes.get(layer.owner)
            init = cls.methods.get("__init__") if cls is not None else None
            if init is None:
                continue
            if id(init) not in inside:
                inside[id(init)] = {id(n) for n in walk(init)}
                passed[id(init)] = self.caller_param_sets(init)
            per_call = passed[id(init)]
            if id(layer.node) not in inside[id(init)] or not per_call or any(given is None for given in per_call):
                continue
            node, last = layer.node, layer.type_name.rsplit(".", 1)[-1]
            kws = {k.arg: k.value for k in node.keywords if k.arg is not None}
            shadowed: Dict[str, Optional[float]] = {a.arg: None for a in init.args.args + init.args.kwonlyargs}
            found: Set[float] = set()
            for given in per_call:
                self.ev.scopes.append({**shadowed, **(given or {})})
                try:
                    n = self.torch_fan_in(last, positional(node), kws)
                finally:
                    self.ev.scopes.pop()
                if n is None:
                    break
                found.add(n)
            else:
                if len(found) == 1:
                    layer.in_features = found.pop()
                elif found:
                    layer.typical_in = max(found)

    def scope_list_dims(self) -> None:
        """`N = [2, 5, 1]`, then `for i in range(len(N) - 1): W = np.random.randn(N[i + 1], N[i])` in the same
        scope (a script, a notebook, a function's own list of sizes): every size an item of one list of numbers
        the scope binds before the loop, indexed by the loop's variable, gives the sizes of every layer the loop
        draws (as a list passed to a helper does, `listed_dims`)."""
        for i, site in enumerate(self.m.sites):
            if site.dim_sets or not site.loops or not site.dims or all(x is not None for x in site.dims) \
                    or site.role in (W.BIAS, W.NORM, W.TOKEN, W.STATE):
                continue
            shape = site.dist.shape
            names = {c.value.id for c in map(_size_core, shape)
                     if isinstance(c, ast.Subscript) and isinstance(c.value, ast.Name)}
            if len(names) != 1:
                continue
            (name,) = names
            if site.func is not None and name in site.func.params:
                continue  # (a parameter: the calls decide, call_site_shapes)
            indexed = [_indexed_param(_size_core(x), [name]) for x in shape]
            loop_vars = {v for lp in site.loops for v in lp.var_names}
            if any(ix is None or ix[1] not in loop_vars for ix in indexed) or len({ix[1] for ix in indexed if ix}) != 1:
                continue
            outer = site.loops[0].node
            body = site.func.node.body if site.func is not None else self.m.module.body
            listed = _list_bound_before(body, name, outer.lineno)
            if not isinstance(listed, (ast.List, ast.Tuple)) or not 2 <= len(listed.elts) <= 32 \
                    or any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in walk(outer)):
                continue
            sizes = [self.ev.number(e) for e in listed.elts]
            if any(v is None for v in sizes):
                continue
            dims = _layer_dims(sizes, indexed, shape)
            if dims:
                self.m.sites[i] = replace(site, dim_sets=tuple((d, None) for d in dims))

    def _zipped_param(self, site: Site, x: ast.AST, params: Sequence[str]) -> Optional[Tuple[str, str, int]]:
        """`m` of `for m, n in zip(sizes[:-1], sizes[1:])` around the draw, with `sizes` a parameter of the drawing
        function (`[(scale * normal(key, (m, n)), ...) for key, (m, n) in zip(keys, zip(sizes[:-1], sizes[1:]))]`):
        as `_indexed_param` gives for `sizes[i]`."""
        drawn = site.dist.base_call if site.dist.base_call is not None else site.dist.node
        if not isinstance(x, ast.Name) or site.func is None or not isinstance(drawn, ast.Call):
            return None
        found = _zipped_item(x.id, drawn, site.func.node)
        return found if found is not None and found[0] in params else None

    def looped_call_dims(self, site: Site, call: ast.Call, params: List[str], caller: FuncDef
                         ) -> Optional[List[Tuple[Optional[float], ...]]]:
        """`[Layer(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]` (or the same call in a loop): each
        size the shape needs is passed as an item of one list the caller binds, `sizes = [n_in, *hidden, n_out]`
        with the caller's parameter defaults (`hidden=(64, 32)`) or a list parameter's default. The sizes of every
        layer whose sizes are all known."""
        found: List[Optional[Tuple[str, str, int]]] = []
        aliases = _self_param_aliases(site)
        for x, known in zip(site.dist.shape, site.dims):
            if known is not None:
                return None  # (a fixed size beside the looped ones: not this pattern)
            name = x.id if isinstance(x, ast.Name) else aliases.get(_self_attr(x) or "")
            passed = arg(call, params.index(name), name) if name is not None and name in params else None
            if isinstance(passed, ast.Name):
                # [layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]: m walks sizes from 0, n
                # from 1
                found.append(_zipped_item(passed.id, call, caller))
                continue
            if not isinstance(passed, ast.Subscript) or not isinstance(passed.value, ast.Name):
                return None
            found.append(_indexed_param(passed, [passed.value.id]))
        indexed = [ix for ix in found if ix is not None]
        if not indexed or len(indexed) != len(found) or len({ix[:2] for ix in indexed}) != 1:
            return None
        sizes = self.caller_sizes(caller, indexed[0][0], call.lineno)
        if sizes is None:
            return None
        offsets = [ix[2] for ix in indexed]
        out = [tuple(sizes[base + off] for off in offsets) for base in range(-min(offsets), len(sizes) - max(offsets))]
        return [dims for dims in out if None not in dims] or None

    def unrolled_call_dims(self, site: Site, call: ast.Call, params: List[str], locals_: Dict[str, float],
                           caller: Optional[FuncDef], made_in: FuncDef) -> Optional[List[Tuple[Optional[float], ...]]]:
        """A call in a loop over a list of sizes its block binds (`layer_neuron = [12, 4]`, then `for i, neuron in
        enumerate(layer_neuron): input_size = 784 if i == 0 else layer_neuron[i - 1]; w[i + 1] =
        generate_layer_weight(neuron=neuron, input=input_size)`): the sizes each iteration passes, when every
        iteration passes every size as a known number. None for any other call."""
        iterations = _unrolled_iterations(caller.body if caller is not None else self.m.module.body, call, self.ev)
        if not iterations:
            return None
        out = []
        for env in iterations:
            dims = self.passed_dims(site, call, params, {**locals_, **env}, caller, self.param_defaults(made_in))
            if dims is None or None in dims:
                return None
            out.append(dims)
        return out

    def caller_sizes(self, caller: FuncDef, name: str, line: int) -> Optional[List[Optional[float]]]:
        """The sizes a list of the caller holds before `line`: its last `name = [...]` in the caller's own body
        (`[num_inputs, *hidden_layers_sizes, num_outputs]`, parameters read as their defaults, a starred
        parameter as its tuple default), else the parameter `name`'s list default. None where unknown."""
        defaults = self.param_defaults(caller)
        value: Optional[ast.expr] = defaults.get(name)
        for stmt in walk(caller.body):
            if isinstance(stmt, ast.Assign) and stmt.lineno < line and len(stmt.targets) == 1 \
                    and isinstance(stmt.targets[0], ast.Name) and stmt.targets[0].id == name:
                value = stmt.value
        if value is None and name in param_names(caller) and caller.name + "(" in self.source.text:
            # init_network_params(layer_sizes, key) with `layer_sizes = [1, 17, 17, 1]` bound at module level: the
            # list every call of the caller passes (one list, the same at each call)
            params = [a.arg for a in caller.args.posonlyargs + caller.args.args]
            lists = set()
            for call, outer, _ in self.calls_of(caller.name, caller):
                given = arg(call, params.index(name), name) if name in params and not has_star_args(call) else None
                if isinstance(given, ast.Name) and outer is None:
                    given = _list_bound_before(self.m.module.body, given.id, call.lineno)
                elif isinstance(given, ast.Name) and outer is not None and given.id in param_names(outer):
                    # def baseline_mlp(layer_sizes=[784, 512, 512, 10]): return init_network_params(layer_sizes, key):
                    # the list the calling function's parameter holds by default
                    given = self.param_defaults(outer).get(given.id)
                lists.add(ast.dump(given) if isinstance(given, (ast.List, ast.Tuple)) else None)
                value = given
            if len(lists) != 1 or None in lists:
                return None
        if not isinstance(value, (ast.List, ast.Tuple)) or len(value.elts) > 32:
            return None
        sizes: List[Optional[float]] = []
        for e in value.elts:
            if isinstance(e, ast.Starred):
                spread = defaults.get(e.value.id) if isinstance(e.value, ast.Name) else None
                if not isinstance(spread, (ast.List, ast.Tuple)):
                    return None  # (an unknown number of sizes: no layer's position is known)
                sizes.extend(self.ev.number(x) for x in spread.elts)
            else:
                sizes.append(self.ev.number(defaults.get(e.id, e) if isinstance(e, ast.Name) else e))
        return sizes

    def param_formula(self, fn: FuncDef, name: str) -> Optional[ast.expr]:
        """The arithmetic of the function's parameters a local size is bound to once, in the function's own block
        (`input_nodes = input_dimensions + 1`); None for anything else. Made once per function and name."""
        if not name or name in param_names(fn):
            return None
        key = (id(fn), name)
        if key not in self._formulas:
            self._formulas[key] = _param_formula_uncached(fn, name)
        return self._formulas[key]

    def passed_dims(self, site: Site, call: ast.Call, params: List[str], locals_: Dict[str, float],
                    caller: Optional[FuncDef] = None, defaults: Optional[Dict[str, ast.expr]] = None
                    ) -> Optional[Tuple[Optional[float], ...]]:
        def value(node: Optional[ast.AST]) -> Optional[float]:
            found = self.number_at_call(node, locals_)
            if found is None and isinstance(node, ast.Name):
                found = self.small_list_item(node.id, caller, call.lineno)
            if found is None and site.cls is not None and isinstance(node, ast.Attribute):
                attr = _self_attr(node)
                found = self.constructed_attr_number(site, attr) if attr else None
            return found

        def passed(name: str) -> Optional[ast.AST]:
            return arg(call, params.index(name), name) if name in params else None

        shape = site.dist.shape
        if len(shape) == 1 and isinstance(shape[0], ast.Name) and shape[0].id in params:
            whole = passed(shape[0].id)  # init_weights([3, 3, 1, 32])
            if isinstance(whole, (ast.List, ast.Tuple)) and whole.elts and len(whole.elts) <= 6:
                dims = tuple(value(e) for e in whole.elts)
                return dims if all(x is not None for x in dims) else None
            one = value(whole) if whole is not None else None  # uniform(size=num_inputs) with Neuron(num_inputs=3)
            return (one,) if one is not None else None
        out: List[Optional[float]] = []
        aliases = _self_param_aliases(site)
        for x, known in zip(shape, site.dims):
            if known is not None:
                out.append(known)
                continue
            name = x.id if isinstance(x, ast.Name) else aliases.get(_self_attr(x) or "")
            formula = self.param_formula(site.func.node, name) if name is not None and name not in params \
                and site.func is not None else None
            if formula is not None:
                # input_nodes = input_dimensions + 1 (room for a bias node), drawn randn(input_nodes, hidden_nodes):
                # the size each call's arguments make
                bound: Optional[Dict[str, ast.expr]] = {}
                for n in walk(formula):
                    if isinstance(n, ast.Name) and bound is not None:
                        given = passed(n.id)
                        if given is None and defaults and n.id in defaults and not has_star_args(call):
                            given = defaults[n.id]
                        v = value(given)
                        if v is None:
                            bound = None
                        else:
                            bound[n.id] = ast.Constant(v)
                out.append(self.ev.number(_substituted(formula, bound)) if bound is not None else None)
                continue
            if name is None or name not in params:
                out.append(None)  # (a size no call passes, `C = Y_.shape[1]`: unknown here; the others may decide)
                continue
            given = passed(name)
            if given is None and defaults and name in defaults and not has_star_args(call):
                given = defaults[name]  # `NeuralNet(99)` leaves `n_features=2` as it is
            out.append(value(given))  # (None: this size is unknown at this call; the others may decide)
        return tuple(out) if any(v is not None for v in out) else None

    def call_site_values(self) -> None:
        """Values flow from call sites: `Net(weight_scale=1e-2)` decides over `def __init__(..., weight_scale=1e-3)`.
        A site whose scale was read from one parameter default is judged once per call of that function (or
        class) in this file: with the default where a call leaves the parameter out, and at the call site,
        rescaled, where a call passes a known number. With no call in the file, the default decides."""
        fids = {s.from_defaults[0][0] for s in self.m.sites if len(s.from_defaults) == 1 and s.from_defaults[0][2] != 0}
        if not fids:
            return
        # defs and classes are statements: found without looking into expressions (a class before its methods)
        callees: Dict[int, Tuple[str, Tuple[str, ...]]] = {}
        stack: List[ast.stmt] = list(self.m.module.body)
        while stack:
            node = stack.pop()
            if isinstance(node, ast.ClassDef):
                for b in node.body:
                    if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)) and b.name == "__init__":
                        callees[id(b)] = (node.name, tuple(p.arg for p in b.args.posonlyargs + b.args.args)[1:])
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(node) not in callees:
                callees.setdefault(id(node), (node.name, tuple(p.arg for p in node.args.posonlyargs + node.args.args)))
            stack.extend(body_statements(node))
        names = {callees[fid][0] for fid in fids if fid in callees}
        if not names:
            return  # no site can be rescaled: every one is kept as it is
        calls = {name: [(call, caller) for call, caller, _ in self.calls_of(name)] for name in names}
        out: List[Site] = []
        for site in self.m.sites:
            if len(site.from_defaults) != 1 or site.from_defaults[0][2] == 0:
                out.append(site)
                continue
            fid, pname, dv = site.from_defaults[0]
            callee = callees.get(fid)
            found = calls.get(callee[0], []) if callee else []
            stand_in = (fid, pname) in self.fill_defaults  # (Evaluator.fill_value's 1.0: judged only at calls)
            if not found:
                if not stand_in:
                    out.append(site)
                continue
            assert callee is not None
            keep = False
            # (several calls with different numbers: each is judged where it passes its own, the default's own
            # number written out at a call too, `TwoLayerNet(2, 10, 2, init_std=0.01)` beside `init_std=0.1`;
            # calls that all agree with the default leave it judged at the default)
            index = callee[1].index(pname) if pname in callee[1] else None
            varied = any(v is not None and v != dv for v in (
                self.ev.number(p) for p in (arg(c, index, pname) for c, _ in found) if p is not None))
            at_calls: List[Tuple[float, Site]] = []
            for call, caller in found:
                passed = written = arg(call, callee[1].index(pname) if pname in callee[1] else None, pname)
                if isinstance(passed, ast.Name) and caller is not None:
                    # forwarded from the caller's own parameter (`init_weights(net, init_gain=init_gain)` in
                    # `def init_net(net, init_gain=0.02)`): its default, reported where it is passed on
                    passed = self.param_defaults(caller).get(passed.id, passed)
                if passed is None:
                    if has_star_args(call):
                        continue  # *args / **kwargs: unknown
                    keep = True
                    continue
                v = self.ev.number(passed)
                if v is None:
                    continue
                if v == dv and not (varied and isinstance(written, (ast.Constant, ast.UnaryOp))):
                    keep = True
                    continue
                d = _scaled(site.dist, v / dv, written if written is not None else passed)
                at_calls.append((v, replace(site, dist=d, from_defaults=())))
            if stand_in and not keep and at_calls and len({v == 0 for v, _ in at_calls}) == 1 \
                    and site.dist.kind in ("constant", "zeros"):
                # a fill with a parameter every call passes (`DeepNN(0.1)`, `DeepNN(1.5)`): constant (or zero) at
                # each of them, judged where the fill is written, with the first call's number
                v = at_calls[0][0]
                out.append(replace(site, dist=_scaled(site.dist, v / dv, site.dist.node), from_defaults=()))
            elif not keep and not stand_in and len(at_calls) >= 2 and len({v for v, _ in at_calls}) == 1:
                # every call passes the same number (`std = 1e-4` ... `TwoLayerNet(..., weight_scale=std)` twice): no
                # call differs from another, so the draw is judged where it is written, with that number
                v = at_calls[0][0]
                out.append(replace(site, dist=_scaled(site.dist, v / dv, site.dist.node), from_defaults=()))
            else:
                out.extend(made for _, made in at_calls)
            if keep and not stand_in:
                out.append(site)
        self.m.sites = out

    # -------------------------------------------------------------- statements
    def block(self, stmts: Iterable[ast.stmt], scope: Scope) -> None:
        for stmt in stmts:
            self.stmt(stmt, scope)
            if type(stmt) is ast.Assert:
                # m = self.main[1]; assert isinstance(m, nn.BatchNorm2d): the rest of the block knows m's type,
                # as under `if isinstance(m, nn.BatchNorm2d):`
                narrowed = tuple(f for f in self.filter_of(stmt.test) if f.types)  # type: ignore[attr-defined]
                if narrowed:
                    scope = scope.testing(narrowed)

    def suite(self, stmts: List[ast.stmt], scope: Scope) -> None:
        """The body of a compound statement (one written on its header's line, `for m in ms: init(m)`,
        included: the libcst model skipped those)."""
        self.block(stmts, scope)

    def stmt(self, stmt: ast.stmt, scope: Scope) -> None:
        func, cls = scope.func, scope.cls
        self.order += 1
        self.line = stmt.lineno
        self.ev.used_defaults = []
        t = type(stmt)
        if t is ast.Assign:  # (most statements: straight to the work, not through `small`)
            self.assignment(stmt.targets, stmt.value, stmt, scope)  # type: ignore[attr-defined]
        elif t in _SMALL_STATEMENTS:
            self.small(stmt, scope)  # type: ignore[arg-type]
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            self.function(stmt, func, cls)
        elif isinstance(stmt, ast.ClassDef):
            self.klass(stmt)
        elif isinstance(stmt, (ast.For, ast.AsyncFor)):
            self.rescale_entries(stmt, func)
            loop = self.loop_of(stmt, func, cls)
            first = len(self.m.sites)
            self.suite(stmt.body, scope.looping(loop))
            if loop.kind == "layers":
                self.mark_collected(stmt, self.m.sites[first:])
            if stmt.orelse:
                self.suite(stmt.orelse, scope)
        elif isinstance(stmt, ast.While):
            # (the old walk never visited a while loop's else block)
            self.suite(stmt.body, scope.looping(Loop("other", (), None, stmt)))
        elif isinstance(stmt, ast.If):
            static = self.unpassed_none_test(stmt.test, func) if func is not None else None
            if static is None and func is not None and func.name == "__init__":
                static = self.passed_string_test(stmt.test, func)
            if static is not None:
                # `if W_attr == None: W = torch.zeros(...) else: W = torch.tensor(W_attr)` with no call of this file
                # passing W_attr: the arm its None default takes is the one that runs
                taken = stmt.body if static else stmt.orelse
                if taken:
                    self.suite(taken, scope)
            else:
                self.if_chain(stmt, scope)
                if stmt.orelse and func is not None and self.local_inits:
                    self.flag_arm_inits(stmt, func)
                if func is not None and type(stmt.test) is ast.Compare:
                    self.dispatched_inits(stmt, func)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            for item in stmt.items:
                ctx_call = item.context_expr
                if type(ctx_call) is ast.Call and last_name(ctx_call.func) == "arg_scope":  # type: ignore[attr-defined]
                    # with arg_scope([conv2d], weights_initializer=..., activation_fn=...): every layer inside
                    self.scan_calls(ctx_call, stmt, scope)
            self.suite(stmt.body, scope)
        elif isinstance(stmt, ast.Try) or type(stmt) is _TRY_STAR:
            self.suite(stmt.body, scope)  # type: ignore[attr-defined]
            for h in stmt.handlers:  # type: ignore[attr-defined]
                self.suite(h.body, scope)
            if stmt.orelse:  # type: ignore[attr-defined]
                self.suite(stmt.orelse, scope)  # type: ignore[attr-defined]
            if stmt.finalbody:  # type: ignore[attr-defined]
                self.suite(stmt.finalbody, scope)  # type: ignore[attr-defined]
        elif type(stmt) is _MATCH:
            for case in stmt.cases:  # type: ignore[attr-defined]
                self.suite(case.body, scope)

    def unpassed_none_test(self, test: ast.expr, func: Function) -> Optional[bool]:
        """The value of `param is None` / `param == None` (or `is not` / `!=`) where `param` defaults to None in a
        module-level function or a module-level class's constructor that this file calls, and no call passes it;
        None when that is not known."""
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)
                and isinstance(test.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq))
                and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None):
            return None
        param = test.left.id
        dflt = self.param_defaults(func.node).get(param) if param in func.params else None
        if not (isinstance(dflt, ast.Constant) and dflt.value is None) or func.parent is not None:
            return None
        defn: ast.stmt
        if func.cls is not None:
            if func.name != "__init__" or not any(st is func.cls.node for st in self.m.module.body):
                return None
            callee, method, defn = func.cls.name, True, func.cls.node
        elif any(st is func.node for st in self.m.module.body):
            callee, method, defn = func.name, False, func.node
        else:
            return None
        calls = self.calls_of(callee, self.m.module_definition(callee, defn))
        if not calls or len(calls) > 16 or self._passed_at_calls(callee, func.node, param, method=method):
            return None
        return isinstance(test.ops[0], (ast.Is, ast.Eq))

    def passed_string_test(self, test: ast.expr, func: Function) -> Optional[bool]:
        """The value of `act == "relu"` (or `self.act == "relu"` after `self.act = act`) in the constructor of a
        module-level class where every call of the class in this file passes the same literal string for `act`
        (or leaves its string default): `MLP(3072, 10, 'relu')` builds the ReLU arm. None when not known."""
        compared = string_comparison(test)
        if compared is None or func.cls is None or not any(st is func.cls.node for st in self.m.module.body):
            return None
        side, wanted, equal = compared
        param = side.id if isinstance(side, ast.Name) else _self_attr(side)
        if not param or param not in func.params:
            return None
        if isinstance(side, ast.Attribute) and not any(
                isinstance(st, ast.Assign) and len(st.targets) == 1 and _self_attr(st.targets[0]) == param
                and isinstance(st.value, ast.Name) and st.value.id == param for st in func.node.body):
            return None  # (self.act holds the parameter only after `self.act = act`)
        if isinstance(side, ast.Name) and rebinds(func.node, param):
            return None
        calls = self.calls_of(func.cls.name, self.m.module_definition(func.cls.name, func.cls.node))
        if not calls or len(calls) > 16:
            return None
        passed = self._passed_at_calls(func.cls.name, func.node, param, method=True)
        if len(passed) != len(calls):
            passed.extend([self.param_defaults(func.node).get(param)] * (len(calls) - len(passed)))
        given = {self._module_string(p) for p in passed}
        if len(given) != 1 or None in given:
            return None
        return (given.pop() == wanted) == equal

    def _module_string(self, node: Optional[ast.expr]) -> Optional[str]:
        """A literal string, or `args.act` where the module sets that attribute to one string only
        (`args.act = 'relu'`, a notebook's configuration cell)."""
        if node is None:
            return None
        sv = string_value(node)
        if sv is not None or not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
            return sv
        found = {string_value(st.value) for st in self.m.module.body if isinstance(st, ast.Assign)
                 and len(st.targets) == 1 and isinstance(st.targets[0], ast.Attribute)
                 and isinstance(st.targets[0].value, ast.Name) and st.targets[0].attr == node.attr}
        return found.pop() if len(found) == 1 else None

    def _is_elif(self, node: ast.If) -> bool:
        """`elif c:` (ast folds it into the else block as an If, like `else:` holding an `if`)."""
        line, col = self.source.start(node)
        return self.source.line(line).startswith("elif", col)

    def if_chain(self, stmt: ast.If, scope: Scope, chain: int = 0, arm: int = 0) -> None:
        loops, filters = scope.loops, scope.filters
        # Each branch gets its own filter; an else/elif branch gets none (precision: unknown types).
        # The arms of one if/elif/else chain are mutually exclusive: a write in one never overwrites another's.
        chain = chain or id(stmt)
        saved = self.branch
        # a dispatch on the module's type (`if isinstance(m, nn.BatchNorm1d): mean = 1 elif ...: return`): each arm's
        # numbers hold for its own modules, so a number the arms reaching the join disagree on is unknown after it
        # (only for those chains: elsewhere a value set in an arm is read as set, `if std is None: std = 1e-3`)
        first = self.filter_of(stmt.test)
        numbers = self.ev.scopes[-1] if self.ev.scopes and any(f.types or f.name_role for f in first) else None
        before = dict(numbers) if numbers is not None else {}
        ends: List[Tuple[bool, Dict[str, Optional[float]]]] = []  # (reaches the join, what it bound) per arm
        head = stmt
        by_iteration = False
        while True:  # one arm per turn (an elif is the next arm of the same chain; a loop, not recursion)
            new = first if stmt is head else self.filter_of(stmt.test)
            # only arms told apart by layer type (isinstance / type() / class name) are treated as exclusive:
            # a name-based arm (`if name.startswith(head)`) may be a targeted head init the other arm re-inits
            # (framework layer types only: a custom class's arm may hold buffers or norms the engine cannot see)
            typed = any(f.types for f in new) and all(W.layer_kind(t) != "other" for f in new for t in f.types)
            # and arms of a None guard (`if self.weights is None: weights = rand(...) else: weights = self.weights`):
            # one of two sources of the same value, never both
            typed = typed or _none_guard(stmt.test)
            # and the arms of a string dispatch (`if init_type == "normal": ... elif init_type == "xavier":`):
            # a value equals one string, so one arm runs
            typed = typed or _equals_string(stmt.test)
            # and, outside loops over layers or parameters, the arms of any plain condition
            # (`if use_bad_weights: weights = [...] else: weights = [...]`): alternatives, one runs
            typed = typed or not (loops or filters or new)
            one = _iteration_test(stmt.test, loops)
            # and, in a loop over layers by index, `if i == 0: (first layer) else: (the others)`: each iteration
            # writes its own layer's tensor in one arm (the elifs after it too: `elif i != n_layers - 1:`)
            by_iteration = by_iteration or one is not None
            typed = typed or by_iteration
            self.branch = saved + ((chain, arm),) if typed else saved
            concrete = _concrete_types(new)
            if concrete is not None:
                # `if isinstance(m, nn.Conv2d): ...` then, in another if, `if isinstance(m, nn.ConvTranspose2d):
                # ...`: one module is one of those types, so the two arms never write the same tensor
                self.branch = self.branch + (concrete,)
            equal = _constant_test(stmt.test)
            if equal is not None:
                # `if init_type == 1: xavier_uniform_(w)` then, in another if, `if init_type == 3: kaiming_...(w)`:
                # a value equals one constant, so the two arms never both write the tensor
                self.branch = self.branch + (equal,)
            if one is not None:
                new = new + [Filter(one, flag=True)]  # for i in ...: if i == 0: one iteration, one layer
            start = dict(numbers) if numbers is not None else {}
            self.suite(stmt.body, scope.testing(tuple(new)))
            ends.append(_arm_numbers(stmt.body, start, numbers))
            self.branch = saved
            orelse = stmt.orelse
            if len(orelse) == 1 and isinstance(orelse[0], ast.If) and self._is_elif(orelse[0]):
                stmt, arm = orelse[0], arm + 1
                continue
            if orelse:
                neg = tuple(Filter(f.var, (), "not:" + (f.name_role or "types")) for f in new if f.name_role)
                last = _before_last_iteration_test(stmt.test, loops)
                if last is not None:
                    # `if i == 0: ... elif i < self.num_layers - 1: ... else: (the output layer)`: the else of a
                    # test that holds until the last iteration runs for that one iteration, as `i == L - 1` does
                    neg = neg + (Filter(last, flag=True),)
                self.branch = saved + ((chain, arm + 1),) if typed else saved
                start = dict(numbers) if numbers is not None else {}
                self.suite(orelse, scope.testing(neg))
                ends.append(_arm_numbers(orelse, start, numbers))
                self.branch = saved
            else:
                ends.append((True, {}))  # (no else: the test fails and nothing is bound)
            if numbers is not None:
                _join_numbers(numbers, before, ends)
            return

    def mark_collected(self, loop: Union[ast.For, ast.AsyncFor], sites: List[Site]) -> None:
        """A tensor drawn in a loop over the layers and collected into a container there
        (`params.append((W, b))`, `weights[i] = W`) is one tensor per layer, like `params["W" + str(l)]`."""
        names = {s.assigned_name for s in sites if s.assigned_name and "." not in s.assigned_name}
        if not names:
            return
        collected: Set[str] = set()
        for node in walk(loop.body):
            held: Optional[List[ast.AST]] = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("append", "extend", "insert"):
                held = [*node.args, *node.keywords]
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Subscript) and not (
                    isinstance(t.value, ast.Name) and t.value.id in names) for t in node.targets):
                held = [node.value]
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
                held = [node.value]
            if held:
                container = dotted(node.func.value) if isinstance(node, ast.Call) else None  # type: ignore[attr-defined]
                for h in held:
                    for n in walk(h):
                        if isinstance(n, ast.Name) and n.id in names:
                            collected.add(n.id)
                            if container and h is n:
                                self.m.collected_into.setdefault(container, tensor_key(n.id))
        for site in sites:
            if site.assigned_name in collected:
                site.per_layer = True

    def _restores_every_variable(self, receiver: ast.expr, stmt: ast.stmt, func: Optional[Function]) -> bool:
        """`saver.restore(...)` where `saver = tf.train.Saver()` (no var_list) in the same scope, run on every path
        that goes on: outside any `if`, or in an `if` whose other arm leaves (`else: sys.exit(0)`). A restore
        only when a checkpoint exists, the fresh run initialising instead, is a resume: the init still runs."""
        body = func.node.body if func is not None else self.m.module.body

        def full_saver(call: ast.expr) -> bool:
            return isinstance(call, ast.Call) and (self.ev.qname(call.func) or "").endswith("train.Saver") \
                and not call.args and not any(k.arg in ("var_list", None) for k in call.keywords)

        if not full_saver(receiver):
            if not isinstance(receiver, ast.Name):
                return False
            bound = [n.value for n in own_scope(body) if isinstance(n, ast.Assign)
                     and any(isinstance(t, ast.Name) and t.id == receiver.id for t in n.targets)]
            if not bound or not all(full_saver(v) for v in bound):
                return False
        around = [n for n in own_scope(body) if isinstance(n, (ast.If, ast.While, ast.For, ast.Try))
                  and any(b is stmt for b in walk(n))]
        if not around:
            return True
        return len(around) == 1 and isinstance(around[0], ast.If) and bool(around[0].orelse) \
            and any(b is stmt for b in walk(around[0].body)) and _leaves(around[0].orelse[-1])

    def write(self, key: str, func: Optional[Function]) -> None:
        """Record a write to a tensor (fill-then-overwrite tracking), with the if/elif arms around it."""
        self.m.writes.setdefault(key, []).append((self.order, _fid(func)))
        self.m.write_lines[(key, self.order)] = self.line
        if self.branch:
            self.m.write_branches[(key, self.order)] = self.branch

    def type_filter(self, test: ast.expr) -> Optional[Filter]:
        """`type(m) == nn.Linear`, `type(m) in (A, B)`, `m.__class__ is A`, and class-name tests
        (`classname.find("Conv") != -1`, `"Conv" in classname`, `classname.startswith("Conv")`,
        `m.__class__.__name__ == "Linear"`) as an isinstance-like filter on `m`."""
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) \
                and test.func.attr in ("startswith", "endswith") and (test.args or test.keywords):
            var = self.class_name_of(test.func.value)
            s = string_value(first_arg_value(test))
            return Filter(var, _layer_types_matching(s, self.m), by_name=True) if var and s else None
        if not isinstance(test, ast.Compare) or len(test.ops) != 1:
            return None
        op, left, right = test.ops[0], test.left, test.comparators[0]
        if isinstance(op, (ast.Eq, ast.Is, ast.In)):
            var = self.type_of(left)
            if var is not None:
                elems = _elements(right) if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [right]
                types = tuple(t for t in (self.ev.qname(e) for e in elems) if t)
                return Filter(var, types) if types else None
        if isinstance(op, (ast.Eq, ast.In)):
            var = self.class_name_of(left)
            s = string_value(right) if isinstance(op, ast.Eq) else None
            if var and s:
                return Filter(var, tuple(t for t in _layer_types_matching(s, self.m) if t.rsplit(".", 1)[-1] == s),
                              by_name=True)
            s = string_value(left) if isinstance(op, ast.In) else None
            var = self.class_name_of(right) if s else None
            if var and s:
                return Filter(var, _layer_types_matching(s, self.m), by_name=True)
        # classname.find("Conv") != -1 / >= 0 / > -1 / == 0
        if isinstance(left, ast.Call) and isinstance(left.func, ast.Attribute) and left.func.attr in ("find", "index") \
                and (left.args or left.keywords):
            var = self.class_name_of(left.func.value)
            s = string_value(first_arg_value(left))
            n = self.ev.number(right)
            found = n is not None and ((isinstance(op, ast.NotEq) and n == -1) or (isinstance(op, ast.GtE) and n == 0)
                                       or (isinstance(op, ast.Gt) and n == -1) or (isinstance(op, ast.Eq) and n == 0))
            if var and s and found:
                return Filter(var, _layer_types_matching(s, self.m), by_name=True)
        return None

    def type_of(self, node: ast.expr) -> Optional[str]:
        """`type(m)` / `m.__class__` -> "m"."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type":
            only = sole_arg_value(node)
            if only is not None:
                return dotted(only)
        if isinstance(node, ast.Attribute) and node.attr == "__class__":
            return dotted(node.value)
        return None

    def class_name_of(self, node: ast.expr) -> Optional[str]:
        """`m.__class__.__name__` / `type(m).__name__` / a variable holding one -> "m"."""
        if isinstance(node, ast.Name):
            return self.class_name_vars.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr == "__name__":
            return self.type_of(node.value)
        return None

    def filter_of(self, test: ast.expr) -> List[Filter]:
        out: List[Filter] = []
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            for v in test.values:
                out.extend(self.filter_of(v))
            return out
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            # libcst nested `a or b or c` as ((a or b) or c): fold from the left the same way
            acc = self.filter_of(test.values[0])
            for v in test.values[1:]:
                right = self.filter_of(v)
                if acc and right and all(f.types for f in acc + right) and acc[0].var == right[0].var:
                    # (`classname.find("Conv") != -1 or classname.find("Linear") != -1`: still matched by name)
                    acc = [Filter(acc[0].var, tuple(t for f in acc + right for t in f.types),
                                  by_name=all(f.by_name for f in acc + right))]
                else:
                    acc = []
            return acc
        typed = self.type_filter(test)
        if typed is not None:
            return [typed] if typed.types else []
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id == "isinstance" \
                and len(test.args) + len(test.keywords) == 2:
            values = arg_values(test)
            var = dotted(values[0])
            types_node = values[1]
            elems = _elements(types_node) if isinstance(types_node, (ast.Tuple, ast.List)) else [types_node]
            types = tuple(t for t in (self.ev.qname(e) for e in elems) if t)
            if var and not types and _names_norm_types(types_node):
                # isinstance(module, tuple(norms.get(n) for n in norms.get_all())): a registry of norm classes
                out.append(Filter(var, (), W.NORM))
            elif var:
                out.append(Filter(var, types))
            return out
        flag_var = _flag_test(test)
        if flag_var is not None:
            return [Filter(flag_var, flag=True)]
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            op, comparator = test.ops[0], test.comparators[0]
            s = string_value(test.left)
            cname = _class_name_var(comparator)
            if s is not None and cname is not None and isinstance(op, ast.In):
                return [Filter(cname, (s,), by_name=True)]  # "LayerNorm" in m.__class__.__name__: a type test by name
            if s is not None and isinstance(op, (ast.In, ast.NotIn)):
                var = dotted(comparator)
                if var is None and isinstance(comparator, ast.Call):
                    # "gate" in self.name_of(module): the name of the module given as the argument
                    names = [v.id for v in arg_values(comparator) if isinstance(v, ast.Name)]
                    var = names[0] if len(names) == 1 else None
                named: W.Role = W.role_of_name(s) if s not in ("weight", "kernel") else W.WEIGHT
                if s in ("norm", "bn", "ln"):
                    named = W.NORM
                role = "not:" + named if isinstance(op, ast.NotIn) else named  # (a filter's role: "not:" when excluded)
                if var:
                    out.append(Filter(var, (), role, text=s if isinstance(op, ast.In) else None))
                return out
            # p.dim() > 1, len(p.shape) >= 2, p.ndim > 1: weights only; len(p.size()) == 1: biases (and norms) only
            var = _rank_of(test.left)
            n = self.ev.number(comparator) if var is not None else None
            if var is not None and n is not None:
                vector, matrix = _compares(op, 1, n), _compares(op, 2, n)
                if vector != matrix:
                    out.append(Filter(var, (), W.WEIGHT if matrix else W.BIAS))
            return out
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr in ("endswith", "startswith") \
                and (test.args or test.keywords):
            s = string_value(first_arg_value(test))
            var = dotted(test.func.value)
            if s and var:
                out.append(Filter(var, (), W.role_of_name(s.strip("."))))
        return out

    def loop_of(self, stmt: Union[ast.For, ast.AsyncFor], func: Optional[Function], cls: Optional[Class]) -> Loop:
        names = tuple(_target_names(stmt.target))
        it = stmt.iter
        if isinstance(it, ast.Call):
            f = it.func
            if isinstance(f, ast.Attribute) and f.attr in MODULE_ITER | PARAM_ITER | {"values", "items"}:
                owner_node = f.value
                method = f.attr
                if method in ("values", "items") and isinstance(owner_node, ast.Call) \
                        and isinstance(owner_node.func, ast.Attribute) and owner_node.func.attr == "state_dict":
                    return Loop("params", names, dotted(owner_node.func.value), stmt)
                if method in ("values", "items"):
                    return Loop("other", names, None, stmt)
                owner = dotted(owner_node)
                return Loop("modules" if method in MODULE_ITER else "params", names, owner, stmt)
            q = self.ev.qname(f)
            # (Python 2's xrange, and six's, as range: course code written for both)
            if q in _INDEX_ITERATORS or q in ("six.moves.range", "six.moves.xrange") \
                    or (isinstance(f, ast.Name) and f.id in _INDEX_ITERATORS):
                # for i, layer in enumerate(self.layers): the container it walks is its owner
                walked = dotted(it.args[0]) if (q == "enumerate" or isinstance(f, ast.Name) and f.id == "enumerate") \
                    and len(it.args) == 1 else None
                return Loop("layers", names, walked, stmt)
        if isinstance(it, (ast.List, ast.Tuple)):
            return Loop("list", names, None, stmt)
        return Loop("other", names, dotted(it), stmt)

    def function(self, node: FuncDef, parent: Optional[Function], cls: Optional[Class]) -> None:
        a = node.args
        params = tuple(p.arg for p in a.args + a.posonlyargs + a.kwonlyargs)
        fn = Function(node, node.name, cls if parent is None or parent.cls is cls else None, params, parent)
        if cls is not None and parent is None:
            cls.methods[fn.name] = node
        self.m.functions.setdefault(fn.name, fn)
        saved, saved_names, saved_branch, saved_layers = self.local_inits, self.class_name_vars, self.branch, self.scope_layers
        self.local_inits, self.class_name_vars, self.branch, self.scope_layers = dict(saved), dict(saved_names), (), {}
        saved_instances, self.instances = self.instances, {}
        saved_lists, self.open_lists = self.open_lists, {}
        saved_empty, self.empty_shapes = self.empty_shapes, {}
        saved_sizes, saved_body, saved_literals = self.size_defaults, self.body, self.literal_defaults
        defaults = self.param_defaults(node) if a.defaults or a.kw_defaults else {}  # (most methods: none)
        self.literal_defaults = {p: d for p, d in defaults.items() if type(d) in (ast.Dict, ast.Tuple, ast.List)} \
            if defaults else {}
        self.body = node.body
        if defaults:
            # integer defaults are sizes (heads=8): typical values, used only to stay silent
            sizes = {p: float(d.value) for p, d in defaults.items()
                     if type(d) is ast.Constant and type(d.value) is int and d.value > 0}  # type: ignore[attr-defined]
            if sizes:
                self.size_defaults = {**saved_sizes, **sizes}
            for p, dflt in defaults.items():
                if type(dflt) is ast.Call and _makes_rng(self.ev, dflt):
                    self.ev.rng_names.add(p)  # def init_random_params(scale, layer_sizes, rs=npr.RandomState(0))
        token = self.ev.push_scope(*self.param_values(node))
        saved_fills = self.ev.fill_params
        # (`def __init__(self, constant_weight=None)`: a fill with it is judged at the calls passing a number)
        self.ev.fill_params = {p: (id(node), p) for p, d in defaults.items()
                               if type(d) is ast.Constant and d.value is None} if defaults else {}  # type: ignore[attr-defined]
        # (and one with no default at all, `def __init__(self, weights_initial_value)`: the calls' numbers decide)
        self.ev.fill_params.update({p: (id(node), p) for p in _undefaulted(node, cls is not None)})
        self.fill_defaults.update(self.ev.fill_params.values())
        init_defaults = self.initializer_defaults(fn, defaults) if defaults else {}
        if init_defaults:
            # kernel_initializer=init / init_fn(self.fc.weight): the default is the initializer used
            self.local_inits.update(init_defaults)
            self.default_inits.update(id(d) for d in init_defaults.values())
            functions = {p: self.ev.qname(d) for p, d in init_defaults.items() if isinstance(d, (ast.Name, ast.Attribute))}
            self.m.imports.pin({p: q for p, q in functions.items() if q is not None}, node.body)
        key_locals(node)
        # (a one-line `def f(): ...` body is analysed: the old walk special-cased it)
        saved_fn, self.current_fn = self.current_fn, fn
        saved_partials, self.local_partials = self.local_partials, dict(self.local_partials)
        self.block(node.body, Scope(fn, cls))
        self.current_fn, self.local_partials = saved_fn, saved_partials
        self.ev.pop_scope(token)
        self.ev.fill_params = saved_fills
        self.size_defaults, self.body, self.literal_defaults = saved_sizes, saved_body, saved_literals
        self.local_inits, self.class_name_vars, self.branch, self.scope_layers = saved, saved_names, saved_branch, saved_layers
        self.instances = saved_instances
        self.open_lists = saved_lists
        self.empty_shapes = saved_empty

    def param_values(self, node: FuncDef) -> Tuple[Dict[str, Optional[float]], Dict[str, Tuple[int, str]]]:
        """Values flow: each parameter's numeric default (None when it has none: a parameter shadows a
        module constant of the same name), and which parameters have a numeric default."""
        a = node.args
        values: Dict[str, Optional[float]] = {}
        defaults: Dict[str, Tuple[int, str]] = {}
        pos = a.posonlyargs + a.args
        pairs = list(zip(pos[len(pos) - len(a.defaults):], a.defaults)) + list(zip(a.kwonlyargs, a.kw_defaults))
        for p in pos + a.kwonlyargs:
            values[p.arg] = None
        for extra in (a.vararg, a.kwarg):
            if extra is not None:
                values[extra.arg] = None
        for p, dflt in pairs:
            # a float default is a scale or a constant (weight_scale=1e-3, std=0.02); an int default is a size
            # or a count (n_layer=12, hidden_dim=100) that configurations change: not a fixed value
            literal = dflt.operand if isinstance(dflt, ast.UnaryOp) else dflt
            is_float = isinstance(literal, ast.Constant) and (
                type(literal.value) is float
                # (`def shared_normal(rows, cols, scale=1)`: an int default named as a scale is a scale too)
                or type(literal.value) is int and p.arg.lower() in _SCALE_PARAMS
                # (`def __init__(self, lower=-1, upper=1)` of a uniform initializer: range bounds; a negative int is
                # no size)
                or type(literal.value) is int and (p.arg.lower() in _RANGE_PARAMS or isinstance(dflt, ast.UnaryOp)
                                                   and isinstance(dflt.op, ast.USub)))
            v = self.ev.number(dflt) if is_float else None
            values[p.arg] = v
            if v is not None:
                defaults[p.arg] = (id(node), p.arg)
        return values, defaults

    def initializer_defaults(self, fn: Function, defaults: Dict[str, ast.expr]) -> Dict[str, ast.expr]:
        """Parameters whose default is an initializer (`init="glorot_uniform"`, `w_init=hk.initializers.
        VarianceScaling(2.0)`) or an initializer function the evaluator knows (`init_fn=nn.init.kaiming_normal_`,
        called as `init_fn(self.w)` in the body): the default decides, unless a call in this file passes
        something else (then it has no single value)."""
        node = fn.node
        if fn.parent is not None or (fn.cls is not None and fn.name != "__init__"):
            return {}  # (a method other than __init__ is called as self.m(...): its calls are not followed)
        out: Dict[str, ast.expr] = {}
        for p, dflt in defaults.items():
            if type(dflt) is ast.Constant and not isinstance(dflt.value, str):  # type: ignore[attr-defined]
                continue
            q = self.ev.qname(dflt) if isinstance(dflt, (ast.Attribute, ast.Name)) else None
            # an initializer function, an initializer, or an initializer class the body calls
            # (`initializer=glorot_uniform` ... `kernel_initializer=initializer(seed=0)`)
            if not (q is not None and (self.ev.is_initializer_function(q) or self.ev.initializer(
                        ast.Call(func=dflt, args=[], keywords=[])) is not None) or self.makes_initializer(dflt)):
                continue
            callee = fn.cls.name if fn.cls is not None else fn.name
            passed = self._passed_at_calls(callee, node, p, method=fn.cls is not None)
            if all(x is not None and ast.dump(x) == ast.dump(dflt) for x in passed):
                out[p] = dflt
        return out

    def scoped_activation(self) -> bool:
        """Whether an `arg_scope` of this file sets `activation_fn` (then a slim layer's default is not known
        where it is written: the scope around it, here or in a caller, may change it)."""
        if self._scoped_activation is None:
            self._scoped_activation = any(last_name(c.func) == "arg_scope" and any(k.arg == "activation_fn"
                                                                                   for k in c.keywords)
                                          for c in self.m.nodes_of(ast.Call))
        return self._scoped_activation

    def makes_initializer(self, node: ast.expr) -> bool:
        """An initializer (`nn.initializers.xavier_uniform()`), or a call of a helper of this file that returns
        one (`default_init()` with `def default_init(scale=1.0): return variance_scaling(scale, "fan_avg",
        "uniform")`): what a keyword given it judges (keyword_sites follows the helper the same way)."""
        if self.ev.initializer(node) is not None:
            return True
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and self.returned_initializer(node.func.id) is not None

    def klass(self, node: ast.ClassDef) -> None:
        bases = tuple(q for q in (self.ev.qname(b.value if isinstance(b, ast.Starred) else b) for b in node.bases) if q)
        # (a base of this file named like a framework's, `class Layer:` of a from-scratch course, is judged by its
        # own bases)
        # (nor is one imported from a course's module of its own name, `from Layer import Layer`: no framework
        # ships a top-level module named for the class)
        framework = any(b.rsplit(".", 1)[-1] in _MODULE_BASES and ("." in b or b not in self.m.classes)
                        and not _own_module_base(b)
                        or b.startswith(_LAYER_NAMESPACES) and b.rsplit(".", 1)[-1][:1].isupper() for b in bases) \
            or any(p.framework for p in parent_classes(self.m, bases))
        redefined = node.name in self.m.classes
        cls = Class(node, node.name, bases, framework, key=f"{node.name}@{node.lineno}" if redefined else "")
        self.m.classes[cls.name] = cls
        self.m.all_classes.append(cls)
        saved_cls, self.current_cls = self.current_cls, cls
        saved = self.ev.self_attrs, self.ev.self_attr_defaults
        self.ev.self_attrs, self.ev.self_attr_defaults = {}, {}
        for parent in parent_classes(self.m, bases, cls):
            # `self.units = units` (units=10) in a base class's constructor: the subclass's methods read it too
            self.ev.self_attrs.update(parent.self_numbers)
            self.ev.self_attr_defaults.update(parent.self_number_defaults)
            cls.self_sizes.update(parent.self_sizes)
        fields_init = _fields_init(node)
        if fields_init is not None:
            # kept for the whole build: caches keyed by a function node's id must not see the id reused
            self._fields_inits.append(fields_init)
            self.fields(cls, fields_init)
        self.block(node.body, Scope(None, cls))
        cls.self_numbers, cls.self_number_defaults = self.ev.self_attrs, self.ev.self_attr_defaults
        self.ev.self_attrs, self.ev.self_attr_defaults = saved
        self.current_cls = saved_cls

    def settle_flags(self) -> None:
        """Each switch a class tests (`if self.glu:`) that is fixed for every instance built in this file."""
        if not self.flag_params or "if " not in self.source.text:
            return
        tested = set(_SELF_TEST.findall(self.source.text))  # (only a switch some `if` tests is worth the calls' walk)
        last: Dict[Tuple[str, str], Tuple[Class, Optional[FuncDef], str]] = {}
        for cls, attr, init, param in self.flag_params:
            if attr in tested:
                last[(cls.name, attr)] = (cls, init, param)  # the last assignment in the constructor decides
        for (_, attr), (cls, init, param) in last.items():
            if init is None:
                continue
            flag = self.flag_value(cls, init, param)
            if flag is not None:
                cls.flags[attr] = flag

    def settle_passed_layers(self) -> None:
        """A constructor parameter kept as an attribute (`self.layers = layers`) that every call of the class in
        the file passes as a literal list of layers: the attribute holds each call's list (its loop, `for layer in
        self.layers: x = layer.forward(x)`, applies each list in order)."""
        for cls, attr, init, param in self.flag_params:
            if init is None or not param or attr in cls.attrs or attr in cls.passed_layers:
                continue
            calls = self.m.calls_of(cls.name)
            if not calls:
                continue
            a = init.args
            params = [p.arg for p in a.posonlyargs + a.args][1:]
            values: List[ast.List] = []
            for call, _, _ in calls:
                known, value = passed_for(call, params, param)
                if not known or not isinstance(value, ast.List) or not value.elts or not all(
                        isinstance(i, ast.Call) and id(i) not in self.m.layer_of_node and self._makes_layer(i)
                        for i in value.elts):
                    break  # (a call passing something else: what the attribute holds is not known)
                values.append(value)
            else:
                made = [self.layer_list(value, None, f"{cls.name}.{attr}") for value in values]
                cls.passed_layers[attr] = [m for m in made if m is not None]

    def flag_value(self, cls: Class, init: FuncDef, param: str) -> Optional[bool]:
        """The bool a constructor parameter has in every instance the file builds: its default (True/False)
        where no call passes another value; None when a call passes something else or it is no bool."""
        default = self.param_defaults(init).get(param)
        if not (isinstance(default, ast.Constant) and isinstance(default.value, bool)):
            return None
        for passed in self._passed_at_calls(cls.name, init, param):
            if not (isinstance(passed, ast.Constant) and passed.value is default.value):
                return None
        return default.value

    def fields(self, cls: Class, init: ast.FunctionDef) -> None:
        """A dataclass-style module (Flax linen, equinox) takes its fields as constructor arguments: a field
        whose default is an activation (`activation_fn: Callable = nn.gelu`, applied as `self.activation_fn(x)`)
        or an initializer (`kernel_init: Callable = nn.initializers.xavier_uniform()`, passed on as
        `kernel_init=self.kernel_init`) has the value the calls of the class in this file agree on, as an
        `__init__` parameter would."""
        for name, default in self.param_defaults(init).items():
            if isinstance(default, ast.Constant) and isinstance(default.value, bool):
                self.flag_params.append((cls, name, init, name))  # use_tanh: bool = False
                continue
            act = self.activation_value(ast.Name(id=name, ctx=ast.Load()), init, cls)
            if act is not None:
                self.activation_attr(cls, name, default, act)
            elif self.makes_initializer(default) or _is_none(default):
                passed = self._passed_at_calls(cls.name, init, name)
                if not _is_none(default) and all(x is not None and x is default for x in passed):
                    cls.field_inits[name] = default  # (no call passes one of its own: the default decides)
                elif all(x is not None for x in passed):
                    # calls that pass their own initializer (`MLP(hidden_init=jax.nn.initializers.glorot_uniform())`,
                    # `hidden_init=self.hidden_init` from a module whose field gives one): each is judged with the
                    # layers it reaches, where it is written; the default too where a call leaves it out or
                    # where every call passes the same initializer again (an `Optional[Initializer] = None` is none)
                    built = len(self.calls_of(cls.name, self.m.module_definition(cls.name, init)))
                    given: List[ast.expr] = [x for x in passed if x is not None and self.makes_initializer(x)]
                    if not _is_none(default) and (len(passed) < built or all(
                            x is not None and ast.dump(x) == ast.dump(default) for x in passed)):
                        given.append(default)
                    # (each expression once: calls handing on one module field's default reach it each time)
                    cls.field_alternatives[name] = list({id(x): x for x in given}.values())

    # -------------------------------------------------------------- simple statements
    def small(self, stmt: Union[ast.AnnAssign, ast.AugAssign, ast.Expr, ast.Return],
              scope: Scope) -> None:
        """The simple statements but `=` (which `stmt` hands to `assignment` itself)."""
        func, cls = scope.func, scope.cls
        if isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
            if stmt.value is None:
                return
            if isinstance(stmt, ast.AugAssign) and isinstance(stmt.op, (ast.Mult, ast.Div)):
                self.rescale(stmt, func)
            self.assignment([stmt.target], stmt.value, stmt, scope,
                            aug=isinstance(stmt, ast.AugAssign))
        elif isinstance(stmt, ast.Expr):
            self.expression(stmt.value, stmt, scope)
        elif isinstance(stmt, ast.Return) and stmt.value is not None:
            self.layer_from(stmt.value, cls)  # return keras.Sequential([...]) / return layers.Dense(...)
            if func is not None and self.scaled_return(stmt.value, func):
                self.scan_calls(stmt.value, stmt, scope)
                return
            d = self.ev.value(stmt.value)
            if d is not None and d.kind != "empty" and func is not None:
                self.add_site(d, f"return value of {func.name}()", W.UNKNOWN, None, None, stmt, scope, returned=True)
            elif func is not None and type(stmt.value) is ast.Dict:
                # return {"W1": np.random.randn(n_h, n_x) * 10, "b1": np.zeros((n_h, 1)), ...}: the entries, as
                # those of a dict bound to a name and returned (`params = {...}; return params`)
                self.dict_sites(ast.Name(id=f"{func.name}()", ctx=ast.Load()), stmt.value, stmt, scope)
            elif func is not None and type(stmt.value) is ast.DictComp and _comprehension_over_layers(stmt.value):
                # return {'w' + str(i): np.random.randn(*size) for i, size in enumerate(zip(shape[:-1], shape[1:]))}:
                # judged as the comprehension bound to a name and returned (`assignment`)
                # (the name is nowhere in the text: placed, with no width, where the return is written)
                named = ast.Name(id=f"{func.name}()", ctx=ast.Store(), lineno=stmt.lineno, col_offset=stmt.col_offset,
                                 end_lineno=stmt.lineno, end_col_offset=stmt.col_offset)
                self.assignment([named], stmt.value, stmt, scope)
                return
            elif func is not None:
                self.layer_pair_sites(stmt.value, stmt, scope)
            self.scan_calls(stmt.value, stmt, scope)

    def sequential_super(self, call: ast.Call, cls: Class) -> None:
        """`class Generator(nn.Sequential): def __init__(...): super().__init__(nn.Linear(...), nn.ReLU(), ...)`
        (or `super(Generator, self).__init__(...)`, `nn.Sequential.__init__(self, ...)`): the class is that
        Sequential, its layers in that order, as `nn.Sequential(...)` written there would make them."""
        handed = _base_init(call)
        if handed is None or handed[0] is not None and self.ev.qname(handed[0]) not in _SEQUENTIAL_BASES:
            return
        args = handed[1]
        base = next((b for b in cls.node.bases if self.ev.qname(b) in _SEQUENTIAL_BASES), None)
        if base is None or not args:
            return
        made = ast.Call(func=base, args=args, keywords=[])
        ast.copy_location(made, call)
        made.end_lineno, made.end_col_offset = call.end_lineno, call.end_col_offset
        self._made_nodes.append(made)  # (its id keys the layer: kept alive as long as the model)
        self.layer_from(made, cls, name=cls.name)

    def inherited_activations(self, call: ast.Call, func: Function, cls: Class) -> None:
        """`super().__init__(batch_size, dim, dropout, act, name)` (or `Base.__init__(self, ...)`) in a subclass
        whose own parameter `act=tf.nn.relu` is handed to a base class of this file that stores it (`self.act =
        act`): the subclass's instances hold that activation, applied where a method calls `self.act(...)`."""
        handed = _base_init(call)
        if handed is None:
            return
        explicit, args = handed
        base_names = [last_name(explicit)] if explicit is not None else [last_name(b) for b in cls.node.bases]
        base = next((self.m.classes[b] for b in base_names if b and b in self.m.classes), None)
        init = base.methods.get("__init__") if base is not None else None
        if base is None or init is None or has_star_args(call):
            return
        params = [p.arg for p in init.args.posonlyargs + init.args.args][1:]
        passed = {p: v for p, v in zip(params, args)}
        passed.update({k.arg: k.value for k in call.keywords if k.arg is not None})
        for st in init.body:
            if not (type(st) is ast.Assign and len(st.targets) == 1 and type(st.value) is ast.Name):
                continue
            attr = _self_attr(st.targets[0])
            value = passed.get(st.value.id)
            if not attr or attr in cls.attrs or value is None or type(value) is not ast.Name \
                    or value.id not in func.params:
                continue
            act = self.activation_value(value, func.node, cls)
            if act is not None:
                self.activation_attr(cls, attr, value, act)

    def activation_attr(self, cls: Class, attr: str, value: ast.expr, act: Act) -> Layer:
        """`self.<attr>` of the class holds activation `act` (written as `value`): an activation layer of the
        class, applied where a method calls `self.<attr>(...)`."""
        layer = Layer(f"{cls.key}.{attr}", "activation", "act", value, attr, act=act, owner=cls.name)
        self.register(layer)
        cls.attrs[attr] = layer
        return layer

    def layer_pair_sites(self, value: ast.expr, stmt: ast.stmt, scope: Scope, bound_to: Optional[str] = None) -> None:
        """A helper returning one layer's parameters as a (weight, bias) pair, or a list of them built per layer:
        `return scale * rs.randn(m, n), scale * rs.randn(n)` (autograd), `[(W, b) for m, n in zip(...)]`,
        JAX's `random_layer_params`; or such a list bound to `bound_to` (`self.parameters = [[init(k, (n, m)),
        init(k, (n,))] for m, n in zip(...)]`). The pair is the evidence: a drawn matrix and a vector as long as
        one of its sides. The matrix is a weight, the vector its bias."""
        func = scope.func
        assert func is not None
        pair = value.elt if isinstance(value, (ast.ListComp, ast.GeneratorExp)) else value
        if not isinstance(pair, (ast.Tuple, ast.List)) or len(pair.elts) != 2:  # ((W, b) or [W, b] per layer)
            return
        w, b = (self.ev.value(e) for e in pair.elts)
        if w is None or b is None or not _weight_and_bias(w, b):
            return
        name = bound_to or f"return value of {func.name}()"
        per_layer = isinstance(value, (ast.ListComp, ast.GeneratorExp))
        returned = bound_to is None
        self.add_site(w, f"{name}[0]", W.WEIGHT, None, None, stmt, scope, returned=returned)
        self.m.sites[-1].per_layer = per_layer
        self.add_site(b, f"{name}[1]", W.BIAS, None, None, stmt, scope, returned=returned)
        self.m.sites[-1].per_layer = per_layer

    def rescale(self, stmt: ast.AugAssign, func: Optional[Function]) -> None:
        """`W = np.random.randn(n, m)` then `W /= np.sqrt(n)` (or `*= 0.01`): one init written in two
        statements; the draw is judged with the factor (the scaled value and its fan-in family)."""
        text = _display(self.source, stmt.target)
        i = self.recent_site_of(func, text)
        if i is None:
            return
        site = self.m.sites[i]
        node = site.dist.node
        if not isinstance(node, ast.expr):
            return
        if _self_normalised([stmt], text):
            # `out *= std / torch.sqrt(out.pow(2).sum(1, keepdim=True))`: the draw divided by its own norm; the
            # scale is the norm the author sets, per row, which says nothing about each entry without the fan-in
            d = site.dist
            self.m.sites[i] = replace(site, dist=replace(d, std=None, factor=None, unit_draw=False, value=None,
                                                         low=None, high=None, family=None,
                                                         kind="normal" if d.kind == "normal" else "unknown"))
            return
        # (what the target holds now, when a shift moved the draw first: `w -= 0.5` then `w *= 0.2`; for an
        # attribute, `self.W *= 8 * c` then `self.W -= 4 * c`, each move is kept for the next)
        named = type(stmt.target) is ast.Name
        bound = self.ev.tensor_scopes[-1].get(text) if named else self.moved_stores.get(i)
        combined = ast.BinOp(left=bound if bound is not None else node, op=stmt.op, right=stmt.value)
        scaled = self.ev.value(combined)
        if scaled is not None and scaled.kind == site.dist.kind:
            self.m.sites[i] = replace(site, dist=replace(scaled, node=node))  # (still reported at the draw)
            if named and bound is not None:
                self.ev.bind_tensor(text, combined)
            elif not named:
                self.moved_stores[i] = combined

    def assignment(self, targets: List[ast.expr], value: ast.expr, stmt: ast.stmt, scope: Scope, aug: bool = False) -> None:
        func, cls, loops = scope.func, scope.cls, scope.loops
        if len(targets) == 1 and type(targets[0]) is ast.Tuple and type(value) is ast.Tuple and not aug \
                and len(targets[0].elts) == len(value.elts) <= 8 \
                and not any(type(e) is ast.Starred for e in targets[0].elts + value.elts):  # type: ignore[attr-defined]
            # w1, w2 = randn(D_in, H), randn(H, D_out): each target takes its own value, as written on lines of
            # their own
            for t, v in zip(targets[0].elts, value.elts):  # type: ignore[attr-defined]
                self.assignment([t], v, stmt, scope)
            return
        shifted = len(targets) == 1 and func is not None and self.shifted_draw(targets[0], value, stmt, func, loops)
        for t in targets:
            # Any write to a tensor (x[:] = ..., x.data = ..., self.W = ...) is an overwrite of it.
            if not aug and not shifted and not self_update(t, value):  # `w -= lr * g` / `w = w - lr * g` is an update
                # (its key, the target's text, is made only if a rule asks: settle_writes)
                self.m.pending_writes.append((t, self.order, _fid(func), self.branch))
        first = targets[0]
        if type(value) is ast.Name and func is not None and len(targets) == 1 and not aug \
                and type(first) in (ast.Subscript, ast.Attribute):
            self.stored_draw(first, value.id, func, cls)  # type: ignore[attr-defined]
        single = len(targets) == 1
        if single and func is not None and not aug and type(value) in (ast.ListComp, ast.GeneratorExp) \
                and type(value.elt) in (ast.Tuple, ast.List):  # type: ignore[attr-defined]
            # self.parameters = [[W, b] for m, n in zip(sizes[:-1], sizes[1:])]: one (weight, bias) pair per layer
            self.layer_pair_sites(value, stmt, scope, _display(self.source, first))
        if single and func is not None and not aug and type(value) is ast.ListComp \
                and type(value.elt) is ast.Dict and type(first) in (ast.Name, ast.Attribute):  # type: ignore[attr-defined]
            # params = [{"w": normal(k, (m, n)) * sqrt(2 / m), "b": zeros(n)} for k, m, n in zip(...)]: one dict of
            # parameters per layer, each entry judged as `params[*]['w']` (as when appended in a loop)
            each = ast.Subscript(value=first, slice=ast.Name(id="*", ctx=ast.Load()), ctx=ast.Load())
            made = len(self.m.sites)
            self.dict_sites(each, value.elt, stmt, scope)  # type: ignore[attr-defined]
            for site in self.m.sites[made:]:
                site.per_layer = True
        # (the facts most branches below test, each read once: a forward pass is mostly `x = self.norm(x)`)
        named = first.id if single and type(first) is ast.Name else None  # type: ignore[attr-defined]  # x = ...
        first_attr = _self_attr(first) if single and cls is not None else None  # self.X = ... in a method
        call = value if isinstance(value, ast.Call) else None
        is_call = call is not None
        called = self.ev.qname(call.func) if call is not None else None
        if call is not None and type(call.func) is ast.Name and call.args:
            self.walking_call(call, func, cls)  # (model = init_weights(model, "xavier"))
        if func is not None and not aug:
            self.bind_numbers(targets, value, cls)
        elif func is not None:
            for t in targets:
                if isinstance(t, ast.Name):
                    self.ev.bind(t.id, None)
        if named and (func is not None or self.scope_layers):
            if type(value) is ast.Name and value.id in self.scope_layers:  # type: ignore[attr-defined]
                self.scope_layers[named] = self.scope_layers[value.id]  # type: ignore[attr-defined]  # conv_layer = conv
            elif not is_call:
                self.scope_layers.pop(named, None)
        if named:
            if type(value) is ast.List and not value.elts:  # type: ignore[attr-defined]
                self.open_lists[named] = Layer(node_key(value), LAYER_LIST, "container", value, named, in_order=True)
            else:
                self.open_lists.pop(named, None)
            owner = self.class_name_of(value)
            if owner:
                self.class_name_vars[named] = owner
            else:
                self.class_name_vars.pop(named, None)
            built = self._built_module(value)
            if built is not None:
                self.instances[named] = built
            else:
                self.instances.pop(named, None)
            # an initializer object bound to a name (`he_avg_init = VarianceScaling(2.0, "fan_avg")`), in a
            # function or at module level (a notebook cell), is followed where the name is passed on
            ini = self.ev.initializer(value)
            if ini is not None and not _is_str(value):
                self.local_inits[named] = value
            else:
                self.local_inits.pop(named, None)
        # model = nn.Sequential(...) / self.fc = nn.Linear(...)
        layer = None
        if is_call:  # (only a call makes a layer: no name function made for the rest)
            # (a tuple target, `init_fun, apply_fun = stax.serial(...)`, names no layer: the constructor's name does)
            layer = self.layer_from(value, cls, name=lambda: "" if isinstance(first, (ast.Tuple, ast.List))
                                    else _display(self.source, first), factory=bool(first_attr))
        elif (type(value) is ast.ListComp or type(value) is ast.List) and single:
            layer = self.layer_list(value, cls, _display(self.source, first))
        elif type(value) is ast.IfExp and cls is not None and func is not None and func.name == "__init__":
            # self.relu = nn.ReLU(inplace=True) if relu else None, with relu=True the default no call here changes
            arm = self._flag_arm(value, func, cls)  # type: ignore[arg-type]
            if type(arm) is ast.Call:
                layer = self.layer_from(arm, cls, name=lambda: _display(self.source, first))  # type: ignore[arg-type]
        extended = None
        if layer is not None and aug and first_attr and cls is not None and layer.type_name == LAYER_LIST:
            extended = cls.attrs.get(first_attr)
            if extended is not None and extended.type_name == LAYER_LIST:
                # self.layers = [Linear(d_in, d)]; self.layers += [Linear(d, d) for _ in range(n)]: one list, in order
                if scope.loops:
                    for el in layer.elements:
                        el.repeated = True
                extended.elements.extend(layer.elements)
            else:
                extended = None
        if layer is not None and extended is None:
            for t in targets:
                attr = _self_attr(t)
                if attr and cls is not None:
                    layer.key = f"{cls.key}.{attr}"
                    layer.name = attr
                    layer.owner = cls.name
                    self.register(layer)
                    cls.attrs[attr] = layer
                    # (`self.act = act`, then `if self.act == 'relu': self.act = nn.ReLU()`: the layer it now holds)
                    cls.instance_acts.pop(attr, None)
                elif isinstance(t, ast.Name):
                    self.keras_added.pop(t.id, None)  # model = Sequential(): a new model's .add() chain
                    if func is None and layer.kind == "container":
                        self.m.module_level_models[t.id] = layer
                    # (a script's too: `linear1 = nn.Linear(784, 512)`, `xavier_uniform_(linear1.weight)`, then
                    # `model = nn.Sequential(linear1, relu, ...)` at module level)
                    self.scope_layers[t.id] = layer
                    if func is not None and layer.kind == "container" and cls is None:
                        self.m.local_models.append(layer)
                    layer.name = t.id
        attr = first_attr if cls is not None and func is not None else None  # (a method's self.X = ...)
        if layer is None and attr and cls is not None and type(value) is ast.Name:
            kept = self.scope_layers.get(value.id) or self.open_lists.get(value.id)  # type: ignore[attr-defined]
            if kept is not None and kept.kind == "container" and attr not in cls.attrs:
                # blocks = []; blocks.append(nn.Conv(...)) ...; self.blocks = blocks (a Flax setup's list)
                cls.attrs[attr] = kept
        if attr and cls is not None and func is not None and func.name == "__init__":
            if isinstance(value, ast.Name) and value.id in func.params:
                self.flag_params.append((cls, attr, func.node, value.id))  # self.glu = glu: settled after the walk
            else:
                self.flag_params.append((cls, attr, None, ""))
        if layer is None and attr and cls is not None and (is_call or type(value) is ast.Name):
            held = _held_initializer(value, self.ev, self.local_inits)
            if held is not None:
                # self.weight_initializer = tf.contrib.layers.xavier_initializer(): followed where it is passed on
                # (initializer=self.weight_initializer) or called (self.weight_initializer([D, H])); a parameter's
                # default (`self.kernel_initializer = keras.initializers.get(kernel_initializer)`) likewise
                cls.field_inits[attr] = held
        if layer is None and attr and cls is not None and func is not None and func.name in ("__init__", "setup"):
            # (a Flax module's `setup` is its constructor)
            act = self.activation_value(value, func.node, cls)
            if act is None and (
                    type(value) is ast.Attribute or type(value) is ast.Call
                    and self.ev.qname(value.func) == "functools.partial"):  # type: ignore[attr-defined]
                # self.no_linear = F.relu (the function itself); self.activation_fn = functools.partial(
                # jax.nn.leaky_relu, negative_slope=0.2)
                act = act_from_reference(self.ev, value)
            if act is None and type(value) is ast.Name and value.id in func.params \
                    and self._activation_parameter(value, func.node, cls):  # type: ignore[attr-defined]
                cls.instance_acts[attr] = value.id  # type: ignore[attr-defined]  # each instance's own (flow, context)
            if act is not None:
                # self.activation = _get_activation_fn(activation) / act_layer() / activation (a parameter):
                # the activation a parameter's default names, applied where forward calls self.activation(...)
                layer = self.activation_attr(cls, attr, value, act)
        if call is not None and cls is not None:
            # (a class defined further down the file is not in `classes` yet: a called name is kept, and
            # only names that turn out to be classes of this file are followed)
            if called in self.m.classes or isinstance(call.func, ast.Name):
                instantiated = call.func.id if isinstance(call.func, ast.Name) else called
                if instantiated:
                    cls.instantiates.add(instantiated)
            if called and called.endswith(("ModuleList", "Sequential")):
                # nn.ModuleList([EncoderLayer(...) for _ in range(n)]): the blocks it holds
                cls.instantiates.update(n.func.id for n in ast.walk(value)
                                        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name))
        d = None if aug or shifted else self.ev.value(value)
        if d is None and not aug and is_call and single:
            # self.W_hx = nn.init.kaiming_normal_(nn.Parameter(torch.rand(n_in, n_h))): an init function returns the
            # tensor it fills, a fresh one here, which the target then holds
            d = self.ev.filled_fresh(value)  # type: ignore[arg-type]
        if d is None and not aug and type(first) is ast.Tuple and call is not None and single:
            # W1, b1 = init_layer(784, 256) with `return W, b`: each returned item is what its target holds
            items = self.ev.returned_items(call, len(first.elts))  # type: ignore[attr-defined]
            for t, item in zip(first.elts, items):  # type: ignore[attr-defined]
                if item is not None and item.kind != "empty":
                    self.site_for_target(item, t, stmt, scope)
        if named and not shifted:
            self.ev.bind_tensor(named, value if d is not None and d.wrapper is None and d.kind != "empty" else None)
            if d is not None and d.kind == "empty" and d.wrapper is None and d.shape:
                shape = d.shape
                self.empty_shapes[named] = _unpack_shape(shape[0]) if len(shape) == 1 else shape
            else:
                self.empty_shapes.pop(named, None)
        if first_attr and func is not None and d is not None and d.kind == "empty" and d.wrapper == "Parameter" \
                and d.shape:
            shape = d.shape
            self.empty_shapes[f"self.{first_attr}"] = _unpack_shape(shape[0]) if len(shape) == 1 else shape
        if d is not None and cls is not None and d.wrapper == "Parameter":
            for t in targets:
                attr = _self_attr(t)
                if attr:
                    cls.param_ranks[attr] = d.rank()
                    cls.param_attrs.add(attr)
        elif cls is not None and called is not None and called.endswith(("nn.parameter.Parameter", "nn.Parameter")) \
                or cls is not None and is_call and last_name(value.func) == "add_weight":  # type: ignore[attr-defined]
            # self.w = nn.Parameter(w) with w = torch.Tensor(n, m) (uninitialised here, init_'d next)
            for t in targets:
                attr = _self_attr(t)
                if attr:
                    cls.param_attrs.add(attr)
        over_layers = _comprehension_over_layers(value)
        site_targets: List[ast.expr] = targets
        if d is None and over_layers and type(value) is ast.DictComp and len(targets) == 1:
            # Ws = {'W' + str(i + 1): scale * randn(dims[i], dims[i + 1]) for i in range(len(dims) - 1)}: judged as
            # Ws['W' + str(i + 1)] written in a loop over the layers
            d = self.ev.value(value.value)  # type: ignore[attr-defined]
            if d is not None and d.kind not in ("normal", "uniform", "family"):
                d = None  # (zeros keyed by layer, `{'W%d' % i: np.zeros(s) ...}`: gradients or optimizer state)
            if d is not None:
                keyed = ast.Subscript(value=first, slice=value.key, ctx=ast.Store())  # type: ignore[attr-defined]
                site_targets = [ast.copy_location(keyed, first)]
        if d is not None and d.kind != "empty":
            made = len(self.m.sites)
            for t in site_targets:
                self.site_for_target(d, t, stmt, scope)
            if over_layers:  # [scale * randn(m, n) for m, n in zip(sizes[:-1], sizes[1:])]: one tensor per layer
                for site in self.m.sites[made:]:
                    site.per_layer = True
        # function results assigned to names (helper used for every layer); a static method of the class
        # (`self.weight_variable(...)`) too, and a helper's result held in a dict literal under a key that names it
        # (`{"weights": self.weight_variable(...), "biases": ...}`)
        calls = [(first, value)]
        if isinstance(value, ast.Dict):
            calls = [(k, v) for k, v in zip(value.keys, value.values) if k is not None and string_value(k)]
        for target_node, called_value in calls:
            name = _helper_name(called_value, cls)
            if name is None:
                continue
            # the target node; Context renders its text only for a helper whose result it judges
            self.m.call_targets.setdefault(name, []).append(target_node)
            if loops:
                self.m.calls_in_loop.add(name)
        # rng = np.random.default_rng(0); rs = rs if rs is not None else npr.RandomState(0)
        if called in _RNG_MAKERS or (type(value) is ast.IfExp or type(value) is ast.BoolOp) and _makes_rng(self.ev, value):
            for t in targets:
                d2 = dotted(t)
                if d2:
                    self.ev.rng_names.add(d2)
        # weights = {"h1": tf.Variable(tf.random_normal([784, 256])), ...}: one site per entry
        if call is not None and type(call.func) is ast.Name and call.func.id == "dict" \
                and not call.args and call.keywords and single:  # type: ignore[attr-defined]
            # self.model = dict(Wxh=np.random.rand(...), ...): a dict literal spelled with keywords
            value = ast.Dict(keys=[ast.Constant(k.arg) for k in call.keywords if k.arg],
                             values=[k.value for k in call.keywords if k.arg])
        if isinstance(value, ast.Dict) and len(targets) == 1:
            self.dict_sites(first, value, stmt, scope)
        elif isinstance(value, (ast.List, ast.Tuple)) and len(targets) == 1 and 2 <= len(value.elts) <= 64:
            self.list_sites(first, value, stmt, scope)
        self.scan_calls(value, stmt, scope, target=first if len(targets) == 1 else None,
                        called=called)

    def rescale_entries(self, loop: Union[ast.For, ast.AsyncFor], func: Optional[Function]) -> None:
        """`for k, v in self.params.items(): self.params[k] = v * self.weight_scale` right after the draws: every
        entry drawn so far in this function is scaled by that factor (unknown: its scale is not known)."""
        it, target = loop.iter, loop.target
        if len(loop.body) != 1 or not isinstance(loop.body[0], ast.Assign) or not isinstance(it, ast.Call) \
                or not isinstance(it.func, ast.Attribute) or it.func.attr != "items" or it.args \
                or not isinstance(target, ast.Tuple) or len(target.elts) != 2 \
                or not all(isinstance(e, ast.Name) for e in target.elts):
            return
        key, val = target.elts[0].id, target.elts[1].id  # type: ignore[attr-defined]
        assign = loop.body[0]
        holder = dotted(it.func.value)
        written = assign.targets[0] if len(assign.targets) == 1 else None
        value = assign.value
        if holder is None or not isinstance(written, ast.Subscript) or dotted(written.value) != holder \
                or not (isinstance(written.slice, ast.Name) and written.slice.id == key) \
                or not isinstance(value, ast.BinOp) or not isinstance(value.op, (ast.Mult, ast.Div)):
            return
        if isinstance(value.left, ast.Name) and value.left.id == val:
            factor_node = value.right
        elif isinstance(value.op, ast.Mult) and isinstance(value.right, ast.Name) and value.right.id == val:
            factor_node = value.left
        else:
            return
        k = self.ev.number(factor_node)
        if k is not None and isinstance(value.op, ast.Div):
            k = 1.0 / k if k else None
        for i, site in enumerate(self.m.sites):
            if site.func is not func or not site.target_text.startswith(holder + "[") \
                    or site.dist.kind not in ("normal", "uniform"):
                continue
            d = site.dist
            self.m.sites[i] = replace(site, dist=_scaled(d, k, d.node) if k is not None else replace(
                d, std=None, factor=None, unit_draw=False, low=None, high=None, family=None, written_std=None))

    def shifted_draw(self, target: ast.expr, value: ast.expr, stmt: ast.stmt, func: Function, loops: _Loops) -> bool:
        """`w = w / 5 - .1`, `w -= 0.5` after `w = np.random.rand(n, m)` in the same function: the
        draw moved or scaled by numbers. The draw's site takes the result (still reported where the draw is
        written: `rand` recentred to U(-0.1, 0.1) is centred), and the statement overwrites nothing."""
        if type(target) is not ast.Name:
            return self.shifted_stored_draw(target, value, stmt, func, loops)
        name = target.id  # type: ignore[attr-defined]
        drawn = self.ev.tensor_scopes[-1].get(name)
        if drawn is None:
            return False
        added = self.draw_added_to_zeros(name, value, stmt, func)
        if added:
            return True
        if type(stmt) is ast.AugAssign:
            op = stmt.op  # type: ignore[attr-defined]
            if type(op) not in (ast.Add, ast.Sub) or not _number_literal(value):
                return False  # (`w *= 0.1` / `w /= 10`: rescale() scales the draw's site)
            combined: ast.expr = ast.BinOp(left=drawn, op=op, right=value)
        else:
            reads = [n for n in walk(value) if type(n) is ast.Name and n.id == name]  # type: ignore[attr-defined]
            if len(reads) != 1 or not _arithmetic_of(value, name):
                return False
            combined = Substituted({name: drawn}).visit(copy.deepcopy(value))
        i = self.last_site_of(func, name)
        if i is None or not self.take_value(i, combined):
            return False
        self.ev.bind_tensor(name, combined)
        return True

    def shifted_stored_draw(self, target: ast.expr, value: ast.expr, stmt: ast.stmt, func: Function,
                            loops: _Loops) -> bool:
        """`self.W = np.random.rand(n, m)`, `self.W *= 8 * c`, `self.W -= 4 * c` in one function, in the draw's own
        branch and loops: the stored draw moved by an amount made of numbers and of what was known before the draw
        (parameters, names bound earlier). A training step `self.W -= self.lr * dW1` reads a gradient computed
        after the draw: an update, which never hides the draw (RULES)."""
        if type(stmt) is not ast.AugAssign or type(stmt.op) not in (ast.Add, ast.Sub):  # type: ignore[attr-defined]
            return False
        added = self.ev.value(value)
        if added is not None and added.kind in ("normal", "uniform") and type(stmt.op) is ast.Add:  # type: ignore[attr-defined]
            # self.params['W1'] = torch.zeros(n, m); self.params['W1'] += weight_scale * torch.randn(n, m): zeros
            # plus a draw is the draw (as for a local name, draw_added_to_zeros)
            j = self.recent_site_of(func, _display(self.source, target))
            zero = self.m.sites[j] if j is not None else None
            if j is not None and zero is not None and zero.dist.kind == "zeros" and zero.loops == loops \
                    and zero.branch == self.branch:
                self.m.sites[j] = replace(zero, dist=added)  # (reported where the draw is written)
                return True
        if added is not None:
            return False  # (a tensor added to it: no shift by a number)
        i = self.recent_site_of(func, _display(self.source, target))
        if i is None:
            return False
        site = self.m.sites[i]
        node = self.moved_stores.get(i, site.dist.node)
        if not isinstance(node, ast.expr) or site.loops != loops or site.branch != self.branch \
                or not self._known_before(value, func, site, target):
            return False
        moved = ast.BinOp(left=node, op=stmt.op, right=value)  # type: ignore[attr-defined]
        if not self.take_value(i, moved):
            if site.dist.kind not in ("normal", "uniform"):
                return False
            # moved by an amount not known here (`-= 4 * np.sqrt(6. / (n_in + n_out))`): where the draw now lies
            # is not known either, as when the shift is written in the draw's own expression
            d = site.dist
            self.m.sites[i] = replace(site, dist=replace(d, kind="unknown", value=None, mean=None, std=None,
                                                         low=None, high=None, unit_draw=False, factor=None))
        self.moved_stores[i] = moved
        return True

    def _known_before(self, amount: ast.expr, func: Function, site: Site, target: ast.expr) -> bool:
        """Whether `amount` reads only numbers, the function's parameters, module names, locals bound before the
        draw's statement and the drawn tensor itself (`self.W -= self.W.mean()`): no other attribute of an object
        but a size known as a number, no array computed after the draw."""
        drawn_at = site.stmt.lineno if site.stmt is not None else 0
        own = ast.dump(ast.Attribute(value=target.value, attr=target.attr, ctx=ast.Load())) \
            if type(target) is ast.Attribute else ""  # type: ignore[attr-defined]
        later = {n.id for n in walk(func.node) if type(n) is ast.Name and type(n.ctx) is ast.Store  # type: ignore[attr-defined]
                 and n.lineno >= drawn_at}  # type: ignore[attr-defined]
        for n in walk(amount):
            if type(n) is ast.Name and n.id in later and n.id not in func.params:  # type: ignore[attr-defined]
                return False
            if type(n) is ast.Attribute and type(n.value) is ast.Name and n.value.id == "self" \
                    and self.ev.number(n) is None and ast.dump(n) != own:  # type: ignore[attr-defined]
                return False
        return True

    def recent_site_of(self, func: Optional[Function], text: str) -> Optional[int]:
        """Index of the latest of the last 20 sites whose target is written `text` in `func` (an in-place
        rescale or shift right after the draw)."""
        for i in range(len(self.m.sites) - 1, max(-1, len(self.m.sites) - 20), -1):
            site = self.m.sites[i]
            if site.func is func and site.target_text == text:
                return i
        return None

    def stored_draw(self, target: ast.expr, name: str, func: Function, cls: Optional[Class]) -> None:
        """`W = randn(n, m) * s` then `parameters['W' + str(l)] = W` / `self.W1 = W` in the same function: the
        draw's site is the stored weight, read by the forward pass under the entry's key (still reported where
        the draw is written). Only the first store of a local drawn once moves its key."""
        i = self.last_site_of(func, name)
        if i is None:
            return
        site = self.m.sites[i]
        if site.key != tensor_key(name) or site.layer is not None or site.keyword is not None or site.stmt is None:
            return
        drawn_at, stored_at = site.stmt.lineno, target.lineno
        if any(drawn_at < n.lineno < stored_at for n in walk(func.node)
               if type(n) is ast.Name and n.id == name and type(n.ctx) is ast.Store):  # type: ignore[attr-defined]
            return  # (`converged, weights = fit(...)` between: the name holds a trained value by then)
        _, key, layer, _ = self.classify_target(target, func, cls)
        if key is not None and layer is None and key != site.key:
            self.m.sites[i] = replace(site, key=key)

    def last_site_of(self, func: Function, name: str) -> Optional[int]:
        """Index of the last site of `func` whose value is bound to the local `name`."""
        return next((i for i in range(len(self.m.sites) - 1, -1, -1) if self.m.sites[i].func is func
                     and self.m.sites[i].assigned_name == name), None)

    def take_value(self, i: int, value: ast.expr) -> bool:
        """The draw site `i` takes what `value` (its draw moved or scaled) evaluates to, still reported where the
        draw is written; False, changing nothing, unless both are draws."""
        site = self.m.sites[i]
        d = self.ev.value(value)
        if d is None or d.kind not in ("normal", "uniform") or site.dist.kind not in ("normal", "uniform"):
            return False
        self.m.sites[i] = replace(site, dist=replace(d, node=site.dist.node))
        return True

    def scaled_return(self, value: ast.expr, func: Function) -> bool:
        """`W = np.random.randn(n, m)` ... `return W * 0.001` (or `W.astype(dtype) * std + mean`): the local draw
        is returned scaled, so its site takes the returned value (reported where the draw is written; a scale
        that is not known leaves it unknown) and the return is no tensor of its own."""
        if type(value) is not ast.BinOp:
            return False
        reads = [n for n in walk(value) if type(n) is ast.Name and n.id in self.ev.tensor_scopes[-1]]  # type: ignore[attr-defined]
        if len(reads) != 1 or not _scaled_read(value, reads[0].id, self.ev):  # type: ignore[attr-defined]
            return False
        name = reads[0].id  # type: ignore[attr-defined]
        i = self.last_site_of(func, name)
        return i is not None and self.take_value(
            i, Substituted({name: self.ev.tensor_scopes[-1][name]}).visit(copy.deepcopy(value)))

    def draw_added_to_zeros(self, name: str, value: ast.expr, stmt: ast.stmt, func: Function) -> bool:
        """`W = np.zeros([1, n, m])` then `W = W + np.random.randn(1, n, m)` (or `W += ...`) in the same function:
        zeros plus a draw is the draw. The zero fill's site becomes the draw's (reported where the draw is
        written), the name holds the draw (`W = W / np.sqrt(m)` next scales it), and nothing is overwritten."""
        if type(stmt) is ast.AugAssign:
            if type(stmt.op) is not ast.Add:  # type: ignore[attr-defined]
                return False
            other: Optional[ast.expr] = value
        elif type(value) is ast.BinOp and type(value.op) is ast.Add:  # type: ignore[attr-defined]
            left, right = value.left, value.right  # type: ignore[attr-defined]
            other = right if type(left) is ast.Name and left.id == name else \
                left if type(right) is ast.Name and right.id == name else None  # type: ignore[attr-defined]
        else:
            return False
        if other is None or any(type(n) is ast.Name and n.id == name for n in walk(other)):  # type: ignore[attr-defined]
            return False
        i = self.last_site_of(func, name)
        if i is None or self.m.sites[i].dist.kind != "zeros":
            return False
        d = self.ev.value(other)
        if d is None or d.kind not in ("normal", "uniform"):
            return False
        self.m.sites[i] = replace(self.m.sites[i], dist=d)
        self.ev.bind_tensor(name, other)
        return True

    def bind_numbers(self, targets: List[ast.expr], value: ast.expr, cls: Optional[Class]) -> None:
        """Values flow through locals: `scale = 1e-3` in a function, `self.weight_scale = weight_scale`
        in a method (a parameter's default travels with it)."""
        v = self.ev.number(value)  # (the defaults it reads stay in used_defaults: the value's sites need them)
        items = [self.ev.number(e) for e in value.elts] if isinstance(value, (ast.List, ast.Tuple)) \
            and not any(isinstance(e, ast.Starred) for e in value.elts) else None
        for t in targets:
            if isinstance(t, ast.Name):
                self.ev.bind(t.id, v)
                self.ev.bind_formula(t.id, value)
                if v is None and (self.size_defaults or self.literal_defaults):
                    typical = self.typical_number(value)
                    if typical is not None or t.id in self.size_defaults:
                        # (a new dict: the enclosing function's stays as it was)
                        self.size_defaults = {k: x for k, x in self.size_defaults.items() if k != t.id}
                        if typical is not None:
                            self.size_defaults[t.id] = typical
                # hidden_node_count = [10, 10] in a function: its items are sizes (`[hidden_node_count[0], ...]`)
                self.ev.bind(f"{t.id}[#]", float(len(items)) if items is not None else None)
                for i, item in enumerate(items or ()):
                    self.ev.bind(f"{t.id}[{i}]", item)
            elif cls is not None and isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) \
                    and t.value.id == "self":
                self.ev.self_attrs[t.attr] = v
                typical = self.typical_number(value) if v is None else None
                if typical is not None:
                    cls.self_sizes[t.attr] = typical
                else:
                    cls.self_sizes.pop(t.attr, None)
                ref = self.ev.defaults.get(value.id) if isinstance(value, ast.Name) and v is not None else None
                if ref is not None:
                    self.ev.self_attr_defaults[t.attr] = ref
                else:
                    self.ev.self_attr_defaults.pop(t.attr, None)
            elif isinstance(t, (ast.Tuple, ast.List)):
                for e in t.elts:
                    if isinstance(e, ast.Name):
                        self.ev.bind(e.id, None)

    def typical_number(self, node: ast.expr, depth: int = 0) -> Optional[float]:
        """A size as the function's parameter defaults make it (typical values, used only to stay silent):
        integer defaults and the locals computed from them, items of a literal dict/tuple default
        (`conv_param['filter_num']`, `input_dim[1]`), arithmetic of those, `int(...)`."""
        if isinstance(node, ast.Constant):
            return float(node.value) if isinstance(node.value, (int, float)) else None
        if isinstance(node, ast.Name):
            typical = self.size_defaults.get(node.id)
            # (a local bound to a number, `filter_size = 5`, in arithmetic with default-made sizes)
            return typical if typical is not None or depth == 0 else self.ev.number(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            cls = self.current_cls
            return cls.self_sizes.get(node.attr) if cls is not None else None
        if depth > 8:
            return None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant):
            literal = self.literal_defaults.get(node.value.id)
            index = node.slice.value
            item: Optional[ast.expr] = None
            if isinstance(literal, ast.Dict):
                item = next((v for k, v in zip(literal.keys, literal.values)
                             if isinstance(k, ast.Constant) and k.value == index), None)
            elif isinstance(literal, (ast.Tuple, ast.List)) and type(index) is int \
                    and -len(literal.elts) <= index < len(literal.elts):
                item = literal.elts[index]
            return self.typical_number(item, depth + 1) if item is not None else None
        if isinstance(node, ast.BinOp):
            left = self.typical_number(node.left, depth + 1)
            right = self.typical_number(node.right, depth + 1) if left is not None else None
            if left is None or right is None:
                return None
            if type(node.op) is ast.FloorDiv:
                return float(left // right) if right else None
            symbol = _AST_OPS.get(type(node.op), "**")
            return fold(symbol, left, right) if symbol != "**" else None  # (+ - * /, as the evaluator folds them)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("int", "float") \
                and len(node.args) == 1:
            inner = self.typical_number(node.args[0], depth + 1)
            return None if inner is None else inner if node.func.id == "float" else float(int(inner))
        return None

    def expression(self, value: ast.expr, stmt: ast.stmt, scope: Scope) -> None:
        func, cls, loops = scope.func, scope.cls, scope.loops
        if cls is not None and func is not None and func.name == "__init__" and type(value) is ast.Call:
            self.sequential_super(value, cls)  # type: ignore[arg-type]
            self.inherited_activations(value, func, cls)  # type: ignore[arg-type]
        if type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr in ("mul_", "div_") \
                and len(value.args) == 1 and not value.keywords and _number_literal(value.args[0]):  # type: ignore[attr-defined]
            # W2.mul_(0.5) (under torch.no_grad()): the draw scaled in place, as `W2 *= 0.5`
            scaled: ast.expr = value.func.value  # type: ignore[attr-defined]
            if isinstance(scaled, ast.Attribute) and scaled.attr == "data":
                scaled = scaled.value
            if isinstance(scaled, (ast.Name, ast.Attribute, ast.Subscript)):
                op: ast.operator = ast.Mult() if value.func.attr == "mul_" else ast.Div()  # type: ignore[attr-defined]
                self.rescale(ast.copy_location(ast.AugAssign(target=scaled, op=op, value=value.args[0]), stmt), func)  # type: ignore[attr-defined]
                return
        if type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr == "setdefault" \
                and len(value.args) == 2 and not value.keywords and string_value(value.args[0]) is not None:  # type: ignore[attr-defined]
            # self.params.setdefault('W1', np.random.randn(input_dim, hidden_dim) * weight_scale): the entry's
            # first value, written as `self.params['W1'] = ...`
            # (the call's start, no end: shown unparsed, `self.params['W1']`)
            entry = ast.Subscript(value=value.func.value, slice=value.args[0], ctx=ast.Store(),  # type: ignore[attr-defined]
                                  lineno=value.lineno, col_offset=value.col_offset, end_lineno=None, end_col_offset=None)
            self.assignment([entry], value.args[1], stmt, scope)  # type: ignore[attr-defined]
            return
        if type(value) is ast.Call and type(value.func) is ast.Attribute and value.func.attr == "copy_" \
                and len(value.args) == 1 and not value.keywords \
                and type(value.func.value) in (ast.Name, ast.Attribute, ast.Subscript):  # type: ignore[attr-defined]
            given: ast.expr = value.args[0]  # type: ignore[attr-defined]
            if type(given) is ast.Name:
                given = self.ev.tensor_scopes[-1].get(given.id, given)  # type: ignore[attr-defined]
            copied = self.ev.value(given)
            if copied is not None and copied.kind in ("normal", "uniform", "family", "zeros", "constant"):
                # rw = torch.randn(m.weight.data.size()); m.weight.data.copy_(rw): the weight takes the values
                # copied into it, as `m.weight.data = rw` (RULES: an array copied into a weight is judged there)
                self.assignment([value.func.value], given, stmt, scope)  # type: ignore[attr-defined]
                return
        setter = _setter_attr(value)
        if setter is not None:
            # layer.setWeights(np.random.rand(n, n_prev)), layer.set_bias(np.zeros(n)): a from-scratch layer's
            # setter, written as `layer.weights = ...` (shown unparsed, from the call's start)
            written = ast.Attribute(value=value.func.value, attr=setter, ctx=ast.Store(),  # type: ignore[attr-defined]
                                    lineno=value.lineno, col_offset=value.col_offset, end_lineno=None, end_col_offset=None)
            self.assignment([written], value.args[0], stmt, scope)  # type: ignore[attr-defined]
            return
        if isinstance(value, ast.Call):
            pair = self.ev.inplace_call(value)
            if pair is not None:
                target, d = pair
                held = dotted(target) if not d.shape else None
                if held and held in self.empty_shapes:
                    # (`self.w = nn.Parameter(torch.empty((c, 1, 1)))`, then `init.constant_(self.w, 0.5)`: the
                    # shape the parameter was made with)
                    d = replace(d, shape=self.empty_shapes[held])
                key = _tensor_key(self.source, target)
                if key:
                    self.write(key, func)
                self.site_for_target(d, target, stmt, scope, inplace=True)
            f = value.func
            # `holder.append(item)`
            holder, item = (f.value, value.args[0]) if isinstance(f, ast.Attribute) and f.attr == "append" \
                and len(value.args) == 1 and not value.keywords else (None, None)
            if item is not None and cls is not None and _self_attr(holder) in cls.attrs:
                self.append_layer(cls.attrs[_self_attr(holder) or ""], item, cls, loops)
            if isinstance(item, ast.Name) and item.id in self.scope_layers:
                self.appended_names[id(item)] = self.scope_layers[item.id]
            if item is not None and isinstance(holder, ast.Name) and holder.id in self.open_lists:
                self.append_to_list(holder.id, item, func, cls, loops)
            if item is not None and isinstance(holder, (ast.Name, ast.Attribute)) \
                    and W.role_of_name(_display(self.source, holder).split(".")[-1]) == W.WEIGHT:
                # self.weights.append(np.random.randn(n_out, n_in)) per layer: judged as the list, like
                # self.weights = [np.random.randn(y, x) for ...]
                drawn = self.ev.value(item)
                if drawn is not None and drawn.kind != "empty":
                    self.site_for_target(drawn, holder, stmt, scope)
                    base = dotted(holder)
                    if base and (self.m.sites[-1].key is None or base.startswith("self.")):
                        # (`graph.layers_weights.append(...)`, `self.weights.append(...)`, read back as
                        # `graph.layers_weights[i]`: every element is one key, "w:graph.layers_weights[*]", and its
                        # position is its append order)
                        self.m.sites[-1].key = tensor_key(f"{base}[*]")
            appended_dict = item if loops and isinstance(holder, ast.Name) else None
            if isinstance(appended_dict, ast.Call) and isinstance(appended_dict.func, ast.Name) \
                    and appended_dict.func.id == "dict" and not appended_dict.args and appended_dict.keywords:
                kws = [k for k in appended_dict.keywords if k.arg]
                appended_dict = ast.Dict(keys=[ast.Constant(k.arg) for k in kws], values=[k.value for k in kws])
            if isinstance(appended_dict, ast.Dict) and holder is not None:
                # for n_in, n_out in zip(widths[:-1], widths[1:]): params.append(dict(weights=..., biases=...)): one
                # dict of parameters per layer, each entry judged as `params[*]['weights']`
                each = ast.Subscript(value=holder, slice=ast.Name(id="*", ctx=ast.Load()), ctx=ast.Load())
                made = len(self.m.sites)
                self.dict_sites(each, appended_dict, stmt, scope)
                for site in self.m.sites[made:]:
                    site.per_layer = True
            if isinstance(f, ast.Attribute) and f.attr == "extend" and len(value.args) == 1 and not value.keywords \
                    and isinstance(value.args[0], (ast.List, ast.Tuple)) and isinstance(f.value, (ast.Name, ast.Attribute)) \
                    and W.role_of_name(_display(self.source, f.value).split(".")[-1]) != W.WEIGHT:
                # self.params.extend([normal(k, (h_in, h_out)), normal(k2, (h_out,))]) per hidden layer
                self.layer_pair_list(_display(self.source, f.value), value.args[0].elts, stmt, scope, appended=True)
            if isinstance(f, ast.Attribute) and f.attr == "update" and len(value.args) == 1 \
                    and isinstance(value.args[0], ast.Dict) and not value.keywords:
                # self.params.update({"W": tf.Variable(...), ...}): one site per entry, as `self.params = {...}`
                self.dict_sites(f.value, value.args[0], stmt, scope)
            visited = self._visited_per_module(value, loops) if cls is not None else None
            if visited is not None:
                # for m in self.modules(): self.weight_init(m) -- the same as self.apply(self.weight_init)
                self._applied(visited, "self", "self", func, cls)
            if isinstance(f, ast.Attribute):
                method = f.attr
                if method == "apply" and (value.args or value.keywords):
                    fn = first_arg_value(value)
                    fn_name = fn.attr if isinstance(fn, ast.Attribute) else (fn.id if isinstance(fn, ast.Name) else None)
                    if fn_name:
                        self._applied(fn_name, dotted(f.value) or "", _display(self.source, f.value), func, cls,
                                      self._indexed_element(f.value, func))
                elif method in ("copy_", "set_") or (method.endswith("_") and method not in ("normal_", "uniform_", "zero_", "fill_")
                                                    and method not in ("add_", "mul_", "div_", "sub_", "clamp_", "requires_grad_")):
                    key = _tensor_key(self.source, f.value)
                    if key:
                        self.write(key, func)
                elif method == "load_state_dict":
                    # (strict=False: a checkpoint of part of the model, a backbone's; the layers the code inits
                    # one sub-module at a time before it, new heads and necks, are not in it: overwritten)
                    partial = any(k.arg == "strict" and isinstance(k.value, ast.Constant) and k.value.value is False
                                  for k in value.keywords)
                    receiver = dotted(f.value) or ""
                    if receiver.startswith("self.") and cls is not None:
                        self.write(SUBMODULE_LOAD + receiver, func)
                    else:
                        self.write(PARTIAL_LOAD if partial else "*", func)
                    self.m.state_loads.append((self.order, _fid(func), receiver))
                elif method == "restore" and self._restores_every_variable(f.value, stmt, func):
                    # TF1's `saver.restore(sess, path)` with a Saver made without a var_list: every variable of
                    # the graph, what the initializers drew included, comes from the checkpoint (as load_state_dict)
                    self.write("*", func)
                elif method == "register_buffer" and len(value.args) + len(value.keywords) >= 2:
                    values = arg_values(value)
                    s = string_value(values[0])
                    if s:
                        self.m.buffers.add(s)
                    dn = dotted(values[1])
                    if dn:
                        self.m.buffers.add(dn)
                elif dotted(f.value) == "self" and cls is not None and func is not None and func.name == "__init__":
                    cls.init_called.add(method)
                    cls.init_call_order[method] = self.order
                elif method == "add" and (value.args or value.keywords):
                    # model.add(Dense(...)): Keras Sequential built by .add()
                    item = first_arg_value(value)
                    if item is not None:
                        added = self.layer_from(item, cls)
                        owner = dotted(f.value)
                        if added is not None and owner and added.type_name.startswith(_KERAS):
                            chain = self.keras_added.setdefault(owner, [])
                            chain.append(added)
                            self.keras_chain(chain)
            if isinstance(f, ast.Name):
                if loops:
                    self.m.calls_in_loop.add(f.id)
                self.m.call_targets.setdefault(f.id, []).append(None)
                self.walking_call(value, func, cls)
        self.scan_calls(value, stmt, scope)

    def walking_call(self, call: ast.Call, func: Optional[Function], cls: Optional[Class]) -> None:
        """init_linear(self) with `def init_linear(module): for m in module.modules(): ...`: the same as
        self.apply(init_linear); so is `apply_init(model, "xavier")`, the walked network first and settings after
        it, and `init_weights(MLP(784, 256, 4), scheme)`, a network of this file built in the call."""
        f = call.func
        if not isinstance(f, ast.Name) or not call.args or isinstance(call.args[0], ast.Starred):
            return
        first = call.args[0]
        walked = dotted(first)
        if walked is None and isinstance(first, ast.Call):
            made = self.ev.qname(first.func) or ""
            if made in self.m.classes or made.endswith(("Sequential", "ModuleList")):
                walked = ""
        if walked is not None and self._walks_modules_of_first_param(f.id):
            self._applied(f.id, walked, _display(self.source, first), func, cls)

    # -------------------------------------------------------------- layers and keywords
    def layer_from(self, node: ast.AST, cls: Optional[Class],
                   name: Union[str, Callable[[], str]] = "", factory: bool = False) -> Optional[Layer]:
        """A layer constructor (possibly a container) at `node`, registered by node id. `name` may be a
        function giving it (the display of an assignment target is only needed for layers). `factory`: a call
        of a module-level helper returning one layer makes a layer of its own (`self.conv1 = conv3x3(...)`, an
        attribute of its own); elsewhere (`deep_layer(64)(x)`) the dataflow follows the helper's layer."""
        if not isinstance(node, ast.Call):
            return None
        existing = self.m.layer_of_node.get(id(node))
        if existing is not None:
            return existing
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in _MODULE_RETURNING and isinstance(f.value, ast.Call):
            # nn.Sequential(...).to(device), Net().cuda(): the module the call returns is the one built
            return self.layer_from(f.value, cls, name=name, factory=factory)
        q = self.ev.qname(node.func)
        if isinstance(node.func, ast.Name) and node.func.id in self.local_partials:
            q = self.local_partials[node.func.id]  # dense_layer(256) with dense_layer = partial(nn.Dense, ...)
        if q is None:
            return None
        last = q.rsplit(".", 1)[-1]
        if last in _LAYER_WRAPPERS and q.startswith(_KERAS) and node.args:
            # Bidirectional(LSTM(64, kernel_initializer=...)), TimeDistributed(Dense(10)): the wrapped layer, run
            # as written (twice, or per step), is what the wrapper's call applies
            inner = node.args[0]
            wrapped = self.layer_from(inner, cls, name=name, factory=factory) if isinstance(inner, ast.Call) else None
            if wrapped is not None:
                self.m.layer_of_node[id(node)] = wrapped  # (`Bidirectional(...)(x)` applies it)
            return wrapped
        act = act_module(self.ev, node)
        container = last in CONTAINERS or last == "serial" and ".stax." in q  # stax.serial(Dense(512), Relu, ...)
        if not container and project_sequential(q) and len(node.args) == 1 and not node.keywords \
                and isinstance(node.args[0], (ast.List, ast.Tuple)) and len(node.args[0].elts) >= 2 \
                and all(isinstance(e, ast.Call) for e in node.args[0].elts):
            # SequentialNetwork([Flatten(), Dense(300, activation=relu), ...]) of a project's own module: a list
            # of layer calls run in order, as keras.Sequential runs them
            container = True
        kind = "act" if act is not None else "container" if container else _layer_kind(q)
        if kind not in ("other", "act", "container") and isinstance(node.func, ast.Name) and q == node.func.id \
                and q in self._module_functions() and not self._builds_layer(q):
            kind = "other"  # `def dense(x, n_in, n_out): ...` of this file computing a layer, not tf.layers.dense
        if kind == "norm" and isinstance(node.func, ast.Name) and node.func.id in self.m.classes \
                and any(a.kind in ("linear", "rnn") for a in self.m.classes[node.func.id].attrs.values()):
            kind = "block"  # tacotron's LinearNorm / ConvNorm: a class of this file wrapping a layer, not a norm
        if kind == "other":
            if isinstance(node.func, ast.Name) and node.func.id in self.m.classes:
                kind = "block"
                made_cls = self.m.classes[node.func.id]
                # class Activation_ReLU: def forward(...): np.maximum(0, x)
                act = _scratch_activation(node.func.id, not made_cls.attrs and not made_cls.param_attrs
                                          and not any(s.cls is made_cls for s in self.m.sites))
                if act is not None:
                    kind = "act"
            elif factory and isinstance(node.func, ast.Name) and (made := factory_layer(self.m, node)) is not None:
                # self.conv1 = conv3x3(in_planes, planes): a module-level helper returning one layer constructor;
                # the layer built here is of that type (its fan-in is the helper's business)
                q, kind, last = made.type_name, made.kind, made.type_name.rsplit(".", 1)[-1]
                if kind not in ("linear", "rnn", "norm"):
                    return None
                if callable(name):
                    name = name()
                layer = Layer(node_key(node), q, kind, node, name or last, owner=cls.name if cls else None,
                              has_init_kw=made.has_init_kw)
                self.register(layer)
                return layer
            elif factory and isinstance(node.func, ast.Name) and (box := factory_layer(self.m, node, container=True)) \
                    is not None:
                # self.conv1 = conv(in_planes, out_planes), `def conv(...): return nn.Sequential(nn.Conv2d(...),
                # nn.ReLU())` (SfMLearner's DispNet): a container of its own holding the helper's layers
                if callable(name):
                    name = name()
                layer = Layer(node_key(node), box.type_name, "container", node, name or last, elements=list(box.elements),
                              owner=cls.name if cls else None, complete=box.complete, in_order=box.in_order)
                self.register(layer)
                return layer
            elif not (q.startswith(("torch.nn.", "keras.", "flax.linen.", "haiku.", "tensorflow.")) and last[:1].isupper()):
                return None
        if callable(name):
            name = name()  # (made only now: most calls are no layer)
        if act is not None:
            layer = Layer(node_key(node), q, "act", node, name or last, act=act)
            self.register(layer)
            return layer
        if container:
            layer = Layer(node_key(node), q, "container", node, name or last, owner=cls.name if cls else None)
            items = self.container_items(node)
            for i, item in enumerate(items):
                held = self.appended_names.get(id(item)) or self.scope_layers.get(item.id) \
                    if type(item) is ast.Name else None  # type: ignore[attr-defined]
                if held is None and cls is not None and type(item) is ast.Attribute:
                    # nn.Sequential(self.fc1, nn.ReLU(), nn.Dropout(p)): a layer the constructor made just before
                    attr = _self_attr(item)
                    held = cls.attrs.get(attr) if attr else None
                if held is not None and held.type_name == LAYER_LIST and len(items) == 1:
                    # linear_layers = [nn.Linear(a, b) for ...]; self.hidden = nn.ModuleList(linear_layers): the
                    # container holds the list's layers, named as its own
                    for j, el in enumerate(held.elements):
                        el.name = f"{name or last}[{'i' if el.repeated else j}]"
                        layer.elements.append(el)
                    continue
                # blocks.append(block) with `block = nn.Sequential(*block)` made just before: that layer
                sub = held if held is not None and held.type_name != LAYER_LIST else \
                    self.layer_from(item, cls, name=f"{name}[{i}]" if name else f"{last}[{i}]")
                if sub is None:
                    sub = factory_layer(self.m, item)  # Sequential([hidden(128), hidden(64), ...])
                if sub is None:
                    a = act_from_reference(self.ev, item)
                    if a is not None:
                        sub = Layer(node_key(item), "act", "act", item, a[0], act=a)
                        self.register(sub)
                    else:
                        per_item = _made_per_item(item)
                        sub = self.layer_from(per_item, cls, name=f"{name}[i]") if per_item is not None else None
                        if sub is not None:
                            sub.repeated = True
                if sub is not None:
                    if id(item) in self.looped_items:
                        sub.repeated = True  # appended in a loop: the loop's pattern, once per pass
                    layer.elements.append(sub)
                else:
                    layer.complete = False
            if q.startswith(_KERAS):
                self.keras_chain(layer.elements)
            self.register(layer)
            return layer
        kws = {k.arg: k.value for k in node.keywords if k.arg is not None}
        # (`activation_fn=` is the tf.contrib/slim spelling: fully_connected(x, 10, activation_fn=tf.nn.relu))
        act_kw = kws.get("activation", kws.get("activation_fn") if "contrib" in q or "slim" in q else None)
        act = act_from_reference(self.ev, act_kw) if act_kw is not None else None
        if act is None and isinstance(act_kw, ast.Name):
            act = self.parameter_activation(act_kw.id)
        if act is None and cls is not None and _self_attr(act_kw):
            # tf.layers.dense(h, n, activation=self.actv), `self.actv = _actv` with `_actv=tf.nn.tanh` in __init__
            held = cls.attrs.get(_self_attr(act_kw) or "")
            act = held.act if held is not None and held.kind == "act" else None
        if act_kw is None and q.startswith(SLIM_PREFIXES) and last in SLIM_RELU_LAYERS and not self.scoped_activation():
            act = ("relu", None)  # slim.conv2d(x, 64, [3, 3]): activation_fn defaults to tf.nn.relu
        if act is None and act_kw is None and kind == "rnn" and not _relu_rnn(kws):
            # LSTM(128, kernel_initializer="he_uniform"): the cell's own tanh (and its sigmoid gates) consume the
            # kernel, whatever the layer's output meets next (Keras's activation="tanh" default, torch's
            # nonlinearity="tanh"; LSTM and GRU always)
            act = ("tanh", None)
        if q == "haiku.nets.MLP":
            # hk.nets.MLP([256, 256, 1], w_init=...): one w_init for every layer, and every layer but the last
            # (all of them with activate_final=True) feeds `activation`, jax.nn.relu by default
            kind = "linear"
            sizes = arg(node, 0, "output_sizes")
            final = arg(node, None, "activate_final")
            hidden = isinstance(sizes, (ast.List, ast.Tuple)) and len(sizes.elts) >= 2 \
                or isinstance(final, ast.Constant) and final.value is True
            act = (act or ("relu", None) if act_kw is None else act) if hidden else None
        pos = positional(node)
        in_features = self.torch_fan_in(last, pos, kws) if kind == "linear" and q.startswith("torch.") else None
        typical_in = None
        if in_features is None and kind == "linear" and q.startswith("torch.") and self.size_defaults:
            typical_in = self.torch_fan_in(last, pos, kws, self.typical_number)
        if kind == "linear" and q.startswith(_KERAS):
            in_features = keras_fan_in(self.ev, last, pos, kws, None)
        layer = Layer(node_key(node), q, kind, node, name or last, act=act, in_features=in_features,
                      typical_in=typical_in,
                      owner=cls.name if cls else None,
                      has_init_kw=any(k in kws for k in ("kernel_initializer", "kernel_init", "w_init",
                                                          "weights_initializer")))
        self.register(layer)
        return layer

    def layer_list(self, value: Union[ast.ListComp, ast.List], cls: Optional[Class], name: str) -> Optional[Layer]:
        """A plain list of layers (`self.layers = [nn.Dense(h, kernel_init=init) for _ in range(n)]` in a Flax
        setup, `hidden = [Dense(64), Dense(64)]`): a container that is never applied as a whole (like a
        ModuleList); a loop over it applies each of its layers. Only a list whose every item is a layer."""
        items = [value.elt] if isinstance(value, ast.ListComp) else value.elts
        if not items or len(items) > 64:
            return None
        if isinstance(value, ast.ListComp) and any(g.ifs for g in value.generators):
            return None  # (a filtered comprehension: which layers it holds is unknown)
        # (`[Linear(d_in, d), act_fun]` with `act_fun=jnn.relu` a parameter of the constructor: an activation
        # function listed between the layers, as `nn.ReLU()` would be)
        acts = {id(i): self._listed_activation(i, cls) for i in items
                if isinstance(value, ast.List) and isinstance(i, (ast.Name, ast.Attribute))}
        if not all(isinstance(i, ast.Call) and id(i) not in self.m.layer_of_node and self._makes_layer(i)
                   or acts.get(id(i)) is not None for i in items):
            return None  # (checked before any item is registered: nothing is left half made)
        elements: List[Layer] = []
        for i, item in enumerate(items):
            act = acts.get(id(item))
            if act is not None:
                elements.append(Layer(node_key(item), "activation", "act", item, f"{name}[{i}]", act=act,
                                      owner=cls.name if cls else None))
                continue
            sub = self.layer_from(item, cls, name=f"{name}[{'i' if isinstance(value, ast.ListComp) else i}]")
            if sub is None:
                return None
            elements.append(sub)
        if isinstance(value, ast.ListComp):
            elements[0].repeated = True
        # (a literal list that holds activations or blocks applying their own, `[Dense(784, 512), Activation(
        # sigmoid), ...]`, is a network in order: a loop over it applies the chain; one of bare layers only,
        # `[nn.Dense(256), nn.Dense(128)]`, is applied one layer per pass, the loop body adding the activation)
        in_order = isinstance(value, ast.List) and any(e.kind in ("act", "block") for e in elements)
        layer = Layer(node_key(value), LAYER_LIST, "container", value, name, elements=elements,
                      owner=cls.name if cls else None, in_order=in_order)
        self.register(layer)
        return layer

    def _listed_activation(self, item: ast.expr, cls: Optional[Class]) -> Optional[Act]:
        """The activation a name written as an item of a layer list stands for: a framework function (`jnn.relu`),
        or a parameter of the constructor or function being walked whose default names one."""
        act = act_from_reference(self.ev, item)
        fn = self.current_fn
        if act is None and isinstance(item, ast.Name) and fn is not None and item.id in fn.params:
            act = self.activation_value(item, fn.node, cls) if cls is not None and fn.cls is cls \
                else self.parameter_activation(item.id)
        return act

    def append_layer(self, container: Layer, item: ast.expr, cls: Optional[Class], loops: _Loops) -> None:
        """self.layers = nn.ModuleList(); self.layers.append(nn.Linear(...)) (or a layer bound to a name first),
        in a loop: the container holds that layer, repeated once per pass."""
        if container.kind != "container" or not container.type_name.endswith("ModuleList"):
            return
        layer = self.scope_layers.get(item.id) if isinstance(item, ast.Name) else self.layer_from(item, cls)
        if layer is None or layer.kind == "container":
            container.complete = False  # (something the model does not know went in)
            return
        if any(el is layer for el in container.elements):
            return
        if loops:
            layer.repeated = True
        container.elements.append(layer)

    def append_to_list(self, name: str, item: ast.expr, func: Optional[Function], cls: Optional[Class],
                       loops: _Loops) -> None:
        """`network = []; network.append(Dense(784, 100)); network.append(ReLU()); ...` (a from-scratch course's
        network): the list holds those layers in append order, as a plain list of layers (its loop, `for layer in
        network: x = layer.forward(x)`, applies them). Something that is no layer makes it an incomplete list."""
        container = self.open_lists[name]
        layer = self.scope_layers.get(item.id) if isinstance(item, ast.Name) else \
            self.layer_from(item, cls) if isinstance(item, ast.Call) else None
        if layer is None or layer.kind == "container":
            container.complete = False
            return
        if container.key not in self.m.layers:
            self.register(container)
            if func is None:
                self.m.module_level_models[name] = container
            else:
                self.scope_layers[name] = container
        if loops:
            layer.repeated = True
        container.elements.append(layer)

    def _makes_layer(self, call: ast.Call) -> bool:
        """Whether layer_from makes a layer of this call that is no container (the same tests, nothing registered)."""
        q = self.ev.qname(call.func)
        if q is None:
            return False
        last = q.rsplit(".", 1)[-1]
        if last in CONTAINERS:
            return False
        if act_module(self.ev, call) is not None or _layer_kind(q) != "other":
            return True
        return isinstance(call.func, ast.Name) and call.func.id in self.m.classes

    def keras_chain(self, elements: List[Layer]) -> None:
        """The fan-ins of a Keras Sequential model's Dense / ConvND layers from the layer before each: a Dense
        takes the units of the Dense before it, a conv the filters of the conv before it (through pooling,
        dropout, normalisation and activations, which keep them; global pooling turns channels into features)."""
        features: Optional[float] = None  # what the layer before gives: units of a Dense, filters of a conv
        conv = False
        # the spatial sizes of a conv stack's output, from the first layer's `input_shape` through each conv's
        # and pooling's strides: what a Flatten turns into the next Dense's fan-in (Nature DQN's 8 x 8 x 64)
        spatial: Optional[List[float]] = None
        for i, el in enumerate(elements):
            last = el.type_name.rsplit(".", 1)[-1]
            node = el.node
            kws = {k.arg: k.value for k in node.keywords if k.arg is not None} if isinstance(node, ast.Call) else {}
            pos = positional(node) if isinstance(node, ast.Call) else []
            if i == 0 and last in ("Conv1D", "Conv2D", "Conv3D") and "input_shape" in kws \
                    and string_value(kws.get("data_format")) != "channels_first":
                shape = self.ev.tuple_items(kws["input_shape"])
                dims = [self.ev.number(e) for e in shape] if shape else []
                if len(dims) == int(last[4]) + 1 and all(d is not None and d > 0 for d in dims[:-1]):
                    spatial = [float(d) for d in dims[:-1]]  # type: ignore[arg-type]
            if el.kind == "linear" and isinstance(node, ast.Call) and last in ("Dense", "Conv1D", "Conv2D", "Conv3D"):
                if el.in_features is None and features is not None and conv == (last != "Dense"):
                    el.in_features = keras_fan_in(self.ev, last, pos, kws, features)
                width = pos[0] if pos else kws.get("units" if last == "Dense" else "filters")
                features, conv = (self.ev.number(width) if width is not None else None), last != "Dense"
                spatial = self._keras_strided(spatial, pos[1] if len(pos) > 1 else kws.get("kernel_size"),
                                              kws.get("strides"), kws.get("padding")) if conv else None
            elif last.startswith(("GlobalAveragePooling", "GlobalMaxPooling")) and conv:
                conv, spatial = False, None
            elif last.startswith(("MaxPooling", "AveragePooling")) and conv:
                size = pos[0] if pos else kws.get("pool_size")
                spatial = self._keras_strided(spatial, size if size is not None else ast.Constant(2),
                                              kws.get("strides") or size, kws.get("padding"))
            elif last == "Flatten" and conv:
                flat = features
                for d in spatial or ():
                    flat = flat * d if flat is not None else None
                features, conv, spatial = (flat if spatial is not None else None), False, None
            elif not (el.kind in ("act", "norm") or last.startswith(_KERAS_KEEP)):
                features, spatial = None, None

    def _keras_strided(self, spatial: Optional[List[float]], kernel: Optional[ast.expr], strides: Optional[ast.expr],
                       padding: Optional[ast.expr]) -> Optional[List[float]]:
        """The spatial sizes after a Keras conv or pooling layer: ceil(n / s) with padding "same", floor((n - k) /
        s) + 1 with "valid" (the default)."""
        if spatial is None:
            return None
        n = len(spatial)

        def per_dim(node: Optional[ast.expr], default: float) -> Optional[List[Optional[float]]]:
            if node is None:
                return [default] * n
            if isinstance(node, (ast.Tuple, ast.List)):
                values = [self.ev.number(e) for e in _elements(node)]
                return values if len(values) == n else None
            return [self.ev.number(node)] * n

        ks, ss = per_dim(kernel, 1.0), per_dim(strides, 1.0)
        mode = string_value(padding) if padding is not None else "valid"
        if ks is None or ss is None or mode not in ("same", "valid") or any(x is None or x <= 0 for x in ks + ss):
            return None
        out: List[float] = []
        for size, k, st in zip(spatial, ks, ss):
            assert k is not None and st is not None
            out.append(float(math.ceil(size / st)) if mode == "same" else float(math.floor((size - k) / st) + 1))
        return out if all(x > 0 for x in out) else None

    def torch_fan_in(self, last: str, pos: List[ast.expr], kws: Dict[str, ast.expr],
                     number: Optional[Callable[[ast.expr], Optional[float]]] = None) -> Optional[float]:
        """The fan-in torch.nn.init computes for a layer's weight, when its constructor's arguments are numbers:
        in_features for Linear, in_channels / groups x the kernel's size for ConvNd (a 3-channel 7x7 stem has
        fan-in 147, not 3). Lazy layers and transposed convolutions (fan-in from out_channels) give None.
        `number` reads the sizes (default: the evaluator's numbers; typical_number for the typical fan-in)."""
        number = number or self.ev.number
        # (the first argument written positionally or by its name: `nn.Linear(in_features=512 * 7 * 7, ...)`)
        if last in ("Linear", "Bilinear"):
            first = pos[0] if pos else kws.get("in1_features" if last == "Bilinear" else "in_features")
            return number(first) if first is not None else None
        if last not in ("Conv1d", "Conv2d", "Conv3d"):
            return None
        first = pos[0] if pos else kws.get("in_channels")
        in_channels = number(first) if first is not None else None
        kernel = pos[2] if len(pos) > 2 else kws.get("kernel_size")
        groups_node = pos[6] if len(pos) > 6 else kws.get("groups")
        groups = 1.0 if groups_node is None else number(groups_node)
        if in_channels is None or kernel is None or not groups:
            return None
        dims = int(last[4])
        if isinstance(kernel, (ast.Tuple, ast.List)):
            sizes = [number(e) for e in _elements(kernel)]
        else:
            sizes = [number(kernel)] * dims
        if len(sizes) != dims:
            return None
        size = 1.0
        for k in sizes:
            if k is None:
                return None
            size *= k
        return in_channels / groups * size

    def container_items(self, node: ast.Call) -> List[ast.expr]:
        items: List[ast.expr] = []
        n_positional = len(positional(node))
        for a in source_order_args(node):
            v = a.value
            if a.star == "*" and isinstance(v, (ast.List, ast.Tuple)):
                items.extend(_elements(v))
            elif a.star == "*" and isinstance(v, ast.Call) and isinstance(v.func, ast.Name):
                if v.func.id in ("list", "tuple") and len(v.args) == 1 and not v.keywords \
                        and isinstance(v.args[0], ast.Call) and isinstance(v.args[0].func, ast.Name):
                    v = v.args[0]  # nn.Sequential(*list(gen_layers(n_in))): what the generator yields
                items.extend(self.helper_list_items(v))  # nn.Sequential(*block(channels, 16), *block(16, 32))
            elif a.star == "*" and isinstance(v, (ast.ListComp, ast.GeneratorExp)) and _kept_items(v) is not None:
                # nn.Sequential(*[m for m in [nn.Linear(a, b), nn.BatchNorm1d(b) if bn else None, nn.ReLU()] if m is
                # not None]): the listed layers, a switched one as when it is on
                items.extend(_kept_items(v) or [])
            elif a.star == "*" and isinstance(v, (ast.ListComp, ast.GeneratorExp)):
                items.append(v)  # nn.Sequential(*[nn.Sequential(nn.Linear(d, d), nn.ReLU()) for _ in range(n)])
            elif isinstance(v, ast.Name) and (a.star == "*" or a.star == "" and a.keyword is None and n_positional == 1
                                              and (self.ev.qname(node.func) or "").rsplit(".", 1)[-1] == "Sequential"):
                # layers = []; layers.append(...); nn.Sequential(*layers), hk.Sequential(layers) (a list argument)
                items.extend(_list_built(self.body, v.id, node, self.looped_items))
            elif isinstance(v, (ast.List, ast.Tuple)) and (
                    (a.keyword is None and n_positional == 1) or (a.keyword is not None and a.keyword == "layers")):
                # nn.Sequential([...]) / keras.Sequential([...], name="mlp") / keras.Sequential(layers=[...])
                items.extend(_elements(v))
            elif isinstance(v, ast.Call) and self.ev.qname(v.func) in ("collections.OrderedDict", "OrderedDict") \
                    and (v.args or v.keywords):
                inner = first_arg_value(v)
                if isinstance(inner, (ast.List, ast.Tuple)):
                    for e in _elements(inner):
                        if isinstance(e, ast.Tuple) and len(e.elts) == 2:
                            second = e.elts[1]
                            items.append(second.value if isinstance(second, ast.Starred) else second)
                elif isinstance(inner, ast.Dict):  # OrderedDict({'conv1': nn.Conv2d(...), ...})
                    items.extend(val for k, val in zip(inner.keys, inner.values) if k is not None)
            elif isinstance(v, ast.Dict):
                items.extend(val for k, val in zip(v.keys, v.values) if k is not None)
            elif a.keyword is None and a.star == "":
                items.append(v)
        return items

    def helper_list_items(self, call: ast.Call) -> List[ast.expr]:
        """The layers a helper returns as a list (`block = [nn.Conv2d(in_filters, out_filters, 3, 2, 1),
        nn.LeakyReLU(0.2)]; if bn: block.append(...); return block`), once per call, with the call's arguments
        put in for the helper's parameters (so each call's layers have that call's sizes)."""
        assert isinstance(call.func, ast.Name)
        fn = self.m.functions.get(call.func.id)
        if fn is None or fn.cls is not None and fn.parent is None:
            return []
        returned = [n.value for n in fn.node.body if isinstance(n, ast.Return) and n.value is not None]
        yielded = [n.value for n in walk(fn.node) if isinstance(n, ast.Yield) and isinstance(n.value, ast.Call)] \
            if not returned else []
        if len(returned) != 1 and not yielded:
            return []
        ret = returned[0] if returned else None
        elements: List[ast.expr] = []
        if yielded:
            # def gen_layers(n_in): for n_out in hidden: yield nn.Linear(n_in, n_out); yield nn.ReLU(): the
            # layers in the order one pass yields them
            elements = sorted(yielded, key=lambda e: (e.lineno, e.col_offset))
        elif isinstance(ret, (ast.List, ast.Tuple)):
            elements = list(_elements(ret))
        elif isinstance(ret, ast.Name):
            for n in walk(fn.node):
                if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                        and n.targets[0].id == ret.id and isinstance(n.value, (ast.List, ast.Tuple)):
                    elements.extend(_elements(n.value))
                elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "append" \
                        and isinstance(n.func.value, ast.Name) and n.func.value.id == ret.id and len(n.args) == 1:
                    elements.append(n.args[0])
        if not elements or len(elements) > 20:
            return []
        a = fn.node.args
        params = [p.arg for p in a.posonlyargs + a.args]
        bound: Dict[str, ast.expr] = dict(param_defaults(fn.node))
        for i, v in enumerate(call.args):
            if isinstance(v, ast.Starred):
                return []
            if i < len(params):
                bound[params[i]] = v
        bound.update({k.arg: k.value for k in call.keywords if k.arg is not None})
        return [_substituted(e, bound) for e in elements]

    def activation_value(self, value: ast.expr, fn: FuncDef, cls: Class) -> Optional[Act]:
        """The activation a value stands for when it comes from a parameter's default: the parameter itself
        (`activation=F.relu`), its class called (`act_layer=nn.ReLU` ... `act_layer()`), a string looked up
        (`keras.activations.get(activation)`, `getattr(F, activation)`), or a module-level helper that maps
        the string to a function (`if activation == "relu": return F.relu`). A parameter that a call of the
        class in this file sets (`Block(64, act_layer=nn.Tanh)`) has no single value: None."""
        if isinstance(value, ast.Call):
            heads = [value.func, *value.args[-1:]]
        elif isinstance(value, ast.Name):
            heads = [value]
        else:
            return None
        names = {h.id for h in heads if isinstance(h, ast.Name)}
        if not names:
            return None
        defaults = self.param_defaults(fn)
        used = names & set(defaults)
        if not used:
            return None  # (most assignments: no parameter with a default in the value)
        act = self._default_activation(value, defaults)
        if act is None:
            # activation=None by default, set where the class is built (`MyDense(30, activation="relu")`,
            # `MyDense(1)` for the output): the activation the calls that set one agree on
            if not all(_is_none(defaults[k]) for k in used):
                return None
            acts = {self._default_activation(value, {**defaults, k: passed})
                    for k in used for passed in self._passed_at_calls(cls.name, fn, k) if passed is not None}
            acts.discard(None)
            return acts.pop() if len(acts) == 1 else None
        # each call's value in place of the default (a call that leaves it out: the default): one activation
        # all calls agree on (`MlpBlock(..., activation_fn=nn.relu)` everywhere), or no single answer
        n_calls = len(self.calls_of(cls.name, self.m.module_definition(cls.name, cls.node))) \
            if cls.name + "(" in self.source.text else 0
        seen: Set[Optional[Act]] = set()
        for k in used:
            passed_at_calls = self._passed_at_calls(cls.name, fn, k)
            passed_all = [passed for passed in passed_at_calls if passed is not None]
            if len(passed_all) < len(passed_at_calls):
                return None  # a call whose value cannot be told
            seen.update(self._default_activation(value, {**defaults, k: passed}) for passed in passed_all)
            if len(passed_all) < n_calls:
                seen.add(act)
        if not seen:
            return act
        return seen.pop() if len(seen) == 1 and None not in seen else None

    def param_defaults(self, fn: FuncDef) -> Dict[str, ast.expr]:
        """`param_defaults(fn)`, made once per function (the caller must not change it)."""
        found = self._defaults_of.get(id(fn))
        if found is None:
            found = self._defaults_of[id(fn)] = param_defaults(fn)
        return found

    def _activation_parameter(self, value: ast.Name, fn: FuncDef, cls: Class) -> bool:
        """A constructor parameter that holds an activation: its default names one, or a call of the class
        in this file passes one."""
        defaults = self.param_defaults(fn)
        if self._default_activation(value, defaults) is not None:
            return True
        # (`nn.ReLU() if i != n_layer - 1 else None`: either arm may be an instance's)
        return any(self._default_activation(value, {**defaults, value.id: option}) is not None
                   for passed in self._passed_at_calls(cls.name, fn, value.id) if passed is not None
                   for option in ((passed.body, passed.orelse) if isinstance(passed, ast.IfExp) else (passed,)))

    def _default_activation(self, value: ast.expr, defaults: Dict[str, ast.expr]) -> Optional[Act]:
        if isinstance(value, ast.Name) and value.id in defaults:
            d = defaults[value.id]
            return act_from_reference(self.ev, d) if not isinstance(d, ast.Constant) or isinstance(d.value, str) else None
        if not isinstance(value, ast.Call):
            return None
        f = value.func
        if isinstance(f, ast.Name) and f.id in defaults and not value.args and not value.keywords:
            return act_class_reference(self.ev, defaults[f.id])  # act_layer()
        given = value.args[-1] if value.args else None
        if isinstance(given, ast.Name) and given.id in defaults:
            given = defaults[given.id]
        name = string_value(given)
        if name is None:
            return None
        q = self.ev.qname(f) or ""
        if q.endswith("activations.get") or (isinstance(f, ast.Name) and f.id == "getattr" and len(value.args) == 2):
            return act_from_string(given)
        helper = self._module_functions().get(f.id) if isinstance(f, ast.Name) else None
        if helper is None and _activation_factory(q or dotted(f) or ""):
            # get_activation_function(activation) from another module of the project (a from-scratch
            # framework's activations.py), timm's get_act_layer: a factory named for activations maps the string
            # to the activation it names
            return act_from_string(given)
        if helper is None or not helper.args.args:
            return None
        param = helper.args.args[0].arg
        for n in walk(helper):
            # if activation == "relu": return F.relu
            if isinstance(n, ast.If) and isinstance(n.test, ast.Compare) and len(n.test.ops) == 1 \
                    and isinstance(n.test.ops[0], (ast.Eq, ast.Is)) and isinstance(n.test.left, ast.Name) \
                    and n.test.left.id == param and string_value(n.test.comparators[0]) == name \
                    and n.body and isinstance(n.body[0], ast.Return) and n.body[0].value is not None:
                ret = n.body[0].value
                return act_from_reference(self.ev, ret) or act_class_reference(self.ev, ret)
        return None

    def returned_initializer(self, name: str) -> Optional[Tuple[ast.expr, Dist]]:
        """The initializer expression a module-level helper returns (the first return whose value is an
        initializer of a known family; `if uniform: return random_uniform_initializer(-r, r) else: ...`); or one
        defined in the function being walked, or a function around it (`def xavier(): return
        tf.contrib.layers.xavier_initializer()` inside `def model(X, Y)`)."""
        fn = self._module_functions().get(name) or self._enclosing_def(name)
        if fn is None:
            return None
        token = self.ev.push_scope(*self.param_values(fn))
        try:
            for n in walk(fn):
                if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                    self.ev.bind_formula(n.targets[0].id, n.value)
            for n in sorted((r for r in walk(fn) if isinstance(r, ast.Return)), key=lambda r: r.lineno):
                d = self.ev.initializer(n.value) if n.value is not None else None
                if n.value is not None and d is not None:
                    return n.value, d
        finally:
            self.ev.pop_scope(token)
        return None

    def _enclosing_def(self, name: str) -> Optional[FuncDef]:
        """The last `def name` written as a statement of the body of the function being walked (or of a function
        around it, innermost first), before the statement being walked."""
        fn = self.current_fn
        while fn is not None:
            found = None
            for st in fn.node.body:
                if st.lineno >= self.line:
                    break
                if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)) and st.name == name:
                    found = st
            if found is not None:
                return found
            fn = fn.parent
        return None

    def returned_draw(self, name: str) -> Optional[Tuple[ast.expr, Dist]]:
        """The tensor a module-level function with an initializer's signature (`shape` first, or a `dtype`
        parameter) returns, when it is a draw or a fill the evaluator values (its only return)."""
        fn = self._module_functions().get(name)
        if fn is None:
            return None
        params = [p.arg for p in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs]
        if params[:1] != ["shape"] and "dtype" not in params:
            return None
        returns = [r for r in walk(fn) if isinstance(r, ast.Return) and r.value is not None]
        if len(returns) != 1 or returns[0].value is None:
            return None
        token = self.ev.push_scope(*self.param_values(fn))
        try:
            # values = rng.normal(0, 1e-2, size=shape); return K.variable(values): the local the return wraps is
            # the draw, as in a helper the evaluator inlines
            stores = [n.id for n in walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
            drawn: Dict[int, ast.expr] = {}
            for stmt in fn.body:
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) \
                        and stores.count(stmt.targets[0].id) == 1:
                    self.ev.bind_tensor(stmt.targets[0].id, stmt.value)
                    drawn[id(stmt.value)] = stmt.value
            d = self.ev.value(returns[0].value)
        finally:
            self.ev.pop_scope(token)
        if d is None or d.kind not in ("normal", "uniform", "zeros", "constant"):
            return None
        # (reported at the local's draw where the return wraps one; else at the returned expression)
        return drawn.get(id(d.node), returns[0].value), d

    def passed_initializer(self, call: ast.Call, returned: ast.expr) -> Optional[Dist]:
        """The initializer a helper returns, with the numbers this call passes for its parameters bound
        (`trunc_normal(1.0)`); None when the call passes none of the numbers the returned expression reads."""
        fn = self._module_functions().get(call.func.id) if isinstance(call.func, ast.Name) else None
        if fn is None:
            return None
        values, defaults = self.param_values(fn)
        a = fn.args
        params = [p.arg for p in a.posonlyargs + a.args]
        read = {n.id for n in walk(returned) if isinstance(n, ast.Name)}
        bound = False
        for i, p in enumerate(params):
            given = arg(call, i, p)
            number = self.ev.number(given) if given is not None and p in read else None
            if number is not None:
                values[p], bound = number, True
                defaults.pop(p, None)
        if not bound:
            return None
        token = self.ev.push_scope(values, defaults)
        try:
            return self.ev.initializer(returned)
        finally:
            self.ev.pop_scope(token)

    def init_object(self, node: ast.expr) -> Optional[ast.expr]:
        """The initializer object a local name or a `self.` attribute is bound to (`initializer =
        tf.contrib.layers.xavier_initializer()`), where the code calls it to draw (`initializer([n, m])`)."""
        if type(node) is ast.Name:
            return self.local_inits.get(node.id)  # type: ignore[attr-defined]
        attr = _self_attr(node)
        cls = self.current_cls
        return cls.field_inits.get(attr) if attr and cls is not None else None

    def helper_return(self, name: str) -> Optional[Tuple[FuncDef, ast.expr]]:
        """A module-level helper made of one `return <call>` (after a docstring, at most two statements
        before it: `initial = tf.truncated_normal(shape, stddev=0.1); return tf.Variable(initial)`), with the
        expression it returns: values flow through it (`W = weight_variable([784, 256])`). None for anything
        else, or a helper whose text mentions no initializer word."""
        # (a method of the class being built, defined before or after the caller, is cached per class; a static
        # one is not called with its receiver's arguments bound as here)
        key = self._helper_key(name)
        if key in self._helper_returns:
            return self._helper_returns[key]
        found: Optional[Tuple[FuncDef, ast.expr]] = None
        fn, method = self._helper_def(name)
        if name.startswith("self.") and not method:
            fn = None
        name = key
        if fn is not None:
            body = [b for b in fn.body if not (isinstance(b, ast.Expr) and _is_str(b.value))]
            last = body[-1] if body else None
            value = last.value if isinstance(last, ast.Return) else None
            # (`return x` only of a name the body draws into: nothing else flows out of it)
            if len(body) <= 3 and isinstance(value, (ast.Call, ast.BinOp, ast.Tuple, ast.Name)) \
                    and (not isinstance(value, ast.Name) or any(isinstance(b, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == value.id for t in b.targets) for b in body[:-1])) \
                    and not any(isinstance(n, ast.Return) for b in body[:-1] for n in walk(b)) \
                    and not (isinstance(value, ast.Name) and _self_normalised(body[:-1], value.id)) \
                    and may_fire(self.source.segment(fn) or ""):
                found = (fn, value)
        self._helper_returns[name] = found
        return found

    def wrapping_helper(self, name: str) -> Optional[Tuple[FuncDef, int, str, str]]:
        """A helper that makes a trained variable of what a parameter gives it: `return tf.Variable(initial)`,
        or a local that holds the parameter on some path (`if pretrained: value = loaded[name] else: value =
        initial_value`) wrapped on another (`var = tf.Variable(value)` where the other arm makes a constant) and
        returned. (the def, the parameter's position among a call's arguments, its name, the wrapper's kind),
        or None; a wrapper told not to train (`trainable=False`) makes none."""
        key = self._helper_key(name)
        if key in self._wrapping_helpers:
            return self._wrapping_helpers[key]
        fn, method = self._helper_def(name)
        if name.startswith("self.") and not method:
            fn = None
        found: Optional[Tuple[FuncDef, int, str, str]] = None
        if fn is not None and len(fn.body) <= 12 and not fn.decorator_list \
                and any(w + "(" in self.source.segment(fn) for w in _WRAPPER_LAST_NAMES):
            params = [p.arg for p in fn.args.posonlyargs + fn.args.args][1 if method else 0:]
            found = self._wrapped_parameter(fn, params)
        self._wrapping_helpers[key] = found
        return found

    def _wrapped_parameter(self, fn: FuncDef, params: List[str]) -> Optional[Tuple[FuncDef, int, str, str]]:
        """`wrapping_helper` for one def: the first parameter whose value reaches a returned trained wrapper. (One
        walk of the def; most defs call no wrapper at all and are done with there.)"""
        assigns: List[ast.Assign] = []
        returned: Set[str] = set()
        direct: List[ast.Call] = []
        wraps = False
        for n in walk(fn):
            t = type(n)
            if t is ast.Assign:
                if len(n.targets) == 1 and type(n.targets[0]) is ast.Name:  # type: ignore[attr-defined]
                    assigns.append(n)  # type: ignore[arg-type]
            elif t is ast.Return:
                value = n.value  # type: ignore[attr-defined]
                if type(value) is ast.Name:
                    returned.add(value.id)  # type: ignore[union-attr]
                elif type(value) is ast.Call:
                    direct.append(value)  # type: ignore[arg-type]
            elif t is ast.Call and (last_name(n.func) or "") in _WRAPPER_LAST_NAMES:  # type: ignore[attr-defined]
                wraps = True
        if not wraps:
            return None
        for i, p in enumerate(params):
            holders = {p}
            for a in assigns:  # value = initial_value (in one arm), in order
                if type(a.value) is ast.Name and a.value.id in holders:  # type: ignore[attr-defined]
                    holders.add(a.targets[0].id)  # type: ignore[attr-defined]
            made = [a.value for a in assigns if type(a.value) is ast.Call and a.targets[0].id in returned] + direct  # type: ignore[attr-defined]
            for call in made:
                kind = self._trained_wrapper(call, holders)  # type: ignore[arg-type]
                if kind is not None:
                    return fn, i, p, kind
        return None

    def _trained_wrapper(self, call: ast.Call, holders: Set[str]) -> Optional[str]:
        """The kind of trained wrapper `call` is when it wraps one of `holders` (`tf.Variable(value, name=n)`)."""
        q = self.ev.qname(call.func)
        kind = _TRAINED_WRAPPERS.get(q or "")
        if kind is None:
            return None
        inner = arg(call, 0, "data", "initial_value", "value")
        if not (isinstance(inner, ast.Name) and inner.id in holders):
            return None
        flag = arg(call, None, "trainable") or arg(call, None, "requires_grad")
        if isinstance(flag, ast.Constant) and flag.value is False:
            return None
        return kind

    def _helper_key(self, name: str) -> str:
        """What the answers about the helper a call of `name` runs are cached under (a method: per class)."""
        cls = self.current_cls
        return f"{cls.key}.{name}" if cls is not None and name.startswith("self.") else name

    def _helper_def(self, name: str) -> Tuple[Optional[FuncDef], bool]:
        """The def a call of `name` runs (`self.m` a method of the class being built, `f` a module-level
        function), and whether the call's receiver is its first parameter (None for a method that is neither
        static nor a plain `def m(self, ...)`)."""
        if not name.startswith("self."):
            return self._module_functions().get(name), False
        cls = self.current_cls
        fn = self._class_defs(cls.node).get(name[5:]) if cls is not None else None
        if fn is not None and decorated_with(fn, "staticmethod"):
            return fn, False
        if fn is None or fn.decorator_list or not fn.args.args or fn.args.args[0].arg != "self":
            return None, False
        return fn, True

    def _class_defs(self, node: ast.ClassDef) -> Dict[str, FuncDef]:
        """The first `def` of each name in a class body, made once per class (every `self.X(...)` a method calls
        asks for its class's def of X, and most X are layers, not methods)."""
        found = self._defs_of_class.get(id(node))
        if found is None:
            found = self._defs_of_class[id(node)] = {}
            for n in node.body:
                if type(n) is ast.FunctionDef or type(n) is ast.AsyncFunctionDef:
                    found.setdefault(n.name, n)  # type: ignore[union-attr]
        return found

    def helper_dispatch(self, name: str) -> Optional[Dispatch]:
        """A helper that picks its draw by a string parameter: statements that bind locals or check the argument,
        then `if method == "xavier": ... return <draw> elif method == "he": ... return <draw>` (an arm of at
        most four statements ending in a return; an else arm that raises or returns is no string's). The
        course layer's `_initialize_weights(self, method)`, a module's `init_weight(shape, kind="normal")`."""
        key = self._helper_key(name)
        if key in self._helper_dispatches:
            return self._helper_dispatches[key]
        fn, method = self._helper_def(name)
        found: Optional[Dispatch] = None
        if fn is not None:
            body = [b for b in fn.body if not (isinstance(b, ast.Expr) and _is_str(b.value))]
            while body and isinstance(body[-1], ast.Raise):
                body = body[:-1]
            # the dispatch: the trailing if/elif chains (`if k == "a": return ...` then `if k == "b": ...`)
            chains: List[List[Tuple[str, str, List[ast.stmt]]]] = []
            while body and isinstance(body[-1], ast.If):
                found_arms = _string_arms(body[-1])
                if found_arms is None:
                    break
                chains.insert(0, found_arms)
                body = body[:-1]
            pre = body
            params = param_names(fn)
            arms: Dict[str, Tuple[Sequence[ast.stmt], ast.expr]] = {}
            tested = {name for chain_arms in chains for name, _, _ in chain_arms}
            for chain_arms in chains:
                for _, literal, stmts in chain_arms:
                    returned = stmts[-1].value  # type: ignore[attr-defined]
                    arms.setdefault(literal, (pre + stmts[:-1], returned))
            if len(arms) >= 2 and len(tested) == 1 and tested <= params \
                    and not any(isinstance(n, (ast.Return, ast.If)) for b in pre for n in walk(b)) \
                    and may_fire(self.source.segment(fn) or ""):
                found = Dispatch(fn, tested.pop(), arms, method)
                self.m.dispatch_helpers.add(id(fn))
        self._helper_dispatches[key] = found
        return found

    def string_param(self, name: str) -> Optional[str]:
        """The string a parameter of the function being built holds: its string default, where the body never
        rebinds it and every call of the function (of the class, for a constructor) in this file leaves it out
        or passes that same string (`DenseLayer(784, 128, weight_init="xavier")` for `weight_init="xavier"`)."""
        fn = self.current_fn
        if fn is None or name not in fn.params or fn.parent is not None:
            return None
        value = string_value(self.param_defaults(fn.node).get(name))
        if value is None or any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
                                for n in walk(fn.node.body)):
            return None
        if fn.cls is not None and fn.name != "__init__":
            if not class_level_method(fn.node):
                return None  # (a method is called through objects this file may build anywhere)
            # (a classmethod or staticmethod builder, `Network.build(num_inputs=2, activation="tanh")`: called
            # through its class, so every `.build(` call of the file is one of its calls)
            passed = passed_at_attribute_calls(self.m, fn, name)
        elif fn.cls is not None:
            passed = self._passed_at_calls(fn.cls.name, fn.node, name)
        else:
            passed = self._passed_at_calls(fn.name, fn.node, name, method=False)
        return value if all(p is not None and string_value(p) == value for p in passed) else None

    def _builds_layer(self, name: str) -> bool:
        """Whether the module-level function `name` constructs a framework layer (fairseq's `def Linear(...): m =
        nn.Linear(...); ...; return m`): a call of it makes that layer. A helper that computes a layer's output
        from its own arrays (`def dense(x, n_in, n_out)` in NumPy) does not."""
        found = self._layer_builders.get(name)
        if found is None:
            fn = self._module_functions()[name]
            found = self._layer_builders[name] = any(
                isinstance(n, ast.Call) and "." in (q := self.ev.qname(n.func) or "") and _layer_kind(q) != "other"
                for n in walk(fn.body))
        return found

    def _module_functions(self) -> Dict[str, FuncDef]:
        """The module's top-level functions by name, defined before or after the class that uses them."""
        if self._top_functions is None:
            self._top_functions = {}
            for n in self.m.module.body:
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self._top_functions[n.name] = n
                elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                        and isinstance(n.value, ast.Lambda):
                    # trunc_normal = lambda stddev: init_ops.truncated_normal_initializer(0.0, stddev) (TF-slim's
                    # nets): a one-line helper, as `def trunc_normal(stddev): return ...`
                    made = ast.FunctionDef(name=n.targets[0].id, args=n.value.args,
                                           body=[ast.copy_location(ast.Return(value=n.value.body), n.value.body)],
                                           decorator_list=[], returns=None, type_comment=None)
                    self._top_functions[made.name] = ast.copy_location(made, n)
                    self._lambda_defs.append(made)  # (kept: caches are keyed by the ids of function nodes)
        return self._top_functions

    def calls_of(self, name: str, defn: Optional[ast.stmt] = None
                 ) -> List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]]:
        return self.m.calls_of(name, defn)

    def _indexed_element(self, node: ast.expr, func: Optional[Function]) -> Optional[Layer]:
        """`net[2]` of `net[2].apply(init_42)`: the element a literal index picks from a Sequential built here
        (at module level or in this function), when every item of it became an element."""
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
                and isinstance(node.slice, ast.Constant) and type(node.slice.value) is int):
            return None
        seq = self.scope_layers.get(node.value.id) if func else self.m.module_level_models.get(node.value.id)
        i = node.slice.value
        if seq is None or seq.kind != "container" or not seq.complete or not -len(seq.elements) <= i < len(seq.elements):
            return None
        return seq.elements[i]

    def _applied(self, fn_name: str, obj: str, shown: str, func: Optional[Function], cls: Optional[Class],
                 element: Optional[Layer] = None) -> None:
        """`obj.apply(fn_name)` at this statement: recorded for the model, and for the class when it applies the
        visitor to itself (it runs at construction); `element`, the layer `obj` indexes (`net[2]`)."""
        self.m.applied_fns.add(fn_name)
        self.m.applied_at.setdefault(fn_name, []).append((self.order, _fid(func), obj))
        self.m.applications.append((self.order, _fid(func), shown, fn_name, self.line))
        attr = obj[5:] if obj.startswith("self.") and cls is not None else None
        held = element or (cls.attrs.get(attr) if cls is not None and attr else self.scope_layers.get(obj) if func
                           else self.m.module_level_models.get(obj))  # (a notebook's `block1.apply(init)` at module level)
        self.m.applied_to.setdefault(fn_name, []).append(held)
        if cls is not None and obj == "self":
            cls.applied_fns.add(fn_name)
            cls.init_called.add(fn_name)

    def _walks_modules_of_first_param(self, name: str) -> bool:
        """Whether the module-level function `name` loops over its first parameter's modules (`for m in
        module.modules()`, `for _, m in net.named_modules()`, `for m in model.children()`)."""
        known = self._module_walkers.get(name)
        if known is None:
            known = self._module_walkers[name] = self._walks_modules_uncached(name)
        return known

    def _walks_modules_uncached(self, name: str) -> bool:
        fn = self._module_functions().get(name)
        params = fn.args.posonlyargs + fn.args.args if fn is not None else []
        if not params:
            return False
        first = params[0].arg
        for n in walk(fn):  # type: ignore[arg-type]
            if type(n) is ast.For and type(n.iter) is ast.Call:  # type: ignore[attr-defined]
                f = n.iter.func  # type: ignore[attr-defined]
                if isinstance(f, ast.Attribute) and f.attr in MODULE_ITER and isinstance(f.value, ast.Name) \
                        and f.value.id == first:
                    return True
        return False

    @staticmethod
    def _visited_per_module(call: ast.Call, loops: _Loops) -> Optional[str]:
        """`self.weight_init(m)` / `weight_init(m)` with `m` the variable of an enclosing `for m in
        self.modules()`: the visitor's name."""
        if len(call.args) != 1 or call.keywords or not isinstance(call.args[0], ast.Name):
            return None
        f = call.func
        name = f.attr if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self" \
            else f.id if isinstance(f, ast.Name) else None
        var = call.args[0].id
        if name is None or not any(var in lp.var_names and _over_own_modules(lp.node) for lp in loops):
            return None
        return name

    def flag_arm_inits(self, stmt: ast.If, func: Function) -> None:
        """`if use_xavier: initializer = xavier_initializer() else: initializer = truncated_normal_initializer(...)`:
        the initializer the default's arm binds (`default_flag_arm`) is the one the name holds after the `if` (the
        walk of the chain left the last arm's)."""
        arm = self.default_flag_arm(stmt, func.node)
        for st in arm or ():
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and st.targets[0].id in self.local_inits and self.ev.initializer(st.value) is not None:
                self.local_inits[st.targets[0].id] = st.value

    def dispatched_inits(self, chain: ast.If, func: Function) -> None:
        """`if initialization == 'zeros': kernel_initializer = 'zeros' elif initialization == 'he': kernel_initializer
        = 'he_uniform'`, with `initialization` a parameter of the function: the arms some call selects (a string a
        call of this file passes, or the default) are the initializers the name may hold after the chain. The last
        of them is what it holds (not the last arm written); the others are its alternatives, each judged where
        the name is passed on. Arms no call selects, and chains on anything but a parameter, change nothing."""
        found = _string_chain(chain)
        tested = {name for name, _, _ in found[0]} if found is not None else set()
        if found is None or len(tested) != 1 or not (func.cls is None or func.name == "__init__") \
                or func.parent is not None:
            return
        var = tested.pop()
        if var not in func.params:
            return
        arms = [(value, body) for _, value, body in found[0]]
        # (an arm whose initializer reads another parameter, `constant_initializer(weight_start)`, is left as it
        # was: its value is the calls', judged where they pass it)
        binds = [(value, st.targets[0].id, st.value) for value, body in arms for st in body  # type: ignore[attr-defined]
                 if type(st) is ast.Assign and len(st.targets) == 1 and type(st.targets[0]) is ast.Name  # type: ignore[attr-defined]
                 and self.ev.initializer(st.value) is not None  # type: ignore[attr-defined]
                 and not any(type(n) is ast.Name and n.id in func.params for n in walk(st.value))]  # type: ignore[attr-defined]
        if not binds:
            return  # (most chains: `if global_pool == 'avg': ...` binds no initializer)
        passed = self._passed_at_calls(func.cls.name, func.node, var) if func.cls is not None \
            else self._passed_at_calls(func.name, func.node, var, method=False)
        default = self.param_defaults(func.node).get(var)
        given = passed + [default]
        selected = {string_value(p) for p in given if p is not None} - {None}
        selected |= {v.lower() for v in selected if isinstance(v, str)}  # (a case-folded test: `init.lower() == "he"`)
        callee = func.cls.name if func.cls is not None else func.name
        n_calls = len(self.calls_of(callee, self.m.module_definition(callee, func.node))) \
            if callee + "(" in self.source.text else 0
        if any(p is not None and _is_none(p) for p in passed) \
                or default is not None and _is_none(default) and len(passed) < max(n_calls, 1):
            selected.add(NONE_ARM)  # initializer=None, passed or the default a call keeps: the `is None` arm runs
        bound: Dict[str, List[ast.expr]] = {}
        for value, name, initializer in binds:
            if value in selected:
                bound.setdefault(name, []).append(initializer)
        for name, values in bound.items():
            # (a string too, `kernel_initializer = 'zeros'`: a name bound to an initializer's name in such a chain
            # is there to be passed as one)
            self.local_inits[name] = values[-1]
            if len(values) > 1:
                self.alternative_inits[id(values[-1])] = values[:-1]

    def default_flag_arm(self, stmt: ast.If, fn: FuncDef) -> Optional[List[ast.stmt]]:
        """The arm of `if flag: ... else: ...` (or `if not flag:`) that runs where `flag` is a parameter of `fn` with
        a constant default (`use_xavier=True`) that no call of this file passes the other way; None otherwise."""
        test = stmt.test
        negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
        name = test.operand if negated else test  # type: ignore[attr-defined]
        if not isinstance(name, ast.Name) or name.id not in param_names(fn):
            return None
        default = self.param_defaults(fn).get(name.id)
        if not isinstance(default, ast.Constant):
            return None
        truth = bool(default.value)
        if any(isinstance(p, ast.Constant) and bool(p.value) != truth
               for p in self._passed_at_calls(fn.name, fn, name.id, method=False)):
            return None
        return stmt.body if truth != negated else stmt.orelse

    def _flag_arm(self, value: ast.IfExp, func: Function, cls: Class) -> Optional[ast.expr]:
        """The arm `x if flag else y` takes in a constructor whose `flag` parameter has a constant default that
        every call of the class in this file leaves as it is (or passes as the same truth value)."""
        test = value.test
        if not isinstance(test, ast.Name) or test.id not in func.params:
            return None
        default = self.param_defaults(func.node).get(test.id)
        if not isinstance(default, ast.Constant):
            return None
        truth = bool(default.value)
        for passed in self._passed_at_calls(cls.name, func.node, test.id):
            if not isinstance(passed, ast.Constant) or bool(passed.value) != truth:
                return None
        return value.body if truth else value.orelse

    def parameter_activation(self, name: str) -> Optional[Act]:
        """`def create_model(init, act="tanh"): ... Dense(100, activation=act)`: the activation a parameter of the
        module-level function being walked holds, where its default and what every call of it in this file
        passes agree (`create_model("he_normal", act="tanh")`); None otherwise."""
        fn = self.current_fn
        if fn is None or fn.cls is not None or fn.parent is not None or name not in fn.params:
            return None
        default = self.param_defaults(fn.node).get(name)
        values: List[Optional[ast.expr]] = [default] if default is not None else []
        values += self._passed_at_calls(fn.name, fn.node, name, method=False)
        acts = {act_from_reference(self.ev, v) if v is not None else None for v in values}
        return acts.pop() if len(acts) == 1 and None not in acts else None

    def _agreed_at_calls(self, func: Function, param: str) -> Optional[ast.expr]:
        """The initializer every call of the module-level function `func` in this file passes for a parameter
        that has no default (the same expression at each call), or None."""
        passed = self._passed_at_calls(func.name, func.node, param, method=False)
        first = passed[0] if passed else None
        if first is None or any(p is None or ast.dump(p) != ast.dump(first) for p in passed):
            return None
        return first if self.ev.initializer(first) is not None else None

    def _passed_alternatives(self, func: Function, param: str) -> List[ast.expr]:
        """The initializers the calls of the module-level function `func` pass for a parameter with no default,
        where they differ (one agreed by every call is `_agreed_at_calls`'): each written expression the evaluator
        knows as an initializer, once; [] where any call passes something else (a name, `*args`: not told here)."""
        passed = self._passed_at_calls(func.name, func.node, param, method=False)
        # (a call inside a loop over initializers, `for init in initializers: build(init)`: each one it passes)
        passed = [x for p in passed for x in ((self._looped_argument(p) or [p]) if isinstance(p, ast.Name) else [p])]
        if len(passed) < 2 or any(p is None or self.ev.initializer(p) is None for p in passed):
            return []
        if all(ast.dump(p) == ast.dump(passed[0]) for p in passed if p is not None):  # type: ignore[arg-type]
            return []
        return [p for p in passed if p is not None]

    def _drawn_at_calls(self, func: Function, param: str) -> Optional[ast.expr]:
        """The one random initializer the calls of the module-level function `func` pass for a parameter with
        no default, where the other calls pass constant ones (PointNet's `_variable_on_cpu(name, shape,
        initializer)`: `initializer`, a local of the caller bound to `xavier_initializer()`, for the kernels;
        `tf.constant_initializer(0.0)` for the biases). A name the caller passes is what it binds there
        (`caller_initializer`). The drawn one is judged where it is written; the constant calls are biases."""
        drawn: List[ast.expr] = []
        for call, caller, _ in self.calls_of(func.name, func.node):
            if has_star_args(call):
                return None
            params = [p.arg for p in func.node.args.posonlyargs + func.node.args.args]
            passed = arg(call, params.index(param), param) if param in params else None
            if isinstance(passed, ast.Name) and caller is not None:
                passed = self.caller_initializer(caller, passed.id)
            d = self.ev.initializer(passed) if passed is not None else None
            if d is None:
                return None
            if d.kind in ("zeros", "constant", "ones"):
                continue
            drawn.append(passed)  # type: ignore[arg-type]
        if not drawn or any(ast.dump(p) != ast.dump(drawn[0]) for p in drawn):
            return None
        return drawn[0]

    def caller_initializer(self, caller: FuncDef, name: str) -> Optional[ast.expr]:
        """The initializer a function binds to a local it passes on: its one binding, or, bound in both arms of
        `if use_xavier: ... else: ...` on a parameter with a constant default, the default's arm."""
        bound = sorted(((n, n.value) for n in walk(caller) if isinstance(n, ast.Assign) and len(n.targets) == 1
                        and isinstance(n.targets[0], ast.Name) and n.targets[0].id == name), key=lambda b: b[0].lineno)
        if len(bound) == 1:
            return bound[0][1] if self.ev.initializer(bound[0][1]) is not None else None
        if len(bound) != 2:
            return None
        for node in walk(caller):
            if isinstance(node, ast.If) and bound[0][0] in node.body and bound[1][0] in node.orelse:
                arm = self.default_flag_arm(node, caller)
                if arm is None:
                    return None
                chosen = bound[0][1] if arm is node.body else bound[1][1]
                return chosen if self.ev.initializer(chosen) is not None else None
        return None

    def _passed_at_calls(self, callee: str, fn: FuncDef, param: str, method: bool = True) -> List[Optional[ast.expr]]:
        """What the calls of `callee` (a class whose `__init__` is `fn`, or with `method` False the
        module-level function `fn`) in this file pass for a parameter: the expression, or a parameter
        default of the calling function when the call forwards its own parameter (`activation=activation`);
        None for a call whose value cannot be told (`*args`, `**kwargs`, a computed value)."""
        if callee + "(" not in self.source.text:
            return []  # (never called by name in this file: no walk for its calls)
        params = [p.arg for p in fn.args.posonlyargs + fn.args.args][1 if method else 0:]
        out: List[Optional[ast.expr]] = []
        # (of several definitions of `callee`, a notebook's, only the calls made while this one is in force)
        for call, caller, _ in self.calls_of(callee, self.m.module_definition(callee, fn)):
            known, passed = passed_for(call, params, param)
            if not known:
                out.append(None)
                continue
            if isinstance(passed, ast.Name) and caller is not None:
                passed = self.param_defaults(caller).get(passed.id, passed)  # forwarded from the caller's parameter
            elif passed is not None and caller is not None and _self_attr(passed):
                passed = self._caller_field(caller, _self_attr(passed) or "") or passed
            if passed is not None:
                out.append(passed)
        return out

    def _caller_field(self, caller: FuncDef, attr: str) -> Optional[ast.expr]:
        """The default of the field `attr` (`kernel_initializer: ... = glorot_uniform()`) of the module whose
        method `caller` is: what `self.kernel_initializer` hands on (`ActorNetwork(..., self.kernel_initializer)`
        in a Flax module's setup)."""
        for c in self.m.module.body:
            if isinstance(c, ast.ClassDef) and any(st is caller for st in c.body):
                return next((st.value for st in c.body if isinstance(st, ast.AnnAssign)
                             and isinstance(st.target, ast.Name) and st.target.id == attr), None)
        return None

    def register(self, layer: Layer) -> None:
        self.m.layers[layer.key] = layer
        self.m.layer_of_node[id(layer.node)] = layer
        last = layer.type_name.rsplit(".", 1)[-1]
        if W.layer_kind(last) != "other":
            self.m.layer_type_names.add(last)

    def dict_sites(self, target: ast.expr, value: ast.Dict, stmt: ast.stmt, scope: Scope, depth: int = 0) -> None:
        """Entries of a dict literal of tensors, judged as `target["key"]` (role from the key, else the dict's name)."""
        func, cls = scope.func, scope.cls
        base = _display(self.source, target)
        for k_node, v_node in zip(value.keys, value.values):
            if k_node is None:
                continue  # **other
            if type(v_node) is ast.Dict and string_value(k_node) is not None and depth < 2:
                # layers = dict(h1={'weights': tf.Variable(...), 'bias': ...}, ...): one dict per layer, judged as
                # `layers['h1']['weights']`
                inner = ast.Subscript(value=target, slice=k_node, ctx=ast.Load())  # (no position: shown unparsed)
                self.dict_sites(inner, v_node, stmt, scope, depth + 1)  # type: ignore[arg-type]
                continue
            k = string_value(k_node)
            d = self.ev.value(v_node) if k is not None else None
            if d is None or d.kind == "empty":
                continue
            sub = ast.Subscript(value=target, slice=k_node, ctx=ast.Load())
            role, key, _, _ = self.classify_target(sub, func, cls)
            if role == W.STATE and d.kind in ("normal", "uniform", "family"):
                role = _drawn_role(sub) or role
            written = self.source.segment(k_node) or repr(k)
            self.add_site(d, f"{base}[{written}]", role, key, None, stmt, scope,
                          assigned_name=None)

    def list_sites(self, target: ast.expr, value: Union[ast.List, ast.Tuple], stmt: ast.stmt,
                   scope: Scope) -> None:
        """`all_zero_weights = [tf.Variable(tf.zeros(s1)), tf.Variable(tf.zeros(s2)), ...]`: a list named for
        weights holds one tensor per layer, in order (the last is the output layer). Each element is a site."""
        base = _display(self.source, target)
        if all(type(e) is ast.Dict for e in value.elts):
            # model = [{'weight': normal(k0, (4, 32)), 'bias': ...}, {'weight': normal(k2, (32, 3)), ...}]: one dict
            # of parameters per layer, each entry judged as `model[i]['weight']`
            for i, e in enumerate(value.elts):
                item = ast.Subscript(value=target, slice=ast.Constant(i), ctx=ast.Load())  # (no position: shown unparsed)
                made = len(self.m.sites)
                self.dict_sites(item, e, stmt, scope)  # type: ignore[arg-type]
                for site in self.m.sites[made:]:
                    site.in_list = (i, len(value.elts))
            return
        if len(value.elts) >= 2 and all(type(e) in (ast.List, ast.Tuple) and len(e.elts) == 2  # type: ignore[attr-defined]
                                        for e in value.elts):
            # params = [[normal(k1, (1400, 784)), normal(k2, (1400,))], [normal(k3, (10, 1400)), ...]]: a JAX
            # pytree of (weight, bias) per layer, each pair judged as `params[i][0]`, `params[i][1]`
            for i, e in enumerate(value.elts):
                made = len(self.m.sites)
                self.layer_pair_list(f"{base}[{i}]", e.elts, stmt, scope)  # type: ignore[attr-defined]
                for site in self.m.sites[made:]:
                    site.in_list = (i, len(value.elts))
            return
        if W.role_of_name(base.split(".")[-1]) != W.WEIGHT:
            self.layer_pair_list(base, value.elts, stmt, scope)
            return
        # (the last may be a column, `(100, 1)`: the output layer of one unit)
        last = len(value.elts) - 1
        found = [(i, d) for i, e in enumerate(value.elts) for d in [self.ev.value(e)]
                 if d is not None and d.kind != "empty" and (d.rank() != 1 or i == last and len(d.shape) == 2)]
        if len(found) < 2:
            return  # one drawn tensor among other things: not a list of layers
        for i, d in found:
            self.add_site(d, f"{base}[{i}]", W.WEIGHT, None, None, stmt, scope)
            self.m.sites[-1].in_list = (i, len(value.elts))

    def layer_pair_list(self, base: str, elts: Sequence[ast.expr], stmt: ast.stmt, scope: Scope, appended: bool = False) -> None:
        """A flat parameter list of (weight, bias) pairs, whatever its name: `self.params = [normal(k1, (n_in,
        h)), normal(k2, (h,))]`, then `self.params.extend([...])` per layer, read back as `params[2 * i]`. The
        pairs are the evidence (a drawn matrix, then a vector as long as one of its sides, as in
        `layer_pair_sites`): each matrix is a weight, each vector its bias."""
        if len(elts) < 2 or len(elts) % 2 or len(elts) > 64:
            return
        pairs = []
        for i in range(0, len(elts), 2):
            w, b = self.ev.value(elts[i]), self.ev.value(elts[i + 1])
            if w is None or b is None or not _weight_and_bias(w, b):
                return
            pairs.append((i, w, b))
        for i, w, b in pairs:
            self.add_site(w, f"{base}[{'*' if appended else i}]", W.WEIGHT, None, None, stmt, scope)
            sides = [j for j, side in enumerate(w.shape) if ast.dump(side) == ast.dump(b.shape[0])]
            if len(sides) == 1:
                self.m.sites[-1].bias_side = sides[0]  # normal(k, (1400, 784)) beside normal(k, (1400,)): 784 in
            self.add_site(b, f"{base}[{'*' if appended else i + 1}]", W.BIAS, None, None, stmt, scope)

    def scan_calls(self, node: ast.expr, stmt: ast.stmt, scope: Scope, target: Optional[ast.expr] = None,
                   called: Optional[str] = None) -> None:
        """Keyword initializers (kernel_initializer=...) and get_variable/param calls inside an expression.

        `target` is what the whole expression is assigned to (`W1 = tf.get_variable(...)`); `called`, when
        `node` is a call, is the qualified name of what it calls (the assignment resolved it already).
        Nodes are visited in the old walk's order (libcst children; sites are appended as found)."""
        func, cls, loops = scope.func, scope.cls, scope.loops
        stack: List[ast.AST] = [node]
        # weights = {'h1': tf.get_variable("h1", ..., initializer=...)}: each entry's call is assigned to
        # weights['h1'] (the key the forward code reads)
        entries: Dict[int, ast.expr] = {}
        if target is not None and isinstance(node, ast.Dict):
            entries = {id(v): ast.Subscript(value=target, slice=k, ctx=ast.Load())
                       for k, v in zip(node.keys, node.values) if k is not None and isinstance(v, ast.Call)}
        while stack:
            n = stack.pop()
            t = type(n)
            if t is ast.Name or t is ast.Constant:
                continue  # (a name or a constant has no children: most nodes, so tested first)
            if t is ast.ListComp or t is ast.GeneratorExp:
                elt = n.elt  # type: ignore[attr-defined]
                if type(elt) is ast.Call and type(elt.func) is ast.Name:
                    # [random_layer_params(m, n, k) for m, n, k in zip(sizes[:-1], sizes[1:], keys)]: the helper
                    # runs once per item (a JAX MLP's layers)
                    self.m.calls_in_loop.add(elt.func.id)
            if t is ast.Call:
                call: ast.Call = n  # type: ignore[assignment]
                if type(call.func) is ast.Name and call.func.id == "map" and len(call.args) >= 2 \
                        and type(call.args[0]) is ast.Name:  # type: ignore[attr-defined]
                    # list(map(init_layer, keys, sizes[:-1], sizes[1:])): the helper runs once per item, as in a
                    # comprehension (a JAX MLP's layers)
                    self.m.calls_in_loop.add(call.args[0].id)  # type: ignore[attr-defined]
                if type(call.func) is ast.Call:
                    # functional API: layers.Dense(64)(x), layers.Activation("relu")(x); an inline layer applied
                    # at once: nn.Dense(64)(x) (Flax compact), hk.Linear(10)(x); registered even without an
                    # initializer keyword so the dataflow sees every layer of the chain
                    self.layer_from(call.func, cls)
                elif type(call.func) is ast.Attribute and call.func.attr == "apply" \
                        and type(call.func.value) is ast.Call and call.args \
                        and (self.ev.qname(call.func.value.func) or "").startswith(("keras.", "tensorflow.")):  # type: ignore[attr-defined]
                    self.layer_from(call.func.value, cls)  # tf.layers.Dense(64).apply(x): the layer's call
                q = (called if n is node and called is not None else self.ev.qname(call.func)) or ""
                last = q.rsplit(".", 1)[-1]
                # most calls pass no initializer keyword: keyword_sites only for those that may (the same test
                # it applies to each keyword, once per call), matmul_operands only for a product's name
                wants = last == "param" or q == "tensorflow.get_variable"
                if not wants:
                    for kw in call.keywords:
                        if kw.arg in _SITE_KEYWORDS:
                            wants = True
                            break
                if wants:
                    self.keyword_sites(call, stmt, scope,
                                       target=target if n is node else entries.get(id(n)), q=q)
                if type(call.func) is ast.Name and call.func.id in self.m.classes and (call.keywords or call.args):
                    self.record_fields(call, self.m.classes[call.func.id], stmt, scope)  # type: ignore[arg-type]
                if last in PRODUCTS:
                    self.matmul_operands(call, loops)
                elif last == "sum" and call.args:
                    inner = call.args[0]  # np.sum(np.multiply(weights, point)), np.sum(w * x): a dot product
                    if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Mult):
                        self.matmul_operands(ast.Call(func=ast.Name(id="dot", ctx=ast.Load()),
                                                      args=[inner.left, inner.right], keywords=[]), loops)
                    elif isinstance(inner, ast.Call) and last_name(inner.func) == "multiply":
                        self.matmul_operands(inner, loops)
                if call.keywords and any(isinstance(a, ast.Starred) for a in call.args):
                    stack.append(call.func)
                    stack.extend(arg_values(call))
                    continue
                # children() in field order, a keyword by its value (the keyword node itself holds nothing here)
                stack.append(call.func)
                stack.extend(call.args)
                if call.keywords:
                    stack.extend([k.value for k in call.keywords])
                continue
            elif t is ast.Lambda:
                continue  # (its body is not looked into)
            # the frequent inner nodes: their children as children() gives them, without its call
            elif t is ast.Attribute:
                # a dotted chain (`self.blocks.norm`) holds nothing: straight to what is below it, if anything
                base = n.value  # type: ignore[attr-defined]
                while type(base) is ast.Attribute:
                    base = base.value  # type: ignore[attr-defined]
                if type(base) is not ast.Name:
                    stack.append(base)
                continue
            elif t is ast.BinOp:
                if type(n.op) is ast.MatMult:  # type: ignore[attr-defined]
                    for side in (n.left, n.right):  # type: ignore[attr-defined]
                        k = self.weight_ref(side, func, cls)
                        if k:
                            self.m.matmul_keys.add(k)
                        walked = _walked_list(operand_core(side), loops)
                        k = self.weight_ref(walked, func, cls) if walked is not None else None
                        if k:
                            self.m.matmul_keys.add(k)
                stack.append(n.left)  # type: ignore[attr-defined]
                stack.append(n.right)  # type: ignore[attr-defined]
                continue
            elif t is ast.Subscript:
                stack.append(n.value)  # type: ignore[attr-defined]
                stack.append(n.slice)  # type: ignore[attr-defined]
                continue
            elif t is ast.Tuple or t is ast.List:
                stack.extend(n.elts)  # type: ignore[attr-defined]
                continue
            elif t is ast.Dict:
                # libcst: one element per entry (key, then value)
                for k_node, v_node in zip(n.keys, n.values):  # type: ignore[attr-defined]
                    if k_node is not None:
                        stack.append(k_node)
                    stack.append(v_node)
                continue
            stack.extend(children(n))

    def _swept_inits(self, name: str, scope: Scope) -> List[ast.expr]:
        """The initializers a `for` loop around this statement binds `name` to, from a literal written in the loop
        or bound to a name in this scope (`init_list = [("zero init", "zero"), ...]`; `for init_name, init in
        init_list:`): each item (or each item's entry at the name's place in the target tuple), through the names
        bound to initializers (`small_scale_init`)."""
        for lp in reversed(scope.loops):
            loop = lp.node
            if not isinstance(loop, (ast.For, ast.AsyncFor)) or name not in lp.var_names:
                continue
            body = self.body if scope.func is not None else self.m.module.body
            picked = _iterated_items(loop, name, body) or []
            out = [self.local_inits.get(e.id, e) if isinstance(e, ast.Name) else e for e in picked]
            return [e for e in out if self.ev.initializer(e) is not None]
        return []

    def _looped_argument(self, passed: ast.Name) -> List[ast.expr]:
        """`for init in ["zeros", "glorot_normal"]: model = build(init)`: what the innermost `for` loop around a
        call binds the name it passes to, turn by turn, from a literal (a list or tuple, a dict's keys, values or
        items) written in the loop or bound before it in the loop's own scope; [] when no such loop binds it."""
        loops = [lp for lp in self.m.nodes_of(ast.For) if lp.body and lp.body[0].lineno <= passed.lineno
                 <= (lp.end_lineno or 0) and passed.id in set(_target_names(lp.target))]
        if not loops:
            return []
        loop = max(loops, key=lambda lp: lp.lineno)
        defs: List[FuncDef] = [*self.m.nodes_of(ast.FunctionDef), *self.m.nodes_of(ast.AsyncFunctionDef)]
        owners = [d for d in defs if within(loop, d)]
        body = max(owners, key=lambda d: d.lineno).body if owners else self.m.module.body
        return _iterated_items(loop, passed.id, body) or []

    def config_field_init(self, value: ast.Attribute, func: Function, cls: Class) -> Optional[ast.expr]:
        """`config.kernel_init` (with `config = self.config` in the method) or `self.config.kernel_init`, where
        the class declares `config: TransformerConfig` and that dataclass of this file gives the field an
        initializer default: the default (Flax's config-plumbing style)."""
        annotated = {b.target.id: b.annotation for b in cls.node.body
                     if isinstance(b, ast.AnnAssign) and isinstance(b.target, ast.Name)}
        if not annotated:
            return None  # (no declared fields: no config to read; most classes)
        base = value.value
        if isinstance(base, ast.Name):
            if base.id == "self":
                return None  # (self.kernel_init: the class's own field, cls.field_inits)
            bound = next((s.value for s in walk(func.node.body) if isinstance(s, ast.Assign) and len(s.targets) == 1
                          and isinstance(s.targets[0], ast.Name) and s.targets[0].id == base.id), None)
            base = bound if bound is not None else base
        field_name = _self_attr(base)
        annotation = annotated.get(field_name) if field_name else None
        config = self.m.classes.get(last_name(annotation) or "") if annotation is not None else None
        return config.field_inits.get(value.attr) if config is not None else None

    def matmul_operands(self, call: ast.Call, loops: _Loops = ()) -> None:
        """The weights multiplied by a product call (its name is in `PRODUCTS`); for an item of a list of
        weights a loop walks (`for b, w in zip(self.biases, self.weights): np.dot(w, a)`), the list too."""
        for v in arg_values(call):
            k = self.weight_ref(v, None, None)
            if k:
                self.m.matmul_keys.add(k)
            walked = _walked_list(operand_core(v), loops)
            k = self.weight_ref(walked, None, None) if walked is not None else None
            if k:
                self.m.matmul_keys.add(k)

    def keyword_sites(self, call: ast.Call, stmt: ast.stmt, scope: Scope, target: Optional[ast.expr] = None, q: str = "") -> None:
        func, cls = scope.func, scope.cls
        last = q.rsplit(".", 1)[-1]
        named: List[Tuple[str, ast.expr]] = [(k.arg, k.value) for k in call.keywords if k.arg is not None]
        if q == "tensorflow.get_variable" and arg(call, None, "initializer") is None and len(positional(call)) >= 4:
            # tf.get_variable(name, shape, dtype, initializer): the initializer given positionally
            named.insert(0, ("initializer", positional(call)[3]))
        # kernel_initializer=kernel_initializer, bound in the arms of a dispatch on a parameter that calls select in
        # turn: each selected arm's initializer is judged with this layer (dispatched_inits)
        chosen: List[Tuple[str, ast.expr, Optional[ast.expr]]] = []
        for kw, value in named:
            chosen.append((kw, value, None))
            held = self.local_inits.get(value.id) if type(value) is ast.Name else None  # type: ignore[attr-defined]
            chosen.extend((kw, value, other) for other in self.alternative_inits.get(id(held), ()))
            if type(value) is ast.Name and scope.loops and held is None:
                # for init_name, init in [("small", small_init), ("zero", "zeros")]: Dense(..., kernel_initializer=init):
                # each initializer the loop walks, judged where it is written (a comparison of inits trains each)
                swept = self._swept_inits(value.id, scope)  # type: ignore[attr-defined]
                chosen.extend((kw, value, other) for other in swept)
                self.m.shared_defaults.update(id(other) for other in swept)
            if type(value) is ast.Name and WEIGHT_KEYWORDS.get(kw) == W.WEIGHT and func is not None \
                    and func.cls is None and func.parent is None and value.id in func.params \
                    and value.id not in self.param_defaults(func.node):  # type: ignore[attr-defined]
                # `def create_and_train_model(initializer): ... Dense(128, "relu", kernel_initializer=initializer)`
                # called once per initializer compared (`initializers.Zeros()`, `GlorotNormal()`): each is judged
                # with this layer, where its call passes it (a kernel keyword: every call's is a kernel's)
                offered = self._passed_alternatives(func, value.id)  # type: ignore[attr-defined]
                chosen.extend((kw, value, other) for other in offered)
                self.m.shared_defaults.update(id(other) for other in offered)
            field_name = _self_attr(value) if cls is not None else None
            if field_name and cls is not None and field_name in cls.field_alternatives:
                chosen.extend((kw, value, other) for other in cls.field_alternatives[field_name])
                self.m.shared_defaults.update(id(other) for other in cls.field_alternatives[field_name])
        for kw, value, alternative in chosen:
            role = WEIGHT_KEYWORDS.get(kw)
            var_key = None
            if role is None and kw in ("initializer", "init") and last in ("get_variable", "param", "get_parameter", "Variable", "variable", "add_weight"):
                name_node = arg(call, 0, "name")
                name = string_value(name_node) if name_node is not None else None
                role = W.role_of_name(name) if name else W.UNKNOWN
                if last in ("param", "get_parameter") and name and name.lower() in ("kernel", "w", "weight", "weights"):
                    role = W.WEIGHT
                if target is not None:
                    # W1 = tf.get_variable("W1", ...): the variable the forward code multiplies with
                    t_role, var_key, _, _ = self.classify_target(target, func, cls)
                    if t_role == W.NORM and isinstance(target, ast.Name) and target.id == "var":
                        # var = tf.get_variable(name, shape, initializer=...) in a helper: the generic name of
                        # any variable it makes (a running variance is `running_var`, `moving_var`, `self.var`)
                        t_role = W.UNKNOWN
                    if role == W.UNKNOWN or role == W.TOKEN and t_role == W.WEIGHT:
                        role = t_role  # (self.W_Query = add_weight(name="query", ...): the attribute names a matrix)
                rank = _literal_rank(_shape_arg(call, last))
                if role == W.WEIGHT and rank in (0, 1) or role == W.UNKNOWN and rank == 0:
                    # a scalar or vector variable (a scale, a gate, a temperature, StyleGAN2's `noise_strength` of
                    # shape []): not a matrix
                    role = W.NORM
            if role is None and kw == "init" and q.startswith(_KERAS) and last[:1].isupper():
                role = W.WEIGHT  # Keras 1: Dense(625, init='glorot_normal'), Convolution2D(32, 3, 3, init=...)
            if role is None:
                continue
            if isinstance(value, ast.Call) and last_name(value.func) in _PARTITIONING and value.args:
                value = value.args[0]  # nn.with_logical_partitioning(init, ("embed", "mlp")): the initializer
            origin = value
            if alternative is not None:
                origin = alternative
            elif isinstance(value, ast.Name) and value.id in self.local_inits:
                origin = self.local_inits[value.id]
            elif cls is not None and isinstance(value, ast.Attribute) and func is not None \
                    and (held := self.config_field_init(value, func, cls)) is not None:
                origin = held  # kernel_init=config.kernel_init, `config: TransformerConfig` a dataclass of this file
                self.m.shared_defaults.add(id(held))
            elif cls is not None and _self_attr(value) in cls.field_inits:
                origin = cls.field_inits[_self_attr(value) or ""]  # kernel_init=self.kernel_init: the field's default
            elif isinstance(value, ast.Name) and func is not None and func.cls is None and func.parent is None \
                    and value.id in func.params and value.id not in self.param_defaults(func.node):
                # `def create_model(init, act="tanh"): Dense(100, kernel_initializer=init, activation=act)` called
                # as `create_model("he_normal")`: the initializer every call passes, reported where it is passed
                origin = self._agreed_at_calls(func, value.id) or self._drawn_at_calls(func, value.id) or value
            d = self.ev.initializer(origin)
            helper = origin.func if isinstance(origin, ast.Call) else origin if kw == "init" else None
            if d is None and isinstance(helper, ast.Name):
                # initializer=xavier_init(784, 256): the initializer a helper of this file returns, judged
                # inside the helper (where the fix goes); Keras 1's init=init_weights, the function itself
                found = self.returned_initializer(helper.id)
                passed = self.passed_initializer(origin, found[0]) if found is not None \
                    and isinstance(origin, ast.Call) else None
                if passed is not None:
                    # weights_initializer=trunc_normal(1.0), `def trunc_normal(stddev): return
                    # truncated_normal_initializer(0.0, stddev)`: the scale is the call's, reported where it is passed
                    d = replace(passed, node=origin)
                    self.m.shared_defaults.add(id(origin))  # (no rewrite: the fix belongs to the helper's caller)
                elif found is not None:
                    origin, d = found
            if d is None and isinstance(value, ast.Name) and origin is value:
                # kernel_initializer=custom_init, `def custom_init(shape, dtype=None): return K.random_normal(shape)`:
                # a Keras initializer callable of this file; the tensor it returns is the layer's kernel
                drawn = self.returned_draw(value.id)
                if drawn is not None:
                    origin, d = drawn
                    self.m.shared_defaults.add(id(origin))  # (no rewrite: an initializer's body returns a tensor)
            if d is None and last == "get_variable" and kw == "initializer" and isinstance(origin, (ast.Call, ast.BinOp)):
                # tf.get_variable("Wi", initializer=tf.ones([n_in, n_inhib]) / n_in): TF1 takes a tensor as the
                # initial value too (its shape is the variable's)
                d = self.ev.value(origin)
                if d is not None and d.kind == "empty":
                    d = None
            if d is None:
                continue
            layer = self.layer_from(call, cls)
            if role == "recurrent":
                role = W.WEIGHT
            # the initializer expression itself (the local one it was bound from, if any); a parameter's default
            # passed straight to layers (`def build(init="glorot_uniform"): ... Dense(12, kernel_initializer=init)`)
            # is reported at each layer that uses it, where that layer's activation decides
            from_param = isinstance(value, ast.Name) and origin is not value and id(origin) in self.default_inits
            # kernel_init=self.bias_initializer: a field named for biases handed to a weight keyword is judged where
            # it is handed over (the default is right for the biases it is named for; the call is the mistake)
            misplaced = role == W.WEIGHT and origin is not value and cls is not None \
                and W.role_of_name(_self_attr(value) or "") == W.BIAS
            d = replace(d, node=value if from_param or misplaced else origin)
            if origin is not value and id(origin) in self.default_inits and cls is not None \
                    and (q.startswith(_KERAS) or last == "add_weight") and string_value(origin) == "glorot_uniform":
                # class GINConv(MessagePassing): def __init__(..., kernel_initializer="glorot_uniform"): a layer
                # class's signature repeating Keras's own default, handed on to its Dense layers: the default
                d = replace(d, default=True)
            if _frozen(call):
                d = replace(d, trainable=False)  # conv2d(mask, kernel_initializer=constant(1.0), trainable=False): a fixed kernel
            key = layer.key if layer else var_key
            if last in ("get_variable", "variable", "add_weight") and d.wrapper is None:
                # a created variable: trainable, with the shape given to the call
                shape_node = arg(call, 1, "shape")
                d = replace(d, wrapper="Variable",
                            shape=_unpack_shape(shape_node) if shape_node is not None and not d.shape else d.shape)
            if key is None and q == "functools.partial" and isinstance(target, ast.Name):
                # dense = partial(nn.Dense, kernel_init=glorot_normal()): the layers `dense(16)` makes take it
                # (Context.partial_layers finds them by the name), and are layers of that class
                made = self.ev.qname(positional(call)[0]) if positional(call) else None
                if made is not None:
                    self.local_partials[target.id] = made
                self.add_site(d, kw, role, None, None, stmt, scope, keyword=kw,
                              assigned_name=target.id)
                continue
            self.add_site(d, kw, role, key, layer, stmt, scope, keyword=kw,
                          assigned_name=dotted(target) if var_key else None)
        # self.param('kernel', init_fn, shape) / hk.get_parameter("w", shape, init=...) positional
        if last == "param" and len(call.args) + len(call.keywords) >= 2:
            args = source_order_args(call)
            if args[1].keyword is None:
                name = string_value(args[0].value)
                d = self.ev.initializer(args[1].value)
                if d is not None and not d.shape and len(args) > 2 and args[2].keyword is None \
                        and isinstance(args[2].value, (ast.Tuple, ast.List)):
                    d = replace(d, shape=_unpack_shape(args[2].value))  # self.param('kernel', ones, (self.dim,)): a vector
                if name and d is not None:
                    role = W.WEIGHT if name.lower() in ("kernel", "w", "weight", "weights") else W.role_of_name(name)
                    key = None
                    if target is not None and role == W.WEIGHT and len(args) > 2 and _literal_rank(args[2].value) != 1:
                        # W = self.param("W", glorot_uniform(), (n_in, n_out)); jnp.dot(x, W): the local the
                        # forward code multiplies with (as for the keyword spelling)
                        key = self.classify_target(target, func, cls)[1]
                    self.add_site(d, name, role, key, None, stmt, scope, keyword="param",
                                  assigned_name=dotted(target) if key else None)

    # -------------------------------------------------------------- sites
    def site_for_target(self, d: Dist, target: ast.expr, stmt: ast.stmt, scope: Scope, inplace: bool = False) -> None:
        func, cls = scope.func, scope.cls
        text = _display(self.source, target)
        role, key, layer, base_var = self.classify_target(target, func, cls)
        if role == W.STATE and d.kind in ("normal", "uniform", "family"):
            role = _drawn_role(target) or role  # g_weights["w1"] = tf.Variable(tf.random_normal(...)): a generator weight
        if isinstance(target, ast.Name) and func is not None and target.id in self.m.buffers:
            role = W.STATE
        self.add_site(d, text, role, key, layer, stmt, scope, base_var=base_var,
                      assigned_name=dotted(target) if not inplace else None)

    def record_fields(self, call: ast.Call, record: Class, stmt: ast.stmt, scope: Scope) -> None:
        """`Params(w1=jax.random.normal(k1, [d_in, d_hidden]), b1=jnp.zeros(...), ...)` with `class Params(NamedTuple)`
        (or a dataclass) of this file: each field given a tensor is judged as that record's attribute, the one a
        forward pass reads (`x @ params.w1`)."""
        fields = self._record_fields.get(id(record.node))
        if fields is None:
            # (once per class: a class of the file is called far more often than it is defined)
            node = record.node
            fields = self._record_fields[id(node)] = [
                st.target.id for st in node.body if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)
            ] if any(last_name(b) == "NamedTuple" for b in node.bases) or any(
                last_name(d.func if isinstance(d, ast.Call) else d) == "dataclass" for d in node.decorator_list) else []
        if not fields:
            return
        given: List[Tuple[str, ast.expr]] = [(f, v) for f, v in zip(fields, call.args) if not isinstance(v, ast.Starred)]
        given += [(k.arg, k.value) for k in call.keywords if k.arg is not None]
        for name, value in given:
            d = self.ev.value(value)
            if d is None or d.kind == "empty":
                continue
            self.add_site(d, f"{record.name}.{name}", W.role_of_name(name), f"{record.key}.{name}", None, stmt, scope)

    def add_site(self, d: Dist, text: str, role: W.Role, key: Optional[str], layer: Optional[Layer],
                 stmt: Optional[ast.stmt], scope: Scope, keyword: Optional[str] = None, base_var: Optional[str] = None,
                 assigned_name: Optional[str] = None, returned: bool = False) -> None:
        func, cls, loops, filters = scope.func, scope.cls, scope.loops, scope.filters
        self.m.sites.append(Site(d, text, role, key, layer, func, cls, tuple(loops), tuple(filters), self.order,
                                 stmt=stmt, keyword=keyword, base_var=base_var, assigned_name=assigned_name,
                                 returned=returned, wrapper=d.wrapper, branch=self.branch,
                                 from_defaults=tuple(dict.fromkeys(self.ev.used_defaults)),
                                 dims=self.shape_numbers(d)))
        site = self.m.sites[-1]
        if site.dims and None in site.dims and (self.size_defaults or self.literal_defaults or (
                self.current_cls is not None and self.current_cls.self_sizes)):
            site.default_dims = tuple(v if v is not None else self.typical_number(x)
                                      for x, v in zip(d.shape, site.dims))
            whole = self.literal_defaults.get(d.shape[0].id) if len(d.shape) == 1 and type(d.shape[0]) is ast.Name \
                else None  # type: ignore[attr-defined]
            if isinstance(whole, (ast.List, ast.Tuple)) and 1 <= len(whole.elts) <= 6:
                # def Dense(dense_shape=[1, 1]): random.normal(rng, shape=dense_shape): the default's own sizes
                sizes = tuple(self.ev.number(e) for e in whole.elts)
                if None not in sizes:
                    site.default_dims = sizes

    def shape_numbers(self, d: Dist) -> Tuple[Optional[float], ...]:
        """The drawn shape as numbers, read while the scope that binds its names is live."""
        if not d.shape or len(d.shape) > 6:
            return ()
        mark = len(self.ev.used_defaults)
        dims = tuple(self.ev.number(x) for x in d.shape)
        del self.ev.used_defaults[mark:]  # a size read from a default is not a scale read from one
        if None in dims:
            scope = self.current_fn.node if self.current_fn is not None else None
            dims = tuple(v if v is not None or type(x) is not ast.Name
                         else self.small_list_item(x.id, scope, self.line)  # type: ignore[attr-defined]
                         for x, v in zip(d.shape, dims))
        return dims if any(x is not None for x in dims) else tuple(None for _ in dims)

    def classify_target(self, target: ast.expr, func: Optional[Function],
                        cls: Optional[Class]) -> Tuple[W.Role, Optional[str], Optional[Layer], Optional[str]]:
        """(role, flow key, layer, base variable) of the tensor being initialised."""
        t = target
        # strip .data / .weight.data / .detach()
        while isinstance(t, ast.Attribute) and t.attr == "data":
            t = t.value
        if isinstance(t, ast.Call) and isinstance(t.func, ast.Attribute) and t.func.attr in ("detach", "data"):
            t = t.func.value
        if isinstance(t, ast.Name):
            return W.role_of_name(t.id), self.weight_ref(t, func, cls), None, None
        if isinstance(t, ast.Subscript):
            k = _dict_key(t)
            if k is not None:
                role = W.role_of_name(k.replace("*", ""))
                if role == W.STATE and k.lower().startswith("grad"):
                    pass  # self.W = {'val': randn(...), 'grad': np.zeros(...)}: the weight's gradient slot
                elif role in (W.UNKNOWN, W.STATE, W.NORM) and _container_of_weights(t):
                    role = W.WEIGHT  # weights["h1"], weights["out"], weights["z_mean"]: keys name layers
                elif role == W.WEIGHT and _container_role(t) == W.STATE:
                    role = W.STATE  # grads["W1"], cache["W1"], v["W1"]: gradients and optimizer state, keyed by weight
                elif role == W.UNKNOWN and _container_role(t) == W.BIAS:
                    role = W.BIAS  # b["l1"], biases["h1"]: keys name layers, the container says what they hold
                return role, subscript_key(t), None, None
            # self.layers[0].weight / x[0] handled below as attribute of subscript
        if isinstance(t, ast.Attribute):
            attr = t.attr
            base = t.value
            if isinstance(base, ast.Name) and base.id == "self" and cls is not None:
                # a parameter of the module class itself: a norm/scale vector unless it is a matrix
                rank = cls.param_ranks.get(attr)
                if rank == 1 or any(w in cls.name.lower() for w in ("norm", "bn", "affine", "scale")):
                    return W.NORM, f"{cls.key}.{attr}", None, "self"
            if isinstance(base, ast.Name) and base.id == "self" and cls is not None and attr in ("weight", "kernel", "W"):
                return W.WEIGHT, f"{cls.key}.{attr}", None, "self"  # the layer class's own kernel (self.kernel = add_weight(...))
            if attr in ("weight", "kernel", "weight_ih", "weight_hh", "W") or attr.startswith(("weight_ih", "weight_hh")) \
                    or attr in ("weight_orig", "weight_v"):
                layer = self.resolve_layer(base, cls)
                bv = dotted(base)
                if layer is not None:
                    if layer.kind == "norm":
                        return W.NORM, layer.key, layer, bv
                    if layer.kind == "embed":
                        return W.TOKEN, layer.key, layer, bv
                    return W.WEIGHT, layer.key, layer, bv
                last = base.attr if isinstance(base, ast.Attribute) else (base.id if isinstance(base, ast.Name) else "")
                role = W.role_of_layer_name(last) if last else W.WEIGHT
                sa = _self_attr(base)
                return role, (f"{cls.key}.{sa}" if cls is not None and sa else None), None, bv
            if attr.startswith("bias"):
                return W.BIAS, None, None, dotted(base)
            role = W.role_of_name(attr)
            key = self.weight_ref(t, func, cls)
            return role, key, None, dotted(base)
        return W.UNKNOWN, None, None, None

    def _built_module(self, value: ast.expr) -> Optional[Class]:
        """The framework module class of this file a call builds an object of: `Net(...)`, also moved on
        (`Net(...).to(device)`); None for anything else."""
        ctor = constructor_call(value)
        if ctor is None or not isinstance(ctor.func, ast.Name):
            return None
        built = self.m.classes.get(ctor.func.id)
        return built if built is not None and framework_module(built) else None

    def resolve_layer(self, base: ast.expr, cls: Optional[Class]) -> Optional[Layer]:
        attr = _self_attr(base)
        if attr and cls is not None:
            return cls.attrs.get(attr)
        if isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) and base.value.id in self.instances:
            # model_zero = Net(...); model_zero.fc1.weight.data.fill_(0): the class's own fc1
            return self.instances[base.value.id].attrs.get(base.attr)
        if isinstance(base, ast.Name) and base.id in self.scope_layers:
            return self.scope_layers[base.id]  # layer = nn.Linear(n_in, n_out); nn.init.xavier_uniform_(layer.weight)
        if isinstance(base, ast.Subscript):
            # self.net[0].weight, or value_net[2].weight on a Sequential bound in this scope or at module level
            inner = _self_attr(base.value)
            container: Optional[Layer]
            if inner:
                container = cls.attrs.get(inner) if cls is not None else None
            elif isinstance(base.value, ast.Name):
                container = self.scope_layers.get(base.value.id) or self.m.module_level_models.get(base.value.id)
            else:
                container = None
            if container is not None and container.kind == "container" and container.elements and container.complete:
                idx = self._first_index(base)
                n = self.ev.number(idx) if idx is not None else None
                if n is None and type(idx) is ast.Name and len(container.elements) == 1:
                    # self.layers[i].weight over `[nn.Linear(w, w) for _ in range(n)]`: the one layer it repeats
                    return container.elements[0]
                if n is not None:
                    i = int(n)
                    try:
                        return container.elements[i]
                    except IndexError:
                        return None
        return None

    def _first_index(self, node: ast.Subscript) -> Optional[ast.expr]:
        """The first subscript element when it is an index, not a slice (libcst's `slice[0]` as an Index):
        `x[0]` -> 0, `x[0, 1]` -> 0, `x[(0, 1)]` -> the tuple, `x[1:]` -> None."""
        s = node.slice
        if isinstance(s, ast.Slice):
            return None
        if isinstance(s, ast.Tuple) and s.elts:
            line, col = self.source.start(s)
            if self.source.line(line)[col:col + 1] != "(":
                first = s.elts[0]
                return None if isinstance(first, ast.Slice) else first
        return s

    def weight_ref(self, node: ast.expr, func: Optional[Function], cls: Optional[Class]) -> Optional[str]:
        """Flow key of a weight operand: `W1`, `self.W`, `params["W1"]`, `params['W' + str(l)]`."""
        node = operand_core(node)
        if isinstance(node, ast.Name):
            return tensor_key(node.id)
        attr = _self_attr(node)
        if attr:
            return f"self:{attr}" if cls is None else f"{cls.key}.{attr}"
        if isinstance(node, ast.Subscript):
            return subscript_key(node)
        return None


# ------------------------------------------------------------------ helpers


def keras_fan_in(ev: Evaluator, last: str, pos: List[ast.expr], kws: Dict[str, ast.expr],
                 incoming: Optional[float]) -> Optional[float]:
    """The fan-in Keras computes for a Dense / ConvND kernel from the layer's own `input_dim` /
    `input_shape` (channels last), else from `incoming`: the features or channels the layer before it in
    the same Sequential model gives (`keras_chain`)."""
    shape = ev.tuple_items(kws.get("input_shape"))  # (written here, or a tuple a name holds)
    dims = [ev.number(e) for e in shape] if shape else []
    if last == "Dense":
        if "input_dim" in kws:
            return ev.number(kws["input_dim"])
        if dims:
            return dims[-1] if len(dims) == 1 else None
        return incoming
    if last not in ("Conv1D", "Conv2D", "Conv3D") or string_value(kws.get("data_format")) == "channels_first":
        return None
    channels = dims[-1] if dims and len(dims) == int(last[4]) + 1 else None if dims else incoming
    kernel = pos[1] if len(pos) > 1 else kws.get("kernel_size")
    if channels is None or kernel is None:
        return None
    sizes = [ev.number(e) for e in _elements(kernel)] if isinstance(kernel, (ast.Tuple, ast.List)) \
        else [ev.number(kernel)] * int(last[4])
    if len(sizes) != int(last[4]) or any(k is None for k in sizes):
        return None
    size = channels
    for k in sizes:
        size *= k  # type: ignore[operator]
    return size


def _kept_items(comp: Union[ast.ListComp, ast.GeneratorExp]) -> Optional[List[ast.expr]]:
    """`[m for m in [a, b if flag else None, c] if m is not None]`: the listed items (a switched one by the value it
    has when on); None for any other comprehension."""
    if len(comp.generators) != 1:
        return None
    gen = comp.generators[0]
    if not (isinstance(gen.target, ast.Name) and isinstance(comp.elt, ast.Name) and comp.elt.id == gen.target.id
            and isinstance(gen.iter, (ast.List, ast.Tuple))):
        return None
    out: List[ast.expr] = []
    for e in gen.iter.elts:
        if isinstance(e, ast.IfExp) and _is_none(e.orelse):
            e = e.body
        if not _is_none(e):
            out.append(e)
    return out


def _walked_list(name: ast.expr, loops: _Loops) -> Optional[ast.expr]:
    """The list whose items the loop variable `name` takes: `ws` of `for w in ws:` or of `for b, w in zip(bs, ws):`
    (the innermost loop binding the name); None otherwise."""
    if not isinstance(name, ast.Name):
        return None
    for loop in reversed(loops):
        node = loop.node
        if name.id not in loop.var_names or not isinstance(node, (ast.For, ast.AsyncFor)):
            continue
        for item, source in loop_pairs(node.target, node.iter):
            if isinstance(item, ast.Name) and item.id == name.id:
                return source if isinstance(source, (ast.Name, ast.Attribute)) else None
        return None
    return None


_WORD_CHAR = re.compile(r"\w")  # (a match just before a name means it does not start a word: `\b` fails)
# (what follows a called name: `name (`, `name(`; matched right after the name, whose last character is no space:
# the lookbehind keeps a search over a run of spaces linear)
_CALL_OPEN = re.compile(r"(?<!\s)\s*\(")

_INSPECTORS = {"print", "str", "repr", "display", "len", "type", "format", "pprint", "isinstance", "id"}


def _unshadowed_nodes(scope: ast.AST, name: str) -> List[ast.AST]:
    """The nodes of `scope` where `name` means the scope's own name: functions nested in it that take `name` as
    a parameter or bind it themselves (`def forward(X, parameters)` beside a module-level `parameters`) are
    left out, with all they hold."""
    out: List[ast.AST] = []
    stack: List[ast.AST] = [scope]
    while stack:
        n = stack.pop()
        if n is not scope and isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) \
                and (name in param_names(n) or isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and rebinds(n, name)):
            continue
        out.append(n)
        stack.extend(ast.iter_child_nodes(n))
    return out


def _only_inspected(scope: ast.AST, call: ast.Call, target: str) -> bool:
    """Whether what a call returns (bound to `target`) is only looked at -- printed, shown, its shape
    asserted -- until the name is bound again: the call is a test of the helper, not a network built."""
    line = call.lineno
    nodes = _unshadowed_nodes(scope, target)
    rebound = min((n.lineno for n in nodes if isinstance(n, ast.Name) and n.id == target
                   and isinstance(n.ctx, ast.Store) and n.lineno > line), default=None)
    parents: Dict[int, ast.AST] = {}
    uses: List[ast.Name] = []
    for n in nodes:
        for c in ast.iter_child_nodes(n):
            parents[id(c)] = n
        if isinstance(n, ast.Name) and n.id == target and isinstance(n.ctx, ast.Load) and n.lineno > line \
                and (rebound is None or n.lineno < rebound):
            uses.append(n)
    if not uses:
        # never read before it is bound again (`parameters = initialize_parameters(3, 2, 1)`, then the next test
        # case): a check that the helper runs, no network built from it -- unless the name is a self attribute or
        # a module name some function reads (the call's scope is the module)
        return rebound is not None and "." not in target
    for use in uses:
        node: Optional[ast.AST] = use
        inspected = False
        while node is not None and not isinstance(node, ast.stmt):
            node = parents.get(id(node))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _INSPECTORS \
                    or isinstance(node, ast.Attribute) and node.attr == "shape" or isinstance(node, ast.Assert):
                inspected = True
                break
        if not inspected and not isinstance(node, ast.Assert):
            return False
    return True


class _Substitute(ast.NodeTransformer):
    def __init__(self, bound: Dict[str, ast.expr]) -> None:
        self.bound = bound

    def visit_Name(self, node: ast.Name) -> ast.AST:
        v = self.bound.get(node.id)
        return ast.copy_location(copy.deepcopy(v), node) if v is not None and isinstance(node.ctx, ast.Load) else node


def _param_formula_uncached(fn: FuncDef, name: str) -> Optional[ast.expr]:
    params = set(param_names(fn))
    found: Optional[ast.expr] = None
    for stmt in fn.body:
        for n in walk(stmt):
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)) and any(
                    isinstance(t, ast.Name) and t.id == name
                    for t in walk(n.targets if isinstance(n, ast.Assign) else [n.target])):
                if found is not None or n is not stmt or not isinstance(n, ast.Assign):
                    return None  # bound twice, in a block, or by a loop: no single value
                found = n.value
    if found is None or not isinstance(found, (ast.BinOp, ast.Name)):
        return None
    names = [n for n in walk(found) if isinstance(n, ast.Name)]
    if not names or not all(n.id in params for n in names) \
            or not all(isinstance(n, (ast.BinOp, ast.Name, ast.Constant, ast.operator, ast.expr_context, ast.UnaryOp,
                                      ast.unaryop)) for n in walk(found)):
        return None
    return found


def _substituted(node: ast.expr, bound: Dict[str, ast.expr]) -> ast.expr:
    """A copy of `node` with names replaced by expressions (a helper's parameters by a call's arguments);
    the copy keeps the original's positions."""
    out = _Substitute(bound).visit(copy.deepcopy(node))
    assert isinstance(out, ast.expr)
    return out


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None



def _arm_numbers(body: List[ast.stmt], start: Dict[str, Optional[float]],
                 numbers: Optional[Dict[str, Optional[float]]]) -> Tuple[bool, Dict[str, Optional[float]]]:
    """What one arm of an if bound (the numbers that differ from where the arm started: the arms are walked one
    after another) and whether it reaches the join (not when it ends in return/raise/continue/break)."""
    reaches = not (body and isinstance(body[-1], (ast.Return, ast.Raise, ast.Continue, ast.Break)))
    if numbers is None:
        return reaches, {}
    try:
        return reaches, dict(numbers.items() - start.items())
    except TypeError:  # (a value that does not hash)
        return reaches, {k: v for k, v in numbers.items() if k not in start or start[k] != v}


def _join_numbers(numbers: Dict[str, Optional[float]], before: Dict[str, Optional[float]],
                  ends: List[Tuple[bool, Dict[str, Optional[float]]]]) -> None:
    """After an if: a local number the arms that reach the join agree on keeps its value; one they disagree on
    is unknown (`mean = 0; if norm: mean = 1` then `normal_(w, mean=mean)`: 0 or 1, not the last one written).
    Only the names some arm bound are looked at."""
    reached = [changes for reaches, changes in ends if reaches]
    if not reached:
        return
    touched = {name for _, changes in ends for name in changes}
    for name in touched:
        # (a path where it is unbound would fail on its use: it says nothing)
        values = {c[name] if name in c else before[name] for c in reached if name in c or name in before}
        numbers[name] = values.pop() if len(values) == 1 else None


def _none_guard(test: ast.expr) -> bool:
    return isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)) \
        and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None


def _self_param_aliases(site: Site) -> Dict[str, str]:
    """`self.hidden = n_hidden` in the class's `__init__`: attribute -> the constructor parameter it holds."""
    cls = site.cls
    init = cls.methods.get("__init__") if cls is not None else None
    if init is None:
        return {}
    params = {a.arg for a in init.args.posonlyargs + init.args.args + init.args.kwonlyargs}
    out: Dict[str, str] = {}
    for stmt in init.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Name) \
                and stmt.value.id in params:
            attr = _self_attr(stmt.targets[0])
            if attr:
                out[attr] = stmt.value.id
    return out


def _callee_def(site: Site, callee: str) -> Optional[ast.stmt]:
    """The definition `_callee_name` named: the site's class, or its function."""
    if site.cls is not None and site.cls.name == callee:
        return site.cls.node
    return site.func.node if site.func is not None and site.func.name == callee else None


def _callee_name(site: Site) -> Optional[str]:
    """The name a call of the site's scope is written with: a module-level function, or the class whose
    `__init__` draws the tensor (`self.W = ...`)."""
    fn = site.func
    if fn is None:
        return None
    if fn.parent is not None:  # a helper nested in a function: called by its name there
        return fn.name if fn.parent.parent is None else None
    if fn.cls is None:
        return fn.name
    if site.cls is not None and site.target_text.startswith("self.") and (
            fn.name == "__init__" or fn.cls is site.cls and fn.name in site.cls.init_called):
        return site.cls.name  # (`self.initialize_weights()` in the constructor: its draws are made per instance)
    if site.cls is not None and fn.cls is site.cls and (fn.name == "__init__" or fn.name in site.cls.init_called):
        # (w = ...; self.weights.append(w): a local of the constructor, or of a method it calls, drawn per instance)
        return site.cls.name
    if site.cls is not None and fn.cls is site.cls and site.target_text.startswith("self.") and site.dims:
        # `def init_params_b(self): self.w1 = uniform(-1, 1, size=(self.d1, self.d))`, whoever calls it: sizes the
        # constructor stored from its parameters are each instance's, as the constructor's calls give them
        aliases = _self_param_aliases(site)
        if all(v is not None or _self_attr(x) in aliases for x, v in zip(site.dist.shape, site.dims)):
            return site.cls.name
    if site.cls is not None and fn.cls is site.cls and fn.name != "__init__" and fn.name not in site.cls.init_called \
            and not decorated_with(fn.node, "staticmethod", "classmethod", "property") \
            and not site.target_text.startswith("self."):
        # a helper method drawing what it returns (`def _weight_variable(self, shape): ... return
        # tf.get_variable(shape=shape, ...)`): called through the instance by the class's own methods
        return "self." + fn.name
    return None


def _list_built(body: Sequence[ast.stmt], name: str, until: ast.AST, looped: Optional[Set[int]] = None) -> List[ast.expr]:
    """The elements a local list holds where `until` reads it, in source order: `layers = [...]`, then each
    `layers.append(x)`, `layers.extend([...])`, `layers += [...]` written before (a loop body's appends once:
    the pattern each pass repeats). Only statements are looked at (nested functions and classes are not
    looked into); [] past 64 elements."""
    events: List[Tuple[int, int, str, List[ast.expr]]] = []
    end = (until.lineno, until.col_offset)  # type: ignore[attr-defined]
    stack: List[ast.stmt] = list(body)
    in_loop: Set[int] = set()  # ids of the statements of loop bodies
    while stack:
        n = stack.pop()
        pos = (n.lineno, n.col_offset)
        if pos >= end:
            continue
        t = type(n)
        if t is ast.Assign and (n.end_lineno, n.end_col_offset) > end:  # type: ignore[attr-defined]
            continue  # the statement that reads it: `layers = nn.Sequential(*layers)` sets the name after the read
        if t is ast.Assign:
            target = n.targets[0] if len(n.targets) == 1 else None  # type: ignore[attr-defined]
            if isinstance(target, ast.Name) and target.id == name:
                value = n.value  # type: ignore[attr-defined]
                if isinstance(value, (ast.List, ast.Tuple)):
                    events.append((*pos, "set", _elements(value)))
                else:
                    events.append((*pos, "unknown", []))  # layers = make_layers(cfg): not a list of this function's
        elif t is ast.AugAssign:
            target, value = n.target, n.value  # type: ignore[attr-defined]
            if isinstance(target, ast.Name) and target.id == name:
                grown = _elements(value) if isinstance(value, (ast.List, ast.Tuple)) else []
                events.append((*pos, "add", grown))
                if looped is not None and id(n) in in_loop:
                    looped.update(id(e) for e in grown)  # (`layers += [conv2d, nn.ReLU(True)]` in a loop: repeated)
        elif t is ast.Expr:
            c = n.value  # type: ignore[attr-defined]
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name) \
                    and c.func.value.id == name and len(c.args) == 1 and not c.keywords:
                added = [c.args[0]] if c.func.attr == "append" else _elements(c.args[0]) \
                    if c.func.attr == "extend" and isinstance(c.args[0], (ast.List, ast.Tuple)) else None
                if added is not None:
                    events.append((*pos, "add", added))
                    if looped is not None and id(n) in in_loop:
                        looped.update(id(e) for e in added)  # one pass of a loop's pattern: repeated
        elif t not in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            inner = body_statements(n)
            if isinstance(n, ast.If) and id(n) not in in_loop and n.orelse and _adds_to(n.body, name) \
                    and _adds_to(n.orelse, name):
                # `if zero_init: layers += [Dense(10, kernel_initializer="zeros")] else: layers += [Dense(10)]`:
                # the arms are alternatives, not one after the other; the list as the `if` arm builds it (in a
                # loop, each pass may take either arm: both kept)
                inner = list(n.body)
            if t in (ast.For, ast.AsyncFor, ast.While) or id(n) in in_loop:
                in_loop.update(id(x) for x in inner)
            stack.extend(inner)
    items: List[ast.expr] = []
    known = False
    for _, _, what, elts in sorted(events, key=lambda e: (e[0], e[1])):
        if what == "set":
            items, known = list(elts), True
        elif what == "unknown":
            items, known = [], False
        else:
            items.extend(elts)
    return items if known and len(items) <= 64 else []


def _undefaulted(node: FuncDef, method: bool) -> List[str]:
    """The parameters of a def that have no default (a method's `self` left out)."""
    a = node.args
    positional = a.posonlyargs + a.args
    plain = [p.arg for p in positional[:len(positional) - len(a.defaults)]][1 if method else 0:]
    return plain + [p.arg for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is None]


def _adds_to(stmts: Sequence[ast.stmt], name: str) -> bool:
    """Some statement here (nested ones too) adds to the local list `name` (`name += [...]`, `name.append(x)`)."""
    for stmt in stmts:
        for n in ast.walk(stmt):
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == name:
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("append", "extend") \
                    and isinstance(n.func.value, ast.Name) and n.func.value.id == name:
                return True
    return False


# `if self.glu:`, `elif not self.use_tanh:` (no leading \b: a literal first lets `re` skip ahead fast)
_SELF_TEST = re.compile(r"if (?:not )?self\.(\w+)")
_RNG_MAKERS = ("numpy.random.default_rng", "numpy.random.RandomState")


def _makes_rng(ev: Evaluator, value: ast.expr) -> bool:
    """A NumPy random generator made here, possibly as one arm of a fallback (`rs or npr.RandomState(0)`)."""
    options = [value.body, value.orelse] if isinstance(value, ast.IfExp) else \
        value.values if isinstance(value, ast.BoolOp) else [value]
    return any(isinstance(v, ast.Call) and ev.qname(v.func) in _RNG_MAKERS for v in options)


def _fields_init(node: ast.ClassDef) -> Optional[ast.FunctionDef]:
    """The constructor a dataclass-style class without `__init__` gets from its annotated fields (Flax linen
    and equinox modules, `@dataclass`): one parameter per field in order, the trailing defaults as defaults.
    None when the class defines `__init__` or has no field with a default."""
    fields: List[Tuple[str, Optional[ast.expr]]] = []
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == "__init__":
            return None
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.simple:
            fields.append((stmt.target.id, stmt.value))
    defaults: List[ast.expr] = []
    for _, value in reversed(fields):
        if value is None:
            break
        defaults.insert(0, value)
    if not defaults:
        return None
    args = [ast.arg(arg="self")] + [ast.arg(arg=name) for name, _ in fields]
    signature = ast.arguments(posonlyargs=[], args=args, vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                              defaults=defaults)
    return ast.FunctionDef(name="__init__", args=signature, body=[], decorator_list=[], returns=None,
                           type_comment=None, lineno=node.lineno, col_offset=node.col_offset)


def _name_calls_in(tree: ast.Module, name: str,
                   lines: Set[int]) -> List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]]:
    """Calls `name(...)`, each with the function it is written in (None: module level) and the name or
    attribute its result is assigned to (`dense1 = Layer_Dense(2, 3)` -> "dense1"). Only nodes that
    span one of `lines` (where the text has `name(`) are looked into. `self.<method>` names the calls of a
    method through the instance."""
    out: List[Tuple[ast.Call, Optional[FuncDef], Optional[str]]] = []
    method = name[5:] if name.startswith("self.") else None
    stack: List[Tuple[ast.AST, Optional[FuncDef], Optional[str]]] = [(tree, None, None)]
    ordered = sorted(lines)
    while stack:
        n, fn, target = stack.pop()
        t = type(n)
        if t is ast.Name or t is ast.Constant:
            continue
        # any node with a position, not only a statement: a call spans the line of its name, and so does all that
        # holds it (two thirds of the expressions walked within a spanning statement span none of the lines)
        first = getattr(n, "lineno", None)
        if first is not None:
            i = bisect_left(ordered, first)  # the first written line at or after the node's first
            if i == len(ordered) or ordered[i] > (n.end_lineno or first):  # type: ignore[attr-defined]
                continue
        if t is ast.Call:
            f = n.func  # type: ignore[attr-defined]
            if type(f) is ast.Name and f.id == name or method is not None and type(f) is ast.Attribute \
                    and f.attr == method and type(f.value) is ast.Name and f.value.id == "self":  # type: ignore[attr-defined]
                out.append((n, fn, target))  # type: ignore[arg-type]
        if t is ast.FunctionDef or t is ast.AsyncFunctionDef:
            fn = n  # type: ignore[assignment]
        if t is ast.Assign and len(n.targets) == 1:  # type: ignore[attr-defined]
            stack.append((n.value, fn, dotted(n.targets[0])))  # type: ignore[attr-defined]
            continue
        if t is ast.Module or t is ast.ClassDef:
            # the long blocks, whose statements mostly span none of the lines: those that do found by bisection
            # (the module's of timm's model files, hundreds of `def`s each, were most of the nodes this walked)
            if t is ast.ClassDef:
                stack.extend((c, fn, None) for c in children(n) if not isinstance(c, ast.stmt))
            stack.extend((s, fn, None) for s in _spanning(n.body, ordered))  # type: ignore[attr-defined]
            continue
        stack.extend((c, fn, None) for c in children(n))
    out.sort(key=lambda c: (c[0].lineno, c[0].col_offset))
    return out


def _spanning(block: List[ast.stmt], lines: List[int]) -> List[ast.stmt]:
    """The statements of a block whose lines (decorators not included) hold one of `lines` (sorted)."""
    starts = [s.lineno for s in block]
    out: List[ast.stmt] = []
    taken = -1  # (the last statement taken: the lines are sorted, so each is found once, in order)
    for line in lines:
        top = i = bisect_right(starts, line) - 1  # the last statement starting at or before the line
        # (a statement ends at or before the next one starts: more than one holds the line only when they share it,
        # `a = 1; b = f()`, and those are the ones just before)
        while i > taken and (block[i].end_lineno or starts[i]) >= line:
            out.append(block[i])
            i -= 1
        if i < top:
            taken = top
    return out


NONE_ARM = "\0None"  # the key of an `if name is None:` arm in a string chain
_CASE_FOLDS = frozenset({"lower", "casefold"})


def _string_chain(chain: ast.If) -> Optional[Tuple[List[Tuple[str, str, List[ast.stmt]]], List[ast.stmt]]]:
    """The arms of `if k == "a": ... elif k == "b": ... [else: ...]` as (the name tested, the string, the arm's
    statements), with the final else block ([] when there is none); None unless every test compares a name for
    equality with a string."""
    arms: List[Tuple[str, str, List[ast.stmt]]] = []
    node: Optional[ast.If] = chain
    rest: List[ast.stmt] = []
    while node is not None:
        t = node.test
        if isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], ast.Is) \
                and isinstance(t.left, ast.Name) and _is_none(t.comparators[0]):
            arms.append((t.left.id, NONE_ARM, node.body))  # `if initializer is None:` (the default's arm)
            rest = node.orelse
            node = rest[0] if len(rest) == 1 and isinstance(rest[0], ast.If) else None
            continue
        test = string_comparison(t)
        side = test[0] if test is not None else None
        if isinstance(side, ast.Call) and isinstance(side.func, ast.Attribute) and side.func.attr in _CASE_FOLDS \
                and not side.args and not side.keywords and test is not None:
            # `elif initializer.lower() == "he":` -- the string as any call may spell it (`initializer='He'`)
            folded = side.func.value
            side, test = folded, (folded, test[1].lower(), test[2])
        if test is None or not test[2] or not isinstance(side, ast.Name):
            return None
        arms.append((side.id, test[1], node.body))
        rest = node.orelse
        node = rest[0] if len(rest) == 1 and isinstance(rest[0], ast.If) else None
    return arms, rest  # (the loop ends on a block that is no single `elif`)


def _string_arms(chain: ast.If) -> Optional[List[Tuple[str, str, List[ast.stmt]]]]:
    """The arms of `if k == "a": ... return x elif k == "b": ... return y [else: raise/return]` (`_string_chain`);
    None unless every arm ends in a return of a value (at most four statements) and an else arm, if any, raises or
    returns."""
    found = _string_chain(chain)
    if found is None:
        return None
    arms, rest = found
    for _, _, body in arms:
        last = body[-1]
        if not isinstance(last, ast.Return) or last.value is None or len(body) > 4:
            return None
    if rest and not isinstance(rest[-1], (ast.Raise, ast.Return)):
        return None
    return arms


def _constant_locals(fn: FuncDef, ev: Evaluator) -> Dict[str, float]:
    """NAME = <number> bound once in a function (`D = 2  # input size`): the sizes a caller passes."""
    seen: Dict[str, int] = {}
    out: Dict[str, float] = {}
    for n in walk(fn):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, (ast.AugAssign, ast.AnnAssign, ast.For)) else []
        for t in targets:
            pairs: List[Tuple[ast.expr, Optional[ast.expr]]] = [(t, n.value if isinstance(n, ast.Assign) and len(n.targets) == 1 else None)]
            if isinstance(t, (ast.Tuple, ast.List)):  # D, M, K = 2, 3, 3
                values = n.value.elts if isinstance(n, ast.Assign) and isinstance(n.value, (ast.Tuple, ast.List)) \
                    and len(n.value.elts) == len(t.elts) else [None] * len(t.elts)
                pairs = list(zip(t.elts, values))
            for name_node, value in pairs:
                if isinstance(name_node, ast.Name):
                    seen[name_node.id] = seen.get(name_node.id, 0) + 1
                    v = ev.number(value) if value is not None else None
                    if v is not None:
                        out[name_node.id] = v
    return {k: v for k, v in out.items() if seen.get(k) == 1}


def _tensor_key(source: SourceText, node: ast.expr) -> Optional[str]:
    """Key used for fill-then-overwrite tracking: the written tensor, normalised."""
    t = node
    while isinstance(t, ast.Attribute) and t.attr == "data":
        t = t.value
    if isinstance(t, ast.Subscript) and not _dict_key(t):
        t = t.value  # W[:] = ..., W[0, :] = ...
        while isinstance(t, ast.Attribute) and t.attr == "data":
            t = t.value
    if isinstance(t, ast.Call) and isinstance(t.func, ast.Attribute) and t.func.attr == "detach":
        t = t.func.value
    d = _display(source, t)
    return d if d and d != "?" else None


def parent_classes(model: Model, bases: Sequence[str], own: Optional["Class"] = None) -> List["Class"]:
    """The classes of this file among `bases` (a class's base names; one level), `own` left out."""
    found = (model.classes.get(b.rsplit(".", 1)[-1]) for b in bases)
    return [c for c in found if c is not None and c is not own]


def factory_layer(model: Model, node: ast.AST, container: bool = False) -> Optional[Layer]:
    """`hidden(128)`: a call of a module-level layer factory (modelled already); the one layer it returns (with
    `container`, the one container: `def conv(a, b): return nn.Sequential(nn.Conv2d(a, b, 3), nn.ReLU())`)."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None
    fn = model.functions.get(node.func.id)
    if fn is None or fn.cls is not None or fn.parent is not None:
        return None
    returns = model._returns.get(id(fn.node))
    if returns is None:
        # the return values of the factory, found once per function (the old model walked it on every call)
        returns = model._returns[id(fn.node)] = [n.value for n in walk(fn.node.body)
                                                 if isinstance(n, ast.Return) and n.value is not None]
    found = {id(l): l for v in returns for l in [model.layer_of_node.get(id(v))]
             if l is not None and (l.kind == "container") == container}
    return next(iter(found.values())) if len(found) == 1 else None


def operand_core(node: ast.expr) -> ast.expr:
    """`W.T`, `W.data`, `W.t()`, `W.transpose(0, 1)`, `tf.transpose(W)`, `np.transpose(W)` -> `W`: the tensor
    behind a matmul operand."""
    while isinstance(node, ast.Attribute) and node.attr in ("T", "data", "mT"):
        node = node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("t", "transpose", "T"):
        if node.args and dotted(node.func.value) in _ARRAY_MODULES:
            return operand_core(node.args[0])  # (the function, given the tensor: not the module it is in)
        node = node.func.value
    return node


# the array libraries' usual names, whose `transpose(x)` / `t(x)` take the tensor as their first argument
_ARRAY_MODULES = frozenset({"np", "numpy", "tf", "tensorflow", "torch", "jnp", "jax.numpy", "onp", "K", "mx.nd"})


_LAYER_VOCAB = frozenset(W.LINEAR_LIKE | W.RNN_LIKE | W.NORM_LIKE | W.EMBED_LIKE)


def _helper_name(value: ast.expr, cls: Optional[Class]) -> Optional[str]:
    """`helper(...)` -> "helper"; `self.helper(...)` / `Cls.helper(...)` of a static method of the class being
    walked -> "helper"; None otherwise."""
    if not isinstance(value, ast.Call):
        return None
    f = value.func
    if isinstance(f, ast.Name):
        return f.id
    if cls is not None and isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
            and f.value.id in ("self", cls.name):
        method = cls.methods.get(f.attr) or next((b for b in cls.node.body if isinstance(b, (
            ast.FunctionDef, ast.AsyncFunctionDef)) and b.name == f.attr), None)
        if method is not None and decorated_with(method, "staticmethod"):
            return f.attr
    return None


def _equals_string(test: ast.expr) -> bool:
    """`x == "lit"` / `"lit" == self.x` / `x is "lit"`: a test of one value against one string."""
    found = string_comparison(test)
    return found is not None and found[2]


_LAYER_WRAPPERS = frozenset({"Bidirectional", "TimeDistributed"})


def _relu_rnn(kws: Dict[str, ast.expr]) -> bool:
    """torch's `nn.RNN(..., nonlinearity="relu")`: an Elman cell through ReLU instead of tanh."""
    given = kws.get("nonlinearity")
    return isinstance(given, ast.Constant) and given.value == "relu"


def _layer_types_matching(text: str, model: Model) -> Tuple[str, ...]:
    """Layer type names containing `text` (DCGAN's `classname.find("Conv") != -1`): the known layer
    vocabulary and the constructors this file used so far (`Model.layer_type_names`, kept by `register`)."""
    if not text:
        return ()
    return tuple(sorted(n for n in _LAYER_VOCAB.union(model.layer_type_names) if text in n))


def _class_name_var(node: ast.expr) -> Optional[str]:
    """`m.__class__.__name__` / `type(m).__name__` -> "m"."""
    if isinstance(node, ast.Attribute) and node.attr == "__name__":
        inner = node.value
        if isinstance(inner, ast.Attribute) and inner.attr == "__class__":
            return dotted(inner.value)
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "type":
            only = sole_arg_value(inner)
            if only is not None:
                return dotted(only)
    return None


_FLAG_SKIP = {"weight", "bias", "training", "data", "grad", "requires_grad", "shape", "ndim"}


def _flag_test(test: ast.expr) -> Optional[str]:
    """The module variable of a per-layer flag test: `m.init == "final"`, `getattr(m, "zero_init_last", False)`,
    `m.is_last`. None checks (`m.bias is not None`) and tensor attributes are not flags."""
    node = test
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
        lit = node.comparators[0]
        # a string, a non-negative integer literal, True or False
        if not (isinstance(lit, ast.Constant) and type(lit.value) in (str, int, bool)):
            return None
        node = node.left
    elif isinstance(node, ast.Compare):
        return None
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id != "self" \
            and node.attr not in _FLAG_SKIP and not node.attr.startswith("_"):
        return node.value.id
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr" \
            and len(node.args) + len(node.keywords) >= 2:
        values = arg_values(node)
        obj = values[0]
        if isinstance(obj, ast.Name) and obj.id != "self":
            attr = string_value(values[1])
            if attr and attr not in _FLAG_SKIP and attr.split("_")[0] not in ("weight", "bias"):
                return obj.id
    return None


def _shape_arg(call: ast.Call, last: str) -> Optional[ast.expr]:
    """The shape argument of a variable-creating call: shape=..., or get_parameter/get_variable(name, shape)."""
    node = arg(call, None, "shape")
    if node is None and last in ("get_parameter", "get_variable") and len(call.args) + len(call.keywords) >= 2:
        second = source_order_args(call)[1]
        if second.keyword is None:
            node = second.value
    return node


def _literal_rank(node: Optional[ast.expr]) -> Optional[int]:
    """Rank of a literal shape: () / [] -> 0, (n,) -> 1, (a, b) -> 2; None when not a literal."""
    if isinstance(node, (ast.Tuple, ast.List)) and not any(isinstance(e, ast.Starred) for e in node.elts):
        return len(node.elts)
    return None


def _iteration_test(test: ast.expr, loops: _Loops) -> Optional[str]:
    """The loop variable of `i == 0` / `l == L - 1` (one side a variable of an enclosing loop, the other no
    bare name): the body runs for one iteration."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return None
    names = [n.id for n in (test.left, test.comparators[0]) if isinstance(n, ast.Name)]
    if len(names) != 1:
        return None
    return names[0] if any(names[0] in lp.var_names for lp in loops) else None


def _before_last_iteration_test(test: ast.expr, loops: _Loops) -> Optional[str]:
    """The loop variable of `i < L - 1` / `i != len(dims) - 1` / `i <= n - 2` (the variable of an enclosing loop on
    the left, no bare name on the right): the test holds until the last iteration, so its else runs for one."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.Lt, ast.LtE, ast.NotEq))):
        return None
    var, bound = test.left, test.comparators[0]
    if not isinstance(var, ast.Name) or isinstance(bound, ast.Name) \
            or not isinstance(bound, (ast.BinOp, ast.Constant, ast.Call, ast.Attribute)):
        return None
    return var.id if any(var.id in lp.var_names for lp in loops) else None


def _held_initializer(value: ast.expr, ev: Evaluator, local_inits: Dict[str, ast.expr]) -> Optional[ast.expr]:
    """The initializer expression an attribute is set to: an initializer made here, a parameter whose default
    is one (`kernel_initializer`, in local_inits), or `keras.initializers.get(<that parameter>)`."""
    if type(value) is ast.Name:
        return local_inits.get(value.id)  # type: ignore[attr-defined]
    if type(value) is ast.Call and ev.qname(value.func) == "keras.initializers.get":  # type: ignore[attr-defined]
        given = first_arg_value(value)  # type: ignore[arg-type]
        if isinstance(given, ast.Name) and given.id in local_inits:
            return local_inits[given.id]
    return value if ev.initializer(value) is not None else None


def passed_at_attribute_calls(model: Model, fn: Function, param: str) -> List[Optional[ast.expr]]:
    """What the calls `X.method(...)` of the file pass for a parameter of the classmethod or staticmethod `fn`
    (`Network.build(num_inputs=2, activation="tanh")`): the expression, or None where it cannot be told (a call
    through another receiver than its class, or `cls`/`self` in its own class; `*args`; the method taken as a
    value, `BUILDERS = {"mlp": Networks.mlp}`, and called elsewhere); a call leaving it out adds nothing."""
    cls = fn.cls
    assert cls is not None
    node = fn.node
    params = [p.arg for p in node.args.posonlyargs + node.args.args]
    if params and any(type(d) is ast.Name and d.id == "classmethod" for d in node.decorator_list):  # type: ignore[attr-defined]
        params = params[1:]  # (cls)
    if "." + fn.name not in model.source.text:
        return []
    called = {id(n.func) for n in walk(model.module) if type(n) is ast.Call}  # type: ignore[attr-defined]
    out: List[Optional[ast.expr]] = []
    for call in walk(model.module):
        if type(call) is ast.Attribute and call.attr == fn.name and id(call) not in called:  # type: ignore[attr-defined]
            out.append(None)  # (taken as a value: what its callers pass is not known)
            continue
        if type(call) is not ast.Call or type(call.func) is not ast.Attribute \
                or call.func.attr != fn.name:  # type: ignore[attr-defined]
            continue
        receiver = call.func.value  # type: ignore[attr-defined]
        ours = type(receiver) is ast.Name and (receiver.id == cls.name  # type: ignore[attr-defined]
                                              or receiver.id in ("cls", "self") and within(call, cls.node))  # type: ignore[attr-defined]
        if not ours:
            out.append(None)
            continue
        known, passed = passed_for(call, params, param)
        if not known:
            out.append(None)
        elif passed is not None:  # (left out: the default holds)
            out.append(passed)
    return out


def class_level_method(node: FuncDef) -> bool:
    """A method decorated @classmethod or @staticmethod (called through its class, not through objects)."""
    return any(type(d) is ast.Name and d.id in ("classmethod", "staticmethod") for d in node.decorator_list)  # type: ignore[attr-defined]


def _number_literal(node: ast.AST) -> bool:
    """`0.5`, `-0.1` (a signed number literal)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return is_number_literal(node)


def _arithmetic_of(node: ast.AST, name: str) -> bool:
    """+, -, *, / of number literals and reads of `name` only (`w / 5 - .1`, `2 * w - 1`)."""
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)) \
            and _arithmetic_of(node.left, name) and _arithmetic_of(node.right, name)
    if isinstance(node, ast.Name):
        return node.id == name
    return _number_literal(node)


def _scaled_read(node: ast.AST, name: str, ev: Evaluator) -> bool:
    """+, -, *, / whose operands are the tensor `name` (once, maybe through `.astype(...)`/`.reshape(...)`) and
    values that are no tensor (numbers, parameters, `np.sqrt(2 / n)`): the tensor scaled or shifted."""
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)) \
            and _scaled_read(node.left, name, ev) and _scaled_read(node.right, name, ev)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("astype", "reshape") \
            and isinstance(node.func.value, ast.Name) and node.func.value.id == name:
        return True
    if isinstance(node, ast.Name) and node.id == name:
        return True
    return not any(isinstance(n, ast.Name) and n.id == name for n in walk(node)) and ev.value(node) is None  # type: ignore[arg-type]


def _frozen(call: ast.Call) -> bool:
    """`trainable=False` / `requires_grad=False` written on the call that makes the layer or variable."""
    return any(k.arg in ("trainable", "requires_grad") and isinstance(k.value, ast.Constant) and k.value.value is False
               for k in call.keywords)


def _over_own_modules(loop: Optional[ast.AST]) -> bool:
    """`for m in self.modules()` (also `enumerate(self.modules())`, `self.children()`)."""
    it = loop.iter if isinstance(loop, (ast.For, ast.AsyncFor)) else None
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "enumerate" and it.args:
        it = it.args[0]
    return isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) \
        and it.func.attr in ("modules", "children") and isinstance(it.func.value, ast.Name) \
        and it.func.value.id == "self"


def _self_normalised(stmts: Sequence[ast.stmt], name: str) -> bool:
    """`out *= std / torch.sqrt(out.pow(2).sum(1, keepdim=True))` among `stmts`: `name` rescaled by a factor
    computed from itself (its norm), so what it holds is no longer the draw's scale."""
    # (a name, or an attribute chain: `m.weight.data *= 1 / torch.sqrt(m.weight.data.pow(2).sum(1, keepdim=True))`)
    return any(isinstance(b, ast.AugAssign) and dotted(b.target) == name
               and any(type(n) in (ast.Name, ast.Attribute) and dotted(n) == name for n in walk(b.value))
               for b in stmts)


def _fid(func: Optional[Function]) -> int:
    return id(func.node) if func is not None else 0


_SETTER = re.compile(r"^set_?(weights?|w|kernel|bias(?:es)?|b)$", re.IGNORECASE)


def _setter_attr(value: ast.expr) -> Optional[str]:
    """`obj.setWeights(<expression>)` / `obj.set_bias(...)`, one argument that is no name, list or tuple: the
    attribute the setter writes (`weights`, `bias`), as the method names it; else None."""
    if type(value) is not ast.Call or type(value.func) is not ast.Attribute or len(value.args) != 1 \
            or value.keywords or isinstance(value.args[0], (ast.Name, ast.List, ast.Tuple, ast.Starred)):  # type: ignore[attr-defined]
        return None
    match = _SETTER.match(value.func.attr)  # type: ignore[attr-defined]
    return match.group(1).lower() if match else None


def _rank_of(node: ast.expr) -> Optional[str]:
    """The tensor whose number of dimensions `node` reads: `p.dim()`, `p.ndimension()`, `p.ndim`, `len(p.shape)`,
    `len(p.size())`, `len(p.get_shape())` (`p.data.dim()`: p's)."""
    var: Optional[ast.expr] = None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("dim", "ndimension") \
            and not node.args:
        var = node.func.value
    elif isinstance(node, ast.Attribute) and node.attr == "ndim":
        var = node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and len(node.args) == 1:
        inner = node.args[0]
        if isinstance(inner, ast.Call) and not inner.args and isinstance(inner.func, ast.Attribute) \
                and inner.func.attr in ("size", "get_shape"):
            inner = inner.func  # len(p.size()): as len(p.shape)
        if isinstance(inner, ast.Attribute) and inner.attr in ("shape", "size", "get_shape"):
            var = inner.value
    if isinstance(var, ast.Attribute) and var.attr == "data":
        var = var.value
    return dotted(var) if var is not None else None


_ORDERINGS: Dict[type, Callable[[float, float], bool]] = {
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Lt: operator.lt, ast.LtE: operator.le, ast.Eq: operator.eq,
    ast.NotEq: operator.ne}


def _compares(op: ast.cmpop, left: float, right: float) -> Optional[bool]:
    """`left <op> right` for a comparison operator (None for `is`/`in`)."""
    compare = _ORDERINGS.get(type(op))
    return compare(left, right) if compare is not None else None


def _self_attr(node: Optional[ast.AST]) -> Optional[str]:
    if type(node) is ast.Attribute and type(node.value) is ast.Name and node.value.id == "self":
        return node.attr
    return None


def _iterated_items(loop: Union[ast.For, ast.AsyncFor], name: str, body: Sequence[ast.stmt]) -> Optional[List[ast.expr]]:
    """What `loop` binds `name` to, one expression per turn, when it walks a literal: a list's or tuple's items
    (each item's entry at the name's place in a tuple target), a dict's keys (iterated, or `.keys()`), its
    `.values()`, or its `.items()` pairs. The literal is written in the loop header or bound to a name by the last
    statement of `body` before the loop that binds it. None when the loop walks anything else."""
    items, view = loop.iter, None
    if isinstance(items, ast.Call) and isinstance(items.func, ast.Attribute) and not items.args \
            and items.func.attr in ("items", "keys", "values"):
        view = items.func.attr
        items = items.func.value
    if isinstance(items, ast.Name):
        bound = [st.value for st in body if isinstance(st, ast.Assign) and len(st.targets) == 1
                 and isinstance(st.targets[0], ast.Name) and st.targets[0].id == items.id and st.lineno < loop.lineno]
        if not bound:
            return None
        items = bound[-1]
    rows: List[ast.expr]
    if isinstance(items, ast.Dict) and None not in items.keys:
        keys: List[ast.expr] = items.keys  # type: ignore[assignment]
        rows = list(items.values) if view == "values" else \
            [ast.Tuple(elts=[k, v], ctx=ast.Load()) for k, v in zip(keys, items.values)] if view == "items" else keys
    elif isinstance(items, (ast.List, ast.Tuple)) and view is None:
        rows = list(items.elts)
    else:
        return None
    target = loop.target
    if isinstance(target, ast.Name):
        return rows if target.id == name else None
    if isinstance(target, ast.Tuple) and all(isinstance(t, ast.Name) for t in target.elts):
        names = [t.id for t in target.elts]  # type: ignore[attr-defined]
        if name not in names:
            return None
        at = names.index(name)
        return [e.elts[at] for e in rows if isinstance(e, (ast.Tuple, ast.List)) and len(e.elts) == len(names)]
    return None


def _target_names(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Name):
        yield node.id
    elif isinstance(node, (ast.Tuple, ast.List)):
        for e in _elements(node):
            yield from _target_names(e)


_SCALE_PARAMS = frozenset({"scale", "std", "stddev", "sigma", "init_scale", "weight_scale", "w_scale", "std_dev",
                           "constant", "gain"})
_RANGE_PARAMS = frozenset({"low", "high", "lower", "upper", "minval", "maxval", "min_val", "max_val", "init_range"})


def _concrete_types(filters: Sequence[Filter]) -> Optional[Tuple[Tuple[str, str], FrozenSet[str]]]:
    """(("isinstance", var), types) for an `isinstance(var, A)` test naming framework layer classes only, none an
    abstract base (`_ConvNd`, `_BatchNorm`, `nn.Module`): arms with disjoint such sets never both hold."""
    typed = [f for f in filters if f.types and not f.by_name]
    if len(typed) != 1:
        return None
    f = typed[0]
    lasts = [t.rsplit(".", 1)[-1] for t in f.types]
    if any(x.startswith("_") or x.endswith("Base") or x in _MODULE_BASES or W.layer_kind(x) == "other" for x in lasts):
        return None
    return ("isinstance", f.var), frozenset(f.types)


def _constant_test(test: ast.expr) -> Optional[Tuple[Tuple[str, str], Tuple[type, object]]]:
    """(("equals", name), (type, value)) for `name == <number or string>` (either side; `name` a dotted name; `is`
    too, as `method is 'random'` is written): arms testing the same name against different constants never both
    hold."""
    if type(test) is not ast.Compare or len(test.ops) != 1 or type(test.ops[0]) not in (ast.Eq, ast.Is):
        return None
    for var, const in ((test.left, test.comparators[0]), (test.comparators[0], test.left)):
        name = dotted(var)
        if name and type(const) is ast.Constant and type(const.value) in (int, str):  # type: ignore[attr-defined]
            return ("equals", name), (type(const.value), const.value)  # type: ignore[attr-defined]
    return None


def _made_per_item(node: ast.expr) -> Optional[ast.expr]:
    """What a comprehension or a map makes for each item: `[nn.Linear(a, b) for ...]`, `(... for ...)`,
    `list(map(lambda d: nn.Linear(*d), zip(dims, dims[1:])))`; None for anything else."""
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
        return node.elt
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("list", "tuple") \
            and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "map" \
            and len(node.args) >= 2 and isinstance(node.args[0], ast.Lambda):
        return node.args[0].body
    return None


_ACTIVATION_FACTORY = re.compile(r"(^|_)(get|create|build|make)_act(ivation)?(_|s?$)|activation_(fn|function|layer)$")


def _activation_factory(name: str) -> bool:
    """A function named for mapping a string to an activation: get_activation, get_activation_function,
    get_act_layer, create_act_layer, build_activation (the last part of a dotted name, lower-cased)."""
    return bool(_ACTIVATION_FACTORY.search(name.rsplit(".", 1)[-1].lower()))


def _display(model_or_source: Union[Model, SourceText], node: ast.AST) -> str:
    """Short text of a node for messages: `a.b.c` as a dotted name, anything else exactly as written, on one line."""
    src = model_or_source.source if isinstance(model_or_source, Model) else model_or_source
    return src.display(node)


def _size_core(node: ast.expr) -> ast.expr:
    """`net_arch[layer] + 1` -> `net_arch[layer]` (a size with a bias unit added); anything else as it is."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant) \
            and type(node.right.value) is int:
        return node.left
    return node


def _plus(size: Optional[float], extra: int) -> Optional[float]:
    return size + extra if size is not None else None


def _zipped_item(name: str, call: ast.Call, scope: FuncDef) -> Optional[Tuple[str, str, int]]:
    """`m` of a comprehension or loop around `call` that zips slices of one list (`for m, n in zip(sizes[:-1],
    sizes[1:])`, `zip(sizes, sizes[1:])`): (the list, the variable, the slice's start), as `_indexed_param` gives
    for `sizes[i]`, `sizes[i + 1]`."""
    for node in walk(scope):
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)) and len(node.generators) == 1:
            gen, holds = node.generators[0], any(n is call for n in walk(node.elt))
            target, it = gen.target, gen.iter
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            holds = any(n is call for stmt in node.body for n in walk(stmt))
            target, it = node.target, node.iter
        else:
            continue
        if not holds:
            continue
        pairs: List[Tuple[ast.expr, ast.expr]] = []
        for item, source in loop_pairs(target, it):
            if isinstance(item, (ast.Tuple, ast.List)) and isinstance(source, ast.Call) and last_name(source.func) == "zip":
                pairs.extend(loop_pairs(item, source))  # for key, (m, n) in zip(keys, zip(sizes[:-1], sizes[1:]))
            else:
                pairs.append((item, source))
        for item, source in pairs:
            if not isinstance(item, ast.Name) or item.id != name:
                continue
            if isinstance(source, ast.Name):
                return source.id, "", 0
            if isinstance(source, ast.Subscript) and isinstance(source.value, ast.Name) \
                    and isinstance(source.slice, ast.Slice) and source.slice.step is None:
                start = source.slice.lower
                offset = 0 if start is None else start.value if isinstance(start, ast.Constant) \
                    and type(start.value) is int and start.value >= 0 else None
                if offset is not None:
                    return source.value.id, "", offset
        return None
    return None


def _layer_dims(sizes: Sequence[Optional[float]], indexed: Sequence[Optional[Tuple[str, str, int]]],
                shape: Sequence[ast.expr]) -> Optional[List[Tuple[Optional[float], ...]]]:
    """The sizes of each layer a loop over a list of sizes draws: for each position of the loop variable that
    keeps every index (`L[i]`, `L[i + 1]`, as `_indexed_param` reads them off `shape`) in the list, the items at
    their offsets, plus a bias unit where the shape adds one (`net_arch[layer] + 1`)."""
    offsets = [ix[2] for ix in indexed if ix is not None]
    added = [int(x.right.value) if _size_core(x) is not x else 0 for x in shape]  # type: ignore[attr-defined]
    out: List[Tuple[Optional[float], ...]] = []
    for base in range(-min(offsets), len(sizes) - max(offsets)):
        out.append(tuple(_plus(sizes[base + off], extra) for off, extra in zip(offsets, added)))
    return out or None


def _indexed_param(node: ast.AST, params: Sequence[str]) -> Optional[Tuple[str, str, int]]:
    """`L[i]` / `layer_dims[l - 1]` / `sizes[i + 1]` with L a parameter: (the parameter, the index variable,
    the index's offset)."""
    if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name) or node.value.id not in params:
        return None
    idx = node.slice
    if isinstance(idx, ast.Name):
        return node.value.id, idx.id, 0
    if isinstance(idx, ast.BinOp) and isinstance(idx.left, ast.Name) and isinstance(idx.right, ast.Constant) \
            and type(idx.right.value) is int and isinstance(idx.op, (ast.Add, ast.Sub)):
        return node.value.id, idx.left.id, idx.right.value if isinstance(idx.op, ast.Add) else -idx.right.value
    return None


def _weight_and_bias(w: Dist, b: Dist) -> bool:
    """A layer's parameters side by side: a drawn matrix and a vector as long as one of its sides."""
    return w.kind != "empty" and b.kind != "empty" and len(w.shape) == 2 and len(b.shape) == 1 \
        and any(ast.dump(b.shape[0]) == ast.dump(side) for side in w.shape)


def _names_from_lists(body: Sequence[ast.stmt]) -> Dict[str, Optional[str]]:
    """Names these statements (nested defs and classes left out) bind, each with the one list variable it is
    only ever an item of (`in_dim = dims[0]`; `in_dim = dims[i]`), or None where any binding is something else."""
    out: Dict[str, Optional[str]] = {}
    for n in own_scope(body):
        targets: List[ast.AST] = []
        value: Optional[ast.AST] = None
        if isinstance(n, ast.Assign):
            targets, value = list(n.targets), n.value if len(n.targets) == 1 else None
        elif isinstance(n, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor, ast.comprehension)):
            targets = [n.target]
        elif isinstance(n, ast.NamedExpr):
            targets = [n.target]
        for t in targets:
            for name in (x.id for x in walk(t) if type(x) is ast.Name):  # type: ignore[attr-defined]
                listed = value.value.id if isinstance(t, ast.Name) and isinstance(value, ast.Subscript) \
                    and isinstance(value.value, ast.Name) else None
                out[name] = listed if out.get(name, listed) == listed else None
    return out


def _binds_item(name: str, text: str) -> bool:
    """Whether `text` has `name = xs[` (`in_dimension = layer_dimension[i]`). The pattern starts with the name,
    so `re` scans for it as a literal; the word boundary before it is checked at each hit (a leading `\b` made
    the engine try every position of the text). (A hit never hides another: the name is word characters.)"""
    if not name.isascii():
        return re.search(rf"\b{re.escape(name)}\s*=\s*\w+\[", text) is not None
    return any(m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1)
               for m in re.finditer(rf"{re.escape(name)}\s*=\s*\w+\[", text))


def _unrolled_iterations(body: Sequence[ast.stmt], call: ast.Call, ev: Evaluator) -> Optional[List[Dict[str, float]]]:
    """The numbers each iteration of the loop around `call` binds, when that loop is a statement of `body` that
    walks a list of numbers bound before it in `body` (`for i, n in enumerate(sizes)`, `for n in sizes`, `for i in
    range(len(sizes))`; the call in no inner loop): the index, the item, and what the loop body's plain
    assignments before the call's statement make of them (`fan_in = 784 if i == 0 else sizes[i - 1]`). None
    otherwise (and for a list of more than 32 items)."""
    loop = next((st for st in body if isinstance(st, ast.For) and st.lineno <= call.lineno <= (st.end_lineno or 0)),
                None)
    if loop is None or not loop.body:
        return None
    holder = next((st for st in loop.body if st.lineno <= call.lineno <= (st.end_lineno or 0)), None)
    if holder is None or any(isinstance(n, (ast.For, ast.While, ast.FunctionDef, ast.Lambda)) for n in walk(holder)):
        return None
    index, item, listed = _loop_over_list(loop)
    if listed is None:
        return None
    bound = _list_bound_before(body, listed, loop.lineno)
    if not isinstance(bound, (ast.List, ast.Tuple)) or not 1 <= len(bound.elts) <= 32:
        return None
    items = [ev.number(e) for e in bound.elts]
    if any(v is None for v in items):
        return None
    lists = {listed: [v for v in items if v is not None]}
    out: List[Dict[str, float]] = []
    for k, v in enumerate(lists[listed]):
        env: Dict[str, float] = {}
        if index:
            env[index] = float(k)
        if item:
            env[item] = v
        for st in loop.body:
            if st is holder:
                break
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                folded = _folded(st.value, env, lists)
                if folded is None:
                    env.pop(st.targets[0].id, None)
                else:
                    env[st.targets[0].id] = folded
        out.append(env)
    return out


def _loop_over_list(loop: ast.For) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """(index, item, list name) of `for i, x in enumerate(L)` / `for x in L` / `for i in range(len(L))`; Nones
    for any other loop."""
    it, target = loop.iter, loop.target
    if isinstance(it, ast.Name) and isinstance(target, ast.Name):
        return None, target.id, it.id
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and len(it.args) == 1 and not it.keywords):
        return None, None, None
    inner = it.args[0]
    if it.func.id == "enumerate" and isinstance(inner, ast.Name) and isinstance(target, ast.Tuple) \
            and len(target.elts) == 2 and all(isinstance(e, ast.Name) for e in target.elts):
        return target.elts[0].id, target.elts[1].id, inner.id  # type: ignore[attr-defined]
    if it.func.id == "range" and isinstance(target, ast.Name) and isinstance(inner, ast.Call) \
            and isinstance(inner.func, ast.Name) and inner.func.id == "len" and len(inner.args) == 1 \
            and isinstance(inner.args[0], ast.Name):
        return target.id, None, inner.args[0].id
    return None, None, None


def project_sequential(type_name: str) -> bool:
    """A project's own sequential wrapper (`tf_plus.SequentialNetwork([...])`, from a module of the repository):
    a list of layers run in order and, for the dataflow, a whole model as keras.Sequential is (torch's
    Sequential and the frameworks' own are judged as they are)."""
    last = type_name.rsplit(".", 1)[-1]
    return last.startswith("Sequential") and last != "Sequential" and not type_name.startswith("torch.")


def _folded(node: ast.expr, env: Dict[str, float], lists: Dict[str, List[float]]) -> Optional[float]:
    """The number an expression of one loop iteration makes: numbers, the names `env` binds, `+ - *` (folded as the
    evaluator folds them), an item of a list of `lists` by a known index (`sizes[i - 1]`), and `a if
    <comparison> else b`; None for anything else."""
    if isinstance(node, ast.Constant):
        return float(node.value) if type(node.value) in (int, float) else None  # type: ignore[arg-type]
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.BinOp) and _AST_OPS.get(type(node.op)) in ("+", "-", "*"):
        a, b = _folded(node.left, env, lists), _folded(node.right, env, lists)
        return None if a is None or b is None else fold(_AST_OPS[type(node.op)], a, b)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in lists:
        i = _folded(node.slice, env, lists)
        items = lists[node.value.id]
        return items[int(i)] if i is not None and i == int(i) and 0 <= i < len(items) else None
    if isinstance(node, ast.IfExp) and isinstance(node.test, ast.Compare) and len(node.test.ops) == 1:
        a, b = _folded(node.test.left, env, lists), _folded(node.test.comparators[0], env, lists)
        holds = _compares(node.test.ops[0], a, b) if a is not None and b is not None else None
        return None if holds is None else _folded(node.body if holds else node.orelse, env, lists)
    return None


def _list_bound_before(body: Sequence[ast.stmt], name: str, line: int) -> Optional[ast.expr]:
    """The list literal a module-level `name = [...]` last bound before `line` (notebook cells re-bind names)."""
    found: Optional[ast.expr] = None
    for stmt in body:
        if stmt.lineno >= line:
            break
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
            found = stmt.value if isinstance(stmt.value, (ast.List, ast.Tuple)) else None
    return found


def key_locals(fn: FuncDef) -> None:
    """Values flow through locals into dict keys: `w_name = 'W%d' % i; self.params[w_name] = ...` is
    `params["W*"]`. A name bound once in the function (nested defs apart) to a key spelling marks every
    `X[name]` subscript of that function with the key it spells."""
    # Only `name = <key spelling>` can mark anything, and fewer than 1 % of functions have one: look for it
    # among the statements first (cheap), and walk every expression of the body only when it is there.
    if not _binds_key_spelling(fn.body):
        return
    bound: Dict[str, List[ast.expr]] = {}
    subs: List[ast.Name] = []
    stack: List[ast.AST] = list(fn.body)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            bound.setdefault(n.id, []).append(n)
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            bound.setdefault(n.targets[0].id, []).append(n.value)
            stack.append(n.value)
            continue
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and _paired_names(n.targets[0], n.value):
            for target, item in _paired_names(n.targets[0], n.value):  # w_key, b_key = 'W' + str(i), 'b' + str(i)
                bound.setdefault(target.id, []).append(item)
            stack.append(n.value)
            continue
        elif isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name):
            subs.append(n.slice)
        stack.extend(children(n))
    for name in subs:
        values = bound.get(name.id, [])
        if len(values) == 1 and not isinstance(values[0], ast.Name):
            k = _key_of(values[0])
            if k is not None:
                setattr(name, _KEY_ATTR, k)


_SIMPLE_STATEMENTS = (ast.Expr, ast.Return, ast.AugAssign, ast.AnnAssign, ast.Pass, ast.Raise, ast.Assert,
                      ast.Import, ast.ImportFrom, ast.Delete, ast.Global, ast.Nonlocal, ast.Break, ast.Continue,
                      ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)  # (defs and classes: their own scopes)
_SIMPLE_STATEMENT_TYPES = frozenset(_SIMPLE_STATEMENTS)  # (a set lookup by exact type: ast.parse makes no subclasses)


# the node types _key_of can read a key from (anything else is no key spelling: most values, not asked)
_KEY_SPELLING_TYPES = frozenset({ast.Constant, ast.BinOp, ast.JoinedStr, ast.Call})


def _paired_names(target: ast.expr, value: ast.expr) -> List[Tuple[ast.Name, ast.expr]]:
    """`a, b = x, y`: each name of a tuple target with the item it is bound to ([] for any other shape)."""
    if not isinstance(target, (ast.Tuple, ast.List)) or not isinstance(value, (ast.Tuple, ast.List)) \
            or len(target.elts) != len(value.elts) or not all(isinstance(t, ast.Name) for t in target.elts) \
            or any(isinstance(v, ast.Starred) for v in value.elts):
        return []
    return [(t, v) for t, v in zip(target.elts, value.elts) if isinstance(t, ast.Name)]


def _binds_key_spelling(body: List[ast.stmt]) -> bool:
    """Whether a statement of the body (nested blocks included, nested defs and classes not) is
    `name = <key spelling>` (`w_name = 'W%d' % i`): the only binding `key_locals` can use."""
    stack = list(body)
    while stack:
        s = stack.pop()
        t = type(s)
        if t is ast.Assign:
            targets, value = s.targets, s.value  # type: ignore[attr-defined]
            if len(targets) == 1 and type(targets[0]) is ast.Name and type(value) in _KEY_SPELLING_TYPES \
                    and _key_of(value) is not None:
                return True
            if len(targets) == 1 and any(type(k) in _KEY_SPELLING_TYPES and _key_of(k) is not None
                                         for _, k in _paired_names(targets[0], value)):
                return True  # w_key, b_key = 'W' + str(i), 'b' + str(i)
        elif t not in _SIMPLE_STATEMENT_TYPES:  # a compound statement: look into its blocks
            for name in ("body", "orelse", "finalbody"):
                stack.extend(getattr(s, name, ()))
            for inner in getattr(s, "handlers", ()) or getattr(s, "cases", ()):  # except / match-case blocks
                stack.extend(inner.body)
    return False


_NORM_TYPE_WORDS = {"norm", "norms", "normalization", "normalizations", "normalisation", "normalisations"}


def _names_norm_types(node: ast.expr) -> bool:
    """An isinstance type expression the engine cannot resolve, written in the names of norm layers
    (`norms.get_all()`, `NORM_CLASS_REGISTRY`, `_NORM_LAYERS`): a set of normalisation classes."""
    words = {w.lower() for n in walk(node) if type(n) in (ast.Name, ast.Attribute)
             for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", n.id if type(n) is ast.Name else n.attr)}  # type: ignore[attr-defined]
    return bool(words & _NORM_TYPE_WORDS)


def _comprehension_over_layers(value: ast.expr) -> bool:
    """A list, dict or generator comprehension over indices or paired sizes (`for i in range(L)`,
    `for m, n in zip(sizes[:-1], sizes[1:])`): it makes one element per layer."""
    if type(value) not in (ast.ListComp, ast.DictComp, ast.GeneratorExp):
        return False
    it = value.generators[0].iter  # type: ignore[attr-defined]
    return type(it) is ast.Call and type(it.func) is ast.Name and it.func.id in _INDEX_ITERATORS  # type: ignore[attr-defined]


def _container_of_weights(node: ast.Subscript) -> bool:
    """`weights[...]`, `self.weights[...]`, `W[...]`: a container whose entries are weight matrices."""
    return _container_role(node) == W.WEIGHT


def _drawn_role(target: ast.expr) -> Optional[W.Role]:
    """The role of a target a random draw is assigned to, when a gradient-style prefix of its name (`D_W1`) or
    of its container's (`g_weights["w1"]`) made it STATE (W.drawn_role); None otherwise."""
    if isinstance(target, ast.Name):
        return W.drawn_role(target.id)
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
        return W.drawn_role(target.attr)  # self.G_W1 = np.random.randn(input_dim, hidden_dim): the generator's
    if isinstance(target, ast.Subscript):
        base, k = dotted(target.value), _dict_key(target)
        container = W.drawn_role(base.split(".")[-1]) if base is not None else None
        if container is not None and k is not None:
            own = W.role_of_name(k.replace("*", ""))
            return own if own != W.UNKNOWN else container
    return None


def _container_role(node: ast.Subscript) -> str:
    base = dotted(node.value)
    return W.role_of_name(base.split(".")[-1]) if base is not None else W.UNKNOWN


def subscript_key(node: ast.Subscript) -> Optional[str]:
    """Flow key of `params["W1"]` ("w:W1", shared with a variable W1) or `weights["h1"]` ("w:weights[h1]")."""
    k = _dict_key(node)
    if k is None:
        return None
    if W.role_of_name(k.replace("*", "")) in (W.UNKNOWN, W.STATE, W.NORM) and _container_of_weights(node):
        return tensor_key(f"{dotted(node.value)}[{k}]")
    outer = _dict_key(node.value) if isinstance(node.value, ast.Subscript) else None
    if outer is not None and "*" not in outer:
        return tensor_key(f"{outer}/{k}")  # layers['h1']['weights']: the entry of that layer's dict, not every 'weights'
    return tensor_key(k)


def _dict_key(node: ast.Subscript) -> Optional[str]:
    """`params["W1"]` -> "W1"; `params['W' + str(l)]`, f"W{l}", "W%d" % l -> "W*"."""
    k = node.slice
    if isinstance(k, (ast.Slice, ast.Tuple)):
        return None  # a slice or several indices (a parenthesised tuple is no key either)
    if isinstance(k, ast.Name):
        # params[w_name] with `w_name = 'W%d' % i` in the same function (Builder.key_locals)
        return getattr(k, _KEY_ATTR, None)
    return _key_of(k)


_KEY_ATTR = "_init_lint_key"


def forget_annotations(node: ast.AST) -> None:
    """Drop what an analysis wrote on the nodes under `node` (`key_locals`' keys): for a tree judged again after
    statements of it were replaced (the fixer's second look), where a key may have come from a statement that is
    gone."""
    for n in ast.walk(node):
        if _KEY_ATTR in n.__dict__:
            del n.__dict__[_KEY_ATTR]


def _key_of(k: ast.expr) -> Optional[str]:
    """The dict key an expression spells: "W1", or "W*" for 'W' + str(l), f"W{l}", "W%d" % l."""
    s = string_value(k)
    if s is not None:
        return s
    if isinstance(k, ast.BinOp) and isinstance(k.op, (ast.Add, ast.Mod)):
        s = string_value(k.left)
        if s is not None:
            return s.split("%")[0] + "*" if isinstance(k.op, ast.Mod) else s + "*"
    if isinstance(k, ast.JoinedStr) and k.values and _is_str(k.values[0]):
        return k.values[0].value + "*"  # type: ignore[attr-defined]
    if isinstance(k, ast.Call) and isinstance(k.func, ast.Attribute) and k.func.attr == "format":
        s = string_value(k.func.value)
        if s is not None:
            return s.split("{")[0] + "*"
    return None

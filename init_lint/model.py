"""Semantic model of one module, built on libcst.

One walk collects:
- imports, numeric constants, classes with their layers and containers;
- initializer *sites*: every place a weight-shaped tensor gets its values,
  with the tensor it targets, the loops/filters around it, its scope;
- which method the constructor calls (reset_parameters, apply(fn)).
Then `flow.py` links layers to the activations that consume them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

import libcst as cst

from .vocab import roles as W
from .dist import Dist, Evaluator, _unpack_shape, arg, positional, string_value
from .cstutil import children, walk
from .names import ImportTable, dotted

WEIGHT_KEYWORDS = {
    "kernel_initializer": W.WEIGHT, "kernel_init": W.WEIGHT, "w_init": W.WEIGHT, "weight_init": W.WEIGHT,
    "depthwise_initializer": W.WEIGHT, "pointwise_initializer": W.WEIGHT, "weights_initializer": W.WEIGHT,
    "recurrent_initializer": "recurrent", "recurrent_kernel_init": "recurrent",
    "bias_initializer": W.BIAS, "bias_init": W.BIAS, "b_init": W.BIAS, "biases_initializer": W.BIAS,
    "embeddings_initializer": W.TOKEN, "embedding_init": W.TOKEN, "gamma_initializer": W.NORM,
    "beta_initializer": W.NORM, "scale_init": W.NORM,
}

CONTAINERS = {"Sequential", "ModuleList", "ModuleDict"}
MODULE_ITER = {"modules", "named_modules", "children", "named_children"}
PARAM_ITER = {"parameters", "named_parameters"}


@dataclass
class Layer:
    key: str
    type_name: str  # canonical qualified name of the constructor
    kind: str  # linear | rnn | norm | embed | transparent | container | act | block | other
    node: cst.CSTNode
    name: str  # attribute or display name
    act: Optional[Tuple[str, Optional[float]]] = None  # activation= keyword / activation module
    elements: List["Layer"] = field(default_factory=list)  # containers, in order
    repeated: bool = False  # built in a comprehension/loop: many layers
    in_features: Optional[float] = None
    owner: Optional[str] = None  # class name
    has_init_kw: bool = False  # kernel_initializer=/kernel_init= given explicitly
    complete: bool = True  # container: every item became an element (so seq[i] indexes `elements`)


@dataclass
class Loop:
    kind: str  # modules | params | layers | list | other
    var_names: Tuple[str, ...]
    owner: Optional[str]  # "self", "model", or a parameter name
    node: cst.CSTNode


@dataclass
class Filter:
    var: str
    types: Tuple[str, ...] = ()  # isinstance(var, types) (canonical names)
    name_role: Optional[str] = None  # 'weight' in name / p.dim() > 1 -> weight; 'bias' in name -> bias
    flag: bool = False  # m.init == "final", getattr(m, "zero_init", False): layers the author picked one by one
    by_name: bool = False  # types matched from a class-name string ("Conv" in classname), not named in code


@dataclass
class Function:
    node: cst.FunctionDef
    name: str
    cls: Optional["Class"]
    params: Tuple[str, ...]
    parent: Optional["Function"] = None


@dataclass
class Class:
    node: cst.ClassDef
    name: str
    bases: Tuple[str, ...]
    attrs: Dict[str, Layer] = field(default_factory=dict)  # self.X = <layer>
    param_attrs: Set[str] = field(default_factory=set)  # self.X = nn.Parameter(...)
    methods: Dict[str, cst.FunctionDef] = field(default_factory=dict)
    init_called: Set[str] = field(default_factory=set)  # methods run at construction
    applied_fns: Set[str] = field(default_factory=set)  # self.apply(fn)
    instantiates: Set[str] = field(default_factory=set)  # other classes of this file used as submodules
    scaled_attrs: Set[str] = field(default_factory=set)  # equalized-lr: self.X * scale in forward
    param_ranks: Dict[str, Optional[int]] = field(default_factory=dict)  # self.X = nn.Parameter(<rank-n factory>)


@dataclass
class Site:
    dist: Dist
    target_text: str  # as written: "W1", "m.weight", "params['W' + str(l)]", "kernel_initializer"
    role: str  # weights.role_of_name result (or from keyword/layer kind)
    key: Optional[str]  # flow key of the layer/weight this initialises
    layer: Optional[Layer]
    func: Optional[Function]
    cls: Optional[Class]
    loops: Tuple[Loop, ...]
    filters: Tuple[Filter, ...]
    order: int  # statement order in the file (for fill-then-overwrite)
    stmt: Optional[cst.CSTNode] = None
    keyword: Optional[str] = None
    base_var: Optional[str] = None  # `m` in m.weight (loop var / visitor parameter)
    assigned_name: Optional[str] = None  # the variable a factory value was assigned to
    returned: bool = False  # `return tf.Variable(...)` inside a helper
    wrapper: Optional[str] = None
    branch: Tuple[Tuple[int, int], ...] = ()  # (id of an if/elif chain, index of the arm) around the site
    per_layer: bool = False  # drawn in a loop over the layers and collected there: one tensor per layer


@dataclass
class Model:
    module: cst.Module
    imports: ImportTable
    ev: Evaluator
    classes: Dict[str, Class] = field(default_factory=dict)
    functions: Dict[str, Function] = field(default_factory=dict)  # every def, by name (last wins)
    layers: Dict[str, Layer] = field(default_factory=dict)  # by key
    layer_of_node: Dict[int, Layer] = field(default_factory=dict)  # id(ctor call) -> Layer
    sites: List[Site] = field(default_factory=list)
    # key -> orders of statements that overwrite it (init calls, copy_, slice assignment, load_state_dict)
    writes: Dict[str, List[Tuple[int, int]]] = field(default_factory=dict)  # key -> [(order, id(function node))]
    # (key, order) of a write -> the if/elif arms around it (a write in another arm of the same chain is exclusive)
    write_branches: Dict[Tuple[str, int], Tuple[Tuple[int, int], ...]] = field(default_factory=dict)
    # function name -> target names its return value is assigned to, per call
    call_targets: Dict[str, List[Optional[cst.BaseExpression]]] = field(default_factory=dict)  # helper -> targets
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
    state_loads: List[Tuple[int, int, str]] = field(default_factory=list)


def _text(module: cst.Module, node: cst.CSTNode) -> str:
    try:
        return module.code_for_node(node)
    except Exception:  # noqa: BLE001 - display only
        return "?"


class Builder:
    """Walks statements once, in source order."""

    def __init__(self, module: cst.Module, imports: ImportTable, ev: Evaluator) -> None:
        self.m = Model(module, imports, ev)
        self.ev = ev
        self.order = 0
        self.local_inits: Dict[str, cst.BaseExpression] = {}  # name -> initializer object expr (per function)
        self.class_name_vars: Dict[str, str] = {}  # classname = m.__class__.__name__ -> {"classname": "m"}
        self.scope_layers: Dict[str, Layer] = {}  # name -> layer bound to it in the current function
        self.branch: Tuple[Tuple[int, int], ...] = ()

    # -------------------------------------------------------------- entry
    def build(self) -> Model:
        self.block(self.m.module.body, None, None, (), ())
        return self.m

    # -------------------------------------------------------------- statements
    def block(self, stmts, func, cls, loops, filters) -> None:
        for stmt in stmts:
            self.stmt(stmt, func, cls, loops, filters)

    def stmt(self, stmt, func, cls, loops, filters) -> None:
        self.order += 1
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                self.small(small, stmt, func, cls, loops, filters)
        elif isinstance(stmt, cst.FunctionDef):
            self.function(stmt, func, cls)
        elif isinstance(stmt, cst.ClassDef):
            self.klass(stmt)
        elif isinstance(stmt, (cst.For,)):
            loop = self.loop_of(stmt, func, cls)
            first = len(self.m.sites)
            self.block(stmt.body.body, func, cls, loops + (loop,), filters)
            if loop.kind == "layers":
                self.mark_collected(stmt, self.m.sites[first:])
            if stmt.orelse:
                self.block(stmt.orelse.body.body, func, cls, loops, filters)
        elif isinstance(stmt, cst.While):
            self.block(stmt.body.body, func, cls, loops + (Loop("other", (), None, stmt),), filters)
        elif isinstance(stmt, cst.If):
            self.if_chain(stmt, func, cls, loops, filters)
        elif isinstance(stmt, (cst.With,)):
            self.block(stmt.body.body, func, cls, loops, filters)
        elif isinstance(stmt, (cst.Try, cst.TryStar)):
            self.block(stmt.body.body, func, cls, loops, filters)
            for h in stmt.handlers:
                self.block(h.body.body, func, cls, loops, filters)
            if stmt.orelse:
                self.block(stmt.orelse.body.body, func, cls, loops, filters)
            if stmt.finalbody:
                self.block(stmt.finalbody.body.body, func, cls, loops, filters)
        elif isinstance(stmt, cst.Match) if hasattr(cst, "Match") else False:
            for case in stmt.cases:
                self.block(case.body.body, func, cls, loops, filters)

    def if_chain(self, stmt: cst.If, func, cls, loops, filters, chain: int = 0, arm: int = 0) -> None:
        # Each branch gets its own filter; an else/elif branch gets none (precision: unknown types).
        # The arms of one if/elif/else chain are mutually exclusive: a write in one never overwrites another's.
        chain = chain or id(stmt)
        saved = self.branch
        new = self.filter_of(stmt.test)
        # only arms told apart by layer type (isinstance / type() / class name) are treated as exclusive:
        # a name-based arm (`if name.startswith(head)`) may be a targeted head init the other arm re-inits
        # (framework layer types only: a custom class's arm may hold buffers or norms the engine cannot see)
        typed = any(f.types for f in new) and all(W.layer_kind(t) != "other" for f in new for t in f.types)
        self.branch = saved + ((chain, arm),) if typed else saved
        self.block(stmt.body.body, func, cls, loops, filters + tuple(new))
        self.branch = saved
        orelse = stmt.orelse
        if isinstance(orelse, cst.If):
            self.if_chain(orelse, func, cls, loops, filters, chain, arm + 1)
        elif isinstance(orelse, cst.Else):
            neg = tuple(Filter(f.var, (), "not:" + (f.name_role or "types")) for f in new if f.name_role)
            self.branch = saved + ((chain, arm + 1),) if typed else saved
            self.block(orelse.body.body, func, cls, loops, filters + neg)
            self.branch = saved

    def mark_collected(self, loop: cst.For, sites: List["Site"]) -> None:
        """A tensor drawn in a loop over the layers and collected into a container there
        (`params.append((W, b))`, `weights[i] = W`) is one tensor per layer, like `params["W" + str(l)]`."""
        names = {s.assigned_name for s in sites if s.assigned_name and "." not in s.assigned_name}
        if not names:
            return
        collected: Set[str] = set()
        for node in walk(loop.body):
            held = None
            if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) \
                    and node.func.attr.value in ("append", "extend", "insert"):
                held = node.args
            elif isinstance(node, cst.Assign) and any(isinstance(t.target, cst.Subscript) and not (
                    isinstance(t.target.value, cst.Name) and t.target.value.value in names) for t in node.targets):
                held = [node.value]
            elif isinstance(node, cst.AugAssign) and isinstance(node.operator, cst.AddAssign):
                held = [node.value]
            if held:
                for h in held:
                    for n in walk(h):
                        if isinstance(n, cst.Name) and n.value in names:
                            collected.add(n.value)
        for site in sites:
            if site.assigned_name in collected:
                site.per_layer = True

    def write(self, key: str, func) -> None:
        """Record a write to a tensor (fill-then-overwrite tracking), with the if/elif arms around it."""
        self.m.writes.setdefault(key, []).append((self.order, _fid(func)))
        if self.branch:
            self.m.write_branches[(key, self.order)] = self.branch

    def type_filter(self, test) -> Optional[Filter]:
        """`type(m) == nn.Linear`, `type(m) in (A, B)`, `m.__class__ is A`, and class-name tests
        (`classname.find("Conv") != -1`, `"Conv" in classname`, `classname.startswith("Conv")`,
        `m.__class__.__name__ == "Linear"`) as an isinstance-like filter on `m`."""
        if isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) \
                and test.func.attr.value in ("startswith", "endswith") and test.args:
            var = self.class_name_of(test.func.value)
            s = string_value(test.args[0].value)
            return Filter(var, _layer_types_matching(s, self.m), by_name=True) if var and s else None
        if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        comp = test.comparisons[0]
        op, left, right = comp.operator, test.left, comp.comparator
        if isinstance(op, (cst.Equal, cst.Is, cst.In)):
            var = self.type_of(left)
            if var is not None:
                elems = [e.value for e in right.elements] if isinstance(right, (cst.Tuple, cst.List, cst.Set)) else [right]
                types = tuple(t for t in (self.ev.qname(e) for e in elems) if t)
                return Filter(var, types) if types else None
        if isinstance(op, (cst.Equal, cst.In)):
            var = self.class_name_of(left)
            s = string_value(right) if isinstance(op, cst.Equal) else None
            if var and s:
                return Filter(var, tuple(t for t in _layer_types_matching(s, self.m) if t.rsplit(".", 1)[-1] == s), by_name=True)
            s = string_value(left) if isinstance(op, cst.In) else None
            var = self.class_name_of(right) if s else None
            if var and s:
                return Filter(var, _layer_types_matching(s, self.m), by_name=True)
        # classname.find("Conv") != -1 / >= 0 / > -1 / == 0
        if isinstance(left, cst.Call) and isinstance(left.func, cst.Attribute) and left.func.attr.value in ("find", "index") \
                and left.args:
            var = self.class_name_of(left.func.value)
            s = string_value(left.args[0].value)
            n = self.ev.number(right)
            found = n is not None and ((isinstance(op, cst.NotEqual) and n == -1) or (isinstance(op, cst.GreaterThanEqual) and n == 0)
                                       or (isinstance(op, cst.GreaterThan) and n == -1) or (isinstance(op, cst.Equal) and n == 0))
            if var and s and found:
                return Filter(var, _layer_types_matching(s, self.m), by_name=True)
        return None

    def type_of(self, node) -> Optional[str]:
        """`type(m)` / `m.__class__` -> "m"."""
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "type" and len(node.args) == 1:
            return dotted(node.args[0].value)
        if isinstance(node, cst.Attribute) and node.attr.value == "__class__":
            return dotted(node.value)
        return None

    def class_name_of(self, node) -> Optional[str]:
        """`m.__class__.__name__` / `type(m).__name__` / a variable holding one -> "m"."""
        if isinstance(node, cst.Name):
            return self.class_name_vars.get(node.value)
        if isinstance(node, cst.Attribute) and node.attr.value == "__name__":
            return self.type_of(node.value)
        return None

    def filter_of(self, test) -> List[Filter]:
        out: List[Filter] = []
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.And):
            return self.filter_of(test.left) + self.filter_of(test.right)
        if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, cst.Or):
            left, right = self.filter_of(test.left), self.filter_of(test.right)
            if left and right and all(f.types for f in left + right) and left[0].var == right[0].var:
                return [Filter(left[0].var, tuple(t for f in left + right for t in f.types))]
            return []
        typed = self.type_filter(test)
        if typed is not None:
            return [typed] if typed.types else []
        if isinstance(test, cst.Call) and isinstance(test.func, cst.Name) and test.func.value == "isinstance" \
                and len(test.args) == 2:
            var = dotted(test.args[0].value)
            types_node = test.args[1].value
            elems = [e.value for e in types_node.elements] if isinstance(types_node, (cst.Tuple, cst.List)) else [types_node]
            types = tuple(t for t in (self.ev.qname(e) for e in elems) if t)
            if var:
                out.append(Filter(var, types))
            return out
        flag_var = _flag_test(test)
        if flag_var is not None:
            return [Filter(flag_var, flag=True)]
        if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
            comp = test.comparisons[0]
            s = string_value(test.left)
            cname = _class_name_var(comp.comparator)
            if s is not None and cname is not None and isinstance(comp.operator, cst.In):
                return [Filter(cname, (s,), by_name=True)]  # "LayerNorm" in m.__class__.__name__: a type test by name
            if s is not None and isinstance(comp.operator, (cst.In, cst.NotIn)):
                var = dotted(comp.comparator)
                if var is None and isinstance(comp.comparator, cst.Call):
                    # "gate" in self.name_of(module): the name of the module given as the argument
                    names = [a.value.value for a in comp.comparator.args if isinstance(a.value, cst.Name)]
                    var = names[0] if len(names) == 1 else None
                role = W.role_of_name(s) if s not in ("weight", "kernel") else W.WEIGHT
                if s in ("norm", "bn", "ln"):
                    role = W.NORM
                if isinstance(comp.operator, cst.NotIn):
                    role = "not:" + role
                if var:
                    out.append(Filter(var, (), role))
                return out
            # p.dim() > 1, len(p.shape) >= 2, p.ndim > 1: weights only
            left = test.left
            var = None
            if isinstance(left, cst.Call) and isinstance(left.func, cst.Attribute) and left.func.attr.value in ("dim", "ndimension"):
                var = dotted(left.func.value)
            elif isinstance(left, cst.Attribute) and left.attr.value == "ndim":
                var = dotted(left.value)
            elif isinstance(left, cst.Call) and isinstance(left.func, cst.Name) and left.func.value == "len" and left.args:
                inner = left.args[0].value
                if isinstance(inner, cst.Attribute) and inner.attr.value == "shape":
                    var = dotted(inner.value)
            if var is not None:
                n = self.ev.number(comp.comparator)
                if n is not None:
                    op = comp.operator
                    is_matrix = (isinstance(op, cst.GreaterThan) and n >= 1) or (isinstance(op, cst.GreaterThanEqual) and n >= 2)
                    out.append(Filter(var, (), W.WEIGHT if is_matrix else W.BIAS))
            return out
        if isinstance(test, cst.Call) and isinstance(test.func, cst.Attribute) and test.func.attr.value in ("endswith", "startswith") \
                and test.args:
            s = string_value(test.args[0].value)
            var = dotted(test.func.value)
            if s and var:
                out.append(Filter(var, (), W.role_of_name(s.strip("."))))
        return out

    def loop_of(self, stmt: cst.For, func, cls) -> Loop:
        names = tuple(n for n in _target_names(stmt.target))
        it = stmt.iter
        if isinstance(it, cst.Call):
            f = it.func
            if isinstance(f, cst.Attribute) and f.attr.value in MODULE_ITER | PARAM_ITER | {"values", "items"}:
                owner_node = f.value
                method = f.attr.value
                if method in ("values", "items") and isinstance(owner_node, cst.Call) and isinstance(owner_node.func, cst.Attribute) \
                        and owner_node.func.attr.value == "state_dict":
                    return Loop("params", names, dotted(owner_node.func.value), stmt)
                if method in ("values", "items"):
                    return Loop("other", names, None, stmt)
                owner = dotted(owner_node)
                return Loop("modules" if method in MODULE_ITER else "params", names, owner, stmt)
            q = self.ev.qname(f)
            if q in ("range", "enumerate", "zip") or (isinstance(f, cst.Name) and f.value in ("range", "enumerate", "zip")):
                return Loop("layers", names, None, stmt)
        if isinstance(it, (cst.List, cst.Tuple)):
            return Loop("list", names, None, stmt)
        return Loop("other", names, dotted(it), stmt)

    def function(self, node: cst.FunctionDef, parent: Optional[Function], cls: Optional[Class]) -> None:
        params = tuple(p.name.value for p in node.params.params + node.params.posonly_params + node.params.kwonly_params)
        fn = Function(node, node.name.value, cls if parent is None or parent.cls is cls else None, params, parent)
        if cls is not None and parent is None:
            cls.methods[fn.name] = node
        self.m.functions.setdefault(fn.name, fn)
        body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
        if isinstance(node.body, cst.SimpleStatementSuite):
            body = [cst.SimpleStatementLine(body=node.body.body)]
        saved, saved_names, saved_branch, saved_layers = self.local_inits, self.class_name_vars, self.branch, self.scope_layers
        self.local_inits, self.class_name_vars, self.branch, self.scope_layers = dict(saved), dict(saved_names), (), {}
        self.block(body, fn, cls if parent is None or (parent and parent.cls is cls) else cls, (), ())
        self.local_inits, self.class_name_vars, self.branch, self.scope_layers = saved, saved_names, saved_branch, saved_layers

    def klass(self, node: cst.ClassDef) -> None:
        bases = tuple(q for q in (self.ev.qname(b.value) for b in node.bases) if q)
        cls = Class(node, node.name.value, bases)
        self.m.classes[cls.name] = cls
        body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
        self.block(body, None, cls, (), ())

    # -------------------------------------------------------------- small statements
    def small(self, small, stmt, func, cls, loops, filters) -> None:
        if isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)):
            value = small.value
            if value is None:
                return
            targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
            self.assignment(targets, value, stmt, func, cls, loops, filters, aug=isinstance(small, cst.AugAssign))
        elif isinstance(small, cst.Expr):
            self.expression(small.value, stmt, func, cls, loops, filters)
        elif isinstance(small, cst.Return) and small.value is not None:
            self.layer_from(small.value, cls)  # return keras.Sequential([...]) / return layers.Dense(...)
            d = self.ev.value(small.value)
            if d is not None and d.kind != "empty" and func is not None:
                self.add_site(d, f"return value of {func.name}()", W.UNKNOWN, None, None, stmt, func, cls, loops,
                              filters, returned=True)
            self.scan_calls(small.value, stmt, func, cls, loops, filters)
        elif isinstance(small, (cst.Import, cst.ImportFrom)):
            pass

    def assignment(self, targets, value, stmt, func, cls, loops, filters, aug=False) -> None:
        for t in targets:
            # Any write to a tensor (x[:] = ..., x.data = ..., self.W = ...) is an overwrite of it.
            key = self.tensor_key(t, func, cls)
            if key:
                self.write(key, func)
        if len(targets) == 1 and isinstance(targets[0], cst.Name):
            owner = self.class_name_of(value)
            if owner:
                self.class_name_vars[targets[0].value] = owner
            else:
                self.class_name_vars.pop(targets[0].value, None)
        if len(targets) == 1 and isinstance(targets[0], cst.Name) and func is not None:
            ini = self.ev.initializer(value)
            if ini is not None and not isinstance(value, cst.SimpleString):
                self.local_inits[targets[0].value] = value
        # model = nn.Sequential(...) / self.fc = nn.Linear(...)
        layer = self.layer_from(value, cls, name=lambda: _display(self.m.module, targets[0]))
        if layer is not None:
            for t in targets:
                attr = _self_attr(t)
                if attr and cls is not None:
                    layer.key = f"{cls.name}.{attr}"
                    layer.name = attr
                    layer.owner = cls.name
                    self.register(layer)
                    cls.attrs[attr] = layer
                elif isinstance(t, cst.Name):
                    if func is None and layer.kind == "container":
                        self.m.module_level_models[t.value] = layer
                    if func is not None:
                        self.scope_layers[t.value] = layer
                        if layer.kind == "container" and cls is None:
                            self.m.local_models.append(layer)
                    layer.name = t.value
        if isinstance(value, cst.Call) and cls is not None:
            q = self.ev.qname(value.func)
            if q in self.m.classes or (isinstance(value.func, cst.Name) and value.func.value in self.m.classes):
                cls.instantiates.add(value.func.value if isinstance(value.func, cst.Name) else q)
        d = None if aug else self.ev.value(value)
        if d is not None and cls is not None and d.wrapper == "Parameter":
            for t in targets:
                attr = _self_attr(t)
                if attr:
                    cls.param_ranks[attr] = d.rank()
                    cls.param_attrs.add(attr)
        if d is not None and d.kind != "empty":
            for t in targets:
                self.site_for_target(d, t, stmt, func, cls, loops, filters)
        # function results assigned to names (helper used for every layer)
        if isinstance(value, cst.Call) and isinstance(value.func, cst.Name):
            name = value.func.value
            # the target node; Context renders its text only for a helper whose result it judges
            self.m.call_targets.setdefault(name, []).append(targets[0] if targets else None)
            if loops:
                self.m.calls_in_loop.add(name)
        # rng = np.random.default_rng(0)
        if isinstance(value, cst.Call) and self.ev.qname(value.func) in ("numpy.random.default_rng", "numpy.random.RandomState"):
            for t in targets:
                d2 = dotted(t)
                if d2:
                    self.ev.rng_names.add(d2)
        # weights = {"h1": tf.Variable(tf.random_normal([784, 256])), ...}: one site per entry
        if isinstance(value, cst.Dict) and len(targets) == 1:
            self.dict_sites(targets[0], value, stmt, func, cls, loops, filters)
        self.scan_calls(value, stmt, func, cls, loops, filters, target=targets[0] if len(targets) == 1 else None)

    def expression(self, value, stmt, func, cls, loops, filters) -> None:
        if isinstance(value, cst.Call):
            pair = self.ev.inplace_call(value)
            if pair is not None:
                target, d = pair
                key = self.tensor_key(target, func, cls)
                if key:
                    self.write(key, func)
                self.site_for_target(d, target, stmt, func, cls, loops, filters, inplace=True)
            f = value.func
            if isinstance(f, cst.Attribute):
                method = f.attr.value
                if method == "apply" and value.args:
                    fn = value.args[0].value
                    fn_name = fn.attr.value if isinstance(fn, cst.Attribute) else (fn.value if isinstance(fn, cst.Name) else None)
                    if fn_name:
                        self.m.applied_fns.add(fn_name)
                        self.m.applied_at.setdefault(fn_name, []).append((self.order, _fid(func), dotted(f.value) or ""))
                        if cls is not None and dotted(f.value) == "self":
                            cls.applied_fns.add(fn_name)
                            cls.init_called.add(fn_name)
                elif method in ("copy_", "set_") or (method.endswith("_") and method not in ("normal_", "uniform_", "zero_", "fill_")
                                                    and method not in ("add_", "mul_", "div_", "sub_", "clamp_", "requires_grad_")):
                    key = self.tensor_key(f.value, func, cls)
                    if key:
                        self.write(key, func)
                elif method == "load_state_dict":
                    self.write("*", func)
                    self.m.state_loads.append((self.order, _fid(func), dotted(f.value) or ""))
                elif method == "register_buffer" and len(value.args) >= 2:
                    s = string_value(value.args[0].value)
                    if s:
                        self.m.buffers.add(s)
                    v = value.args[1].value
                    dn = dotted(v)
                    if dn:
                        self.m.buffers.add(dn)
                elif dotted(f.value) == "self" and cls is not None and func is not None and func.name == "__init__":
                    cls.init_called.add(method)
                elif method == "add" and value.args:
                    # model.add(Dense(...)): Keras Sequential built by .add()
                    self.layer_from(value.args[0].value, cls)
            if isinstance(f, cst.Name) and f.value in self.m.functions or isinstance(f, cst.Name):
                if loops and isinstance(f, cst.Name):
                    self.m.calls_in_loop.add(f.value)
                if isinstance(f, cst.Name):
                    self.m.call_targets.setdefault(f.value, []).append(None)
        self.scan_calls(value, stmt, func, cls, loops, filters)

    # -------------------------------------------------------------- layers and keywords
    def layer_from(self, node, cls, name="") -> Optional[Layer]:
        """A layer constructor (possibly a container) at `node`, registered by node id. `name` may be a
        function giving it (the display of an assignment target costs a codegen: only for layers)."""
        if not isinstance(node, cst.Call):
            return None
        existing = self.m.layer_of_node.get(id(node))
        if existing is not None:
            return existing
        q = self.ev.qname(node.func)
        if q is None:
            return None
        if callable(name):
            name = name()
        last = q.rsplit(".", 1)[-1]
        from .activations import act_from_reference, act_module

        act = act_module(self.ev, node)
        if act is not None:
            layer = Layer(f"#{id(node)}", q, "act", node, name or last, act=act)
            self.register(layer)
            return layer
        if last in CONTAINERS or (last == "Sequential"):
            layer = Layer(f"#{id(node)}", q, "container", node, name or last, owner=cls.name if cls else None)
            items = self.container_items(node)
            for i, item in enumerate(items):
                sub = self.layer_from(item, cls, name=f"{name}[{i}]" if name else f"{last}[{i}]")
                if sub is None:
                    sub = factory_layer(self.m, item)  # Sequential([hidden(128), hidden(64), ...])
                if sub is None:
                    a = act_from_reference(self.ev, item)
                    if a is not None:
                        sub = Layer(f"#{id(item)}", "act", "act", item, a[0], act=a)
                        self.register(sub)
                    elif isinstance(item, (cst.ListComp, cst.GeneratorExp)):
                        sub = self.layer_from(item.elt, cls, name=f"{name}[i]")
                        if sub is not None:
                            sub.repeated = True
                if sub is not None:
                    layer.elements.append(sub)
                else:
                    layer.complete = False
            self.register(layer)
            return layer
        kind = W.layer_kind(q)
        if kind == "other":
            if isinstance(node.func, cst.Name) and node.func.value in self.m.classes:
                kind = "block"
            elif not (q.startswith(("torch.nn.", "keras.", "flax.linen.", "haiku.", "tensorflow.")) and last[:1].isupper()):
                return None
        kws = {a.keyword.value: a.value for a in node.args if a.keyword is not None}
        act = act_from_reference(self.ev, kws["activation"]) if "activation" in kws else None
        pos = positional(node)
        in_features = self.torch_fan_in(last, pos, kws) if pos and kind == "linear" and q.startswith("torch.") else None
        layer = Layer(f"#{id(node)}", q, kind, node, name or last, act=act, in_features=in_features,
                      owner=cls.name if cls else None,
                      has_init_kw=any(k in kws for k in ("kernel_initializer", "kernel_init", "w_init")))
        self.register(layer)
        return layer

    def torch_fan_in(self, last: str, pos, kws) -> Optional[float]:
        """The fan-in torch.nn.init computes for a layer's weight, when its constructor's arguments are numbers:
        in_features for Linear, in_channels / groups x the kernel's size for ConvNd (a 3-channel 7x7 stem has
        fan-in 147, not 3). Lazy layers and transposed convolutions (fan-in from out_channels) give None."""
        if last in ("Linear", "Bilinear"):
            return self.ev.number(pos[0])
        if last not in ("Conv1d", "Conv2d", "Conv3d"):
            return None
        in_channels = self.ev.number(pos[0])
        kernel = pos[2] if len(pos) > 2 else kws.get("kernel_size")
        groups_node = pos[6] if len(pos) > 6 else kws.get("groups")
        groups = 1.0 if groups_node is None else self.ev.number(groups_node)
        if in_channels is None or kernel is None or not groups:
            return None
        dims = int(last[4])
        if isinstance(kernel, (cst.Tuple, cst.List)):
            sizes = [self.ev.number(e.value) for e in kernel.elements]
        else:
            sizes = [self.ev.number(kernel)] * dims
        if len(sizes) != dims or any(k is None for k in sizes):
            return None
        size = 1.0
        for k in sizes:
            size *= k
        return in_channels / groups * size

    def container_items(self, node: cst.Call) -> List[cst.BaseExpression]:
        items: List[cst.BaseExpression] = []
        for a in node.args:
            v = a.value
            if a.star == "*" and isinstance(v, (cst.List, cst.Tuple)):
                items.extend(e.value for e in v.elements)
            elif isinstance(v, (cst.List, cst.Tuple)) and (
                    (a.keyword is None and len(positional(node)) == 1) or (a.keyword is not None and a.keyword.value == "layers")):
                # nn.Sequential([...]) / keras.Sequential([...], name="mlp") / keras.Sequential(layers=[...])
                items.extend(e.value for e in v.elements)
            elif isinstance(v, cst.Call) and self.ev.qname(v.func) in ("collections.OrderedDict", "OrderedDict") and v.args:
                inner = v.args[0].value
                if isinstance(inner, (cst.List, cst.Tuple)):
                    for e in inner.elements:
                        if isinstance(e.value, cst.Tuple) and len(e.value.elements) == 2:
                            items.append(e.value.elements[1].value)
            elif isinstance(v, cst.Dict):
                items.extend(e.value for e in v.elements if isinstance(e, cst.DictElement))
            elif a.keyword is None and a.star == "":
                items.append(v)
        return items

    def register(self, layer: Layer) -> None:
        self.m.layers[layer.key] = layer
        self.m.layer_of_node[id(layer.node)] = layer

    def dict_sites(self, target, value: cst.Dict, stmt, func, cls, loops, filters) -> None:
        """Entries of a dict literal of tensors, judged as `target["key"]` (role from the key, else the dict's name)."""
        base = _display(self.m.module, target)
        for el in value.elements:
            if not isinstance(el, cst.DictElement):
                continue
            k = string_value(el.key)
            d = self.ev.value(el.value) if k is not None else None
            if d is None or d.kind == "empty":
                continue
            sub = cst.Subscript(value=target, slice=[cst.SubscriptElement(slice=cst.Index(value=el.key))])
            role, key, _, _ = self.classify_target(sub, func, cls)
            self.add_site(d, f"{base}[{el.key.value if isinstance(el.key, cst.SimpleString) else repr(k)}]", role, key,
                          None, stmt, func, cls, loops, filters, assigned_name=None)

    def scan_calls(self, node, stmt, func, cls, loops, filters, target=None) -> None:
        """Keyword initializers (kernel_initializer=...) and get_variable/param calls inside an expression.

        `target` is what the whole expression is assigned to (`W1 = tf.get_variable(...)`)."""
        stack = [node]
        while stack:
            n = stack.pop()
            t = type(n)  # exact types (concrete node classes): isinstance on libcst's ABCs is ~4x slower here
            if t is cst.Call:
                if type(n.func) is cst.Call:
                    # functional API: layers.Dense(64)(x), layers.Activation("relu")(x)
                    self.layer_from(n.func, cls)
                q = self.ev.qname(n.func) or ""
                self.keyword_sites(n, stmt, func, cls, loops, filters, target=target if n is node else None, q=q)
                self.matmul_operands(n, q)
                if type(n.func) is cst.Call:
                    # an inline layer applied at once: nn.Dense(64)(x) (Flax compact), hk.Linear(10)(x);
                    # registered even without an initializer keyword so the dataflow sees every layer of the chain
                    self.layer_from(n.func, cls)
            elif t is cst.BinaryOperation and type(n.operator) is cst.MatrixMultiply:
                for side in (n.left, n.right):
                    k = self.weight_ref(side, func, cls)
                    if k:
                        self.m.matmul_keys.add(k)
            elif t is cst.Lambda:
                continue
            stack.extend(children(n))

    def matmul_operands(self, call: cst.Call, q: str) -> None:
        last = q.rsplit(".", 1)[-1]
        if last in ("matmul", "mm", "bmm", "dot", "linear", "einsum", "conv1d", "conv2d", "conv3d", "tensordot", "inner"):
            for a in call.args:
                k = self.weight_ref(a.value, None, None)
                if k:
                    self.m.matmul_keys.add(k)

    def keyword_sites(self, call: cst.Call, stmt, func, cls, loops, filters, target=None, q: str = "") -> None:
        last = q.rsplit(".", 1)[-1]
        args = list(call.args)
        if q == "tensorflow.get_variable" and arg(call, None, "initializer") is None and len(positional(call)) >= 4:
            # tf.get_variable(name, shape, dtype, initializer): the initializer given positionally
            init_node = positional(call)[3]
            args = [a.with_changes(keyword=cst.Name("initializer")) if a.value is init_node else a for a in args]
        for a in args:
            if a.keyword is None:
                continue
            kw = a.keyword.value
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
                    if role == W.UNKNOWN:
                        role = t_role
                if role == W.WEIGHT and _literal_rank(_shape_arg(call, last)) in (0, 1):
                    role = W.NORM  # a scalar or vector variable (a scale, a gate, a temperature): not a matrix
            if role is None:
                continue
            value = a.value
            origin = value
            if isinstance(value, cst.Name) and value.value in self.local_inits:
                origin = self.local_inits[value.value]
            d = self.ev.initializer(origin)
            if d is None:
                continue
            layer = self.layer_from(call, cls)
            if role == "recurrent":
                role = W.WEIGHT
            site_node = a if origin is value else origin
            d.node = site_node if origin is not value else d.node
            if origin is value:
                d.node = value
            key = layer.key if layer else var_key
            if last in ("get_variable", "variable", "add_weight") and d.wrapper is None:
                # a created variable: trainable, with the shape given to the call
                shape_node = arg(call, 1, "shape")
                d.wrapper = "Variable"
                if shape_node is not None and not d.shape:
                    d.shape = _unpack_shape(shape_node)
            self.add_site(d, kw, role, key, layer, stmt, func, cls, loops, filters, keyword=kw,
                          assigned_name=dotted(target) if var_key else None)
        # self.param('kernel', init_fn, shape) / hk.get_parameter("w", shape, init=...) positional
        if last == "param" and len(call.args) >= 2 and call.args[1].keyword is None:
            name = string_value(call.args[0].value)
            d = self.ev.initializer(call.args[1].value)
            if name and d is not None:
                role = W.WEIGHT if name.lower() in ("kernel", "w", "weight", "weights") else W.role_of_name(name)
                self.add_site(d, name, role, None, None, stmt, func, cls, loops, filters, keyword="param")

    # -------------------------------------------------------------- sites
    def site_for_target(self, d: Dist, target, stmt, func, cls, loops, filters, inplace=False) -> None:
        text = _display(self.m.module, target)
        role, key, layer, base_var = self.classify_target(target, func, cls)
        if isinstance(target, cst.Name) and func is not None and target.value in self.m.buffers:
            role = W.STATE
        self.add_site(d, text, role, key, layer, stmt, func, cls, loops, filters, base_var=base_var,
                      assigned_name=dotted(target) if not inplace else None)

    def add_site(self, d, text, role, key, layer, stmt, func, cls, loops, filters, **kw) -> None:
        self.m.sites.append(Site(d, text, role, key, layer, func, cls, tuple(loops), tuple(filters), self.order,
                                 stmt=stmt, wrapper=d.wrapper, branch=self.branch, **kw))

    def classify_target(self, target, func, cls):
        """(role, flow key, layer, base variable) of the tensor being initialised."""
        t = target
        # strip .data / .weight.data / .detach()
        while isinstance(t, cst.Attribute) and t.attr.value in ("data",):
            t = t.value
        if isinstance(t, cst.Call) and isinstance(t.func, cst.Attribute) and t.func.attr.value in ("detach", "data"):
            t = t.func.value
        if isinstance(t, cst.Name):
            return W.role_of_name(t.value), self.weight_ref(t, func, cls), None, None
        if isinstance(t, cst.Subscript):
            k = _dict_key(t)
            if k is not None:
                role = W.role_of_name(k.replace("*", ""))
                if role in (W.UNKNOWN, W.STATE) and _container_of_weights(t):
                    role = W.WEIGHT  # weights["h1"], weights["out"]: keys name layers
                return role, subscript_key(t), None, None
            # self.layers[0].weight / x[0] handled below as attribute of subscript
        if isinstance(t, cst.Attribute):
            attr = t.attr.value
            base = t.value
            if isinstance(base, cst.Name) and base.value == "self" and cls is not None:
                # a parameter of the module class itself: a norm/scale vector unless it is a matrix
                rank = cls.param_ranks.get(attr)
                if rank == 1 or any(w in cls.name.lower() for w in ("norm", "bn", "affine", "scale")):
                    return W.NORM, f"{cls.name}.{attr}", None, "self"
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
                last = base.attr.value if isinstance(base, cst.Attribute) else (base.value if isinstance(base, cst.Name) else "")
                role = W.role_of_layer_name(last) if last else W.WEIGHT
                return role, (f"{cls.name}.{_self_attr(base)}" if cls is not None and _self_attr(base) else None), None, bv
            if attr.startswith("bias"):
                return W.BIAS, None, None, dotted(base)
            role = W.role_of_name(attr)
            key = self.weight_ref(t, func, cls)
            return role, key, None, dotted(base)
        return W.UNKNOWN, None, None, None

    def resolve_layer(self, base, cls) -> Optional[Layer]:
        attr = _self_attr(base)
        if attr and cls is not None:
            return cls.attrs.get(attr)
        if isinstance(base, cst.Subscript):
            # self.net[0].weight, or value_net[2].weight on a Sequential bound in this scope or at module level
            inner = _self_attr(base.value)
            if inner:
                container = cls.attrs.get(inner) if cls is not None else None
            elif isinstance(base.value, cst.Name):
                container = self.scope_layers.get(base.value.value) or self.m.module_level_models.get(base.value.value)
            else:
                container = None
            if container is not None and container.kind == "container" and container.elements and container.complete:
                idx = base.slice[0].slice if base.slice and isinstance(base.slice[0].slice, cst.Index) else None
                n = self.ev.number(idx.value) if idx is not None else None
                if n is not None:
                    i = int(n)
                    try:
                        return container.elements[i]
                    except IndexError:
                        return None
        if isinstance(base, cst.Name) and base.value in self.m.module_level_models:
            return None
        return None

    def weight_ref(self, node, func, cls) -> Optional[str]:
        """Flow key of a weight operand: `W1`, `self.W`, `params["W1"]`, `params['W' + str(l)]`."""
        node = operand_core(node)
        if isinstance(node, cst.Name):
            return "w:" + node.value
        attr = _self_attr(node)
        if attr:
            return f"self:{attr}" if cls is None else f"{cls.name}.{attr}"
        if isinstance(node, cst.Subscript):
            return subscript_key(node)
        return None

    def tensor_key(self, node, func, cls) -> Optional[str]:
        """Key used for fill-then-overwrite tracking: the written tensor, normalised."""
        t = node
        while isinstance(t, cst.Attribute) and t.attr.value == "data":
            t = t.value
        if isinstance(t, cst.Subscript) and not _dict_key(t):
            t = t.value  # W[:] = ..., W[0, :] = ...
            while isinstance(t, cst.Attribute) and t.attr.value == "data":
                t = t.value
        if isinstance(t, cst.Call) and isinstance(t.func, cst.Attribute) and t.func.attr.value == "detach":
            t = t.func.value
        d = _display(self.m.module, t)
        return d if d and d != "?" else None


# ------------------------------------------------------------------ helpers


def factory_layer(model: "Model", node) -> Optional[Layer]:
    """`hidden(128)`: a call of a module-level layer factory (modelled already); the one layer it returns."""
    if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Name):
        return None
    fn = model.functions.get(node.func.value)
    if fn is None or fn.cls is not None or fn.parent is not None:
        return None
    found = {id(l): l for n in walk(fn.node.body) if isinstance(n, cst.Return) and n.value is not None
             for l in [model.layer_of_node.get(id(n.value))] if l is not None and l.kind != "container"}
    return next(iter(found.values())) if len(found) == 1 else None


def operand_core(node):
    """`W.T`, `W.data`, `W.t()`, `W.transpose(0, 1)` -> `W`: the tensor behind a matmul operand."""
    while isinstance(node, cst.Attribute) and node.attr.value in ("T", "data", "mT"):
        node = node.value
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in ("t", "transpose", "T"):
        node = node.func.value
    return node


def _layer_types_matching(text: str, model: "Model") -> Tuple[str, ...]:
    """Layer type names containing `text` (DCGAN's `classname.find("Conv") != -1`): the known layer
    vocabulary and the constructors this file uses."""
    names = set(W.LINEAR_LIKE | W.RNN_LIKE | W.NORM_LIKE | W.EMBED_LIKE)
    names.update(n for n in (l.type_name.rsplit(".", 1)[-1] for l in model.layers.values()) if W.layer_kind(n) != "other")
    return tuple(sorted(n for n in names if text and text in n))


def _class_name_var(node) -> Optional[str]:
    """`m.__class__.__name__` / `type(m).__name__` -> "m"."""
    if isinstance(node, cst.Attribute) and node.attr.value == "__name__":
        inner = node.value
        if isinstance(inner, cst.Attribute) and inner.attr.value == "__class__":
            return dotted(inner.value)
        if isinstance(inner, cst.Call) and isinstance(inner.func, cst.Name) and inner.func.value == "type" and len(inner.args) == 1:
            return dotted(inner.args[0].value)
    return None


_FLAG_SKIP = {"weight", "bias", "training", "data", "grad", "requires_grad", "shape", "ndim"}


def _flag_test(test) -> Optional[str]:
    """The module variable of a per-layer flag test: `m.init == "final"`, `getattr(m, "zero_init_last", False)`,
    `m.is_last`. None checks (`m.bias is not None`) and tensor attributes are not flags."""
    node = test
    if isinstance(node, cst.Comparison) and len(node.comparisons) == 1 \
            and isinstance(node.comparisons[0].operator, cst.Equal):
        lit = node.comparisons[0].comparator
        if string_value(lit) is None and not isinstance(lit, (cst.Integer, cst.Name)) \
                or isinstance(lit, cst.Name) and lit.value not in ("True", "False"):
            return None
        node = node.left
    elif isinstance(node, cst.Comparison):
        return None
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value != "self" \
            and node.attr.value not in _FLAG_SKIP and not node.attr.value.startswith("_"):
        return node.value.value
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "getattr" \
            and len(node.args) >= 2 and isinstance(node.args[0].value, cst.Name) and node.args[0].value.value != "self":
        attr = string_value(node.args[1].value)
        if attr and attr not in _FLAG_SKIP and attr.split("_")[0] not in ("weight", "bias"):
            return node.args[0].value.value
    return None


def _shape_arg(call: cst.Call, last: str):
    """The shape argument of a variable-creating call: shape=..., or get_parameter/get_variable(name, shape)."""
    node = arg(call, None, "shape")
    if node is None and last in ("get_parameter", "get_variable") and len(call.args) >= 2 and call.args[1].keyword is None:
        node = call.args[1].value
    return node


def _literal_rank(node) -> Optional[int]:
    """Rank of a literal shape: () / [] -> 0, (n,) -> 1, (a, b) -> 2; None when not a literal."""
    if isinstance(node, (cst.Tuple, cst.List)) and not any(isinstance(e, cst.StarredElement) for e in node.elements):
        return len(node.elements)
    return None


def _fid(func: Optional[Function]) -> int:
    return id(func.node) if func is not None else 0


def _self_attr(node) -> Optional[str]:
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
        return node.attr.value
    return None


def _target_names(node):
    if isinstance(node, cst.Name):
        yield node.value
    elif isinstance(node, (cst.Tuple, cst.List)):
        for e in node.elements:
            yield from _target_names(e.value)


def _display(module, node) -> str:
    plain = _plain_dotted(node)
    return plain if plain is not None else _text(module, node).strip()


def _plain_dotted(node) -> Optional[str]:
    """The code of `a.b.c` written with no parentheses or whitespace, without libcst's codegen (the display
    of most targets; codegen costs ~30 us a node)."""
    parts = []
    while isinstance(node, cst.Attribute):
        dot = node.dot
        if node.lpar or node.rpar or not isinstance(dot, cst.Dot) or not _no_space(dot.whitespace_before) \
                or not _no_space(dot.whitespace_after):
            return None
        parts.append(node.attr.value)
        node = node.value
    if not isinstance(node, cst.Name) or node.lpar or node.rpar:
        return None
    parts.append(node.value)
    return ".".join(reversed(parts))


def _no_space(ws) -> bool:
    return isinstance(ws, cst.SimpleWhitespace) and not ws.value


def _container_of_weights(node: cst.Subscript) -> bool:
    """`weights[...]`, `self.weights[...]`, `W[...]`: a container whose entries are weight matrices."""
    base = dotted(node.value)
    return base is not None and W.role_of_name(base.split(".")[-1]) == W.WEIGHT


def subscript_key(node: cst.Subscript) -> Optional[str]:
    """Flow key of `params["W1"]` ("w:W1", shared with a variable W1) or `weights["h1"]` ("w:weights[h1]")."""
    k = _dict_key(node)
    if k is None:
        return None
    if W.role_of_name(k.replace("*", "")) in (W.UNKNOWN, W.STATE) and _container_of_weights(node):
        return f"w:{dotted(node.value)}[{k}]"
    return "w:" + k


def _dict_key(node: cst.Subscript) -> Optional[str]:
    """`params["W1"]` -> "W1"; `params['W' + str(l)]`, f"W{l}", "W%d" % l -> "W*"."""
    if len(node.slice) != 1 or not isinstance(node.slice[0].slice, cst.Index):
        return None
    k = node.slice[0].slice.value
    s = string_value(k)
    if s is not None:
        return s
    if isinstance(k, cst.BinaryOperation) and isinstance(k.operator, (cst.Add, cst.Modulo)):
        s = string_value(k.left)
        if s is not None:
            return s.split("%")[0] + "*" if isinstance(k.operator, cst.Modulo) else s + "*"
    if isinstance(k, cst.FormattedString) and k.parts and isinstance(k.parts[0], cst.FormattedStringText):
        return k.parts[0].value + "*"
    if isinstance(k, cst.Call) and isinstance(k.func, cst.Attribute) and k.func.attr.value == "format":
        s = string_value(k.func.value)
        if s is not None:
            return s.split("{")[0] + "*"
    return None

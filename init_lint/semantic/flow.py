"""Dataflow from layers to the activations that consume them (on the standard `ast` tree).

A value is the set of layers whose raw output it carries (`pending`) and
the (layer, activation) pairs whose activated output it carries. Applying an
activation to a pending layer records the layer's consumer; applying a
layer to an activated value proves the earlier layer is hidden.

A call's arguments are read as one list in source order (`call_arg_values`); a body
written on its header's line (`def f(x): return g(x)`, `for l in ls: x = l(x)`) is
followed like any other, as the model does.
"""

from __future__ import annotations

import ast
import copy
import math
import re
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Set, Tuple, TypeVar, Union

from ..vocab.ops import PRODUCTS
from ..vocab.roles import BIAS, WEIGHT, role_of_name
from .activations import (Act, act_call, act_from_reference, call_arg_values, canonical_act, family as act_family,
                          relu_mask_expression, sigmoid_expression)
from .astutil import (Substituted, arg, decorated_with, dotted, enumerated_item, has_star_args, is_number_literal, last_name,
                      loop_pairs, param_defaults, param_names, passed_for, positional, root_name, self_update,
                      string_comparison, string_value, updated_names, walk)
from .evaluator import Evaluator, module_list_literals, module_tuples
from .keys import is_tensor_key, tensor_key, tensor_name
from .model import (LAYER_LIST, Class, Function, Layer, Model, Site, _dict_key, _self_attr, class_level_method,
                    factory_layer, framework_module, operand_core, parent_classes, passed_at_attribute_calls,
                    project_sequential, subscript_key)

__all__ = ["Val", "EMPTY", "Facts", "Flow", "Act", "SHARED_SCOPE", "name_key_scopes", "name_key_versions", "plain_name_key",
           "site_version"]

_TRY_STAR: Optional[type] = getattr(ast, "TryStar", None)
FuncDef = Union[ast.FunctionDef, ast.AsyncFunctionDef]
Env = Dict[str, "Val"]


# reductions that, given no axis, reduce a tensor to one number
_FULL_REDUCTIONS = frozenset({"reduce_mean", "reduce_sum", "mean", "sum", "l2_loss"})


class Val(NamedTuple):
    pending: FrozenSet[str] = frozenset()
    activated: FrozenSet[Tuple[str, Act]] = frozenset()
    # reduced to one number (`tf.reduce_mean(...)` with no axis, `loss.sum()`): a loss term, no signal path; two
    # of them summed (`kl + reconstruction`) make no residual stream of the layers they came from
    reduced: bool = False

    def __or__(self, other: "Val") -> "Val":
        if not other.pending and not other.activated:
            return self
        if not self.pending and not self.activated:
            return other
        return Val(self.pending | other.pending, self.activated | other.activated, self.reduced and other.reduced)

    def layers(self) -> Set[str]:
        return set(self.pending) | {k for k, _ in self.activated}


EMPTY = Val()


@dataclass
class Facts:
    consumer: Dict[str, Tuple[Act, ast.AST]] = field(default_factory=dict)  # first activation after the layer
    hidden: Dict[str, Tuple[str, Act]] = field(default_factory=dict)  # layer -> (next layer key, act between)
    added: Set[str] = field(default_factory=set)  # output added to another path (residual, adapter)
    # added to another layer's raw output and nothing else (`x @ Wxh + h @ Whh`, `conv_x(x) + conv_h(h)`): the
    # pre-activation of one unit, which the activation after the sum consumes; (gate_added: the gate layers)
    summed: Set[str] = field(default_factory=set)
    summed_with: Dict[str, Set[str]] = field(default_factory=dict)  # layer -> the layers of its sums
    gate_added: Set[str] = field(default_factory=set)
    output: Set[str] = field(default_factory=set)  # reaches a return / the end of a Sequential model
    output_raw: Set[str] = field(default_factory=set)  # reaches it with no activation after it
    # activated, it is all a function returns (`return tf.nn.sigmoid(logits)`, no tuple of several results)
    returned_alone: Set[str] = field(default_factory=set)
    applied: Set[str] = field(default_factory=set)  # layers seen applied at all
    gated: Dict[str, Set[Tuple[str, str]]] = field(default_factory=dict)  # layer -> (class, attr) of self.X * layer(x)
    normed_by: Dict[str, str] = field(default_factory=dict)  # raw output goes into a norm layer (conv -> BN): its key
    fed: Set[str] = field(default_factory=set)  # output goes as it is into another (non-norm) layer or block
    fed_linear: Set[str] = field(default_factory=set)  # ... into another linear layer (Dense -> Dense, no activation)
    # layer -> the layers whose output reaches it as it is (BatchNorm -> Conv2D): `feeders` has the activated ones
    raw_feeders: Dict[str, Set[str]] = field(default_factory=dict)
    acts_by_node: Dict[int, Act] = field(default_factory=dict)
    # the same facts for plain-name weight keys ("w:W"), per scope the flow walked them in (id of the function
    # it started from, 0 for the module): one name bound in two functions is two tensors under one key
    scoped_consumer: Dict[str, Dict[int, Tuple[Act, ast.AST]]] = field(default_factory=dict)
    scoped_hidden: Dict[str, Set[int]] = field(default_factory=dict)
    scoped_output: Dict[str, Set[int]] = field(default_factory=dict)
    scoped_output_raw: Dict[str, Set[int]] = field(default_factory=dict)
    # class key -> constructor parameters whose string default decided a `self.activation == "relu"` test in its
    # methods: the instances built passing one of them may take another arm (Context leaves them out)
    string_attr_params: Dict[str, Set[str]] = field(default_factory=dict)
    # layer -> the attribute of its class holding an activation each instance passes (Class.instance_acts) that
    # the class applies to the layer's output (`return self.activation(z)`)
    instance_act: Dict[str, str] = field(default_factory=dict)
    # weights a caller unpacks from a helper's returned tuple (`filt, b = self.get_conv_var(...)` with `return
    # filters, biases`): keys the caller's names stand for
    unpacked: Set[str] = field(default_factory=set)
    # layer -> the layers whose activated output it is applied to (`hidden` keeps one next layer per layer: a
    # Dense built in a loop feeds itself there, and the Dense after the loop is found here)
    feeders: Dict[str, Set[str]] = field(default_factory=dict)


_INLINE_DEPTH = 3  # helper calls followed through (forward -> linear_activation_forward -> linear_forward)
_INLINE_BUDGET = 400  # helper bodies walked per file


def _hidden_list_act(ev: Evaluator, items: List[ast.expr]) -> Optional[Act]:
    """The activation the hidden layers' entries of a per-layer list of activations name (all but the last, the
    output link; `None` entries are linear layers): None unless they name one and the same."""
    acts = {act_from_reference(ev, item) for item in items[:-1]
            if not (isinstance(item, ast.Constant) and item.value is None)}
    return acts.pop() if len(acts) == 1 and None not in acts else None


@dataclass
class _Frame:
    """One inlined helper call: its parameters bound to the caller's weights and string constants."""
    fn: FuncDef
    aliases: Dict[str, str]  # parameter -> caller's weight key (`W` -> "w:W*" for parameters["W" + str(l)])
    consts: Dict[str, str]  # parameter -> string argument (`activation` -> "relu")
    returned: Val = field(default_factory=Val)
    # parameter -> the caller's container it stands for (`_weights` -> "weights" in
    # multilayer_perceptron(x, weights, biases)): `_weights['h1']` is the caller's `weights['h1']`
    bases: Dict[str, str] = field(default_factory=dict)
    # the consts a static test of this body decided on (None: the parameter had none): all a replay must match
    read: Dict[str, Optional[str]] = field(default_factory=dict)
    # parameter -> the caller's layer passed for it (`self.graph_conv(x, self.cl1, ...)`; `cl(x)` in the body)
    layers: Dict[str, Layer] = field(default_factory=dict)
    # parameter -> the expression the call passes for it (those it leaves out are not keys; `acts` in
    # `acts[i](z)`: the list handed in)
    args: Dict[str, ast.expr] = field(default_factory=dict)
    # what each item of a returned tuple carries (`return a_next, yt_pred, cache`), when every return of the body
    # is a tuple of that length; None when none is, or they differ
    items: Optional[List[Val]] = None
    items_ok: bool = True


def comprehended(value: ast.expr) -> bool:
    """A list made by a comprehension (behind a placeholder item or not: `[None] + [randn(y, x) for ...]`)."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return comprehended(value.left) or comprehended(value.right)
    return isinstance(value, (ast.ListComp, ast.GeneratorExp))


def _dispatch_class(act: Act) -> Tuple[str, float]:
    """What the arms of a dispatch must agree on for a layer to keep its consumer: within the ReLU family only a
    leaky slope (relu in one arm, elu in the other, `x = nipsHead(x)` / `x = universeHead(x)`: the rules read the
    family and the slope), elsewhere the activation itself (tanh and sigmoid differ in gain)."""
    name, slope = act
    if act_family(name) == "relu":
        return "relu", (slope or 0.0) if name == "leaky_relu" else 0.0
    return name, slope or 0.0


def _returned_into(model: Model, site_keys: Set[str]) -> Dict[str, str]:
    """`self.weights = self._initialize_weights()` (or `params = init_params(...)`) where the function returns
    its local dict or list of drawn weights (`return weights`): the name it is stored under -> that local's name,
    so `self.weights["layer_0"]` in the forward pass is the `weights["layer_0"]` drawn."""
    if "return" not in model.source.text:
        return {}
    containers = {tensor_name(k).split("[", 1)[0] for k in site_keys if is_tensor_key(k) and "[" in k}
    if not containers:
        return {}
    out: Dict[str, str] = {}
    for stmt in model.nodes_of(ast.Assign):
        value = stmt.value
        if len(stmt.targets) != 1 or not isinstance(value, ast.Call):
            continue
        stored = dotted(stmt.targets[0])
        callees: List[FuncDef] = []
        if isinstance(value.func, ast.Name) and value.func.id in model.functions:
            callees = [model.functions[value.func.id].node]
        elif _self_attr(value.func):
            # (the methods of that name: one walk of each, not a search for the class holding the statement)
            callees = [c.methods[_self_attr(value.func) or ""] for c in model.all_classes
                       if _self_attr(value.func) in c.methods]
        if stored is None or not callees:
            continue
        # (`return {"W1": ..., ...}`: the dict literal's entries are keyed under the function's name, as in
        # Builder.small)
        returned = {r.value.id if isinstance(r.value, ast.Name) else f"{callee.name}()"
                    for callee in callees for r in walk(callee)
                    if isinstance(r, ast.Return) and isinstance(r.value, (ast.Name, ast.Dict, ast.DictComp))}
        if len(returned) == 1:
            name = returned.pop()
            if name in containers and name != stored:
                out[stored] = name
    return out


def _dotted_node(text: str) -> Optional[ast.expr]:
    """`tf.nn.relu` (a dotted name kept as text) as the expression it spells."""
    parts = text.split(".")
    if not all(p.isidentifier() for p in parts):
        return None
    node: ast.expr = ast.Name(id=parts[0], ctx=ast.Load())
    for p in parts[1:]:
        node = ast.Attribute(value=node, attr=p, ctx=ast.Load())
    return node


GATE_ACTS = {"sigmoid", "softmax"}
# a function of backpropagation by its name: backward, backprop, backpropagation, backward_propagation,
# linear_backward, relu_backward, bprop
# names a hand-written backward pass gives gradients: dZ1, dW2, dz1, dh, dout, d_out, grads, w_grad, delta2
_GRADIENT_NAME = re.compile(r"^(?:d[A-Z]\w*|d[a-z]{1,2}\d*|dout\d*|d_\w+|grads?(?:_\w+)?|\w+_grads?|delta\w*)$")
_BACKWARD_NAME = re.compile(r"^(?:backward|backprop|bprop)|_backward$|backward_prop|^(?:numerical_)?gradients?$",
                            re.IGNORECASE)
# methods named for training, not for computing the network's output (forward_part leaves them to their own walk)
_NOT_FORWARD = re.compile(r"grad|backward|backprop|bprop|delta|deriv|update|train|loss|step|optimi[sz]e|fit", re.IGNORECASE)
_SIZE_ATTRS = frozenset({"shape", "dtype", "ndim", "device"})
_SIZE_METHODS = frozenset({"size", "dim", "get_shape", "numel"})
_FORWARD_METHODS = {"forward", "fprop", "forward_pass"}
_FRAMEWORKS = ("torch.", "keras.", "tensorflow.", "flax.", "haiku.", "jax.", "objax.", "equinox.")
_TF_LAYERS = ("keras.", "tensorflow.")


class Flow:
    def __init__(self, model: Model) -> None:
        self.m = model
        self.ev: Evaluator = model.ev
        self.source = model.source
        self.facts = Facts()
        self.frames: List[_Frame] = []
        # while a gradient's value is computed (`dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)`): the chain rule's products
        # weight nothing, so they mark no gate
        self.in_gradient = False
        # bare names the file draws a tensor into (`w1 = randn(...)`, `b1 = np.zeros(...)`)
        # (weights and biases: a recurrent state drawn as zeros, `c = torch.zeros(...)`, is updated by the cell,
        # `c = g * i + c`, and carries what the cell computes)
        self.drawn_names = frozenset(s.assigned_name for s in model.sites
                                     if s.assigned_name and s.assigned_name.isidentifier() and s.role in (WEIGHT, BIAS))
        # variables created as trainable weights under any name (`matrix = tf.get_variable("Matrix", ...)`)
        self.var_keys = {s.key for s in model.sites
                         if is_tensor_key(s.key) and s.wrapper in ("Variable", "Parameter")}
        # and plain arrays under any name that are multiplied with an input and updated in place
        # (`R = randn(784, 36) * 0.001`; `sigm(X @ R)`; `R += lr * dR`)
        # (a vector too: `V = randn(M) / sqrt(M)`; `Z.dot(V)`; `V += lr * gV`, one output unit's weights)
        plain = [s for s in model.sites if s.wrapper is None and is_tensor_key(s.key)
                 and s.key in model.matmul_keys and len(s.dist.shape) >= 1 and s.key not in self.var_keys]
        if plain:
            updated = updated_names(model.module)
            self.var_keys |= {s.key for s in plain if s.key and tensor_name(s.key) in updated}
        self.budget = _INLINE_BUDGET
        self.loop_aliases: Dict[str, str] = {}  # loop variable -> the key of the list of weights it walks
        self.site_keys = {s.key for s in model.sites if s.key}
        self._returned_keys: Dict[Tuple[int, int], List[Optional[str]]] = {}  # (id(def), n) -> returned_keys
        # (the attributes a comprehension fills with one draw per layer: `self.weights = [randn(y, x) for ...]`)
        self.per_layer_keys = {s.key for s in model.sites if s.key and isinstance(s.stmt, ast.Assign)
                               and comprehended(s.stmt.value)}
        self._class_keys = {c.key for c in model.all_classes}
        self._instance_weights: Dict[str, Optional[str]] = {}  # attribute -> the one class weight it names
        self.loop_layers: Dict[str, Layer] = {}  # loop variable -> the layers of the container it walks
        self.loops: List[Union[ast.For, ast.AsyncFor]] = []  # the for loops around the statement walked
        self.local_layers: Dict[str, Layer] = {}  # name -> the layer bound to it in this function (or module)
        # name -> the key of the per-layer entry bound to it in this function (`W = params['W' + str(i + 1)]`)
        self.local_entries: Dict[str, str] = {}
        self.lambdas: Dict[str, ast.Lambda] = {}  # name -> the lambda bound to it in this function
        # inline's results: (helper, frames around the call, argument values, aliases) -> [(consts read,
        # returned value, budget used)]. A second run of the same body on the same inputs (timm's
        # `_create_vision_transformer`, inlined by 170 model functions) records only facts the first run
        # recorded already (every write to Facts is a first-wins or idempotent one), so its result is reused
        self.memo: Dict[tuple, List[Tuple[Tuple[Tuple[str, Optional[str]], ...], Val, int, Optional[List[Val]]]]] = {}
        # a helper call -> what each item of the tuple it returns carries (`a, y, cache = step(...)` binds each)
        self.call_items: Dict[int, Tuple[ast.Call, Optional[List[Val]]]] = {}
        self.scope = 0  # id of the function the walk started from (0: the module body)
        self.walked: Optional[FuncDef] = None  # that function, when it is a module-level one
        self.walking: Optional[FuncDef] = None  # the function the walk started from (a method too)
        self._nested: Dict[Tuple[int, str], Optional[Function]] = {}  # (function, name) -> the def in it
        self._lookups: Dict[int, Dict[str, Optional[ast.expr]]] = {}  # (looked_up_act)
        self.functions_by_node = {id(f.node): f for f in model.functions.values()}
        self.returned_into = _returned_into(model, self.site_keys)
        self._stores: Dict[int, Set[str]] = {}
        self._module_lists: Optional[Dict[str, Tuple[ast.expr, ...]]] = None  # (list_items, made on first use)
        # names the current walk bound to a layer's output (`Wh = torch.mm(h, self.W)`): data, however
        # weight-like the name (a weight of the file keeps its key: `W1 = params["W1"]` binds no output)
        self.computed: Set[str] = set()
        # plain-name weight keys bound in two or more scopes -> the ids of the functions binding them
        # and those bound two or more times in a row in one scope (TF1's `weights = tf.get_variable(...)` in each
        # variable_scope): per scope, the line each binding starts and the version its reads until the next are
        self.versions = name_key_versions(model.sites)
        self.bound = {k: v for k, v in name_key_scopes(model.sites).items() if len(v) >= 2 or k in self.versions}
        # `if activation_fn == "tanh": ... elif activation_fn == "relu": ...` on a string the walk cannot know:
        # the activations each layer meets inside such a dispatch; a layer meeting two has no known consumer
        self.dispatch_depth = 0
        self.dispatch_before: Set[str] = set()
        self.dispatch_acts: Dict[str, Set[Act]] = {}
        self.contested: Set[str] = set()

    # -------------------------------------------------------------- driving
    def run(self) -> Facts:
        for cls in self.m.all_classes:
            # a framework module's constructor only builds layers; a plain class's constructor may run the
            # network itself (a TF1 graph built in __init__: `x = tf.nn.elu(conv2d(x, 32, ...))`)
            plain = not framework_module(cls)
            for name, fn in cls.methods.items():
                if name != "__init__" or plain and "tensorflow" in self.m.imports.imported_modules:
                    self.function(fn, cls)
        walked = set()
        for f in self.m.functions.values():
            if f.cls is None:
                self.function(f.node, None)
                walked.add(id(f.node))
        for stmt in self.m.module.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and id(stmt) not in walked:
                # a module-level function named like a method defined before it (`def forward(network, X)` after
                # the layer classes' `forward` methods), which the model's by-name table does not hold
                self.function(stmt, None)
        self.local_layers, self.local_entries = {}, {}
        self.computed = set()
        self.block(self.m.module.body, {}, None)
        # Whole-model containers: keras.Sequential([...]) and module-level nn.Sequential(...)
        local_models = {id(lm) for lm in self.m.local_models}  # (was a scan of all local models per layer)
        for layer in list(self.m.layers.values()):
            if layer.kind == "container" and (layer.type_name.startswith(("keras.", "haiku.", "flax.")) or
                                              ".stax." in layer.type_name or
                                              project_sequential(layer.type_name) or
                                              layer.name in self.m.module_level_models or
                                              id(layer) in local_models):
                out = self.apply_layer(layer, EMPTY, None)
                self.mark_output(out)
        # A torch Sequential the dataflow never saw called (`pred = model.discriminator(img)` through a global):
        # its order alone says which of its layers feed others (its own output is left undecided)
        for layer in list(self.m.layers.values()):
            if layer.kind == "container" and layer.type_name.startswith("torch.nn.") and layer.elements \
                    and not layer.type_name.endswith(("ModuleList", "ModuleDict")) \
                    and not any(el.key in self.facts.applied for el in layer.elements):
                self.apply_layer(layer, EMPTY, None)
        for key in self.contested:
            self.facts.consumer.pop(key, None)
            self.facts.scoped_consumer.pop(key, None)
        return self.facts

    def function(self, fn: FuncDef, cls: Optional[Class]) -> None:
        if _BACKWARD_NAME.search(fn.name):
            return  # backpropagation (`error = np.dot(error, W.T) * relu_derivative(a)`): no forward pass
        env: Env = {}
        self.local_layers, self.local_entries = {}, {}
        self.lambdas = {}
        self.computed = set()
        self.scope = id(fn)
        self.walked = fn if cls is None else None
        self.walking = fn
        self.block(fn.body, env, cls)
        for name, val in env.items():
            if name.startswith("__seq__"):
                self.mark_output(val)
        self.scope = 0
        self.walked = self.walking = None

    def block(self, stmts: Sequence[ast.stmt], env: Env, cls: Optional[Class]) -> None:
        for s in stmts:
            self.stmt(s, env, cls)

    def suite(self, stmts: Sequence[ast.stmt], env: Env, cls: Optional[Class]) -> None:
        """The body of a compound statement (one written on its header's line too)."""
        self.block(stmts, env, cls)

    def stmt(self, s: ast.stmt, env: Env, cls: Optional[Class]) -> None:
        t = type(s)
        if t is ast.Assign or t is ast.AnnAssign or t is ast.AugAssign or t is ast.Return or t is ast.Expr:
            self.small(s, env, cls)
        elif t is ast.For or t is ast.AsyncFor:
            assert isinstance(s, (ast.For, ast.AsyncFor))
            self.bind(s.target, EMPTY, env)
            # for layer in self.layers: x = act(layer(x)); for W, b in zip(Ws[:-1], bs[:-1]): x = relu(x @ W + b)
            looped = self.looped_layers(s, env, cls)
            saved_layers = _bind_loop(self.loop_layers, looped)
            saved_aliases = _bind_loop(self.loop_aliases, self.looped_weights(s))
            self.loops.append(s)
            # (a loop variable that stands for a whole chain of layers, `for layer in network: x = layer(x)`, is
            # walked once: the chain is the loop, and its last layer does not feed its first)
            chained = any(isinstance(v, _InOrder) or isinstance(v, _Each) and any(isinstance(e, _InOrder) for e in v.each)
                          for v in looped.values())
            try:
                for _ in range(1 if chained else 2):  # loop-carried values: a layer applied in a loop feeds itself
                    self.suite(s.body, env, cls)
            finally:
                self.loops.pop()
            _unbind_loop(self.loop_layers, saved_layers)
            _unbind_loop(self.loop_aliases, saved_aliases)
            if s.orelse:
                self.suite(s.orelse, env, cls)
        elif t is ast.While:
            assert isinstance(s, ast.While)
            for _ in range(2):
                self.suite(s.body, env, cls)
        elif t is ast.If:
            assert isinstance(s, ast.If)
            self.expr(s.test, env, cls)
            static = self.static_test(s.test)
            if static is None and cls is not None:
                static = _flag_test(s.test, cls)
            if static is None and cls is not None:
                static = self.attr_string_test(s.test, cls)
            if static is False:  # `if activation == "sigmoid":` in a helper called with "relu"
                self.suite(s.orelse, env, cls)  # an elif is an If alone there: it starts its line, never skipped
                return
            compared = string_comparison(s.test)
            dispatch = static is None and compared is not None and (
                isinstance(compared[0], ast.Name) or _self_attr(compared[0]) is not None)
            if dispatch and not self.dispatch_depth:
                self.dispatch_before = set(self.facts.consumer)  # (a consumer met before the dispatch stays)
            self.dispatch_depth += dispatch
            try:
                if static is None and s.orelse:
                    # both arms may run: a name both arms bind to the same layers' output, one activated and one
                    # not (`if hidden: a = relu(z) else: a = z`), holds both for the next layer. (Arms applying
                    # different layers keep the last arm's value: the condition that picks one usually picks the
                    # activation after it too, which the walk cannot correlate.) The arm a per-layer loop takes
                    # for its last layer only (`if l == L: A = sigmoid(Z) else: A = relu(Z)`) is walked second:
                    # a layer's consumer is the first activation met, and the hidden layers' is the other arm's
                    # (what each arm leaves is merged as when the body is walked first)
                    last_first = self.last_layer_test(s.test)
                    before = dict(env)
                    self.suite(s.orelse if last_first else s.body, env, cls)
                    taken = dict(env)
                    env.clear()
                    env.update(before)
                    self.suite(s.body if last_first else s.orelse, env, cls)
                    if last_first:
                        taken, left = dict(env), taken
                        env.clear()
                        env.update(left)
                    for name, val in taken.items():
                        other = env.get(name)
                        # (and where the last arm applies no layer, `if group == 1: output = convolve(input, kernel)
                        # else: output = tf.concat(3, groups)`, the first arm's layers go on)
                        if other is not None and other is not val and (other.layers() == val.layers()
                                                                       or not other.layers() and val.layers()):
                            env[name] = other | val
                else:
                    self.suite(s.body, env, cls)
                    if static is not True:
                        self.suite(s.orelse, env, cls)
            finally:
                self.dispatch_depth -= dispatch
            if dispatch and not self.dispatch_depth:
                self.contested |= {k for k, acts in self.dispatch_acts.items() if len({_dispatch_class(a) for a in acts}) > 1}
                self.dispatch_acts = {}
        elif t is ast.With or t is ast.AsyncWith:
            assert isinstance(s, (ast.With, ast.AsyncWith))
            self.suite(s.body, env, cls)
        elif t is ast.Try or (_TRY_STAR is not None and t is _TRY_STAR):
            self.suite(s.body, env, cls)  # type: ignore[attr-defined]
            for h in s.handlers:  # type: ignore[attr-defined]
                self.suite(h.body, env, cls)
            # (the old walk never looked into a try's else / finally blocks)

    def last_layer_test(self, test: ast.expr) -> bool:
        """`l == L` in `for l in range(1, L + 1)`, `i == n_layers - 1` in `for i in range(n_layers)`, `i ==
        len(self.layers) - 1` in `for i, layer in enumerate(self.layers)`: whether the test holds on the last pass
        of an enclosing loop only (its index against the loop's last value, written the loop's own way)."""
        if not isinstance(test, ast.Compare) or len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
            return False
        for loop in reversed(self.loops):
            target, it = loop.target, loop.iter
            if isinstance(target, ast.Tuple) and target.elts:  # for i, layer in enumerate(layers)
                target = target.elts[0]
            if not isinstance(target, ast.Name) or not isinstance(it, ast.Call) or not isinstance(it.func, ast.Name) \
                    or not it.args or it.keywords:
                continue
            sides = [(test.left, test.comparators[0]), (test.comparators[0], test.left)]
            bound = next((b for i, b in sides if isinstance(i, ast.Name) and i.id == target.id), None)
            if bound is None:
                continue
            if it.func.id == "range" and len(it.args) <= 2:
                stop = it.args[-1]
                lasts: List[ast.expr] = [ast.BinOp(left=stop, op=ast.Sub(), right=ast.Constant(1))]  # range(n): n - 1
                if isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Add) \
                        and isinstance(stop.right, ast.Constant) and stop.right.value == 1:
                    lasts.append(stop.left)  # range(1, L + 1): L
            elif it.func.id == "enumerate" and len(it.args) == 1:
                size = ast.Call(func=ast.Name(id="len", ctx=ast.Load()), args=[it.args[0]], keywords=[])
                lasts = [ast.BinOp(left=size, op=ast.Sub(), right=ast.Constant(1))]  # len(layers) - 1
            else:
                return False
            shown = ast.dump(bound, annotate_fields=False, include_attributes=False)
            return any(ast.dump(last, annotate_fields=False, include_attributes=False) == shown for last in lasts)
        return False

    def small(self, small: ast.stmt, env: Env, cls: Optional[Class]) -> None:
        if isinstance(small, ast.Assign) and len(small.targets) == 1 and type(small.targets[0]) is ast.Name \
                and small.targets[0].id in self.drawn_names and self_update(small.targets[0], small.value):
            # w2 = w2 - lr * grad_w2, b1 = b1 - lr * grad_b1: a training step changes a drawn tensor, which stays
            # what it was (its gradient's values, made from the layers after it, are not what the next forward
            # pass adds or multiplies with); `x = x + self.fc(x)` on an activation is a residual, followed
            return
        if type(small) is ast.Assign and len(small.targets) == 1 and type(small.targets[0]) is ast.Subscript:
            masked = _relu_in_place(small.targets[0], small.value)
            if masked is not None and masked in env:
                # h[h < 0] = 0 (Karpathy's policy network): ReLU written in place
                env[masked] = self.activate(env[masked], ("relu", None), small)
                return
        if isinstance(small, ast.Assign):
            saved_gradient = self.in_gradient
            self.in_gradient = saved_gradient or any(isinstance(t, ast.Name) and _GRADIENT_NAME.match(t.id)
                                                     for t in small.targets)
            try:
                val = self.expr(small.value, env, cls)
            finally:
                self.in_gradient = saved_gradient
            returned = self.call_items.pop(id(small.value), None) if isinstance(small.value, ast.Call) else None
            items = returned[1] if returned is not None and returned[0] is small.value else None
            for t in small.targets:
                if items is not None and isinstance(t, ast.Tuple) and len(t.elts) == len(items) \
                        and not any(isinstance(e, ast.Starred) for e in t.elts):
                    # a_next, yt_pred, cache = rnn_step_forward(...): each target what its item of the return carries
                    for e, item in zip(t.elts, items):
                        self.bind(e, item, env)
                    continue
                if type(t) is ast.Name and type(small.value) is ast.Constant and small.value.value is None:  # type: ignore[attr-defined]
                    # activation = None: a name switched off holds no tensor (a parameter keeps its activation
                    # where it is still called: _stored_names)
                    env.pop(t.id, None)
                else:
                    self.bind(t, val, env)
                if isinstance(t, ast.Name) and (self.lambdas or type(small.value) is ast.Lambda):
                    if type(small.value) is ast.Lambda:
                        self.lambdas[t.id] = small.value  # convolve = lambda i, k: tf.nn.conv2d(i, k, ...)
                    else:
                        self.lambdas.pop(t.id, None)
                if isinstance(t, ast.Name) and self.frames:
                    # (in a helper being followed: `conv_layer = Conv2D(...)`, then `conv_layer(inputs)`)
                    made = self.m.layer_of_node.get(id(small.value))
                    if made is not None and made.type_name.startswith(_FRAMEWORKS):
                        self.frames[-1].layers[t.id] = made
                    else:
                        self.frames[-1].layers.pop(t.id, None)
                if isinstance(t, ast.Tuple) and not self.frames and type(small.value) is ast.Call:
                    # filt, conv_biases = self.get_conv_var(...) with `return filters, biases`: each target is the
                    # weight the helper drew under its own name
                    for e, key in zip(t.elts, self.returned_keys(small.value, len(t.elts), cls)):  # type: ignore[arg-type]
                        if isinstance(e, ast.Name):
                            if key is not None:
                                self.local_entries[e.id] = key
                                self.facts.unpacked.add(key)
                            else:
                                self.local_entries.pop(e.id, None)
                if isinstance(t, ast.Name) and not self.frames:
                    entry = self.weight_key(small.value, cls) if type(small.value) is ast.Subscript else None
                    if entry is not None and entry.endswith("*"):
                        self.local_entries[t.id] = entry  # (then `matmul(a, W)` is a product with that entry)
                    else:
                        self.local_entries.pop(t.id, None)
                    layer = self.m.layer_of_node.get(id(small.value))
                    listed = self.listed_attrs(small.value, cls) if layer is None else []
                    if layer is None and listed:
                        layer = _Each(listed[0], listed)  # convs = [self.conv1, self.conv2, self.conv3]
                    if layer is not None:
                        self.local_layers[t.id] = layer
                    else:
                        self.local_layers.pop(t.id, None)
        elif isinstance(small, ast.AnnAssign) and small.value is not None:
            self.bind(small.target, self.expr(small.value, env, cls), env)
        elif isinstance(small, ast.AugAssign):
            if _parameter_update(small.target) or self.weight_key(small.target, cls) is not None:
                return  # params["W1"] -= lr * dW1, b1 -= lr * db1: a gradient step, not a residual path
            val = self.expr(small.value, env, cls)
            old = self.expr(small.target, env, cls)
            # x += self.block(x) / out += self.shortcut(x) add a branch to a path; g += grad_w (g = 0 before)
            # only accumulates a sum (a gradient, a loss), which carries no path of its own
            if isinstance(small.op, (ast.Add, ast.Sub)) and (old.layers() or _reads(small.value, small.target)):
                self.mark_added(val, old)
            self.bind(small.target, old | val, env)
        elif isinstance(small, ast.Return) and small.value is not None:
            if self.frames and isinstance(small.value, ast.Tuple) \
                    and not any(isinstance(e, ast.Starred) for e in small.value.elts):
                items = [self.expr(e, env, cls) for e in small.value.elts]
                val = EMPTY
                for item in items:
                    val = val | item
                frame = self.frames[-1]
                if frame.items is None and frame.items_ok:
                    frame.items = items
                elif frame.items is not None and len(frame.items) == len(items):
                    frame.items = [a | b for a, b in zip(frame.items, items)]
                else:
                    frame.items, frame.items_ok = None, False
            else:
                val = self.expr(small.value, env, cls)
                if self.frames:
                    self.frames[-1].items, self.frames[-1].items_ok = None, False
            if self.frames:
                self.frames[-1].returned = self.frames[-1].returned | val
            else:
                self.mark_output(val)
                if not isinstance(small.value, (ast.Tuple, ast.List, ast.Dict)):
                    self.facts.returned_alone.update(_bare(k) for k, _ in val.activated)
        elif isinstance(small, ast.Expr):
            v = small.value
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr in ("append", "extend") \
                    and isinstance(v.func.value, ast.Name) and len(v.args) == 1 and not v.keywords:
                # blocks.append(x); x = Concatenate()(blocks): the list holds the outputs appended to it
                val = self.expr(v.args[0], env, cls)
                if val.pending or val.activated:
                    name = v.func.value.id
                    env[name] = env.get(name, EMPTY) | val
                    return
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr == "add" \
                    and (v.args or v.keywords):
                # model.add(layer): a Keras Sequential built step by step
                owner = dotted(v.func.value)
                layer = self.m.layer_of_node.get(id(call_arg_values(v)[0]))
                if owner and layer is not None:
                    key = "__seq__" + owner
                    env[key] = self.apply_layer(layer, env.get(key, EMPTY), cls)
                    return
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr in _FORWARD_METHODS \
                    and isinstance(v.func.value, ast.Name) and not self.frames:
                layer = self.local_layers.get(v.func.value.id)
                if layer is not None and layer.kind in ("block", "act") and not layer.type_name.startswith(_FRAMEWORKS):
                    # dense1.forward(X); activation1.forward(dense1.output): a from-scratch layer object keeps
                    # its result in .output (the nnfs book, course frameworks)
                    inval = EMPTY
                    for a in call_arg_values(v):
                        inval = inval | self.expr(a, env, cls)
                    env[v.func.value.id + ".output"] = self.apply_layer(layer, inval, cls)
                    return
            self.expr(v, env, cls)

    def bind(self, target: ast.AST, val: Val, env: Env) -> None:
        if isinstance(target, ast.Name):
            built = env.pop("__seq__" + target.id, None)
            if built is not None:
                # model = Sequential() again (a notebook's next experiment): the model built so far by
                # model.add(...) ends here, its last layer is that model's output, not the next model's input
                self.mark_output(built)
            env[target.id] = val
            if val.pending or val.activated:
                self.computed.add(target.id)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for e in target.elts:
                self.bind(e.value if isinstance(e, ast.Starred) else e, val, env)
        elif isinstance(target, ast.Attribute):
            name = dotted(target)
            if name:
                env[name] = val
        elif isinstance(target, ast.Subscript):
            k = _dict_key(target)
            if k is not None:
                env["[" + k + "]"] = val
            elif val.pending or val.activated:
                # X_new[1:, :] = X (a bias row added): the array now holds what was written into it, too; so does
                # a list of per-layer values filled by index (`self._zs[i] = self.weights[i].dot(a) + b`)
                held = target.value.id if isinstance(target.value, ast.Name) else dotted(target.value)
                if held:
                    env[held] = env.get(held, EMPTY) | val

    # -------------------------------------------------------------- expressions
    def expr(self, node: Optional[ast.AST], env: Env, cls: Optional[Class], depth: int = 0) -> Val:
        if depth > 60:
            return EMPTY
        t = type(node)
        if t is ast.Name:
            return env.get(node.id, EMPTY)  # type: ignore[union-attr]
        if t is ast.Attribute:
            assert isinstance(node, ast.Attribute)
            name = dotted(node)
            if name and name in env:
                return env[name]
            if node.attr in _SIZE_ATTRS:
                return EMPTY  # `n = wh.shape[0]`: a size of the layer's output, not its values
            return self.expr(node.value, env, cls, depth + 1) if not _self_attr(node) else EMPTY
        if t is ast.Subscript:
            assert isinstance(node, ast.Subscript)
            k = _dict_key(node)
            if k is not None and "[" + k + "]" in env:
                return env["[" + k + "]"]
            return self.expr(node.value, env, cls, depth + 1)
        if t is ast.Call:
            return self.call(node, env, cls, depth)  # type: ignore[arg-type]
        if t is ast.BinOp:
            return self.binop(node, env, cls, depth)  # type: ignore[arg-type]
        if t is ast.UnaryOp:
            return self.expr(node.operand, env, cls, depth + 1)  # type: ignore[union-attr]
        if t is ast.Tuple or t is ast.List:
            out = EMPTY
            for e in node.elts:  # type: ignore[union-attr]
                out = out | self.expr(e.value if isinstance(e, ast.Starred) else e, env, cls, depth + 1)
            return out
        if t is ast.IfExp:
            assert isinstance(node, ast.IfExp)
            return self.expr(node.body, env, cls, depth + 1) | self.expr(node.orelse, env, cls, depth + 1)
        if t is ast.Lambda and not node.args.args and not node.args.vararg:  # type: ignore[union-attr]
            # tf.cond(sampling, lambda: mean + std * eps, lambda: mean): a branch's value, as an if-expression's
            return self.expr(node.body, env, cls, depth + 1)  # type: ignore[union-attr]
        if (t is ast.ListComp or t is ast.GeneratorExp) and len(node.generators) == 1:  # type: ignore[union-attr]
            # [F.relu(conv(x)) for conv in self.convs]: each layer of the container applied, as in a for loop
            gen = node.generators[0]  # type: ignore[union-attr]
            looped = self.looped_layers(ast.For(target=gen.target, iter=gen.iter, body=[], orelse=[]), env, cls)
            if not looped:
                # [F.max_pool1d(i, i.size(2)) for i in x] over the outputs of layers: each item carries them (a
                # comprehension over anything else, `for i in range(n)`, stays opaque as before)
                items = self.expr(gen.iter, env, cls, depth + 1) if isinstance(gen.target, ast.Name) else EMPTY
                if not items.layers():
                    return EMPTY
                inner = dict(env)
                inner[gen.target.id] = items  # type: ignore[attr-defined]
                return self.expr(node.elt, inner, cls, depth + 1)  # type: ignore[union-attr]
            saved = _bind_loop(self.loop_layers, looped)
            try:
                return self.expr(node.elt, env, cls, depth + 1)  # type: ignore[union-attr]
            finally:
                _unbind_loop(self.loop_layers, saved)
        return EMPTY

    def binop(self, node: ast.BinOp, env: Env, cls: Optional[Class], depth: int) -> Val:
        z = sigmoid_expression(self.ev, node)
        if z is not None:
            return self.activate(self.expr(z, env, cls, depth + 1), ("sigmoid", None), node)
        z = relu_mask_expression(node)
        if z is not None:
            return self.activate(self.expr(z, env, cls, depth + 1), ("relu", None), node)
        op = type(node.op)
        if op is ast.MatMult:
            sides = ((node.right, node.left), (node.left, node.right))
            keys = [self.weight_key(w_side, cls) for w_side, _ in sides]
            for i, (w_side, x_side) in enumerate(sides):
                key = keys[i] if self._drawn_first(keys, i) else None
                if key is not None:
                    if _gradient(x_side):
                        return EMPTY  # W2.T @ dZ2: backpropagation, not a layer applied to data
                    return self.apply_key(key, self.expr(x_side, env, cls, depth + 1))
        left = self.expr(node.left, env, cls, depth + 1)
        right = self.expr(node.right, env, cls, depth + 1)
        if op is ast.Mult and cls is not None:
            # self.gate * branch(x): the branch's output is scaled by a parameter of the module (ReZero, Fixup)
            for gate, val in ((node.left, right), (node.right, left)):
                attr = _self_attr(operand_core(gate))
                if attr:
                    for k in val.layers():
                        self.facts.gated.setdefault(_bare(k), set()).add((cls.name, attr))
        if (op is ast.Add or op is ast.Sub) and left.layers() and right.layers() and not (left.reduced or right.reduced):
            self.mark_added(left, right)
            self.mark_added(right, left)
            if left.pending and right.pending and not left.activated and not right.activated:
                self.facts.summed.update(map(_bare, left.pending))
                self.facts.summed.update(map(_bare, right.pending))
                for mine, others in ((left.pending, right.pending), (right.pending, left.pending)):
                    for k in mine:
                        self.facts.summed_with.setdefault(_bare(k), set()).update(map(_bare, others))
        if op is ast.Mult or op is ast.MatMult:
            self.mark_gates([left, right], elementwise=op is ast.Mult)
            if op is ast.Mult and cls is not None:
                # gate1 * residual in a module method: a sigmoid gate on a sub-layer scaling a value that
                # comes in from outside (D-FINE / GRU-style gated fusion)
                for gate_val, other in ((left, node.right), (right, node.left)):
                    if not is_number_literal(other):
                        self.mark_gate([k for k, a in gate_val.activated if _gate(a) and not is_tensor_key(k)])
        return left | right

    def mark_gates(self, vals: List[Val], elementwise: bool = False) -> None:
        """sigmoid(g(x)) * y, softmax(a(x)) @ v, kernel(v, softmax(a(x))): a layer whose sigmoid/softmax output
        weights another path is a gate or attention logits, not a layer feeding the next one (AlphaFold
        gating, deformable-attention weights). `elementwise` (a product `*`): any activation gates, as in
        the GLU family (`act(fc1_g(x)) * fc1_x(x)`: SwiGLU, GeGLU)."""
        if self.in_gradient:
            return  # (a backward pass written out: `dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)`)
        if len(vals) < 2 or not any(v.activated for v in vals):
            return  # no other value, or no activated one (no gate): nothing is weighted
        # softmax(scores(h)) @ h, with h = x @ W: attention over the layer's own output (a graph attention
        # layer's projection). The softmax took W's scores, not W's output; W's output goes on as it is, so the
        # softmax is not W's consumer (what follows the block decides)
        for i, v in enumerate(vals):
            for k, a in v.activated:
                if _gate(a) and any(k in o.pending for j, o in enumerate(vals) if j != i):
                    bare = _bare(k)
                    found = self.facts.consumer.get(bare)
                    if found is not None and found[0][0] == a[0]:
                        del self.facts.consumer[bare]
        # how many of the values carry each layer, so "the layers of the others" is a lookup per layer
        # (was a union of all the other values for each value: quadratic in the arguments of a call)
        per_val = [v.layers() for v in vals]
        count: Dict[str, int] = {}
        for ls in per_val:
            for k in ls:
                count[k] = count.get(k, 0) + 1
        for i, (gate, own) in enumerate(zip(vals, per_val)):
            # (elementwise, a ReLU gates only a raw path, the ReGLU's linear half: `relu(mean) * exp(-relu(var))`
            # multiplies two activated outputs, each consumed by its ReLU; tanh * sigmoid is a gated unit)
            raw_other = elementwise and any(v.pending for j, v in enumerate(vals) if j != i)
            gates = [k for k, a in gate.activated
                     if _gate(a) or elementwise and (raw_other or act_family(a[0]) != "relu")]
            if not gates:
                continue
            # the others carry a layer: one this value does not, or one of its own a second time
            if len(count) > len(own) or any(count[k] > 1 for k in own):
                self.mark_gate([k for k in gates if count[k] - 1 == 0])

    def mark_gate(self, keys: List[str]) -> None:
        if self.in_gradient:
            return
        self.facts.added.update(map(_bare, keys))
        self.facts.gate_added.update(map(_bare, keys))

    def call(self, node: ast.Call, env: Env, cls: Optional[Class], depth: int) -> Val:
        func = node.func
        held_act = _self_attr(func) if cls is not None and cls.instance_acts and len(node.args) == 1 else None
        if held_act and held_act in cls.instance_acts:  # type: ignore[union-attr]
            # return self.activation(z), the activation each instance passes: which one is the instance's
            val = self.expr(node.args[0], env, cls, depth + 1)
            for k in val.layers():
                self.facts.instance_act.setdefault(_bare(k), held_act)
            return val
        # activation applied to a value
        a = act_call(self.ev, node)
        if a is not None and a[1] is not None:
            act, inp = a
            return self.activate(self.expr(inp, env, cls, depth + 1), act, node)
        if isinstance(func, ast.Name) and node.args \
                and (func.id not in env or bool(self.frames) and func.id in self.frames[-1].args):
            # (a parameter the call being followed passes, `Dense(h, 256, activation=tf.nn.relu)`, is in the
            # helper's env as the value of the reference: no tensor, the activation it names)
            # def cnn(x, hidden_nonlinearity=tf.nn.relu): ... h = hidden_nonlinearity(h); and in a function nested
            # in `def MLP(layers, activation=relu)`: activation(z)
            param_act = self.frame_param_act(func.id) if self.frames else self.enclosing_param_act(func.id)
            if param_act is not None:
                return self.activate(self.expr(node.args[0], env, cls, depth + 1), param_act, node)
        if isinstance(func, ast.Name) and node.args and not self.frames:
            looked_up = self.looked_up_act(func.id)
            if looked_up is not None:
                return self.activate(self.expr(node.args[0], env, cls, depth + 1), looked_up, node)
        if type(func) is ast.Subscript and type(func.value) is ast.Name and node.args:
            # a = acts[i](z) in a layer loop, with `acts = [tf.nn.relu, tf.nn.relu, None]` handed in: the
            # activation each hidden layer's entry names
            listed = self.frame_list_act(func.value.id) if self.frames else self.enclosing_list_act(func.value.id)
            if listed is not None:
                return self.activate(self.expr(node.args[0], env, cls, depth + 1), listed, node)
        if isinstance(func, ast.Name) and func.id in self.lambdas and not self.frames:
            lam = self.lambdas[func.id]
            params = [a.arg for a in lam.args.args]
            if len(params) == len(node.args) and not node.keywords and not has_star_args(node):
                # output = convolve(input, kernel): the lambda's body with the arguments in place of its parameters
                body = Substituted(dict(zip(params, node.args))).visit(copy.deepcopy(lam.body))
                return self.expr(body, env, cls, depth + 1)
        if isinstance(func, ast.Attribute) and func.attr in _SIZE_METHODS \
                or isinstance(func, ast.Name) and func.id == "len":
            return EMPTY  # `x.size(0)`, `len(x)`: a size, not the values of the layer's output
        values = call_arg_values(node)  # every argument, in source order (libcst's call.args)
        # a layer object applied: self.fc1(x), nn.Dense(64)(x), self.net(x)
        layer = self.layer_called(func, cls, env)
        if layer is not None and layer.kind == "transparent" and len(values) == 1 \
                and isinstance(values[0], (ast.List, ast.Tuple)):
            return self.merged(layer, values[0].elts, env, cls, depth)
        if layer is None and cls is not None and len(values) == 1 and not node.keywords:
            method = _self_attr(func)
            named = canonical_act(method) if method and method in cls.methods else None
            if named and named != "linear":
                # def relu(self, v): v[v < 0] = 0; return v -- a network class's own activation method, called
                # as self.relu(h): the activation its name says, whatever way its body spells it
                return self.activate(self.expr(values[0], env, cls, depth + 1),
                                     (named, 0.01 if named == "leaky_relu" else None), node)
        if layer is not None:
            vals = [self.expr(v, env, cls, depth + 1) for v in values]
            inval = EMPTY
            for v in vals:
                inval = inval | v
            if len(vals) >= 2 and layer.kind not in ("linear", "rnn", "act"):
                self.mark_gates(vals)  # self.attn(value, ..., attention_weights): a block combining paths
            return self.apply_layer(layer, inval, cls)
        # function-style layers: tf.layers.dense(x, ...), hk/flax calls registered by the builder
        flayer = self.m.layer_of_node.get(id(node))
        if flayer is not None and not flayer.type_name.rsplit(".", 1)[-1][:1].islower() \
                and not (len(values) >= 2 and isinstance(values[0], ast.Constant) and isinstance(values[0].value, str)):
            # nn.Linear(n_in, n_out): a layer constructed (its arguments are sizes), not applied (tensorpack's
            # `FullyConnected('fc6', x, dim)`, a name then the input, is applied where it is written)
            flayer = None
        settings = {id(k.value) for k in node.keywords
                    if k.arg and k.arg.endswith(("initializer", "_init", "regularizer", "constraint"))}
        if flayer is not None and any(self.weight_key(v, cls) is not None for v in values[1:] if id(v) not in settings):
            # tf.nn.conv2d(X, W1, ...): an op on a weight the file holds, applied below as W1's layer (not
            # `kernel_initializer=w_init`: an initializer handed to the layer)
            flayer = None
        if flayer is not None and flayer.kind in ("linear", "rnn") and values:
            # (the input: the first argument that is no name string, `FullyConnected('fc6', x, dim, ...)`)
            first = values[1] if len(values) > 1 and isinstance(values[0], ast.Constant) \
                and isinstance(values[0].value, str) else values[0]
            inval = self.expr(first, env, cls, depth + 1)
            return self.apply_layer(flayer, inval, cls)
        mapped = self.mapped_call(node, values, env, cls, depth)
        if mapped is not None:
            return mapped
        # a helper function of this module: follow the value through its body
        callee = self.inlinable(func, cls)
        if callee is None and cls is not None and _self_attr(func):
            callee = self.layer_taking_method(func, values, cls) or self.forward_part(func, cls)
        if callee is not None:
            if len(values) >= 2:
                # deformable_attention(value, ..., attention_weights): the helper combines the paths
                self.mark_gates([self.expr(v, env, cls, depth + 1) for v in values])
            return self.inline(callee, node, env, cls, depth)
        # matmul with a weight operand: np.dot(W1, X), F.linear(x, self.weight), x.dot(W)
        q = self.ev.qname(func) or ""
        last = q.rsplit(".", 1)[-1] if q else (func.attr if isinstance(func, ast.Attribute) else "")
        if last in PRODUCTS or (isinstance(func, ast.Attribute) and func.attr in ("dot", "mm", "matmul")):
            operands: List[ast.expr] = list(values)
            if isinstance(func, ast.Attribute) and q.split(".")[0] not in ("numpy", "torch", "jax", "tensorflow"):
                operands = [func.value] + operands
            keys = [self.weight_key(op, cls) for op in operands]
            for i, op in enumerate(operands):
                key = keys[i] if self._drawn_first(keys, i) else None
                if key is not None:
                    if any(_gradient(other) for j, other in enumerate(operands) if j != i):
                        return EMPTY  # np.dot(W.T, dZ): backpropagation
                    inval = EMPTY
                    for j, other in enumerate(operands):
                        if j != i:
                            inval = inval | self.expr(other, env, cls, depth + 1)
                    out = self.apply_key(key, inval)
                    act_kw = ("relu", None) if last == "relu_layer" else self.activation_kw(node)
                    return self.activate(out, act_kw, node) if act_kw else out
        # course style: linear_activation_forward(A_prev, W, b, activation="relu"); a layer class's op,
        # mean_graph_sage(x, edges, self.self_kernel, self.neighbor_kernel, activation=self.activation): each
        # weight it is handed makes part of what the activation is applied to
        act_kw = self.activation_kw(node, cls)
        if act_kw is not None:
            handed = [self.weight_key(operand, cls) for operand in values]
            if any(wk is not None for wk in handed):
                inval = EMPTY
                for w, wk in zip(values, handed):
                    if wk is None:
                        inval = inval | self.expr(w, env, cls, depth + 1)
                out = EMPTY
                for wk in handed:
                    if wk is not None:
                        out = out | self.activate(self.apply_key(wk, inval), act_kw, node)
                return out
        # anything else passes its inputs through (reshape, dropout, concat, unknown helpers)
        out = EMPTY
        if isinstance(func, ast.Attribute) and not _self_attr(func):
            out = self.expr(func.value, env, cls, depth + 1)
        vals = [self.expr(v, env, cls, depth + 1) for v in values]
        for v in vals:
            out = out | v
        if len(vals) >= 2:
            self.mark_gates(vals)
        if last in _FULL_REDUCTIONS and not node.keywords and (
                len(node.args) == 1 and q.split(".")[0] in ("tensorflow", "torch", "numpy", "jax")
                or not node.args and isinstance(func, ast.Attribute)):
            return out._replace(reduced=True)  # (a reduction over every axis: one number)
        return out

    def merged(self, layer: Layer, items: List[ast.expr], env: Env, cls: Optional[Class], depth: int) -> Val:
        """A Keras merge layer applied to a list: `Add()([shortcut, y])` sums paths as `+` does (a layer added
        as it is ends a residual branch), `Multiply()([mask, x])` weights one path by another as `*` does (a
        gate); Concatenate and the rest join them. What comes out carries every path."""
        vals = [self.expr(e.value if isinstance(e, ast.Starred) else e, env, cls, depth + 1) for e in items]
        out = EMPTY
        for v in vals:
            out = out | v
        kind = layer.type_name.rsplit(".", 1)[-1]
        if kind in ("Add", "Subtract"):
            for i, v in enumerate(vals):
                others = EMPTY
                for j, o in enumerate(vals):
                    if j != i:
                        others = others | o
                self.mark_added(v, others)
        elif kind == "Multiply":
            self.mark_gates(vals, elementwise=True)
        return out

    def mapped_call(self, node: ast.Call, values: List[ast.expr], env: Env, cls: Optional[Class],
                    depth: int) -> Optional[Val]:
        """`tf.map_fn(get_linear_layer, states)`: the helper applied to the elements; `tf.scan(rnn_step, inputs,
        initializer=h0)` (and `tf.foldl`): the helper applied as step(state, x) twice, its first result the state
        of the second step (what a recurrent step returns feeds its own recurrent matrix)."""
        if len(values) < 2 or not isinstance(values[0], ast.Name) or self.ev.qname(node.func) not in _MAPPERS:
            return None
        callee = self.inlinable(values[0], cls)
        if callee is None:
            return None
        elems = values[1]
        if self.ev.qname(node.func) == "tensorflow.map_fn":
            return self.inline(callee, ast.Call(func=values[0], args=[elems], keywords=[]), env, cls, depth)
        first = arg(node, 2, "initializer")
        out = self.inline(callee, ast.Call(func=values[0], args=[first if first is not None else elems, elems],
                                           keywords=[]), env, cls, depth)
        fed = dict(env)
        fed[_SCAN_STATE] = out
        state = ast.Name(id=_SCAN_STATE, ctx=ast.Load())
        return out | self.inline(callee, ast.Call(func=values[0], args=[state, elems], keywords=[]), fed, cls, depth)

    # -------------------------------------------------------------- helper functions
    def inlinable(self, func: ast.expr, cls: Optional[Class] = None) -> Optional[Function]:
        if self.budget <= 0 or len(self.frames) >= _INLINE_DEPTH:
            return None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            # Net.activation(Z, "relu") / self.activation(Z, "relu") with `@staticmethod def activation(Z,
            # act_type)` (or a classmethod): a plain function kept in a class
            owner = self.m.classes.get(func.value.id) if func.value.id != "self" else cls
            node = owner.methods.get(func.attr) if owner is not None else None
            if node is None and owner is not None and func.value.id == "self":
                # inherited from a base class of this file (`class DualLayer(SingleLayer)`, whose activation
                # method it calls as self.activation(z1)); one level, the first base that defines it
                node = next((b.methods[func.attr] for b in parent_classes(self.m, owner.bases, owner)
                             if func.attr in b.methods), None)
            if node is None or any(f.fn is node for f in self.frames):
                return None
            if not decorated_with(node, "staticmethod", "classmethod") \
                    and not (func.value.id == "self" and _plain_helper(node)):
                return None
            return _as_function(node)
        if not isinstance(func, ast.Name):
            return None
        fn = self.m.functions.get(func.id)
        if fn is None or fn.cls is not None and fn.parent is None:
            return None  # (a method; a def nested in one has its class too, for `self.initializer` in its body)
        if fn.parent is not None:
            # a function defined in the one being walked (`def up_block(L): ...` inside the model's builder, called
            # there): followed like a module-level helper (by its own def: two builders may nest the same name)
            fn = self.nested_def(func.id)
            if fn is None:
                return None
        if any(f.fn is fn.node for f in self.frames):
            return None  # recursion
        return fn

    def layer_taking_method(self, func: ast.expr, values: List[ast.expr], cls: Class) -> Optional[Function]:
        """`self.graph_conv_cheby(x, self.cl1, L, ...)`: a method of the class handed one of its layers, which
        its body applies (`x = cl(x)`): followed like a helper, the parameter standing for that layer."""
        if self.budget <= 0 or len(self.frames) >= _INLINE_DEPTH:
            return None
        held = [self._class_attr(cls, attr) for attr in (_self_attr(v) for v in values) if attr]
        if not any(h is not None and h.kind in ("linear", "rnn", "block") for h in held):
            return None
        node = cls.methods.get(_self_attr(func) or "")
        if node is None or any(f.fn is node for f in self.frames):
            return None
        return _as_function(node)

    def forward_part(self, func: ast.expr, cls: Class) -> Optional[Function]:
        """`z = self.encode(x); return self.decode(z)`, `h = self.v_to_h(v)`: a method of the class that applies
        the class's own layers or weights, called from another method with the value being computed: followed
        like a helper, so what it returns feeds what the caller does next (walked on its own, its return read as
        the network's output: an encoder's last hidden layer was taken for the output layer)."""
        if self.budget <= 0 or len(self.frames) >= _INLINE_DEPTH:
            return None
        name = _self_attr(func) or ""
        node = cls.methods.get(name)
        if node is None or name == "__init__" or node is self.walking or any(f.fn is node for f in self.frames) \
                or _NOT_FORWARD.search(name) or self.walking is not None and _NOT_FORWARD.search(self.walking.name):
            # (`self.grad_1(y, hat_y, a)`: the chain rule's products are no forward pass; nor is what a `train`
            # method does with the forward pass's outputs, `cum_grad = cum_grad + new_grad`)
            return None
        if not self._applies_own_layers(node, cls):
            return None
        return _as_function(node)

    def _applies_own_layers(self, node: FuncDef, cls: Class) -> bool:
        """Whether a method calls one of the class's layers (`self.fc1(x)`) or hands one of its weights to a
        product (`F.linear(v, self.W)`, `x @ self.W`)."""
        for n in walk(node.body):
            if type(n) is ast.Call:
                attr = _self_attr(n.func)  # type: ignore[attr-defined]
                held = self._class_attr(cls, attr) if attr else None
                if held is not None and held.kind in ("linear", "rnn", "block", "container"):
                    return True
                if any(self.weight_key(a, cls) is not None for a in n.args):  # type: ignore[attr-defined]
                    last = last_name(n.func)  # type: ignore[attr-defined]
                    if last in PRODUCTS:
                        return True
            elif type(n) is ast.BinOp and type(n.op) is ast.MatMult:  # type: ignore[attr-defined]
                if self.weight_key(n.right, cls) is not None or self.weight_key(n.left, cls) is not None:  # type: ignore[attr-defined]
                    return True
        return False

    def nested_def(self, name: str) -> Optional[Function]:
        outer = self.frames[-1].fn if self.frames else self.walking
        if outer is None:
            return None
        key = (id(outer), name)
        if key not in self._nested:
            node: Optional[FuncDef] = None
            stack: List[ast.AST] = list(reversed(outer.body))
            while stack:  # (its statements, into if/for/with/try blocks, not into other defs or classes)
                s = stack.pop()
                if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    node = s if s.name == name else node
                elif not isinstance(s, ast.ClassDef):
                    stack.extend(reversed([c for c in ast.iter_child_nodes(s) if not isinstance(c, ast.expr)]))
            self._nested[key] = None if node is None else _as_function(node)
        return self._nested[key]

    def inline(self, fn: Function, call: ast.Call, env: Env, cls: Optional[Class], depth: int) -> Val:
        """`fc(x, 128)`, `linear_activation_forward(A, parameters["W" + str(l)], b, "relu")`: run the helper's
        body with its parameters bound to the caller's values; the result is what it returns."""
        self.budget -= 1
        if _BACKWARD_NAME.search(fn.name):
            # `dw1, db1, dw2, db2 = backward(w1, b1, w2, b2, x, y, h2, z2, h1, z1)` in a training loop: the chain
            # rule's products (`dsigma(z1) * dh1`) are no forward pass (no gate, no layer feeding another), as
            # where such a function is walked on its own (`function`)
            return EMPTY
        p = fn.node.args
        ordered = list(p.posonlyargs) + list(p.args)
        if decorated_with(fn.node, "classmethod") \
                or ordered and ordered[0].arg == "self" and not decorated_with(fn.node, "staticmethod"):
            ordered = ordered[1:]  # (`cls` / `self`: bound by the call, not passed)
        every = ordered + list(p.kwonlyargs)
        defaults: List[Optional[ast.expr]] = [None] * (len(ordered) - len(p.defaults)) + list(p.defaults) \
            + list(p.kw_defaults)
        callee_env: Env = {}
        frame = _Frame(fn.node, {}, {})
        for x, default in zip(every, defaults):
            if default is not None:
                sv = string_value(default)
                if sv is not None:
                    frame.consts[x.arg] = sv

        def bind(name: str, value: ast.expr) -> None:
            callee_env[name] = self.expr(value, env, cls, depth + 1)
            frame.args[name] = value
            attr = _self_attr(value) if cls is not None else None
            held = self._class_attr(cls, attr) if cls is not None and attr else \
                self.frames[-1].layers.get(value.id) if self.frames and isinstance(value, ast.Name) else None
            if held is not None:
                frame.layers[name] = held
            key = self.weight_key(value, cls)
            if key is not None:
                frame.aliases[name] = key
            base = dotted(value) if isinstance(value, (ast.Name, ast.Attribute)) else None
            if base is not None:
                outer = self.frames[-1].bases.get(base, base) if self.frames else base
                frame.bases[name] = outer
            sv = string_value(value)
            if sv is None and isinstance(value, ast.Name):  # a string the caller holds in a parameter of its own
                if self.frames:
                    outer_frame = self.frames[-1]
                    sv = outer_frame.read[value.id] = outer_frame.consts.get(value.id)
                else:
                    sv = self.agreed_string_param(value.id)
            if sv is not None:
                frame.consts[name] = sv
            else:
                frame.consts.pop(name, None)

        for x, a in zip(ordered, positional(call)):
            bind(x.arg, a)
        names = {x.arg for x in every}
        for kw in call.keywords:
            if kw.arg is not None and kw.arg in names:
                bind(kw.arg, kw.value)
        key = (id(fn.node), tuple(id(f.fn) for f in self.frames), tuple(sorted(callee_env.items())),
               tuple(sorted(frame.aliases.items())), tuple(sorted(frame.bases.items())),
               tuple(sorted((name, layer.key) for name, layer in frame.layers.items())),
               self.scope if self.bound else 0)  # (facts of names bound in two scopes are kept per scope)
        for read, returned, used, items in self.memo.get(key, ()):
            # the same inlining decisions: the run that made the entry never ran out of budget, nor will this one
            if self.budget - used > 0 and all(frame.consts.get(n) == v for n, v in read):
                self.budget -= used
                self.call_items[id(call)] = (call, items)
                return returned
        before = self.budget
        self.frames.append(frame)
        # (a method of the class being walked reads its own layers through self: `self.fc1(x)` in `encode`)
        own = cls if cls is not None and any(m is fn.node for m in cls.methods.values()) else None
        try:
            self.block(fn.node.body, callee_env, own)
        finally:
            self.frames.pop()
        items = frame.items if frame.items_ok else None
        self.call_items[id(call)] = (call, items)
        if self.budget > 0:
            self.memo.setdefault(key, []).append((tuple(frame.read.items()), frame.returned, before - self.budget,
                                                  items))
        return frame.returned

    def static_test(self, test: ast.expr) -> Optional[bool]:
        """`activation == "relu"` inside an inlined helper whose `activation` is a known string, or in the
        function the walk started from, whose parameter's string default every call in the file keeps."""
        found = _string_test(test)
        if found is None:
            return None
        name, sv, equal = found
        if not self.frames:
            value = self.agreed_string_param(name)
        else:
            frame = self.frames[-1]
            frame.read[name] = frame.consts.get(name)  # the answer depends on this const (or its absence)
            value = frame.consts.get(name)
        if value is None:
            return None
        return (value == sv) == equal

    def attr_string_test(self, test: ast.expr, cls: Class) -> Optional[bool]:
        """`self.activation == "relu"` in a method of a class whose constructor stores a parameter's string default
        there (`def __init__(self, n_in, n_out, activation="relu"): ... self.activation = activation`): decided by
        the default, for the instances that keep it (the parameter is recorded: Context leaves out the instances
        that pass it)."""
        found = string_comparison(test)
        attr = _self_attr(found[0]) if found is not None else None
        init = cls.methods.get("__init__")
        if found is None or not attr or init is None:
            return None
        stored = [n for n in walk(init) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                  and any(_self_attr(t) == attr for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
        value = stored[0].value if len(stored) == 1 and isinstance(stored[0], ast.Assign) else None
        if not isinstance(value, ast.Name) or value.id in self._stored_names(init):
            return None
        default = string_value(param_defaults(init).get(value.id))
        if default is None:
            return None
        # (where every instance the file makes passes the same string, `ANN(net, activation_function="relu")`, that
        # string decides: the default's arm never runs)
        params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        index = params.index(value.id) if value.id in params else None
        passed = {string_value(p) if p is not None else default
                  for c, _, _ in self.m.calls_of(cls.name, self.m.module_definition(cls.name, cls.node))
                  for p in [arg(c, index, value.id)]} \
            if cls.name + "(" in self.m.source.text else set()
        if len(passed) == 1 and None not in passed and passed != {default}:
            return (passed.pop() == found[1]) == found[2]
        self.facts.string_attr_params.setdefault(cls.key, set()).add(value.id)
        return (default == found[1]) == found[2]

    def list_items(self, value: ast.expr) -> Optional[List[ast.expr]]:
        """The items of a list literal, or of the one a module-level name holds (bound once)."""
        if isinstance(value, (ast.List, ast.Tuple)):
            return list(value.elts)
        if isinstance(value, ast.Name):
            if self._module_lists is None:
                self._module_lists = module_tuples(self.m.module)
            return module_list_literals(self.m.module, self._module_lists, value.id)
        return None

    def frame_list_act(self, name: str) -> Optional[Act]:
        """`acts[i](z)` in a helper being followed: the hidden activation of the list the call passes for `acts`,
        through the callers that pass their own parameter on, up to a literal or a module-level list."""
        for frame in reversed(self.frames):
            value = frame.args.get(name)
            items = self.list_items(value) if value is not None else None
            if items is not None:
                return _hidden_list_act(self.ev, items)
            if not isinstance(value, ast.Name):
                return None
            name = value.id  # (the caller's own parameter, passed on)
        return None

    def enclosing_list_act(self, name: str) -> Optional[Act]:
        """`acts[i](z)` in a module-level function walked on its own, `acts` one of its parameters: the hidden
        activation of the lists every call of the function in this file passes for it, when they agree."""
        fn = self.functions_by_node.get(self.scope)
        if fn is None or fn.cls is not None or fn.parent is not None or name not in param_names(fn.node) \
                or name in self._stored_names(fn.node):
            return None
        params = [p.arg for p in fn.node.args.posonlyargs + fn.node.args.args]
        acts: Set[Optional[Act]] = set()
        for call, _, _ in self.m.calls_of(fn.name):
            _, passed = passed_for(call, params, name)  # (unknown, or left out: no list to read)
            items = self.list_items(passed) if passed is not None else None
            acts.add(_hidden_list_act(self.ev, items) if items is not None else None)
        return acts.pop() if len(acts) == 1 and None not in acts else None

    def agreed_string_param(self, name: str) -> Optional[str]:
        """The string a parameter of the function the walk started from holds: its default, where every call
        of the function in this file leaves it out, passes the same string, or passes on a parameter of its own
        function with the same default (`L_model_forward(X, params, hidden_layers_activation_fn)`)."""
        fn = self.functions_by_node.get(self.scope)
        if fn is None or fn.cls is not None:
            return None
        return self._agreed_string(fn, name, 0)

    def _agreed_string(self, fn: Function, name: str, depth: int) -> Optional[str]:
        args = fn.node.args
        positional_params = [p.arg for p in args.posonlyargs + args.args]
        if name not in positional_params and name not in [p.arg for p in args.kwonlyargs]:
            return None
        default = param_defaults(fn.node).get(name)
        value = string_value(default) if default is not None else None
        if value is None or name in self._stored_names(fn.node):
            return None
        index = positional_params.index(name) if name in positional_params else None
        for call in (c for c, _, _ in self.m.calls_of(fn.name)):
            if has_star_args(call):
                return None
            passed = arg(call, index, name)
            if passed is None or string_value(passed) == value:
                continue
            caller = self.m.enclosing_function(call)
            if depth >= 2 or not isinstance(passed, ast.Name) or caller is None \
                    or self._agreed_string(caller, passed.id, depth + 1) != value:
                return None
        return value

    def activation_kw(self, node: ast.Call, cls: Optional[Class] = None) -> Optional[Act]:
        v = arg(node, None, "activation")
        if v is None:
            return None
        attr = _self_attr(v) if cls is not None else None
        if attr:
            # activation=self.activation, the activation the constructor stored (`activation=tf.nn.relu`)
            held = self._class_attr(cls, attr)  # type: ignore[arg-type]
            return held.act if held is not None and held.kind == "act" else None
        return act_from_reference(self.ev, v)

    def layer_called(self, func: ast.expr, cls: Optional[Class], env: Env) -> Optional[Layer]:
        if isinstance(func, ast.Attribute) and func.attr in _FORWARD_METHODS:
            # for layer in self.layers: x = layer.forward(x): a from-scratch layer object applied by its method
            held = self.layer_called(func.value, cls, env)
            parts = held.each if isinstance(held, _Each) else [held.container] if isinstance(held, _Repeat) \
                else [held] if held is not None else []
            if parts and all(self._scratch_part(p) for p in parts):
                return held
            return None
        if isinstance(func, ast.Attribute) and func.attr == "apply":
            # tf.keras.layers.Dense(64, ...).apply(x), self.dense.apply(x): a TF/Keras layer's old name for its
            # call (torch's module.apply(fn) visits modules instead)
            held = self.layer_called(func.value, cls, env)
            return held if isinstance(held, Layer) and held.type_name.startswith(_TF_LAYERS) else None
        attr = _self_attr(func)
        if attr and cls is not None:
            return self._class_attr(cls, attr)
        if isinstance(func, ast.Call):
            return self.m.layer_of_node.get(id(func)) or factory_layer(self.m, func)
        if isinstance(func, ast.Subscript):
            inner = _self_attr(func.value)
            if inner and cls is not None:
                container = self._class_attr(cls, inner)
                if container is not None and container.elements:
                    n = self.ev.number(func.slice)
                    if n is not None and n == int(n) and container.complete \
                            and not any(el.repeated for el in container.elements) \
                            and -len(container.elements) <= n < len(container.elements):
                        return container.elements[int(n)]  # self.linear = [nn.Dense(...), nn.Dense(...)]; self.linear[0](x)
                    # (self.blocks[0](x) on a list made by a comprehension names one of the layers its one
                    # template stands for: which one is not known)
                    return _Repeat(container, by_index=n is None)
        if isinstance(func, ast.Name):
            if self.frames and func.id in self.frames[-1].layers:
                return self.frames[-1].layers[func.id]
            if not self.frames and func.id in self.local_layers:
                # conv_layer = tf.keras.layers.Conv2D(..., activation="relu"); conv = conv_layer(inputs)
                local = self.local_layers[func.id]
                if local.kind in ("linear", "rnn", "act", "norm", "transparent") \
                        and local.type_name.startswith(_FRAMEWORKS):
                    return local
            return self.loop_layers.get(func.id)
        return None

    def _scratch_part(self, part: Layer) -> bool:
        """A from-scratch layer, or a list of them (a container, or each list a class's calls pass it)."""
        if isinstance(part, _Each):
            return bool(part.each) and all(self._scratch_part(e) for e in part.each)
        return self._scratch_layer(part) or part.kind == "container" and bool(part.elements) \
            and all(self._scratch_layer(e) for e in part.elements)

    def _scratch_layer(self, layer: Layer) -> bool:
        """A from-scratch layer object, applied by its own `forward` method: a block or activation that is no
        framework's, or a layer whose type is a class of this file (`class Dense(Layer)`, `class Dropout(Layer)`,
        named like a framework's)."""
        return layer.kind in ("block", "act") and not layer.type_name.startswith(_FRAMEWORKS) \
            or layer.kind in ("linear", "transparent", "norm") and layer.type_name in self.m.classes

    def looped_weights(self, loop: Union[ast.For, ast.AsyncFor]) -> Dict[str, str]:
        """Loop variables that walk a list of weights the file draws (`Ws = [randn(m, n) * s for ...]`):
        `for W in Ws`, `Ws[:-1]`, `zip(Ws, bs)`, `enumerate(Ws)`; each name stands for the list's weights."""
        pairs: List[Tuple[ast.expr, ast.expr]] = [(loop.target, loop.iter)]
        it = loop.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and not it.keywords \
                and it.func.id in ("zip", "enumerate") and isinstance(loop.target, ast.Tuple):
            targets = loop.target.elts
            if it.func.id == "zip":
                pairs = loop_pairs(loop.target, it)
            elif it.func.id == "enumerate" and len(targets) == 2 and len(it.args) == 1:
                pairs = [(targets[1], it.args[0])]
        out: Dict[str, str] = {}
        for target, source in pairs:
            if isinstance(source, ast.Subscript) and isinstance(source.slice, ast.Slice):
                source = source.value
            if isinstance(target, ast.Name) and isinstance(source, ast.Name) and tensor_key(source.id) in self.site_keys:
                out[target.id] = tensor_key(source.id)
        return out

    def looped_layers(self, loop: Union[ast.For, ast.AsyncFor], env: Env, cls: Optional[Class]) -> Dict[str, Layer]:
        """The loop variable of a loop over a container of layers (`for layer in self.layers`, `self.layers[:-1]`,
        `enumerate(self.blocks)`, a local list of layers): each of those layers, applied where it is called."""
        target, it = loop.target, loop.iter
        if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and not it.keywords \
                and isinstance(target, ast.Tuple) and len(target.elts) == len(it.args) \
                and not any(isinstance(a, ast.Starred) for a in it.args):
            # for sample, block in zip(samples, self.controlnet_down_blocks): block(sample): each of those layers
            found: Dict[str, Layer] = {}
            for t, source in zip(target.elts, it.args):
                found.update(self.looped_layers(ast.For(target=t, iter=source, body=[], orelse=[]), env, cls))
            return found
        target, it = enumerated_item(target, it)
        if not isinstance(target, ast.Name):
            return {}
        drop_last = False
        if isinstance(it, ast.Subscript) and isinstance(it.slice, ast.Slice):
            sl = it.slice
            if sl.lower is not None or sl.step is not None or not (
                    isinstance(sl.upper, ast.UnaryOp) and isinstance(sl.upper.op, ast.USub)
                    and isinstance(sl.upper.operand, ast.Constant) and sl.upper.operand.value == 1):
                return {}  # only `[:-1]` (every layer but the last) is followed
            it, drop_last = it.value, True
        container: Optional[Layer] = None
        attr = _self_attr(it)
        if attr and cls is not None:
            container = self._class_attr(cls, attr)
            passed = cls.passed_layers.get(attr) if container is None else None
            if passed:
                # self.layers = layers, each call of the class passing its own list: each list, in its order
                chains: List[Layer] = [(_InOrder if c.in_order else _Each)(c, c.elements[:-1] if drop_last else c.elements)
                                       for c in passed]
                return {target.id: chains[0] if len(chains) == 1 else _Each(passed[0], chains)}
        elif isinstance(it, ast.Name) and not self.frames:
            container = self.local_layers.get(it.id)
            walked = self.walked
            if container is None and walked is not None and it.id in self.m.module_level_models \
                    and it.id in [p.arg for p in walked.args.posonlyargs + walked.args.args] \
                    and all(_passes_own_name(call, walked, it.id) for call, _, _ in self.m.calls_of(walked.name)):
                # def forward(network, X): for layer in network: ..., called as forward(network, X) with the
                # module's `network` list of layers: that list
                container = self.m.module_level_models[it.id]
        elif isinstance(it, (ast.List, ast.Tuple)):
            listed = self.listed_attrs(it, cls)  # for conv in [self.conv1, self.conv2]: each of them
            container = _Each(listed[0], listed) if listed else None
        if isinstance(container, _Each) and not drop_last:
            return {target.id: container}
        if container is None or container.kind != "container" or not container.elements or not container.complete:
            return {}
        elements = container.elements
        if drop_last and not (len(elements) == 1 and elements[0].repeated):
            elements = elements[:-1]
        if container.in_order and not drop_last:
            # for layer in network: x = layer.forward(x), with the list filled layer by layer: each one's output
            # is the next one's input (a walk of each layer by itself needs one pass of the loop per layer)
            return {target.id: _InOrder(container, elements)}
        return {target.id: _Each(container, elements)} if elements else {}

    def listed_attrs(self, value: ast.expr, cls: Optional[Class]) -> List[Layer]:
        """`[self.conv1, self.conv2, self.conv3]`: the layers of the class a literal list names, all of them
        layers (else [])."""
        if cls is None or not isinstance(value, (ast.List, ast.Tuple)) or not value.elts:
            return []
        found = [self._class_attr(cls, _self_attr(e) or "") for e in value.elts]
        if any(l is None or l.kind not in ("linear", "rnn", "block", "container") for l in found):
            return []
        return [l for l in found if l is not None]

    def _class_attr(self, cls: Class, attr: str) -> Optional[Layer]:
        if attr in cls.attrs:
            return cls.attrs[attr]
        return next((p.attrs[attr] for p in parent_classes(self.m, cls.bases, cls) if attr in p.attrs), None)

    # -------------------------------------------------------------- effects
    def apply_layer(self, layer: Layer, inval: Val, cls: Optional[Class]) -> Val:
        if isinstance(layer, _InOrder):
            for el in layer.each:
                inval = self.apply_layer(el, inval, cls)
            return inval
        if isinstance(layer, _Each):
            out = EMPTY
            for el in layer.each:
                out = out | self.apply_layer(el, inval, cls)
            return out
        if isinstance(layer, _Repeat):
            # self.layers[i](x) in a loop: the container applied again on its own output; a ModuleList or a list
            # of layers has no order of its own, so each element is what index i may pick
            c = layer.container
            listed = layer.by_index and (c.type_name.endswith(("ModuleList", "ModuleDict")) or c.type_name == LAYER_LIST)
            if not layer.by_index and (c.type_name.endswith(("ModuleList", "ModuleDict")) or c.type_name == LAYER_LIST):
                return EMPTY  # one layer of the list, not known which: what it gives is no other layer's output
            out = inval
            for _ in range(2):
                if listed:
                    picked = EMPTY
                    for el in c.elements:
                        picked = picked | self.apply_layer(el, out, cls)
                    out = picked
                else:
                    out = self.apply_layer(c, out, cls)
            return out
        if layer.kind == "act":
            assert layer.act is not None
            return self.activate(inval, layer.act, layer.node)
        if layer.kind == "transparent" or layer.kind == "block" and self._passes_input(layer.type_name):
            return inval
        if layer.kind == "container":
            if layer.type_name.endswith(("ModuleList", "ModuleDict")) or layer.type_name == LAYER_LIST:
                return inval
            # a run of repeated layers (a comprehension's layer, a loop's appended pattern) is applied twice: its
            # output feeds its own input on the next pass
            val = inval
            els = layer.elements
            i = 0
            while i < len(els):
                j = i + 1
                while els[i].repeated and j < len(els) and els[j].repeated:
                    j += 1
                for _ in range(2 if els[i].repeated else 1):
                    for el in els[i:j]:
                        val = self.apply_layer(el, val, cls)
                i = j
            return val
        if layer.kind == "norm":
            # (conv -> ReLU -> BatchNorm: the activation consumed the raw output; the norm changes nothing of that)
            for k in inval.pending:  # conv -> BatchNorm: the layer whose raw output the norm takes
                self.facts.normed_by.setdefault(_bare(k), layer.key)
        else:
            self.facts.fed.update(map(_bare, inval.pending))
            if inval.pending:
                self.facts.raw_feeders.setdefault(_bare(layer.key), set()).update(map(_bare, inval.pending))
            if layer.kind == "linear":
                self.facts.fed_linear.update(map(_bare, inval.pending))
        out = self.apply_key(layer.key, inval)
        if layer.act is not None and layer.type_name == "haiku.nets.MLP":
            # hk.nets.MLP: a chain of Linear layers under one w_init (one key stands for them all), each but the
            # last through `activation` into the next; the last one too with activate_final=True
            out = self.apply_key(layer.key, self.activate(out, layer.act, layer.node))
            final = arg(layer.node, None, "activate_final") if isinstance(layer.node, ast.Call) else None
            return self.activate(out, layer.act, layer.node) if isinstance(final, ast.Constant) and final.value is True \
                else out
        if layer.act is not None:
            out = self.activate(out, layer.act, layer.node)
        elif layer.kind in ("linear", "rnn") and isinstance(layer.node, ast.Call):
            held = self.parameter_activation(layer.node)
            if held is not None:
                out = self.activate(out, held, layer.node)
        return out

    def _passes_input(self, name: str) -> bool:
        """A layer class of this file with no layers or weights of its own whose `call`/`forward` returns one of
        its inputs as it came (Keras's VAE example: `CustomVariationalLayer()([x, x_decoded_mean])` adds the loss
        and returns `inputs[1]`): what it is applied to goes on unchanged, no layer consumes it."""
        cls = self.m.classes.get(name)
        method = cls.methods.get("call") or cls.methods.get("forward") if cls is not None else None
        if cls is None or method is None or cls.attrs or cls.param_attrs or cls.instantiates:
            return False
        params = {a.arg for a in method.args.args[1:]}
        returned = [n.value for n in walk(method) if isinstance(n, ast.Return)]
        taken = {t.id for n in walk(method) if isinstance(n, ast.Assign) and len(n.targets) == 1
                 for t in n.targets if isinstance(t, ast.Name) and isinstance(n.value, (ast.Name, ast.Subscript))
                 and root_name(n.value) in params}
        return bool(returned) and all(isinstance(v, ast.Name) and (v.id in params or v.id in taken)
                                      or isinstance(v, ast.Subscript) and root_name(v) in params for v in returned)

    def parameter_activation(self, node: ast.Call) -> Optional[Act]:
        """`tf.layers.conv2d_transpose(x, ..., activation=activation)` in a helper whose `activation` parameter the
        builder could not settle (one call passes tanh, the others leave ReLU): the activation the call being
        followed gives it."""
        value = next((k.value for k in node.keywords if k.arg in ("activation", "activation_fn")), None)
        if not isinstance(value, ast.Name):
            return None
        return self.frame_param_act(value.id) if self.frames else self.enclosing_param_act(value.id)

    def apply_key(self, key: str, inval: Val) -> Val:
        self.facts.applied.add(_bare(key))
        # sorted: when a value carries one layer under two activations (`sigmoid(u(x))` and `relu(u(x))` summed),
        # the old flow recorded whichever its frozenset yielded first, which changed with the string hash seed;
        # only the membership of `hidden` is read, and now the recorded activation is the same in every run
        activated = inval.activated if len(inval.activated) < 2 else sorted(inval.activated, key=_pair_order)
        for prev, act in activated:
            bare, scope = self._split(prev)
            self.facts.hidden.setdefault(bare, (_bare(key), act))
            self.facts.feeders.setdefault(_bare(key), set()).add(bare)
            if scope is not None:
                self.facts.scoped_hidden.setdefault(bare, set()).add(scope)
        return Val(frozenset({key}))

    def activate(self, val: Val, act: Act, node: ast.AST) -> Val:
        self.facts.acts_by_node[id(node)] = act
        for k in val.pending:
            bare, scope = self._split(k)
            if self.dispatch_depth and bare not in self.dispatch_before:
                self.dispatch_acts.setdefault(bare, set()).add(act)
            self.facts.consumer.setdefault(bare, (act, node))
            if scope is not None:
                self.facts.scoped_consumer.setdefault(bare, {}).setdefault(scope, (act, node))
        name = act[0]
        if name in ("linear",):
            return val
        if not val.pending:
            return val  # (equal to the Val the old flow built: nothing pending to activate)
        return Val(frozenset(), val.activated | frozenset((k, act) for k in val.pending))

    def mark_output(self, val: Val) -> None:
        self.facts.output.update(map(_bare, val.layers()))
        self.facts.output_raw.update(map(_bare, val.pending))
        for k in val.layers():
            bare, scope = self._split(k)
            if scope is not None:
                self.facts.scoped_output.setdefault(bare, set()).add(scope)
        for k in val.pending:
            bare, scope = self._split(k)
            if scope is not None:
                self.facts.scoped_output_raw.setdefault(bare, set()).add(scope)

    def frame_param_act(self, name: str) -> Optional[Act]:
        """`activation(h)` in a helper being followed (`dense(x, 64, tf.nn.relu)`, `def dense(x, n,
        activation=tf.nn.relu)`): the activation the call passes for that parameter, or the default it leaves."""
        frame = self.frames[-1]
        if name not in param_names(frame.fn) or name in self._stored_names(frame.fn):
            return None
        if name in frame.args:
            base = frame.bases.get(name)
            return act_from_reference(self.ev, _dotted_node(base)) if base is not None else None
        return act_from_reference(self.ev, param_defaults(frame.fn).get(name))

    def looked_up_act(self, name: str) -> Optional[Act]:
        """`act_fn = activation_functions[activation]` in the function being walked, with a module-level dict of
        activations (`{"relu": jax.nn.relu, "tanh": jnp.tanh}`) and a key that is a literal or a string parameter
        whose value every call in the file agrees on (`def mlp_forward(params, x, activation="tanh")`): the
        activation that entry names."""
        fn = self.functions_by_node.get(self.scope)
        if fn is None:
            return None
        lookups = self._lookups.get(id(fn.node))
        if lookups is None:
            # (each function's `name = table[key]` bindings, found in one walk; a name bound more than once: None)
            lookups = self._lookups[id(fn.node)] = {}
            for n in walk(fn.node):
                if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                    target = n.targets[0].id
                    lookups[target] = None if target in lookups else n.value
        bound = lookups.get(name)
        if not isinstance(bound, ast.Subscript) or not isinstance(bound.value, ast.Name):
            return None
        table = self._module_dict(bound.value.id)
        key_node = bound.slice
        key = string_value(key_node)
        if key is None and isinstance(key_node, ast.Name):
            key = self.agreed_string_param(key_node.id)
        entry = table.get(key) if table is not None and key is not None else None
        return act_from_reference(self.ev, entry) if entry is not None else None

    def _module_dict(self, name: str) -> Optional[Dict[str, ast.expr]]:
        """A dict literal with string keys bound once at module level to `name`."""
        found = [st.value for st in self.m.module.body if isinstance(st, ast.Assign) and len(st.targets) == 1
                 and isinstance(st.targets[0], ast.Name) and st.targets[0].id == name]
        if len(found) != 1 or not isinstance(found[0], ast.Dict):
            return None
        out: Dict[str, ast.expr] = {}
        for k, v in zip(found[0].keys, found[0].values):
            text = string_value(k) if k is not None else None
            if text is None:
                return None
            out[text] = v
        return out

    def enclosing_param_act(self, name: str) -> Optional[Act]:
        """`activation(outputs)` in a function with `activation=relu` among its parameters, or in `apply`, a
        function nested in `def MLP(layers, activation=relu)`: the activation the parameter holds, its default
        where every call of that function in this file leaves it out or passes the same activation
        (`MLP(branch_layers, activation=relu)`); None otherwise."""
        fn = self.functions_by_node.get(self.scope)
        if fn is not None and fn.cls is not None and fn.parent is None and class_level_method(fn.node) \
                and name in param_names(fn.node) and name not in self._stored_names(fn.node):
            # (a classmethod or staticmethod builder: its calls go through its class, `Network.build(...)`)
            held = act_from_reference(self.ev, param_defaults(fn.node).get(name))
            passed = passed_at_attribute_calls(self.m, fn, name)
            return held if held is not None and all(p is not None and act_from_reference(self.ev, p) == held
                                                    for p in passed) else None
        if fn is not None and fn.cls is None and name in param_names(fn.node):
            if name in self._stored_names(fn.node):
                return None  # (`activation = activation or tf.nn.relu`: rebound in the body)
            outer: Optional[Function] = fn  # (a method is called as obj.m(...): its calls are not found by name)
        else:
            outer = fn.parent if fn is not None else None
        while outer is not None:
            args = outer.node.args
            if name in [p.arg for p in args.posonlyargs + args.args + args.kwonlyargs]:
                return self._param_act(outer.node, outer.name, name)
            if name in self._stored_names(outer.node):
                return None  # (a local of the enclosing function: not a parameter)
            outer = outer.parent
        return None

    def _param_act(self, fn: FuncDef, fn_name: str, name: str, depth: int = 0) -> Optional[Act]:
        """The activation parameter `name` of `fn` holds in every call of it in this file: what each call passes,
        the default where it leaves it out (or where no call is made); a caller's own parameter passed on
        (`dense_layers(t, units, activation=activation)` in `def merge_layers(..., activation=tf.nn.relu)`) holds
        what that parameter holds. None when the calls disagree or one is unknown."""
        args = fn.args
        positional_params = [p.arg for p in args.posonlyargs + args.args]
        defaults = param_defaults(fn)
        acts: Set[Optional[Act]] = set()
        calls = self.m.calls_of(fn_name)
        for call, caller, _ in calls:
            known, passed = passed_for(call, positional_params, name)
            if not known:
                return None  # (`*args, **kwargs` may hold it; passed by keyword, it is that keyword whatever they hold)
            if passed is None:
                if name not in defaults:
                    return None
                passed = defaults[name]  # (the default counts where a call leaves it out, or none is made)
            elif type(passed) is ast.Constant and passed.value is None:  # type: ignore[attr-defined]
                continue  # (`conv2d(net, 40, 1, activation_fn=None)`: a linear instance, the output layer; the
                # hidden instances decide)
            act = act_from_reference(self.ev, passed)
            if act is None and type(passed) is ast.Name and caller is not None and caller is not fn and depth < 4 \
                    and passed.id in param_names(caller) and passed.id not in self._stored_names(caller):
                act = self._param_act(caller, caller.name, passed.id, depth + 1)
            acts.add(act)
        if not calls and name in defaults:
            acts.add(act_from_reference(self.ev, defaults[name]))
        return acts.pop() if len(acts) == 1 and None not in acts else None

    def _stored_names(self, fn: FuncDef) -> Set[str]:
        """Names `fn` (nested functions included) binds by assignment, made once per function. (A name only ever
        set to None, `if last and linear_top_layer: activation = None`, is switched off, not rebound: where it is
        called, it holds what it held before.)"""
        found = self._stores.get(id(fn))
        if found is None:
            nones: Set[int] = set()
            stored: List[ast.Name] = []
            for n in ast.walk(fn):  # (one walk: the `= None` targets are set aside once every store is seen)
                if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and n.value.value is None:
                    nones.update(id(t) for t in n.targets)
                elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                    stored.append(n)
            found = self._stores[id(fn)] = {n.id for n in stored if id(n) not in nones}
        return found

    def _split(self, key: str) -> Tuple[str, Optional[int]]:
        """A key's bare form and the scope its facts are kept under (None: a key bound in one scope only)."""
        bare, scope = _split(key)
        return bare, SHARED_SCOPE if scope is None and bare in self.bound else scope

    def _qualified(self, key: str, line: int = 0) -> str:
        """A plain-name key bound in two or more scopes, tagged with the scope the name is read in here
        (`w:W` + _TAG + id): the innermost inlined helper or the function the walk started from, when it binds the
        name itself, else the module (a global read). Facts are recorded under the bare key and, per scope,
        under the tag."""
        scopes = self.bound.get(key)
        if scopes is None:
            return key
        scope = next((id(frame.fn) for frame in reversed(self.frames) if id(frame.fn) in scopes),
                     self.scope if self.scope in scopes else 0)
        versions = self.versions.get(key, {}).get(scope)
        if versions:
            # (a read sees the binding last written before it; one before them all sees none of them)
            seen = [version for at, version in versions if at <= line]
            return f"{key}{_TAG}{seen[-1] if seen else scope}"
        return f"{key}{_TAG}{scope}"

    def mark_added(self, branch: Val, other: Val) -> None:
        # a layer whose output went through an activation before the sum (`x += nn.relu(dense(x))`) has that
        # activation as its consumer: only layers added as they are form the residual branch's end
        for k in set(branch.pending) - other.layers():
            self.facts.added.add(_bare(k))

    def returned_keys(self, call: ast.Call, n: int, cls: Optional[Class]) -> List[Optional[str]]:
        """The weight keys a helper's returned tuple names, item by item (`return filters, biases`, each drawn
        under that name in the helper): None for an item that is no drawn weight or that its returns disagree on."""
        func = call.func
        callee: Optional[FuncDef] = None
        if isinstance(func, ast.Name) and func.id in self.m.functions:
            callee = self.m.functions[func.id].node
        elif _self_attr(func) and cls is not None:
            callee = cls.methods.get(_self_attr(func) or "")
        if callee is None:
            return []
        cached = self._returned_keys.get((id(callee), n))
        if cached is not None:
            return cached
        found: List[Optional[str]] = []
        for r in walk(callee):
            if type(r) is ast.Return and type(r.value) is ast.Tuple and len(r.value.elts) == n:  # type: ignore[attr-defined]
                keys = [tensor_key(e.id) if type(e) is ast.Name and tensor_key(e.id) in self.site_keys  # type: ignore[attr-defined]
                        else None for e in r.value.elts]  # type: ignore[attr-defined]
                found = keys if not found else [a if a == b else None for a, b in zip(found, keys)]
        self._returned_keys[(id(callee), n)] = found
        return found

    def _drawn_first(self, keys: Sequence[Optional[str]], i: int) -> bool:
        """Whether operand i is the product's weight: the first operand with a weight key, unless another one's
        key is a tensor this file draws and its is not (`tf.matmul(wc, encode_weights)`, with `wc` the input
        times a dropout mask: a weight-like name, but the drawn variable is the weight)."""
        if keys[i] is None:
            return False
        drawn = [j for j, k in enumerate(keys) if k is not None and (k in self.site_keys or k in self.var_keys)]
        if drawn and i not in drawn:
            return False
        return all(k is None for k in keys[:i]) or bool(drawn) and drawn[0] == i

    def weight_key(self, node: ast.expr, cls: Optional[Class]) -> Optional[str]:
        node = operand_core(node)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
            return self.weight_key(node.left, cls) or self.weight_key(node.right, cls)
        if isinstance(node, ast.Name):
            if self.frames and node.id in self.frames[-1].aliases:
                return self.frames[-1].aliases[node.id]  # a helper's parameter bound to the caller's weight
            if node.id in self.loop_aliases and not self.frames:
                return self.loop_aliases[node.id]  # for W in Ws: one of the list's weights
            if node.id in self.local_entries and not self.frames:
                return self.local_entries[node.id]
            k = tensor_key(node.id)
            if node.id in self.computed and k not in self.site_keys:
                return None  # (a layer's output under a weight-like name: `Wh`, `xW`)
            return self._qualified(k, node.lineno) if _weightish(node.id) or k in self.var_keys else None
        attr = _self_attr(node)
        if attr and cls is not None:
            # (a parameter a base class of this file creates is keyed by the subclass applying it: each subclass
            # is its own layer, and the base's init is paired with what follows in each)
            if attr in cls.param_attrs or _weightish(attr) \
                    or any(attr in p.param_attrs for p in parent_classes(self.m, cls.bases, cls)):
                return f"{cls.key}.{attr}"
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id != "self":
            # np.dot(X, nets.W1) with `nets` an instance of the one class of this file whose W1 is a weight (a
            # from-scratch network object handed to a module-level forward function)
            return self._instance_weight(node.attr)
        if isinstance(node, ast.Subscript):
            if not isinstance(node.slice, ast.Slice) and not self.frames:
                base = dotted(node.value)
                if base and tensor_key(f"{base}[*]") in self.site_keys:
                    return tensor_key(f"{base}[*]")  # graph.layers_weights[i]: an element of a list of appended weights
                if base and base in self.m.collected_into:
                    return self.m.collected_into[base]  # self.weights[i], each the W a loop drew and appended
                held = _self_attr(node.value)
                if held and cls is not None and f"{cls.key}.{held}" in self.per_layer_keys:
                    # self.weights[i - 1].dot(a): one of the weights a comprehension drew per layer
                    # (`self.weights = [randn(y, x) / np.sqrt(x) for ...]`)
                    return f"{cls.key}.{held}"
            dk = _dict_key(node)
            if dk is not None and _weightish(dk.replace("*", "")):
                return subscript_key(node) or tensor_key(dk)  # (layer['h1']['weights']: "w:h1/weights", as the builder keys it)
            key = subscript_key(node)
            if key is not None and "[" in key:
                base = node.value.id if isinstance(node.value, ast.Name) else None
                if self.frames and base in self.frames[-1].bases:
                    key = tensor_key(f"{self.frames[-1].bases[base]}[{key.split('[', 1)[1]}")  # the caller's container
                else:
                    held = self.returned_into.get(dotted(node.value) or "")
                    if held is not None:  # self.weights = self._initialize_weights(), which returns `weights`
                        key = tensor_key(f"{held}[{key.split('[', 1)[1]}")
                return key  # weights["h1"]
        return None


    def _instance_weight(self, attr: str) -> Optional[str]:
        """The key of `attr` when exactly one class of this file draws a weight into `self.<attr>`."""
        found = self._instance_weights.get(attr, "")
        if found == "":
            owners = {k for k in self.site_keys
                      if k.endswith("." + attr) and k[:-len(attr) - 1] in self._class_keys}
            found = self._instance_weights[attr] = next(iter(owners)) if len(owners) == 1 else None
        return found


_TAG = "\x1f"  # between a plain-name key and its scope (no source text holds it; keys are made of source text)


def name_key_scopes(sites: Sequence[Site]) -> Dict[str, Set[int]]:
    """Flow key of a plain name ("w:W") -> the scopes whose sites bind it to a tensor: id(function node), 0 for
    the module."""
    out: Dict[str, Set[int]] = {}
    for s in sites:
        if _binds_plain_name(s):
            out.setdefault(s.key or "", set()).add(id(s.func.node) if s.func is not None else 0)
    return out


def plain_name_key(key: Optional[str]) -> bool:
    """A flow key made of a plain name (`w:W`), not of an entry (`w:params[W1]`) or a list's items (`w:Ws[*]`)."""
    return key is not None and is_tensor_key(key) and "[" not in key and not key.endswith("*")


def _binds_plain_name(s: Site) -> bool:
    """The site binds a plain name to a tensor (`W = ...`), the name its flow key is made of."""
    return plain_name_key(s.key) and (s.assigned_name or s.target_text) == tensor_name(s.key or "")


def name_key_versions(sites: Sequence[Site]) -> Dict[str, Dict[int, List[Tuple[int, int]]]]:
    """Flow key of a plain name -> scope -> [(first line, version)] for a name that sites bind two or more times
    in a row in one scope (no binding inside a branch, nor two inside one loop: those are alternatives or one
    binding per pass; a loop's binding followed by one after the loop, `W` of each conv in a loop over filter
    sizes and then the output layer's `W`, are two). A version is the id of the binding's statement: the tensor
    its reads, until the next binding, are facts of."""
    groups: Dict[Tuple[str, int], List[Site]] = {}
    for s in sites:
        if _binds_plain_name(s):
            groups.setdefault((s.key or "", id(s.func.node) if s.func is not None else 0), []).append(s)
    out: Dict[str, Dict[int, List[Tuple[int, int]]]] = {}
    for (key, scope), group in groups.items():
        lines = {site_version(s)[0] for s in group}
        loops = [id(lp.node) for s in group for lp in s.loops]
        if len(lines) < 2 or any(s.branch for s in group) or len(loops) != len(set(loops)):
            continue
        out.setdefault(key, {})[scope] = sorted({site_version(s) for s in group})
    return out


def site_version(s: Site) -> Tuple[int, int]:
    """(first line, id) of the statement that binds a site's name (its draw where it has no statement)."""
    node: ast.AST = s.stmt if s.stmt is not None else s.dist.node
    return getattr(node, "lineno", 0), id(node)


SHARED_SCOPE = -1  # a name bound in several scopes read through no name of its own (`params["W1"]`): any of them


def _as_function(node: FuncDef) -> Function:
    """A def the walk follows as a helper of its own (a static or small method, a nested function)."""
    a = node.args
    return Function(node, node.name, None, tuple(p.arg for p in a.args + a.posonlyargs + a.kwonlyargs))


def _plain_helper(fn: FuncDef) -> bool:
    """An instance method written as a small function of its arguments (`def activation(self, x): return
    np.tanh(x)`): one statement that returns, or up to four that never read `self`, its first parameter `self`;
    followed from `self.activation(z)` like a module-level helper (bigger methods are walked on their own)."""
    args = fn.args.posonlyargs + fn.args.args
    if not args or args[0].arg != "self":
        return False
    body = [b for b in fn.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
    if len(body) == 1:
        return isinstance(body[0], ast.Return)
    # (or a few statements that never touch `self`: `z = np.clip(z, -100, None); a = 1 / (1 + np.exp(-z));
    # return a`, a pure function of its arguments)
    return 1 < len(body) <= 4 and isinstance(body[-1], ast.Return) \
        and not any(type(n) is ast.Name and n.id == "self" for n in walk(body))  # type: ignore[attr-defined]


def _split(key: str) -> Tuple[str, Optional[int]]:
    """`w:W<TAG>140213` -> ("w:W", 140213); an untagged key -> (key, None)."""
    bare, at, scope = key.partition(_TAG)
    return (bare, int(scope)) if at else (key, None)


_MAPPERS = frozenset({"tensorflow.map_fn", "tensorflow.scan", "tensorflow.foldl"})
_SCAN_STATE = "scan state"  # (a name no source can bind: the state a scanned step is given the second time)


def _bare(key: str) -> str:
    return key.partition(_TAG)[0]


class _Repeat(Layer):
    """A container indexed by a variable (self.layers[i]): any of its layers, repeatedly."""

    def __init__(self, container: Layer, by_index: bool) -> None:
        super().__init__(key=container.key, type_name=container.type_name, kind="container", node=container.node,
                         name=container.name)
        self.container = container
        self.by_index = by_index  # indexed by a variable (a loop's `i`), not by a number


class _Each(Layer):
    """The variable of a loop over a container (`for layer in self.layers`): each of its layers, one at a time."""

    def __init__(self, container: Layer, each: List[Layer]) -> None:
        super().__init__(key=container.key, type_name=container.type_name, kind="container", node=container.node,
                         name=container.name)
        self.each = each


class _InOrder(_Each):
    """The variable of a loop over a list of layers filled in order (`network.append(...)`): the whole chain."""


_V = TypeVar("_V")


def _bind_loop(table: Dict[str, _V], bound: Dict[str, _V]) -> Dict[str, Optional[_V]]:
    """Bind a loop's variables in `table` for its body; what they stood for before, for `_unbind_loop`."""
    saved = {n: table.get(n) for n in bound}
    table.update(bound)
    return saved


def _unbind_loop(table: Dict[str, _V], saved: Dict[str, Optional[_V]]) -> None:
    for n, before in saved.items():
        if before is None:
            del table[n]
        else:
            table[n] = before


def _relu_in_place(target: ast.Subscript, value: ast.expr) -> Optional[str]:
    """`h[h < 0] = 0` / `h[h <= 0] = 0` / `h[0 > h] = 0`: the name whose negative entries are zeroed in place."""
    test = target.slice
    if not (type(target.value) is ast.Name and type(value) is ast.Constant and value.value == 0
            and type(test) is ast.Compare and len(test.ops) == 1):
        return None
    name = target.value.id
    left, op, right = test.left, type(test.ops[0]), test.comparators[0]
    if op in (ast.Gt, ast.GtE):
        left, right, op = right, left, ast.Lt
    if op in (ast.Lt, ast.LtE) and type(left) is ast.Name and left.id == name \
            and type(right) is ast.Constant and right.value == 0:
        return name
    return None


def _gate(act: Act) -> bool:
    """sigmoid or softmax (no slope): an activation that weights what it multiplies."""
    return act[1] is None and act[0] in GATE_ACTS


def _pair_order(pair: Tuple[str, Act]) -> Tuple[str, str, float]:
    """A (layer key, activation) pair's place in a sorted walk: by key, then activation name, then slope (none
    first)."""
    key, (name, slope) = pair
    return key, name, -math.inf if slope is None else slope


_GRADIENT_NAME = re.compile(r"^(?:d[A-Z]|d_|delta|grad|err(?:or)?s?(?:_|$)|dout|dy$|dh)")


def _gradient(node: ast.expr) -> bool:
    """`dZ2`, `dA_prev`, `delta`, `grad_out`, `grads["dZ1"]`: a backpropagated gradient, not data."""
    node = operand_core(node)
    if isinstance(node, ast.Subscript):
        k = _dict_key(node)
        return k is not None and _GRADIENT_NAME.match(k) is not None
    name = dotted(node)
    return name is not None and _GRADIENT_NAME.match(name.split(".")[-1]) is not None


def _parameter_update(target: ast.expr) -> bool:
    """`params[key] -= ...`, `self.weights[i] -= ...`, `b1 -= ...`: in-place steps on parameters."""
    if isinstance(target, ast.Subscript):
        return True
    name = dotted(target)
    return name is not None and role_of_name(name.split(".")[-1]) in (WEIGHT, BIAS)


def _weightish(name: str) -> bool:
    return role_of_name(name) == WEIGHT


def _reads(value: ast.expr, target: ast.expr) -> bool:
    """Whether `value` reads the variable `target` is rooted at (`x += self.block(x)`)."""
    root = root_name(target)
    if root is None:
        return True  # unknown shape: keep the old answer (a branch added to a path)
    return any(isinstance(n, ast.Name) and n.id == root for n in ast.walk(value))


def _string_test(test: ast.expr) -> Optional[Tuple[str, str, bool]]:
    """`name == "relu"` / `"relu" != name` / `name is "x"`: (name, the string, whether the test is equality)."""
    found = string_comparison(test)
    if found is None or not isinstance(found[0], ast.Name):
        return None
    return found[0].id, found[1], found[2]


def _flag_test(test: ast.expr, cls: Class) -> Optional[bool]:
    """`if self.glu:` / `if not self.use_tanh:` on a switch every instance of the class has the same value of."""
    negate = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    attr = _self_attr(test.operand if isinstance(test, ast.UnaryOp) and negate else test)
    if not attr or attr not in cls.flags:
        return None
    return not cls.flags[attr] if negate else cls.flags[attr]


def _passes_own_name(call: ast.Call, fn: FuncDef, param: str) -> bool:
    """Whether `call` of `fn` passes, for `param`, the name `param` itself (`forward(network, X)` for
    `def forward(network, X)`)."""
    params = [p.arg for p in fn.args.posonlyargs + fn.args.args]
    passed = arg(call, params.index(param) if param in params else None, param)
    return isinstance(passed, ast.Name) and passed.id == param


"""Dataflow from layers to the activations that consume them.

A value is the set of layers whose raw output it carries (`pending`) and
the (layer, activation) pairs whose activated output it carries. Applying an
activation to a pending layer records the layer's consumer; applying a
layer to an activated value proves the earlier layer is hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

import libcst as cst

from .activations import act_call, act_from_reference, relu_mask_expression, sigmoid_expression
from .dist import arg, string_value
from .model import Class, Function, Layer, Model, _dict_key, _self_attr, factory_layer, operand_core, subscript_key
from .names import dotted

Act = Tuple[str, Optional[float]]


@dataclass(frozen=True)
class Val:
    pending: FrozenSet[str] = frozenset()
    activated: FrozenSet[Tuple[str, str]] = frozenset()

    def __or__(self, other: "Val") -> "Val":
        return Val(self.pending | other.pending, self.activated | other.activated)

    def layers(self) -> Set[str]:
        return set(self.pending) | {k for k, _ in self.activated}


EMPTY = Val()


@dataclass
class Facts:
    consumer: Dict[str, Tuple[Act, cst.CSTNode]] = field(default_factory=dict)  # first activation after the layer
    hidden: Dict[str, Tuple[str, Act]] = field(default_factory=dict)  # layer -> (next layer key, act between)
    added: Set[str] = field(default_factory=set)  # output added to another path (residual, adapter)
    output: Set[str] = field(default_factory=set)  # reaches a return / the end of a Sequential model
    applied: Set[str] = field(default_factory=set)  # layers seen applied at all
    gated: Dict[str, Set[Tuple[str, str]]] = field(default_factory=dict)  # layer -> (class, attr) of self.X * layer(x)
    renormalised: Set[str] = field(default_factory=set)  # activated output goes through a norm layer next (ReLU -> BN)
    acts_by_node: Dict[int, Act] = field(default_factory=dict)


_INLINE_DEPTH = 3  # helper calls followed through (forward -> linear_activation_forward -> linear_forward)
_INLINE_BUDGET = 400  # helper bodies walked per file


@dataclass
class _Frame:
    """One inlined helper call: its parameters bound to the caller's weights and string constants."""
    fn: cst.FunctionDef
    aliases: Dict[str, str]  # parameter -> caller's weight key (`W` -> "w:W*" for parameters["W" + str(l)])
    consts: Dict[str, str]  # parameter -> string argument (`activation` -> "relu")
    returned: Val = field(default_factory=Val)


_GATE_ACTS = {"sigmoid", "softmax"}
_MATMUL = {"dot", "matmul", "mm", "bmm", "linear", "einsum", "tensordot", "inner", "conv1d", "conv2d", "conv3d"}


class Flow:
    def __init__(self, model: Model) -> None:
        self.m = model
        self.ev = model.ev
        self.facts = Facts()
        self.frames: List[_Frame] = []
        # variables created as trainable weights under any name (`matrix = tf.get_variable("Matrix", ...)`)
        self.var_keys = {s.key for s in model.sites
                         if s.key and s.key.startswith("w:") and s.wrapper in ("Variable", "Parameter")}
        self.budget = _INLINE_BUDGET

    # -------------------------------------------------------------- driving
    def run(self) -> Facts:
        for cls in self.m.classes.values():
            for name, fn in cls.methods.items():
                if name != "__init__":
                    self.function(fn, cls)
        for fn in self.m.functions.values():
            if fn.cls is None:
                self.function(fn.node, None)
        self.block(self.m.module.body, {}, None)
        # Whole-model containers: keras.Sequential([...]) and module-level nn.Sequential(...)
        for layer in list(self.m.layers.values()):
            if layer.kind == "container" and (layer.type_name.startswith(("keras.", "haiku.", "flax.")) or
                                              layer.name in self.m.module_level_models or
                                              any(layer is l for l in self.m.local_models)):
                out = self.apply_layer(layer, EMPTY, None)
                self.mark_output(out)
        return self.facts

    def function(self, fn: cst.FunctionDef, cls: Optional[Class]) -> None:
        env: Dict[str, Val] = {}
        body = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else ()
        self.block(body, env, cls)
        for name, val in env.items():
            if name.startswith("__seq__"):
                self.mark_output(val)

    def block(self, stmts, env, cls) -> None:
        for s in stmts:
            self.stmt(s, env, cls)

    def stmt(self, s, env, cls) -> None:
        if isinstance(s, cst.SimpleStatementLine):
            for small in s.body:
                self.small(small, env, cls)
        elif isinstance(s, cst.For):
            self.bind(s.target, EMPTY, env)
            for _ in range(2):  # loop-carried values: a layer applied in a loop feeds itself
                self.block(s.body.body, env, cls)
            if s.orelse:
                self.block(s.orelse.body.body, env, cls)
        elif isinstance(s, cst.While):
            for _ in range(2):
                self.block(s.body.body, env, cls)
        elif isinstance(s, cst.If):
            self.expr(s.test, env, cls)
            static = self.static_test(s.test)
            if static is False:  # `if activation == "sigmoid":` in a helper called with "relu"
                if isinstance(s.orelse, cst.If):
                    self.stmt(s.orelse, env, cls)
                elif isinstance(s.orelse, cst.Else):
                    self.block(s.orelse.body.body, env, cls)
                return
            self.block(s.body.body, env, cls)
            if static is True:
                return
            if isinstance(s.orelse, cst.If):
                self.stmt(s.orelse, env, cls)
            elif isinstance(s.orelse, cst.Else):
                self.block(s.orelse.body.body, env, cls)
        elif isinstance(s, cst.With):
            self.block(s.body.body, env, cls)
        elif isinstance(s, (cst.Try, cst.TryStar)):
            self.block(s.body.body, env, cls)
            for h in s.handlers:
                self.block(h.body.body, env, cls)

    def small(self, small, env, cls) -> None:
        if isinstance(small, cst.Assign):
            val = self.expr(small.value, env, cls)
            for t in small.targets:
                self.bind(t.target, val, env)
        elif isinstance(small, cst.AnnAssign) and small.value is not None:
            self.bind(small.target, self.expr(small.value, env, cls), env)
        elif isinstance(small, cst.AugAssign):
            if _parameter_update(small.target) or self.weight_key(small.target, cls) is not None:
                return  # params["W1"] -= lr * dW1, b1 -= lr * db1: a gradient step, not a residual path
            val = self.expr(small.value, env, cls)
            old = self.expr(small.target, env, cls)
            if isinstance(small.operator, (cst.AddAssign, cst.SubtractAssign)):
                self.mark_added(val, old)
            self.bind(small.target, old | val, env)
        elif isinstance(small, cst.Return) and small.value is not None:
            val = self.expr(small.value, env, cls)
            if self.frames:
                self.frames[-1].returned = self.frames[-1].returned | val
            else:
                self.mark_output(val)
        elif isinstance(small, cst.Expr):
            v = small.value
            if isinstance(v, cst.Call) and isinstance(v.func, cst.Attribute) and v.func.attr.value == "add" and v.args:
                # model.add(layer): a Keras Sequential built step by step
                owner = dotted(v.func.value)
                layer = self.m.layer_of_node.get(id(v.args[0].value))
                if owner and layer is not None:
                    key = "__seq__" + owner
                    env[key] = self.apply_layer(layer, env.get(key, EMPTY), cls)
                    return
            self.expr(v, env, cls)

    def bind(self, target, val: Val, env) -> None:
        if isinstance(target, cst.Name):
            env[target.value] = val
        elif isinstance(target, (cst.Tuple, cst.List)):
            for e in target.elements:
                self.bind(e.value, val, env)
        elif isinstance(target, cst.Attribute):
            name = dotted(target)
            if name:
                env[name] = val
        elif isinstance(target, cst.Subscript):
            k = _dict_key(target)
            if k is not None:
                env["[" + k + "]"] = val

    # -------------------------------------------------------------- expressions
    def expr(self, node, env, cls, depth: int = 0) -> Val:
        if depth > 60:
            return EMPTY
        if isinstance(node, cst.Name):
            return env.get(node.value, EMPTY)
        if isinstance(node, cst.Attribute):
            name = dotted(node)
            if name and name in env:
                return env[name]
            return self.expr(node.value, env, cls, depth + 1) if not _self_attr(node) else EMPTY
        if isinstance(node, cst.Subscript):
            k = _dict_key(node)
            if k is not None and "[" + k + "]" in env:
                return env["[" + k + "]"]
            return self.expr(node.value, env, cls, depth + 1)
        if isinstance(node, cst.Call):
            return self.call(node, env, cls, depth)
        if isinstance(node, cst.BinaryOperation):
            return self.binop(node, env, cls, depth)
        if isinstance(node, cst.UnaryOperation):
            return self.expr(node.expression, env, cls, depth + 1)
        if isinstance(node, (cst.Tuple, cst.List)):
            out = EMPTY
            for e in node.elements:
                out = out | self.expr(e.value, env, cls, depth + 1)
            return out
        if isinstance(node, cst.IfExp):
            return self.expr(node.body, env, cls, depth + 1) | self.expr(node.orelse, env, cls, depth + 1)
        return EMPTY

    def binop(self, node: cst.BinaryOperation, env, cls, depth) -> Val:
        z = sigmoid_expression(self.ev, node)
        if z is not None:
            return self.activate(self.expr(z, env, cls, depth + 1), ("sigmoid", None), node)
        z = relu_mask_expression(node)
        if z is not None:
            return self.activate(self.expr(z, env, cls, depth + 1), ("relu", None), node)
        if isinstance(node.operator, cst.MatrixMultiply):
            for w_side, x_side in ((node.right, node.left), (node.left, node.right)):
                key = self.weight_key(w_side, cls)
                if key is not None:
                    if _gradient(x_side):
                        return EMPTY  # W2.T @ dZ2: backpropagation, not a layer applied to data
                    return self.apply_key(key, self.expr(x_side, env, cls, depth + 1))
        left = self.expr(node.left, env, cls, depth + 1)
        right = self.expr(node.right, env, cls, depth + 1)
        if isinstance(node.operator, cst.Multiply) and cls is not None:
            # self.gate * branch(x): the branch's output is scaled by a parameter of the module (ReZero, Fixup)
            for gate, val in ((node.left, right), (node.right, left)):
                attr = _self_attr(operand_core(gate))
                if attr:
                    for k in val.layers():
                        self.facts.gated.setdefault(k, set()).add((cls.name, attr))
        if isinstance(node.operator, (cst.Add, cst.Subtract)) and left.layers() and right.layers():
            self.mark_added(left, right)
            self.mark_added(right, left)
        if isinstance(node.operator, (cst.Multiply, cst.MatrixMultiply)):
            self.mark_gates([left, right])
            if isinstance(node.operator, cst.Multiply) and cls is not None:
                # gate1 * residual in a module method: a sigmoid gate on a sub-layer scaling a value that
                # comes in from outside (D-FINE / GRU-style gated fusion)
                for gate, other in ((left, node.right), (right, node.left)):
                    if not isinstance(other, (cst.Integer, cst.Float)):
                        self.facts.added.update(k for k, a in gate.activated if a in _GATE_ACTS and not k.startswith("w:"))
        return left | right

    def mark_gates(self, vals) -> None:
        """sigmoid(g(x)) * y, softmax(a(x)) @ v, kernel(v, softmax(a(x))): a layer whose sigmoid/softmax output
        weights another path is a gate or attention logits, not a layer feeding the next one (AlphaFold
        gating, deformable-attention weights)."""
        for i, gate in enumerate(vals):
            others = set()
            for j, v in enumerate(vals):
                if j != i:
                    others |= v.layers()
            if others:
                self.facts.added.update(k for k, a in gate.activated if a in _GATE_ACTS and k not in others)

    def call(self, node: cst.Call, env, cls, depth) -> Val:
        func = node.func
        # activation applied to a value
        a = act_call(self.ev, node)
        if a is not None and a[1] is not None:
            act, inp = a
            return self.activate(self.expr(inp, env, cls, depth + 1), act, node)
        # a layer object applied: self.fc1(x), nn.Dense(64)(x), self.net(x)
        layer = self.layer_called(func, cls, env)
        if layer is not None:
            vals = [self.expr(arg_.value, env, cls, depth + 1) for arg_ in node.args]
            inval = EMPTY
            for v in vals:
                inval = inval | v
            if len(vals) >= 2 and layer.kind not in ("linear", "rnn", "act"):
                self.mark_gates(vals)  # self.attn(value, ..., attention_weights): a block combining paths
            return self.apply_layer(layer, inval, cls)
        # function-style layers: tf.layers.dense(x, ...), hk/flax calls registered by the builder
        flayer = self.m.layer_of_node.get(id(node))
        if flayer is not None and flayer.kind in ("linear", "rnn") and node.args:
            inval = self.expr(node.args[0].value, env, cls, depth + 1)
            return self.apply_layer(flayer, inval, cls)
        # a helper function of this module: follow the value through its body
        callee = self.inlinable(func)
        if callee is not None:
            if len(node.args) >= 2:
                # deformable_attention(value, ..., attention_weights): the helper combines the paths
                self.mark_gates([self.expr(a_.value, env, cls, depth + 1) for a_ in node.args])
            return self.inline(callee, node, env, cls, depth)
        # matmul with a weight operand: np.dot(W1, X), F.linear(x, self.weight), x.dot(W)
        q = self.ev.qname(func) or ""
        last = q.rsplit(".", 1)[-1] if q else (func.attr.value if isinstance(func, cst.Attribute) else "")
        if last in _MATMUL or (isinstance(func, cst.Attribute) and func.attr.value in ("dot", "mm", "matmul")):
            operands = [a_.value for a_ in node.args]
            if isinstance(func, cst.Attribute) and q.split(".")[0] not in ("numpy", "torch", "jax", "tensorflow"):
                operands = [func.value] + operands
            for i, op in enumerate(operands):
                key = self.weight_key(op, cls)
                if key is not None:
                    if any(_gradient(other) for j, other in enumerate(operands) if j != i):
                        return EMPTY  # np.dot(W.T, dZ): backpropagation
                    inval = EMPTY
                    for j, other in enumerate(operands):
                        if j != i:
                            inval = inval | self.expr(other, env, cls, depth + 1)
                    out = self.apply_key(key, inval)
                    act = self.activation_kw(node)
                    return self.activate(out, act, node) if act else out
        # course style: linear_activation_forward(A_prev, W, b, activation="relu")
        act = self.activation_kw(node)
        if act is not None:
            for a_ in node.args:
                key = self.weight_key(a_.value, cls)
                if key is not None:
                    inval = EMPTY
                    for b_ in node.args:
                        if b_ is not a_ and self.weight_key(b_.value, cls) is None:
                            inval = inval | self.expr(b_.value, env, cls, depth + 1)
                    return self.activate(self.apply_key(key, inval), act, node)
        # anything else passes its inputs through (reshape, dropout, concat, unknown helpers)
        out = EMPTY
        if isinstance(func, cst.Attribute) and not _self_attr(func):
            out = self.expr(func.value, env, cls, depth + 1)
        vals = [self.expr(a_.value, env, cls, depth + 1) for a_ in node.args]
        for v in vals:
            out = out | v
        if len(vals) >= 2:
            self.mark_gates(vals)
        return out

    # -------------------------------------------------------------- helper functions
    def inlinable(self, func) -> Optional[Function]:
        if not isinstance(func, cst.Name) or self.budget <= 0 or len(self.frames) >= _INLINE_DEPTH:
            return None
        fn = self.m.functions.get(func.value)
        if fn is None or fn.cls is not None or fn.parent is not None or not isinstance(fn.node.body, cst.IndentedBlock):
            return None
        if any(f.fn is fn.node for f in self.frames):
            return None  # recursion
        return fn

    def inline(self, fn: Function, call: cst.Call, env, cls, depth) -> Val:
        """`fc(x, 128)`, `linear_activation_forward(A, parameters["W" + str(l)], b, "relu")`: run the helper's
        body with its parameters bound to the caller's values; the result is what it returns."""
        self.budget -= 1
        p = fn.node.params
        ordered = [x for x in list(p.posonly_params) + list(p.params)]
        every = ordered + list(p.kwonly_params)
        callee_env: Dict[str, Val] = {}
        frame = _Frame(fn.node, {}, {})
        for x in every:
            if x.default is not None:
                sv = string_value(x.default)
                if sv is not None:
                    frame.consts[x.name.value] = sv

        def bind(name: str, value) -> None:
            callee_env[name] = self.expr(value, env, cls, depth + 1)
            key = self.weight_key(value, cls)
            if key is not None:
                frame.aliases[name] = key
            sv = string_value(value)
            if sv is not None:
                frame.consts[name] = sv
            else:
                frame.consts.pop(name, None)

        pos = [a for a in call.args if a.keyword is None and not a.star]
        for x, a in zip(ordered, pos):
            bind(x.name.value, a.value)
        names = {x.name.value for x in every}
        for a in call.args:
            if a.keyword is not None and a.keyword.value in names:
                bind(a.keyword.value, a.value)
        self.frames.append(frame)
        try:
            self.block(fn.node.body.body, callee_env, None)
        finally:
            self.frames.pop()
        return frame.returned

    def static_test(self, test) -> Optional[bool]:
        """`activation == "relu"` inside an inlined helper whose `activation` is a known string."""
        if not self.frames or not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
            return None
        comp = test.comparisons[0]
        consts = self.frames[-1].consts
        left, right = test.left, comp.comparator
        if isinstance(right, cst.Name) and not isinstance(left, cst.Name):
            left, right = right, left
        if not isinstance(left, cst.Name) or left.value not in consts:
            return None
        sv = string_value(right)
        if sv is None:
            return None
        if isinstance(comp.operator, (cst.Equal, cst.Is)):
            return consts[left.value] == sv
        if isinstance(comp.operator, (cst.NotEqual, cst.IsNot)):
            return consts[left.value] != sv
        return None

    def activation_kw(self, node: cst.Call) -> Optional[Act]:
        v = arg(node, None, "activation")
        if v is None:
            return None
        return act_from_reference(self.ev, v)

    def layer_called(self, func, cls, env) -> Optional[Layer]:
        attr = _self_attr(func)
        if attr and cls is not None:
            return self._class_attr(cls, attr)
        if isinstance(func, cst.Call):
            return self.m.layer_of_node.get(id(func)) or factory_layer(self.m, func)
        if isinstance(func, cst.Subscript):
            inner = _self_attr(func.value)
            if inner and cls is not None:
                container = self._class_attr(cls, inner)
                if container is not None and container.elements:
                    return _Repeat(container)
        if isinstance(func, cst.Name):
            v = env.get("__layer__" + func.value)
            if isinstance(v, Layer):
                return v
        return None

    def _class_attr(self, cls: Class, attr: str) -> Optional[Layer]:
        if attr in cls.attrs:
            return cls.attrs[attr]
        for base in cls.bases:
            parent = self.m.classes.get(base.rsplit(".", 1)[-1])
            if parent is not None and parent is not cls and attr in parent.attrs:
                return parent.attrs[attr]
        return None

    # -------------------------------------------------------------- effects
    def apply_layer(self, layer: Layer, inval: Val, cls) -> Val:
        if isinstance(layer, _Repeat):
            out = inval
            for _ in range(2):
                out = self.apply_layer(layer.container, out, cls)
            return out
        if layer.kind == "act":
            return self.activate(inval, layer.act, layer.node)
        if layer.kind == "transparent":
            return inval
        if layer.kind == "container":
            if layer.type_name.endswith(("ModuleList", "ModuleDict")):
                return inval
            val = inval
            for el in layer.elements:
                val = self.apply_layer(el, val, cls)
                if el.repeated:
                    val = self.apply_layer(el, val, cls)
            return val
        if layer.kind == "norm":
            # conv -> ReLU -> BatchNorm: the norm rescales every channel, so the init's variance does not
            # carry to the next layer and the init/activation pairing no longer matters
            self.facts.renormalised.update(k for k, _ in inval.activated)
        out = self.apply_key(layer.key, inval)
        if layer.act is not None:
            out = self.activate(out, layer.act, layer.node)
        return out

    def apply_key(self, key: str, inval: Val) -> Val:
        self.facts.applied.add(key)
        for prev, act in inval.activated:
            self.facts.hidden.setdefault(prev, (key, _act_of(act)))
        return Val(frozenset({key}))

    def activate(self, val: Val, act: Act, node) -> Val:
        self.facts.acts_by_node[id(node)] = act
        for k in val.pending:
            self.facts.consumer.setdefault(k, (act, node))
        name = act[0]
        if name in ("linear",):
            return val
        return Val(frozenset(), val.activated | frozenset((k, _act_str(act)) for k in val.pending))

    def mark_output(self, val: Val) -> None:
        self.facts.output.update(val.layers())

    def mark_added(self, branch: Val, other: Val) -> None:
        for k in branch.layers() - other.layers():
            self.facts.added.add(k)

    def weight_key(self, node, cls) -> Optional[str]:
        node = operand_core(node)
        if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, (cst.Multiply, cst.Divide)):
            return self.weight_key(node.left, cls) or self.weight_key(node.right, cls)
        if isinstance(node, cst.Name):
            if self.frames and node.value in self.frames[-1].aliases:
                return self.frames[-1].aliases[node.value]  # a helper's parameter bound to the caller's weight
            k = "w:" + node.value
            return k if _weightish(node.value) or k in self.var_keys else None
        attr = _self_attr(node)
        if attr and cls is not None:
            return f"{cls.name}.{attr}" if (attr in cls.param_attrs or _weightish(attr)) else None
        if isinstance(node, cst.Subscript):
            k = _dict_key(node)
            if k is not None and _weightish(k.replace("*", "")):
                return "w:" + k
            key = subscript_key(node)
            if key is not None and "[" in key:
                return key  # weights["h1"]
        return None


class _Repeat(Layer):
    """A container indexed by a variable (self.layers[i]): any of its layers, repeatedly."""

    def __init__(self, container: Layer) -> None:
        super().__init__(container.key, container.type_name, "container", container.node, container.name)
        self.container = container


def _act_str(act: Act) -> str:
    return act[0] if act[1] is None else f"{act[0]}:{act[1]}"


def _act_of(s: str) -> Act:
    if ":" in s:
        n, v = s.split(":", 1)
        try:
            return (n, float(v))
        except ValueError:
            return (n, None)
    return (s, None)


_GRADIENT_NAME = re.compile(r"^(?:d[A-Z]|d_|delta|grad|err(?:or)?s?(?:_|$)|dout|dy$|dh)")


def _gradient(node) -> bool:
    """`dZ2`, `dA_prev`, `delta`, `grad_out`, `grads["dZ1"]`: a backpropagated gradient, not data."""
    node = operand_core(node)
    if isinstance(node, cst.Subscript):
        k = _dict_key(node)
        return k is not None and _GRADIENT_NAME.match(k) is not None
    name = dotted(node)
    return name is not None and _GRADIENT_NAME.match(name.split(".")[-1]) is not None


def _parameter_update(target) -> bool:
    """`params[key] -= ...`, `self.weights[i] -= ...`, `b1 -= ...`: in-place steps on parameters."""
    from .vocab.roles import BIAS, WEIGHT, role_of_name

    if isinstance(target, cst.Subscript):
        return True
    name = dotted(target)
    return name is not None and role_of_name(name.split(".")[-1]) in (WEIGHT, BIAS)


def _weightish(name: str) -> bool:
    from .vocab.roles import WEIGHT, role_of_name

    return role_of_name(name) == WEIGHT

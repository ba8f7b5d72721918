"""Recognise activation functions in every framework's spelling (on the standard `ast` tree).

The names and families live in `init_lint.vocab.act_names` (shared with the cheap prefilter); here they are
recognised in call expressions, references (`activation=tf.nn.relu`, `"relu"`) and the two hand-written
NumPy idioms (`1 / (1 + np.exp(-z))`, `z * (z > 0)`).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Optional, Tuple

from ..vocab.act_names import RELU_FAMILY, TANH_FAMILY, canonical_act, family  # noqa: F401 - re-exported
from .astutil import arg, arg_values, first_arg_value, string_value

if TYPE_CHECKING:  # only for annotations: the evaluator imports nothing from here
    from .evaluator import Evaluator

__all__ = ["Act", "RELU_FAMILY", "TANH_FAMILY", "canonical_act", "family", "act_from_string", "act_from_reference",
           "act_module", "act_class_reference", "act_call", "sigmoid_expression", "relu_mask_expression", "call_arg_values",
           "call_arg_count"]

_FUNCTION_MODULES = ("torch.nn.functional.", "torch.", "jax.nn.", "flax.linen.", "flax.linen.activation.",
                     "keras.activations.", "keras.ops.", "keras.ops.nn.", "tensorflow.nn.", "tensorflow.math.",
                     "tensorflow.", "numpy.", "jax.numpy.", "scipy.special.", "haiku.", "math.", "torch.special.")

# a framework's root module: its functions are activations only under the qualified names above
_FRAMEWORK_ROOTS = ("torch.", "tensorflow.", "keras.", "jax.", "flax.", "haiku.", "numpy.", "scipy.", "math.",
                    "mxnet.", "paddle.", "chainer.", "theano.", "cupy.")

_MODULE_CLASSES = {
    "ReLU": "relu", "LeakyReLU": "leaky_relu", "ReLU6": "relu6", "PReLU": "prelu", "ELU": "elu", "RReLU": "rrelu",
    "CELU": "celu", "SELU": "selu", "GELU": "gelu", "SiLU": "silu", "Mish": "mish", "Tanh": "tanh",
    "Sigmoid": "sigmoid", "Hardtanh": "hardtanh", "Softsign": "softsign", "Softplus": "softplus",
    "Softmax": "softmax", "LogSoftmax": "softmax", "Hardswish": "hardswish", "Hardsigmoid": "hard_sigmoid",
    "QuickGELU": "gelu", "Swish": "swish", "GLU": "glu",
}
_CLASS_MODULES = ("torch.nn.", "keras.layers.", "flax.linen.", "haiku.")

Act = Tuple[str, Optional[float]]  # (name, slope for leaky relu)


# ---------------------------------------------------------------- call arguments in source order


# libcst's `[a.value for a in call.args]`: one list in source order (astutil holds the one implementation)
call_arg_values = arg_values


def call_arg_count(call: ast.Call) -> int:
    """Number of arguments of every kind (libcst's `len(call.args)`)."""
    return len(call.args) + len(call.keywords)


# ---------------------------------------------------------------- references


def act_from_string(node: Optional[ast.AST]) -> Optional[Act]:
    s = string_value(node)
    if s is None:
        return None
    c = canonical_act(s)
    return (c, 0.3 if c == "leaky_relu" else None) if c else None


def act_from_reference(ev: "Evaluator", node: Optional[ast.AST]) -> Optional[Act]:
    """`activation=tf.nn.relu`, `activation="relu"`, `nn.relu` in a Sequential list."""
    a = act_from_string(node)
    if a is not None:
        return a
    if isinstance(node, (ast.Name, ast.Attribute)):
        q = ev.qname(node)
        if q is None:
            return None
        if isinstance(node, ast.Name) and "." not in q and canonical_act(q) is None:
            # activation = "sigmoid" at module level, then activation=activation (asked only of a name that is
            # no activation itself: the module's strings are collected on the first such question)
            text = ev.module_string(node)
            if text is not None:
                c = canonical_act(text)
                return (c, 0.3 if c == "leaky_relu" else None) if c else None
        for prefix in (_FUNCTION_MODULES if q.startswith(_FUNCTION_MODULES) else ()):
            if q.startswith(prefix):
                c = canonical_act(q[len(prefix):])
                if c:
                    return (c, 0.01 if c == "leaky_relu" else None)
        if ".stax." in q:  # jax stax's activation layers, named uncalled in stax.serial(Dense(512), Relu, ...)
            c = canonical_act(q.rsplit(".", 1)[-1])
            if c:
                return (c, 0.01 if c == "leaky_relu" else None)
        if "." not in q:
            c = canonical_act(q)
            if c:
                return (c, 0.01 if c == "leaky_relu" else None)
        if isinstance(node, ast.Name) and not q.startswith(_FRAMEWORK_ROOTS) and q.rsplit(".", 1)[-1] == node.id:
            # `from tf_plus import relu` (a project's module re-exporting the framework's): a function imported
            # under an activation's own name is that activation
            c = canonical_act(node.id)
            if c:
                return (c, 0.01 if c == "leaky_relu" else None)
    if isinstance(node, ast.Subscript):
        picked = ev.module_dict_item(node)  # activation=neurons[neuron]: the entry of a module-level dict
        return act_from_reference(ev, picked) if picked is not None and not isinstance(picked, ast.Subscript) else None
    if isinstance(node, ast.Call):
        if ev.qname(node.func) == "functools.partial" and node.args:
            # functools.partial(jax.nn.leaky_relu, negative_slope=0.2): the activation, with the slope it fixes
            inner = act_from_reference(ev, node.args[0])
            if inner is not None and inner[0] == "leaky_relu":
                slope = next((ev.number(k.value) for k in node.keywords if k.arg in ("negative_slope", "alpha")), None)
                return ("leaky_relu", slope if slope is not None else inner[1])
            return inner
        return act_module(ev, node)
    return None


def act_module(ev: "Evaluator", call: ast.Call) -> Optional[Act]:
    """An activation module constructor: nn.ReLU(), LeakyReLU(0.2), Activation("relu")."""
    q = ev.qname(call.func)
    if q is None:
        return None
    last = q.rsplit(".", 1)[-1]
    if last == "Activation":
        return act_from_reference(ev, arg(call, 0, "activation"))
    if last in _MODULE_CLASSES and (q.startswith(_CLASS_MODULES) or "." not in q):
        name = _MODULE_CLASSES[last]
        slope: Optional[float] = None
        if name == "leaky_relu":
            s = arg(call, 0, "negative_slope", "alpha")
            slope = ev.number(s) if s is not None else (0.01 if q.startswith("torch") else 0.3)
        return (name, slope)
    return None


# ---------------------------------------------------------------- applications


def act_call(ev: "Evaluator", call: ast.Call) -> Optional[Tuple[Act, Optional[ast.expr]]]:
    """An activation applied to a value: (act, the input expression)."""
    func = call.func
    q = ev.qname(func)
    if q is not None:
        for prefix in (_FUNCTION_MODULES if q.startswith(_FUNCTION_MODULES) else ()):
            if q.startswith(prefix):
                rest = q[len(prefix):]
                c = canonical_act(rest)
                if c == "linear" and call_arg_count(call) >= 2:
                    c = None  # F.linear(x, W, b): a product with a weight (keras.activations.linear(x) is the identity)
                if c:
                    slope: Optional[float] = None
                    if c == "leaky_relu":
                        s = arg(call, 1, "negative_slope", "alpha")
                        slope = ev.number(s) if s is not None else 0.01
                    return (c, slope), arg(call, 0, "input", "x", "features")
                if rest in ("maximum", "max") and call_arg_count(call) == 2:
                    a, b = call_arg_values(call)
                    # (`torch.max(x, 1)` is a reduction over a dim: for `max`, only a zero tensor is the other
                    # operand of an elementwise maximum, `torch.max(torch.tensor(0.0), s)`)
                    if _zero_tensor(ev, a) or rest == "maximum" and ev.number(a) == 0:
                        return ("relu", None), b
                    if _zero_tensor(ev, b) or rest == "maximum" and ev.number(b) == 0:
                        return ("relu", None), a
                    for scaled, x in ((a, b), (b, a)) if rest == "maximum" else ():
                        # tf.maximum(alpha * x, x): leaky ReLU (TF1 DCGANs' `lrelu`), slope alpha
                        if isinstance(scaled, ast.BinOp) and isinstance(scaled.op, ast.Mult):
                            for k, y in ((scaled.left, scaled.right), (scaled.right, scaled.left)):
                                slope = ev.number(k)
                                if ast.dump(y) == ast.dump(x) and (slope is None and not isinstance(k, ast.Constant)
                                                                   or slope is not None and 0 <= slope < 1):
                                    return ("leaky_relu", slope), x
                if rest == "where" and call_arg_count(call) == 3:
                    values = call_arg_values(call)
                    if ev.number(values[2]) == 0:
                        return ("relu", None), values[1]
                if rest in ("clip", "clamp") and ev.number(arg(call, 1, "min", "a_min")) == 0 \
                        and arg(call, 2, "max", "a_max") is None:
                    return ("relu", None), arg(call, 0, "input", "x", "features")
        if "." not in q:
            c = canonical_act(q)
            # a user-defined relu()/sigmoid() helper, as in course code (a `linear()` is a layer)
            if c and c != "linear":
                return (c, 0.01 if c == "leaky_relu" else None), arg(call, 0, "input", "x", "features")
    if isinstance(func, ast.Attribute):
        method = func.attr
        c = canonical_act(method)
        n_args = call_arg_count(call)
        if c and not n_args:
            return (c, None), func.value
        if method in ("clamp", "clamp_", "clip") and ev.number(arg(call, 0, "min")) == 0 and n_args == 1:
            return ("relu", None), func.value
        if method == "clamp_min" and n_args and ev.number(first_arg_value(call)) == 0:
            return ("relu", None), func.value
        if c and c != "linear" and n_args == 1 and not call.keywords and q is not None \
                and not q.startswith(_FRAMEWORK_ROOTS) and type(func.value) is ast.Name \
                and func.value.id in ev.imports.names:
            # MewralNet.sigmoid(z), utils.relu(z): a from-scratch activation helper of the user's own code,
            # reached through a class or a module they import (a framework's is known by its qualified name
            # above; `self.relu(x)` is a layer or method the dataflow follows)
            return (c, 0.01 if c == "leaky_relu" else None), first_arg_value(call)
    return None


def _zero_tensor(ev: "Evaluator", node: ast.expr) -> bool:
    """`torch.tensor(0.0)`, `torch.zeros_like(x)`, `torch.zeros(1)`: a tensor of zeros written as one."""
    if not isinstance(node, ast.Call):
        return False
    last = (ev.qname(node.func) or "").rsplit(".", 1)[-1]
    if last in ("tensor", "as_tensor", "constant", "convert_to_tensor", "array", "asarray"):
        return len(node.args) >= 1 and ev.number(node.args[0]) == 0
    return last in ("zeros_like", "zeros")


def sigmoid_expression(ev: "Evaluator", node: ast.AST) -> Optional[ast.expr]:
    """`1 / (1 + np.exp(-z))` (or `np.exp(-1 * z)`) is sigmoid: return z."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and ev.number(node.left) == 1:
        den = node.right
        if isinstance(den, ast.BinOp) and isinstance(den.op, ast.Add):
            for one, other in ((den.left, den.right), (den.right, den.left)):
                if ev.number(one) == 1 and isinstance(other, ast.Call):
                    q = ev.qname(other.func)
                    if q and q.endswith(".exp") and (other.args or other.keywords):
                        inner = first_arg_value(other)
                        if isinstance(inner, ast.UnaryOp) and isinstance(inner.op, ast.USub):
                            return inner.operand
                        if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Mult):
                            # np.exp(-1 * z), np.exp(z * -1)
                            for k, z in ((inner.left, inner.right), (inner.right, inner.left)):
                                if ev.number(k) == -1:
                                    return z
    return None


def relu_mask_expression(node: ast.AST) -> Optional[ast.expr]:
    """`z * (z > 0)` is ReLU: return z."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for val, mask in ((node.left, node.right), (node.right, node.left)):
            if isinstance(mask, ast.Compare) and len(mask.ops) == 1 and isinstance(mask.ops[0], ast.Gt) \
                    and isinstance(val, ast.Name) and isinstance(mask.left, ast.Name) and mask.left.id == val.id:
                return val
    return None


def act_class_reference(ev: "Evaluator", node: Optional[ast.AST]) -> Optional[Act]:
    """An activation module class named without calling it (`act_layer=nn.ReLU`), as if constructed with
    its defaults."""
    if not isinstance(node, (ast.Name, ast.Attribute)):
        return None
    q = ev.qname(node)
    if q is None:
        return None
    last = q.rsplit(".", 1)[-1]
    if last in _MODULE_CLASSES and (q.startswith(_CLASS_MODULES) or "." not in q):
        name = _MODULE_CLASSES[last]
        return (name, (0.01 if q.startswith("torch") else 0.3) if name == "leaky_relu" else None)
    return None

"""Recognise activation functions in every framework's spelling."""

from __future__ import annotations

from typing import Optional, Tuple

import libcst as cst

from .vocab.act_names import RELU_FAMILY, TANH_FAMILY, canonical_act, family  # noqa: F401 - re-exported
from .dist import arg, string_value

_FUNCTION_MODULES = ("torch.nn.functional.", "torch.", "jax.nn.", "flax.linen.", "flax.linen.activation.",
                     "keras.activations.", "tensorflow.nn.", "tensorflow.math.", "tensorflow.", "numpy.",
                     "jax.numpy.", "scipy.special.", "haiku.", "math.", "torch.special.")

_MODULE_CLASSES = {
    "ReLU": "relu", "LeakyReLU": "leaky_relu", "ReLU6": "relu6", "PReLU": "prelu", "ELU": "elu", "RReLU": "rrelu",
    "CELU": "celu", "SELU": "selu", "GELU": "gelu", "SiLU": "silu", "Mish": "mish", "Tanh": "tanh",
    "Sigmoid": "sigmoid", "Hardtanh": "hardtanh", "Softsign": "softsign", "Softplus": "softplus",
    "Softmax": "softmax", "LogSoftmax": "softmax", "Hardswish": "hardswish", "Hardsigmoid": "hard_sigmoid",
    "QuickGELU": "gelu", "Swish": "swish", "GLU": "glu",
}
_CLASS_MODULES = ("torch.nn.", "keras.layers.", "flax.linen.", "haiku.")

Act = Tuple[str, Optional[float]]  # (name, slope for leaky relu)


def act_from_string(node) -> Optional[Act]:
    s = string_value(node)
    if s is None:
        return None
    c = canonical_act(s)
    return (c, 0.3 if c == "leaky_relu" else None) if c else None


def act_from_reference(ev, node) -> Optional[Act]:
    """`activation=tf.nn.relu`, `activation="relu"`, `nn.relu` in a Sequential list."""
    a = act_from_string(node)
    if a is not None:
        return a
    if isinstance(node, (cst.Name, cst.Attribute)):
        q = ev.qname(node)
        if q is None:
            return None
        for prefix in _FUNCTION_MODULES:
            if q.startswith(prefix):
                c = canonical_act(q[len(prefix):])
                if c:
                    return (c, 0.01 if c == "leaky_relu" else None)
        if "." not in q:
            c = canonical_act(q)
            if c:
                return (c, 0.01 if c == "leaky_relu" else None)
    if isinstance(node, cst.Call):
        return act_module(ev, node)
    return None


def act_module(ev, call: cst.Call) -> Optional[Act]:
    """An activation module constructor: nn.ReLU(), LeakyReLU(0.2), Activation("relu")."""
    q = ev.qname(call.func)
    if q is None:
        return None
    last = q.rsplit(".", 1)[-1]
    if last == "Activation":
        return act_from_reference(ev, arg(call, 0, "activation"))
    if last in _MODULE_CLASSES and (q.startswith(_CLASS_MODULES) or "." not in q):
        name = _MODULE_CLASSES[last]
        slope = None
        if name == "leaky_relu":
            s = arg(call, 0, "negative_slope", "alpha")
            slope = ev.number(s) if s is not None else (0.01 if q.startswith("torch") else 0.3)
        return (name, slope)
    return None


def act_call(ev, call: cst.Call) -> Optional[Tuple[Act, Optional[cst.BaseExpression]]]:
    """An activation applied to a value: (act, the input expression)."""
    func = call.func
    q = ev.qname(func)
    first = arg(call, 0, "input", "x", "features")
    if q is not None:
        for prefix in _FUNCTION_MODULES:
            if q.startswith(prefix):
                rest = q[len(prefix):]
                c = canonical_act(rest)
                if c:
                    slope = None
                    if c == "leaky_relu":
                        s = arg(call, 1, "negative_slope", "alpha")
                        slope = ev.number(s) if s is not None else 0.01
                    return (c, slope), first
                if rest == "maximum" and len(call.args) == 2:
                    a, b = call.args[0].value, call.args[1].value
                    if ev.number(a) == 0:
                        return ("relu", None), b
                    if ev.number(b) == 0:
                        return ("relu", None), a
                if rest == "where" and len(call.args) == 3 and ev.number(call.args[2].value) == 0:
                    return ("relu", None), call.args[1].value
                if rest in ("clip", "clamp") and ev.number(arg(call, 1, "min", "a_min")) == 0 \
                        and arg(call, 2, "max", "a_max") is None:
                    return ("relu", None), first
        if "." not in q:
            c = canonical_act(q)
            if c and c != "linear":  # a user-defined relu()/sigmoid() helper, as in course code (a `linear()` is a layer)
                return (c, 0.01 if c == "leaky_relu" else None), first
    if isinstance(func, cst.Attribute):
        method = func.attr.value
        c = canonical_act(method)
        if c and not call.args:
            return (c, None), func.value
        if method in ("clamp", "clamp_", "clip") and ev.number(arg(call, 0, "min")) == 0 and len(call.args) == 1:
            return ("relu", None), func.value
        if method == "clamp_min" and call.args and ev.number(call.args[0].value) == 0:
            return ("relu", None), func.value
    return None


def sigmoid_expression(ev, node) -> Optional[cst.BaseExpression]:
    """`1 / (1 + np.exp(-z))` is sigmoid: return z."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Divide) and ev.number(node.left) == 1:
        den = node.right
        if isinstance(den, cst.BinaryOperation) and isinstance(den.operator, cst.Add):
            for one, other in ((den.left, den.right), (den.right, den.left)):
                if ev.number(one) == 1 and isinstance(other, cst.Call):
                    q = ev.qname(other.func)
                    if q and q.endswith(".exp") and other.args:
                        inner = other.args[0].value
                        if isinstance(inner, cst.UnaryOperation) and isinstance(inner.operator, cst.Minus):
                            return inner.expression
    return None


def relu_mask_expression(node) -> Optional[cst.BaseExpression]:
    """`z * (z > 0)` is ReLU: return z."""
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Multiply):
        for val, mask in ((node.left, node.right), (node.right, node.left)):
            if isinstance(mask, cst.Comparison) and len(mask.comparisons) == 1 \
                    and isinstance(mask.comparisons[0].operator, cst.GreaterThan) \
                    and isinstance(val, cst.Name) and isinstance(mask.left, cst.Name) and mask.left.value == val.value:
                return val
    return None

"""Shared logic of the init/activation pairing rules INI101-INI103."""

from __future__ import annotations

from typing import Optional

import libcst as cst

from ..activations import family
from ..context import Context, Pairing
from ..dist import string_value
from ..finding import Fix
from ..model import Site
from .fixes import replace_node


def paired(site: Site, ctx: Context) -> Optional[Pairing]:
    d = site.dist
    # an initializer of a named family, or a draw scaled by a variance-preserving formula of the fan-in
    # (`randn(n, m) * np.sqrt(2 / n)`, `normal_(w, std=math.sqrt(1 / fan_in))`)
    if d.kind not in ("family", "normal", "uniform") or d.family not in ("xavier", "lecun", "he") \
            or not ctx.is_weight(site):
        return None
    if d.default and not ctx.options.strict_defaults:
        return None
    if ctx.overwritten(site):
        return None
    return ctx.pairing(site)


_SCALE_TEXT = {"he": "the He scale sqrt(2 / fan_in)", "lecun": "the LeCun/Xavier scale sqrt(1 / fan_in)",
               "xavier": "the Glorot scale sqrt(2 / (fan_in + fan_out))"}


def init_text(d) -> str:
    """What the user chose: `nn.init.xavier_uniform_`, or `np.random.randn scaled by the He scale ...`."""
    if d.kind == "family":
        return d.api
    return f"{d.api} scaled by {_SCALE_TEXT.get(d.family, 'a fan-in formula')}"


def act_text(p: Pairing) -> str:
    name, slope = p.act
    return f"{name}({slope:g})" if name == "leaky_relu" and slope is not None else name


def where(ctx: Context, p: Pairing) -> str:
    line = ctx.line_of(p.act_node)
    return f" (line {line})" if line else ""


_SWAP_STRINGS = {
    "relu": {"glorot_uniform": "he_uniform", "glorot_normal": "he_normal", "xavier_uniform": "he_uniform",
             "xavier_normal": "he_normal", "lecun_uniform": "he_uniform", "lecun_normal": "he_normal"},
    "tanh": {"he_uniform": "glorot_uniform", "he_normal": "glorot_normal", "kaiming_uniform": "glorot_uniform",
             "kaiming_normal": "glorot_normal"},
}
_SWAP_NAMES = {
    "relu": {"xavier_uniform_": "kaiming_uniform_", "xavier_normal_": "kaiming_normal_", "xavier_uniform": "kaiming_uniform",
             "xavier_normal": "kaiming_normal", "glorot_uniform": "he_uniform", "glorot_normal": "he_normal",
             "GlorotUniform": "HeUniform", "GlorotNormal": "HeNormal", "lecun_normal": "he_normal",
             "lecun_uniform": "he_uniform", "LecunNormal": "HeNormal", "LecunUniform": "HeUniform",
             "glorot_uniform_initializer": "he_uniform", "xavier_initializer": "variance_scaling_initializer"},
    "tanh": {"kaiming_uniform_": "xavier_uniform_", "kaiming_normal_": "xavier_normal_", "kaiming_uniform": "xavier_uniform",
             "kaiming_normal": "xavier_normal", "he_uniform": "glorot_uniform", "he_normal": "glorot_normal",
             "HeUniform": "GlorotUniform", "HeNormal": "GlorotNormal"},
}
_DROP_KW = {"relu": {"gain"}, "tanh": {"a", "mode", "nonlinearity"}}


def swap_fix(ctx: Context, site: Site, to: str) -> Optional[Fix]:
    """Swap the initializer family for the activation (`to` is "relu" or "tanh")."""
    node = site.dist.node
    if isinstance(node, cst.Arg):
        node = node.value
    s = string_value(node)
    if s is not None:
        new = _SWAP_STRINGS[to].get(s.lower())
        if new is None:
            return None
        quote = node.value[0] if isinstance(node, cst.SimpleString) else '"'
        return replace_node(ctx, node, cst.SimpleString(f"{quote}{new}{quote}"))
    if not isinstance(node, cst.Call):
        return None
    func = node.func
    last = func.attr.value if isinstance(func, cst.Attribute) else (func.value if isinstance(func, cst.Name) else None)
    new_name = _SWAP_NAMES[to].get(last or "")
    if new_name is None or new_name == "variance_scaling_initializer":
        return None
    if site.dist.framework != "torch" and new_name.startswith("kaiming_"):
        new_name = "he_" + new_name[len("kaiming_"):]  # JAX/Keras spell He as he_uniform / he_normal
    new_func = func.with_changes(attr=cst.Name(new_name)) if isinstance(func, cst.Attribute) else cst.Name(new_name)
    args = [a for a in node.args if not (a.keyword is not None and a.keyword.value in _DROP_KW[to])]
    torch_style = site.dist.framework == "torch"
    if torch_style and to == "relu":
        if len([a for a in args if a.keyword is None]) > 1:
            args = args[:1] + [a for a in args[1:] if a.keyword is not None]
        args = _comma_fix(args) + [cst.Arg(value=cst.SimpleString('"relu"'), keyword=cst.Name("nonlinearity"),
                                           equal=cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                                                                 whitespace_after=cst.SimpleWhitespace("")))]
    elif torch_style and to == "tanh":
        args = args[:1] + [a for a in args[1:] if a.keyword is not None]
    args = _comma_fix(args)
    return replace_node(ctx, node, node.with_changes(func=new_func, args=args))


def _comma_fix(args):
    out = []
    for i, a in enumerate(args):
        last = i == len(args) - 1
        if last:
            out.append(a.with_changes(comma=cst.MaybeSentinel.DEFAULT))
        else:
            out.append(a.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))))
    return out


def numpy_swap_fix(ctx: Context, site: Site, numerator: str) -> Optional[Fix]:
    d = site.dist
    if d.framework != "numpy" or d.base_call is None or d.fan_in_expr is None:
        return None
    from .numpy_fix import numpy_alias

    alias, imports = numpy_alias(ctx)
    fan = ctx.m.module.code_for_node(d.fan_in_expr)
    if not isinstance(d.fan_in_expr, (cst.Name, cst.Integer, cst.Subscript, cst.Attribute, cst.Call)):
        fan = f"({fan})"
    draw = ctx.m.module.code_for_node(d.base_call)
    new = cst.parse_expression(f"{draw} * {alias}.sqrt({numerator} / {fan})")
    return replace_node(ctx, d.node, new, imports)


def family_of(p: Pairing) -> Optional[str]:
    return family(p.act[0])

"""The NumPy variance-preserving rewrite shared by INI001, INI003 and INI004."""

from __future__ import annotations

from typing import Optional

import libcst as cst

from ..activations import family
from ..context import Context
from ..finding import Fix
from ..model import Site
from .fixes import replace_node


def numpy_alias(ctx: Context) -> tuple:
    for local, full in ctx.m.imports.names.items():
        if full == "numpy":
            return local, ()
    return "np", ("import numpy as np",)


def he_or_lecun(ctx: Context, site: Site) -> Optional[str]:
    """"2" for a layer feeding the ReLU family, "1" for tanh/sigmoid, None when unknown."""
    p = ctx.pairing(site)
    if p is None:
        return None
    fam = family(p.act[0])
    return {"relu": "2", "tanh": "1"}.get(fam)


def numpy_scale_fix(ctx: Context, site: Site) -> Optional[Fix]:
    """`np.zeros((n_h, n_x))` / `np.random.randn(n_h, n_x) * 10` -> `np.random.randn(n_h, n_x) * np.sqrt(2 / n_x)`."""
    d = site.dist
    if d.framework != "numpy" or len(d.shape) != 2:
        return None
    numerator = he_or_lecun(ctx, site)
    if numerator is None:
        return None
    fan_in = d.shape[1]
    if ctx.m.ev.number(fan_in) is not None and ctx.m.ev.number(d.shape[0]) is not None:
        pass  # numeric shapes: fan-in convention unknown, still the second axis as in W @ x code
    alias, imports = numpy_alias(ctx)
    fan_code = ctx.m.module.code_for_node(fan_in)
    rows_code = ctx.m.module.code_for_node(d.shape[0])
    base = d.base_call
    if d.kind == "zeros" or base is None or ctx.m.ev.qname(base.func) not in ("numpy.random.randn",):
        draw = f"{alias}.random.randn({rows_code}, {fan_code})"
    else:
        draw = ctx.m.module.code_for_node(base)
    if isinstance(fan_in, (cst.Name, cst.Integer, cst.Subscript, cst.Attribute, cst.Call)):
        den = fan_code
    else:
        den = f"({fan_code})"
    new = cst.parse_expression(f"{draw} * {alias}.sqrt({numerator} / {den})")
    return replace_node(ctx, d.node, new, imports)

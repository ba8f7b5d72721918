"""What several rules share: how a site is named in messages, the scale the author wrote, and the pairing
logic of INI101-INI103. (The fix builders are in rules/fixes.py.)

Nothing of the semantic model is imported at module level (rule metadata must load without it);
the few semantic helpers needed at check time are imported where they are used.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, List, Optional, Sequence

from ..vocab.act_names import family

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context, Pairing
    from ..semantic.evaluator import Dist
    from ..semantic.model import Site


def fmt(x: float) -> str:
    """A number as messages show it (the evaluator's spelling)."""
    from ..semantic.evaluator import fmt as _fmt

    return _fmt(x)


def formula_on_fan_out(ctx: "Context", site: "Site") -> bool:
    """`W1 = randn(D, H) / np.sqrt(H)` used as `np.dot(X, W1)`: the formula divides by the size the file
    multiplies out (the fan-out H), not the one it sums over (the fan-in D). Not the fan-in family the formula
    spells (std 1/sqrt(H) is neither LeCun nor He for fan-in D), so no pairing rule claims one."""
    d = site.dist
    if d.fan_in_expr is None or len(d.shape) != 2 or site.layer is not None:
        return False
    import ast

    from .fixes import fan_in_axis

    axis = fan_in_axis(ctx, site)
    if axis is None:
        return False
    formula, fan_in_dim, fan_out_dim = (ast.dump(x) for x in (d.fan_in_expr, d.shape[axis], d.shape[1 - axis]))
    return formula == fan_out_dim != fan_in_dim


def fan_in(ctx: "Context", site: "Site") -> Optional[float]:
    """The site's fan-in (the largest, when calls of its helper give several)."""
    fans = fan_ins(ctx, site)
    return max(fans) if fans else None


def fan_ins(ctx: "Context", site: "Site") -> Optional[List[float]]:
    """Every fan-in the tensor is drawn with: the layer's; else, for a helper or layer class whose sizes come
    from its calls, one per call that builds a weight (`Layer_Dense(2, 64)`: 2); else its own shape's. A 2-D
    weight's fan-in is the axis the file multiplies the input along (`x @ W1` with W1 (6, 100): 6), else the
    model's guess from the shape alone. None when unknown."""
    d = site.dist
    if site.layer is not None and site.layer.in_features is not None:
        return [float(site.layer.in_features)]
    axis: Optional[int] = None
    if site.layer is None and len(d.shape) == 2 or site.dim_sets:
        from .fixes import fan_in_axis

        axis = fan_in_axis(ctx, site)
    if site.dim_sets:
        from ..vocab.roles import BIAS, NORM, role_of_name

        out: List[float] = []
        # (a class's calls are assigned to the objects they build, `best = Agent(15)`: no tensor's name)
        built = site.cls is not None and site.func is not None and site.func.name == "__init__"
        for dims, target in site.dim_sets:
            if len(dims) == 1 and built and len(d.shape) == 1 and dims[0] is not None:
                # a neuron's weight vector (`self.W = uniform(-1, 1, size=num_inputs)`, `Neuron(num_inputs=3)`):
                # each entry multiplies one input
                out.append(float(dims[0]))
                continue
            if len(dims) < 2 or target and not built and role_of_name(target.split(".")[-1]) in (BIAS, NORM):
                continue  # b1 = init_weights([M]): a bias the same helper draws
            n = dims_fan_in(dims, axis, d.framework)
            if n is not None:
                out.append(n)  # (a call whose fan-in size is unknown tells nothing: the others decide)
        return out or None
    if site.layer is None and len(site.dims) >= 2 and (None not in site.dims or axis is not None):
        n = dims_fan_in(site.dims, axis, d.framework)
        if n is not None:
            return [n]
    n = ctx.fan_in(site)
    return [n] if n is not None else None


def dims_fan_in(dims: Sequence[Optional[float]], axis: Optional[int], framework: str) -> Optional[float]:
    """The fan-in of a weight of this shape: the multiplied axis of a matrix (the larger side when unknown,
    the lenient choice); a kernel's receptive field times its input channels (TF/Keras/JAX HWIO: all but
    the last; PyTorch/NumPy OIHW: all but the first)."""
    known = dims[axis] if len(dims) == 2 and axis is not None else None
    if known is not None:
        return float(known)  # (the other side may be unknown: tf.matmul(outputs, W) with W (5, n_class))
    if any(x is None for x in dims) or len(dims) < 2:
        return None
    sizes = [float(x) for x in dims if x is not None]
    if len(sizes) == 2:
        return sizes[axis] if axis is not None else max(sizes)
    if framework in ("tf", "keras", "jax"):
        return math.prod(sizes[:-1])
    if framework in ("torch", "numpy"):
        return math.prod(sizes[1:])
    return max(sizes)


def weight_scale(site: "Site") -> Optional[float]:
    """The scale the author wrote: the std of a normal, the half-width of a centred uniform."""
    d = site.dist
    if d.kind == "normal":
        return d.std
    if d.kind == "uniform" and d.low is not None and d.high is not None and d.low < 0 < d.high:
        return max(-d.low, d.high)
    return None


# ---------------------------------------------------------------- pairing (INI101-INI103)


def paired(site: "Site", ctx: "Context") -> Optional["Pairing"]:
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


def init_text(d: "Dist") -> str:
    """What the user chose: `nn.init.xavier_uniform_`, or `np.random.randn scaled by the He scale ...`."""
    if d.kind == "family":
        return d.api
    return f"{d.api} scaled by {_SCALE_TEXT.get(d.family or '', 'a fan-in formula')}"


def family_of(p: "Pairing") -> Optional[str]:
    return family(p.act[0])

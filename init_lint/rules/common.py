"""What several rules share: how a site is named in messages, the scale the author wrote, and the pairing
logic of INI101-INI103. (The fix builders are in rules/fixes.py.)

Nothing of the semantic model is imported at module level (rule metadata must load without it);
the few semantic helpers needed at check time are imported where they are used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..vocab.act_names import family

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context, Pairing
    from ..semantic.evaluator import Dist
    from ..semantic.model import Site


def fmt(x: float) -> str:
    """A number as messages show it (the evaluator's spelling)."""
    from ..semantic.evaluator import fmt as _fmt

    return _fmt(x)


def fan_in(ctx: "Context", site: "Site") -> Optional[float]:
    """The site's fan-in: the layer's, else the axis of its 2-D shape the file multiplies the input along
    (`x @ W1` with W1 (6, 100): 6), else the model's guess from the shape alone."""
    d = site.dist
    if site.layer is None and len(d.shape) == 2:
        from .fixes import fan_in_axis

        axis = fan_in_axis(ctx, site)
        n = ctx.m.ev.number(d.shape[axis]) if axis is not None else None
        if n is not None:
            return n
    return ctx.fan_in(site)


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

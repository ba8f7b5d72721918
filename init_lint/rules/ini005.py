"""INI005: weights drawn from a positive-only, non-centred distribution."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Optional

from .base import Example, Rule, Verdict
from .common import fmt
from .wording import compose, framing

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


# the share of positive weights from which a draw counts as one-signed: a normal whose mean is two stds above
# zero (97.7 %), a uniform whose range lies that much on the positive side
_ONE_SIGNED = 0.975


class NonCentredWeights(Rule):
    code = "INI005"
    priority = 40
    name = "non-centred-weights"
    checklist = "4 too large?"
    summary = "Weights are drawn from U(0, 1) or another positive-only range instead of one centred on zero."
    why = (
        "`np.random.rand`, `torch.rand`, `nn.init.uniform_(w)` (default range 0..1), `RandomUniform(0, 1)`, "
        "TF1 `tf.random_uniform_initializer()` and flax `initializers.uniform(scale)` all sample in [0, high): every "
        "weight is positive with mean high/2. With n inputs the pre-activation mean grows like n x high/2 x E[x] "
        "(784 inputs in [0, 1]: about 196), so tanh/sigmoid units saturate at once and ReLU outputs explode; all "
        "units also share the same large positive mean, which acts like a constant init."
    )
    fix_advice = "Centre the range and scale it to the fan-in: `np.random.uniform(-limit, limit, size)` with `limit = np.sqrt(6 / (n_in + n_out))` (Glorot) or `np.sqrt(6 / n_in)` (He), or a named initializer."
    references = ("Glorot & Bengio (AISTATS 2010)", "He et al., Delving Deep into Rectifiers (ICCV 2015)")
    valid = (
        Example("import numpy as np\nlimit = np.sqrt(6 / (784 + 256))\nW1 = np.random.uniform(-limit, limit, (256, 784))\n"),
        Example("from tensorflow import keras\nlayer = keras.layers.Dense(64, kernel_initializer=keras.initializers.RandomUniform())\n"),
    )
    invalid = (
        Example("import numpy as np\nW1 = np.random.rand(256, 784)\nh = np.tanh(W1 @ x)\nW1 -= lr * np.outer(dh, x)\n", 2),
        Example("import torch.nn as nn\nfc = nn.Linear(784, 256)\nnn.init.uniform_(fc.weight)\n", 3),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.kind == "normal":
            return self._shifted_normal(site, ctx)
        known = d.low is not None and d.high is not None and d.high > d.low and (
            d.low >= 0 or d.high / (d.high - d.low) >= _ONE_SIGNED)  # (U(-3e-3, 3e3), a typo: one-signed as well)
        if d.kind != "uniform" or d.low is None or not (known or d.positive_to is not None):
            return None
        if not ctx.is_weight(site) or ctx.overwritten(site) or ctx.nonneg_by_design(site):
            return None
        f = framing(site, ctx)
        share = "all"
        if known:
            assert d.high is not None
            bounds, mean = f"U({fmt(d.low)}, {fmt(d.high)})", fmt((d.low + d.high) / 2)
            if d.low < 0:
                share = f"{100 * d.high / (d.high - d.low):.0f} %"
        else:
            bounds, mean = f"U({fmt(d.low)}, {d.positive_to})", f"{d.positive_to} / 2"
        return Verdict(
            compose(self.code, f.name, f"{bounds} is {share} positive", f.use, f.consumer),
            detail=f"{f.name} is drawn from {bounds} ({d.api}): {share} of the weights are positive, with mean {mean}, so "
                   f"every unit sums its inputs with the same sign and the pre-activations grow with the fan-in; use "
                   f"a distribution centred on zero and scaled by the fan-in: {f.use}",
        )

    def _shifted_normal(self, site: Site, ctx: Context) -> Optional[Verdict]:
        """A normal whose mean is at least twice its std above zero (`TruncatedNormal(mean=0.1, stddev=0.05)`,
        `randn(...) * 0.01 + 0.5`): 98 % of the weights or more positive, and the shared mean, not the spread,
        sets every unit's pre-activation, as with U(0, 1). (A mean given where a std was meant is INI006's; N(1, 1)
        is a large draw more than a one-signed one: INI004's.)"""
        d = site.dist
        if d.misuse is not None or d.mean is None or d.std is None or not 0 < 2 * d.std <= d.mean:
            return None
        if not ctx.is_weight(site) or ctx.overwritten(site) or ctx.nonneg_by_design(site):
            return None
        f = framing(site, ctx)
        positive = 50 * (1 + math.erf(d.mean / d.std / math.sqrt(2)))
        bounds = f"N({fmt(d.mean)}, {fmt(d.std)}**2)"
        return Verdict(
            compose(self.code, f.name, f"{bounds} is {positive:.0f} % positive", f.use, f.consumer),
            detail=f"{f.name} is drawn from {bounds} ({d.api}): its mean {fmt(d.mean)} is at least twice its std, so "
                   f"{positive:.0f} % of the weights are positive and every unit sums its inputs with mostly the same "
                   f"sign; the pre-activations grow with the fan-in. Use a distribution centred on zero and scaled by "
                   f"the fan-in: {f.use}",
        )

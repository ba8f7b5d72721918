"""INI102: He/Kaiming chosen for a layer that feeds tanh or sigmoid."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from .base import Example, Rule, Verdict
from .common import family_of, formula_off_fan_in, formula_on_fan_out, init_text, paired
from .wording import advice, but_feeds, compose, extras_text, short_init, target
from .fixes import numpy_swap_fix, swap_fix

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class HeBeforeTanh(Rule):
    code = "INI102"
    priority = 90
    name = "he-before-tanh"
    checklist = "pairing"
    summary = "A He/Kaiming initializer feeds a hidden tanh or sigmoid, so pre-activations are too large and saturate."
    why = (
        "He init sets Var(W) = 2 / fan_in to make up for ReLU discarding half the signal. tanh discards nothing, so "
        "the stack runs hot: the pre-activation std settles near 0.79 instead of shrinking towards the linear regime, "
        "the mean tanh slope drops to 0.69 (0.95 under Xavier) and the backward gain per layer is "
        "chi = 2 E[tanh'(z)^2] = 1.11 > 1, so gradients grow x1.11 per layer (x2.8 over 10 layers, x7.6 over 20): "
        "the chaotic phase of mean-field theory. Xavier/Glorot (Var(W) = 1 / fan_in for a square layer) keeps "
        "chi = 1.0. Sigmoid is worse still: its slope is at most 1/4. Only hidden activations count: a final sigmoid "
        "output link is not paired."
    )
    fix_advice = "Use `xavier_uniform_` / `xavier_normal_`, `\"glorot_uniform\"`, NumPy `* np.sqrt(1 / n_in)`. `--fix` swaps the family."
    references = ("Glorot & Bengio (AISTATS 2010)", "He et al. (ICCV 2015)")
    fixable = True
    valid = (
        Example("import torch.nn as nn\n\nclass Policy(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.fc1 = nn.Linear(64, 64)\n        self.fc2 = nn.Linear(64, 4)\n"
                "        nn.init.xavier_uniform_(self.fc1.weight)\n\n    def forward(self, x):\n"
                "        return self.fc2(self.fc1(x).tanh())\n"),
    )
    invalid = (
        Example("import torch\nimport torch.nn as nn\n\nclass Policy(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.fc1 = nn.Linear(64, 64)\n        self.fc2 = nn.Linear(64, 4)\n"
                "        nn.init.kaiming_normal_(self.fc1.weight)\n\n    def forward(self, x):\n"
                "        return self.fc2(torch.tanh(self.fc1(x)))\n", 9),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.family != "he" or d.declared_nl not in (None,) or d.numeric_gain or formula_on_fan_out(ctx, site) \
                or formula_off_fan_in(ctx, site):
            return None
        p = paired(site, ctx)
        if p is None or family_of(p) != "tanh":
            return None
        fix = numpy_swap_fix(ctx, site, "1") if d.framework == "numpy" else swap_fix(ctx, site, "tanh")
        if p.shared:
            fix = None  # (a wrapper's init: its other instances keep what they pass)
        use = advice(site, ctx, "tanh")
        name = target(site)
        consumer, line = but_feeds(ctx, p, name)
        return Verdict(
            compose(self.code, name, short_init(d) + consumer, use, line),
            fix,
            detail=f"{name} uses {init_text(d) if d.kind != 'family' else d.api + ' (He)'}{consumer}{extras_text(line)}: "
                   f"He doubles the variance to make up for ReLU's dropped half, but tanh/sigmoid pass both signs, so "
                   f"each layer doubles the variance (2^L after L layers) and the units saturate; use Xavier/Glorot: {use}",
        )

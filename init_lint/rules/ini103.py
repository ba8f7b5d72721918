"""INI103: the nonlinearity named in the initializer disagrees with the real activation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..vocab.act_names import family
from .base import Example, Rule, Verdict
from .common import paired
from .wording import act_text, advice, but_feeds, compose, extras_text, target

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class DeclaredNonlinearityMismatch(Rule):
    code = "INI103"
    priority = 70
    name = "declared-nonlinearity-mismatch"
    checklist = "pairing"
    summary = "The initializer's nonlinearity= / gain= / slope a= names an activation other than the one the layer feeds."
    why = (
        "`kaiming_normal_(w, nonlinearity=\"relu\")` computes gain sqrt(2); in front of LeakyReLU(0.2) the right gain is "
        "sqrt(2 / (1 + 0.2^2)) and the declared slope should be `a=0.2`. `nonlinearity=\"tanh\"` (gain 5/3) in front of "
        "ReLU gives Var(W) = (25/9) / fan_in instead of 2 / fan_in, so the signal's std grows x1.18 per layer "
        "(x5.2 over 10 layers); `gain=calculate_gain(\"relu\")` in front of tanh gives it the He variance, and "
        "the backward gain per layer becomes 1.11 instead of 1.0 (gradients x2.8 over 10 layers). The declared and real activations drifted apart (usually after an "
        "activation was changed). A bare numeric gain such as `orthogonal_(w, np.sqrt(2))` is a tuning choice "
        "and never reported."
    )
    fix_advice = "Make the declaration match: `kaiming_normal_(w, a=0.2, nonlinearity=\"leaky_relu\")` before LeakyReLU(0.2); `nonlinearity=\"relu\"` before ReLU; `gain=calculate_gain(\"tanh\")` before tanh."
    references = ("PyTorch `torch.nn.init.calculate_gain` documentation", "He et al. (ICCV 2015)")
    valid = (
        Example("import torch.nn as nn\n\nclass D(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.fc1 = nn.Linear(784, 512)\n        self.act = nn.LeakyReLU(0.2)\n        self.fc2 = nn.Linear(512, 1)\n"
                "        nn.init.kaiming_normal_(self.fc1.weight, a=0.2, nonlinearity=\"leaky_relu\")\n\n"
                "    def forward(self, x):\n        return self.fc2(self.act(self.fc1(x)))\n"),
    )
    invalid = (
        Example("import torch.nn as nn\n\nclass D(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.fc1 = nn.Linear(784, 512)\n        self.act = nn.LeakyReLU(0.2)\n        self.fc2 = nn.Linear(512, 1)\n"
                "        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity=\"relu\")\n\n"
                "    def forward(self, x):\n        return self.fc2(self.act(self.fc1(x)))\n", 9),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        declared = d.declared_nl
        if not declared:
            return None
        p = paired(site, ctx)
        if p is None:
            return None
        real, slope = p.act
        real_fam = family(real)
        declared_fam = family(declared) if declared not in ("linear", "selu", "conv1d", "conv2d", "conv3d") else "linear"
        mismatch = False
        if declared_fam == "relu":
            if real_fam == "tanh":
                mismatch = True
            elif real_fam == "relu":
                declared_slope = d.declared_slope or 0.0 if declared == "leaky_relu" else 0.0
                real_slope = slope if (real == "leaky_relu" and slope is not None) else 0.0
                mismatch = abs(declared_slope - real_slope) >= 0.1
        elif declared_fam in ("tanh", "linear"):
            if real_fam == "relu":
                mismatch = True
            elif real_fam == "tanh" and declared_fam == "tanh" and declared != real:
                mismatch = {declared, real} == {"tanh", "sigmoid"}
        if not mismatch:
            return None
        decl = f'nonlinearity="{declared}"' if declared != "leaky_relu" or d.declared_slope is None else f'nonlinearity="leaky_relu", a={d.declared_slope:g}'
        if d.framework != "torch" and declared == "leaky_relu" and d.declared_slope is not None:
            decl = f"the leaky_relu(a={d.declared_slope:g}) He scale 2 / (1 + a ** 2)"  # variance_scaling written out
        name = target(site)
        consumer, line = but_feeds(ctx, p, name)
        short = f"{declared}(a={d.declared_slope:g})" if declared == "leaky_relu" and d.declared_slope is not None \
            else declared
        if d.framework == "torch" and d.family != "he":
            # xavier_uniform_(w, gain=calculate_gain("tanh")), orthogonal_(w, calculate_gain("tanh")): the gain
            # names the activation
            slope_arg = f", {slope:g}" if real == "leaky_relu" and slope is not None else ""
            decl = f'gain=calculate_gain("{declared}")'
            use = f'use gain=nn.init.calculate_gain("{real}"{slope_arg})'
        elif d.framework == "torch":
            use = f'declare nonlinearity="{real}"' + (f", a={slope:g}" if real == "leaky_relu" and slope is not None else "")
        else:
            use = advice(site, ctx, real_fam)
        return Verdict(
            compose(self.code, name, f"declares {short}{consumer}", use, line),
            detail=f"{name} declares {decl} in {d.api}{consumer}{extras_text(line)}: the gain is computed for "
                   f"the declared activation, not the real {act_text(p)}, so each layer scales the activation variance by "
                   f"the ratio of the two gains; declare the activation the layer really uses: {use}",
        )

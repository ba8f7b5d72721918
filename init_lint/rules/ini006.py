"""INI006: a positional argument means something else than the author thought."""

from __future__ import annotations

from typing import Optional

from ..context import Context
from ..model import Site
from .base import Example, Rule, Verdict
from .fixes import replace_node


class PositionalMisuse(Rule):
    code = "INI006"
    name = "positional-argument-misuse"
    checklist = "3/4 too small? too large?"
    summary = "A positional argument sets the mean, loc or lower bound, not the scale the author meant."
    why = (
        "`nn.init.normal_(w, 0.02)` reads like \"std 0.02\" but its second parameter is the **mean**: the weights "
        "are drawn from N(0.02, 1). With 512 inputs the pre-activations then have variance 512 x 1 = 512 "
        "(std about 23) instead of about 0.2, and every unit also gets the same +0.02 offset. The same trap: "
        "`w.data.normal_(0.02)`, `nn.init.uniform_(w, 0.1)` (samples U(0.1, 1): all positive, mean 0.55), "
        "Keras `RandomNormal(0.02)` and TF1 `tf.random_normal_initializer(0.02)` (mean), "
        "`np.random.normal(0.01, size=s)` (loc) and `np.random.normal((784, 100))` (the shape becomes the mean "
        "and a single number is drawn)."
    )
    fix_advice = "Name the argument: `std=0.02`, `stddev=0.02`, `scale=0.01`, `size=(784, 100)`, or give both bounds `(-0.1, 0.1)`. `--fix` does this."
    options_doc = "None."
    references = (
        "PyTorch `torch.nn.init.normal_(tensor, mean=0.0, std=1.0)` signature",
        "NumPy `numpy.random.normal(loc=0.0, scale=1.0, size=None)` signature",
    )
    fixable = True
    valid = (
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, std=0.02)\n"),
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, 0.0, 0.02)\n"),
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.uniform_(layer.weight, -0.1, 0.1)\n"),
    )
    invalid = (
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, 0.02)\n", 3),
        Example("import numpy as np\nW1 = np.random.normal(0.01, size=(256, 784))\n", 2),
        Example("from tensorflow import keras\nlayer = keras.layers.Dense(64, kernel_initializer=keras.initializers.RandomNormal(0.02))\n", 2),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if not d.misuse or not ctx.is_weight(site) or ctx.overwritten(site):
            return None
        fix = replace_node(ctx, d.node, d.misuse_fix) if d.misuse_fix is not None else None
        intended = fix.replacement if fix else "a keyword argument"
        return Verdict(f"{_target(site)} is initialised by {d.api} which {d.misuse}; write {intended}", fix)


def _target(site: Site) -> str:
    return site.target_text if not site.keyword else f"{site.keyword}"

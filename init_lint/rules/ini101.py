"""INI101: Xavier/Glorot (or the 1/fan_in scale written out) chosen for a layer that feeds the ReLU family."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Optional

from .base import Example, Rule, Verdict
from .common import family_of, formula_off_fan_in, formula_on_fan_out, init_text, paired
from .wording import advice, but_feeds, compose, extras_text, short_init, target
from .fixes import numpy_swap_fix, swap_fix

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class XavierBeforeRelu(Rule):
    code = "INI101"
    priority = 80
    name = "xavier-before-relu"
    checklist = "pairing"
    summary = "A Xavier/Glorot initializer (or the 1/fan_in scale written out) feeds a ReLU-family activation, so the signal shrinks layer by layer."
    why = (
        "ReLU zeroes half of its inputs, halving the second moment: E[relu(y)^2] = Var(y) / 2. Xavier/LeCun keep "
        "Var(y) = Var(x) only for a linear/tanh unit, so under ReLU each layer multiplies the signal's variance by "
        "1/2 (std x0.71): after 10 layers the activations are ~0.03 of the input and the first layers barely learn. "
        "He init (std sqrt(2 / fan_in)) doubles the variance to compensate. GELU/SiLU/Swish/Mish are not paired "
        "(Xavier + GELU is standard in transformers), and an explicit `gain=calculate_gain(\"relu\")` is correct. A norm "
        "layer between the layer and its activation (conv -> BatchNorm -> ReLU) leaves the ReLU the layer's consumer: "
        "the norm resets the scale for the next layer, but He is still the init that matches the activation; so does a "
        "residual add before the ReLU (a post-activation ResNet block, relu(bn(conv(x)) + shortcut)), where He is what "
        "the ResNet paper uses for every conv. The scale 1/fan_in written out (`* np.sqrt(1 / n_prev)`, what courses "
        "call Xavier) is paired too; a named LeCun initializer (`\"lecun_normal\"`, SELU's init and Flax's default) is "
        "not a Glorot choice, nor is `VarianceScaling()` at its defaults: both are reported only under `strict-defaults`."
    )
    fix_advice = "Use `kaiming_uniform_(w, nonlinearity=\"relu\")` / `kaiming_normal_`, `\"he_uniform\"` / `\"he_normal\"`, flax `he_uniform()`, NumPy `* np.sqrt(2 / n_in)`. `--fix` swaps the family."
    options_doc = "`strict-defaults` (flake8 `--init-lint-strict-defaults`): also report framework defaults (Keras Glorot, PyTorch `kaiming_uniform_(a=sqrt(5))`, Flax `lecun_normal`) in front of ReLU."
    references = ("He et al., Delving Deep into Rectifiers (ICCV 2015)", "Glorot & Bengio (AISTATS 2010)")
    fixable = True
    valid = (
        Example("import torch.nn as nn\nimport torch.nn.functional as F\n\nclass MLP(nn.Module):\n    def __init__(self):\n"
                "        super().__init__()\n        self.fc1 = nn.Linear(784, 256)\n        self.fc2 = nn.Linear(256, 10)\n"
                "        nn.init.kaiming_uniform_(self.fc1.weight, nonlinearity=\"relu\")\n\n    def forward(self, x):\n"
                "        return self.fc2(F.relu(self.fc1(x)))\n"),
        Example("import torch.nn as nn\n\nclass Block(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.fc1 = nn.Linear(768, 3072)\n        self.act = nn.GELU()\n        self.fc2 = nn.Linear(3072, 768)\n"
                "        nn.init.xavier_uniform_(self.fc1.weight)\n\n    def forward(self, x):\n"
                "        return self.fc2(self.act(self.fc1(x)))\n"),
        Example("from tensorflow import keras\nmodel = keras.Sequential([\n"
                "    keras.layers.Dense(64, activation=\"relu\", kernel_initializer=\"lecun_normal\"),\n"
                "    keras.layers.Dense(10, activation=\"softmax\"),\n])\n"),
    )
    invalid = (
        Example("import torch.nn as nn\nimport torch.nn.functional as F\n\nclass MLP(nn.Module):\n    def __init__(self):\n"
                "        super().__init__()\n        self.fc1 = nn.Linear(784, 256)\n        self.fc2 = nn.Linear(256, 10)\n"
                "        nn.init.xavier_uniform_(self.fc1.weight)\n\n    def forward(self, x):\n"
                "        return self.fc2(F.relu(self.fc1(x)))\n", 9),
        Example("from tensorflow import keras\nmodel = keras.Sequential([\n"
                "    keras.layers.Dense(64, activation=\"relu\", kernel_initializer=\"glorot_uniform\"),\n"
                "    keras.layers.Dense(10, activation=\"softmax\"),\n])\n", 3),
        Example("import torch.nn as nn\nimport torch.nn.functional as F\n\nclass Net(nn.Module):\n    def __init__(self):\n"
                "        super().__init__()\n        self.conv = nn.Conv2d(3, 64, 3)\n        self.bn = nn.BatchNorm2d(64)\n"
                "        self.head = nn.Conv2d(64, 10, 1)\n        nn.init.xavier_uniform_(self.conv.weight)\n\n"
                "    def forward(self, x):\n        return self.head(F.relu(self.bn(self.conv(x))))\n", 10),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.family not in ("xavier", "lecun") or d.declared_nl or d.numeric_gain or formula_on_fan_out(ctx, site) \
                or formula_off_fan_in(ctx, site):
            return None
        if d.family == "lecun" and d.kind == "family" and not ctx.options.strict_defaults and (
                "lecun" in d.api.lower() or isinstance(d.node, ast.Call) and not d.node.args and not d.node.keywords):
            # `kernel_initializer="lecun_normal"`, `VarianceScaling()` at its defaults (scale 1, fan_in): LeCun's
            # init by name or by default is no Xavier/Glorot choice (RULES names those; it is SELU's, and Flax's
            # default). What spells the scale out or is named Xavier stays paired: the formula `* np.sqrt(1 /
            # n_prev)` that courses call Xavier (RULES' own INI101 example), `VarianceScaling(1.0, "fan_in")`,
            # Caffe2's XavierFill. --strict-defaults reports these with Flax's default.
            return None
        p = paired(site, ctx)
        if p is None or family_of(p) != "relu":
            return None
        if site.layer is not None and site.cls is not None and site.key is not None \
                and site.key in ctx.facts.output and site.key not in ctx.facts.hidden and not ctx.blanket(site) \
                and ctx.facts.feeders.get(site.key) \
                and not any(site.cls.name in c.instantiates for c in ctx.m.all_classes if c is not site.cls):
            # `return torch.relu(self.fc2(x))`: a framework layer the dataflow places last, after other layers, in
            # a model no other class of the file builds on: its ReLU is the output link (non-negative outputs).
            # Xavier halves its output variance once, and no layer after it compounds the loss. (A layer class's
            # own weights, a helper's layer, a one-layer wrapper or a block other classes stack are used where the
            # dataflow may not follow them: judged as before.)
            return None
        what = "the framework default " + d.api if d.default else init_text(d)
        fix = numpy_swap_fix(ctx, site, "2") if d.framework == "numpy" else (None if d.default else swap_fix(ctx, site, "relu"))
        if p.shared:
            fix = None  # (a wrapper's init: its other instances keep what they pass)
        use = advice(site, ctx, "relu")
        name = target(site)
        consumer, line = but_feeds(ctx, p, name)
        return Verdict(
            compose(self.code, name, short_init(d) + consumer, use, line),
            fix,
            detail=f"{name} uses {what}{consumer}{extras_text(line)}: Xavier/LeCun keep the variance of a linear or "
                   f"tanh layer, but ReLU zeroes half of its input, so each layer halves the activation variance "
                   f"(0.5^L after L layers); He init (gain sqrt(2)) keeps it: {use}",
        )

"""INI001: weights initialised to all zeros."""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Optional

from ..semantic.astutil import arg
from .base import Example, Rule, Verdict
from .wording import LINE, compose, target, framing
from .fixes import hidden_init_fix

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class ZeroWeights(Rule):
    code = "INI001"
    priority = 20
    name = "zero-weights"
    checklist = "1 all zeros?"
    summary = "Hidden-layer weights start at exactly zero, so the units never become different from each other."
    why = (
        "With W = 0 every unit of the layer computes the same output and receives the same gradient, so after any "
        "number of steps the units are still identical copies: the layer has effectively one unit. Under ReLU with a "
        "zero bias it is worse: the layer outputs 0, nothing reaches the layers after it, and the gradient of W is "
        "0, so it never moves. A zero layer is only harmless when its output is added to another path (residual "
        "branch, LoRA B, adaLN-Zero, ReZero gate) or is the network's output (a zero classifier head, a "
        "single-layer logistic regression): those stay silent. Var(y) = n_in x 0 x Var(x) = 0 for every layer."
    )
    fix_advice = (
        "Draw random weights scaled to the fan-in: `np.random.randn(n_out, n_in) * np.sqrt(2 / n_in)` (He, ReLU) "
        "or `* np.sqrt(1 / n_in)` (tanh); `nn.init.kaiming_normal_(m.weight, nonlinearity=\"relu\")`; "
        "`kernel_initializer=\"he_normal\"`. Keep zeros for biases. `--fix` rewrites it when the activation the layer feeds is known: NumPy scales by the fan-in, PyTorch gets `kaiming_normal_`/`xavier_normal_`, Keras `\"he_normal\"`/`\"glorot_uniform\"`, Flax `he_normal()`/`xavier_uniform()`, Haiku `VarianceScaling`."
    )
    options_doc = "None. Suppress a deliberate zero init with `# noqa: INI001`."
    references = (
        "Goodfellow, Bengio, Courville, Deep Learning (2016), section 8.4: breaking symmetry",
        "deeplearning.ai, Improving Deep Neural Networks, week 1: initialization",
    )
    fixable = True
    valid = (
        Example("import numpy as np\n\ndef init(n_x, n_h, n_y):\n    W1 = np.random.randn(n_h, n_x) * np.sqrt(2 / n_x)\n"
                "    b1 = np.zeros((n_h, 1))\n    W2 = np.zeros((n_y, n_h))\n    b2 = np.zeros((n_y, 1))\n"
                "    return {'W1': W1, 'b1': b1, 'W2': W2, 'b2': b2}\n"),
        Example("import torch.nn as nn\n\nclass Head(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
                "        self.head = nn.Linear(768, 1000)\n        nn.init.zeros_(self.head.weight)\n"
                "        nn.init.zeros_(self.head.bias)\n\n    def forward(self, x):\n        return self.head(x)\n"),
        Example("import torch\nimport torch.nn as nn\n\nclass LoRA(nn.Module):\n    def __init__(self, d, r):\n"
                "        super().__init__()\n        self.lora_A = nn.Parameter(torch.randn(r, d) * 0.01)\n"
                "        self.lora_B = nn.Parameter(torch.zeros(d, r))\n"),
    )
    invalid = (
        Example("import numpy as np\n\ndef initialize_parameters_zeros(layers_dims):\n    parameters = {}\n"
                "    L = len(layers_dims)\n    for l in range(1, L):\n"
                "        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))\n"
                "        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))\n    return parameters\n", 7),
        Example("import torch.nn as nn\n\ndef init_weights(m):\n    if isinstance(m, nn.Linear):\n"
                "        nn.init.zeros_(m.weight)\n        nn.init.zeros_(m.bias)\n\n"
                "model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))\nmodel.apply(init_weights)\n", 5),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.kind != "zeros" or not ctx.is_weight(site) or ctx.overwritten(site) or ctx.fixed_kernel(site):
            return None
        if site.wrapper is None and d.rank() == 1 or _one_unit(site):
            return None  # (n, 1) or (n,), SimpleRNN(1): one unit (logistic regression), no symmetry to break
        if ctx.unseen_helper_argument(site):
            return None  # `def final_init_(weights): weights.fill_(0.0)`, never called here: who gets it is told elsewhere
        role = ctx.position_role(site)
        if role == "residual" and ctx.zero_sum(site):
            role = "hidden"  # tanh(x @ Wx + h @ Wh) with both zero: the sum has no other path
        if role == "blanket":
            if not ctx.blanket_has_hidden(site):
                return None
            why = "for every layer"
        elif role == "hidden":
            if _offset_predictor(site):
                return None
            why = "and this layer feeds further layers"
        elif role == "dead":
            gate = ctx.zero_gate(site.key)
            gate_name = gate.target_text if gate else "parameter"
            label = ctx.line_label(gate.dist.node) if gate is not None else ""
            at = f" ({label})" if label else ""
            return Verdict(
                compose(self.code, target(site), f"all zeros behind the zero gate {gate_name}",
                        "keep only one of the two at zero", ((at, LINE),)),
                detail=f"{target(site)} is initialised to all zeros ({d.api}) and its output is also scaled by the "
                       f"zero gate {gate_name}{at}: both get zero gradients and the branch never trains; keep one of "
                       f"the two zero (zero layer or zero gate), not both",
            )
        else:
            return None
        f = framing(site, ctx)
        dead_relu = " and, under ReLU with a zero bias, get no gradient at all" if f.family == "relu" else ""
        return Verdict(
            compose(self.code, f.name, "all zeros " + ("for every layer" if role == "blanket" else "on a hidden layer"),
                    f.use, f.consumer),
            detail=f"{f.name} is initialised to all zeros ({d.api}) {why}: its units compute the same output, get "
                   f"the same gradient and stay identical copies{dead_relu}; draw random weights scaled by the fan-in: {f.use}",
            fix=hidden_init_fix(ctx, site),
        )


def _one_unit(site: Site) -> bool:
    """A layer built with one output unit (`SimpleRNN(1, recurrent_initializer="zeros")`, `Dense(1)`,
    `nn.Linear(n, 1)`): nothing for its zero weights to keep identical."""
    layer = site.layer
    if layer is None or not isinstance(layer.node, ast.Call):
        return False
    q = layer.type_name
    index, names = (1, ("out_features", "hidden_size", "out_channels")) if q.startswith("torch.") \
        else (0, ("units", "features", "filters"))
    size = arg(layer.node, index, *names)
    return isinstance(size, ast.Constant) and size.value == 1 and type(size.value) is int


def _offset_predictor(site: Site) -> bool:
    """`nn.init.constant_(self.conv2_offset.weight, 0)`: the offset (and modulation mask) predictor of a
    deformable convolution is zeroed on purpose, so the layer starts as a regular convolution; a targeted
    init of a layer so named is deliberate."""
    name = site.layer.name if site.layer is not None else site.target_text.rsplit(".", 2)[0]
    words = {w.lower() for w in re.findall(r"[A-Za-z][a-z]*", name)}
    return bool(words & {"offset", "offsets"})

"""INI002: weights filled with one non-zero constant."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Optional

from .base import Example, Rule, Verdict
from .common import fmt
from .fixes import hidden_init_fix
from .wording import CONSEQUENCE, compose, framing

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class ConstantWeights(Rule):
    code = "INI002"
    priority = 30
    name = "constant-weights"
    checklist = "2 all the same value?"
    fixable = True
    summary = "Weights are filled with one non-zero constant, so every unit of the layer computes the same thing."
    why = (
        "A constant fill breaks nothing numerically at first, but every unit of the layer gets the same weights, "
        "the same output and the same gradient, so the units never diverge: symmetry is never broken. The scale is "
        "usually wrong too: with c = 0.5 and 784 inputs in [0, 1], each pre-activation is about 0.5 x 784 x 0.5 "
        "= 196, deep in tanh/sigmoid saturation. Unlike zeros this fires on any weight, output layers included."
    )
    fix_advice = "Use a random initializer scaled to the fan-in (`he_normal`, `xavier_uniform_`, `np.random.randn(n_out, n_in) * np.sqrt(2 / n_in)`). Constants are for biases and norm scales only. `--fix` rewrites a hidden weight's constant when the activation the layer feeds is known (NumPy, PyTorch, Keras, Flax, Haiku)."
    options_doc = "None."
    references = ("Glorot & Bengio, Understanding the difficulty of training deep feedforward neural networks (AISTATS 2010)",)
    valid = (
        Example("import numpy as np\nW1 = np.random.randn(256, 784) * np.sqrt(2 / 784)\n"),
        Example("import torch.nn as nn\nbn = nn.BatchNorm2d(64)\nnn.init.constant_(bn.weight, 1)\nnn.init.constant_(bn.bias, 0)\n"),
        Example("import torch\nimport torch.nn as nn\n\nclass LayerScale(nn.Module):\n    def __init__(self, dim):\n"
                "        super().__init__()\n        self.gamma = nn.Parameter(1e-6 * torch.ones(dim))\n"),
    )
    invalid = (
        Example("import numpy as np\nW1 = np.ones((256, 784)) * 0.5\nh = np.tanh(W1 @ x)\nW1 -= lr * np.outer(dh, x)\n", 2),
        Example("from tensorflow import keras\nlayer = keras.layers.Dense(64, activation='relu', kernel_initializer=keras.initializers.Constant(0.5))\n", 2),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.kind != "constant" or not ctx.is_weight(site) or ctx.overwritten(site) or ctx.fixed_kernel(site):
            return None
        if site.wrapper is None and d.framework in ("numpy", "torch", "jax") and len(d.shape) == 1:
            return None  # a rank-1 fill is a scale or gate vector, not a weight matrix
        if site.dims and all(x == 1 for x in site.dims):
            return None  # a (1, 1) weight (one neuron, one input): one number, no units to make identical
        if ctx.unseen_helper_argument(site):
            return None  # `def ipa_point_weights_init_(weights): weights.fill_(0.5413)`, never called here
        # (a fill divided by a size, `tf.ones(shape) / n_in`, is one value not known here: shown as written)
        value = fmt(d.value) if d.value is not None else _as_written(d.node, d.api)
        f = framing(site, ctx)
        return Verdict(
            compose(self.code, f.name, f"constant {value}", f.use,
                    ((", its units stay identical", CONSEQUENCE),) + f.consumer),
            detail=f"{f.name} is filled with the constant {value} ({d.api}): every unit computes the same output "
                   f"and gets the same gradient, so the units never diverge; f.use a random initializer scaled by the "
                   f"fan-in: {f.use}",
            fix=hidden_init_fix(ctx, site),
        )


def _as_written(node: ast.AST, api: str) -> str:
    """The fill expression in one line, short (`tf.ones([n_in, n_inhib]) / n_in`)."""
    text = ast.unparse(node)
    return text if len(text) <= 60 else f"{api}(...) / ..."

"""Messages (issue 18, item 4): `CODE target: what is wrong; what to use` in at most 110 characters, in the
file's own framework, naming the layer and the activation it really feeds; the long explanation rides along
in `Finding.detail` (JSON, SARIF); notebook cross-references name the cell's line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from init_lint.engine import lint_source
from init_lint.frontends.notebook import lint_notebook
from init_lint.frontends.reporters import format_json, sarif_log
from init_lint.rules.wording import CONSEQUENCE, CONSUMER, LINE, MAX_MESSAGE, compose

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("fixtures/**/*.py"), *ROOT.glob("tests/labeled/**/*.py")])


def one(source: str, filename: str = "model.py"):
    [finding] = lint_source(source, filename)
    return finding


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_message_fits_110_characters_on_one_line(path):
    for f in lint_source(path.read_text(encoding="utf-8"), str(path)):
        text = f"{f.code} {f.message}"
        assert len(text) <= MAX_MESSAGE and "\n" not in text, text
        assert f.detail and len(f.detail) >= len(f.message), f  # the long explanation is kept


def test_compose_drops_the_line_first_then_the_consequence_and_never_cuts_the_advice():
    extras = ((": the signal vanishes", CONSEQUENCE), (", fc1 feeds relu", CONSUMER), (" (line 18)", LINE))
    full = compose("INI003", "w", "std 0.001", "use X", extras)
    assert full == "w: std 0.001: the signal vanishes, fc1 feeds relu (line 18); use X"
    advice = "use " + "y" * 40
    short = compose("INI003", "self.fc1.weight", "std 0.001", advice, extras)
    assert short == "self.fc1.weight: std 0.001, fc1 feeds relu; " + advice
    tight = compose("INI003", "self.encoder.layers[0].mlp.fc1.weight", "std 0.001 < 0.01 on every layer", advice)
    assert len("INI003 " + tight) <= MAX_MESSAGE and tight.endswith(advice) and "..." in tight


def test_compose_drops_the_other_familys_choice_before_cutting_the_problem():
    use = "use tf.keras.initializers.HeNormal() (tanh: GlorotUniform())"
    short = compose("INI004", "weights['encoder_h2']", "std 1 with fan-in 784", use)
    assert short == "weights['encoder_h2']: std 1 with fan-in 784; use tf.keras.initializers.HeNormal()"
    roomy = compose("INI004", "w", "std 1", use)
    assert roomy == "w: std 1; " + use  # (kept where it fits)


TORCH_TANH_ZEROS = """\
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(64, 64)
        self.fc2 = nn.Linear(64, 1)
        nn.init.zeros_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(torch.tanh(self.fc1(x)))
"""


def test_a_zero_layer_in_a_tanh_net_is_told_xavier_not_relu():
    f = one(TORCH_TANH_ZEROS)
    assert f.message == "fc1.weight: all zeros on a hidden layer, feeds tanh (line 12); use nn.init.xavier_normal_(w)"
    assert "ReLU" not in f.detail and "nn.init.zeros_" in f.detail


@pytest.mark.parametrize("source, advice", [
    ("import numpy as np\n\ndef init(n_x, n_h):\n    W1 = np.random.randn(n_h, n_x) * 10\n    W2 = np.random.randn(1, n_h) * 0.01\n"
     "    return W1, W2\n\ndef forward(W1, W2, X):\n    return W2 @ np.maximum(0, W1 @ X)\n", "np.sqrt("),
    (TORCH_TANH_ZEROS, "nn.init.xavier_normal_(w)"),
    ("import flax.linen as nn\n\nclass MLP(nn.Module):\n    @nn.compact\n    def __call__(self, x):\n"
     "        x = nn.Dense(128, kernel_init=nn.initializers.zeros)(x)\n        x = nn.relu(x)\n        return nn.Dense(10)(x)\n",
     "use nn.initializers.he_normal()"),
    ("from tensorflow import keras\n\nmodel = keras.Sequential([\n    keras.layers.Dense(64, activation='relu', "
     "kernel_initializer='zeros'),\n    keras.layers.Dense(10),\n])\n", 'use "he_normal"'),
    ("import haiku as hk\nimport jax\n\ndef forward(x):\n    mlp = hk.Sequential([\n"
     "        hk.Linear(300, w_init=hk.initializers.Constant(0.5)), jax.nn.relu,\n        hk.Linear(10),\n    ])\n    return mlp(x)\n",
     "use hk.initializers.VarianceScaling(2.0)"),
])
def test_advice_is_spelled_in_the_files_own_framework(source, advice):
    f = one(source)
    assert advice in f.message, f.message
    other = {"np.sqrt(", "nn.init.", "he_normal", "HeNormal", "VarianceScaling", "kaiming"} - {advice.split("(")[0]}
    assert not any(o in f.message for o in other if o not in advice), f.message


def test_a_keras_finding_names_the_layer_not_only_the_keyword():
    source = ("from tensorflow import keras\n\ninputs = keras.Input((8,))\nx = keras.layers.Dense(64, kernel_initializer='glorot_uniform')(inputs)\n"
              "x = keras.activations.relu(x)\nout = keras.layers.Dense(1)(x)\n")
    f = one(source)
    assert f.code == "INI101" and f.message.startswith("Dense.kernel_initializer: "), f.message


NOTEBOOK_CELLS = [
    ("code", "import torch\nimport torch.nn as nn\n"),
    ("markdown", "# The model"),
    ("code", "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc1 = nn.Linear(64, 64)\n"
             "        self.fc2 = nn.Linear(64, 1)\n        nn.init.xavier_uniform_(self.fc1.weight)\n\n"
             "    def forward(self, x):\n        return self.fc2(torch.relu(self.fc1(x)))\n"),
]


def test_notebook_cross_references_name_the_cell_line():
    cells = [{"cell_type": k, "metadata": {}, "source": s.splitlines(keepends=True),
              **({"execution_count": None, "outputs": []} if k == "code" else {})} for k, s in NOTEBOOK_CELLS]
    data = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()
    [f] = lint_notebook(data, "nb.ipynb")
    assert (f.cell, f.line, f.code) == (3, 6, "INI101")
    assert "(cell 3, line 9)" in f.message and "(cell 3, line 9)" in f.detail, f.message


def test_json_and_sarif_carry_the_long_explanation():
    f = one(TORCH_TANH_ZEROS)
    [record] = json.loads(format_json([f]))
    assert record["message"] == f.message and record["detail"] == f.detail and len(f.detail) > 150
    [result] = sarif_log([f])["runs"][0]["results"]
    assert result["message"]["text"] == f.detail

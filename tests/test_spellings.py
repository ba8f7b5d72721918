"""Equivalent spellings reduce to the same `Dist` (RULES "Equivalent spellings", "Values flow"): every framework's
VarianceScaling, the NumPy fan formulas, baselines' normc_initializer, truncated normals read at their written
stddev, and casts/conversions that are transparent around a wrapped local."""

from __future__ import annotations

import ast
import textwrap
from typing import Optional

import pytest

from init_lint.engine import lint_source
from init_lint.semantic.evaluator import Dist, Evaluator, module_constants
from init_lint.semantic.imports import ImportTable

_PRELUDE = (
    "import numpy as np\nimport math\nimport tensorflow as tf\nimport torch\nimport jax\nimport jax.numpy as jnp\n"
    "import haiku as hk\nfrom tensorflow import keras\nfrom flax import linen as nn\n"
    "import baselines.common.tf_util as U\nn_in = 784\nn_out = 256\n"
)


def _evaluate(expr: str, initializer: bool) -> Optional[Dist]:
    tree = ast.parse(_PRELUDE + f"x = {expr}\n")
    imports = ImportTable()
    imports.collect(tree.body)
    ev = Evaluator(imports, module_constants(tree, imports))
    last = tree.body[-1]
    assert isinstance(last, ast.Assign)
    return ev.initializer(last.value) if initializer else ev.value(last.value)


def _family(expr: str) -> Optional[str]:
    d = _evaluate(expr, initializer=True)
    assert d is not None, expr
    return d.family if d.kind == "family" else None


@pytest.mark.parametrize("expr, family", [
    # scale 2: the He variance, whatever fan it divides by
    ('tf.keras.initializers.VarianceScaling(scale=2., mode="fan_avg", distribution="uniform")', "he"),
    ('keras.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal")', "he"),
    ('keras.initializers.VarianceScaling(scale=2.0, mode="fan_out")', "he"),
    ('tf.initializers.variance_scaling(scale=2.0)', "he"),
    ('tf.compat.v1.keras.initializers.VarianceScaling(scale=2.0)', "he"),
    ('tf.compat.v1.initializers.variance_scaling(scale=2.0, mode="fan_in")', "he"),
    ('tf.variance_scaling_initializer(scale=2.0, mode="fan_in")', "he"),
    ('tf.contrib.layers.variance_scaling_initializer()', "he"),
    ('tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode="FAN_AVG")', "he"),
    ('jax.nn.initializers.variance_scaling(2.0, "fan_in", "truncated_normal")', "he"),
    ('nn.initializers.variance_scaling(2.0, "fan_avg", "uniform")', "he"),
    ('hk.initializers.VarianceScaling(2.0, "fan_in", "truncated_normal")', "he"),
    ('hk.initializers.VarianceScaling(scale=2.0)', "he"),
    # scale 1: LeCun over fan_in (the default mode), Glorot over fan_avg
    ('keras.initializers.VarianceScaling()', "lecun"),
    ('hk.initializers.VarianceScaling(1.0, "fan_in", "truncated_normal")', "lecun"),
    ('jax.nn.initializers.variance_scaling(1.0, "fan_in", "normal")', "lecun"),
    ('keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg", distribution="uniform")', "xavier"),
    ('hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform")', "xavier"),
    ('nn.initializers.variance_scaling(1.0, "fan_avg", "uniform")', "xavier"),
    ('tf.contrib.layers.variance_scaling_initializer(factor=1.0, mode="FAN_AVG", uniform=True)', "xavier"),
    # a tuned variance is never paired
    ('keras.initializers.VarianceScaling(scale=0.1, mode="fan_avg")', None),
    ('hk.initializers.VarianceScaling(1.0, "fan_out")', None),
    # baselines' normc_initializer: LeCun scaled by its gain, by its name wherever it comes from
    ('U.normc_initializer(1.0)', "lecun"),
    ('U.normc_initializer()', "lecun"),
    ('normc_initializer(std=1.0)', "lecun"),
    ('U.normc_initializer(np.sqrt(2))', "he"),
])
def test_initializer_spellings_reduce_to_one_family(expr, family):
    assert _family(expr) == family


@pytest.mark.parametrize("expr", ["U.normc_initializer(0.01)", "normc_initializer(std=0.1)", "U.normc_initializer(gain)"])
def test_normc_with_a_tuning_gain_is_never_paired(expr):
    d = _evaluate(expr, initializer=True)
    assert d is not None and d.numeric_gain


@pytest.mark.parametrize("expr, family", [
    ("np.random.randn(n_in, n_out) / np.sqrt(n_in)", "lecun"),
    ("np.random.randn(D, M) / np.sqrt(D)", "lecun"),
    ("np.random.randn(784, 256) / np.sqrt(784)", "lecun"),
    ("np.random.randn(n_in, n_out) * np.sqrt(1 / n_in)", "lecun"),
    ("np.random.randn(D, M) / np.sqrt(D / 2)", "he"),
    ("np.random.randn(D, M) * np.sqrt(2 / D)", "he"),
    # Glorot: fan-in and fan-out averaged, in every spelling
    ("np.random.randn(fan_in, M) / np.sqrt(fan_in + M)", "xavier"),
    ("np.random.randn(n_in, n_out) / np.sqrt(n_in + n_out)", "xavier"),
    ("np.random.randn(fan_in, fan_out) / np.sqrt((fan_in + fan_out) / 2)", "xavier"),
    ("np.random.randn(fan_in, fan_out) * np.sqrt(2 / (fan_in + fan_out))", "xavier"),
    ("np.random.randn(fan_in, fan_out) / (fan_in + fan_out) ** 0.5", "xavier"),
    ("np.random.normal(0, 1, (D, M)) / np.sqrt(D)", "lecun"),
    ("torch.randn(M, D) / math.sqrt(D)", "lecun"),
    ("jax.random.normal(key, (D, M)) / jnp.sqrt(D)", "lecun"),
    # not a fan formula
    ("np.random.randn(D, M) / np.sqrt(2)", None),
    ("np.random.randn(D, M) / np.sqrt(2 * D)", None),
    ("np.random.randn(D, M) / np.sqrt(D + 1)", None),
])
def test_numpy_fan_formulas(expr, family):
    d = _evaluate(expr, initializer=False)
    assert d is not None
    assert d.family == family


@pytest.mark.parametrize("expr, written, true", [
    ("tf.truncated_normal((784, 10))", 1.0, 0.88),
    ("tf.random.truncated_normal([784, 10])", 1.0, 0.88),
    ("tf.truncated_normal((784, 10)) * 2", 2.0, 1.76),
    ("keras.initializers.truncated_normal(stddev=1.0)", 1.0, 0.88),
    ("hk.initializers.TruncatedNormal(1.0)", 1.0, 0.88),
    ("jax.nn.initializers.truncated_normal(1.0)", 1.0, 0.88),
    ("tf.truncated_normal((784, 10), stddev=0.1)", 0.1, 0.1),
])
def test_truncated_normals_keep_the_written_stddev(expr, written, true):
    d = _evaluate(expr, initializer=expr.startswith(("keras", "hk", "jax")))
    assert d is not None and d.std is not None
    assert d.nominal_std() == pytest.approx(written)
    assert d.std == pytest.approx(true)


def _codes(source: str):
    return [(f.line, f.code) for f in lint_source(textwrap.dedent(source), "m.py")]


@pytest.mark.parametrize("cast", [
    "W1_init.astype(np.float32)", "np.float32(W1_init)", "tf.cast(W1_init, tf.float32)", "tf.constant(W1_init)",
    "tf.convert_to_tensor(W1_init, dtype=tf.float32)", "W1_init",
])
def test_casts_are_transparent_around_a_wrapped_local(cast):
    source = f"""\
        import numpy as np
        import tensorflow as tf


        def build(D, M1, K):
            W1_init = np.random.randn(D, M1) / np.sqrt(D)
            W2_init = np.random.randn(M1, K) / np.sqrt(M1)
            X = tf.placeholder(tf.float32, shape=(None, D))
            W1 = tf.Variable({cast.replace("W1_init", "W1_init")})
            W2 = tf.Variable(W2_init.astype(np.float32))
            Z1 = tf.nn.relu(tf.matmul(X, W1))
            return tf.matmul(Z1, W2)
        """
    assert _codes(source) == [(6, "INI101")]


@pytest.mark.parametrize("cast", [
    "torch.from_numpy(w1).float()", "torch.tensor(w1, dtype=torch.float32)", "torch.as_tensor(w1).to(device)",
])
def test_torch_conversions_of_a_numpy_local_are_transparent(cast):
    source = f"""\
        import numpy as np
        import torch
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self, n_in, n_hidden, device="cpu"):
                super().__init__()
                w1 = np.random.randn(n_hidden, n_in) / np.sqrt(n_in)
                self.W1 = nn.Parameter({cast})
                self.W2 = nn.Parameter(torch.randn(10, n_hidden) * np.sqrt(1 / n_hidden))

            def forward(self, x):
                return torch.tanh(x @ self.W1.t()) @ self.W2.t()
        """
    assert _codes(source) == []
    assert _codes(source.replace("torch.tanh", "torch.relu")) == [(9, "INI101")]


def test_a_tf_constant_is_not_trained_but_a_variable_made_from_it_is():
    plain = _evaluate("tf.constant(np.random.randn(784, 10))", initializer=False)
    wrapped = _evaluate("tf.Variable(tf.constant(np.random.randn(784, 10)))", initializer=False)
    assert plain is not None and not plain.trainable
    assert wrapped is not None and wrapped.trainable and wrapped.wrapper == "Variable"


def test_tf1_truncated_normal_default_stddev_is_too_large_but_a_written_small_one_is_not():
    source = """\
        import tensorflow as tf

        x = tf.placeholder(tf.float32, [None, 784])
        W = tf.Variable(tf.truncated_normal((784, 10)))
        V = tf.Variable(tf.truncated_normal((784, 10), stddev=0.1))
        logits = tf.matmul(x, W) + tf.matmul(x, V)
        """
    assert _codes(source) == [(4, "INI004")]

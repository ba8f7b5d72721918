"""Activation names in every framework's spelling, and their families.

No libcst and no tree here: activations.py recognises the names in the parsed tree from this table, and the
rules ask a name's family (ReLU or tanh) from the same sets.
"""

from __future__ import annotations

from typing import Optional

RELU_FAMILY = frozenset({"relu", "leaky_relu", "relu6", "prelu", "elu", "rrelu", "celu"})
TANH_FAMILY = frozenset({"tanh", "sigmoid", "hardtanh", "softsign", "hard_sigmoid"})

# TF-slim / tf.contrib.layers layer functions whose activation_fn defaults to tf.nn.relu
SLIM_PREFIXES = ("tensorflow.contrib.slim.", "tensorflow.contrib.layers.", "tf_slim.")
SLIM_RELU_LAYERS = frozenset({"conv2d", "convolution2d", "fully_connected", "conv2d_transpose", "separable_conv2d",
                              "conv2d_in_plane", "convolution", "conv1d", "conv3d"})

CANON = {
    "relu": "relu", "relu_": "relu", "relu6": "relu6", "leaky_relu": "leaky_relu", "leaky_relu_": "leaky_relu",
    "leakyrelu": "leaky_relu", "lrelu": "leaky_relu", "prelu": "prelu", "elu": "elu", "elu_": "elu",
    "rrelu": "rrelu", "celu": "celu", "selu": "selu", "gelu": "gelu", "silu": "silu", "swish": "swish",
    "mish": "mish", "tanh": "tanh", "tanh_": "tanh", "sigmoid": "sigmoid", "sigmoid_": "sigmoid",
    "hardtanh": "hardtanh", "softsign": "softsign", "hard_sigmoid": "hard_sigmoid", "hardsigmoid": "hard_sigmoid",
    "softplus": "softplus", "softmax": "softmax", "log_softmax": "softmax", "logsoftmax": "softmax",
    "hardswish": "hardswish", "quick_gelu": "gelu", "gelu_new": "gelu", "linear": "linear", "identity": "linear",
    "expit": "sigmoid", "logistic": "sigmoid", "glu": "glu", "exponential": "linear", "sin": "sin",
}


def canonical_act(name: str) -> Optional[str]:
    return CANON.get(name.lower())


def family(act: Optional[str]) -> Optional[str]:
    if act in RELU_FAMILY:
        return "relu"
    if act in TANH_FAMILY:
        return "tanh"
    return None

"""The weight model: which tensors are trainable weight matrices of a layer.

RULES.md "What counts as a weight": names/keys like W, W1, Wxh, weights,
kernel, weight, w_in; `.weight` of a Linear/Conv/RNN layer; kernel
initializer keywords. Not weights: biases, norm parameters, running stats,
buffers, tokens and embeddings, gates, gradients and optimizer state.
"""

from __future__ import annotations

import re
from typing import Final, Literal, Optional

# Role of a name or key.
Role = Literal["weight", "bias", "norm", "token", "state", "unknown"]
WEIGHT: Final = "weight"
BIAS: Final = "bias"
NORM: Final = "norm"
TOKEN: Final = "token"
STATE: Final = "state"
UNKNOWN: Final = "unknown"

# What a layer is, for the rules: a weighted layer (linear: dense/conv; rnn; embed; norm), a container of layers,
# an activation, a block of the file's own, a layer that passes its input on (dropout, pooling), or other.
LayerKind = Literal["linear", "rnn", "norm", "embed", "transparent", "container", "act", "block", "other"]

_W_UPPER = re.compile(r"^W[A-Za-z0-9_]{0,8}$")
_W_LOWER = re.compile(r"^w(\d+|_[A-Za-z0-9]{1,8}|[A-Z][A-Za-z0-9]{0,4}|[a-z]{1,2}\d*)?$")
_B = re.compile(r"^b(\d+|_?[a-zA-Z]{1,3}\d*|_[A-Za-z0-9]{1,8})?$")
_GATED_BIAS = re.compile(r"^[gc]b$")  # a gain's or a conditioning's bias (`gb`, `cb`: FiLM-style per-class shifts)
_STATE = re.compile(r"^(d|v|s|m|vd|sd|g)_?W|^(grad|dw|d_w|velocity|momentum|cache|adam|rms|accum|delta)", re.I)
_WORDS = re.compile(r"[A-Za-z][a-z]*|\d+")
# what follows `W_` in the name of something kept per weight that is not one (`w_velocity`, `W_LR1`)
_W_STATE_PARTS = frozenset({"velocity", "momentum", "moment", "cache", "grad", "grads", "lr", "accum", "delta"})
_W_SUFFIX = re.compile(r"^[A-Za-z][A-Za-z0-9]*_W\d{0,2}$")  # attention_W, enc_W1, fc_W: a layer's matrix

_SIZE_WORDS = frozenset({"size", "sizes", "shape", "shapes", "dim", "dims", "stride", "strides", "len"})
_NORM_WORDS = {"gamma", "beta", "scale", "norm", "bn", "ln", "gn", "layernorm", "batchnorm", "groupnorm",
               "rmsnorm", "running", "affine", "ls", "layerscale", "gate", "gates", "alpha", "temperature",
               "logit", "shift", "offset", "mean", "var", "variance", "std", "eps"}
_TOKEN_WORDS = {"token", "tokens", "embed", "embeds", "embedding", "embeddings", "emb", "pos", "cls", "prompt",
                "codebook", "query", "queries", "latent", "latents", "register", "registers", "mask", "wte", "wpe",
                "lookup", "table"}
_STATE_WORDS = {"grad", "grads", "gradient", "gradients", "cache", "caches", "velocity", "momentum", "buffer",
                "noise", "eps", "out", "output", "outputs", "act", "activation", "activations", "hidden", "state",
                "h", "c", "x", "y", "z", "a", "input", "inputs", "target", "targets", "loss", "pred", "preds",
                "image", "img", "data", "label", "labels", "mask", "count", "counts", "hist", "result", "stats"}
_DERIVED_WORDS = {"integer", "int", "quant", "quantized", "qweight", "packed"}
_WEIGHT_WORDS = {"weight", "weights", "kernel", "kernels", "w"}


def drawn_role(name: str) -> Optional[Role]:
    """The role of a name read as a tensor drawn at random, when a gradient/optimizer-state prefix made it STATE
    (`g_weights`, `D_W1`, `d_weights`: in GAN code the generator's and discriminator's weights): `d_` / `g_`
    before a weight name of two or more characters. A random gradient is spelled `dW1` / `dWax` (a clipping
    test's input), so only the underscore form is read as a network's prefix. None otherwise."""
    n = name.strip().lstrip("_")
    m = _STATE.match(n)
    if m is None or m.group(1) is None or m.group(1).lower() not in ("d", "g") or n[1:2] != "_" or len(n) < 4:
        return None  # (dWax = randn(5, 3) * 10 in a gradient-clipping test: a gradient, drawn)
    return role_of_name(n[2:])


def role_of_name(name: str) -> Role:
    """Classify the last component of a name/attribute/dict key."""
    n = name.strip().lstrip("_")
    if not n:
        return UNKNOWN
    if _STATE.match(n):
        return STATE
    if _B.match(n) or "bias" in n.lower() or _GATED_BIAS.match(n):
        return BIAS
    if n in ("weight_g", "parametrizations.weight.original0", "g", "gain", "gains"):
        # weight norm's magnitude g (w = g * v / |v|), a per-output scale, not a matrix; a conditional gain `g`
        return NORM
    if n.lower() in ("wte", "wpe"):
        return TOKEN  # GPT's token and position embedding tables (not `w` + a suffix)
    if _W_UPPER.match(n) or _W_LOWER.match(n):
        if "mask" in n.lower() and {w.lower() for w in _WORDS.findall(n)} & {"mask", "masks"}:
            return STATE  # W_in_mask, w_mask: a fixed 0/1 pattern a weight is multiplied by, not the weight
        if {part.rstrip("0123456789") for part in n.lower().split("_")[1:]} & _W_STATE_PARTS:
            return STATE  # w_velocity, W_grad: an optimizer's state per weight; W_LR1: a per-weight learning rate
        return WEIGHT
    words = {w.lower() for w in _WORDS.findall(n)}
    if words & _TOKEN_WORDS and not (words & _TOKEN_WORDS <= {"query", "queries"} and words & _WEIGHT_WORDS
                                     and not words & _SIZE_WORDS):
        return TOKEN  # (but `query_weights`, `query_kernel`: attention's query projection, a weight)
    if words & {"weight", "weights", "kernel", "kernels"}:
        if words & _SIZE_WORDS:
            return UNKNOWN  # kernel_size, weight_shape, kernel_dims: a size, not the tensor
        if words & _NORM_WORDS or words & {"scaling", "factor", "scales"}:
            return NORM  # weight_scaling_factor, kernel_scale: a quantisation or norm scale
        if words & _DERIVED_WORDS:
            return STATE  # weight_integer, kernel_quantized: recomputed from the float weight, not trained
        return WEIGHT
    if words & _NORM_WORDS:
        return NORM
    if _W_SUFFIX.match(n):
        return WEIGHT
    if n.lower() in _STATE_WORDS or words & {"grad", "grads", "cache", "velocity", "momentum"}:
        return STATE
    return UNKNOWN


# Layer types (canonical qualified names, last component) and what they are.
LINEAR_LIKE = {
    "Linear", "Bilinear", "LazyLinear", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d", "ConvTranspose2d",
    "ConvTranspose3d", "LazyConv2d", "Dense", "Conv1D", "Conv2D", "Conv3D", "Conv2DTranspose", "Conv1DTranspose",
    "Conv3DTranspose", "SeparableConv2D", "DepthwiseConv2D", "Conv", "ConvTranspose", "DenseGeneral", "dense",
    "conv2d", "conv1d", "conv3d", "conv2d_transpose", "fully_connected", "FullyConnected", "Conv2DTranspose", "Linear_", "Einsum",
    "LocallyConnected2D", "separable_conv2d", "separable_conv1d", "SeparableConv1D", "conv3d_transpose",
    # Keras 1
    "Convolution1D", "Convolution2D", "Convolution3D", "Deconvolution2D", "AtrousConvolution2D",
}
RNN_LIKE = {"RNN", "LSTM", "GRU", "RNNCell", "LSTMCell", "GRUCell", "SimpleRNN", "OptimizedLSTMCell",
            "SimpleCell", "LSTMCell_"}
NORM_LIKE = {"BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "LayerNorm", "GroupNorm", "InstanceNorm1d",
             "InstanceNorm2d", "InstanceNorm3d", "RMSNorm", "LocalResponseNorm", "SyncBatchNorm",
             "BatchNormalization", "LayerNormalization", "GroupNormalization", "UnitNormalization",
             "BatchNorm", "GroupNorm", "RMSNorm", "LayerNorm2d", "FrozenBatchNorm2d", "Normalization"}
EMBED_LIKE = {"Embedding", "EmbeddingBag", "Embed"}
TRANSPARENT_LAYERS = {"Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "AlphaDropout", "Identity", "Flatten",
                      "MaxPool1d", "MaxPool2d", "MaxPool3d", "AvgPool1d", "AvgPool2d", "AvgPool3d",
                      "AdaptiveAvgPool1d", "AdaptiveAvgPool2d", "AdaptiveMaxPool2d", "MaxPooling2D",
                      "AveragePooling2D", "GlobalAveragePooling2D", "GlobalMaxPooling2D", "MaxPooling1D",
                      "Reshape", "Permute", "Upsample", "UpSampling2D", "ZeroPadding2D", "SpatialDropout2D",
                      "GaussianNoise", "max_pool", "avg_pool", "dropout", "Unflatten", "PixelShuffle",
                      "ReflectionPad2d", "ZeroPad2d", "ConstantPad2d", "MaxPool", "AvgPool", "max_pool2d",
                      "flatten", "reshape", "pool",
                      # Keras' other spellings of its pooling layers (`MaxPool2D` is `MaxPooling2D`)
                      "MaxPool1D", "MaxPool2D", "MaxPool3D", "AvgPool1D", "AvgPool2D", "AvgPool3D", "MaxPooling3D",
                      "AveragePooling1D", "AveragePooling3D", "GlobalAvgPool1D", "GlobalAvgPool2D", "GlobalMaxPool1D",
                      "GlobalMaxPool2D", "GlobalAveragePooling1D", "GlobalMaxPooling1D",
                      # shape-only layers of both frameworks: crops, pads, resamples, repeats (no weights; what
                      # comes in goes on, so an activation before them is still the network's output link)
                      "Cropping1D", "Cropping2D", "Cropping3D", "ZeroPadding1D", "ZeroPadding3D", "UpSampling1D",
                      "UpSampling3D", "RepeatVector", "Masking", "SpatialDropout1D", "SpatialDropout3D",
                      "GaussianDropout", "ActivityRegularization", "Resizing", "CenterCrop", "Upsampling2D",
                      "ReflectionPad1d", "ReflectionPad3d", "ReplicationPad1d", "ReplicationPad2d", "ReplicationPad3d",
                      "ZeroPad1d", "ZeroPad3d", "ConstantPad1d", "ConstantPad3d", "CircularPad1d", "CircularPad2d",
                      "UpsamplingNearest2d", "UpsamplingBilinear2d", "PixelUnshuffle", "ChannelShuffle",
                      "FeatureAlphaDropout", "AdaptiveAvgPool3d", "AdaptiveMaxPool1d", "AdaptiveMaxPool3d",
                      # Keras merge layers: weightless elementwise joins, what they output is what came in
                      "Add", "Multiply", "Concatenate", "Average", "Maximum", "Minimum", "Subtract",
                      "Lambda"} | NORM_LIKE  # (a Keras Lambda holds no weights: what comes in goes on)


def layer_kind(type_name: Optional[str]) -> LayerKind:
    """linear | rnn | norm | embed | transparent | other for a layer type's last name."""
    if not type_name:
        return "other"
    last = type_name.rsplit(".", 1)[-1]
    if last in LINEAR_LIKE:
        return "linear"
    if last in RNN_LIKE:
        return "rnn"
    if last in NORM_LIKE or _is_norm_class(last):
        return "norm"
    if last in EMBED_LIKE:
        return "embed"
    if last in TRANSPARENT_LAYERS:
        return "transparent"
    return "other"


def _is_norm_class(last: str) -> bool:
    """A custom normalisation class by its CamelCase words: FooRMSNorm, RMSNormGated, LayerNorm1P, NoNorm."""
    words = _CAMEL.findall(last)
    return "Norm" in words or "Normalization" in words


_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def role_of_layer_name(name: str) -> Role:
    """Role of `.weight` given only the layer's attribute name."""
    words = {w.lower() for w in _WORDS.findall(name.lstrip("_"))}
    if words & {"norm", "bn", "ln", "gn", "layernorm", "batchnorm", "groupnorm", "rmsnorm", "affine"}:
        return NORM
    if words & {"embed", "embedding", "embeddings", "emb", "wte", "wpe", "token", "tokens", "pos"}:
        return TOKEN
    return WEIGHT

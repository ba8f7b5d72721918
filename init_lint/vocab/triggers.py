"""The initializer vocabulary of the text prefilter, and the import aliases every resolver shares.

`prefilter.py` runs one regex over every file before anything is parsed; the
names here are the last components of every factory, initializer and
in-place init that the evaluator knows (`semantic.evaluator.TRIGGER_NAMES`);
`tests/test_prefilter.py` fails, naming the difference, whenever the two
disagree. Adding an initializer to the evaluator's tables? Add its last name
here too.
"""

from __future__ import annotations

import re

TRIGGER_NAMES = frozenset({
    "Constant", "c2_msra_fill", "c2_xavier_fill", "GlorotNormal", "GlorotUniform", "HeNormal", "HeUniform", "Identity", "LecunNormal", "LecunUniform",
    "Ones", "Orthogonal", "RandomNormal", "RandomUniform", "TruncatedNormal", "VarianceScaling", "Zeros", "constant",
    "constant_", "constant_initializer", "delta_orthogonal", "dirac", "dirac_", "eye", "eye_", "fill", "fill_",
    "full", "full_like", "glorot_normal", "glorot_normal_initializer", "glorot_uniform",
    "glorot_uniform_initializer", "he_normal", "he_uniform", "identity", "kaiming_normal", "kaiming_normal_",
    "kaiming_uniform", "kaiming_uniform_", "lecun_normal", "lecun_uniform", "normal", "normal_",
    "normalized_columns_initializer", "normc_initializer", "ones", "ones_", "ones_init", "ones_initializer", "ones_like", "orthogonal", "orthogonal_", "orthogonal_initializer", "rand",
    "rand_like", "randn", "randn_like", "random_normal", "random_normal_initializer", "random_sample",
    "random_uniform", "random_uniform_initializer", "ranf", "sparse", "sparse_", "standard_normal",
    "trunc_normal", "trunc_normal_", "truncated_normal", "truncated_normal_initializer", "uniform", "uniform_",
    "variance_scaling", "variance_scaling_initializer", "xavier_initializer", "xavier_initializer_conv2d",
    "xavier_normal", "xavier_normal_", "xavier_uniform", "xavier_uniform_", "zero_", "zeros", "zeros_", "zeros_init",
    "zeros_initializer", "zeros_like",
})

# Names whose every entry in the evaluator's tables (`semantic/evaluator.py`) is an orthogonal or identity
# init: variance-preserving by construction, never a finding, so their mention alone passes no file.
NEVER_FIRES = frozenset({
    "orthogonal", "orthogonal_", "Orthogonal", "orthogonal_initializer", "delta_orthogonal", "eye", "eye_", "dirac",
    "dirac_", "sparse", "sparse_", "Identity", "identity",
})

# One regex over the raw text: does the file (or a statement) mention anything that could fire?
# Hand-written alternatives also catch initializer strings and keywords (`kernel_initializer="glorot_uniform"`,
# `tf.contrib.layers.xavier_initializer_conv2d`); every trigger name that can fire is added verbatim.
_HAND = (
    r"zeros_?|zero_|ones_?|full(?:_like)?|fill_?|constant_?|Constant|Zeros|Ones|rand[n]?|random(?:_sample)?|"
    r"uniform_?|normal_?|standard_normal|trunc_normal_|truncated_normal|RandomNormal|RandomUniform|TruncatedNormal|"
    r"random_normal|random_uniform|xavier_\w+|kaiming_\w+|glorot_\w+|he_(?:normal|uniform)|lecun_\w+|Glorot\w+|"
    r"He(?:Normal|Uniform)|Lecun\w+|VarianceScaling|variance_scaling\w*|\w+_initializer|zeros_init|ones_init"
)
# The plain statement of what TRIGGER_RE matches (tests/test_speed.py compiles it and checks the two
# agree; not compiled here, where every flake8 run would pay for it).
REFERENCE_TRIGGER_PATTERN = (
    r"\b(?:" + _HAND + "|" + "|".join(sorted(re.escape(n) for n in TRIGGER_NAMES - NEVER_FIRES)) + r")\b"
)

# The same words as a pattern Python's regex engine scans ~2x faster: it runs over every file flake8
# hands us. Each alternative starts with a literal character (so `re` skips ahead with a character-set
# scan instead of trying every position), the leading \b becomes a look-behind after that character
# (`z(?<!\wz)` = a "z" that starts a word), the words sharing a first letter form a trie, and
# `\w+_initializer` is matched from its "_" (a word character before it).
_WORDS = frozenset({
    "zeros", "zeros_", "zero_", "ones", "ones_", "full", "full_like", "fill", "fill_", "constant", "constant_",
    "Constant", "Zeros", "Ones", "rand", "randn", "random", "random_sample", "uniform", "uniform_", "normal",
    "normal_", "standard_normal", "trunc_normal_", "truncated_normal", "RandomNormal", "RandomUniform",
    "TruncatedNormal", "random_normal", "random_uniform", "he_normal", "he_uniform", "HeNormal", "HeUniform",
    "VarianceScaling", "zeros_init", "ones_init"}) | (TRIGGER_NAMES - NEVER_FIRES)
# word starts that match whatever word characters follow (xavier_\w+, Glorot\w+, variance_scaling\w*)
_PREFIXES = {"xavier_": r"\w", "kaiming_": r"\w", "glorot_": r"\w", "lecun_": r"\w", "Glorot": r"\w",
             "Lecun": r"\w", "variance_scaling": ""}


def _trie(words) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def _fast_trigger_pattern() -> str:
    firsts = sorted({w[0] for w in _WORDS} | {p[0] for p in _PREFIXES})
    out = []
    for c in firsts:
        rests = [w[1:] for w in _WORDS if w[0] == c]
        alts = [_trie(rests) + r"\b"] if rests else []
        alts += [re.escape(p[1:]) + tail for p, tail in _PREFIXES.items() if p[0] == c]
        out.append(re.escape(c) + r"(?<!\w" + re.escape(c) + ")(?:" + "|".join(alts) + ")")
    out.append(r"_(?<=\w_)initializer\b")
    return "|".join(out)


TRIGGER_RE = re.compile(_fast_trigger_pattern())

# Substrings of which every TRIGGER_RE match holds one: a word of _WORDS, a prefix of _PREFIXES (and what follows
# it) or "_initializer" (tests/test_prefilter.py checks the cover). The prefilter finds them with str.find, which
# skips through text far faster than the regex (its first characters are common letters: it stops almost
# everywhere), and runs the regex only on the lines that hold one. Ordered so that a file which fires usually
# stops at the first anchor (`normal_`, `zeros_` and `trunc_normal_` are the common initialisers).
ANCHORS = ("normal", "zero", "uniform", "ones", "rand", "onstant", "_initializer", "fill", "full", "Normal",
           "Uniform", "Zeros", "Ones", "ranf", "xavier_", "kaiming_", "glorot_", "Glorot", "lecun_", "Lecun",
           "variance_scaling", "VarianceScaling")

# An array written as one number repeated, `np.array([0.0 for _ in range(n)])`, `torch.tensor([[0.5] * 4] * 4)`:
# a fill with no initializer word (the prefilter runs this where an anchor stands; the evaluator decides)
REPEATED_NUMBER_ANCHORS = ("array([", "tensor([")
REPEATED_NUMBER_RE = re.compile(r"(?:array|tensor)\(\[[\[\s]*-?\d[\d.]*(?:[eE][-+]?\d+)?\s*(?:for\b|\]\s*\*)")


CONVENTIONAL = {
    "np": "numpy",
    "numpy": "numpy",
    "torch": "torch",
    "nn": "torch.nn",
    "F": "torch.nn.functional",
    "init": "torch.nn.init",
    "tf": "tensorflow",
    "keras": "keras",
    "layers": "keras.layers",
    "initializers": "keras.initializers",
    "jax": "jax",
    "jnp": "jax.numpy",
    "hk": "haiku",
    "math": "math",
}
PREFIX_ALIASES = (
    ("tensorflow.compat.v1.", "tensorflow."),
    ("tensorflow.compat.v2.", "tensorflow."),
    ("tensorflow.python.keras.", "keras."),
    ("tensorflow.contrib.keras.", "keras."),  # TF 1.x bundled Keras (tf.contrib.keras.initializers.glorot_uniform)
    ("tensorflow.keras.", "keras."),
    ("tf_keras.", "keras."),
    ("keras.src.initializers.", "keras.initializers."),
    ("keras.initializers.initializers_v2.", "keras.initializers."),
    ("keras.initializers.initializers.", "keras.initializers."),
    ("keras.src.layers.", "keras.layers."),
    ("keras.api.", "keras."),
    ("tensorflow.initializers.", "keras.initializers."),
    ("tensorflow.python.ops.init_ops_v2.", "keras.initializers."),  # TF2's classes (stddev 0.05 defaults)
    ("tensorflow.random.", "tensorflow.random."),
    ("flax.linen.initializers.", "jax.nn.initializers."),
    # (NNX before it joined Flax: `from flax.experimental import nnx` in Flax 0.7-0.8, and the standalone `nnx`
    # package before that; the same Module/Param/Rngs API)
    ("flax.experimental.nnx.", "flax.nnx."),
    ("nnx.", "flax.nnx."),
    ("flax.nnx.initializers.", "jax.nn.initializers."),
    ("flax.nnx.nn.initializers.", "jax.nn.initializers."),
    ("jax.initializers.", "jax.nn.initializers."),
    ("flax.nnx.", "flax.linen."),
    ("autograd.numpy.", "numpy."),  # autograd's thin NumPy wrapper: the same functions, traced
    ("torch.nn.modules.linear.", "torch.nn."),
    ("torch.nn.modules.conv.", "torch.nn."),
    ("torch.nn.parameter.", "torch.nn."),
    ("torch.nn.modules.activation.", "torch.nn."),
)


def canonical(qname: str) -> str:
    # to a fixed point: tf.compat.v1.initializers.X -> tensorflow.initializers.X -> keras.initializers.X
    for _ in range(4):
        for old, new in PREFIX_ALIASES:
            if qname.startswith(old):
                if old == new:
                    return qname
                qname = new + qname[len(old):]
                break
        else:
            return qname
    return qname

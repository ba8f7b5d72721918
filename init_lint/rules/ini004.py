"""INI004: random weights with a scale far too large."""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Optional, Tuple

from ..vocab.roles import BIAS, role_of_name
from .base import Example, Rule, Verdict
from .common import dims_fan_in, layers_fan_ins, fan_in as known_fan_in, fmt, weight_scale
from .wording import CONSEQUENCE, compose, framing
from .fixes import hidden_init_fix

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class TooLargeWeights(Rule):
    code = "INI004"
    priority = 60
    name = "too-large-weights"
    checklist = "4 too large?"
    summary = "Weights are drawn with std 1 or more (or a unit draw multiplied up), so activations saturate or explode."
    why = (
        "Var(y) = n_in s^2 Var(x). With s = 1 and 784 inputs the pre-activation std is sqrt(784) = 28: tanh and "
        "sigmoid units are pinned at +-1 / 0 and 1 where their gradient is ~0, and ReLU nets grow x15.8 per layer "
        "(sqrt(500 / 2) with 500 inputs) until they overflow. `np.random.randn(n, m) * 10` (the classic 'random' init exercise) is "
        "100x worse in variance. Fires on any factor > 1 applied to a unit draw, on std >= 1 when the fan-in is "
        "16 or more or unknown (an unscaled `np.random.randn(y, x)`, `tf.random_normal([784, 256])`, "
        "`RandomNormal(stddev=1.0)`), and on centred uniform ranges with a bound a of 1 or more when the variance gain "
        "n_in a^2 / 3 reaches what std 1 gives at fan-in 16 (U(-1, 1) from fan-in 48 on); with the fan-in unknown, a "
        "range fires only when its std a / sqrt(3) reaches 1 (U(-2, 2), not U(-1, 1))."
    )
    fix_advice = "Scale the unit draw by the fan-in: `np.random.randn(n_out, n_in) * np.sqrt(2 / n_in)` (He, ReLU) or `* np.sqrt(1 / n_in)` (tanh); use `he_normal` / `kaiming_normal_` / `xavier_uniform_`. `--fix` rewrites it when the activation the layer feeds is known: NumPy scales by the fan-in, PyTorch gets `kaiming_normal_`/`xavier_normal_`, Keras `\"he_normal\"`/`\"glorot_uniform\"`, Flax `he_normal()`/`xavier_uniform()`, Haiku `VarianceScaling`."
    options_doc = "None."
    references = ("Glorot & Bengio (AISTATS 2010)", "He et al. (ICCV 2015)", "deeplearning.ai, initialization assignment (randn * 10)")
    fixable = True
    valid = (
        Example("import numpy as np\nW1 = np.random.randn(256, 784) * np.sqrt(2 / 784)\n"),
        Example("import numpy as np\nX = np.random.randn(64, 40)\nW = np.random.uniform(-1, 1, (40, 10))\n"
                "for _ in range(100):\n    W -= 0.01 * X.T @ (X @ W)\n"),
        Example("import torch.nn as nn\nemb = nn.Embedding(50000, 512)\nnn.init.normal_(emb.weight)\n"),
    )
    invalid = (
        Example("import numpy as np\n\ndef initialize_parameters_random(layers_dims):\n    parameters = {}\n"
                "    for l in range(1, len(layers_dims)):\n"
                "        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10\n"
                "    return parameters\n", 6),
        Example("import tensorflow as tf\nW1 = tf.Variable(tf.random_normal([784, 256]))\n", 2),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        if d.kind not in ("normal", "uniform") or not ctx.is_weight(site) or ctx.overwritten(site) or ctx.equalized_lr(site):
            return None
        fan_in = known_fan_in(ctx, site)
        big_fan = fan_in is None or fan_in >= ctx.options.large_fan_in
        typical = fan_in
        if fan_in is None and site.default_dims and None not in site.default_dims:
            # sizes known only from parameter defaults (`randn(heads, heads)`, heads=8): small there, silent
            # (along the axis the file multiplies the input with, when a use tells: `tf.matmul(h, W)` with W
            # [dimension, hidden], dimension=2, has fan-in 2)
            typical = dims_fan_in(site.default_dims, _fan_in_axis(ctx, site), d.framework)
            big_fan = typical is None or typical >= ctx.options.large_fan_in
        if fan_in is None and big_fan:
            layers_fan, known = _layers_fan_in(site, ctx)
            if layers_fan is not None:
                typical = layers_fan
                fan_in = layers_fan if known else None
                big_fan = typical >= ctx.options.large_fan_in
        if fan_in is None and big_fan and _small_side(site, ctx):
            big_fan = False
        if fan_in is None and site.layer is None and len(d.shape) == 1 and _data_width(d.shape[0]):
            # a weight vector as long as the data's feature axis (`w = normal(key, (X.shape[1],))`; `jnp.dot(X,
            # w)`): one linear unit over the features, a regression's output; nothing says how many features
            # there are (RULES: known fan-in decides)
            big_fan = False
        if fan_in is None and big_fan and site.layer is None and len(d.shape) == 2 and _single_layer(site, ctx):
            big_fan = False  # (a softmax regression's `Theta = randn(n_inputs, n_outputs)`, n_inputs = X.shape[1])
        if site.layer is None and len(d.shape) == 2 and _vocabulary_rows(site, ctx):
            return None  # an embedding table read by one-hot rows: N(0, 1) is its default (RULES)
        reason = None
        if d.kind == "normal" and d.factor is not None and d.factor > 1 and d.std is not None \
                and d.family not in ("he", "xavier", "lecun"):
            # (`randn(n, 1) * np.sqrt(2.0 / 1)`: a fan-in formula worth 1.41 at fan-in 1 is He, not a factor)
            reason = f"a unit draw multiplied by {fmt(d.factor)}"
        elif d.kind == "normal" and (d.nominal_std() or 0.0) >= 1 and big_fan:
            # the stddev as written: tf.truncated_normal(shape) (stddev 1.0, true std 0.88) is the unscaled draw
            reason = "std >= 1" + (f" with fan-in {fmt(fan_in)}" if fan_in else "")
        elif d.kind == "uniform" and d.low is not None and d.high is not None and d.low < 0 < d.high:
            s = weight_scale(site)
            # U(-a, a) has std a / sqrt(3): at a known fan-in it is far too large where the variance gain
            # fan_in * a^2 / 3 reaches what std 1 gives at `large_fan_in` (U(-1, 1) from fan-in 48 on)
            # (a known fan-in decides by that gain alone: U(-10, 10) at fan-in 8 multiplies the variance by 267)
            # (RULES: `uniform_(w, -1, 1)` "with large fan-in"; with no size known, only a range whose std reaches 1,
            # as a unit normal's does, is too large whatever the fan-in)
            if s is not None and s >= 1 and (fan_in * s * s / 3 >= ctx.options.large_fan_in if fan_in is not None else
                                             big_fan and (s * s / 3 >= 1 if typical is None
                                                          else typical * s * s / 3 >= ctx.options.large_fan_in)):
                reason = f"a range of +-{fmt(s)}" + (f" with fan-in {fmt(fan_in)}" if fan_in else "")
        if reason is None:
            return None
        f = framing(site, ctx)
        effect = {"relu": "activations explode", "tanh": "units saturate"}.get(f.family or "", "saturates/explodes")
        scale = d.describe_scale() + (f" with fan-in {fmt(fan_in)}" if fan_in else "")
        return Verdict(
            compose(self.code, f.name, scale, f.use, ((f": {effect}", CONSEQUENCE),) + f.consumer),
            detail=f"{f.name} is drawn with {d.describe_scale()} ({d.api}), {reason}: each layer multiplies the activation "
                   f"variance by fan_in x std^2, far above 1, so tanh/sigmoid units saturate (zero gradient) and ReLU "
                   f"activations explode layer by layer; {f.use}",
            fix=hidden_init_fix(ctx, site),
        )


def _data_width(node: ast.expr) -> bool:
    """`X.shape[1]`, `x.shape[-1]`: a size read off an array's shape."""
    return any(isinstance(n, ast.Attribute) and n.attr == "shape" for n in ast.walk(node))


_VOCABULARY = re.compile(r"vocab|^n_?words$|^num_words$|^n_?tokens$|^num_tokens$")
# the users and items of a recommender: a matrix drawn with one side per user (`randn(K, self.n_users)`) is a
# factor matrix, one latent vector per id, looked up by id and dotted with another id's (an embedding table)
_ID_COUNT = re.compile(r"^(?:n|num)_?(?:users|items|movies)$")


def _vocabulary_rows(site: "Site", ctx: "Context") -> bool:
    """A matrix whose multiplied side is a vocabulary (`randn(vocab_size, n_embedding)`; `X @ model["w1"]` with X
    one-hot words): each input selects one row, nothing is summed over that side, so the matrix is an embedding
    table (word2vec's input weights) and its scale is the embedding's, N(0, 1) by default."""
    axis = _fan_in_axis(ctx, site)
    if axis is None and len(site.dist.shape) == 2 and site.key not in ctx.m.matmul_keys \
            and not any(ctx.uses(c, a) & {"matrix", "multiplied"} for c, a in ctx.param_targets(site)) \
            and not _passed_as_weights(site, ctx):
        # (no product in the file multiplies with it, `T.mean(W_in[context], axis=1)`: rows looked up, whatever
        # side is the vocabulary's)
        return sum(1 for side in site.dist.shape if _vocabulary_side(side)) == 1
    side = site.dist.shape[axis] if axis is not None else None
    if site.layer is None and len(site.dist.shape) == 2 and any(_id_count(x) for x in site.dist.shape) \
            and _looked_up(site, ctx):
        return True  # (an AutoRec encoder, `ratings @ W` over every item, is multiplied whole: a layer's weight)
    return side is not None and _vocabulary_side(side)


def _looked_up(site: "Site", ctx: "Context") -> bool:
    """The file indexes the matrix (`self.W[:, user_id]`, `X[ids, :]`): vectors looked up by id."""
    text = site.target_text if site.target_text else site.assigned_name
    return bool(text) and any(ast.unparse(n.value) == text for n in ctx.m.nodes_of(ast.Subscript))


def _id_count(side: ast.expr) -> bool:
    name = _size_name(side)
    return name is not None and bool(_ID_COUNT.match(name.lower()))


def _size_name(side: ast.expr) -> Optional[str]:
    """The name a size is written with: `vocab_size`, `self.n_users`."""
    return side.id if isinstance(side, ast.Name) else side.attr if isinstance(side, ast.Attribute) else None


def _passed_as_weights(site: "Site", ctx: "Context") -> bool:
    """The tensor is handed to a call as its `weights=` (`tf.nn.nce_loss(weights=nce_weights, ...)`): the call
    multiplies with it; or it is paired with a bias (`output_projection = (W, b)`, handed to a seq2seq decoder):
    a layer's weight and bias, which no embedding table has."""
    name = site.assigned_name or site.target_text
    if any(k.arg == "weights" and isinstance(k.value, ast.Name) and k.value.id == name
           for call in ctx.m.nodes_of(ast.Call) for k in call.keywords):
        return True
    return any(len(t.elts) == 2 and isinstance(t.elts[0], ast.Name) and t.elts[0].id == name
               and isinstance(t.elts[1], ast.Name) and role_of_name(t.elts[1].id) == BIAS
               for t in ctx.m.nodes_of(ast.Tuple))


def _vocabulary_side(side: ast.expr) -> bool:
    name = _size_name(side)
    return name is not None and bool(_VOCABULARY.search(name.lower()))


def _single_layer(site: "Site", ctx: "Context") -> bool:
    """A matrix whose multiplied side is the data's feature width (`n_inputs = X_train.shape[1]`; `X_train @
    Theta`) and whose output is the model's (no layer after it; or, where the dataflow cannot tell, its output goes
    straight into a softmax or sigmoid): the one layer of a linear, logistic or softmax regression.
    How many features the data has is unknown (RULES: known fan-in decides), and there is no signal to carry
    through layers."""
    from .fixes import fan_in_axis

    axis = fan_in_axis(ctx, site)
    side = site.dist.shape[axis] if axis is not None else None
    if side is None:
        return False
    if site.cls is not None:
        return False  # (a layer class's weight: its instances may sit anywhere in a network)
    role = ctx.position_role(site)
    consumer = ctx.facts.consumer.get(site.key or "")
    link = consumer is None or consumer[0][0] in ("softmax", "log_softmax", "sigmoid")
    other = site.dist.shape[1 - axis] if axis in (0, 1) and len(site.dist.shape) == 2 else None
    one_unit = isinstance(other, ast.Constant) and other.value == 1  # (n_features, 1): one linear unit, a regression
    if not (link and (role == "output" or role == "unknown" and (consumer is not None or one_unit)
                      and site.key not in ctx.facts.fed and site.key not in ctx.facts.hidden)):
        return False  # (what feeds another layer, or a hidden activation, is a network's, not a regression's)
    if _data_width(side):
        return True
    if isinstance(side, ast.BinOp) and isinstance(side.op, ast.Add) and isinstance(side.right, ast.Constant):
        side = side.left  # `n + 1`: the features and a bias column
    if not isinstance(side, ast.Name):
        return False
    # (`n_features = X.shape[1]`, or `m, n = housing.data.shape`)
    bound = [a.value for a in ctx.m.nodes_of(ast.Assign)
             if any(isinstance(t, ast.Name) and t.id == side.id
                    or isinstance(t, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == side.id for e in t.elts)
                    for t in a.targets)]
    return bool(bound) and all(_data_width(v) for v in bound)


def _fan_in_axis(ctx: "Context", site: "Site") -> Optional[int]:
    from .fixes import fan_in_axis

    return fan_in_axis(ctx, site) if site.layer is None and len(site.dist.shape) == 2 else None


def _small_side(site: "Site", ctx: "Context") -> bool:
    """A 2-D weight with one side known and under `large_fan_in` while the other is unknown, and no use in
    the file saying which side is multiplied (`nce_weights = uniform([vocab_size, embedding_size], -1, 1)`,
    embedding_size = 2): its fan-in may be that small side, where std 1 is right. Not certain: silent."""
    from .fixes import fan_in_axis

    dims = site.dims
    if len(dims) != 2 or site.layer is not None or site.dim_sets or fan_in_axis(ctx, site) is not None:
        return False
    known = [x for x in dims if x is not None]
    return len(known) == 1 and known[0] < ctx.options.large_fan_in


def _layers_fan_in(site: "Site", ctx: "Context") -> Tuple[Optional[float], bool]:
    """The largest fan-in of the layers the init reaches (its own layer, or every layer a loop over the modules
    reaches), and whether every one of them is known: (None, False) when any is unknown. A layer's size made
    by the parameter defaults (`nn.Linear(input_dim, 2)`, input_dim=2, in a class built with its defaults) is
    a typical size, used only to stay silent."""
    layers = [site.layer] if site.layer is not None else ctx.matched_layers(site) or [] if ctx.blanket(site) else []
    fans = layers_fan_ins(layers, typical=True)
    return (max(fans), layers_fan_ins(layers) is not None) if fans else (None, False)

"""What several rules share: how a site is named in messages, the scale the author wrote, and the pairing
logic of INI101-INI103. (The fix builders are in rules/fixes.py.)

Nothing of the semantic model is imported at module level (rule metadata must load without it);
the few semantic helpers needed at check time are imported where they are used.
"""

from __future__ import annotations

import ast
import math
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from ..semantic.astutil import arg
from ..vocab.act_names import family

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context, Pairing
    from ..semantic.evaluator import Dist
    from ..semantic.model import Layer, Site


def fmt(x: float) -> str:
    """A number as messages show it (the evaluator's spelling)."""
    from ..semantic.evaluator import fmt as _fmt

    return _fmt(x)


def formula_on_fan_out(ctx: "Context", site: "Site") -> bool:
    """`W1 = randn(D, H) / np.sqrt(H)` used as `np.dot(X, W1)`: the formula divides by the size the file
    multiplies out (the fan-out H), not the one it sums over (the fan-in D). Not the fan-in family the formula
    spells (std 1/sqrt(H) is neither LeCun nor He for fan-in D), so no pairing rule claims one."""
    d = site.dist
    if d.fan_in_expr is None or len(d.shape) != 2 or site.layer is not None:
        return False
    import ast

    from .fixes import fan_in_axis

    axis = fan_in_axis(ctx, site)
    if axis is None:
        return False
    formula, fan_in_dim, fan_out_dim = (ast.dump(x) for x in (d.fan_in_expr, d.shape[axis], d.shape[1 - axis]))
    return formula == fan_out_dim != fan_in_dim


def formula_off_fan_in(ctx: "Context", site: "Site") -> bool:
    """`stddev=1. / math.sqrt(winx2 * winy2)` on a [3, 3, 16, 4] kernel: the formula's n (9, the window) is not the
    weight's fan-in (144), so the draw is no LeCun/He init of this weight, whatever its shape says."""
    d = site.dist
    if d.fan_in_expr is None:
        return False
    n = ctx.m.ev.number(d.fan_in_expr)
    fans = fan_ins(ctx, site)
    return n is not None and n > 0 and bool(fans) and all(max(n, f) / min(n, f) >= 2 for f in fans or () if f > 0)


def fan_in(ctx: "Context", site: "Site") -> Optional[float]:
    """The site's fan-in (the largest, when calls of its helper give several)."""
    fans = fan_ins(ctx, site)
    return max(fans) if fans else None


def fan_ins(ctx: "Context", site: "Site") -> Optional[List[float]]:
    """Every fan-in the tensor is drawn with: the layer's; else, for a helper or layer class whose sizes come
    from its calls, one per call that builds a weight (`Layer_Dense(2, 64)`: 2); else its own shape's. A 2-D
    weight's fan-in is the axis the file multiplies the input along (`x @ W1` with W1 (6, 100): 6), else the
    model's guess from the shape alone. None when unknown."""
    d = site.dist
    if site.layer is not None and site.layer.in_features is not None:
        return [float(site.layer.in_features)]
    axis: Optional[int] = None
    if site.layer is None and len(d.shape) == 2 or site.dim_sets:
        from .fixes import fan_in_axis

        axis = fan_in_axis(ctx, site)
    if site.layer is None and len(d.shape) >= 3 and ctx.batched_matrices(site):
        # torch.matmul(W, x) with W (1, routes, capsules, out, in): each matrix sums over one of its last two
        # axes (which one is not told: the smaller, the lenient choice)
        sets = [dims for dims, _ in site.dim_sets] if site.dim_sets else [site.dims]
        found = [float(min(dims[-1], dims[-2])) for dims in sets
                 if len(dims) >= 3 and dims[-1] is not None and dims[-2] is not None]
        return found or None
    if site.dim_sets:
        return [n for n, _ in _call_fan_ins(site, axis)] or None
    if site.layer is None and len(site.dims) >= 2 and (None not in site.dims or axis is not None):
        n = dims_fan_in(site.dims, axis, d.framework)
        if n is not None:
            return [n]
    n = ctx.fan_in(site)
    if n is None and site.layer is not None and _dense(site.layer.type_name):
        return _producer_widths(ctx, site.layer.key)
    if n is None and site.layer is not None and _keras_conv(site.layer.type_name):
        return _producer_channels(ctx, site.layer)
    return [n] if n is not None else None


def layers_fan_ins(layers: Sequence["Layer"], typical: bool = False) -> Optional[List[float]]:
    """Each layer's fan-in, when every one is known; with `typical`, a size made by the constructor's parameter
    defaults (`nn.Linear(input_dim, 2)`, input_dim=2) stands in for an unknown one (used only to stay silent)."""
    fans = [l.in_features if l.in_features is not None or not typical else l.typical_in for l in layers]
    return None if not fans or any(f is None for f in fans) else [float(f) for f in fans if f is not None]


def call_fan_ins(ctx: "Context", site: "Site") -> List[Tuple[float, Optional[str]]]:
    """For a helper or layer class whose sizes come from its calls: each call's fan-in, with the target the call
    is assigned to (`self.fc2` of `self.fc2 = Dense(128, 10)`)."""
    axis: Optional[int] = None
    if site.layer is None and len(site.dist.shape) == 2 or site.dim_sets:
        from .fixes import fan_in_axis

        axis = fan_in_axis(ctx, site)
    return _call_fan_ins(site, axis)


def _call_fan_ins(site: "Site", axis: Optional[int]) -> List[Tuple[float, Optional[str]]]:
    from ..vocab.roles import BIAS, NORM, WEIGHT, role_of_name

    d = site.dist
    out: List[Tuple[float, Optional[str]]] = []
    # (a class's calls are assigned to the objects they build, `best = Agent(15)`: no tensor's name)
    built = site.cls is not None and site.func is not None and site.func.name == "__init__"
    for dims, target in site.dim_sets:
        if len(dims) == 1 and built and len(d.shape) == 1 and dims[0] is not None:
            # a neuron's weight vector (`self.W = uniform(-1, 1, size=num_inputs)`, `Neuron(num_inputs=3)`):
            # each entry multiplies one input
            out.append((float(dims[0]), target))
            continue
        if len(dims) < 2 or target and not built and site.role != WEIGHT \
                and role_of_name(target.split(".")[-1]) in (BIAS, NORM):
            # b1 = init_weights([M]): a bias the same helper draws (where the helper's own name for the tensor
            # says weight, `W1 = tf.Variable(...)` in `def ann(a1, a2)`, the call's target names what the function
            # returns, `b = ann(100, 50)`, not this tensor)
            continue
        n = dims_fan_in(dims, axis, d.framework)
        if n is not None:
            out.append((n, target))  # (a call whose fan-in size is unknown tells nothing: the others decide)
    return out


def _input_width(ctx: "Context", layer_node: ast.AST) -> Optional[float]:
    """`Dense(...)(inputs)` with `inputs = Input(shape=(784,))` bound once in the file: 784."""
    applied = ctx.memo.get(("applied layers",))
    if not isinstance(applied, dict):
        applied = ctx.memo[("applied layers",)] = {id(c.func): c for c in ctx.m.nodes_of(ast.Call)
                                                   if isinstance(c.func, ast.Call)}
    call = applied.get(id(layer_node))
    given = call.args[0] if call is not None and call.args else None
    if not isinstance(given, ast.Name):
        return None
    bound = [a.value for a in ctx.m.nodes_of(ast.Assign)
             if len(a.targets) == 1 and isinstance(a.targets[0], ast.Name) and a.targets[0].id == given.id]
    if len(bound) != 1 or not isinstance(bound[0], ast.Call) \
            or (ctx.m.ev.qname(bound[0].func) or "").rsplit(".", 1)[-1] != "Input":
        return None
    shape = arg(bound[0], 0, "shape")
    if not isinstance(shape, (ast.Tuple, ast.List)) or len(shape.elts) != 1:
        return None  # (an image input: what reaches a Dense layer depends on the layers between)
    return ctx.m.ev.number(shape.elts[0])


def _dense(type_name: str) -> bool:
    return type_name.rsplit(".", 1)[-1] in ("Dense", "Linear")


_KERAS_CONVS = ("Conv1D", "Conv2D", "Conv3D")


def _keras_conv(type_name: str) -> bool:
    return type_name.startswith(("tensorflow.", "keras.", "tf_keras.")) and type_name.rsplit(".", 1)[-1] in _KERAS_CONVS


def _producer_channels(ctx: "Context", layer: "Layer") -> Optional[List[float]]:
    """A Keras conv layer's fan-in (its kernel's size times its input channels, channels last) from the Keras conv
    layers whose output the dataflow feeds into it (`self.conv2(self.pool1(self.conv1(x)))`: conv1's filters),
    directly or through a norm layer (`conv -> BatchNormalization -> conv`), when each one's filter count is a
    known number."""
    from ..semantic.astutil import positional
    from ..semantic.model import keras_fan_in

    node = layer.node
    if not isinstance(node, ast.Call):
        return None
    kws = {k.arg: k.value for k in node.keywords if k.arg is not None}
    last = layer.type_name.rsplit(".", 1)[-1]
    producers = _producers(ctx, layer.key)
    if producers is None:
        return None
    found: List[float] = []
    for before in producers:
        if not _keras_conv(before.type_name) or not isinstance(before.node, ast.Call) \
                or before.type_name.rsplit(".", 1)[-1] != last:
            return None
        filters = arg(before.node, 0, "filters")
        channels = ctx.m.ev.number(filters) if filters is not None else None
        n = keras_fan_in(ctx.m.ev, last, positional(node), kws, channels) if channels is not None else None
        if n is None:
            return None
        found.append(n)
    return found or None


def _producers(ctx: "Context", key: str, depth: int = 0) -> Optional[List["Layer"]]:
    """The layers whose output the dataflow feeds into the layer `key`, activated or as it is, looking through the
    norm layers between (their own producers); None when one of them is no layer of the file."""
    f = ctx.facts
    out: List["Layer"] = []
    for prev in sorted(f.feeders.get(key, set()) | f.raw_feeders.get(key, set())):
        before = ctx.m.layers.get(prev)
        if before is None:
            return None
        if before.kind == "norm":
            inner = _producers(ctx, prev, depth + 1) if depth < 4 else None
            if inner is None:
                return None
            out.extend(inner)
        else:
            out.append(before)
    return out


def _producer_widths(ctx: "Context", key: str) -> Optional[List[float]]:
    """A dense layer's fan-in from the dense layers whose output the dataflow feeds into it (`X = Dense(512,
    activation="relu")(X_input); X = Dense(256, ...)(X)`: 512), when each one's width is a known number; for the
    first layer of a Keras functional model, the width of the `Input(shape=(784,))` it is applied to."""
    widths: List[float] = []
    own = ctx.m.layers.get(key)
    if own is not None and not own.type_name.endswith("Linear"):
        given = _input_width(ctx, own.node)
        if given is not None:
            return [given]
    for prev in sorted(ctx.facts.feeders.get(key, ())):
        layer = ctx.m.layers.get(prev)
        node = layer.node if layer is not None else None
        if layer is None or not _dense(layer.type_name) or not isinstance(node, ast.Call):
            return None
        keras = not layer.type_name.endswith("Linear")
        width = arg(node, 0, "units") if keras else arg(node, 1, "out_features")
        n = ctx.m.ev.number(width) if width is not None else None
        if n is None:
            return None
        widths.append(n)
    return widths or None


def dims_fan_in(dims: Sequence[Optional[float]], axis: Optional[int], framework: str) -> Optional[float]:
    """The fan-in of a weight of this shape: the multiplied axis of a matrix (the larger side when unknown,
    the lenient choice); a kernel's receptive field times its input channels (TF/Keras/JAX HWIO: all but
    the last; PyTorch/NumPy OIHW: all but the first)."""
    known = dims[axis] if len(dims) == 2 and axis is not None else None
    if known is not None:
        return float(known)  # (the other side may be unknown: tf.matmul(outputs, W) with W (5, n_class))
    if any(x is None for x in dims) or len(dims) < 2:
        return None
    sizes = [float(x) for x in dims if x is not None]
    if len(sizes) == 2:
        return sizes[axis] if axis is not None else max(sizes)
    if framework in ("tf", "keras", "jax"):
        return math.prod(sizes[:-1])
    if framework in ("torch", "numpy"):
        return math.prod(sizes[1:])
    return max(sizes)


def weight_scale(site: "Site") -> Optional[float]:
    """The scale the author wrote: the std of a normal, the half-width of a centred uniform."""
    d = site.dist
    if d.kind == "normal":
        return d.std
    if d.kind == "uniform" and d.low is not None and d.high is not None and d.low < 0 < d.high:
        return max(-d.low, d.high)
    return None


# ---------------------------------------------------------------- pairing (INI101-INI103)


def paired(site: "Site", ctx: "Context") -> Optional["Pairing"]:
    d = site.dist
    # an initializer of a named family, or a draw scaled by a variance-preserving formula of the fan-in
    # (`randn(n, m) * np.sqrt(2 / n)`, `normal_(w, std=math.sqrt(1 / fan_in))`)
    if d.kind not in ("family", "normal", "uniform") or d.family not in ("xavier", "lecun", "he") \
            or not ctx.is_weight(site):
        return None
    if d.default and not ctx.options.strict_defaults:
        return None
    if ctx.overwritten(site):
        return None
    if _scoring_vector(site) or ctx.visitor_passed_over(site):
        return None
    return ctx.pairing(site)


def _scoring_vector(site: "Site") -> bool:
    """A TF/Keras/JAX variable (or a torch Parameter multiplied from the right) of literal shape (n, 1) made by
    itself (`add_weight(shape=(2 * units, 1))`, a graph attention vector): one output unit, a score per row, not a
    hidden layer whose width the activation's gain keeps in balance."""
    shape = site.dist.shape
    if site.layer is not None or len(shape) != 2 or site.dist.framework not in ("keras", "tf", "jax", "torch"):
        return False
    last = shape[-1]
    if not (type(last) is ast.Constant and last.value == 1):
        return False
    if site.dist.framework != "torch":
        return True
    # (a torch Parameter of shape (n, 1) is a score vector only where it is the right operand of `@`, `x @
    # self.a1`: F.linear would read it as (out, in), a layer of one input)
    attr = site.target_text[5:] if site.cls is not None and site.target_text.startswith("self.") else ""
    return bool(attr) and any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.MatMult)
                              and isinstance(n.right, ast.Attribute) and n.right.attr == attr
                              and isinstance(n.right.value, ast.Name) and n.right.value.id == "self"
                              for fn in site.cls.methods.values() for n in ast.walk(fn))  # type: ignore[union-attr]


_SCALE_TEXT = {"he": "the He scale sqrt(2 / fan_in)", "lecun": "the LeCun/Xavier scale sqrt(1 / fan_in)",
               "xavier": "the Glorot scale sqrt(2 / (fan_in + fan_out))"}


def init_text(d: "Dist") -> str:
    """What the user chose: `nn.init.xavier_uniform_`, or `np.random.randn scaled by the He scale ...`."""
    if d.kind == "family":
        return d.api
    return f"{d.api} scaled by {_SCALE_TEXT.get(d.family or '', 'a fan-in formula')}"


def family_of(p: "Pairing") -> Optional[str]:
    return family(p.act[0])

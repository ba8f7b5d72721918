"""The fix builders the rules call: `ast` in, intents out (init_lint.fix.intents). No code is built here from
libcst nodes; `init_lint.fix.apply` turns the intents into edits under --fix/--diff.

Two promises every builder keeps, or it returns None (no fix) instead of guessing:

* **Only real names.** A swapped initializer is looked up in a table of the names each framework module
  really has (`_MODULES`), by the module the user's spelling resolves to (`from torch.nn.init import
  xavier_uniform_` -> torch.nn.init; `tf.compat.v1.glorot_uniform_initializer` -> tensorflow.compat.v1), and a
  bare imported name gets its new name imported from the same module (`SwapInitializer.import_from`).
* **Final.** The fixed code must not fire again: He for the ReLU family / LeCun-Glorot for tanh, as the
  pairing rules want it; a NumPy scale uses the fan-in of the axis the weight is multiplied on (`W @ x`,
  `np.dot(W, x)` -> shape[1]; `x @ W`, `np.dot(x, W)` -> shape[0]), found from the file's own uses, and keeps
  the RNG object, the draw and the dtype it had.
"""

from __future__ import annotations

import ast
import re
import weakref
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from ..fix.intents import Fix, ReplaceExpression, ReplaceString, ScaleByFanIn, SwapInitializer
from ..semantic.astutil import has_star_args
from ..semantic.keys import is_tensor_key, tensor_key, tensor_name
from ..vocab.act_names import family
from ..vocab.triggers import CONVENTIONAL

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.evaluator import Dist
    from ..semantic.model import Site

# ---------------------------------------------------------------------------
# what each framework module really has

_TORCH = frozenset({"xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_",
                    "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"})
_KERAS_LOWER = frozenset({"glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
                          "lecun_normal", "variance_scaling", "VarianceScaling"})
_KERAS = _KERAS_LOWER | {"GlorotUniform", "GlorotNormal", "HeUniform", "HeNormal", "LecunUniform", "LecunNormal"}
_TF1 = frozenset({"glorot_uniform_initializer", "glorot_normal_initializer", "variance_scaling_initializer"})
_CONTRIB = frozenset({"xavier_initializer", "xavier_initializer_conv2d", "variance_scaling_initializer"})
_JAX = frozenset({"glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform", "lecun_normal",
                  "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "variance_scaling"})
_HAIKU = frozenset({"VarianceScaling"})

# module as the user's import spells it -> (API style, the initializer names it has)
_MODULES: Dict[str, Tuple[str, FrozenSet[str]]] = {
    "torch.nn.init": ("torch", _TORCH),
    "keras.initializers": ("keras", _KERAS),
    "tensorflow.keras.initializers": ("keras", _KERAS),
    "tf_keras.initializers": ("keras", _KERAS),
    "tensorflow.initializers": ("keras", _KERAS),  # TF 1.15 has the lower-case names; CamelCase only in TF 2
    # TF 1 style: tf.compat.v1.keras.initializers / tf.compat.v1.initializers have only the lower-case names
    "tensorflow.compat.v1.keras.initializers": ("keras", _KERAS_LOWER),
    "tensorflow.compat.v1.initializers": ("keras", _KERAS_LOWER),
    # tf.glorot_uniform_initializer (TF 1) has no He sibling: He is variance_scaling_initializer(scale=2.0, ...)
    "tensorflow": ("tf1", _TF1),
    "tensorflow.compat.v1": ("tf1", _TF1),
    "tensorflow.contrib.layers": ("contrib", _CONTRIB),
    "jax.nn.initializers": ("jax", _JAX),
    "flax.linen.initializers": ("jax", _JAX),
    "flax.nnx.initializers": ("jax", _JAX),
    "haiku.initializers": ("haiku", _HAIKU),
}

# family swaps by name: `to` -> old name -> new name (same module)
_SWAP = {
    "torch": {
        "relu": {"xavier_uniform_": "kaiming_uniform_", "xavier_normal_": "kaiming_normal_",
                 "xavier_uniform": "kaiming_uniform", "xavier_normal": "kaiming_normal"},
        "tanh": {"kaiming_uniform_": "xavier_uniform_", "kaiming_normal_": "xavier_normal_",
                 "kaiming_uniform": "xavier_uniform", "kaiming_normal": "xavier_normal"},
    },
    "keras": {
        "relu": {"glorot_uniform": "he_uniform", "glorot_normal": "he_normal", "lecun_uniform": "he_uniform",
                 "lecun_normal": "he_normal", "GlorotUniform": "HeUniform", "GlorotNormal": "HeNormal",
                 "LecunUniform": "HeUniform", "LecunNormal": "HeNormal"},
        "tanh": {"he_uniform": "glorot_uniform", "he_normal": "glorot_normal", "HeUniform": "GlorotUniform",
                 "HeNormal": "GlorotNormal"},
    },
    "jax": {
        "relu": {"glorot_uniform": "he_uniform", "glorot_normal": "he_normal", "xavier_uniform": "he_uniform",
                 "xavier_normal": "he_normal", "lecun_uniform": "he_uniform", "lecun_normal": "he_normal"},
        "tanh": {"he_uniform": "glorot_uniform", "he_normal": "glorot_normal", "kaiming_uniform": "xavier_uniform",
                 "kaiming_normal": "xavier_normal"},
    },
}

# Keras string initializers (`kernel_initializer="glorot_uniform"`): only strings Keras itself accepts
_SWAP_STRINGS = {
    "relu": {"glorot_uniform": "he_uniform", "glorot_normal": "he_normal", "xavier_uniform": "he_uniform",
             "xavier_normal": "he_normal", "lecun_uniform": "he_uniform", "lecun_normal": "he_normal"},
    "tanh": {"he_uniform": "glorot_uniform", "he_normal": "glorot_normal", "kaiming_uniform": "glorot_uniform",
             "kaiming_normal": "glorot_normal"},
}

# variance-scaling initializers: (scale keyword, mode keyword, distribution keyword) and the values per family
_VARIANCE_SCALING = {"VarianceScaling", "variance_scaling", "variance_scaling_initializer"}
_VS_ARGS = {"contrib": ("factor", "mode", "uniform")}
_VS_VALUES = {"relu": ("2.0", '"fan_in"'), "tanh": ("1.0", '"fan_avg"')}
_CONTRIB_VS_VALUES = {"relu": ("2.0", '"FAN_IN"'), "tanh": ("1.0", '"FAN_AVG"')}


def swap_fix(ctx: "Context", site: "Site", to: str) -> Optional[Fix]:
    """Swap the initializer family for the activation (`to` is "relu" or "tanh"); None when the swap is not
    one of the known, existing names."""
    node = site.dist.node
    if isinstance(node, ast.keyword):
        node = node.value
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        new = _SWAP_STRINGS.get(to, {}).get(node.value.lower())
        return Fix(ctx.span(node), ReplaceString(new)) if new is not None else None
    api = site.dist.api
    if isinstance(node, ast.Name) and site.keyword is not None and len(api) > 2 and api[0] == api[-1] == '"':
        # kernel_initializer=init with the parameter's default init="glorot_uniform", reported at this layer:
        # this layer gets the initializer its activation needs, spelled out (other layers keep the default)
        new = _SWAP_STRINGS.get(to, {}).get(api[1:-1].lower())
        return Fix(ctx.span(node), ReplaceExpression(f'"{new}"')) if new is not None else None
    if not isinstance(node, ast.Call) or to not in _VS_VALUES:
        return None
    spelled = _spelled_name(ctx, node.func)
    if spelled is None or "." not in spelled:
        return None
    module, _, old = spelled.rpartition(".")
    known = _MODULES.get(module)
    if known is None or old not in known[1]:
        return None
    style, names = known
    intent = _swap_intent(ctx, site, node, style, old, to)
    if intent is None or intent.new_name not in names:
        return None
    imports: Tuple[str, ...] = ()
    if isinstance(node.func, ast.Name):
        if intent.new_name != old:
            if _imported_from(ctx, node.func.id) != module:
                return None  # a bare name we cannot re-import the same way
            intent = SwapInitializer(intent.new_name, module, intent.drop_keywords, intent.keep_positional,
                                     intent.add_keywords)
            imports = (f"from {module} import {intent.new_name}",)
    elif not isinstance(node.func, ast.Attribute):
        return None
    return Fix(ctx.span(node), intent, imports)


def _swap_intent(ctx: "Context", site: "Site", call: ast.Call, style: str, old: str, to: str
                 ) -> Optional[SwapInitializer]:
    if has_star_args(call):
        return None
    if old in _VARIANCE_SCALING:
        return _variance_scaling_intent(ctx, call, style, old, to)
    kws = {k.arg for k in call.keywords}
    if style == "tf1":
        # tf.glorot_*_initializer(seed=None, dtype=tf.float32) -> tf.variance_scaling_initializer(scale, mode,
        # distribution, seed, dtype); TF 1's "normal" is the truncated normal glorot_normal_initializer draws
        if to != "relu" or call.args:
            return None
        dist = '"uniform"' if old == "glorot_uniform_initializer" else '"normal"'
        mode = '"fan_out"' if _tf_fan_in_is_last_axis(ctx, site) else '"fan_in"'
        return SwapInitializer("variance_scaling_initializer", keep_positional=0,
                               add_keywords=(("scale", "2.0"), ("mode", mode), ("distribution", dist)))
    if style == "contrib":
        # xavier_initializer(uniform=True, seed, dtype) -> variance_scaling_initializer(factor=2.0, mode='FAN_IN',
        # uniform=False, seed, dtype): He with the same `uniform`
        if to != "relu" or call.args:
            return None
        added: Tuple[Tuple[str, str], ...] = () if "uniform" in kws else (("uniform", "True"),)
        if _tf_fan_in_is_last_axis(ctx, site):
            added += (("mode", "'FAN_OUT'"),)
        return SwapInitializer("variance_scaling_initializer", keep_positional=0, add_keywords=added)
    new = _SWAP.get(style, {}).get(to, {}).get(old)
    if new is None:
        return None
    if style != "torch":
        return SwapInitializer(new)  # same arguments (seed=, in_axis=, dtype=, ...)
    if to == "relu":
        p = ctx.pairing(site)
        slope = p.act[1] if p is not None and p.act[0] == "leaky_relu" else None
        add: Tuple[Tuple[str, str], ...] = (("nonlinearity", '"relu"'),)
        if slope is not None and slope > 0:
            add = (("a", f"{slope:g}"), ("nonlinearity", '"leaky_relu"'))
        return SwapInitializer(new, drop_keywords=("gain",), keep_positional=1, add_keywords=add)
    # a gain written for the He call (calculate_gain("relu")) would make the Xavier call wrong again (INI103)
    return SwapInitializer(new, drop_keywords=("a", "mode", "nonlinearity", "gain"), keep_positional=1)


def _variance_scaling_intent(ctx: "Context", call: ast.Call, style: str, old: str, to: str
                             ) -> Optional[SwapInitializer]:
    """VarianceScaling(1.0, "fan_avg", "uniform") -> VarianceScaling(scale=2.0, mode="fan_in",
    distribution="uniform"): the same initializer with the family's scale and mode."""
    scale_kw, mode_kw, dist_kw = _VS_ARGS.get(style, ("scale", "mode", "distribution"))
    scale, mode = (_CONTRIB_VS_VALUES if style == "contrib" else _VS_VALUES)[to]
    if len(call.args) > 3:
        return None
    add: List[Tuple[str, str]] = [(scale_kw, scale), (mode_kw, mode)]
    if len(call.args) == 3:
        add.append((dist_kw, ctx.m.source.segment(call.args[2])))
    return SwapInitializer(old, keep_positional=0, add_keywords=tuple(add))


def _spelled_name(ctx: "Context", func: ast.AST) -> Optional[str]:
    """The dotted name a callee resolves to through the file's imports, as the imports spell it (no
    canonicalisation: `tf.compat.v1.X` stays tensorflow.compat.v1.X)."""
    parts: List[str] = []
    node = func
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    head = node.id
    names = ctx.m.imports.names
    if head in names:
        full = names[head]
    elif head == "nn" and ctx.m.imports.uses_flax():
        full = "flax.linen"
    elif head in CONVENTIONAL:
        full = CONVENTIONAL[head]
    else:
        return None
    return ".".join([full, *reversed(parts)])


_BINDINGS_CACHE: "weakref.WeakKeyDictionary[Context, Dict[str, Set[str]]]" = weakref.WeakKeyDictionary()


def _imported_from(ctx: "Context", name: str) -> Optional[str]:
    """The module of the one absolute `from M import name` that binds `name`; None otherwise (also when an
    `import` or a relative import binds it too)."""
    bindings = _BINDINGS_CACHE.get(ctx)
    if bindings is None:
        bindings = _BINDINGS_CACHE[ctx] = {}
        for node in ast.walk(ctx.m.module):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    module = node.module if node.level == 0 and node.module else ""
                    bindings.setdefault(alias.asname or alias.name, set()).add(module)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    bindings.setdefault(alias.asname or alias.name.split(".")[0], set()).add("")
    found = bindings.get(name, set())
    return next(iter(found)) if len(found) == 1 and "" not in found else None


# ---------------------------------------------------------------------------
# hidden-layer weights that are zeros, a constant, too small or too large (INI001-INI004), in every framework

# the fills and draws the hidden-layer fix replaces, per API style (the user's initializer name)
_TORCH_FILLS = frozenset({"zeros_", "ones_", "constant_", "normal_", "uniform_", "trunc_normal_"})
_TORCH_FILL_KEYWORDS = ("val", "mean", "std", "a", "b")  # the arguments of those fills (a, b: bounds)
_TORCH_METHODS = frozenset({"zero_", "fill_", "normal_", "uniform_"})  # w.data.fill_(0), w.normal_(0, 1e-4)
_KERAS_FILLS = frozenset({"Zeros", "zeros", "Ones", "ones", "Constant", "constant", "RandomNormal",
                          "random_normal", "RandomUniform", "random_uniform", "TruncatedNormal", "truncated_normal"})
_KERAS_FILL_KEYWORDS = ("value", "mean", "stddev", "minval", "maxval")
_JAX_FILL_FUNCTIONS = frozenset({"zeros", "ones"})  # initializers themselves: passed uncalled
_JAX_FILL_FACTORIES = frozenset({"zeros_init", "ones_init", "constant", "normal", "uniform", "truncated_normal"})
_JAX_FILL_KEYWORDS = ("value", "stddev", "scale", "lower", "upper")
_HAIKU_FILLS = frozenset({"Constant", "RandomNormal", "RandomUniform", "TruncatedNormal"})
_HAIKU_FILL_KEYWORDS = ("constant", "stddev", "mean", "minval", "maxval", "lower", "upper")

# (style, family) -> the initializer the hidden layer gets (rules/wording.py advises the same ones)
_HIDDEN_NEW = {
    ("torch", "relu"): "kaiming_normal_", ("torch", "tanh"): "xavier_normal_",
    ("keras", "relu"): "he_normal", ("keras", "tanh"): "glorot_uniform",
    ("keras_class", "relu"): "HeNormal", ("keras_class", "tanh"): "GlorotUniform",
    ("jax", "relu"): "he_normal", ("jax", "tanh"): "xavier_uniform",
}
_HAIKU_NEW = {"relu": "VarianceScaling(2.0)", "tanh": 'VarianceScaling(1.0, "fan_avg", "uniform")'}
# Keras strings that name a fill or a plain draw (what INI001-INI004 report as a string initializer)
_KERAS_FILL_STRINGS = frozenset({"zeros", "zero", "ones", "one", "constant", "random_normal", "random_uniform",
                                 "truncated_normal", "normal", "uniform"})


def hidden_init_fix(ctx: "Context", site: "Site") -> Optional[Fix]:
    """INI001-INI004 on a hidden layer: the fill or badly scaled draw becomes the initializer its activation
    wants, in the file's own framework and spelling (NumPy: `numpy_scale_fix`):

    * PyTorch: `nn.init.zeros_(w)`, `constant_(w, c)`, `normal_(w, 0, 1)`, `w.data.fill_(0)` ->
      `nn.init.kaiming_normal_(w, nonlinearity="relu")` / `nn.init.xavier_normal_(w)`;
    * Keras: `"zeros"` -> `"he_normal"` / `"glorot_uniform"`, `initializers.Zeros()` -> `initializers.HeNormal()`;
    * Flax/JAX: `nn.initializers.zeros`, `constant(c)`, `normal(stddev)` -> `nn.initializers.he_normal()` /
      `nn.initializers.xavier_uniform()`;
    * Haiku: `hk.initializers.Constant(0)` -> `hk.initializers.VarianceScaling(2.0)` /
      `VarianceScaling(1.0, "fan_avg", "uniform")`.

    None (no fix) unless it is unambiguous: the activation the layer feeds is known (for a blanket init, every
    hidden layer it covers feeds the same family), the initializer is one call (or function) of a framework
    module the file imports, addressing one layer's weight, with no argument the new initializer would lose
    the meaning of."""
    d = site.dist
    if d.framework == "numpy":
        return numpy_scale_fix(ctx, site)
    act = _hidden_activation(ctx, site)
    if act is None:
        return None
    node = d.node.value if isinstance(d.node, ast.keyword) else d.node
    if not isinstance(node, ast.expr):
        return None
    if isinstance(node, ast.Call) and (any(isinstance(a, ast.Starred) for a in node.args)
                                       or any(k.arg is None for k in node.keywords)):
        return None
    if isinstance(node, ast.Constant):
        return _keras_string_fix(ctx, site, node, act[0])
    spelled = _spelled_name(ctx, node.func if isinstance(node, ast.Call) else node)
    module, _, old = (spelled or "").rpartition(".")
    style = _MODULES.get(module, ("", frozenset()))[0] if module else ""
    if style == "torch":
        return _torch_function_fix(ctx, site, node, old, act)
    if style == "keras":
        return _keras_object_fix(ctx, site, node, module, old, act[0])
    if style == "jax":
        return _jax_fix(ctx, site, node, module, old, act[0])
    if style == "haiku":
        return _haiku_fix(ctx, site, node, module, old, act[0])
    if spelled in _JNP_FILLS:
        return _haiku_jnp_fix(ctx, site, node, act[0])
    if d.framework == "torch" and ((spelled or "").startswith("torch.") or isinstance(node, ast.BinOp)):
        return _torch_factory_fix(ctx, site, node, act)
    if spelled is None and d.framework == "torch":
        return _torch_method_fix(ctx, site, node, act)
    return None


def _hidden_activation(ctx: "Context", site: "Site") -> Optional[Tuple[str, Optional[float]]]:
    """(family "relu" or "tanh", leaky slope) of the activation the initialised layer feeds; None when unknown or
    when a blanket init covers hidden layers that feed different families (or slopes), or feed nothing known."""
    p = ctx.pairing(site)
    if p is None:
        return None
    fam = _fix_family(p.act[0])
    if fam is None:
        return None
    slope = p.act[1] if p.act[0] == "leaky_relu" else None
    if ctx.blanket(site) and site.keyword is None:
        if is_tensor_key(site.key):
            return None
        for layer in ctx.matched_layers(site) or []:
            if layer.key not in ctx.facts.hidden:
                continue  # an output layer: the new initializer is a sound choice there too
            consumer = ctx.facts.consumer.get(layer.key)
            if consumer is None or layer.key in ctx.facts.added and not ctx.pre_activation_sum(layer.key):
                return None  # a hidden layer whose activation is not known
            (name, value), _ = consumer
            if _fix_family(name) != fam or (value if name == "leaky_relu" else None) != slope:
                return None
    return fam, slope


def _fix_family(act: str) -> Optional[str]:
    """He for the ReLU family; Xavier/Glorot for tanh, sigmoid and an explicitly linear next layer."""
    return family(act) or ("tanh" if act == "linear" else None)


def _direct_keyword(site: "Site", node: ast.expr) -> bool:
    """The initializer is written in the layer's own constructor call (`Dense(..., kernel_initializer=<node>)`),
    so it initialises that layer only (a shared initializer object defined elsewhere is not rewritten)."""
    layer = site.layer
    call = layer.node if layer is not None else None
    return isinstance(call, ast.Call) and any(k.value is node for k in call.keywords)


def _torch_layer_weight(ctx: "Context", site: "Site", tensor: ast.expr) -> bool:
    """`tensor` is the weight of one or more Linear/Conv modules (`self.fc1.weight`, `m.weight.data` under
    `isinstance(m, nn.Linear)`): at least 2-D, with its fan-in on dimension 1 as torch's initializers read it."""
    while isinstance(tensor, ast.Attribute) and tensor.attr == "data":
        tensor = tensor.value
    if not (isinstance(tensor, ast.Attribute) and tensor.attr == "weight"):
        return False
    if site.layer is not None:
        return site.layer.kind == "linear"
    if not ctx.blanket(site):
        return False
    from ..vocab.roles import layer_kind

    types = [t for f in site.filters if f.types and (not site.base_var or f.var == site.base_var) for t in f.types]
    layers = ctx.matched_layers(site)
    return bool(types) and all(layer_kind(t) == "linear" for t in types) \
        and bool(layers) and all(l.kind == "linear" for l in layers or [])


def _torch_swap_keywords(fam: str, slope: Optional[float]) -> Tuple[Tuple[str, str], ...]:
    if fam != "relu":
        return ()
    if slope is not None and slope > 0:
        return (("a", f"{slope:g}"), ("nonlinearity", '"leaky_relu"'))
    return (("nonlinearity", '"relu"'),)


def _torch_function_fix(ctx: "Context", site: "Site", node: ast.expr, old: str,
                        act: Tuple[str, Optional[float]]) -> Optional[Fix]:
    """`nn.init.zeros_(w)` / `constant_(w, c)` / `normal_(w, 0, 1)` -> `nn.init.kaiming_normal_(w,
    nonlinearity="relu")` / `nn.init.xavier_normal_(w)`: the same callee chain, the tensor kept."""
    if not isinstance(node, ast.Call) or old not in _TORCH_FILLS or not node.args:
        return None
    if any(k.arg not in _TORCH_FILL_KEYWORDS and k.arg != "generator" for k in node.keywords):
        return None
    if not _torch_layer_weight(ctx, site, node.args[0]):
        return None
    fam, slope = act
    new = _HIDDEN_NEW[("torch", fam)]
    add = _torch_swap_keywords(fam, slope)
    # a keyword written again is replaced in place (dropping and re-adding `a` would move it: not idempotent)
    drop = tuple(k for k in _TORCH_FILL_KEYWORDS if k not in {name for name, _ in add})
    intent = SwapInitializer(new, drop_keywords=drop, keep_positional=1, add_keywords=add)
    return _swap_in_place(ctx, node, "torch.nn.init", intent)


def _swap_in_place(ctx: "Context", node: ast.Call, module: str, intent: SwapInitializer) -> Optional[Fix]:
    """The swap on an attribute chain (`nn.init.zeros_`) or a bare name imported from `module` (the new name is
    then imported beside it)."""
    if isinstance(node.func, ast.Attribute):
        return Fix(ctx.span(node), intent)
    if isinstance(node.func, ast.Name) and _imported_from(ctx, node.func.id) == module:
        intent = SwapInitializer(intent.new_name, module, intent.drop_keywords, intent.keep_positional,
                                 intent.add_keywords)
        return Fix(ctx.span(node), intent, (f"from {module} import {intent.new_name}",))
    return None


def _torch_method_fix(ctx: "Context", site: "Site", node: ast.expr,
                      act: Tuple[str, Optional[float]]) -> Optional[Fix]:
    """`self.fc1.weight.data.fill_(0)` / `.zero_()` / `.normal_(0, 1e-4)` -> `nn.init.kaiming_normal_(
    self.fc1.weight.data, nonlinearity="relu")` (the init function returns the tensor, as the method does),
    through the file's own import of torch.nn.init, torch.nn or torch."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) \
            or node.func.attr not in _TORCH_METHODS or node.keywords and node.func.attr != "normal_":
        return None
    if any(k.arg not in ("mean", "std") for k in node.keywords):
        return None  # generator= of Tensor.normal_ has no place in the init functions of every torch version
    receiver = node.func.value
    if not _torch_layer_weight(ctx, site, receiver):
        return None
    prefix = _torch_init_prefix(ctx)
    tensor = ctx.m.source.segment(receiver)
    if not tensor:
        return None
    fam, slope = act
    extra = "".join(f", {k}={v}" for k, v in _torch_swap_keywords(fam, slope))
    code = f"{prefix[0]}.{_HIDDEN_NEW[('torch', fam)]}({tensor}{extra})"
    return Fix(ctx.span(node), ReplaceExpression(code), prefix[1])


def _torch_init_prefix(ctx: "Context") -> Tuple[str, Tuple[str, ...]]:
    """How the file reaches torch.nn.init (`nn.init`, `init`, `torch.nn.init`) and the import statement that
    binds it (already in the file, unless it imports none of them or only in another scope: then the fixer adds
    it at the top, or refuses when the name is taken there)."""
    names = ctx.m.imports.names
    for wanted, suffix in (("torch.nn.init", ""), ("torch.nn", ".init"), ("torch", ".nn.init")):
        usual = wanted.rpartition(".")[2]
        aliases = sorted((local for local, full in names.items() if full == wanted), key=lambda a: (a != usual, a))
        if not aliases:
            continue
        local = aliases[0]
        if wanted == "torch.nn.init":
            statement = "from torch.nn import init" + ("" if local == "init" else f" as {local}")
        elif wanted == "torch.nn":
            statement = f"import torch.nn as {local}"
        else:
            statement = "import torch" if local == "torch" else f"import torch as {local}"
        return local + suffix, (statement,)
    return "torch.nn.init", ("import torch",)


_TORCH_FACTORIES = frozenset({"zeros", "ones", "full", "randn", "rand", "empty"})
_TORCH_FACTORY_KEYWORDS = frozenset({"dtype", "device", "requires_grad"})  # what torch.randn accepts as well


def _torch_factory_fix(ctx: "Context", site: "Site", node: ast.expr, act: Tuple[str, Optional[float]]
                       ) -> Optional[Fix]:
    """A raw 2-D parameter (`nn.Parameter(torch.zeros(784, 256))`, `torch.randn(784, 256) * 5`) used in a matrix
    product: `torch.randn(784, 256) * math.sqrt(2 / 784)` (He) or `* math.sqrt(1 / fan_in)` (LeCun), with the
    fan-in of the axis the file multiplies it on (`x @ W` -> shape[0]), as the NumPy fix does; a unit `randn`
    draw is kept as written (its dtype, device, generator), a fill becomes a `randn` draw of the same shape."""
    d = site.dist
    fam, slope = act
    if d.framework != "torch" or slope is not None and slope > 0:
        return None
    base = _factory_call(node)
    if base is None or d.base_call is not None and d.base_call is not base or not isinstance(base.func, ast.Attribute):
        return None  # only `<factory>(...)` scaled by numbers: `(randn(a, b) * 10).double()` keeps its cast
    spelled = _spelled_name(ctx, base.func)
    if spelled is None or spelled.rpartition(".")[0] != "torch" or base.func.attr not in _TORCH_FACTORIES:
        return None
    shape = list(d.shape) or _torch_size(base)
    axis = fan_in_axis(ctx, site) if len(shape) == 2 else None
    src = ctx.m.source
    fan = src.segment(shape[axis]) if axis is not None else ""
    if not fan or any(not _contains(node, s) for s in shape):
        return None
    inner = _draw_operand(node, base) if node is not base else base
    if base.func.attr == "randn" and inner is not None and _unit_normal(ctx, inner):
        draw = src.segment(inner)
    else:
        if any(k.arg not in _TORCH_FACTORY_KEYWORDS for k in base.keywords):
            return None  # out=, generator= (not of the fill), layout=, ...
        dtype = next((k.value for k in base.keywords if k.arg == "dtype"), None)
        if dtype is not None and not _float_dtype(src.segment(dtype)):
            return None
        size = base.args[:1] if base.func.attr == "full" else base.args
        if not size or any(isinstance(a, ast.Starred) for a in size):
            return None
        parts = [src.segment(a) for a in size] + [src.segment(k) for k in base.keywords]
        draw = f"{src.segment(base.func.value)}.randn({', '.join(parts)})"
    math, imports = _module_alias(ctx, "math")
    numerator = "2" if fam == "relu" else "1"
    code = f"{_operand(draw, 11)} * {math}.sqrt({numerator} / {_operand(fan, 12)})"
    return Fix(ctx.span(node), ReplaceExpression(code), imports)


def _factory_call(node: ast.expr) -> Optional[ast.Call]:
    """The call a scaled fill is made of: `torch.ones(a, b) * 0.5` -> `torch.ones(a, b)`."""
    while isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        node = node.left if isinstance(node.left, (ast.Call, ast.BinOp)) else node.right
    return node if isinstance(node, ast.Call) else None


def _torch_size(call: ast.Call) -> List[ast.expr]:
    """The size a torch factory is given: `zeros(a, b)`, `zeros((a, b))`, `full((a, b), c)`."""
    args = call.args[:1] if isinstance(call.func, ast.Attribute) and call.func.attr == "full" else call.args
    if len(args) == 1 and isinstance(args[0], (ast.Tuple, ast.List)):
        args = args[0].elts
    return [] if any(isinstance(a, ast.Starred) for a in args) else list(args)


def _module_alias(ctx: "Context", module: str) -> Tuple[str, Tuple[str, ...]]:
    """The local name of a plain module (`math`) and the import statement that binds it."""
    aliases = sorted((local for local, full in ctx.m.imports.names.items() if full == module),
                     key=lambda a: (a != module, a))
    alias = aliases[0] if aliases else module
    return alias, (f"import {module}" if alias == module else f"import {module} as {alias}",)


_JNP_FILLS = frozenset({"jax.numpy.zeros", "jax.numpy.ones"})


def _haiku_jnp_fix(ctx: "Context", site: "Site", node: ast.expr, fam: str) -> Optional[Fix]:
    """`hk.Linear(256, w_init=jnp.zeros)` -> `w_init=hk.initializers.VarianceScaling(2.0)` through the file's
    own `import haiku as hk`."""
    layer = site.layer
    if layer is None or not layer.type_name.startswith("haiku.") or not _direct_keyword(site, node) \
            or not isinstance(node, (ast.Attribute, ast.Name)):
        return None
    aliases = sorted(local for local, full in ctx.m.imports.names.items() if full == "haiku")
    if not aliases:
        return None
    hk = "hk" if "hk" in aliases else aliases[0]
    return Fix(ctx.span(node), ReplaceExpression(f"{hk}.initializers.{_HAIKU_NEW[fam]}"), (f"import haiku as {hk}",))


def _keras_string_fix(ctx: "Context", site: "Site", node: ast.Constant, fam: str) -> Optional[Fix]:
    """`kernel_initializer="zeros"` -> `"he_normal"` / `"glorot_uniform"` (a string stays a string)."""
    if not isinstance(node.value, str) or node.value.lower() not in _KERAS_FILL_STRINGS:
        return None
    if site.dist.framework not in ("keras", "tf") or not _direct_keyword(site, node):
        return None
    return Fix(ctx.span(node), ReplaceString(_HIDDEN_NEW[("keras", fam)]))


def _keras_object_fix(ctx: "Context", site: "Site", node: ast.expr, module: str, old: str, fam: str
                      ) -> Optional[Fix]:
    """`initializers.Zeros()` / `RandomNormal(stddev=1e-4, seed=1)` / `Constant(0.5)` -> `initializers.HeNormal()`
    / `HeNormal(seed=1)` (CamelCase stays CamelCase, lower case `zeros()` becomes `he_normal()`); a seed is kept."""
    if not isinstance(node, ast.Call) or old not in _KERAS_FILLS or not _direct_keyword(site, node):
        return None
    if len(node.args) > 2 or any(k.arg not in _KERAS_FILL_KEYWORDS and k.arg != "seed" for k in node.keywords):
        return None  # a third positional argument is the seed (keep it by name? not guessed) or a dtype
    new = _HIDDEN_NEW[("keras_class" if old[0].isupper() else "keras", fam)]
    if new not in _MODULES[module][1]:
        return None
    intent = SwapInitializer(new, drop_keywords=_KERAS_FILL_KEYWORDS, keep_positional=0)
    return _swap_in_place(ctx, node, module, intent)


def _jax_fix(ctx: "Context", site: "Site", node: ast.expr, module: str, old: str, fam: str) -> Optional[Fix]:
    """Flax/JAX: `nn.initializers.zeros` (the initializer itself), `constant(c)`, `normal(stddev)`,
    `zeros_init()` -> `nn.initializers.he_normal()` / `nn.initializers.xavier_uniform()`; a dtype= is kept."""
    if not _direct_keyword(site, node):
        return None
    new = _HIDDEN_NEW[("jax", fam)]
    if new not in _MODULES[module][1]:
        return None
    if isinstance(node, ast.Call):
        if old not in _JAX_FILL_FACTORIES or len(node.args) > 1 \
                or any(k.arg not in _JAX_FILL_KEYWORDS and k.arg != "dtype" for k in node.keywords):
            return None
        return _swap_in_place(ctx, node, module, SwapInitializer(new, drop_keywords=_JAX_FILL_KEYWORDS,
                                                                 keep_positional=0))
    if old not in _JAX_FILL_FUNCTIONS:
        return None
    if isinstance(node, ast.Attribute):
        owner = ctx.m.source.segment(node.value)
        return Fix(ctx.span(node), ReplaceExpression(f"{owner}.{new}()")) if owner else None
    if isinstance(node, ast.Name) and _imported_from(ctx, node.id) == module:
        return Fix(ctx.span(node), ReplaceExpression(f"{new}()"), (f"from {module} import {new}",))
    return None


def _haiku_fix(ctx: "Context", site: "Site", node: ast.expr, module: str, old: str, fam: str) -> Optional[Fix]:
    """`hk.initializers.Constant(0)` / `RandomNormal(stddev=1e-4)` -> `hk.initializers.VarianceScaling(2.0)` (He)
    / `VarianceScaling(1.0, "fan_avg", "uniform")` (Glorot uniform)."""
    if not isinstance(node, ast.Call) or old not in _HAIKU_FILLS or not _direct_keyword(site, node):
        return None
    if len(node.args) > 2 or any(k.arg not in _HAIKU_FILL_KEYWORDS for k in node.keywords):
        return None  # dtype=: VarianceScaling has none
    new = _HAIKU_NEW[fam]
    if isinstance(node.func, ast.Attribute):
        owner = ctx.m.source.segment(node.func.value)
        return Fix(ctx.span(node), ReplaceExpression(f"{owner}.{new}")) if owner else None
    if isinstance(node.func, ast.Name) and _imported_from(ctx, node.func.id) == module:
        return Fix(ctx.span(node), ReplaceExpression(new), (f"from {module} import VarianceScaling",))
    return None


# ---------------------------------------------------------------------------
# NumPy


def numpy_alias(ctx: "Context") -> Tuple[str, Tuple[str, ...]]:
    """The local name of numpy (`np` when the file has several) and the import that provides it."""
    aliases = sorted(local for local, full in ctx.m.imports.names.items() if full == "numpy")
    alias = "np" if "np" in aliases or not aliases else aliases[0]
    return alias, ("import numpy" if alias == "numpy" else f"import numpy as {alias}",)


def he_or_lecun(ctx: "Context", site: "Site") -> Optional[str]:
    """"2" for a layer feeding the ReLU family, "1" for tanh/sigmoid, None when unknown."""
    p = ctx.pairing(site)
    if p is None:
        return None
    return {"relu": "2", "tanh": "1"}.get(family(p.act[0]) or "")


def numpy_scale_fix(ctx: "Context", site: "Site") -> Optional[Fix]:
    """`np.zeros((n_h, n_x))` / `np.random.randn(n_h, n_x) * 10` -> `np.random.randn(n_h, n_x) * np.sqrt(2 / n_x)`
    (INI001, INI003, INI004), with the fan-in of the axis the weight is multiplied on."""
    d = site.dist
    if d.framework != "numpy" or len(d.shape) != 2 or not isinstance(d.node, ast.expr):
        return None
    numerator = he_or_lecun(ctx, site)
    if numerator is None:
        return None
    axis = fan_in_axis(ctx, site)
    if axis is None:
        return None
    src = ctx.m.source
    fan = src.segment(d.shape[axis])
    if not fan or any(not src.segment(s) or not _contains(d.node, s) for s in d.shape):
        return None  # the shape must be written in the expression being replaced
    np, imports = numpy_alias(ctx)
    draw, dtype = _draw(ctx, d, np)
    if draw is None:
        return None
    span = ctx.span(d.node)
    if dtype is not None:
        # float32 * np.float64 is float64 (NEP 50): scale first, then cast back
        code = f"({_operand(draw, 11)} * {np}.sqrt({numerator} / {_operand(fan, 12)})).astype({dtype})"
        return Fix(span, ReplaceExpression(code), imports)
    return Fix(span, ScaleByFanIn(fan, numerator, draw=draw, numpy=np, import_numpy=True), imports)


def numpy_swap_fix(ctx: "Context", site: "Site", numerator: str) -> Optional[Fix]:
    """`randn(n, m) * np.sqrt(1 / n)` -> `randn(n, m) * np.sqrt(2 / n)` (INI101, INI102): the author's fan-in,
    the other numerator; only on a unit normal draw (the formula is then the whole scale)."""
    d = site.dist
    if d.framework != "numpy" or d.base_call is None or d.fan_in_expr is None:
        return None
    node = d.node
    if not isinstance(node, ast.BinOp) or not isinstance(node.op, (ast.Mult, ast.Div)):
        return None  # the formula sits in an argument (normal(0, sqrt(1 / n), size)): no unit draw to keep
    inner = _draw_operand(node, d.base_call)
    if inner is None or not _unit_normal(ctx, inner):
        return None
    src = ctx.m.source
    draw, fan = src.segment(inner), src.segment(d.fan_in_expr)
    if not draw or not fan or not _contains(node, d.fan_in_expr):
        return None
    np, imports = numpy_alias(ctx)
    return Fix(ctx.span(node), ScaleByFanIn(fan, numerator, draw=draw, numpy=np, import_numpy=True), imports)


def misuse_fix(ctx: "Context", site: "Site") -> Optional[Fix]:
    """INI006's fix, made final: `normal_(w, 0.02)` -> `normal_(w, std=0.02)`, `uniform_(w, 0.1)` ->
    `uniform_(w, -0.1, 0.1)`; the shape passed as loc (`np.random.normal((100, 784))`) becomes
    `np.random.normal(size=(100, 784), scale=np.sqrt(2 / 784))` -- a bare `size=` would leave std 1 (INI004) --
    or no fix when the activation or the fan-in axis is unknown."""
    from ..fix.intents import KeywordArgument, SymmetricBounds

    d = site.dist
    m = d.misuse
    call = d.node
    if m is None or not isinstance(call, ast.Call) or m.kind == "range_as_normal":
        return None
    if m.kind == "lower_bound":
        return Fix(ctx.span(call), SymmetricBounds(m.argument))
    if m.kind != "shape_as_loc":
        return Fix(ctx.span(call), KeywordArgument(m.argument, m.keyword))
    numerator = he_or_lecun(ctx, site)
    axis = fan_in_axis(ctx, site) if len(d.shape) == 2 else None
    if numerator is None or axis is None or len(call.args) != 1 or call.keywords:
        return None
    src = ctx.m.source
    func, shape, fan = src.segment(call.func), src.segment(call.args[0]), src.segment(d.shape[axis])
    if not func or not shape or not fan:
        return None
    np, imports = numpy_alias(ctx)
    code = f"{func}(size={shape}, scale={np}.sqrt({numerator} / {_operand(fan, 12)}))"
    return Fix(ctx.span(call), ReplaceExpression(code), imports)


# --- the draw to keep -------------------------------------------------------------

_FLOAT_DTYPE_WORDS = ("float", "half", "double", "single", "f2", "f4", "f8")


def _draw(ctx: "Context", d: "Dist", np: str) -> Tuple[Optional[str], Optional[str]]:
    """(source of the unit draw the scale multiplies, dtype to cast the result back to or None).

    A unit normal draw the author wrote is kept as written (a seeded `rng.standard_normal((a, b))` stays);
    a fill (`np.zeros`) or a draw of another law gets a new standard normal draw from the same RNG object
    (`rng.standard_normal((a, b))`) or from the global one (`np.random.randn(a, b)`), with the same shape."""
    src = ctx.m.source
    node = d.node
    base = d.base_call
    if d.kind in ("normal", "uniform") and base is not None:
        inner = _draw_operand(node, base) if node is not base else base
        if inner is not None and _unit_normal(ctx, inner):
            core, dtype = _split_astype(inner)
            dtype = dtype or _dtype_keyword(base)
            if dtype is not None and not _float_dtype(src.segment(dtype)):
                return None, None
            # the cast moves outside the product; a dtype= of the draw itself stays, and the product is cast
            return src.segment(core if dtype is not None and core is not inner else inner), \
                (src.segment(dtype) if dtype is not None else None)
    if d.kind not in ("zeros", "normal", "uniform"):
        return None, None
    shape = ", ".join(src.segment(s) for s in d.shape)
    dtype_node = _dtype_keyword(node) if d.kind == "zeros" and isinstance(node, ast.Call) else None
    if d.kind == "zeros" and isinstance(node, ast.Call) and dtype_node is None and len(node.args) >= 2:
        dtype_node = node.args[1]  # np.zeros(shape, dtype)
    dtype_text = src.segment(dtype_node) if dtype_node is not None else None
    if dtype_text is not None and not _float_dtype(dtype_text):
        return None, None
    rng = _rng_object(d)
    if rng is not None:
        return f"{src.segment(rng)}.standard_normal(({shape}))", dtype_text
    if d.api.startswith("rng."):
        return None, None  # a Generator we cannot name: do not switch to the global RNG
    return f"{np}.random.randn({shape})", dtype_text


def _draw_operand(node: ast.AST, base: ast.AST) -> Optional[ast.expr]:
    """The operand of the scaling chain `node` (`<draw> * k`, `k * <draw>`, `<draw> / k`) that holds `base`."""
    while isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        if _contains(node.left, base):
            node = node.left
        elif isinstance(node.op, ast.Mult) and _contains(node.right, base):
            node = node.right
        else:
            return None
    return node if isinstance(node, ast.expr) else None


def _contains(tree: ast.AST, node: ast.AST) -> bool:
    return any(n is node for n in ast.walk(tree))


def _unit_normal(ctx: "Context", node: ast.expr) -> bool:
    v = ctx.m.ev.value(node)
    return v is not None and v.kind == "normal" and v.std is not None and abs(v.std - 1.0) < 1e-12 \
        and v.mean == 0.0


def _split_astype(node: ast.expr) -> Tuple[ast.expr, Optional[ast.expr]]:
    """`X.astype(D)` -> (X, D); anything else -> (node, None)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "astype" \
            and len(node.args) == 1 and not node.keywords:
        return node.func.value, node.args[0]
    return node, None


def _dtype_keyword(node: ast.AST) -> Optional[ast.expr]:
    if isinstance(node, ast.Call):
        for k in node.keywords:
            if k.arg == "dtype":
                return k.value
    return None


def _float_dtype(text: str) -> bool:
    t = text.lower()
    return any(w in t for w in _FLOAT_DTYPE_WORDS) and "complex" not in t


def _rng_object(d: "Dist") -> Optional[ast.expr]:
    """The Generator/RandomState object of an `rng.<method>(...)` draw."""
    base = d.base_call if d.base_call is not None else d.node
    if d.api.startswith("rng.") and isinstance(base, ast.Call) and isinstance(base.func, ast.Attribute):
        return base.func.value
    return None


def _operand(text: str, strength: int) -> str:
    """`text` parenthesised unless it binds at least as tightly as `strength` (11: `*`, 12: unary, 13: `**`)."""
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return f"({text})"
    return text if _ast_strength(node) >= strength else f"({text})"


def _ast_strength(node: ast.AST) -> int:
    if isinstance(node, ast.BinOp):
        return {ast.Add: 10, ast.Sub: 10, ast.Mult: 11, ast.Div: 11, ast.FloorDiv: 11, ast.Mod: 11,
                ast.MatMult: 11, ast.Pow: 13}.get(type(node.op), 6)
    if isinstance(node, ast.UnaryOp):
        return 4 if isinstance(node.op, ast.Not) else 12
    if isinstance(node, (ast.BoolOp, ast.Compare, ast.IfExp, ast.Lambda, ast.NamedExpr)):
        return 0
    return 100


# ---------------------------------------------------------------------------
# the axis a weight is multiplied on

_COLS, _ROWS = 1, 0  # the shape index of the fan-in: `W @ x` contracts W's columns, `x @ W` its rows
_MATMUL_CALLS = {"dot", "matmul", "mm"}
_TRANSPOSE_ATTRS = {"T", "mT"}
_TRANSPARENT = {"data", "copy", "astype", "float", "double"}
_INDEX_CACHE: "weakref.WeakKeyDictionary[Context, _Uses]" = weakref.WeakKeyDictionary()


def _tf_fan_in_is_last_axis(ctx: "Context", site: "Site") -> bool:
    """TF's variance scaling reads a 2-D kernel's fan-in from shape[-2] (the [in, out] of `matmul(X, W)`); a
    weight the file multiplies as `matmul(W, X)` is [out, in], so its fan-in is the last axis (mode fan_out)."""
    return fan_in_axis(ctx, site) == 1


def fan_in_axis(ctx: "Context", site: "Site") -> Optional[int]:
    """0 or 1: the shape index of the fan-in of a 2-D NumPy weight, from how the file multiplies it; None when
    no use says it, or uses disagree."""
    uses = _INDEX_CACHE.get(ctx)
    if uses is None:
        uses = _INDEX_CACHE[ctx] = _Uses(ctx)
    axes: Set[int] = set()
    for key in _site_keys(site):
        axes |= uses.axes_of(key)
    if not axes:
        named = _named_fan_in_axis(site.dist.shape)
        if named is None and site.bias_side is not None and len(site.dist.shape) == 2:
            return 1 - site.bias_side  # (the bias is as long as the output side)
        return named
    return axes.pop() if len(axes) == 1 else None


_INPUT_SIZE = re.compile(r"^(n_?)?(in|inp|input|inputs|fan_in|prev|n_prev)(_(units|size|dim|features|neurons|nodes))?$")
_OUTPUT_SIZE = re.compile(r"^(n_?)?(out|output|outputs|fan_out|units|neurons|nodes)(_(units|size|dim|features|neurons|nodes))?$")


def _named_fan_in_axis(shape: Sequence[Any]) -> Optional[int]:
    """With no multiplication to tell, the side a 2-D shape's names call the input (`randn(input_units,
    output_units)`, `(n_in, n_out)`): its index, when one side is named for the input and the other for the
    output."""
    if len(shape) != 2 or not all(isinstance(d, ast.Name) for d in shape):
        return None
    names = [d.id.lower() for d in shape]
    for i in (0, 1):
        if _INPUT_SIZE.match(names[i]) and _OUTPUT_SIZE.match(names[1 - i]):
            return i
    return None


def _site_keys(site: "Site") -> Set[str]:
    keys: Set[str] = set()
    if site.key:
        keys.add(site.key)
        if site.cls is not None and site.key.startswith(site.cls.key + "."):
            keys.add("self:" + site.key[len(site.cls.key) + 1:])
    stmt = site.stmt
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        keys |= {k for k, flip in _ref_keys(stmt.targets[0], site.cls.key if site.cls else None) if not flip}
    elif isinstance(stmt, ast.AnnAssign):
        keys |= {k for k, flip in _ref_keys(stmt.target, site.cls.key if site.cls else None) if not flip}
    return keys


def _ref_keys(node: ast.AST, cls: Optional[str]) -> Set[Tuple[str, bool]]:
    """(key, transposed) of a tensor reference: `W1` -> w:W1, `self.W` -> self:W and Cls.W, `p["W1"]` -> w:W1
    (the model's flow keys), `self.ws[i]` -> the list's keys."""
    from ..semantic.model import subscript_key

    flip = False
    while True:
        if isinstance(node, ast.Attribute) and node.attr in _TRANSPOSE_ATTRS:
            flip, node = not flip, node.value
        elif isinstance(node, ast.Attribute) and node.attr in _TRANSPARENT:
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("t", "transpose") and len(node.args) <= 2:
            flip, node = not flip, node.func.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _TRANSPARENT:
            node = node.func.value
        else:
            break
    if isinstance(node, ast.Name):
        return {(tensor_key(node.id), flip)}
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        keys = {("self:" + node.attr, flip)}
        if cls:
            keys.add((f"{cls}.{node.attr}", flip))
        return keys
    if isinstance(node, ast.Subscript):
        k = subscript_key(node)
        if k is not None:
            return {(k, flip)}
        if isinstance(node.slice, (ast.Name, ast.Constant, ast.BinOp, ast.UnaryOp)):
            return _ref_keys(node.value, cls)  # one element of a list of weights: ws[i], self.weights[-1]
    return set()


_BACKWARD_FUNCTIONS = {"backward", "backprop", "backward_pass", "bprop", "backpropagate"}


class _Uses:
    """Which side of a matrix product each tensor key stands on, for the whole file (built once).

    Followed: local names bound to a reference (`W = params["W1"]`), loop variables over references (`for w,
    b in zip(self.weights, self.biases)`), and a function's parameters through its call sites
    (`linear_forward(A, parameters["W" + str(l)], b)` with `np.dot(W, A)` inside), one level deep."""

    def __init__(self, ctx: "Context") -> None:
        self._axes: Dict[str, Set[int]] = {}
        self._param_axes: Dict[Tuple[str, str], Set[int]] = {}
        self._params: Dict[str, List[str]] = {}
        self._calls: List[Tuple[str, bool, List[Set[Tuple[str, bool]]], Dict[str, Set[Tuple[str, bool]]]]] = []
        self._class_keys = {id(c.node): c.key for c in ctx.m.all_classes}  # (a class defined twice: two keys)
        self._scope(ctx.m.module.body, None, None)
        for name, method, positional, named in self._calls:
            params = self._params.get(name)
            if params is None:
                continue
            if method and params and params[0] in ("self", "cls"):
                params = params[1:]
            for i, keys in enumerate(positional):
                if i < len(params):
                    self._add_param_keys(name, params[i], keys)
            for pname, keys in named.items():
                if pname in params:
                    self._add_param_keys(name, pname, keys)

    def axes_of(self, key: str) -> Set[int]:
        return set(self._axes.get(key, ()))

    def _add_param_keys(self, func: str, param: str, keys: Set[Tuple[str, bool]]) -> None:
        for axis in self._param_axes.get((func, param), ()):
            for key, flip in keys:
                self._axes.setdefault(key, set()).add(1 - axis if flip else axis)

    def _scope(self, body: List[ast.stmt], cls: Optional[str], func: Optional[ast.AST]) -> None:
        params: List[str] = []
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = func.args
            params = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
            self._params.setdefault(func.name, params)
        nodes = list(_scope_nodes(body))
        aliases: Dict[str, Set[Tuple[str, bool]]] = {}
        for n in nodes:  # local names bound to references, loop variables
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                keys = _ref_keys(n.value, cls)
                if keys:
                    aliases.setdefault(n.targets[0].id, set()).update(keys)
            elif isinstance(n, (ast.For, ast.AsyncFor, ast.comprehension)):
                for name, source in _loop_bindings(n.target, n.iter):
                    keys = {(k, f) for k, f in _ref_keys(source, cls)}
                    if keys:
                        aliases.setdefault(name, set()).update(keys)
        func_name = func.name if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) else None

        def refs(e: ast.AST) -> Set[Tuple[str, bool]]:
            keys = _ref_keys(e, cls)
            for key, flip in list(keys):
                if is_tensor_key(key) and tensor_name(key) in aliases:
                    keys |= {(k, f != flip) for k, f in aliases[tensor_name(key)]}
            return keys

        def use(e: ast.AST, axis: int) -> None:
            for key, flip in refs(e):
                self._axes.setdefault(key, set()).add(1 - axis if flip else axis)
                if func_name is not None and is_tensor_key(key) and tensor_name(key) in params:
                    self._param_axes.setdefault((func_name, tensor_name(key)), set()).add(1 - axis if flip else axis)

        from ..semantic.astutil import is_gradient_target

        # backpropagation (`self.dinputs = np.dot(dvalues, self.weights.T)`, `dA_prev = W.T @ dZ`) multiplies
        # the transpose: its side says nothing about the forward pass
        backward = {id(x) for n in nodes if isinstance(n, ast.Assign) and any(is_gradient_target(t) for t in n.targets)
                    for x in ast.walk(n.value)}
        if func_name in _BACKWARD_FUNCTIONS:  # (a layer's backward method: `return grad_output @ self.weights.T`)
            backward = {id(n) for n in nodes}
        for n in nodes:
            if id(n) in backward:
                continue
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.MatMult):
                use(n.left, _COLS)
                use(n.right, _ROWS)
            elif isinstance(n, ast.AugAssign) and isinstance(n.op, ast.MatMult):
                use(n.value, _ROWS)
            elif isinstance(n, ast.Call):
                f = n.func
                callee: Optional[str] = f.attr if isinstance(f, ast.Attribute) else (
                    f.id if isinstance(f, ast.Name) else None)
                pos = [a for a in n.args if not isinstance(a, ast.Starred)]
                # (a `name=` keyword changes nothing; `transpose_b=True` and the like change the sides: skipped)
                if callee in _MATMUL_CALLS and all(k.arg == "name" for k in n.keywords):
                    if isinstance(f, ast.Attribute) and len(pos) == 1 and not _is_module(f.value):
                        use(f.value, _COLS)  # W.dot(x)
                        use(pos[0], _ROWS)
                    elif len(pos) == 2:
                        use(pos[0], _COLS)  # np.dot(W, x)
                        use(pos[1], _ROWS)
                if callee is not None:
                    method = isinstance(f, ast.Attribute)
                    self._calls.append((callee, method, [refs(a) for a in pos],
                                        {k.arg: refs(k.value) for k in n.keywords if k.arg is not None}))
        for n in nodes:
            if isinstance(n, ast.ClassDef):
                self._scope(n.body, self._class_keys.get(id(n), n.name), None)
            elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self._scope(n.body, cls, n)


def _is_module(node: ast.AST) -> bool:
    """`np` / `torch` / `jnp` in `np.dot(...)`: a module, not a tensor whose .dot is called."""
    return isinstance(node, ast.Name) and node.id in ("np", "numpy", "torch", "jnp", "onp", "cp", "tf")


def _loop_bindings(target: ast.AST, iterable: ast.AST) -> Iterator[Tuple[str, ast.AST]]:
    """(loop variable, the reference it walks over): `for w in ws`, `for w, b in zip(ws, bs)`,
    `for i, w in enumerate(ws)`."""
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name):
        if iterable.func.id == "zip" and isinstance(target, (ast.Tuple, ast.List)) \
                and len(target.elts) == len(iterable.args):
            for t, source in zip(target.elts, iterable.args):
                if isinstance(t, ast.Name):
                    yield t.id, source
            return
        if iterable.func.id == "enumerate" and iterable.args and isinstance(target, (ast.Tuple, ast.List)) \
                and len(target.elts) == 2 and isinstance(target.elts[1], ast.Name):
            yield target.elts[1].id, iterable.args[0]
            return
        if iterable.func.id in ("reversed", "list", "iter") and iterable.args:
            iterable = iterable.args[0]
    if isinstance(target, ast.Name):
        yield target.id, iterable


def _scope_nodes(body: List[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of one scope: nested functions and classes are yielded but not entered."""
    stack: List[ast.AST] = list(reversed(body))
    while stack:
        n = stack.pop()
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(reversed(list(ast.iter_child_nodes(n))))

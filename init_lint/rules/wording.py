"""How findings are worded: `CODE target: what is wrong; what to use`, at most 110 characters, in the
file's own framework (a Flax file is told `nn.initializers.he_normal()`, a torch file
`nn.init.kaiming_normal_`, a NumPy file `np.sqrt(2 / fan_in)`), naming the layer and the activation it
really feeds. The long explanation goes into `Verdict.detail` (JSON, SARIF, `--explain`).

Nothing of the semantic model is imported at module level (rule metadata must load without it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, NamedTuple, Optional, Sequence, Tuple

from ..finding import MAX_MESSAGE
from ..vocab.act_names import family as act_family

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context, Pairing
    from ..semantic.evaluator import Dist
    from ..semantic.model import Site

_SHORTEST_TARGET = 28

# (flavour, activation family) -> the initializer to use, as that framework spells it.
# Family "relu" covers the ReLU family (He), "tanh" the saturating ones (Xavier/LeCun); when the activation is
# unknown (None), He with the tanh choice in parentheses.
_USE: Dict[Tuple[str, Optional[str]], str] = {
    ("numpy", "relu"): "np.sqrt(2 / fan_in)",
    ("numpy", "tanh"): "np.sqrt(1 / fan_in)",
    ("numpy", None): "np.sqrt(2 / fan_in) (tanh: 1 / fan_in)",
    ("jax", "relu"): "jnp.sqrt(2 / fan_in)",
    ("jax", "tanh"): "jnp.sqrt(1 / fan_in)",
    ("jax", None): "jnp.sqrt(2 / fan_in) (tanh: 1 / fan_in)",
    # kaiming_normal_'s defaults (leaky_relu with a=0) are exactly He for ReLU: gain sqrt(2)
    ("torch", "relu"): "nn.init.kaiming_normal_(w)",
    ("torch", "tanh"): "nn.init.xavier_normal_(w)",
    ("torch", None): "nn.init.kaiming_normal_(w) (tanh: xavier_normal_)",
    ("keras", "relu"): '"he_normal"',
    ("keras", "tanh"): '"glorot_uniform"',
    ("keras", None): '"he_normal" (tanh: "glorot_uniform")',
    ("tf", "relu"): "tf.keras.initializers.HeNormal()",
    ("tf", "tanh"): "tf.keras.initializers.GlorotUniform()",
    ("tf", None): "tf.keras.initializers.HeNormal() (tanh: GlorotUniform())",
    ("flax", "relu"): "nn.initializers.he_normal()",
    ("flax", "tanh"): "nn.initializers.xavier_uniform()",
    ("flax", None): "nn.initializers.he_normal() (tanh: xavier_uniform())",
    ("haiku", "relu"): "hk.initializers.VarianceScaling(2.0)",
    ("haiku", "tanh"): 'hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform")',
    ("haiku", None): "hk.initializers.VarianceScaling(2.0) (tanh: 1.0)",
}


def flavour(site: "Site", ctx: "Context") -> str:
    """How the file spells initializers for this site: numpy, torch, keras, tf, flax, haiku, or jax (plain
    jax.random draws, no Flax/Haiku initializer)."""
    d = site.dist
    fw = d.framework
    if fw in ("numpy", "torch"):
        return fw
    if d.api.startswith(("hk.", "haiku.")):
        return "haiku"  # (hk.initializers.VarianceScaling shares Keras' evaluator, not its spelling)
    if fw in ("tf", "keras"):
        # Keras style: a string or keras initializer, a Keras layer's kernel_initializer; a TF1 initializer object
        # (tf.contrib.layers.xavier_initializer() given to tf.get_variable) is answered with a TF object
        keras_style = d.api.startswith(("tf.keras.", "keras.", '"', "'", "initializers.")) or \
            (site.keyword is not None and not d.api.startswith(("tf.", "slim."))) or \
            (site.layer is not None and site.layer.type_name.startswith(("keras.", "tensorflow.keras.")))
        return "keras" if keras_style else "tf"
    if fw == "jax":
        modules = ctx.m.imports.imported_modules
        if d.api.startswith("hk.") or ("haiku" in modules and "flax" not in modules):
            return "haiku"
        if site.keyword is not None or "flax" in modules or "initializers." in d.api:
            return "flax"
        return "jax"
    return "numpy"


def advice(site: "Site", ctx: "Context", family: Optional[str]) -> str:
    """`use <initializer>` for an activation family ("relu", "tanh" or None: unknown), in the file's spelling."""
    fl = flavour(site, ctx)
    return ("scale by " if fl in ("numpy", "jax") else "use ") + _USE[(fl, family if family in ("relu", "tanh") else None)]


def target(site: "Site") -> str:
    """What a message calls the initialised tensor: `W1`, `fc1.weight` (for `self.fc1.weight`: the message is about
    the module's own layer), `fc1.kernel_init` (the layer a keyword initializer belongs to, not just the keyword)."""
    call = site.call
    if call is not None and not site.target_text.startswith("self."):
        # one call of a helper judged with the scale it passes, named by what it calls: `variable("w1", [784,
        # 256], 0.001)` -> `variable()`, `tf_util.variable(...)` -> `variable()` (a class's own tensor, `self.W1`
        # drawn with what `Net(...)` passes, keeps its name)
        f = call.func
        name = getattr(f, "attr", None) or getattr(f, "id", None)
        if name:
            return f"{name}()"
    if site.keyword in ("initializer", "init") and site.assigned_name:
        return site.assigned_name  # W1 = tf.get_variable("W1", ..., initializer=...)
    if site.keyword and site.keyword != "param":
        if site.layer is not None and site.layer.name and site.layer.name != site.keyword:
            return f"{site.layer.name}.{site.keyword}"
        return site.keyword
    if site.returned and site.target_text.startswith("return value of "):
        return site.target_text[len("return value of "):]  # `weight_variable()`
    return _unself(site.target_text)


def _unself(text: str) -> str:
    return text[5:] if text.startswith("self.") and len(text) > 5 else text


Extra = Tuple[str, int]  # (text appended to the problem, priority: the lowest is dropped first)
LINE, CONSEQUENCE, CONSUMER = 1, 2, 3


def compose(code: str, subject: str, problem: str, use: str, extras: Sequence[Extra] = ()) -> str:
    """`subject: problem<extras>; use` within MAX_MESSAGE characters (counting `CODE `).

    What gives way, in order: the extras (lowest priority first: the line of the consumer, then the
    consequence, then the consumer), then a long subject (shortened with `...`), then the advice's alternative
    for the other activation family (` (tanh: GlorotUniform())`, when the activation is not known), then the end
    of the problem. The advice itself is never cut: it is the part the reader acts on.
    """
    budget = MAX_MESSAGE - len(code) - 1
    kept = list(extras)
    text = _join(subject, problem, kept, use)
    while len(text) > budget and kept:
        kept.remove(min(reversed(kept), key=lambda e: e[1]))
        text = _join(subject, problem, kept, use)
    if len(text) > budget and len(subject) > _SHORTEST_TARGET:
        subject = subject[: _SHORTEST_TARGET - 3].rstrip() + "..."
        text = _join(subject, problem, kept, use)
    if len(text) > budget and use.endswith(")") and " (tanh: " in use:
        use = use[: use.rindex(" (tanh: ")]  # (what the problem says matters more than the other family's choice)
        text = _join(subject, problem, kept, use)
    if len(text) > budget:
        room = max(budget - len(_join(subject, "", kept, use)) - 3, 0)
        cut = problem[:room]
        cut = cut[: cut.rfind(" ")] if " " in cut else cut  # at a word boundary
        text = _join(subject, cut.rstrip(" ,:") + "...", kept, use)
    return text[:budget]


def _join(subject: str, problem: str, extras: Sequence[Extra], use: str) -> str:
    body = problem + "".join(text for text, _ in extras)
    return f"{subject}: {body}; {use}" if use else f"{subject}: {body}"


def extras_text(extras: Sequence[Extra]) -> str:
    return "".join(text for text, _ in extras)


def act_text(p: "Pairing") -> str:
    name, slope = p.act
    return f"{name}({slope:g})" if name == "leaky_relu" and slope is not None else name


def feeds(ctx: "Context", p: Optional["Pairing"], subject: str, lead: str = ", ") -> Tuple[Extra, ...]:
    """Extras for compose(): `, fc1 feeds relu` (`, feeds relu` when the subject names the layer already) and
    ` (line 18)` (a cell line in notebooks); the line goes first when the message is too long."""
    if p is None:
        return ()
    label = ctx.line_label(p.act_node)
    layer = "" if _unself(p.layer_name) in subject else f"{_unself(p.layer_name)} "
    return ((f"{lead}{layer}feeds {act_text(p)}", CONSUMER),) + (((f" ({label})", LINE),) if label else ())


def but_feeds(ctx: "Context", p: "Pairing", subject: str) -> Tuple[str, Tuple[Extra, ...]]:
    """For the pairing rules the consumer is the finding itself: (` but fc1 feeds relu`, the line as an extra)."""
    (consumer, _), *line = feeds(ctx, p, subject, " but ")
    return consumer, tuple(line)


_FAMILY_NAME = {"he": "He", "lecun": "LeCun", "xavier": "Xavier"}


def short_init(d: "Dist") -> str:
    """The initializer the author chose, briefly: `nn.init.xavier_uniform_`, `the LeCun scale`,
    `the default init (LeCun)`."""
    if d.default:
        return f"the default init ({_FAMILY_NAME.get(d.family or '', 'LeCun')})"
    if d.kind == "family":
        return d.api
    return f"the {_FAMILY_NAME.get(d.family or '', 'fan-in')} scale"  # randn(...) * np.sqrt(2 / n): the He scale


class Framing(NamedTuple):
    """What the checklist rules (INI001-INI005) say around a finding: the tensor's name, the activation family its
    layer feeds (None: unknown), the initializer to use in the file's framework, and the consumer extras."""

    name: str
    family: Optional[str]
    use: str
    consumer: Tuple[Extra, ...]


def framing(site: "Site", ctx: "Context") -> Framing:
    name, pair = target(site), ctx.pairing(site)
    family = act_family(pair.act[0]) if pair is not None else None
    return Framing(name, family, advice(site, ctx, family), feeds(ctx, pair, name))

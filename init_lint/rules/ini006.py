"""INI006: a positional argument means something else than the author thought."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, List, Optional, Tuple, Union

from ..fix.intents import KeywordArgument, SymmetricBounds
from .base import Example, Rule, Verdict
from .common import fmt
from .fixes import misuse_fix
from .wording import compose, target

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.astutil import SourceText
    from ..semantic.evaluator import Misuse
    from ..semantic.model import Site


class PositionalMisuse(Rule):
    code = "INI006"
    priority = 10
    name = "positional-argument-misuse"
    checklist = "3/4 too small? too large?"
    summary = "A positional argument sets the mean, loc or lower bound, not the scale the author meant."
    why = (
        "`nn.init.normal_(w, 0.02)` reads like \"std 0.02\" but its second parameter is the **mean**: the weights "
        "are drawn from N(0.02, 1). With 512 inputs the pre-activations then have variance 512 x 1 = 512 "
        "(std about 23) instead of about 0.2, and every unit also gets the same +0.02 offset. The same trap: "
        "`w.data.normal_(0.02)`, `nn.init.uniform_(w, 0.1)` (samples U(0.1, 1): all positive, mean 0.55), "
        "Keras `RandomNormal(0.02)` and TF1 `tf.random_normal_initializer(0.02)` (mean), "
        "`np.random.normal(0.01, size=s)` (loc), `np.random.normal((784, 100))` (the shape becomes the mean "
        "and a single number is drawn), and a range written as a normal's arguments, "
        "`tf.truncated_normal(shape, -0.1, 0.1)` (mean -0.1, stddev 0.1: every weight starts around -0.1, a "
        "shared negative offset)."
    )
    fix_advice = "Name the argument: `std=0.02`, `stddev=0.02`, `scale=0.01`, `size=(784, 100)`, or give both bounds `(-0.1, 0.1)`. `--fix` does this."
    options_doc = "None."
    references = (
        "PyTorch `torch.nn.init.normal_(tensor, mean=0.0, std=1.0)` signature",
        "NumPy `numpy.random.normal(loc=0.0, scale=1.0, size=None)` signature",
    )
    fixable = True
    valid = (
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, std=0.02)\n"),
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, 0.0, 0.02)\n"),
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.uniform_(layer.weight, -0.1, 0.1)\n"),
    )
    invalid = (
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, 0.02)\n", 3),
        Example("import numpy as np\nW1 = np.random.normal(0.01, size=(256, 784))\nh = np.tanh(W1 @ x)\nW1 -= lr * np.outer(dh, x)\n", 2),
        Example("from tensorflow import keras\nlayer = keras.layers.Dense(64, kernel_initializer=keras.initializers.RandomNormal(0.02))\n", 2),
        Example("import torch.nn as nn\nlayer = nn.Linear(512, 512)\nnn.init.normal_(layer.weight, -0.1, 0.1)\n", 3),
        Example("import flax.linen as nn\n\nclass Critic(nn.Module):\n    init_final: float = 3e-3\n\n"
                "    @nn.compact\n    def __call__(self, x):\n        x = nn.relu(nn.Dense(256)(x))\n"
                "        return nn.Dense(1, kernel_init=nn.initializers.uniform(-self.init_final, self.init_final))(x)\n", 9),
    )

    def check(self, site: Site, ctx: Context) -> Optional[Verdict]:
        d = site.dist
        m = d.misuse
        if m is None or not ctx.is_weight(site) or ctx.overwritten(site):
            return None
        # the message names the call with the intent made explicit; the fix (fixes.misuse_fix) may go
        # further (the shape passed as loc also gets a fan-in scale, so the fixed line does not fire INI004)
        short, long = misuse_text(m, _written_pair(ctx.m.source, d.node, m))
        if m.kind == "scale_as_axis":  # (which variance_scaling was meant is not written anywhere)
            return Verdict(compose(self.code, target(site), short, "use variance_scaling(scale, ...)"),
                           None, detail=f"{target(site)} is initialised by {d.api} which {long}")
        if m.kind == "range_as_scale":  # (flax has no symmetric uniform initializer to rewrite it to)
            return Verdict(compose(self.code, target(site), short, "draw U(-a, a) with a function of your own"),
                           None, detail=f"{target(site)} is initialised by {d.api} which {long}")
        if m.kind == "range_as_normal":  # (no single rewrite states the intent: uniform, or mean 0)
            low, high = _written_pair(ctx.m.source, d.node, m) or (fmt(m.value or 0.0), fmt(-(m.value or 0.0)))
            use = f"draw uniform({low}, {high}) or N(0, std)"
            return Verdict(compose(self.code, target(site), short, use), None,
                           detail=f"{target(site)} is initialised by {d.api} which {long} is what was meant")
        intended = render(ctx.m.source, d.node, misuse_intent(m)) or "a keyword argument"
        return Verdict(compose(self.code, target(site), short, f"write {_argument(ctx.m.source, d.node, m) or intended}"),
                       misuse_fix(ctx, site),
                       detail=f"{target(site)} is initialised by {d.api} which {long}; write {intended}")


def _written_pair(source: "SourceText", call: ast.AST, m: "Misuse") -> Optional[Tuple[str, str]]:
    """The (mean, std) a range-as-normal misuse passes, as written, when their value is not a known number
    (`normal_(-stdv, stdv)`); None otherwise or when either is long."""
    if m.kind != "range_as_normal" or m.value is not None or not isinstance(call, ast.Call):
        return None
    args = [a for a in call.args if not isinstance(a, ast.Starred)]
    if not 0 <= m.argument < len(args) - 1:
        return None
    low, high = (" ".join(source.segment(a).split()) for a in args[m.argument:m.argument + 2])
    return (low, high) if len(low) + len(high) <= 40 else None


def misuse_text(m: "Misuse", written: Optional[Tuple[str, str]] = None) -> Tuple[str, str]:
    """What the call really does: (short, for the message; long, for the detail after "... by <api> which ").
    `written`: the (mean, std) as written, for a pair whose value is not a number."""
    if m.kind == "shape_as_loc":
        return ("the shape is passed as loc (the mean), not size",
                "receives the shape as its first argument, which is loc (the mean), not size")
    v = fmt(m.value if m.value is not None else 0.0)
    if m.kind == "loc":
        return (f"{v} is loc (the mean), not the scale",
                f"sets loc (the mean) to {v}; the std stays {fmt(m.kept_std)}")
    if m.kind == "lower_bound":
        return (f"{v} is only the lower bound: U({v}, 1)",
                f"sets only the lower bound: it samples U({v}, 1), not U(-{v}, {v})")
    if m.kind == "scale_as_axis":
        return ("a scale passed as in_axis",
                "takes (in_axis, out_axis, batch_axis, dtype) and no scale: the number given first becomes the input "
                "axis, which fails or picks the wrong fan-in, and the intended scale is never applied")
    if m.kind == "range_as_scale":
        return ("(-a, a) is (scale, dtype): U(0, -a)",
                "takes (scale, dtype), not (min, max): the lower bound becomes the scale, so it samples between 0 and "
                "-a (never the symmetric range), and the upper bound is passed as the dtype")
    if m.kind == "range_as_normal":
        if m.value is None:
            v, w = written or ("-a", "a")
            return (f"({v}, {w}) are the mean and std, not a range",
                    f"reads ({v}, {w}) as its mean and std: every weight starts around {v} (the mean is minus the "
                    f"std), not in U({v}, {w}); a uniform draw, or a mean of 0,")
        w = fmt(-(m.value or 0.0))
        return (f"({v}, {w}) are the mean and std, not a range: N({v}, {w})",
                f"reads ({v}, {w}) as its mean and std: every weight starts around {v} (N({v}, {w}^2)), not in "
                f"U({v}, {w}); a uniform draw, or a mean of 0,")
    return (f"{v} is the mean, not the {m.keyword}",
            f"sets the mean to {v}; the {m.keyword} stays {fmt(m.kept_std)}")


def _argument(source: "SourceText", call: ast.AST, m: "Misuse") -> Optional[str]:
    """The misused argument as the author means it, for the short message: `std=0.02`, `-0.1, 0.1`."""
    args = [a for a in call.args if not isinstance(a, ast.Starred)] if isinstance(call, ast.Call) else []
    if not 0 <= m.argument < len(args):
        return None
    text = " ".join(source.segment(args[m.argument]).split())
    if m.kind == "lower_bound":
        return f"{text[1:] if text.startswith('-') else '-' + text}, {text}" if len(text) <= 30 else None
    return f"{m.keyword}={text}" if len(text) <= 40 else None


def misuse_intent(m: "Misuse") -> Union[KeywordArgument, SymmetricBounds]:
    """What the author meant: name the argument (`std=0.02`, `size=(784, 100)`), or give a lone lower bound
    its negation (`(-0.1, 0.1)`)."""
    if m.kind == "lower_bound":
        return SymmetricBounds(m.argument)
    return KeywordArgument(m.argument, m.keyword)


def render(source: "SourceText", call: ast.AST, intent: Union[KeywordArgument, SymmetricBounds]) -> Optional[str]:
    """The call as the fix writes it (for the message): the source text with the intent applied."""
    if not isinstance(call, ast.Call):
        return None
    args = [a for a in call.args if not isinstance(a, ast.Starred)]
    if not 0 <= intent.argument < len(args):
        return None
    target = args[intent.argument]
    text = source.segment(call)
    base = source.offset(*source.start(call))
    a = source.offset(*source.start(target)) - base
    b = source.offset(*source.end(target)) - base
    if not (0 < a <= b <= len(text)):
        return None
    a, b = _with_parentheses(text, a, b, target, call)
    if isinstance(intent, KeywordArgument):
        return f"{text[:a]}{intent.keyword}={text[a:]}"
    value = text[a:b]
    negated = value if isinstance(target, ast.UnaryOp) else f"-{value}"
    return f"{text[:a]}{negated}, {value}{text[b:]}"


def _with_parentheses(text: str, a: int, b: int, target: ast.AST, call: ast.Call) -> Tuple[int, int]:
    """Widen [a, b) over parentheses around the argument itself (`f(w, (0.02))`), not the call's own."""
    opens, i = [], a
    while i > 0 and text[i - 1] in " \t\r\n(":
        i -= 1
        if text[i] == "(":
            opens.append(i)
    closes, j = [], b
    while j < len(text) and text[j] in " \t\r\n)":
        if text[j] == ")":
            closes.append(j + 1)
        j += 1
    items: List[Union[ast.expr, ast.keyword]] = sorted([*call.args, *call.keywords], key=lambda n: (n.lineno, n.col_offset))
    first, last = items[0] is target, items[-1] is target
    n = min(len(opens) - (1 if first else 0), len(closes) - (1 if last else 0))
    if n <= 0:
        return a, b
    return opens[n - 1], closes[n - 1]

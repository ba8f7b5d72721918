"""Simulated activations behind each rule: the pictures of `init-lint --explain`.

Every scenario pushes a standard-normal batch through a plain stack of square
dense layers (`a = act(a @ W)`, no bias, no normalisation) twice: once with
the bad initialisation a rule catches and once with the fix. Per layer we look
at the distribution of all activations; that is where a bad init shows up
(shrinking to a spike at 0, exploding, saturating, identical units).

NumPy is an optional dependency (`init-lint[viz]`), so this module imports it
only inside functions and raises `VizUnavailable` when it is missing. The
scenario table itself is plain data and can be imported without NumPy.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover - typing only
    import numpy as np

INSTALL_HINT = 'pip install "init-lint[viz]"'

# The fan-in of RULES.md's numbers ("σ = 0.01 and n_in = 500 shrinks ×0.22").
DEFAULT_WIDTH = 500
DEFAULT_LAYERS = 10

# The terminal picture only needs enough samples for a 20-30 bin histogram;
# 200 x 500 = 100k values per layer keeps `picture()` well under a second
# while the layer width (which sets the per-layer factors) stays at 500.
PICTURE_BATCH = 200


class VizUnavailable(RuntimeError):
    """NumPy (the `viz` extra) is not installed."""

    def __init__(self, message: str = "") -> None:
        hint = f"the --explain pictures need NumPy: {INSTALL_HINT}"
        super().__init__(f"{message}; {hint}" if message else hint)


def _numpy():
    try:
        import numpy
    except ImportError as exc:  # also raised when sys.modules["numpy"] is None
        raise VizUnavailable(str(exc)) from None
    return numpy


# --------------------------------------------------------------------------
# Activations


@dataclass(frozen=True)
class Activation:
    """A hidden nonlinearity and how to draw its outputs."""

    name: str
    apply: Callable[["np.ndarray"], "np.ndarray"]
    lo: float  # histogram range: fixed, so shrinking/exploding is visible
    hi: float
    extreme_label: str  # column header of the "bad region" fraction
    extreme: Callable[["np.ndarray"], "np.ndarray"]  # boolean mask of that region
    derivative: Callable[["np.ndarray"], "np.ndarray"]  # d act / d z, from the output
    skip_zeros: bool = False  # ReLU: exact zeros get their own column, not a bar


def _tanh(z):
    return _numpy().tanh(z)


def _sigmoid(z):
    # tanh form: no overflow warning for |z| in the thousands (INI004/INI005).
    return 0.5 * (1.0 + _numpy().tanh(0.5 * z))


def _relu(z):
    return _numpy().maximum(z, 0.0)


def _tanh_saturated(a):
    return abs(a) > 0.95


def _sigmoid_saturated(a):
    return (a < 0.05) | (a > 0.95)


def _relu_zero(a):
    return a == 0.0


# Derivatives from the output a = act(z), so the backward pass needs no z.
def _tanh_grad(a):
    return 1.0 - a * a


def _sigmoid_grad(a):
    return a * (1.0 - a)


def _relu_grad(a):
    return (a > 0.0).astype(a.dtype)


ACTIVATIONS: Dict[str, Activation] = {
    "tanh": Activation("tanh", _tanh, -1.0, 1.0, "sat", _tanh_saturated, _tanh_grad),
    "sigmoid": Activation(
        "sigmoid", _sigmoid, 0.0, 1.0, "sat", _sigmoid_saturated, _sigmoid_grad
    ),
    # He-initialised ReLU outputs have std ~0.83; [0, 4] holds >99.5% of the
    # non-zero ones, so only a real explosion piles up in the last column.
    "relu": Activation("relu", _relu, 0.0, 4.0, "=0", _relu_zero, _relu_grad, skip_zeros=True),
}


# --------------------------------------------------------------------------
# Initialisers: (fan_in, fan_out, rng) -> weight matrix of shape (fan_in, fan_out)

InitFn = Callable[[int, int, "np.random.Generator"], "np.ndarray"]


@dataclass(frozen=True)
class Init:
    label: str  # what the user wrote, or the distribution it draws from
    sample: InitFn


# float32 throughout the forward/backward pass halves the time of `picture()`;
# reductions (std, RMS) run in float64 so exploding stacks (1e22) don't overflow.
_DTYPE = "float32"


def _standard_normal(rng, shape):
    return rng.standard_normal(shape, dtype=_DTYPE)


def _normal(mean: float, std: float) -> InitFn:
    def sample(fan_in, fan_out, rng):
        return mean + std * _standard_normal(rng, (fan_in, fan_out))

    return sample


def _normal_scaled(gain_sq: float, fan: str) -> InitFn:
    """N(0, gain_sq / fan), fan "in" (LeCun, He) or "avg" = (in+out)/2 (Glorot)."""

    def sample(fan_in, fan_out, rng):
        n = fan_in if fan == "in" else (fan_in + fan_out) / 2
        return math.sqrt(gain_sq / n) * _standard_normal(rng, (fan_in, fan_out))

    return sample


def _uniform(lo: float, hi: float) -> InitFn:
    def sample(fan_in, fan_out, rng):
        return lo + (hi - lo) * rng.random((fan_in, fan_out), dtype=_DTYPE)

    return sample


def _xavier_uniform(fan_in, fan_out, rng):
    bound = math.sqrt(6.0 / (fan_in + fan_out))
    return _uniform(-bound, bound)(fan_in, fan_out, rng)


def _constant(value: float) -> InitFn:
    def sample(fan_in, fan_out, rng):
        return _numpy().full((fan_in, fan_out), value, dtype=_DTYPE)

    return sample


ZEROS = Init("zeros", _constant(0.0))
XAVIER = Init("Xavier N(0, 2/(in+out))", _normal_scaled(1.0, "avg"))
HE = Init("He N(0, 2/in)", _normal_scaled(2.0, "in"))
TANH_GAIN_SQ = (5.0 / 3.0) ** 2  # torch.nn.init.calculate_gain("tanh")


# --------------------------------------------------------------------------
# Scenarios


@dataclass(frozen=True)
class Panel:
    """One activation shown for a scenario, with the fix that suits it.

    `caption` is a str.format template over two `Summary` objects, `bad`
    and `fixed`, so every number in it comes from the simulation.
    """

    activation: str
    fixed: Init
    caption: str


@dataclass(frozen=True)
class Scenario:
    code: str
    title: str
    bad: Init
    panels: Tuple[Panel, ...]

    @property
    def activations(self) -> Tuple[str, ...]:
        return tuple(p.activation for p in self.panels)

    def panel(self, activation: Optional[str] = None) -> Panel:
        if activation is None:
            return self.panels[0]
        for p in self.panels:
            if p.activation == activation:
                return p
        shown = ", ".join(self.activations)
        raise ValueError(f"{self.code} is shown under {shown}, not {activation!r}")


def _scenarios(*items: Scenario) -> Dict[str, Scenario]:
    return {s.code: s for s in items}


SCENARIOS: Dict[str, Scenario] = _scenarios(
    Scenario(
        "INI001",
        "weights initialised to all zeros",
        ZEROS,
        (
            Panel(
                "relu",
                HE,
                "Zeros: {bad.extreme_pct[0]:.0%} of ReLU outputs are 0 in every layer, so no "
                "gradient reaches any weight; He keeps std {fixed.first:.2f} -> "
                "{fixed.last:.2f} over 10 layers.",
            ),
            Panel(
                "sigmoid",
                XAVIER,
                "Zeros: every sigmoid unit outputs exactly 0.5 (std {bad.last:.0f}); the units "
                "are identical and gradient descent keeps them identical. Xavier: std "
                "{fixed.last:.2f} at layer 10, units differ.",
            ),
        ),
    ),
    Scenario(
        "INI002",
        "weights filled with one non-zero constant",
        Init("constant 0.1", _constant(0.1)),
        (
            Panel(
                "tanh",
                XAVIER,
                "constant_(w, 0.1): all units of a layer compute the same value (spread "
                "across units {bad.unit_spread[9]:.0f}) and {bad.extreme_pct[1]:.0%} saturate "
                "by layer 2; with Xavier units differ (spread {fixed.unit_spread[9]:.2f}).",
            ),
        ),
    ),
    Scenario(
        "INI003",
        "random weights with a scale far too small",
        Init("N(0, 0.01²)", _normal(0.0, 0.01)),
        (
            Panel(
                "tanh",
                XAVIER,
                "N(0, 0.01²) at fan-in 500 shrinks tanh activations ×{bad.ratio:.2f} per "
                "layer (layer 10 std {bad.last:.1e}); Xavier: ×{fixed.ratio:.2f} per layer "
                "(layer 10 std {fixed.last:.2f}).",
            ),
            Panel(
                "relu",
                HE,
                "Under ReLU N(0, 0.01²) shrinks ×{bad.ratio:.2f} per layer (layer 10 std "
                "{bad.last:.1e}); He: ×{fixed.ratio:.2f} per layer (layer 10 std "
                "{fixed.last:.2f}).",
            ),
        ),
    ),
    Scenario(
        "INI004",
        "random weights with a scale far too large",
        Init("N(0, 1)", _normal(0.0, 1.0)),
        (
            Panel(
                "tanh",
                XAVIER,
                "N(0, 1) at fan-in 500: {bad.extreme_pct[0]:.0%} of tanh outputs have "
                "|a| > 0.95 from layer 1 on, and the few unsaturated units multiply "
                "gradients by weights 22× too large: ×{bad.grad_ratio:.1f} per layer going "
                "back. Xavier: {fixed.extreme_pct[9]:.0%} saturated at layer 10, gradient "
                "×{fixed.grad_ratio:.2f} per layer.",
            ),
            Panel(
                "relu",
                HE,
                "Under ReLU N(0, 1) grows ×{bad.ratio:.1f} per layer (layer 10 std "
                "{bad.last:.1e}); He: ×{fixed.ratio:.2f} per layer.",
            ),
        ),
    ),
    Scenario(
        "INI005",
        "non-centred positive-only weights",
        Init("U[0, 1)", _uniform(0.0, 1.0)),
        (
            Panel(
                "sigmoid",
                Init("Xavier U(±√(6/(in+out)))", _xavier_uniform),
                "U[0, 1): the weights share a mean of 0.5, so every unit sums ~500 "
                "positive inputs and {bad.extreme_pct[2]:.0%} of sigmoid outputs are pinned "
                "at 1 from layer 3 on (std {bad.last:.0g}); the centred Xavier U keeps std "
                "{fixed.last:.2f}.",
            ),
            Panel(
                "relu",
                HE,
                "Under ReLU U[0, 1) grows ×{bad.ratio:.0f} per layer and the units move "
                "together: from layer 2 a sample is all positive or all 0 "
                "({bad.extreme_pct[9]:.0%} zeros); He: ×{fixed.ratio:.2f} per layer, "
                "{fixed.extreme_pct[9]:.0%} zeros.",
            ),
        ),
    ),
    Scenario(
        "INI006",
        "normal_(w, 0.02) sets the mean, not the std",
        Init("N(0.02, 1)", _normal(0.02, 1.0)),
        (
            Panel(
                "tanh",
                Init("N(0, 0.02²)", _normal(0.0, 0.02)),
                "normal_(w, 0.02) draws N(0.02, 1): {bad.extreme_pct[0]:.0%} of tanh outputs "
                "saturate at layer 1. std=0.02 as intended: ×{fixed.ratio:.2f} per layer in "
                "this plain 500-wide stack (GPT-style nets add residuals and LayerNorm; a "
                "plain MLP wants std 1/√fan_in).",
            ),
        ),
    ),
    Scenario(
        "INI101",
        "Xavier/Glorot feeding ReLU",
        XAVIER,
        (
            Panel(
                "relu",
                HE,
                "Xavier under ReLU shrinks ×{bad.ratio:.2f} per layer (ReLU halves the "
                "second moment; layer 10 std {bad.last:.3f}); He: ×{fixed.ratio:.2f} per "
                "layer (layer 10 std {fixed.last:.2f}).",
            ),
        ),
    ),
    Scenario(
        "INI102",
        "He/Kaiming feeding tanh",
        HE,
        (
            Panel(
                "tanh",
                XAVIER,
                "He's 2/fan_in makes up for ReLU zeroing half its inputs; tanh zeroes "
                "none, so {bad.extreme_pct[0]:.0%} of layer-1 outputs saturate (Xavier: "
                "{fixed.extreme_pct[0]:.0%}) and gradients grow ×{bad.grad_ratio:.2f} per "
                "layer going back (Xavier: ×{fixed.grad_ratio:.2f}). Mild at depth 10.",
            ),
        ),
    ),
    Scenario(
        "INI103",
        "declared nonlinearity disagrees with the activation",
        Init('kaiming(nonlin="tanh")', _normal_scaled(TANH_GAIN_SQ, "in")),
        (
            Panel(
                "relu",
                Init('kaiming(nonlin="relu")', _normal_scaled(2.0, "in")),
                'kaiming_normal_(w, nonlinearity="tanh") before ReLU uses gain 5/3 instead '
                "of √2: std grows ×{bad.ratio:.2f} per layer (×{bad.growth:.1f} from layer 1 "
                'to 10); nonlinearity="relu": ×{fixed.ratio:.2f} per layer.',
            ),
        ),
    ),
)


def get_scenario(code: str) -> Scenario:
    """The scenario for a rule code; ValueError (not KeyError) when unknown."""
    try:
        return SCENARIOS[code.strip().upper()]
    except (KeyError, AttributeError):
        known = ", ".join(sorted(SCENARIOS))
        raise ValueError(f"no picture for {code!r}; pictures exist for {known}") from None


# --------------------------------------------------------------------------
# Simulation

# The backward pass projects the output on a fixed random direction; its own
# seed keeps it identical for the bad and the fixed stack.
_GRADIENT_SEED = 12345


@dataclass(frozen=True)
class Run:
    """One simulated stack: per-layer weights and activations (index 0 = layer 1)."""

    activation: Activation
    weights: List["np.ndarray"] = field(repr=False)
    outputs: List["np.ndarray"] = field(repr=False)


def simulate(
    scenario: "Scenario | str",
    activation: Optional[str] = None,
    layers: int = DEFAULT_LAYERS,
    width: int = DEFAULT_WIDTH,
    batch: int = 1000,
    seed: int = 0,
    *,
    variant: str = "bad",
) -> List["np.ndarray"]:
    """Per-layer activations (each `batch x width`) of a plain dense stack.

    `variant` is "bad" (the init the rule catches) or "fixed". Both variants
    draw the same input batch for a given seed, so they differ only in W.
    `activation` defaults to the scenario's first panel.
    """
    return _run(scenario, activation, layers, width, batch, seed, variant).outputs


def _run(scenario, activation, layers, width, batch, seed, variant) -> Run:
    np = _numpy()
    scn = scenario if isinstance(scenario, Scenario) else get_scenario(scenario)
    panel = scn.panel(activation)
    init = _variant_init(scn, panel, variant)
    act = ACTIVATIONS[panel.activation]
    rng = np.random.default_rng(seed)
    a = _standard_normal(rng, (batch, width))
    weights, outputs = [], []
    for _ in range(layers):
        w = init.sample(width, width, rng)
        a = act.apply(a @ w)
        weights.append(w)
        outputs.append(a)
    return Run(act, weights, outputs)


def _variant_init(scn: Scenario, panel: Panel, variant: str) -> Init:
    if variant == "bad":
        return scn.bad
    if variant == "fixed":
        return panel.fixed
    raise ValueError(f"variant must be 'bad' or 'fixed', not {variant!r}")


def backward_rms(run: Run) -> Tuple[float, ...]:
    """RMS of dL/d(output of layer l) for L = <output, g>, g ~ N(0, 1) fixed.

    Forward std alone can look healthy while gradients explode (He under
    tanh is in the chaotic regime) or vanish (saturated units), so the
    captions also quote how the gradient changes going back through layers.
    """
    np = _numpy()
    g = _standard_normal(np.random.default_rng(_GRADIENT_SEED), run.outputs[-1].shape)
    rms = []
    for w, a in zip(reversed(run.weights), reversed(run.outputs)):
        rms.append(float(np.sqrt(np.mean(np.square(g, dtype=np.float64)))))
        g = (g * run.activation.derivative(a)) @ w.T
    return tuple(reversed(rms))


@dataclass(frozen=True)
class Summary:
    """Per-layer numbers of one simulated stack (index 0 is layer 1)."""

    std: Tuple[float, ...]
    extreme_pct: Tuple[float, ...]  # saturated (tanh/sigmoid) or exactly 0 (ReLU)
    unit_spread: Tuple[float, ...]  # mean over samples of the std across units
    grad: Tuple[float, ...]  # RMS gradient w.r.t. each layer's output

    @property
    def first(self) -> float:
        return self.std[0]

    @property
    def last(self) -> float:
        return self.std[-1]

    @property
    def growth(self) -> float:
        """std at the last layer over std at layer 1 (nan when layer 1 is constant)."""
        return self.last / self.first if self.first > 0 else math.nan

    @property
    def ratio(self) -> float:
        """Geometric-mean factor by which the std changes from one layer to the next."""
        return _per_step(self.first, self.last, len(self.std) - 1)

    @property
    def grad_ratio(self) -> float:
        """Per-layer factor of the gradient going backwards (layer 10 -> layer 1)."""
        return _per_step(self.grad[-1], self.grad[0], len(self.grad) - 1)

    @property
    def identical_units(self) -> bool:
        """All units of every layer are equal (zeros, constants)."""
        # BLAS may sum equal columns in a different order, in float32: allow
        # rounding noise (~1e-7 relative), far below any real spread (> 1e-2).
        return all(sp <= 1e-5 * s for sp, s in zip(self.unit_spread, self.std))


def _per_step(start: float, end: float, steps: int) -> float:
    if steps < 1 or not start > 0 or not end > 0:
        return math.nan
    return (end / start) ** (1.0 / steps)


def summarize(run: Run) -> Summary:
    act, outs = run.activation, run.outputs
    return Summary(
        std=tuple(float(a.std(dtype="float64")) for a in outs),
        extreme_pct=tuple(float(act.extreme(a).mean()) for a in outs),
        unit_spread=tuple(float(a.std(axis=1, dtype="float64").mean()) for a in outs),
        grad=backward_rms(run),
    )


@dataclass(frozen=True)
class Comparison:
    """Bad and fixed stacks of one scenario panel, simulated with the same input."""

    scenario: Scenario
    panel: Panel
    bad: List["np.ndarray"] = field(repr=False)
    fixed: List["np.ndarray"] = field(repr=False)
    bad_summary: Summary
    fixed_summary: Summary

    @property
    def caption(self) -> str:
        return self.panel.caption.format(bad=self.bad_summary, fixed=self.fixed_summary)


def compare(
    code: str,
    activation: Optional[str] = None,
    *,
    layers: int = DEFAULT_LAYERS,
    width: int = DEFAULT_WIDTH,
    batch: int = 1000,
    seed: int = 0,
) -> Comparison:
    """Simulate the bad and the fixed init of one panel of `code`."""
    scn = get_scenario(code)
    panel = scn.panel(activation)
    bad, fixed = (
        _run(scn, panel.activation, layers, width, batch, seed, variant)
        for variant in ("bad", "fixed")
    )
    return Comparison(scn, panel, bad.outputs, fixed.outputs, summarize(bad), summarize(fixed))


# --------------------------------------------------------------------------
# Terminal picture

_BARS = "▁▂▃▄▅▆▇█"
_EMPTY = "·"  # an empty bin: keeps the axis visible where nothing lands
_LABEL = 4  # "L10 "
_SEP = " │ "
_STATS = 13  # " " + std (7) + " " + percentage (4)
_MIN_HIST = 8
_RED, _GREEN, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[0m"


def picture(
    code: str,
    width: int = 78,
    *,
    color: bool = False,
    activations: Optional[Sequence[str]] = None,
    batch: int = PICTURE_BATCH,
) -> str:
    """Side-by-side histograms per layer, bad init vs fixed, for `--explain CODE`.

    One block per activation of the scenario (or those in `activations`).
    Pure text, at most `width` columns, the same string on every call.
    """
    _numpy()  # fail with the install hint before any work
    scn = get_scenario(code)
    hist_width = _hist_width(width)
    blocks = [
        _block(compare(scn.code, act, batch=batch), hist_width, width, color)
        for act in (activations or scn.activations)
    ]
    return "\n\n".join(blocks) + "\n"


def _hist_width(width: int) -> int:
    hist = (width - _LABEL - len(_SEP) - 2 * _STATS) // 2
    # An odd bin count puts 0 of tanh's [-1, 1] in one centre bin, not two.
    hist -= 1 - hist % 2
    if hist < _MIN_HIST:
        minimum = _LABEL + len(_SEP) + 2 * (_STATS + _MIN_HIST)
        raise ValueError(f"picture needs at least {minimum} columns, got {width}")
    return hist


def _block(cmp: Comparison, hist: int, width: int, color: bool) -> str:
    act = ACTIVATIONS[cmp.panel.activation]
    n_layers, (batch, units) = len(cmp.bad), cmp.bad[0].shape
    panel_w = hist + _STATS
    lines = _wrap(f"{cmp.scenario.code}: {cmp.scenario.title}", width)
    lines += _wrap(
        f"{act.name} after each of {n_layers} dense layers of {units} units, "
        f"input N(0, 1), batch {batch}",
        width,
    )
    lines.append(
        " " * _LABEL
        + _fit(f"bad: {cmp.scenario.bad.label}", panel_w)
        + _SEP
        + _fit(f"fixed: {cmp.panel.fixed.label}", panel_w).rstrip()
    )
    axis = _axis(act, hist) + f" {'std':>7} {act.extreme_label:>4}"
    lines.append(" " * _LABEL + axis + _SEP + axis)
    paint_bad, paint_fixed = (_RED, _GREEN) if color else ("", "")
    for i in range(n_layers):
        left = _row(cmp.bad[i], act, hist, cmp.bad_summary, i, paint_bad)
        right = _row(cmp.fixed[i], act, hist, cmp.fixed_summary, i, paint_fixed)
        lines.append(f"{'L' + str(i + 1):<{_LABEL}}{left}{_SEP}{right}")
    if act.skip_zeros:
        lines += _wrap(
            f"bars: values > 0 over [0, {act.hi:g}], larger values in the last column; "
            "=0: share of exact zeros",
            width,
        )
    else:
        lines += _wrap("sat: share of outputs within 0.05 of the asymptotes", width)
    lines += _wrap(cmp.caption, width)
    return "\n".join(lines)


def _row(a, act: Activation, hist: int, summary: Summary, i: int, paint: str) -> str:
    bars = _sparkline(a, act, hist)
    if paint:
        bars = f"{paint}{bars}{_RESET}"
    return f"{bars} {_fmt_std(summary.std[i])} {summary.extreme_pct[i]:4.0%}"


def _sparkline(a, act: Activation, bins: int) -> str:
    """Histogram of `a` over the activation's fixed range, one character per bin.

    Bars are scaled to the row's tallest bin so each layer's shape is
    readable; the std column carries the absolute scale.
    """
    np = _numpy()
    values = a.ravel()
    if act.skip_zeros:
        values = values[values != 0.0]
    counts, _ = np.histogram(np.clip(values, act.lo, act.hi), bins=bins, range=(act.lo, act.hi))
    peak = counts.max() if counts.size else 0
    if peak == 0:
        return _EMPTY * bins
    # ceil: any non-empty bin shows at least the lowest bar.
    levels = np.ceil(counts * len(_BARS) / peak).astype(int)
    return "".join(_BARS[lv - 1] if lv > 0 else _EMPTY for lv in levels)


def _axis(act: Activation, hist: int) -> str:
    lo, mid, hi = f"{act.lo:g}", f"{(act.lo + act.hi) / 2:g}", f"{act.hi:g}"
    line = [" "] * hist
    line[: len(lo)] = lo
    start = (hist - len(mid)) // 2
    line[start : start + len(mid)] = mid
    line[hist - len(hi) :] = hi
    return "".join(line)


def _fmt_std(value: float) -> str:
    """Seven columns whatever the magnitude: '   0.22', '3.4e-07', '1.1e+13'."""
    return f"{value:7.2g}"


def _fit(text: str, width: int) -> str:
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def _wrap(text: str, width: int) -> List[str]:
    return textwrap.wrap(text, width) or [""]

"""Draw docs/figures/INIxxx.png: per-layer activation histograms, bad init vs fixed.

    python scripts/make_figures.py            # every scenario in init_lint.viz
    python scripts/make_figures.py INI003     # just one
    python scripts/make_figures.py --out /tmp/figs

Each figure is a row of ridgeline plots, two per activation the scenario
shows (bad, fixed); each ridge is the histogram of all activations of one
layer (1 at the top, 10 at the bottom) over the activation's fixed range,
with the layer's std written beside it. The numbers in the caption come
from the same simulation (`init_lint.viz.compare`).

Needs the `viz` extra (numpy, matplotlib). Output is deterministic: same
seed, no timestamps in the PNG, so regenerating does not churn git.
"""

from __future__ import annotations

import argparse
import io
import sys
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless: never needs a display

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402  (a dependency of matplotlib)

from init_lint import viz  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "figures"

SIZE_IN, DPI = (9.0, 5.0), 100  # 900 x 500 px
MAX_BYTES = 80_000
BINS = 48
RIDGE_HEIGHT = 0.85  # < 1: ridges never overlap, so every layer reads on its own
STATS_MARGIN = 0.6  # extra x range (fraction of the activation range) for the numbers
STD_RIGHT = 0.36  # right edge of the std column, same units; the share column ends at the margin
COLORS = {"bad": "#c0392b", "fixed": "#1e7b4a"}
# A palette PNG is a third of the RGB size and these flat plots lose nothing.
PALETTE_COLORS = 64


def main(argv=None) -> int:
    args = _parse(argv)
    codes = [c.upper() for c in args.codes] or sorted(viz.SCENARIOS)
    args.out.mkdir(parents=True, exist_ok=True)
    for code in codes:
        path = args.out / f"{code}.png"
        size = write_figure(code, path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {size // 1000} KB")
        if size > MAX_BYTES:
            print(f"  warning: larger than {MAX_BYTES // 1000} KB", file=sys.stderr)
    return 0


def _parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("codes", nargs="*", help="rule codes (default: all scenarios)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    return parser.parse_args(argv)


def write_figure(code: str, path: Path) -> int:
    """Render `code`'s figure to `path`; returns its size in bytes."""
    fig = draw(code)
    path.write_bytes(_png_bytes(fig))
    plt.close(fig)
    return path.stat().st_size


def draw(code: str):
    scn = viz.get_scenario(code)
    comparisons = [viz.compare(code, act) for act in scn.activations]
    fig, axes = plt.subplots(1, 2 * len(comparisons), figsize=SIZE_IN, dpi=DPI, sharey=True)
    for i, cmp in enumerate(comparisons):
        _ridges(axes[2 * i], cmp, "bad")
        _ridges(axes[2 * i + 1], cmp, "fixed")
    axes[0].set_yticks(range(len(comparisons[0].bad)))
    axes[0].set_yticklabels([f"L{n}" for n in range(len(comparisons[0].bad), 0, -1)], fontsize=8)
    fig.suptitle(f"{scn.code}: {scn.title}", fontsize=12, fontweight="bold", y=0.985)
    caption = "\n".join(_wrap(c.caption, 165) for c in comparisons)
    fig.text(0.01, 0.012, caption, fontsize=7.5, va="bottom", ha="left", color="#333333")
    n_lines = caption.count("\n") + 1
    fig.subplots_adjust(
        left=0.04, right=0.995, top=0.845, bottom=0.085 + 0.026 * n_lines, wspace=0.06
    )
    return fig


def _ridges(ax, cmp: viz.Comparison, variant: str) -> None:
    """One ridge per layer, layer 1 at the top; heights scaled to each layer's peak."""
    act = viz.ACTIVATIONS[cmp.panel.activation]
    outputs = cmp.bad if variant == "bad" else cmp.fixed
    summary = cmp.bad_summary if variant == "bad" else cmp.fixed_summary
    init = cmp.scenario.bad if variant == "bad" else cmp.panel.fixed
    edges = np.linspace(act.lo, act.hi, BINS + 1)
    span = act.hi - act.lo
    # The numbers live right of the range, never on the data; right-aligned columns.
    std_x, share_x = act.hi + STD_RIGHT * span, act.hi + STATS_MARGIN * span
    n = len(outputs)
    for i, a in enumerate(outputs):
        base = n - 1 - i
        heights = np.append(_normalised_histogram(a, act, edges), 0.0)
        if not heights.any():  # ReLU of zero weights: nothing > 0 to draw
            ax.text((act.lo + act.hi) / 2, base + 0.2, "every output is 0", fontsize=7,
                    ha="center", va="bottom", color=COLORS[variant])
        ax.fill_between(edges, base, base + heights * RIDGE_HEIGHT, step="post",
                        color=COLORS[variant], alpha=0.8, linewidth=0)
        ax.plot([act.lo, act.hi], [base, base], color="#999999", linewidth=0.5)
        _columns(ax, (std_x, share_x), base + 0.1,
                 (f"{summary.std[i]:.2g}", f"{summary.extreme_pct[i]:.0%}"), "#222222")
    _columns(ax, (std_x, share_x), n - 1 + RIDGE_HEIGHT, ("std", act.extreme_label), "#666666")
    ax.set_xlim(act.lo, act.hi + STATS_MARGIN * span)
    ax.set_ylim(-0.3, n - 1 + RIDGE_HEIGHT + 0.35)
    ax.set_xticks([act.lo, (act.lo + act.hi) / 2, act.hi])
    ax.set_title(f"{variant}: {init.label}\n{act.name}", fontsize=9, color=COLORS[variant])
    ax.tick_params(axis="x", labelsize=7)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(f"{act.name} output" + (f" > 0, clipped at {act.hi:g}" if act.skip_zeros else ""),
                  fontsize=7, loc="left")


def _normalised_histogram(a, act: viz.Activation, edges):
    values = a.ravel()
    if act.skip_zeros:  # exact ReLU zeros are reported as a share, not a bar
        values = values[values != 0.0]
    counts, _ = np.histogram(np.clip(values, act.lo, act.hi), bins=edges)
    peak = counts.max() if counts.size else 0
    return counts / peak if peak else counts.astype(float)


def _columns(ax, xs, y, texts, color) -> None:
    """Right-aligned text columns (same as the terminal picture: std, sat/=0 share)."""
    for x, text in zip(xs, texts):
        ax.text(x, y, text, fontsize=6.5, va="bottom", ha="right", color=color)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


def _png_bytes(fig) -> bytes:
    """PNG without timestamps/version metadata, quantised to a small palette."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    buf.seek(0)
    image = Image.open(buf).convert("RGB").quantize(PALETTE_COLORS, dither=Image.Dither.NONE)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


if __name__ == "__main__":
    sys.exit(main())

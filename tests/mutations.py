"""Source mutations that turn harmless initializers into ones the rules report.

Used to check the cheap candidate scan (scan.py) against full analysis where
it matters: real model code rarely holds a bad init, so "fast path == full
analysis" on unmodified files says little about the scan's judgement. Each
mutation rewrites every occurrence of one pattern in place (same line
count), so a site the scan wrongly calls harmless shows up as a finding the
fast path misses. tests/test_speed.py applies them to the fixtures and
labeled snippets; `benchmarks/differential.py` to the corpus.
"""

from __future__ import annotations

import re
from typing import Callable, Dict

_INPLACE_INIT = re.compile(
    r"\b(?:trunc_normal_|normal_|xavier_uniform_|xavier_normal_|kaiming_normal_|kaiming_uniform_|uniform_|"
    r"orthogonal_|ones_)\("
)
_KERAS_NAMES = re.compile(r"\b(?:glorot_uniform|glorot_normal|he_normal|he_uniform|lecun_normal|lecun_uniform)\b")
_STD = re.compile(r"\b(std|stddev|scale|gain)\s*=\s*[0-9.eE+-]+")
_TIMES_SMALL = re.compile(r"\*\s*0\.\d+")
_FACTORY = re.compile(r"\b(torch|np|jnp|tf)\.(?:empty|randn|rand|ones|normal|random\.randn|random\.normal)\(")


def _zeros(source: str) -> str:
    source = _INPLACE_INIT.sub("zeros_(", source)
    return _KERAS_NAMES.sub("zeros", source)


def _tiny(source: str) -> str:
    return _TIMES_SMALL.sub("* 0.0001", _STD.sub(lambda m: f"{m.group(1)}=0.0001", source))


_ANY_STD = re.compile(r"\b(std|stddev)\s*=\s*[^,()\n]+(?:\([^()\n]*\))?")


def _named_std(source: str) -> str:
    """Every std keyword -> a module-level constant defined at the end (the evaluator reads those)."""
    mutated = _ANY_STD.sub(lambda m: f"{m.group(1)}=_MUTATED_STD", source)
    return mutated if mutated == source else mutated.rstrip("\n") + "\n\n_MUTATED_STD = 0.0001\n"


def _large(source: str) -> str:
    return _STD.sub(lambda m: f"{m.group(1)}=1.0", source)


def _swap_family(source: str) -> str:
    table = {"kaiming_": "xavier_", "xavier_": "kaiming_", "he_": "glorot_", "glorot_": "he_"}
    return re.sub(r"\b(kaiming_|xavier_|he_|glorot_)(?=normal|uniform)", lambda m: table[m.group(1)], source)


def _factory_zeros(source: str) -> str:
    return _FACTORY.sub(lambda m: f"{'np' if m.group(1) == 'np' else m.group(1)}.zeros(", source)


_SQRT_RATIO = re.compile(r"\bsqrt\(\s*([12])(?:\.0*)?\s*/")


def _swap_formula(source: str) -> str:
    """He's sqrt(2 / n) <-> LeCun's sqrt(1 / n) in hand-written std formulas (the pairing rules read them)."""
    return _SQRT_RATIO.sub(lambda m: f"sqrt({'1.0' if m.group(1) == '2' else '2.0'} /", source)


_MID_STD = re.compile(r"\b(std|stddev)\s*=\s*[0-9.eE+-]+")


def _mid_std(source: str) -> str:
    """Every numeric std -> 0.02: harmless on a wide layer, INI003 on a hidden one with a fan-in under 50."""
    return _MID_STD.sub(lambda m: f"{m.group(1)}=0.02", source)


def _small_std(source: str) -> str:
    """Every numeric std -> exactly 0.01 (small-scale): INI003 only on a deep stack of such layers."""
    return _MID_STD.sub(lambda m: f"{m.group(1)}=0.01", source)


_RELU_WORD = re.compile(r"\b(relu|ReLU)\b")


def _tanh(source: str) -> str:
    """Every ReLU -> tanh: He inits (kaiming_*, sqrt(2 / n)) now feed tanh units."""
    return _RELU_WORD.sub(lambda m: "tanh" if m.group(1) == "relu" else "Tanh", source)


MUTATIONS: Dict[str, Callable[[str], str]] = {
    "zeros": _zeros,
    "tiny": _tiny,
    "named-std": _named_std,
    "large": _large,
    "swap-family": _swap_family,
    "factory-zeros": _factory_zeros,
    "swap-formula": _swap_formula,
    "mid-std": _mid_std,
    "small-std": _small_std,
    "tanh": _tanh,
}

"""Options shared by the flake8 plugin and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import FrozenSet


@dataclass(frozen=True)
class Options:
    # Report framework defaults (Keras Glorot, PyTorch kaiming_uniform_(a=sqrt(5)),
    # Flax lecun_normal) in the pairing rules INI101-INI103.
    strict_defaults: bool = False
    # A random scale strictly below this fires INI003 with unknown fan-in.
    small_scale: float = 0.01
    # A deep stack (loop over layers or >= this many chained layers) also fires
    # INI003 at exactly small_scale.
    deep_layers: int = 3
    # Reference fan-in used by INI004 for std >= 1 when fan-in is known.
    large_fan_in: int = 16
    # Skip the cheap candidate scan and analyse every statement (used by tests
    # proving the fast path loses nothing).
    full_analysis: bool = False
    select: FrozenSet[str] = field(default_factory=frozenset)
    ignore: FrozenSet[str] = field(default_factory=frozenset)

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(i) for i in self.ignore)


DEFAULT_OPTIONS = Options()

"""The rule registry, in priority order.

At most one finding per initializer expression: the first rule in
`PRIORITY` that reports wins (RULES.md: INI006, INI001, INI002, INI005,
INI003/INI004, then INI101-INI103).
"""

from __future__ import annotations

from typing import List, Type

from .base import Example, Rule, Verdict
from .ini001 import ZeroWeights
from .ini002 import ConstantWeights
from .ini003 import TooSmallWeights
from .ini004 import TooLargeWeights
from .ini005 import NonCentredWeights
from .ini006 import PositionalMisuse
from .ini101 import XavierBeforeRelu
from .ini102 import HeBeforeTanh
from .ini103 import DeclaredNonlinearityMismatch
from .ini900 import AnalysisFailure

PRIORITY: List[Type[Rule]] = [
    PositionalMisuse,
    ZeroWeights,
    ConstantWeights,
    NonCentredWeights,
    TooSmallWeights,
    TooLargeWeights,
    DeclaredNonlinearityMismatch,
    XavierBeforeRelu,
    HeBeforeTanh,
]

ALL_RULES: List[Type[Rule]] = sorted(PRIORITY + [AnalysisFailure], key=lambda r: r.code)

BY_CODE = {r.code: r for r in ALL_RULES}

__all__ = ["ALL_RULES", "BY_CODE", "PRIORITY", "Example", "Rule", "Verdict"]

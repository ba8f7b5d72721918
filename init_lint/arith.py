"""Constant folding shared by the evaluator (`semantic/evaluator.py`) and the builder (`semantic/model.py`).

One function, so the two read `2.0 / 3`, `4 * 8` and `2 ** k` alike (a size the builder folds from parameter
defaults is the number the evaluator would give).
"""

from __future__ import annotations

from typing import Optional

MAX_EXPONENT = 64  # a larger power is no initializer scale, and 10 ** 10 ** 6 would hang the linter


def fold(op: str, a: float, b: float) -> Optional[float]:
    """a <op> b for op in + - * / **, or None (division by zero, overflow, a complex power, an unknown op)."""
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b
        if op == "**":
            return float(a ** b) if abs(b) <= MAX_EXPONENT else None
    except (ZeroDivisionError, OverflowError, ValueError, TypeError):
        return None
    return None

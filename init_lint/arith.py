"""Constant folding shared by the evaluator (dist.py, libcst) and the cheap scan (scan.py, ast).

One function, so the two read `2.0 / 3`, `4 * 8` and `2 ** k` alike: the scan's "cannot fire" verdicts rest on
giving the same number (or none) as the evaluator.
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

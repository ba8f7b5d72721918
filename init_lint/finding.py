"""The value every rule produces and every reporter consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .fix import intents


@dataclass(frozen=True)
class Finding:
    line: int  # 1-based
    col: int  # 0-based, as flake8 expects
    code: str  # "INI001"
    message: str  # without the code
    path: str = ""
    cell: Optional[int] = None  # notebook cell number (1-based) when linting .ipynb
    fix: Optional[intents.Fix] = field(default=None, compare=False)  # what --fix would change (an intent)
    # the long explanation (why it is bad, with the numbers) for JSON, SARIF and --explain; `message` is the
    # short line flake8 prints
    detail: str = field(default="", compare=False)

    def sort_key(self):
        return (self.path, self.cell or 0, self.line, self.col, self.code, self.message)

    def text(self) -> str:
        return f"{self.code} {self.message}"

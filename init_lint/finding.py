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


# flake8 prints `path:line:col: CODE message`; the part from CODE on stays within this many characters
MAX_MESSAGE = 110
INTERNAL_CODE = "INI900"


def internal_error(reason: str, path: str = "", what: str = "this file") -> Finding:
    """The one finding for a file init-lint could not analyse (INI900), its reason on one short line. `what`:
    the part left out (a notebook's cell: "this cell (the others were linted)")."""
    reason = " ".join(str(reason).split())[:300]
    message = f"init-lint could not analyse {what}: {reason}"
    if len(message) > MAX_MESSAGE - len(INTERNAL_CODE) - 1:  # the short line; the whole reason stays in detail
        message = message[: MAX_MESSAGE - len(INTERNAL_CODE) - 4].rstrip() + "..."
    return Finding(1, 0, INTERNAL_CODE, message, path, detail=f"init-lint could not analyse {what}: {reason}")

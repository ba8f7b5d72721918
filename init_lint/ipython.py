"""IPython syntax in Python source, neutralised line for line (notebook cells, percent-format scripts).

Line magics (`%matplotlib inline`, `x = %time f()`), shell escapes (`!pip install ...`, `files = !ls`) and help
lines (`?np.zeros`, `np.zeros??`) become blank -- or `pass` when indented, so a block whose only statement was a
magic still parses. Every line keeps its number, and every other line its text.
"""

from __future__ import annotations

import re
from typing import List, Optional

_HELP_LINE = re.compile(r"^(\?\??\S.*|[A-Za-z_][\w.]*\?\??)$")
# `x = !ls`, `out = %timeit -o f()`: an assignment whose value is a magic.
_MAGIC_ASSIGNMENT = re.compile(r"^[\w.,\s()\[\]]+=\s*[!%]")
# a percent-format script's cell marker (Jupytext, VS Code, Spyder): `# %%`, `#%% [markdown]`
PERCENT_CELL = re.compile(r"^#\s?%%", re.MULTILINE)


def neutralise_lines(lines: List[str]) -> List[str]:
    """`lines` (without their line ends) with each IPython line blanked, or `pass` where indented."""
    result = []
    scanner = _StatementScanner()
    blanking_continuation = False
    for line in lines:
        if blanking_continuation:
            # The previous magic line ended in a backslash: this is its tail.
            result.append("")
            blanking_continuation = line.rstrip().endswith("\\")
        elif scanner.at_statement_start() and _is_ipython_line(line.strip()):
            result.append(_placeholder(line))
            blanking_continuation = line.rstrip().endswith("\\")
        else:
            result.append(line)
            scanner.feed(line)
    return result


def _is_ipython_line(stripped: str) -> bool:
    if not stripped or stripped.startswith("#"):
        return False
    return (
        stripped[0] in "%!"
        or bool(_HELP_LINE.match(stripped))
        or bool(_MAGIC_ASSIGNMENT.match(stripped))
    )


def _placeholder(line: str) -> str:
    indent = line[: len(line) - len(line.lstrip())]
    return f"{indent}pass" if indent else ""


class _StatementScanner:
    """Knows whether the next line starts a statement: not inside brackets, a
    triple-quoted string or a backslash continuation.  Only then can `%` or
    `!` at the start of a line be IPython (`(a\\n % b)` is Python's modulo)."""

    def __init__(self) -> None:
        self.depth = 0
        self.open_triple: Optional[str] = None
        self.continued = False

    def at_statement_start(self) -> bool:
        return self.depth == 0 and self.open_triple is None and not self.continued

    def feed(self, line: str) -> None:
        i, n = 0, len(line)
        quote: Optional[str] = self.open_triple
        while i < n:
            ch = line[i]
            if quote:
                if ch == "\\":
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if ch == "#":
                break
            if ch in "'\"":
                quote = line[i : i + 3] if line.startswith(ch * 3, i) else ch
                i += len(quote)
                continue
            if ch in "([{":
                self.depth += 1
            elif ch in ")]}":
                self.depth = max(0, self.depth - 1)
            i += 1
        # Only a triple-quoted string survives the end of a line.
        self.open_triple = quote if quote and len(quote) == 3 else None
        self.continued = self.open_triple is None and line.rstrip().endswith("\\")

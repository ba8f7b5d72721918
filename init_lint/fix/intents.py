"""What a fix means, as data: the rules say *what* to change, the fixer (libcst) says *how*.

A rule never builds code. It attaches one `Fix` to a finding: the span of
the initializer expression it is about (positions as the finding reports
them) and an intent. `init_lint.fix.apply` parses the file with libcst
(only under `--fix`/`--diff`), finds the node with exactly that span, turns
the intent into a lossless edit, adds the imports, and checks the result
before anything is written. Nothing here imports libcst.

The records here (and the engine's other small immutable values: Val, Scale, Misuse, Pairing, Verdict)
are NamedTuples rather than frozen dataclasses: every flake8 process imports them, and on Python 3.11 a
NamedTuple class costs ~0.1 ms to create against ~0.6 ms for a frozen dataclass (its methods are exec'd).
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple, Union


class Span(NamedTuple):
    """An expression's extent: 1-based lines, 0-based character columns, outer parentheses excluded."""

    line: int
    col: int
    end_line: int
    end_col: int

    def holds(self, line: int, col: int) -> bool:
        """Whether the position (line, col) lies in the span (its end excluded)."""
        return (self.line, self.col) <= (line, col) < (self.end_line, self.end_col)


class KeywordArgument(NamedTuple):
    """Make a positional argument explicit: `normal_(w, 0.02)` -> `normal_(w, std=0.02)`.

    `argument` counts positional arguments only (`*args` excluded), from 0."""

    argument: int
    keyword: str


class SymmetricBounds(NamedTuple):
    """`uniform_(w, 0.1)` -> `uniform_(w, -0.1, 0.1)`: the positional argument number `argument` becomes
    the negated lower bound and is repeated as the upper bound."""

    argument: int


class SwapInitializer(NamedTuple):
    """Call another initializer of the same framework: rename the callee's last name and adjust arguments.

    - `new_name`: the new last component (`kaiming_uniform_`, `HeUniform`, `he_uniform`);
    - `import_from`: when the callee is a bare name, the module to import `new_name` from
      (`torch.nn.init`); None when the callee is an attribute chain (`nn.init.xavier_uniform_`);
    - `drop_keywords`: keywords that mean nothing to the new initializer (`gain` for He);
    - `keep_positional`: keep only this many positional arguments (None keeps all);
    - `add_keywords`: (name, code) pairs appended, e.g. ("nonlinearity", '"relu"').
    """

    new_name: str
    import_from: Optional[str] = None
    drop_keywords: Tuple[str, ...] = ()
    keep_positional: Optional[int] = None
    add_keywords: Tuple[Tuple[str, str], ...] = ()


class ReplaceString(NamedTuple):
    """A string initializer: `"glorot_uniform"` -> `"he_uniform"` (the quote style is kept)."""

    new_value: str


class ScaleByFanIn(NamedTuple):
    """A NumPy weight gets a variance-preserving scale: `<draw> * np.sqrt(<numerator> / <fan_in>)`.

    - `fan_in`: the source text of the fan-in expression (taken from the axis the weight is
      multiplied on);
    - `numerator`: "2" (He, ReLU family) or "1" (LeCun, tanh/sigmoid);
    - `draw`: source text of the unit draw to keep (a seeded `rng.standard_normal(...)` stays),
      or None to replace the whole expression by a new `np.random.randn(<shape>)` draw;
    - `shape`: source texts of the shape when a new draw is made;
    - `numpy`: the local name of numpy in the file (`np`), importing it when `import_numpy`.
    """

    fan_in: str
    numerator: str
    draw: Optional[str] = None
    shape: Tuple[str, ...] = ()
    numpy: str = "np"
    import_numpy: bool = False


class ReplaceExpression(NamedTuple):
    """Replace the expression by new code (the escape hatch; prefer a specific intent)."""

    code: str


Intent = Union[KeywordArgument, SymmetricBounds, SwapInitializer, ReplaceString, ScaleByFanIn, ReplaceExpression]


class Fix(NamedTuple):
    """One fix of one finding: where, what, and the import statements the new code needs."""

    span: Span
    intent: Intent
    imports: Tuple[str, ...] = ()

"""A rule is one class that carries its own documentation and examples.

Docs (docs/rules/INIxxx.md), --explain, SARIF rule metadata and the
example tests are all generated from these attributes, so they never drift.

A rule module imports nothing of the semantic model at import time (only
under TYPE_CHECKING): listing rules, --explain and SARIF metadata build nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple, Optional, Sequence, Tuple

from ..fix.intents import Fix

if TYPE_CHECKING:  # pragma: no cover - types only
    from ..semantic.context import Context
    from ..semantic.model import Site


class Example(NamedTuple):
    """A code snippet. For invalid examples, `line` is where the finding goes."""

    code: str
    line: int = 0


class Verdict(NamedTuple):
    """What a rule says about one initializer site; `fix` is an intent (init_lint.fix.intents), never code."""

    message: str  # short: `target: what is wrong; what to use` (rules/wording.compose)
    fix: Optional[Fix] = None
    detail: str = ""  # the long explanation: why, with the numbers


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]  # kebab-case, used in SARIF and doc titles
    checklist: ClassVar[str]  # "1 all zeros?" ... or "pairing"
    summary: ClassVar[str]  # one line: what it finds
    why: ClassVar[str]  # markdown: why it is bad, with the variance numbers
    fix_advice: ClassVar[str]  # markdown: what to use instead
    options_doc: ClassVar[str] = "None."
    references: ClassVar[Tuple[str, ...]] = ()
    fixable: ClassVar[bool] = False
    default_level: ClassVar[str] = "warning"  # SARIF level
    valid: ClassVar[Sequence[Example]] = ()
    invalid: ClassVar[Sequence[Example]] = ()
    # Position in the judging order (lower runs first; the first rule that reports on an initializer
    # wins: RULES.md "the most specific cause wins"). None: the rule judges no sites (INI900).
    priority: ClassVar[Optional[int]] = None

    def check(self, site: "Site", ctx: "Context") -> Optional[Verdict]:
        """The verdict on one initializer site, or None (silent)."""
        return None

    @classmethod
    def help_uri(cls) -> str:
        return f"https://github.com/init-lint/init-lint/blob/main/docs/rules/{cls.code}.md"

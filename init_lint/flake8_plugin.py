"""flake8 entry point (`INI = init_lint.flake8_plugin:InitLintPlugin`).

flake8 already parsed the file into an `ast` tree; the engine's cheap
candidate scan runs on that tree, so most files never reach libcst.
Noqa and --select/--ignore are left to flake8 itself.
"""

from __future__ import annotations

import ast
import os
from typing import TYPE_CHECKING, ClassVar, Iterator, List, Optional, Tuple

from . import __version__
from .engine import analyze
from .options import Options
from .vocab.triggers import TRIGGER_RE

if TYPE_CHECKING:
    from .helper import Helper  # imported for real only when a helper is used


class InitLintPlugin:
    name = "init-lint"
    version = __version__
    options: ClassVar[Options] = Options()
    # The libcst half runs in a helper process (helper.py: libcst's objects stay out of flake8's GC), except
    # for a single buffer from stdin (editors: the helper's start-up would be their latency).
    helper: ClassVar[Optional["Helper"]] = None

    def __init__(self, tree: ast.AST, filename: str, lines: List[str]) -> None:
        self.tree = tree
        self.filename = filename
        self.lines = lines

    @classmethod
    def add_options(cls, parser) -> None:
        parser.add_option(
            "--init-lint-strict-defaults",
            action="store_true",
            default=False,
            parse_from_config=True,
            help="init-lint: also report framework default initializers in the pairing rules INI101-INI103.",
        )
        parser.add_option(
            "--init-lint-small-scale",
            type=float,
            default=Options.small_scale,
            parse_from_config=True,
            help="init-lint: a random scale below this fires INI003 (default: %(default)s).",
        )
        parser.add_option(
            "--init-lint-deep-layers",
            type=int,
            default=Options.deep_layers,
            parse_from_config=True,
            help="init-lint: chained layers that make a deep stack for INI003 (default: %(default)s).",
        )

    @classmethod
    def parse_options(cls, options) -> None:
        cls.options = Options(
            strict_defaults=bool(getattr(options, "init_lint_strict_defaults", False)),
            small_scale=float(getattr(options, "init_lint_small_scale", Options.small_scale)),
            deep_layers=int(getattr(options, "init_lint_deep_layers", Options.deep_layers)),
        )
        from_stdin = "-" in (getattr(options, "filenames", None) or [])  # none given: flake8 lints "."
        cls.helper = None
        if not from_stdin:
            from .helper import IN_PROCESS_ENV, Helper  # subprocess, json: not for an editor's single buffer

            if os.environ.get(IN_PROCESS_ENV, "") in ("", "0"):
                cls.helper = Helper()

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        source = "".join(self.lines)
        helper = self.helper
        if helper is not None and not helper.started and TRIGGER_RE.search(source):
            helper.start()
        for f in analyze(source, self.filename, self.options, tree=self.tree, offload=self.helper):
            yield f.line, f.col, f"{f.code} {f.message}", type(self)

"""flake8 entry point (`INI = init_lint.frontends.flake8_plugin:InitLintPlugin`).

flake8 already parsed the file into an `ast` tree; the engine runs on that tree. Noqa and flake8's own
--select/--ignore/--per-file-ignores/--exclude are left to flake8 itself.

The plugin reads the same `[tool.init-lint]` table as the CLI (found from the first path flake8 was given),
so the editor, flake8, the pre-commit hook and the CLI agree:

* rule options (small-scale, deep-layers, ...) come from `--init-lint-NAME` (flake8's command line or its
  `[flake8]` config) when given there, else from `[tool.init-lint]`, else the defaults;
* `[tool.init-lint]`'s select/ignore/extend-*/per-file-ignores, exclude/extend-exclude and baseline narrow
  what the plugin reports before flake8's own selection applies.

A bad `--init-lint-*` value or a bad `[tool.init-lint]` is a flake8 option error (one line, exit 2).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any, ClassVar, Dict, Iterator, List, Optional, Tuple

from .. import __version__
from ..engine import analyze, internal_error
from ..finding import Finding
from ..options import Options, add_flake8_options, engine_options, flake8_values, resolve
from .baseline import Baseline, BaselineError
from .config import Config, ConfigError, discover_config, per_file_codes
from .discovery import is_excluded, too_large


@dataclass(frozen=True)
class PluginSettings:
    """What the plugin applies on top of the engine, from [tool.init-lint] and --init-lint-* options."""

    config: Config = field(default_factory=Config)
    selection: Options = field(default_factory=Options)  # [tool.init-lint] select/ignore/extend-*
    per_file_ignores: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    exclude: Tuple[str, ...] = ()
    max_file_size: int = 10 << 20
    baseline: Optional[Baseline] = None

    def selection_for(self, path: str) -> Options:
        return self.selection.ignoring(sorted(per_file_codes(self.per_file_ignores, path, self.config.root)))


def settings_from(given: Dict[str, Any], config: Config) -> Tuple[Options, PluginSettings]:
    """The engine's options and the plugin's settings: `given` (flake8's --init-lint-* values, None when not
    given) over `config` over the defaults. BaselineError if the baseline cannot be read."""
    values = resolve(given, config.values)
    selection = engine_options(values)
    if given.get("baseline"):
        baseline_path: Optional[str] = given["baseline"]  # as flake8 was told: relative to the working directory
    else:
        configured = config.get("baseline")
        baseline_path = config.anchored(configured) if configured else None
    settings = PluginSettings(
        config=config,
        selection=Options(select=selection.select, ignore=selection.ignore, extend_select=selection.extend_select,
                          extend_ignore=selection.extend_ignore),
        per_file_ignores=tuple(values["per_file_ignores"]),
        exclude=tuple(values["exclude"]) + tuple(values["extend_exclude"]),
        max_file_size=int(values["max_file_size"]),
        baseline=Baseline.load(baseline_path) if baseline_path else None,
    )
    return engine_options(values, selection=False), settings


class InitLintPlugin:
    name = "init-lint"
    version = __version__
    options: ClassVar[Options] = Options()
    settings: ClassVar[PluginSettings] = PluginSettings()

    def __init__(self, tree: ast.AST, filename: str, lines: List[str]) -> None:
        self.tree = tree
        self.filename = filename
        self.lines = lines

    @classmethod
    def add_options(cls, parser) -> None:
        add_flake8_options(parser)

    @classmethod
    def parse_options(cls, option_manager, options=None, filenames=None) -> None:
        """flake8 calls this with (option_manager, options, filenames); older callers with (options)."""
        if options is None:
            manager, options = None, option_manager
        else:
            manager = option_manager
        filenames = list(getattr(options, "filenames", None) or [])
        from_stdin = "-" in filenames  # none given: flake8 lints "."
        if from_stdin:  # an editor's buffer: its --stdin-display-name says where the file lives
            shown = getattr(options, "stdin_display_name", None) or "stdin"
            start = shown if shown != "stdin" else "."
        else:
            start = filenames[0] if filenames else "."
        try:
            config = discover_config(start)
            cls.options, cls.settings = settings_from(flake8_values(options), config)
        except (ConfigError, BaselineError) as exc:
            message = " ".join(str(exc).split())
            if manager is not None and hasattr(manager, "parser"):
                manager.parser.error(message)  # flake8's own option error: usage line, message, exit 2
            raise SystemExit(f"flake8: error: {message}") from None

    def findings(self) -> List[Finding]:
        """What this plugin reports for the file, before flake8's own selection and noqa."""
        settings = self.settings
        if is_excluded(self.filename, settings.exclude, settings.config.root):
            return []
        source = "".join(self.lines)
        selection = settings.selection_for(self.filename)
        size = len(source) if len(source) * 4 <= settings.max_file_size else len(source.encode("utf-8", "replace"))
        if size > settings.max_file_size:
            found = [internal_error(f"cannot read file: {too_large(size, settings.max_file_size)}", self.filename)]
        else:
            found = analyze(source, self.filename, self.options, tree=self.tree)
        found = [f for f in found if selection.wants(f.code)]
        if settings.baseline is not None and found:
            texts = [self.lines[f.line - 1].rstrip("\r\n") if 1 <= f.line <= len(self.lines) else None for f in found]
            located = [(f if f.path else Finding(f.line, f.col, f.code, f.message, self.filename), t)
                       for f, t in zip(found, texts)]
            found = [f for f, _ in settings.baseline.filter(located)]
        return found

    def run(self) -> Iterator[Tuple[int, int, str, type]]:
        for f in self.findings():
            yield f.line, f.col, f"{f.code} {f.message}", type(self)

"""`[tool.init-lint]` in pyproject.toml, read by both front ends (the CLI and the flake8 plugin).

    [tool.init-lint]
    select = ["INI0"]                  # rule codes or prefixes
    ignore = ["INI103"]
    exclude = ["legacy/*", "*_pb2.py"]  # globs, matched like flake8's
    small-scale = 0.01
    baseline = "init-lint-baseline.json"

    [tool.init-lint.per-file-ignores]
    "tests/*" = ["INI001", "INI002"]

The keys are the options declared in `init_lint.options` (`CONFIG_KEYS`). The file is found by walking up
from the first PATH argument (or the current directory) to the first pyproject.toml whose parsed TOML has a
`tool.init-lint` table -- any TOML spelling: `[tool."init-lint"]`, dotted keys (`[tool]` then
`init-lint.ignore = [...]`), an inline table. Globs and the baseline path are anchored at the directory
holding that pyproject.toml. Anything that is not exactly right -- an unknown key, a wrong type (also at
`tool.init-lint` itself), a value out of range, TOML that does not parse or nests too deeply, a file that is
not a regular file -- is a `ConfigError` whose message is one line naming the file and the key.

A pyproject.toml that does not parse is skipped during the walk unless it mentions init-lint at all (then
it may be ours, and the error is reported): a broken file of an unrelated parent project does not stop us.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Iterator, Optional, Tuple

from ..options import CONFIG_KEYS, parse_table as parse_values
from .discovery import NotReadable, matches_any, read_regular_file

SECTION = "init-lint"
PYPROJECT = "pyproject.toml"
# A pyproject.toml is small; anything bigger is not one we should parse.
MAX_CONFIG_SIZE = 4 << 20


class ConfigError(Exception):
    """A problem with the configuration; str() is one line for the user."""


@dataclass(frozen=True)
class Config:
    """Checked values of one `[tool.init-lint]` table, by option dest; absent keys are absent."""

    path: Optional[str] = None  # the pyproject.toml they came from
    values: Dict[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> str:
        """The directory that relative globs and paths are anchored to."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def get(self, name: str, default: Any = None) -> Any:
        return self.values.get(name.replace("-", "_"), default)

    def anchored(self, path: str) -> str:
        """A path from this file, relative to its directory."""
        return path if os.path.isabs(path) else os.path.join(self.root, path)


def per_file_codes(entries: Tuple[Tuple[str, Tuple[str, ...]], ...], path: str, root: str) -> FrozenSet[str]:
    """The codes per-file-ignores switches off for `path`."""
    codes: FrozenSet[str] = frozenset()
    for pattern, pattern_codes in entries:
        if matches_any(path, [pattern], root):
            codes |= frozenset(pattern_codes)
    return codes


def parse_table(table: Any, path: str) -> Config:
    """Check a `[tool.init-lint]` table and build the Config."""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.{SECTION} must be a table ([tool.{SECTION}]), got {_toml_type(table)}")
    try:
        return Config(path=path, values=parse_values(table))
    except ValueError as exc:
        raise ConfigError(f"{path}: [tool.{SECTION}] {exc}") from None


def _toml_type(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array"}.get(
        type(value), f"a {type(value).__name__}")


def load(path: str) -> Config:
    """The `[tool.init-lint]` table of one file given by the user (empty Config if the table is absent)."""
    document = _parse(path, _read(path))
    table = _section(document)
    return Config(path=path) if table is None else parse_table(table, path)


def _read(path: str) -> bytes:
    try:
        return read_regular_file(path, MAX_CONFIG_SIZE)
    except NotReadable as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def _parse(path: str, data: bytes) -> Dict[str, Any]:
    # imported here, when a pyproject.toml is found: flake8 imports the plugin in every run, with or without one
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python < 3.11 only
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {_one_line(exc)}") from None
    except (RecursionError, MemoryError):
        raise ConfigError(f"{path}: invalid TOML: nested too deeply to read") from None


def _section(document: Dict[str, Any]) -> Any:
    tool = document.get("tool")
    return tool.get(SECTION) if isinstance(tool, dict) else None


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _pyprojects_upwards(start: str) -> Iterator[str]:
    directory = os.path.abspath(start)
    if not os.path.isdir(directory):
        directory = os.path.dirname(directory)
    while True:
        candidate = os.path.join(directory, PYPROJECT)
        if os.path.isfile(candidate):
            yield candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return
        directory = parent


def discover_config(start: str) -> Config:
    """Config from the nearest pyproject.toml at or above `start` (the first PATH argument, or the cwd) that
    has a `tool.init-lint` table."""
    for candidate in _pyprojects_upwards(start):
        try:
            data = read_regular_file(candidate, MAX_CONFIG_SIZE)
        except NotReadable:
            continue  # unreadable or absurd: not a project file we can have been meant to use
        try:
            document = _parse(candidate, data)
        except ConfigError:
            if SECTION.encode() in data:
                raise  # it may well be ours: say what is wrong with it
            continue
        table = _section(document)
        if table is not None:
            return parse_table(table, candidate)
    return Config()


__all__ = ["CONFIG_KEYS", "Config", "ConfigError", "discover_config", "load", "parse_table", "per_file_codes"]

"""`[tool.init-lint]` in pyproject.toml.

    [tool.init-lint]
    select = ["INI0"]                 # rule codes or prefixes
    ignore = ["INI103"]
    exclude = ["legacy/*", "*_pb2.py"]  # globs, matched like flake8's
    strict-defaults = false
    small-scale = 0.01
    deep-layers = 3
    jobs = 4

    [tool.init-lint.per-file-ignores]
    "tests/*" = ["INI001", "INI002"]

The file is found by walking up from the first PATH argument (or the current
directory) to the first pyproject.toml that has a `[tool.init-lint]` table.
Globs are matched against the file name, the path as given and the path
relative to the directory holding that pyproject.toml.  Anything that is not
exactly right -- an unknown key, a wrong type, a value out of range, TOML
that does not parse -- is a `ConfigError` whose message names the file and
the key; the CLI prints it on one line and exits with status 2.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, Dict, FrozenSet, Iterator, Optional, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

from .discovery import matches_any

SECTION = "init-lint"
PYPROJECT = "pyproject.toml"

# What flake8 7 accepts as a code or code prefix in --select/--ignore.
CODE_PATTERN = re.compile(r"^[A-Z]{1,3}[0-9]{0,3}$")


class ConfigError(Exception):
    """A problem with the configuration; str() is one line for the user."""


@dataclass(frozen=True)
class Config:
    """Settings from pyproject.toml; None means 'not set here'."""

    path: Optional[str] = None  # the pyproject.toml they came from
    select: Optional[FrozenSet[str]] = None
    ignore: Optional[FrozenSet[str]] = None
    per_file_ignores: Tuple[Tuple[str, FrozenSet[str]], ...] = ()
    exclude: Tuple[str, ...] = ()
    strict_defaults: Optional[bool] = None
    small_scale: Optional[float] = None
    deep_layers: Optional[int] = None
    jobs: Optional[int] = None

    @property
    def root(self) -> str:
        """The directory that relative globs are anchored to."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def ignored_for(self, path: str) -> FrozenSet[str]:
        """The extra codes per-file-ignores switches off for `path`."""
        codes: FrozenSet[str] = frozenset()
        for pattern, pattern_codes in self.per_file_ignores:
            if matches_any(path, [pattern], self.root):
                codes |= pattern_codes
        return codes


# ---------------------------------------------------------------------------
# Value checkers: each returns the converted value or raises ValueError with
# the "expected ..." part of the message.


def parse_codes(value: Any) -> FrozenSet[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError('expected a list of rule codes such as ["INI001", "INI1"]')
    codes = [item.strip().upper() for item in value]
    for code in codes:
        if not CODE_PATTERN.match(code):
            raise ValueError(f"{code!r} is not a rule code or prefix such as INI001 or INI1")
    return frozenset(codes)


def _globs(value: Any) -> Tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ValueError('expected a list of glob patterns such as ["build/*", "*_pb2.py"]')
    return tuple(value)


def _per_file_ignores(value: Any) -> Tuple[Tuple[str, FrozenSet[str]], ...]:
    if not isinstance(value, dict):
        raise ValueError('expected a table of glob = ["INI001", ...]')
    entries = []
    for pattern, codes in value.items():
        try:
            entries.append((pattern, parse_codes(codes)))
        except ValueError as exc:
            raise ValueError(f"{pattern!r}: {exc}") from None
    return tuple(entries)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _positive_float(value: Any) -> float:
    # bool is an int subclass; `small-scale = true` is a mistake, not 1.0.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError("expected a number greater than 0")
    return float(value)


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("expected a whole number of at least 1")
    return value


# TOML key -> (Config field, checker)
KEYS: Dict[str, Tuple[str, Callable[[Any], Any]]] = {
    "select": ("select", parse_codes),
    "ignore": ("ignore", parse_codes),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "exclude": ("exclude", _globs),
    "strict-defaults": ("strict_defaults", _bool),
    "small-scale": ("small_scale", _positive_float),
    "deep-layers": ("deep_layers", _positive_int),
    "jobs": ("jobs", _positive_int),
}


def parse_table(table: Dict[str, Any], path: str) -> Config:
    """Check every key of a `[tool.init-lint]` table and build the Config."""
    values: Dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: [tool.{SECTION}] unknown key {key!r}{_suggestion(key)}")
        field_name, check = KEYS[key]
        try:
            values[field_name] = check(value)
        except ValueError as exc:
            raise ConfigError(f"{path}: [tool.{SECTION}] {key}: {exc}") from None
    return Config(path=path, **values)


def _suggestion(key: str) -> str:
    close = difflib.get_close_matches(key.replace("_", "-"), list(KEYS), n=1)
    known = ", ".join(KEYS)
    return f" (did you mean {close[0]!r}?)" if close else f" (known keys: {known})"


def load(path: str) -> Config:
    """The `[tool.init-lint]` table of one pyproject.toml (empty Config if absent)."""
    table = _read_section(path)
    return Config(path=path) if table is None else parse_table(table, path)


def _read_section(path: str) -> Optional[Dict[str, Any]]:
    try:
        with open(path, "rb") as handle:
            document = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {_one_line(exc)}") from None
    tool = document.get("tool")
    section = tool.get(SECTION) if isinstance(tool, dict) else None
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"{path}: tool.{SECTION} must be a table ([tool.{SECTION}])")
    return section


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _mentions_section(path: str) -> bool:
    """Cheap text test so a broken pyproject.toml of an unrelated parent
    project does not stop the walk with a TOML error that is not ours."""
    try:
        with open(path, "rb") as handle:
            return f"tool.{SECTION}".encode() in handle.read()
    except OSError:
        return False


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
    """Config from the nearest pyproject.toml at or above `start` (the first
    PATH argument, or the cwd) that has a [tool.init-lint] table."""
    for candidate in _pyprojects_upwards(start):
        if _mentions_section(candidate):
            table = _read_section(candidate)
            if table is not None:
                return parse_table(table, candidate)
    return Config()

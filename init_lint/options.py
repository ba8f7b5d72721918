"""Every setting of init-lint, declared once.

`SPECS` lists each option with its name, kind (type, parsing and validation), default, help and the
places it exists:

* ``cli``: the `init-lint` command line (``--name``), built by `add_cli_arguments`;
* ``config``: a key of ``[tool.init-lint]`` in pyproject.toml (``name = ...``), read by `parse_table`;
* ``flake8``: a flake8 option of the plugin (``--init-lint-name``, also ``init-lint-name =`` in flake8's own
  config), registered by `add_flake8_options`.

A value given on the command line (or to flake8) overrides ``[tool.init-lint]``, which overrides the
default (`resolve`). Every value is checked by its kind; a bad one is a `ValueError` whose message is one
line, ready to follow "--name: " or "[tool.init-lint] name: ".

`Options` is what the engine receives. Rule selection follows flake8 exactly: ``select``/``ignore``/
``extend-select``/``extend-ignore`` (and per-file-ignores, as flake8 adds them to extend-ignore) are decided
by flake8's own `flake8.style_guide.DecisionEngine` (longest matching prefix wins when a code is both
selected and ignored).
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Mapping, Sequence, Tuple

# ---------------------------------------------------------------------------
# Rule codes

PREFIX = "INI"
# The rule files are the registry (rules/ini001.py, ...); this tuple is the fallback when they cannot be listed.
_STATIC_CODES = ("INI001", "INI002", "INI003", "INI004", "INI005", "INI006", "INI101", "INI102", "INI103", "INI900")


@functools.lru_cache(maxsize=1)
def known_codes() -> Tuple[str, ...]:
    """Every rule code, from the rule files' names: no import of the rules (and so of the engine) needed."""
    rules = Path(__file__).resolve().parent / "rules"
    found = sorted(p.stem.upper() for p in rules.glob("ini[0-9][0-9][0-9].py")) if rules.is_dir() else []
    return tuple(found) or _STATIC_CODES


def known_prefixes() -> Tuple[str, ...]:
    """Every code and every shorter prefix of one down to the 'I' (what --select may name)."""
    prefixes = {code[:n] for code in known_codes() for n in range(1, len(code) + 1)}
    return tuple(sorted(prefixes))


# flake8's own rule for what a code or code prefix looks like (flake8.defaults.VALID_CODE_PREFIX).
try:
    from flake8.defaults import VALID_CODE_PREFIX
except ImportError:  # pragma: no cover - flake8 is a dependency; only very old releases lack the name
    VALID_CODE_PREFIX = re.compile("^[A-Z]{1,3}[0-9]{0,3}$", re.ASCII)


def check_code(code: str) -> str:
    """`code` if it is one of our codes or a prefix of one, else ValueError naming it (with a did-you-mean)."""
    if VALID_CODE_PREFIX.match(code) and any(known.startswith(code) for known in known_codes()):
        return code
    return _unknown("rule code", code, (*known_codes(), PREFIX, f"{PREFIX}0", f"{PREFIX}1"), key=str.upper,
                    known=f"{', '.join(known_codes())} or a prefix such as {PREFIX}0")


def _unknown(what: str, value: str, choices: Sequence[str], known: str, key: Callable[[str], str] = str) -> Any:
    import difflib  # (only for a mistyped value: not loaded by every flake8 run)

    wanted = key(value)
    close = difflib.get_close_matches(wanted, list(choices), n=3, cutoff=0.6)
    # Among equally close spellings, the one sharing the longest start: INI01 -> INI001, not INI101.
    close.sort(key=lambda c: -len(os.path.commonprefix([c, wanted])))
    hint = f"did you mean {close[0]!r}?" if close else f"known: {known}"
    raise ValueError(f"unknown {what} {value!r} ({hint})")


# ---------------------------------------------------------------------------
# What the engine receives


@functools.lru_cache(maxsize=256)
def _decision_engine(select: Tuple[str, ...], ignore: Tuple[str, ...], extend_select: Tuple[str, ...],
                     extend_ignore: Tuple[str, ...]) -> Any:
    from flake8.style_guide import DecisionEngine

    return DecisionEngine(argparse.Namespace(
        select=list(select) if select else None,  # None: not given, so the default (all our codes) applies
        ignore=list(ignore) if ignore else None,
        extend_select=list(extend_select),
        extend_ignore=list(extend_ignore),
        extended_default_select=[PREFIX],  # what flake8 itself does for a plugin's codes
        extended_default_ignore=[],
    ))


def _key(codes: Iterable[str]) -> Tuple[str, ...]:
    return tuple(sorted(set(codes)))


@dataclass(frozen=True)
class Options:
    """The settings the engine and the selection need (front-end settings live in the front ends)."""

    # Report framework defaults (Keras Glorot, PyTorch kaiming_uniform_(a=sqrt(5)), Flax lecun_normal) in the
    # pairing rules INI101-INI103.
    strict_defaults: bool = False
    # A random scale strictly below this fires INI003 with unknown fan-in.
    small_scale: float = 0.01
    # A deep stack (loop over layers or >= this many chained layers) also fires INI003 at exactly small_scale.
    deep_layers: int = 3
    # Reference fan-in used by INI004 for std >= 1 when fan-in is known.
    large_fan_in: int = 16
    # Lint test files (test_*.py, *_test.py, conftest.py) like any other file; off: they are skipped.
    lint_tests: bool = False
    # Internal to the old engine (skip its candidate scan); no front end offers it. Goes with engine.analyze.
    full_analysis: bool = False
    # Rule selection, as flake8's --select/--ignore/--extend-select/--extend-ignore.
    select: FrozenSet[str] = field(default_factory=frozenset)
    ignore: FrozenSet[str] = field(default_factory=frozenset)
    extend_select: Tuple[str, ...] = ()
    extend_ignore: Tuple[str, ...] = ()

    def wants(self, code: str) -> bool:
        """flake8's decision for `code` under this selection."""
        if not (self.select or self.ignore or self.extend_select or self.extend_ignore):
            return True
        from flake8.style_guide import Decision

        engine = _decision_engine(_key(self.select), _key(self.ignore), _key(self.extend_select),
                                  _key(self.extend_ignore))
        return bool(engine.decision_for(code) is Decision.Selected)

    def ignoring(self, codes: Iterable[str]) -> "Options":
        """These options with `codes` added to extend-ignore (what flake8 does for per-file-ignores)."""
        extra = tuple(c for c in codes if c not in self.extend_ignore)
        if not extra:
            return self
        return replace(self, extend_ignore=tuple(self.extend_ignore) + extra)


DEFAULT_OPTIONS = Options()


# ---------------------------------------------------------------------------
# Kinds: how a value is read from text (command line, flake8) and from TOML, and checked


class Kind:
    metavar = "VALUE"

    def from_text(self, text: str) -> Any:
        raise NotImplementedError

    def from_toml(self, value: Any) -> Any:
        raise NotImplementedError


class Boolean(Kind):
    TRUE = frozenset({"true", "yes", "on", "1"})
    FALSE = frozenset({"false", "no", "off", "0"})

    def from_text(self, text: str) -> bool:
        lowered = text.strip().lower()
        if lowered in self.TRUE:
            return True
        if lowered in self.FALSE:
            return False
        raise ValueError(f"expected true or false, got {text!r}")

    def from_toml(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {_show(value)}")
        return value


class Flag(Boolean):
    """A command-line switch without a value (--exit-zero)."""


class Count(Kind):
    """-q, -qq."""

    def from_toml(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"expected a whole number of at least 0, got {_show(value)}")
        return value


class PositiveNumber(Kind):
    metavar = "X"

    def from_text(self, text: str) -> float:
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"expected a number greater than 0, got {text!r}") from None
        return self._check(number, repr(text))

    def from_toml(self, value: Any) -> float:
        # bool is an int subclass: `small-scale = true` is a mistake, not 1.0.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number greater than 0, got {_show(value)}")
        return self._check(float(value), _show(value))

    @staticmethod
    def _check(number: float, shown: str) -> float:
        if not math.isfinite(number) or not number > 0:
            raise ValueError(f"expected a number greater than 0, got {shown}")
        return number


class Integer(Kind):
    metavar = "N"

    def __init__(self, minimum: int = 1) -> None:
        self.minimum = minimum

    def from_text(self, text: str) -> int:
        try:
            number = int(text.strip(), 10)
        except ValueError:
            raise ValueError(f"expected a whole number of at least {self.minimum}, got {text!r}") from None
        return self._check(number, repr(text))

    def from_toml(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number of at least {self.minimum}, got {_show(value)}")
        return self._check(value, _show(value))

    def _check(self, number: int, shown: str) -> int:
        if number < self.minimum:
            raise ValueError(f"expected a whole number of at least {self.minimum}, got {shown}")
        return number


class Size(Kind):
    """A size in bytes: 10485760, or with a binary unit: 512K, 10M, 1G (KB, MB, GB, KiB... alike)."""

    metavar = "SIZE"
    UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    _PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:I?B)?\s*$", re.I)

    def from_text(self, text: str) -> int:
        match = self._PATTERN.match(text)
        if not match:
            raise ValueError(f"expected a size such as 10M, 512K or 1048576 (bytes), got {text!r}")
        number = int(float(match.group(1)) * self.UNITS[match.group(2).upper()])
        if number < 1:
            raise ValueError(f"expected a size of at least 1 byte, got {text!r}")
        return number

    def from_toml(self, value: Any) -> int:
        if isinstance(value, str):
            return self.from_text(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f'expected a size such as "10M" or a number of bytes, got {_show(value)}')
        return value


class Codes(Kind):
    """Rule codes or prefixes: `INI001,INI1` on the command line, ["INI001", "INI1"] in TOML."""

    metavar = "CODES"

    def from_text(self, text: str) -> Tuple[str, ...]:
        from flake8.utils import parse_comma_separated_list

        return self._check(parse_comma_separated_list(text))

    def from_toml(self, value: Any) -> Tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f'expected a list of rule codes such as ["INI001", "INI1"], got {_show(value)}')
        return self._check([item.strip() for item in value if item.strip()])

    @staticmethod
    def _check(codes: Sequence[str]) -> Tuple[str, ...]:
        return tuple(dict.fromkeys(check_code(code) for code in codes))


class Globs(Kind):
    metavar = "GLOBS"

    def from_text(self, text: str) -> Tuple[str, ...]:
        return tuple(part.strip() for part in text.split(",") if part.strip())

    def from_toml(self, value: Any) -> Tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise ValueError(f'expected a list of glob patterns such as ["build/*", "*_pb2.py"], got {_show(value)}')
        return tuple(value)


FileCodes = Tuple[Tuple[str, Tuple[str, ...]], ...]


class PerFileIgnores(Kind):
    """A table glob = [codes] in TOML; flake8's `glob:codes glob:codes` text on the command line."""

    metavar = "GLOB:CODES"

    def from_text(self, text: str) -> FileCodes:
        from flake8.exceptions import ExecutionError
        from flake8.utils import parse_files_to_codes_mapping

        try:
            mapping = parse_files_to_codes_mapping(text)
        except ExecutionError:
            raise ValueError(f"expected flake8's form 'tests/*:INI001,INI002 legacy/*:INI0', got {text!r}") from None
        return self._merge((pattern, Codes._check(codes)) for pattern, codes in mapping)

    def from_toml(self, value: Any) -> FileCodes:
        if not isinstance(value, dict):
            raise ValueError(f'expected a table of glob = ["INI001", ...], got {_show(value)}')
        entries = []
        for pattern, codes in value.items():
            try:
                entries.append((pattern, Codes().from_toml(codes)))
            except ValueError as exc:
                raise ValueError(f"{pattern!r}: {exc}") from None
        return self._merge(entries)

    @staticmethod
    def _merge(entries: Iterable[Tuple[str, Tuple[str, ...]]]) -> FileCodes:
        merged: Dict[str, Tuple[str, ...]] = {}
        for pattern, codes in entries:
            merged[pattern] = tuple(dict.fromkeys(merged.get(pattern, ()) + codes))
        return tuple(merged.items())


class Choice(Kind):
    def __init__(self, *choices: str) -> None:
        self.choices = choices
        self.metavar = "{" + ",".join(choices) + "}"

    def from_text(self, text: str) -> str:
        if text in self.choices:
            return text
        return _unknown("value", text, self.choices, known=", ".join(self.choices))  # type: ignore[no-any-return]

    def from_toml(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"expected one of {', '.join(self.choices)}, got {_show(value)}")
        return self.from_text(value)


class Text(Kind):
    """A path or a name."""

    def __init__(self, metavar: str = "PATH") -> None:
        self.metavar = metavar

    def from_text(self, text: str) -> str:
        if not text or "\0" in text:
            raise ValueError(f"expected a {self.metavar.lower()}, got {text!r}")
        return text

    def from_toml(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {_show(value)}")
        return self.from_text(value)


def _show(value: Any) -> str:
    """A TOML value in a message: its type and a short rendering, on one line."""
    kind = {bool: "boolean", int: "integer", float: "float", str: "string", list: "array", dict: "table"}.get(
        type(value), type(value).__name__)
    text = " ".join(repr(value).split())
    return f"{kind} {text[:40] + '...' if len(text) > 40 else text}"


# ---------------------------------------------------------------------------
# The declaration

CLI, CONFIG, FLAKE8 = "cli", "config", "flake8"
FLAKE8_PREFIX = "init-lint-"
MEBIBYTE = 1 << 20


@dataclass(frozen=True)
class OptionSpec:
    name: str  # kebab-case: --name, [tool.init-lint] name, flake8 --init-lint-name
    kind: Kind
    default: Any
    help: str
    where: FrozenSet[str] = frozenset({CLI, CONFIG})
    group: str = "options"
    short: Tuple[str, ...] = ()

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")

    @property
    def flake8_name(self) -> str:
        return f"--{FLAKE8_PREFIX}{self.name}"

    @property
    def flake8_dest(self) -> str:
        return (FLAKE8_PREFIX + self.name).replace("-", "_")


def _spec(name: str, kind: Kind, default: Any, help: str, *where: str, group: str, short: Tuple[str, ...] = ()
          ) -> OptionSpec:
    return OptionSpec(name, kind, default, help, frozenset(where), group, short)


SELECTING, RULES, FILES, OUTPUT, RUNNING, ACTIONS = (
    "selecting rules", "rule options", "files", "output", "running", "other actions")

SPECS: Tuple[OptionSpec, ...] = (
    _spec("select", Codes(), (), "only these codes or prefixes, e.g. INI0,INI101 (default: all)", CLI, CONFIG,
          group=SELECTING),
    _spec("ignore", Codes(), (), "skip these codes or prefixes (the longest matching prefix wins, as in flake8)",
          CLI, CONFIG, group=SELECTING),
    _spec("extend-select", Codes(), (), "add codes to the selection without replacing it", CLI, CONFIG,
          group=SELECTING),
    _spec("extend-ignore", Codes(), (), "add codes to the ignored ones without replacing them", CLI, CONFIG,
          group=SELECTING),
    _spec("per-file-ignores", PerFileIgnores(), (),
          "codes to skip in files matching a glob, flake8's form: 'tests/*:INI001 legacy/*:INI0'", CLI, CONFIG,
          group=SELECTING),
    _spec("strict-defaults", Boolean(), False, "also report framework default initializers in INI101-INI103",
          CLI, CONFIG, FLAKE8, group=RULES),
    _spec("small-scale", PositiveNumber(), 0.01, "INI003: a random scale below X is too small (default 0.01)",
          CLI, CONFIG, FLAKE8, group=RULES),
    _spec("deep-layers", Integer(1), 3, "INI003: N chained layers make a deep stack (default 3)", CLI, CONFIG,
          FLAKE8, group=RULES),
    _spec("large-fan-in", Integer(1), 16, "INI004: the fan-in from which std >= 1 is too large (default 16)",
          CLI, CONFIG, FLAKE8, group=RULES),
    _spec("lint-tests", Boolean(), False,
          "also lint test files (test_*.py, *_test.py, conftest.py), which are skipped by default", CLI, CONFIG,
          FLAKE8, group=RULES),
    _spec("exclude", Globs(), (), "skip files and directories matching these globs (replaces the config's)", CLI,
          CONFIG, group=FILES),
    _spec("extend-exclude", Globs(), (), "more globs to skip, on top of exclude", CLI, CONFIG, group=FILES),
    _spec("respect-gitignore", Boolean(), True,
          "skip what .gitignore (and .git/info/exclude) ignores while walking directories (default: on)", CLI,
          CONFIG, group=FILES),
    _spec("follow-imports", Choice("auto", "always", "never"), "auto",
          "judge each file with the helpers, blocks and activations it imports from the other files of the run, "
          "and report what is found in them in their own file; auto (default): when the run lints at most 200 "
          "Python files (flake8 sees one file at a time)", CLI, CONFIG, group=FILES),
    _spec("max-file-size", Size(), 10 * MEBIBYTE,
          "files larger than this are reported (INI900) and skipped (default 10M)", CLI, CONFIG, FLAKE8,
          group=FILES),
    _spec("baseline", Text("FILE"), None,
          "do not report the findings recorded in FILE (see --write-baseline); a relative path in "
          "[tool.init-lint] is relative to that pyproject.toml", CLI, CONFIG, FLAKE8, group=FILES),
    _spec("write-baseline", Text("FILE"), None, "record every current finding in FILE and exit 0", CLI,
          group=FILES),
    _spec("format", Choice("text", "json", "sarif", "github"), "text", "output format (default: text)", CLI,
          group=OUTPUT),
    _spec("output-file", Text("FILE"), None, "write the report to FILE instead of standard output", CLI,
          group=OUTPUT),
    _spec("show-source", Flag(), False, "show the source line under each finding (text format)", CLI,
          group=OUTPUT),
    _spec("color", Choice("auto", "always", "never"), "auto",
          "colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never", CLI,
          group=OUTPUT),
    _spec("quiet", Count(), 0, "-q: print only the names of files with findings; -qq: print nothing", CLI,
          group=OUTPUT, short=("-q",)),
    _spec("exit-zero", Flag(), False, "exit with status 0 even when there are findings (2 still means an error)",
          CLI, group=OUTPUT),
    _spec("statistics", Flag(), False, "count findings per code after the findings", CLI, group=OUTPUT),
    _spec("profile", Flag(), False, "print engine counters and wall time as one JSON line on stderr", CLI,
          group=OUTPUT),
    _spec("jobs", Integer(1), None, "worker processes (default and maximum: the number of CPUs)", CLI, CONFIG,
          group=RUNNING, short=("-j",)),
    _spec("stdin-filename", Text("NAME"), None,
          "name to report for - (stdin); also picks config, exclude and per-file-ignores", CLI, group=RUNNING),
    _spec("config", Text("PYPROJECT"), None, "read [tool.init-lint] from this file instead of searching", CLI,
          group=RUNNING),
    _spec("isolated", Flag(), False, "ignore pyproject.toml files", CLI, group=RUNNING),
    _spec("diff", Flag(), False, "print the automatic fixes as a unified diff, change nothing", CLI,
          group=ACTIONS),
    _spec("fix", Flag(), False, "apply the automatic fixes, then report what is left", CLI, group=ACTIONS),
    _spec("list-rules", Flag(), False, "list all rules and exit", CLI, group=ACTIONS),
    _spec("explain", Text("CODE"), None, "explain one rule (with a picture when NumPy is installed) and exit", CLI,
          group=ACTIONS),
)

BY_NAME: Dict[str, OptionSpec] = {spec.name: spec for spec in SPECS}
CONFIG_KEYS: Tuple[str, ...] = tuple(spec.name for spec in SPECS if CONFIG in spec.where)
# Options whose values go into `Options` (the rest are front-end settings).
ENGINE_FIELDS = ("strict_defaults", "small_scale", "deep_layers", "large_fan_in", "lint_tests")


def specs(where: str) -> List[OptionSpec]:
    return [spec for spec in SPECS if where in spec.where]


# ---------------------------------------------------------------------------
# Front end: argparse (the CLI)


def _argparse_type(spec: OptionSpec) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return spec.kind.from_text(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = spec.name  # argparse names it in "invalid <name> value" messages
    return convert


def add_cli_arguments(parser: argparse.ArgumentParser) -> None:
    """One argument per CLI option; every default is None (= not given), so configuration can fill it."""
    groups: Dict[str, Any] = {}
    for spec in specs(CLI):
        group = groups.get(spec.group)
        if group is None:
            group = groups[spec.group] = parser.add_argument_group(spec.group)
        flags = [*spec.short, f"--{spec.name}"]
        if isinstance(spec.kind, Count):
            group.add_argument(*flags, action="count", default=None, help=spec.help)
        elif isinstance(spec.kind, Flag):
            group.add_argument(*flags, action="store_true", default=None, help=spec.help)
        elif isinstance(spec.kind, Boolean):
            group.add_argument(*flags, action=argparse.BooleanOptionalAction, default=None, help=spec.help)
        else:
            group.add_argument(*flags, type=_argparse_type(spec), default=None, metavar=spec.kind.metavar,
                               help=spec.help)


# ---------------------------------------------------------------------------
# Front end: flake8


def add_flake8_options(parser: Any) -> None:
    """The plugin's options: --init-lint-NAME on flake8's command line and in its config. Values are checked
    by the same kinds, so flake8 itself reports a bad one as an option error (exit 2)."""
    for spec in specs(FLAKE8):
        help = f"init-lint: {spec.help}"
        if isinstance(spec.kind, Boolean):
            parser.add_option(spec.flake8_name, action="store_true", default=None, parse_from_config=True,
                              help=help)
        else:
            parser.add_option(spec.flake8_name, type=_argparse_type(spec), default=None, parse_from_config=True,
                              metavar=spec.kind.metavar, help=help)


def flake8_values(namespace: Any) -> Dict[str, Any]:
    """The plugin's options flake8 parsed, by dest; None when not given."""
    return {spec.dest: getattr(namespace, spec.flake8_dest, None) for spec in specs(FLAKE8)}


# ---------------------------------------------------------------------------
# Front end: [tool.init-lint]


def parse_table(table: Mapping[str, Any]) -> Dict[str, Any]:
    """Check every key and value of a `[tool.init-lint]` table; ValueError (one line, naming the key)."""
    values: Dict[str, Any] = {}
    for key, value in table.items():
        spec = BY_NAME.get(key)
        if spec is None or CONFIG not in spec.where:
            import difflib  # (only for a mistyped key)

            suggestion = difflib.get_close_matches(key.replace("_", "-"), list(CONFIG_KEYS), n=1)
            hint = f"did you mean {suggestion[0]!r}?" if suggestion else f"known keys: {', '.join(CONFIG_KEYS)}"
            raise ValueError(f"unknown key {key!r} ({hint})")
        try:
            values[spec.dest] = spec.kind.from_toml(value)
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return values


# ---------------------------------------------------------------------------
# Resolution


def resolve(*sources: Mapping[str, Any]) -> Dict[str, Any]:
    """Each option's value from the first source that sets it (not None), else its default."""
    resolved: Dict[str, Any] = {}
    for spec in SPECS:
        value = next((source[spec.dest] for source in sources if source.get(spec.dest) is not None), None)
        resolved[spec.dest] = spec.default if value is None else value
    return resolved


def engine_options(values: Mapping[str, Any], selection: bool = True) -> Options:
    """`Options` from resolved values (`resolve`); without `selection` the select/ignore fields stay empty."""
    fields = {name: values[name] for name in ENGINE_FIELDS}
    if selection:
        fields.update(
            select=frozenset(values["select"]),
            ignore=frozenset(values["ignore"]),
            extend_select=tuple(values["extend_select"]),
            extend_ignore=tuple(values["extend_ignore"]),
        )
    return Options(**fields)

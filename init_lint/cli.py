"""`init-lint`: the standalone command line (the flake8 plugin is the other front end).

    init-lint [options] PATH...      lint files and directories
    init-lint -                      lint standard input
    init-lint --diff / --fix PATH    show / apply the automatic fixes
    init-lint --list-rules           the rule catalogue
    init-lint --explain INI001       one rule's documentation and picture

Exit status: 0 nothing found, 1 findings (INI900 included), 2 usage or
configuration error (bad option, unknown path, bad [tool.init-lint]).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import json
import os
import shutil
import sys
import time
from typing import Iterable, List, Optional, Sequence, Tuple

from . import __version__
from .config import CODE_PATTERN, Config, ConfigError, discover_config, load
from .discovery import discover, display_path, matches_any
from .engine import Stats, internal_error, lint_bytes
from .finding import Finding
from .options import Options
from .reporters import FORMATTERS, find_rule, format_explanation, format_rule_table, format_statistics

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN_NAME = "stdin"  # what flake8 calls standard input in its output
# Starting worker processes costs more than linting a handful of files.
PARALLEL_MIN_FILES = 16

EPILOG = """\
output: path:line:column: CODE message, sorted by path, line, column and code.
  line and column are 1-based; the column is flake8's 0-based col + 1, as in
  flake8's own text output (JSON also carries the raw value as "col0").
  Notebook findings read nb.ipynb:cell_3:2:5: (cell 3, line 2 of that cell).

paths: directories are searched for *.py, *.pyi and *.ipynb, skipping VCS,
  cache, build and virtualenv directories; symlinked directories are not
  entered. Files named on the command line are always linted. A directory
  with nothing to lint gets a one-line warning on stderr (exit status 0).

configuration: [tool.init-lint] in the nearest pyproject.toml above the first
  PATH (keys: select, ignore, per-file-ignores, exclude, strict-defaults,
  small-scale, deep-layers, jobs). Command-line options override it.

exit status: 0 no findings, 1 findings, 2 usage or configuration error.
"""


class UsageError(Exception):
    """A mistake on the command line; str() is the one-line message."""


# ---------------------------------------------------------------------------
# Command line


def _code_list(value: str) -> frozenset:
    """`--select INI001,INI1`: comma (or space) separated codes or prefixes."""
    codes = frozenset(part.strip().upper() for part in value.replace(" ", ",").split(",") if part.strip())
    bad = sorted(code for code in codes if not CODE_PATTERN.match(code))
    if bad:
        raise argparse.ArgumentTypeError(f"not a rule code or prefix: {', '.join(bad)} (expected e.g. INI001 or INI1)")
    return codes


def _glob_list(value: str) -> Tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _positive(kind):
    def convert(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a {kind.__name__}") from None
        if not number > 0:
            raise argparse.ArgumentTypeError(f"{value!r} must be greater than 0")
        return number

    convert.__name__ = kind.__name__
    return convert


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="init-lint",
        description="Find bad neural-network weight initialisation (NumPy, PyTorch, Keras/TF, JAX/Flax).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories to lint (default: .); - for stdin")
    parser.add_argument("--version", action="version", version=f"init-lint {__version__}")

    selection = parser.add_argument_group("selecting rules")
    selection.add_argument("--select", type=_code_list, metavar="CODES", help="only these codes or prefixes, e.g. INI0,INI101")
    selection.add_argument("--ignore", type=_code_list, metavar="CODES", help="skip these codes or prefixes")
    selection.add_argument("--exclude", type=_glob_list, metavar="GLOBS", help="skip files and directories matching these globs")

    tuning = parser.add_argument_group("rule options (also in [tool.init-lint])")
    tuning.add_argument(
        "--strict-defaults",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also report framework default initializers in INI101-INI103",
    )
    tuning.add_argument(
        "--small-scale", type=_positive(float), metavar="X", help="INI003: random scale below X is too small (default 0.01)"
    )
    tuning.add_argument(
        "--deep-layers", type=_positive(int), metavar="N", help="INI003: N chained layers make a deep stack (default 3)"
    )

    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=sorted(FORMATTERS), default="text", help="output format (default: text)")
    output.add_argument("--statistics", action="store_true", help="count findings per code after the findings")
    output.add_argument("--profile", action="store_true", help="print engine counters and wall time as one JSON line on stderr")

    running = parser.add_argument_group("running")
    running.add_argument("--jobs", "-j", type=_positive(int), metavar="N", help="worker processes (default: all cores)")
    running.add_argument(
        "--stdin-filename", metavar="NAME", help="name to report for - (stdin); also picks config and per-file-ignores"
    )
    running.add_argument("--config", metavar="PYPROJECT", help="read [tool.init-lint] from this file instead of searching")
    running.add_argument("--isolated", action="store_true", help="ignore pyproject.toml files")

    actions = parser.add_argument_group("other actions")
    actions.add_argument("--diff", action="store_true", help="print the automatic fixes as a unified diff, change nothing")
    actions.add_argument("--fix", action="store_true", help="apply the automatic fixes, then report what is left")
    actions.add_argument("--list-rules", action="store_true", help="list all rules and exit")
    actions.add_argument("--explain", metavar="CODE", help="explain one rule (with a picture when NumPy is installed) and exit")
    return parser


# ---------------------------------------------------------------------------
# Settings: command line over pyproject.toml over defaults


@dataclasses.dataclass(frozen=True)
class Settings:
    options: Options
    config: Config
    exclude: Tuple[str, ...]
    jobs: int

    def options_for(self, path: str) -> Options:
        """Options with the per-file-ignores that match `path` added."""
        extra = self.config.ignored_for(path)
        return dataclasses.replace(self.options, ignore=self.options.ignore | extra) if extra else self.options


def _first(*values):
    return next(value for value in values if value is not None)


def load_config(args: argparse.Namespace) -> Config:
    if args.isolated:
        return Config()
    if args.config:
        return load(args.config)
    first = args.paths[0] if args.paths else "."
    if first == "-":
        first = args.stdin_filename or "."
    return discover_config(first)


def resolve_settings(args: argparse.Namespace, config: Config) -> Settings:
    defaults = Options()
    options = Options(
        strict_defaults=_first(args.strict_defaults, config.strict_defaults, defaults.strict_defaults),
        small_scale=_first(args.small_scale, config.small_scale, defaults.small_scale),
        deep_layers=_first(args.deep_layers, config.deep_layers, defaults.deep_layers),
        select=_first(args.select, config.select, defaults.select),
        ignore=_first(args.ignore, config.ignore, defaults.ignore),
    )
    exclude = _first(args.exclude, config.exclude)
    jobs = _first(args.jobs, config.jobs, os.cpu_count() or 1)
    return Settings(options, config, exclude, jobs)


# ---------------------------------------------------------------------------
# Linting


def lint_data(data: bytes, path: str, options: Options, stats: Stats) -> List[Finding]:
    if path.endswith(".ipynb"):
        from .notebook import lint_notebook

        return lint_notebook(data, path, options, stats)
    return lint_bytes(data, path, options, stats)


def read_file(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def lint_file(task: Tuple[str, Options]) -> Tuple[List[Finding], Stats]:
    """Findings and engine counters for one file; never raises (a worker
    process must not die on one bad file)."""
    path, options = task
    stats = Stats()
    try:
        data = read_file(path)
        findings = lint_data(data, path, options, stats)
    except OSError as exc:  # unreadable, dangling symlink, symlink loop, a directory
        findings = _selected([internal_error(f"cannot read file: {exc.strerror or exc}", path)], options)
    except Exception as exc:  # noqa: BLE001 - last resort outside the engine's own boundary
        findings = _selected([internal_error(f"internal error {type(exc).__name__}: {exc}", path)], options)
    # One file whatever the engine counted (it may not reach the engine at all).
    stats.files = 1
    return findings, stats


def _selected(findings: List[Finding], options: Options) -> List[Finding]:
    return [f for f in findings if options.wants(f.code)]


def lint_files(tasks: Sequence[Tuple[str, Options]], jobs: int) -> Tuple[List[Finding], Stats]:
    results = None
    if jobs > 1 and len(tasks) >= PARALLEL_MIN_FILES:
        results = _lint_in_processes(tasks, jobs)
    if results is None:
        results = [lint_file(task) for task in tasks]
    findings: List[Finding] = []
    total = Stats()
    for file_findings, stats in results:
        findings.extend(file_findings)
        total.add(stats)
    # One global order, so neither --jobs nor argument order changes the output.
    return sorted(findings, key=Finding.sort_key), total


def _lint_in_processes(tasks, jobs: int):
    """Results in task order, or None when worker processes are not available
    here (some sandboxes forbid them); the caller then lints in-process."""
    workers = min(jobs, len(tasks))
    chunksize = max(1, len(tasks) // (workers * 4))
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lint_file, tasks, chunksize=chunksize))
    except (OSError, NotImplementedError, concurrent.futures.process.BrokenProcessPool):
        return None


def lint_stdin(settings: Settings, name: str) -> Tuple[List[Finding], Stats]:
    if matches_any(name, settings.exclude, settings.config.root):
        return [], Stats()
    stats = Stats()
    findings = lint_data(sys.stdin.buffer.read(), name, settings.options_for(name), stats)
    stats.files = 1
    return sorted(findings, key=Finding.sort_key), stats


# ---------------------------------------------------------------------------
# Output


def _write(stream, text: str) -> None:
    """Write text that the stream's encoding may not cover (a cp1252 console,
    PYTHONIOENCODING=ascii) without a UnicodeEncodeError."""
    if not text:
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _error(message: str) -> int:
    _write(sys.stderr, f"init-lint: error: {message}\n")
    return EXIT_ERROR


def _warning(message: str) -> None:
    _write(sys.stderr, f"init-lint: warning: {message}\n")


def report(findings: List[Finding], args: argparse.Namespace) -> None:
    _write(sys.stdout, FORMATTERS[args.format](findings))
    if args.statistics and findings:
        # Machine-readable formats keep stdout parseable.
        stream = sys.stdout if args.format in ("text", "github") else sys.stderr
        _write(stream, format_statistics(findings))


def print_profile(stats: Stats, seconds: float, jobs: int) -> None:
    record = dict(dataclasses.asdict(stats), wall_seconds=round(seconds, 4), jobs=jobs)
    for key in ("scan_cpu", "libcst_cpu"):  # summed over the worker processes
        record[key] = round(record[key], 3)
    _write(sys.stderr, json.dumps(record, sort_keys=True) + "\n")


# ---------------------------------------------------------------------------
# Actions


def explain(code: str) -> int:
    rule = find_rule(code)
    if rule is None:
        return _error(f"unknown rule code {code!r}; `init-lint --list-rules` lists them")
    _write(sys.stdout, format_explanation(rule))
    _write(sys.stdout, _picture(rule.code))
    return EXIT_CLEAN


def _picture(code: str) -> str:
    """The simulated-activations picture, or the hint to install NumPy."""
    from . import viz

    width = min(max(shutil.get_terminal_size((78, 24)).columns, 60), 100)
    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    try:
        return "\n" + viz.picture(code, width, color=color)
    except viz.VizUnavailable as exc:
        return f"\n({exc})\n"
    except ValueError:  # no picture for this rule (INI900)
        return ""


def run_fixer(files: Iterable[str], settings: Settings, write: bool) -> Tuple[str, List[str]]:
    from .fixer import fix_paths

    diffs, messages = [], []
    # One call per file: each file gets its own per-file-ignores.
    for path in files:
        diff, file_messages = fix_paths([path], settings.options_for(path), write=write)
        diffs.append(diff)
        messages.extend(file_messages)
    return "".join(diffs), messages


def _check_paths(args: argparse.Namespace) -> None:
    if "-" in args.paths and len(args.paths) > 1:
        raise UsageError("- (stdin) cannot be combined with other paths")
    if "-" in args.paths and (args.fix or args.diff):
        raise UsageError("--fix and --diff need files, not stdin")


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        _write(sys.stdout, format_rule_table())
        return EXIT_CLEAN
    if args.explain:
        return explain(args.explain)
    args.paths = args.paths or ["."]
    try:
        _check_paths(args)
        settings = resolve_settings(args, load_config(args))
    except (UsageError, ConfigError) as exc:
        return _error(str(exc))

    started = time.perf_counter()
    if args.paths == ["-"]:
        findings, stats = lint_stdin(settings, args.stdin_filename or STDIN_NAME)
        jobs = 1
    else:
        found = discover(args.paths, settings.exclude, settings.config.root)
        if found.missing:
            for path in found.missing:
                _error(f"{display_path(path)}: no such file or directory")
            return EXIT_ERROR
        for directory in found.empty_dirs:
            # Not an error (exit status unchanged), but a mistyped path must
            # not look like a clean run.
            _warning(f"{display_path(directory)}: no Python files (*.py, *.pyi, *.ipynb) to lint")
        if args.diff or args.fix:
            diff, messages = run_fixer(found.files, settings, write=args.fix)
            _write(sys.stdout, diff if args.diff else "")
            _write(sys.stderr, "".join(m + "\n" for m in messages))
            if not args.fix:
                return EXIT_FINDINGS if diff else EXIT_CLEAN
        tasks = [(path, settings.options_for(path)) for path in found.files]
        findings, stats = lint_files(tasks, settings.jobs)
        jobs = settings.jobs

    report(findings, args)
    if args.profile:
        print_profile(stats, time.perf_counter() - started, jobs)
    return EXIT_FINDINGS if findings else EXIT_CLEAN


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)  # exits 2 itself on bad options
    try:
        return run(args)
    except BrokenPipeError:
        # `init-lint . | head`: the reader is gone; stop quietly, and point
        # stdout at devnull so the interpreter's final flush does not fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""`init-lint`: the standalone command line (the flake8 plugin is the other front end).

    init-lint [options] PATH...      lint files and directories
    init-lint -                      lint standard input
    init-lint --diff / --fix PATH    show / apply the automatic fixes
    init-lint --list-rules           the rule catalogue
    init-lint --explain INI001       one rule's documentation and picture

Exit status: 0 nothing found, 1 findings (INI900 included), 2 usage or configuration error (bad option,
unknown path, bad [tool.init-lint]). Every option is declared in `init_lint.options`.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import difflib
import gc
import json
import os
import shutil
import sys
import time
from typing import AbstractSet, Any, Dict, Iterable, List, NoReturn, Optional, Sequence, TextIO, Tuple

from .. import __version__
from ..engine import Stats, decode, internal_error, lint_bytes, physical_lines
from ..finding import Finding
from ..options import Options, add_cli_arguments, engine_options, resolve
from .baseline import Baseline, BaselineError
from .config import Config, ConfigError, discover_config, load, per_file_codes
from .project import Project, merge
from .discovery import NotReadable, check_regular_file, discover, display_path, is_excluded, too_large
from .reporters import (FORMATTERS, find_rule, format_explanation, format_fix_summary, format_json,
                        format_paths, format_rule_table, format_sarif, format_statistics, format_text)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN_NAME = "stdin"  # what flake8 calls standard input in its output
# Starting worker processes costs more than linting a handful of files.
PARALLEL_MIN_FILES = 16
# A dry run of the fixer (libcst) costs ~50-150 ms a file: worth a worker process from a few files on.
PARALLEL_MIN_DRY_RUNS = 4
# The dry run that marks findings fixable parses the file with libcst and rewrites it twice: ~20 ms per fix in a
# large module. Beyond these bounds a file is not dry-run (its findings stay unmarked, `--diff` still shows
# them), so a lint keeps its linear, bounded cost (issue 19: 3,200 model classes in one file).
DRY_RUN_MAX_INTENTS = 100
DRY_RUN_MAX_BYTES = 256 * 1024

EPILOG = """\
output: path:line:column: CODE message, sorted by path, line, column and code.
  line and column are 1-based; the column is flake8's 0-based col + 1, as in
  flake8's own text output (JSON also carries the raw value as "col0").
  Notebook findings read nb.ipynb:cell_3:2:5: (cell 3, line 2 of that cell).

paths: directories are searched for *.py, *.pyi and *.ipynb, skipping VCS,
  cache, build and virtualenv directories and what .gitignore ignores;
  symlinked directories are not entered. Files named on the command line are
  always linted. Each file is linted once, however it is spelled. Only regular
  files are read: a FIFO, a device, a socket or a file over --max-file-size is
  one INI900 finding, not read. Test files (test_*.py, *_test.py, conftest.py)
  are skipped unless --lint-tests.

noqa: `# noqa`, `# noqa: INI001,INI0` and a file-level `# flake8: noqa`,
  exactly as flake8 reads them. select/ignore: flake8's rules (the longest
  matching prefix wins).

configuration: [tool.init-lint] in the nearest pyproject.toml above the first
  PATH; every option marked in the README works there. Command-line options
  override it, option by option.

exit status: 0 no findings (or --exit-zero), 1 findings, 2 usage or
  configuration error.
"""


class UsageError(Exception):
    """A mistake on the command line; str() is the one-line message."""


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one line (the usage is in --help), with a did-you-mean for a mistyped option."""

    def error(self, message: str) -> NoReturn:
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            first = message[len(prefix):].split()[0].split("=")[0]
            known = [s for action in self._actions for s in action.option_strings if s.startswith("--")]
            close = difflib.get_close_matches(first, known, n=1)
            if close:
                message += f" (did you mean {close[0]}?)"
        self.exit(EXIT_ERROR, f"{self.prog}: error: {' '.join(message.split())}\n")
        raise AssertionError("unreachable")  # pragma: no cover - exit() raises SystemExit


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="init-lint",
        description="Find bad neural-network weight initialisation (NumPy, PyTorch, Keras/TF, JAX/Flax).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories to lint (default: .); - for stdin")
    parser.add_argument("--version", action="version", version=f"init-lint {__version__}")
    add_cli_arguments(parser)
    return parser


# ---------------------------------------------------------------------------
# Settings: command line over pyproject.toml over defaults


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclasses.dataclass(frozen=True)
class Settings:
    values: Dict[str, Any]  # every option, resolved
    options: Options
    config: Config
    jobs: int

    @property
    def exclude(self) -> Tuple[str, ...]:
        return tuple(self.values["exclude"]) + tuple(self.values["extend_exclude"])

    @property
    def max_file_size(self) -> int:
        return int(self.values["max_file_size"])

    def options_for(self, path: str) -> Options:
        """Options with the per-file-ignores that match `path` added (to extend-ignore, as flake8 does)."""
        return self.options.ignoring(sorted(per_file_codes(self.values["per_file_ignores"], path, self.config.root)))

    def baseline_path(self, args: argparse.Namespace) -> Optional[str]:
        if args.baseline is not None:
            return str(args.baseline)
        configured = self.config.get("baseline")
        return self.config.anchored(configured) if configured else None


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
    values = resolve(vars(args), config.values)
    cpus = cpu_count()
    jobs = min(values["jobs"] or cpus, cpus)  # an untrusted pyproject must not start 100,000 processes
    return Settings(values, engine_options(values), config, jobs)


# ---------------------------------------------------------------------------
# Linting: each finding travels with the text of its line (for --show-source and baselines)

Result = Tuple[Finding, Optional[str]]


def lint_data(data: bytes, path: str, options: Options, stats: Stats, project: Optional[Project] = None
              ) -> List[Result]:
    if path.endswith(".ipynb"):
        from .notebook import lint_notebook

        findings = lint_notebook(data, path, options, stats, project)
    else:
        findings = lint_bytes(data, path, options, stats, project)
    return list(zip(findings, line_texts(data, path, findings)))


def line_texts(data: bytes, path: str, findings: Sequence[Finding]) -> List[Optional[str]]:
    """The text of each finding's line (of its cell, for notebooks); None where there is none."""
    if not findings:
        return []
    try:
        if path.endswith(".ipynb"):
            from .notebook import code_cells

            cells = {number: text.splitlines() for number, text in code_cells(data)}
            return [_nth(cells.get(f.cell or 0, []), f.line) for f in findings]
        lines = physical_lines(decode(data))
        return [_nth(lines, f.line) for f in findings]
    except Exception:  # noqa: BLE001 - undecodable or broken input: no text, the findings still stand
        return [None] * len(findings)


def _nth(lines: Sequence[str], number: int) -> Optional[str]:
    return lines[number - 1].rstrip("\r\n") if 1 <= number <= len(lines) else None


# The files of this run (this process's copy): set by `lint_files` and in each worker by `_set_project`.
_PROJECT: Optional[Project] = None


def _set_project(project: Optional[Project]) -> None:
    global _PROJECT
    _PROJECT = project


def lint_file(task: Tuple[str, Options, int]) -> Tuple[List[Result], Stats, List[Result]]:
    """Findings and engine counters for one file, and what its judgement found in the files it imports; never
    raises (a worker process must not die on one bad file)."""
    path, options, max_size = task
    project = _PROJECT
    foreign: List[Result] = []
    stats = Stats()
    # No cyclic garbage collection while one file is parsed and judged: ast.parse makes a few hundred thousand
    # objects that all live until the file is done, and the collector would walk them over and over (5-15 %
    # of the CPU). What the file leaves behind is collected after it, as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        results = lint_data(read_file(path, max_size), path, options, stats, project)
        if project is not None:
            foreign = project.take_foreign()
    except NotReadable as exc:  # a FIFO, a device, too large, unreadable, dangling symlink, symlink loop
        results = _selected([internal_error(f"cannot read file: {exc}", path)], options)
    except OSError as exc:
        results = _selected([internal_error(f"cannot read file: {exc.strerror or exc}", path)], options)
    except Exception as exc:  # noqa: BLE001 - last resort outside the engine's own boundary
        results = _selected([internal_error(f"internal error {type(exc).__name__}: {exc}", path)], options)
    finally:
        if collecting:
            gc.enable()
    # One file whatever the engine counted (it may not reach the engine at all).
    stats.files = 1
    return results, stats, foreign


def read_file(path: str, max_size: int) -> bytes:
    from .discovery import read_regular_file

    return read_regular_file(path, max_size)


def _selected(findings: List[Finding], options: Options) -> List[Result]:
    return [(f, None) for f in findings if options.wants(f.code)]


# follow-imports=auto follows imports in runs of at most this many Python files: a tutorial, a course, a
# research project. Following costs about 1.5x the judgement of a file (its imports are judged with it), which
# a package of hundreds of modules pays for little: its modules rarely lean on each other's helpers for init.
FOLLOW_IMPORTS_MAX_FILES = 200


def lint_files(tasks: Sequence[Tuple[str, Options, int]], jobs: int, follow_imports: str = "auto"
               ) -> Tuple[List[Result], Stats]:
    python_files = sum(path.endswith(".py") for path, _, _ in tasks)
    follow = follow_imports == "always" or follow_imports == "auto" and python_files <= FOLLOW_IMPORTS_MAX_FILES
    project = Project.of((path, options) for path, options, _ in tasks) if follow else None
    _set_project(project)
    try:
        results = None
        if jobs > 1 and len(tasks) >= PARALLEL_MIN_FILES:
            results = _lint_in_processes(tasks, jobs, project)
        if results is None:
            results = [lint_file(task) for task in tasks]
    finally:
        _set_project(None)
    found: List[Result] = []
    foreign: List[Result] = []
    total = Stats()
    for file_results, stats, elsewhere in results:
        found.extend(file_results)
        foreign.extend(elsewhere)
        total.add(stats)
    found += merge(found, foreign)
    # One global order, so neither --jobs nor argument order changes the output.
    return sorted(found, key=lambda r: r[0].sort_key()), total


def _lint_in_processes(tasks, jobs: int, project: Optional[Project] = None):
    """Results in task order, or None when worker processes are not available here (some sandboxes forbid
    them); the caller then lints in-process."""
    workers = min(jobs, len(tasks))
    # The biggest files first, a few at a time, so the workers finish together: in path order, with a quarter
    # of a worker's share per chunk, one worker could be left alone with a chunk of a package's largest
    # modules. Each file costs about its size (prefilter, parse, model).
    order = sorted(range(len(tasks)), key=lambda i: -_size(tasks[i][0]))
    chunksize = max(1, len(tasks) // (workers * 32))
    gc.freeze()  # the workers inherit this process's objects: their collections need not walk them
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_set_project,
                                                    initargs=(project,)) as pool:
            done = list(pool.map(lint_file, [tasks[i] for i in order], chunksize=chunksize))
    except (OSError, NotImplementedError, concurrent.futures.process.BrokenProcessPool):
        return None
    finally:
        gc.unfreeze()
    results: List[Any] = [None] * len(tasks)
    for i, result in zip(order, done):
        results[i] = result
    return results


def lint_stdin(settings: Settings, name: str) -> Tuple[List[Result], Stats]:
    if is_excluded(name, settings.exclude, settings.config.root):
        return [], Stats()
    stats = Stats()
    options = settings.options_for(name)
    data = sys.stdin.buffer.read(settings.max_file_size + 1)
    if len(data) > settings.max_file_size:
        results = _selected([internal_error(f"cannot read stdin: {too_large(len(data), settings.max_file_size)}",
                                            name)], options)
    else:
        results = lint_data(data, name, options, stats)
    stats.files = 1
    return sorted(results, key=lambda r: r[0].sort_key()), stats


# ---------------------------------------------------------------------------
# Output


def _write(stream: TextIO, text: str) -> None:
    """Write text that the stream's encoding may not cover (a cp1252 console, PYTHONIOENCODING=ascii) without a
    UnicodeEncodeError."""
    if not text:
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _error(message: str) -> int:
    _write(sys.stderr, f"init-lint: error: {' '.join(message.split())}\n")
    return EXIT_ERROR


def use_color(choice: str, stream: TextIO) -> bool:
    """--color: always, never, or auto = a terminal and no NO_COLOR (https://no-color.org: set and not empty)."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def needs_fixability(settings: Settings) -> bool:
    """Whether the output says which findings `--fix` would fix: JSON and SARIF fields, the text `[*]`."""
    values = settings.values
    return values["quiet"] == 0 and values["format"] in ("text", "json", "sarif") or \
        values["quiet"] == 1 and values["format"] in ("json", "sarif")


def fixable_findings(results: Sequence[Result], settings: Settings, roots: Sequence[str] = ()
                     ) -> AbstractSet[Finding]:
    """The reported findings `--fix` would fix: a dry run of the fixer on each file that has a finding with a
    fix intent (so a plain lint whose findings have none never loads libcst), in worker processes like the lint
    when there are several such files. A fix the fixer would refuse (verification, overlap, read-only or
    undecodable file, notebook) does not count."""
    by_path: Dict[str, List[Finding]] = {}
    for finding, _ in results:
        if finding.fix is not None and finding.cell is None:
            by_path.setdefault(finding.path, []).append(finding)
    by_path = {path: found for path, found in by_path.items() if len(found) <= DRY_RUN_MAX_INTENTS
               and _size(path) <= DRY_RUN_MAX_BYTES}
    if not by_path:
        return frozenset()
    tasks = [(path, settings.options_for(path), settings.max_file_size, tuple(roots)) for path in by_path]
    done = None
    if settings.jobs > 1 and len(tasks) >= PARALLEL_MIN_DRY_RUNS:
        done = _in_processes(dry_run_file, tasks, settings.jobs)
    if done is None:
        done = [dry_run_file(task) for task in tasks]
    fixable: set = set()
    for (path, *_), applied in zip(tasks, done):
        fixable.update(f for f in by_path[path] if (f.line, f.col, f.code) in applied)
    return frozenset(fixable)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def dry_run_file(task: Tuple[str, Options, int, Tuple[str, ...]]) -> AbstractSet[Tuple[int, int, str]]:
    """(line, col, code) of the findings `--fix` would fix in one file; never raises (an error: none)."""
    from ..fix.files import fixable_in_file

    path, options, max_size, roots = task
    try:
        check_regular_file(path, max_size)
        return frozenset((f.line, f.col, f.code) for f in fixable_in_file(path, options, roots=list(roots) or None))
    except Exception:  # noqa: BLE001 - a file --fix could not fix either
        return frozenset()


def _in_processes(function, tasks, jobs: int):
    """`function` over `tasks` in worker processes, results in task order; None when processes are not
    available here (the caller then runs them in-process)."""
    workers = min(jobs, len(tasks))
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(function, tasks, chunksize=max(1, len(tasks) // (workers * 4))))
    except (OSError, NotImplementedError, concurrent.futures.process.BrokenProcessPool):
        return None


def report(results: List[Result], settings: Settings, stream: TextIO,
           fixable: Optional[AbstractSet[Finding]] = None) -> None:
    """The findings in the chosen format. `fixable`: the findings `--fix` would fix (fixable_findings); the
    text format marks them `[*]` and says how many there are on stderr, so stdout keeps flake8's lines."""
    values = settings.values
    findings = [f for f, _ in results]
    quiet = values["quiet"]
    fmt = values["format"]
    fixable = fixable if fixable is not None else frozenset()
    if quiet >= 2:
        return
    if fmt == "text":
        if quiet == 1:
            text = format_paths(findings)
        else:
            sources = [t for _, t in results] if values["show_source"] else None
            text = format_text(findings, color=use_color(values["color"], stream), sources=sources,
                               fixable=fixable, mark=True)
    elif fmt == "github" and quiet == 1:
        text = format_paths(findings)
    elif fmt == "json":
        text = format_json(findings, fixable)
    elif fmt == "sarif":
        text = format_sarif(findings, fixable)
    else:
        text = FORMATTERS[fmt](findings)
    _write(stream, text)
    if values["statistics"] and findings:
        # Machine-readable formats keep their output parseable.
        _write(stream if fmt in ("text", "github") else sys.stderr, format_statistics(findings))
    if fmt == "text" and quiet == 0:
        _write(sys.stderr, format_fix_summary(findings, fixable))


def print_profile(stats: Stats, seconds: float, jobs: int) -> None:
    record = dict(dataclasses.asdict(stats), wall_seconds=round(seconds, 4), jobs=jobs)
    for key in ("analysis_cpu",):  # summed over the worker processes
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
    from .. import viz

    width = min(max(shutil.get_terminal_size((78, 24)).columns, 60), 100)
    color = use_color("auto", sys.stdout)
    try:
        return "\n" + viz.picture(code, width, color=color)
    except viz.VizUnavailable as exc:
        return f"\n({exc})\n"
    except ValueError:  # no picture for this rule (INI900)
        return ""


def run_fixer(files: Iterable[str], settings: Settings, write: bool,
              roots: Sequence[str] = ()) -> Tuple[str, List[str]]:
    from ..fix.files import fix_paths

    diffs, messages = [], []
    # One call per file: each file gets its own per-file-ignores. Only regular files within the size bound
    # reach the fixer (the lint reports the others as INI900).
    for path in files:
        try:
            check_regular_file(path, settings.max_file_size)
        except NotReadable as exc:
            messages.append(f"{path}: {exc}; not fixed")
            continue
        # roots: the trees named on the command line; a symlinked file may not lead out of them
        diff, file_messages = fix_paths([path], settings.options_for(path), write=write, roots=list(roots) or None)
        diffs.append(diff)
        messages.extend(file_messages)
    return "".join(diffs), messages


def _check_arguments(args: argparse.Namespace) -> None:
    if "-" in args.paths and len(args.paths) > 1:
        raise UsageError("- (stdin) cannot be combined with other paths")
    if "-" in args.paths and (args.fix or args.diff):
        raise UsageError("--fix and --diff need files, not stdin")
    if args.write_baseline and (args.fix or args.diff):
        raise UsageError("--write-baseline cannot be combined with --fix or --diff")
    if args.write_baseline and args.baseline:
        raise UsageError("--write-baseline records every finding; it cannot be combined with --baseline")


def _open_output(path: Optional[str]) -> TextIO:
    if path is None:
        return sys.stdout
    try:
        if os.path.isdir(path):
            raise IsADirectoryError(21, "is a directory")
        return open(path, "w", encoding="utf-8", errors="backslashreplace", newline="")
    except OSError as exc:
        raise UsageError(f"--output-file {path}: cannot write: {exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        _write(sys.stdout, format_rule_table())
        return EXIT_CLEAN
    if args.explain:
        return explain(args.explain)
    args.paths = args.paths or ["."]
    try:
        _check_arguments(args)
        settings = resolve_settings(args, load_config(args))
        baseline_path = settings.baseline_path(args)
        baseline = Baseline.load(baseline_path) if baseline_path and not args.write_baseline else None
        stream = _open_output(settings.values["output_file"])
    except (UsageError, ConfigError, BaselineError) as exc:
        return _error(str(exc))
    try:
        return _lint_and_report(args, settings, baseline, stream)
    finally:
        if stream is not sys.stdout:
            stream.close()


def _lint_and_report(args: argparse.Namespace, settings: Settings, baseline: Optional[Baseline], stream: TextIO
                     ) -> int:
    quiet = settings.values["quiet"]

    def warn(message: str) -> None:
        if quiet < 2:
            _write(sys.stderr, f"init-lint: warning: {message}\n")

    started = time.perf_counter()
    if args.paths == ["-"]:
        results, stats = lint_stdin(settings, args.stdin_filename or STDIN_NAME)
        jobs = 1
    else:
        found = discover(args.paths, settings.exclude, settings.config.root, settings.values["respect_gitignore"])
        if found.missing:
            for path in found.missing:
                _error(f"{display_path(path)}: no such file or directory")
            return EXIT_ERROR
        for directory in found.empty_dirs:
            # Not an error (exit status unchanged), but a mistyped path must not look like a clean run.
            warn(f"{display_path(directory)}: no Python files (*.py, *.pyi, *.ipynb) to lint")
        for directory, count in found.excluded_dirs:
            what = "its only Python file is" if count == 1 else f"all {count} Python files here are"
            warn(f"{display_path(directory)}: {what} excluded (exclude, extend-exclude or .gitignore); nothing linted")
        if args.diff or args.fix:
            diff, messages = run_fixer(found.files, settings, write=args.fix, roots=args.paths)
            _write(sys.stdout, diff if args.diff else "")
            _write(sys.stderr, "".join(m + "\n" for m in messages))
            if not args.fix:
                return EXIT_FINDINGS if diff else EXIT_CLEAN
        tasks = [(path, settings.options_for(path), settings.max_file_size) for path in found.files]
        results, stats = lint_files(tasks, settings.jobs, settings.values["follow_imports"])
        jobs = settings.jobs

    if args.write_baseline:
        try:
            count = Baseline.write(args.write_baseline, results)
        except BaselineError as exc:
            return _error(str(exc))
        warn(f"recorded {count} finding{'s' if count != 1 else ''} in {args.write_baseline}; run with --baseline "
             f"{args.write_baseline} (or baseline = ... in [tool.init-lint]) to report only new ones")
        return EXIT_CLEAN
    if baseline is not None:
        results = baseline.filter(results)

    fixable: AbstractSet[Finding] = frozenset()
    if args.paths != ["-"] and needs_fixability(settings):
        fixable = fixable_findings(results, settings, roots=args.paths)
    report(results, settings, stream, fixable)
    if args.profile:
        print_profile(stats, time.perf_counter() - started, jobs)
    return EXIT_FINDINGS if results and not settings.values["exit_zero"] else EXIT_CLEAN


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)  # exits 2 itself on bad options, with one line
    try:
        return run(args)
    except BrokenPipeError:
        # `init-lint . | head`: the reader is gone; stop quietly, and point stdout at devnull so the
        # interpreter's final flush does not fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

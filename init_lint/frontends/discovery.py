"""Turn the command line's PATH arguments into a sorted list of files to lint, and read them safely.

Rules (documented in `init-lint --help`):

* A file named on the command line is linted whatever its suffix (pre-commit and editors pass exactly the
  files they mean), unless `exclude` matches it.
* A directory is walked recursively for `*.py`, `*.pyi` and `*.ipynb`. Symlinked directories met during the
  walk are never entered, so a symlink loop cannot trap the walk; symlinked files are linted like files.
* Tool, VCS, cache and virtualenv directories are skipped while walking (a directory named explicitly on the
  command line is always walked), and so is what `.gitignore` ignores (inside a git work tree: every
  `.gitignore` from the top of the work tree down, and `.git/info/exclude`, with git's own pattern rules
  via the pathspec library). A directory named explicitly that git itself ignores is walked without that
  filtering: it was asked for by name.
* A directory argument in which nothing is found is listed in `empty_dirs`; one whose Python files are all
  excluded or git-ignored is listed in `excluded_dirs` instead (so the warning can say which it is).
* Each file is linted once however it is spelled (`a.py`, `./a.py`, `/abs/a.py`, a symlink to it): the
  shortest spelling is kept. The result is sorted, so the output does not depend on argument order or on the
  file system's listing order.

`read_regular_file` is the only way files are read: it stats before it opens and reads only regular files
(a FIFO, a device or a socket -- or a symlink to one -- is refused, never opened for reading), never more
than the size bound.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

LINTED_SUFFIXES = (".py", ".pyi", ".ipynb")

# Directory names never worth descending into: VCS metadata, tool caches, build output, installed packages,
# notebook autosaves.
SKIPPED_DIR_NAMES = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        "build",
        "dist",
        "__pycache__",
        ".tox",
        ".nox",
        ".eggs",
        ".cache",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".ipynb_checkpoints",
        "site-packages",
    }
)
SKIPPED_DIR_SUFFIXES = (".egg-info",)
# A directory holding this file is a virtualenv, whatever it is called.
VIRTUALENV_MARKER = "pyvenv.cfg"
# A .gitignore larger than this is not read (it would be a mistake, not a list of patterns).
MAX_GITIGNORE_SIZE = 1 << 20


# ---------------------------------------------------------------------------
# Reading


class NotReadable(Exception):
    """A path that is not read; str() says why in a few words ('not a regular file (FIFO)')."""


_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")


def check_regular_file(path: str, limit: int) -> os.stat_result:
    """The file's stat if it is a regular file (symlinks followed) of at most `limit` bytes; else NotReadable."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise NotReadable(exc.strerror or str(exc)) from None
    except ValueError as exc:  # an embedded NUL in the name
        raise NotReadable(str(exc)) from None
    _check(info, limit)
    return info


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise NotReadable(f"not a regular file ({_kind(info.st_mode)})")
    if info.st_size > limit:
        raise NotReadable(too_large(info.st_size, limit))


def too_large(size: int, limit: int) -> str:
    return f"file is larger than max-file-size ({_size(size)} > {_size(limit)})"


def _size(n: int) -> str:
    for unit, scale in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if n >= scale:
            value = n / scale
            return f"{value:.1f}{unit}".replace(".0" + unit, unit)
    return f"{n} bytes"


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(path: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; NotReadable otherwise (never blocks, never reads
    more than limit + 1 bytes). Checked before opening (stat) and again on the open descriptor (fstat), so a
    file swapped for a FIFO in between is still refused; O_NONBLOCK keeps even that open from waiting."""
    check_regular_file(path, limit)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise NotReadable(exc.strerror or str(exc)) from None
    try:
        _check(os.fstat(fd), limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise NotReadable(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew after the stat
        raise NotReadable(too_large(len(data), limit))
    return data


# ---------------------------------------------------------------------------
# .gitignore


def _work_tree_top(directory: str) -> Optional[str]:
    """The top of the git work tree holding `directory` (absolute), or None."""
    current = directory
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


class GitIgnore:
    """git's ignore rules for paths in git work trees (pathspec's GitIgnoreSpec, per directory)."""

    def __init__(self) -> None:
        self._tops: Dict[str, Optional[str]] = {}
        self._specs: Dict[str, Any] = {}

    def _top(self, directory: str) -> Optional[str]:
        if directory not in self._tops:
            self._tops[directory] = _work_tree_top(directory)
        return self._tops[directory]

    def _spec(self, path: str) -> Any:
        """The compiled patterns of one ignore file, or None when there is none."""
        if path not in self._specs:
            self._specs[path] = None
            try:
                text = read_regular_file(path, MAX_GITIGNORE_SIZE).decode("utf-8", "replace")
            except NotReadable:
                return None
            from pathspec import GitIgnoreSpec

            self._specs[path] = GitIgnoreSpec.from_lines(text.splitlines())
        return self._specs[path]

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether git ignores `path` (its parent directories are assumed not ignored: the walk prunes them)."""
        absolute = os.path.abspath(path)
        parent = os.path.dirname(absolute)
        top = self._top(parent)
        if top is None:
            return False
        chain = [parent]
        while chain[-1] != top:
            chain.append(os.path.dirname(chain[-1]))
        # Lowest precedence first: info/exclude, then each .gitignore from the top down; the last match decides.
        sources = [(top, os.path.join(top, ".git", "info", "exclude"))]
        sources += [(directory, os.path.join(directory, ".gitignore")) for directory in reversed(chain)]
        verdict = False
        for base, ignore_file in sources:
            spec = self._spec(ignore_file)
            if spec is None:
                continue
            relative = os.path.relpath(absolute, base).replace(os.sep, "/") + ("/" if is_dir else "")
            included = _check_file(spec, relative)
            if included is not None:
                verdict = included
        return verdict


def _check_file(spec: Any, relative: str) -> Optional[bool]:
    """True ignored, False re-included (!pattern), None no pattern matched."""
    check = getattr(spec, "check_file", None)
    if check is not None:
        return check(relative).include  # type: ignore[no-any-return]
    return True if spec.match_file(relative) else None  # pathspec < 0.12


# ---------------------------------------------------------------------------
# Discovery


@dataclass
class Discovery:
    files: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)  # arguments that do not exist
    empty_dirs: List[str] = field(default_factory=list)  # directory arguments holding no Python file at all
    # directory arguments whose Python files are all excluded or git-ignored: (directory, how many files)
    excluded_dirs: List[Tuple[str, int]] = field(default_factory=list)


def display_path(path: str) -> str:
    """The spelling used in output: normalised, so `./a.py` and `a.py` agree."""
    return os.path.normpath(path)


def is_skipped_dir(path: str, name: str) -> bool:
    if name in SKIPPED_DIR_NAMES or name.endswith(SKIPPED_DIR_SUFFIXES):
        return True
    return os.path.isfile(os.path.join(path, VIRTUALENV_MARKER))


def matches_any(path: str, patterns: Sequence[str], root: str = "") -> bool:
    """flake8-style glob matching: a pattern matches the file or directory name, the path as given, or the
    path relative to `root` (the directory of the config file that declared the pattern)."""
    if not patterns:
        return False
    candidates = {os.path.basename(path), _posix(path)}
    if root:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
        if not relative.startswith(".."):
            candidates.add(_posix(relative))
    return any(fnmatch.fnmatchcase(c, p.rstrip("/")) for c in candidates for p in patterns)


def _posix(path: str) -> str:
    return path.replace(os.sep, "/")


def is_excluded(path: str, patterns: Sequence[str], root: str = "") -> bool:
    """`matches_any` for the path or any directory above it up to `root` (or, for a path outside `root`,
    within the path as given): `exclude = ["legacy"]` leaves out `legacy/a/b.py` whether the walk finds it or
    pre-commit names it."""
    if not patterns:
        return False
    if matches_any(path, patterns, root):
        return True
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root)) if root else ""
    inside = relative and not relative.startswith("..")
    base = _posix(relative if inside else os.path.normpath(path))
    parts = [part for part in base.split("/")[:-1] if part not in ("", ".", "..")]
    for i in range(1, len(parts) + 1):
        ancestor = "/".join(parts[:i])
        if any(fnmatch.fnmatchcase(c, p.rstrip("/")) for c in (parts[i - 1], ancestor) for p in patterns):
            return True
    return False


class _Walk:
    def __init__(self, exclude: Sequence[str], root: str, gitignore: Optional[GitIgnore]) -> None:
        self.exclude, self.root, self.gitignore = exclude, root, gitignore
        self.excluded = 0  # Python files left out by exclude or .gitignore in the current walk

    def _left_out(self, path: str, is_dir: bool) -> bool:
        if is_excluded(path, self.exclude, self.root):
            return True
        return self.gitignore is not None and self.gitignore.ignored(path, is_dir)

    def files(self, directory: str) -> Iterator[str]:
        """Lintable files under `directory`, without following directory symlinks."""
        # os.walk with followlinks=False lists a symlinked directory in `dirs` but does not enter it; we also
        # drop it from `dirs` so nothing downstream does.
        for current, dirs, names in os.walk(directory, followlinks=False):
            kept = []
            for d in sorted(dirs):
                path = os.path.join(current, d)
                if os.path.islink(path) or is_skipped_dir(path, d):
                    continue
                if self._left_out(path, is_dir=True):
                    self.excluded += _count_python_files(path)
                    continue
                kept.append(d)
            dirs[:] = kept
            for name in sorted(names):
                path = os.path.join(current, name)
                # A dangling symlink found by the walk is not a Python file anyone asked for; explicitly named
                # ones are reported by the linter.
                if not name.endswith(LINTED_SUFFIXES) or not os.path.exists(path):
                    continue
                if self._left_out(path, is_dir=False):
                    self.excluded += 1
                    continue
                yield path


def _count_python_files(directory: str, cap: int = 1000) -> int:
    """How many Python files an excluded directory holds (for the warning only; capped, not followed)."""
    count = 0
    for _current, dirs, names in os.walk(directory, followlinks=False):
        count += sum(1 for name in names if name.endswith(LINTED_SUFFIXES))
        if count >= cap:
            break
    return count


def walk(directory: str, exclude: Sequence[str] = (), root: str = "", respect_gitignore: bool = True
         ) -> Iterator[str]:
    """Lintable files under `directory`, without following directory symlinks."""
    return _Walk(exclude, root, GitIgnore() if respect_gitignore else None).files(directory)


def _identity(path: str) -> str:
    """What makes two spellings the same file: the resolved absolute path."""
    return os.path.normcase(os.path.realpath(path))


def discover(paths: Iterable[str], exclude: Sequence[str] = (), root: str = "", respect_gitignore: bool = True
             ) -> Discovery:
    """Files to lint for the PATH arguments (`-`, stdin, is handled by the CLI)."""
    result = Discovery()
    gitignore = GitIgnore() if respect_gitignore else None
    chosen: Dict[str, str] = {}  # identity -> the spelling shown
    for argument in paths:
        if os.path.isdir(argument):
            # A directory named explicitly that git ignores (or that lies in an ignored one, as benchmarks'
            # .cache/corpus/src/timm does) is walked without .gitignore filtering: it was asked for by name.
            asked_for = gitignore is not None and gitignore.ignored(argument, is_dir=True)
            walker = _Walk(exclude, root, None if asked_for else gitignore)
            found: List[str] = list(walker.files(argument))
            if not found:
                if walker.excluded:
                    result.excluded_dirs.append((argument, walker.excluded))
                else:
                    result.empty_dirs.append(argument)
        elif os.path.lexists(argument):
            # Regular files, but also dangling symlinks, symlink loops and special files: the linter reports
            # why it cannot read them (one INI900 finding each).
            found = [] if is_excluded(argument, exclude, root) else [argument]
        else:
            result.missing.append(argument)
            continue
        for path in found:
            shown = display_path(path)
            key = _identity(shown)
            previous = chosen.get(key)
            if previous is None or (len(shown), shown) < (len(previous), previous):
                chosen[key] = shown
    result.files = sorted(chosen.values())
    return result

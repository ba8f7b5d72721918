"""Turn the command line's PATH arguments into a sorted list of files to lint.

Rules (documented in `init-lint --help`):

* A file named on the command line is linted whatever its suffix (pre-commit
  and editors pass exactly the files they mean), unless `exclude` matches it.
* A directory is walked recursively for `*.py`, `*.pyi` and `*.ipynb`.
  Symlinked directories met during the walk are never entered, so a symlink
  loop cannot trap the walk; symlinked files are linted like files.
* Tool, VCS, cache and virtualenv directories are skipped while walking (a
  directory named explicitly on the command line is always walked).
* A directory argument in which nothing is found is listed in `empty_dirs`,
  so the CLI can say so (a mistyped path should not look like a clean run).
* The result is normalised (`./a/b.py` -> `a/b.py`), de-duplicated and sorted,
  so the output does not depend on argument order or on the file system's
  listing order.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator, List, Sequence

LINTED_SUFFIXES = (".py", ".pyi", ".ipynb")

# Directory names never worth descending into: VCS metadata, tool caches,
# build output, installed packages, notebook autosaves.
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


@dataclass
class Discovery:
    files: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)  # arguments that do not exist
    empty_dirs: List[str] = field(default_factory=list)  # directory arguments holding nothing to lint


def display_path(path: str) -> str:
    """The spelling used in output: normalised, so `./a.py` and `a.py` agree."""
    return os.path.normpath(path)


def is_skipped_dir(path: str, name: str) -> bool:
    if name in SKIPPED_DIR_NAMES or name.endswith(SKIPPED_DIR_SUFFIXES):
        return True
    return os.path.isfile(os.path.join(path, VIRTUALENV_MARKER))


def matches_any(path: str, patterns: Sequence[str], root: str = "") -> bool:
    """flake8-style glob matching: a pattern matches the file or directory
    name, the path as given, or the path relative to `root` (the directory of
    the config file that declared the pattern)."""
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


def walk(directory: str, exclude: Sequence[str] = (), root: str = "") -> Iterator[str]:
    """Lintable files under `directory`, without following directory symlinks."""
    # os.walk with followlinks=False lists a symlinked directory in `dirs` but
    # does not enter it; we also drop it from `dirs` so nothing downstream does.
    for current, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = [
            d
            for d in dirs
            if not os.path.islink(os.path.join(current, d))
            and not is_skipped_dir(os.path.join(current, d), d)
            and not matches_any(os.path.join(current, d), exclude, root)
        ]
        for name in files:
            path = os.path.join(current, name)
            # A dangling symlink found by the walk is not a Python file anyone
            # asked for; explicitly named ones are reported by the linter.
            if name.endswith(LINTED_SUFFIXES) and os.path.exists(path) and not matches_any(path, exclude, root):
                yield path


def discover(paths: Iterable[str], exclude: Sequence[str] = (), root: str = "") -> Discovery:
    """Files to lint for the PATH arguments (`-`, stdin, is handled by the CLI)."""
    result = Discovery()
    seen = set()
    for argument in paths:
        if os.path.isdir(argument):
            found: Iterable[str] = list(walk(argument, exclude, root))
            if not found:
                result.empty_dirs.append(argument)
        elif os.path.lexists(argument):
            # Regular files, but also dangling symlinks and symlink loops: the
            # linter turns the read error into an INI900 finding for that file.
            found = [] if matches_any(argument, exclude, root) else [argument]
        else:
            result.missing.append(argument)
            continue
        for path in found:
            shown = display_path(path)
            if shown not in seen:
                seen.add(shown)
                result.files.append(shown)
    result.files.sort()
    return result

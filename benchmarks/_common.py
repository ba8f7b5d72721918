"""Shared helpers for the benchmark scripts (bench.py, corpus.py).

* fetch a package from PyPI once and keep only its ``*.py`` files under
  ``.cache/corpus/src/<name>``;
* list and count Python files;
* run the ``init-lint`` CLI's output through one parser (``--format json``
  findings on stdout, the ``--profile`` JSON line on stderr).

Standard library only: the scripts must run before the package under test
works.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ".cache/corpus"
INI_PREFIX = "INI"
INTERNAL_CODE = "INI900"

# The corpus, pinned so findings stay comparable between runs. The first five
# are the issue-5 set; the rest are model-heavy pure-Python wheels covering
# Haiku/JAX (dm-haiku, equinox), CLIP (open-clip-torch), segmentation
# encoders/decoders, graph layers (torch-geometric) and speech models.
# To move to a newer release: change the pin, delete .cache/corpus/src/<name>.
CORPUS = {
    "timm": "1.0.31",
    "transformers": "5.23.0",
    "keras": "3.15.1",
    "flax": "0.12.8",
    "diffusers": "0.42.1",
    "dm-haiku": "0.0.17",
    "open-clip-torch": "3.3.0",
    "segmentation-models-pytorch": "0.6.0",
    "torch-geometric": "2.8.1",
    "speechbrain": "1.1.2",
    "equinox": "0.13.8",
}

_ARCHIVE_SUFFIXES = (".whl", ".tar.gz", ".zip", ".tgz", ".tar.bz2")


class BenchError(RuntimeError):
    """A failure the scripts report as one clear line (never a traceback)."""


# --------------------------------------------------------------------------
# Fetching and unpacking
# --------------------------------------------------------------------------


def repo_path(path) -> Path:
    """A path given relative to the repository root (or absolute)."""
    path = Path(path)
    return path if path.is_absolute() else REPO_ROOT / path


def project_name(requirement: str) -> str:
    """``"timm==1.0.31"`` -> ``"timm"`` (the name the src directory gets)."""
    return re.split(r"[\s<>=!~;\[@]", requirement.strip(), maxsplit=1)[0]


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def pinned_version(req: str) -> Optional[str]:
    """``"timm==1.0.31"`` -> ``"1.0.31"``; None for a bare name or a range."""
    m = re.fullmatch(r"\s*[^\s<>=!~]+\s*==\s*([^\s,;*]+)\s*", req)
    return m.group(1) if m else None


def archive_version(archive: Path) -> str:
    """The version in a wheel or sdist file name ("" when it has none)."""
    name = archive.name
    if name.endswith(".whl"):
        parts = name.split("-")
        return parts[1] if len(parts) > 1 else ""
    for suffix in _ARCHIVE_SUFFIXES:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem.rsplit("-", 1)[1] if "-" in stem else ""
    return ""


def find_archive(name: str, cache=DEFAULT_CACHE) -> Optional[Path]:
    """The newest downloaded wheel (preferred) or sdist of `name` in `cache`.

    A pinned name (``timm==1.0.31``, or a CORPUS name) only matches that version.
    """
    cache = repo_path(cache)
    if not cache.is_dir():
        return None
    req = requirement(name)
    pinned = pinned_version(req)
    prefix = _normalise(project_name(req)) + "_"
    found = []
    for path in cache.iterdir():
        if not path.is_file() or not path.name.endswith(_ARCHIVE_SUFFIXES):
            continue
        norm = _normalise(path.name)
        # "timm_1_0_31_py3_none_any_whl" matches timm, "timm_extra_..." does not.
        if norm.startswith(prefix) and norm[len(prefix) : len(prefix) + 1].isdigit():
            if pinned is None or archive_version(path) == pinned:
                found.append(path)
    if not found:
        return None
    found.sort(key=lambda p: (p.name.endswith(".whl"), p.stat().st_mtime, p.name))
    return found[-1]


def _pip_download(requirement: str, dest: Path, binary: bool) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q", "-d", str(dest)]
    cmd += ["--only-binary", ":all:"] if binary else ["--no-binary", ":all:"]
    cmd.append(requirement)
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.startswith("WARNING: Location")]
        raise BenchError(f"pip download {requirement} failed: {lines[-1] if lines else 'exit ' + str(proc.returncode)}")


def download(requirement: str, cache=DEFAULT_CACHE) -> Path:
    """Download one wheel (or, if there is none, the sdist) into `cache`."""
    cache = repo_path(cache)
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        tmp = Path(tmp)
        try:
            _pip_download(requirement, tmp, binary=True)
        except BenchError as wheel_error:
            try:
                _pip_download(requirement, tmp, binary=False)
            except BenchError as sdist_error:
                raise BenchError(f"{wheel_error}; sdist: {sdist_error}") from None
        files = [p for p in tmp.iterdir() if p.is_file()]
        if len(files) != 1:
            raise BenchError(f"pip download {requirement}: expected one file, got {sorted(p.name for p in files)}")
        target = cache / files[0].name
        os.replace(files[0], target)
    return target


def _safe_member(name: str) -> Optional[PurePosixPath]:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return None
    return path


def _wheel_target(path: PurePosixPath) -> Optional[PurePosixPath]:
    top = path.parts[0]
    if top.endswith(".dist-info"):
        return None
    if top.endswith(".data"):
        # Only importable code: <dist>.data/{purelib,platlib}/pkg/...
        if len(path.parts) > 2 and path.parts[1] in ("purelib", "platlib"):
            return PurePosixPath(*path.parts[2:])
        return None
    return path


def unpack_python(archive: Path, dest: Path) -> int:
    """Extract only the ``*.py`` members of a wheel or sdist into `dest`.

    Wheels keep their layout (minus ``*.dist-info``); sdists lose their
    ``name-version/`` top directory. Returns the number of files written.
    """
    written = 0

    def write(rel: Optional[PurePosixPath], data: bytes) -> None:
        nonlocal written
        if rel is None:
            return
        out = dest.joinpath(*rel.parts)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        written += 1

    if archive.name.endswith((".whl", ".zip")):
        is_wheel = archive.name.endswith(".whl")
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                path = _safe_member(info.filename)
                if info.is_dir() or path is None or path.suffix != ".py":
                    continue
                if is_wheel:
                    rel = _wheel_target(path)
                else:
                    rel = PurePosixPath(*path.parts[1:]) if len(path.parts) > 1 else None
                write(rel, zf.read(info))
    elif tarfile.is_tarfile(archive):
        with tarfile.open(archive) as tf:
            for member in tf:
                path = _safe_member(member.name)
                if not member.isfile() or path is None or path.suffix != ".py" or len(path.parts) < 2:
                    continue
                handle = tf.extractfile(member)
                if handle is not None:
                    write(PurePosixPath(*path.parts[1:]), handle.read())
    else:
        raise BenchError(f"cannot unpack {archive.name}: not a wheel, zip or tarball")
    return written


def requirement(name: str) -> str:
    """`name` pinned to its CORPUS version unless it carries a version already."""
    name = name.strip()
    return f"{name}=={CORPUS[name]}" if name in CORPUS else name


def ensure_package(name: str, cache=DEFAULT_CACHE) -> Path:
    """``<cache>/src/<name>`` with the package's ``*.py`` files; fetched once.

    `name` may carry a version (``timm==1.0.31``); a CORPUS name gets its
    pin. A downloaded archive of that version (or of any version, for an
    unpinned name) already in `cache` is reused; otherwise pip downloads the
    wheel, falling back to the sdist. Unpacking goes to a temporary
    directory first, so an interrupted run never leaves a half corpus.
    """
    cache = repo_path(cache)
    req = requirement(name)
    src = cache / "src" / project_name(req)
    if src.is_dir():
        return src
    # Reuse a downloaded archive for a bare or pinned name; a version range goes to pip.
    archive = find_archive(req, cache) if req == project_name(req) or pinned_version(req) else None
    if archive is None:
        archive = download(req, cache)
    src.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{src.name}-", dir=src.parent))
    try:
        if unpack_python(archive, tmp) == 0:
            raise BenchError(f"{archive.name} contains no .py files")
        os.replace(tmp, src)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return src


# --------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------


def package_summary(name: str, cache=DEFAULT_CACHE):
    """(root, files, summary dict) for a corpus package: fetched if needed, counted once."""
    root = ensure_package(name, cache)
    files = python_files(root)
    archive = find_archive(name, cache)
    summary = {
        "package": name,
        "version": archive_version(archive) if archive else "",
        "files": len(files),
        "lines": count_lines(files),
    }
    return root, files, summary


def python_files(root) -> List[Path]:
    """Every ``*.py`` file under `root`, sorted by relative path."""
    root = Path(root)
    return sorted((p for p in root.rglob("*.py") if p.is_file()), key=lambda p: p.relative_to(root).as_posix())


def count_lines(paths: Iterable[Path]) -> int:
    """Physical lines in all `paths` (a last line without newline counts)."""
    total = 0
    for path in paths:
        data = Path(path).read_bytes()
        total += data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    return total


def largest_file(paths: Sequence[Path]) -> Path:
    """The biggest file by size (ties: the first in `paths`; max keeps the first)."""
    return max(paths, key=lambda p: p.stat().st_size)


# --------------------------------------------------------------------------
# Findings
# --------------------------------------------------------------------------


class Key(NamedTuple):
    """What must agree between flake8+plugin and the CLI. `col` is 0-based."""

    path: str  # relative to the package directory, posix
    line: int
    col: int
    code: str


class Item(NamedTuple):
    key: Key
    message: str


def relative_path(path: str, root: Path, cwd: Path) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = cwd / p
    p = Path(os.path.normpath(p))
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return p.as_posix()


_FLAKE8_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+[0-9]+) ?(?P<text>.*)$")


def parse_flake8(lines: Iterable[str], root: Path, cwd: Path, prefix: str = INI_PREFIX) -> List[Item]:
    """flake8's default format -> the findings whose code starts with `prefix`.

    flake8 prints 1-based columns (it adds 1 to the plugin's 0-based offset);
    they are converted back to 0-based.
    """
    items = []
    for line in lines:
        m = _FLAKE8_LINE.match(line.rstrip("\n"))
        if not m:
            continue
        code = m.group("code")
        if code.startswith(prefix):
            text = m.group("text")
            message = text[len(code) :].lstrip() if text.startswith(code) else text
            key = Key(relative_path(m.group("path"), root, cwd), int(m.group("line")), int(m.group("col")) - 1, code)
            items.append(Item(key, message))
    return sorted(items)


def _first(d: dict, *names, default=None):
    for name in names:
        if name in d and d[name] is not None:
            return d[name]
    return default


def parse_cli_json(output: str, root: Path, cwd: Path) -> List[Item]:
    """The CLI's ``--format json`` stdout -> sorted findings.

    Accepted shapes: a list of finding objects, an object with a
    ``findings`` (or ``results``) list, or one object per line. Field
    names: path/filename/file, line/row, col0 or col (0-based, the Finding
    field) or column (1-based, as flake8 prints it), code, message/text.
    """
    text = output.strip()
    if not text:
        raise BenchError("CLI printed nothing on stdout (no JSON)")
    try:
        data = json.loads(text)
        records = data if isinstance(data, list) else _first(data, "findings", "results", default=None)
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise BenchError(f"CLI output is not JSON ({exc.msg} at line {exc.lineno}): {text[:120]!r}") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise BenchError(f"CLI JSON has an unexpected shape: {text[:120]!r}")
    items = []
    for r in records:
        code = str(_first(r, "code", "rule", "rule_id", default=""))
        path = str(_first(r, "path", "filename", "file", default=""))
        line = int(_first(r, "line", "row", "line_number", default=0))
        if "col0" in r or "col" in r:
            col = int(_first(r, "col0", "col"))
        else:
            col = int(_first(r, "column", "column_number", default=1)) - 1
        message = str(_first(r, "message", "text", default=""))
        items.append(Item(Key(relative_path(path, root, cwd), line, col, code), message))
    return sorted(items)


def parse_profile(stderr: str) -> Optional[Dict]:
    """The last JSON object on stderr that carries the ``files`` counter."""
    for line in reversed(stderr.splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and "files" in data:
            return data
    return None


def last_error_line(stderr: str, stdout: str = "") -> str:
    """The most telling line of a failed run (a traceback's last line)."""
    for text in (stderr, stdout):
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if lines:
            return lines[-1][:300]
    return "no output"


def compare(a: Iterable[Key], b: Iterable[Key]) -> Dict:
    """Set comparison of two finding key lists: only-in-a / only-in-b."""
    sa, sb = set(a), set(b)
    return {
        "identical": sa == sb,
        "only_a": sorted(sa - sb),
        "only_b": sorted(sb - sa),
    }


def col_shift_explains(a: Iterable[Key], b: Iterable[Key]) -> Optional[int]:
    """If b's columns are a's shifted by a constant +-1, that shift."""
    sa, sb = set(a), set(b)
    if not sa or sa == sb:
        return None
    for shift in (1, -1):
        if {k._replace(col=k.col + shift) for k in sa} == sb:
            return shift
    return None


def fmt_key(key: Key) -> str:
    return f"{key.path}:{key.line}:{key.col + 1}: {key.code}"

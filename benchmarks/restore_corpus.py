#!/usr/bin/env python3
"""Rebuild a blind corpus's ``.cache/<set>/<slug>/<path>`` files from fetched git snapshots.

The corpus manifests (``benchmarks/corpus*.json``) pin each source to a
repository and a commit; the files themselves are never committed here. On a
new machine, bring each repository in with the search tool's ``fetch`` (it
leaves a bare git directory under ``/work/.mirror/<owner>+<name>/``), then:

    python benchmarks/restore_corpus.py benchmarks/corpus15a.json            # -> .cache/corpus15
    python benchmarks/restore_corpus.py --list-missing benchmarks/corpus*.json  # repositories to fetch

The cache directory is the manifest's name without the trailing set letter
(``corpus15a.json`` -> ``.cache/corpus15``; ``corpus2.json`` -> ``.cache/corpus2``),
as ``corpus2.py --cache`` expects. A file is read with ``git show <commit>:<path>``;
when the snapshot lacks the pinned commit (a newer snapshot rewrote history), the
newest commit's copy is taken and reported. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

REPO_ROOT = Path(__file__).resolve().parent.parent
MIRROR = Path("/work/.mirror")


def git_dir(repository: str, mirror: Path) -> Optional[Path]:
    base = mirror / repository.replace("/", "+")
    for candidate in (base / "repo" / ".git", base / "repo"):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def show(gdir: Path, rev: str, path: str) -> Optional[bytes]:
    proc = subprocess.run(["git", "--git-dir", str(gdir), "show", f"{rev}:{path}"], capture_output=True)
    return proc.stdout if proc.returncode == 0 else None


def cache_for(manifest: Path) -> Path:
    stem = re.sub(r"(corpus\d+)[a-z]$", r"\1", manifest.stem)
    return REPO_ROOT / ".cache" / stem


def restore(manifest: Path, mirror: Path, cache: Optional[Path], list_missing: bool) -> int:
    sources = json.loads(manifest.read_text())["sources"]
    target = cache or cache_for(manifest)
    failures = 0
    for src in sources:
        gdir = git_dir(src["repository"], mirror)
        if gdir is None:
            print(src["repository"] if list_missing else f"{manifest.name}: {src['repository']}: not fetched")
            failures += 1
            continue
        if list_missing:
            continue
        for path in src["files"]:
            data = show(gdir, src["commit"], path)
            if data is None:
                data = show(gdir, "HEAD", path)
                if data is None:
                    print(f"{manifest.name}: {src['repository']}: {path}: not in the snapshot")
                    failures += 1
                    continue
                print(f"{manifest.name}: {src['repository']}: {path}: pinned commit absent, took HEAD")
            out = target / src["slug"] / path
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
    return failures


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("manifests", nargs="+", type=Path)
    ap.add_argument("--mirror", type=Path, default=MIRROR, help="fetched snapshots (default: %(default)s)")
    ap.add_argument("--cache", type=Path, help="target directory (default: from the manifest's name)")
    ap.add_argument("--list-missing", action="store_true", help="print the repositories not fetched yet")
    args = ap.parse_args(argv)
    failures = sum(restore(m, args.mirror, args.cache, args.list_missing) for m in args.manifests)
    return 1 if failures and not args.list_missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation differential: the cheap candidate scan against full analysis on real code.

    python benchmarks/differential.py [--packages timm,...] [--sample N | --all] [--jobs N]

Real model code seldom holds a bad init, so "fast path == full analysis" on
unmodified files proves little about the scan (scan.py), which decides per
statement whether anything there could fire. This script takes corpus files
that mention an initializer, applies each mutation of tests/mutations.py
(every normal_/xavier_ -> zeros_, every std -> 1e-4 or 1.0, xavier <-> He,
factories -> zeros), and compares the findings of the fast path with
`Options(full_analysis=True)` on every variant. Any difference is a scan
bug: the script prints the file, the mutation and both finding lists, and
exits 1. The corpus comes from benchmarks/corpus.py (git-ignored).
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks._common import DEFAULT_CACHE  # noqa: E402
from init_lint.engine import analyze, decode  # noqa: E402
from init_lint.options import Options  # noqa: E402
from init_lint.vocab.triggers import TRIGGER_RE  # noqa: E402
from mutations import MUTATIONS  # noqa: E402

FULL = Options(full_analysis=True)
FAST = Options()


def _key(findings):
    return [(f.line, f.col, f.code) for f in findings]


def check(path: str):
    """(path, variants checked, findings seen, [differences])."""
    try:
        source = decode(Path(path).read_bytes())
    except (SyntaxError, UnicodeDecodeError, LookupError, OSError):
        return path, 0, 0, []
    out, seen, checked = [], 0, 0
    variants = {"original": source}
    for name, mutate in MUTATIONS.items():
        mutated = mutate(source)
        if mutated != source:
            variants[name] = mutated
    for name, text in variants.items():
        fast, full = _key(analyze(text, path, FAST)), _key(analyze(text, path, FULL))
        checked += 1
        seen += len(full)
        if fast != full:
            out.append((name, fast, full))
    return path, checked, seen, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default=DEFAULT_CACHE)
    ap.add_argument("--packages", default="", help="comma-separated corpus packages (default: all fetched)")
    ap.add_argument("--sample", type=int, default=300, help="files per run, picked by path hash (default 300)")
    ap.add_argument("--all", action="store_true", help="every file that mentions an initializer")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    src = ROOT / args.cache / "src"
    if not src.is_dir():
        print(f"differential: no corpus at {src}; run benchmarks/corpus.py first", file=sys.stderr)
        return 2
    wanted = [p for p in args.packages.split(",") if p]
    roots = [src / p for p in wanted] if wanted else sorted(d for d in src.iterdir() if d.is_dir())
    picked = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            text = path.read_text("utf-8", "replace")
            if TRIGGER_RE.search(text):
                picked.append((hashlib.sha1(path.relative_to(src).as_posix().encode()).hexdigest(), str(path)))
    picked.sort()
    files = [p for _, p in (picked if args.all else picked[:args.sample])]
    started = time.perf_counter()
    checked = seen = 0
    bad = []
    with multiprocessing.Pool(max(1, args.jobs)) as pool:
        for path, n, s, diffs in pool.imap_unordered(check, files, chunksize=4):
            checked += n
            seen += s
            for name, fast, full in diffs:
                bad.append(path)
                print(f"DIFF {path} [{name}]\n  fast: {fast}\n  full: {full}")
    print(f"differential: {len(files)} files, {checked} variants, {seen} full-analysis findings, "
          f"{len(bad)} differences, {time.perf_counter() - started:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Equivalence: the new judge (init_lint.pipeline, on ast) against a reference engine.

    python benchmarks/equivalence.py [--ref /tmp/ref | --ref-commit SHA] [--corpus] [--messages]
                                     [--mutations] [--strict-defaults] [--full] [--jobs N] [--only PATTERN] [--no-cache]

The reference is a source tree of init-lint (a directory, default /tmp/ref, or
a commit extracted with `git archive` into .cache/ref-<SHA>); it runs in
subprocesses with PYTHONPATH=<ref> and `Options(full_analysis=True)`, its
oracle mode. The new side runs `init_lint.pipeline.analyze` of this checkout
with default options (`--full`: full_analysis too, i.e. no text prefilter;
`--strict-defaults`: both sides judge framework defaults).
Inputs: fixtures/**/*.py and tests/labeled/**/*.py, plus every .py under
.cache/corpus/src with `--corpus` (benchmarks/corpus.py fetches it).

`--mutations` adds every variant of each input that a mutation of
tests/mutations.py changes (`path#mutation`: every std -> 1e-4, every init ->
zeros, ReLU -> tanh, ...): real code seldom holds a bad init, so this is
where the two judges are really compared.

Findings are compared as sets of (path, line, col, code), and with
`--messages` of (path, line, col, code, message). The script prints the
counts, then each difference (`-` only in the reference, `+` only in the new
judge), and exits 1 when there is any. Reference results are cached per
file content under .cache/equivalence/ (the reference does not change).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
CORPUS_SRC = CACHE / "corpus" / "src"

# Runs in a subprocess: reads {"mode", "paths"} as JSON on stdin, writes {path: [[line, col, code, message]]}.
_WORKER = r"""
import io, json, sys, tokenize
from pathlib import Path
job = json.load(sys.stdin)
import init_lint
assert init_lint.__file__.startswith(job["pythonpath"]), (init_lint.__file__, job["pythonpath"])
from init_lint.options import Options

def decode(data):
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text
if job["mode"] == "ref":
    from init_lint.engine import analyze
    options = Options(full_analysis=True, strict_defaults=job["strict"])
else:
    from init_lint.pipeline import analyze
    options = Options(full_analysis=job["full"], strict_defaults=job["strict"])
sys.path.append(str(Path(job["root"]) / "tests"))  # appended: init_lint still comes from PYTHONPATH
from mutations import MUTATIONS
out = {}
for key in job["paths"]:
    rel, _, mutation = key.partition("#")
    path = Path(job["root"]) / rel
    try:
        source = decode(path.read_bytes())
    except (SyntaxError, UnicodeDecodeError, LookupError, OSError) as exc:
        out[key] = [[1, 0, "INI900", "cannot decode source: %s" % exc]]
        continue
    if mutation:
        source = MUTATIONS[mutation](source)
    out[key] = [[f.line, f.col, f.code, f.message] for f in analyze(source, rel, options)]
json.dump(out, sys.stdout)
"""

Finding = Tuple[int, int, str, str]


def _inputs(corpus: bool, only: Optional[str]) -> List[str]:
    files: List[Path] = sorted((ROOT / "fixtures").rglob("*.py")) + sorted((ROOT / "tests" / "labeled").rglob("*.py"))
    if corpus:
        if not CORPUS_SRC.is_dir():
            sys.exit(f"no corpus at {CORPUS_SRC}: run `python benchmarks/corpus.py` first")
        files += sorted(CORPUS_SRC.rglob("*.py"))
    rels = [p.relative_to(ROOT).as_posix() for p in files if p.is_file()]
    if only:
        rels = [r for r in rels if only in r]
    return rels


def _reference_tree(args) -> Path:
    if args.ref_commit:
        sha = subprocess.run(["git", "rev-parse", args.ref_commit], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        target = CACHE / f"ref-{sha[:12]}"
        if not (target / "init_lint").is_dir():
            target.mkdir(parents=True, exist_ok=True)
            archive = subprocess.run(["git", "archive", sha], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
        return target
    ref = Path(args.ref).resolve()
    if not (ref / "init_lint").is_dir():
        sys.exit(f"{ref} holds no init_lint package")
    return ref


def _run(mode: str, pythonpath: Path, paths: Sequence[str], jobs: int, full: bool,
         strict: bool) -> Dict[str, List[Finding]]:
    if not paths:
        return {}
    size = max(1, min(200, -(-len(paths) // (jobs * 4))))
    chunks = [list(paths[i:i + size]) for i in range(0, len(paths), size)]
    env = dict(os.environ, PYTHONPATH=str(pythonpath))

    def one(chunk: List[str]) -> Dict[str, List[Finding]]:
        job = json.dumps({"mode": mode, "paths": chunk, "root": str(ROOT), "full": full,
                          "strict": strict, "pythonpath": str(pythonpath)})
        proc = subprocess.run([sys.executable, "-c", _WORKER], input=job, capture_output=True, text=True, env=env,
                              cwd=str(pythonpath))  # not ROOT: `python -c` puts the cwd first on sys.path
        if proc.returncode != 0:
            raise SystemExit(f"{mode} worker failed on {chunk[0]}...:\n{proc.stderr[-3000:]}")
        return {k: [tuple(f) for f in v] for k, v in json.loads(proc.stdout).items()}  # type: ignore[misc]

    out: Dict[str, List[Finding]] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for part in pool.map(one, chunks):
            out.update(part)
    return out


def _digest(key: str) -> str:
    """The input's content (and, for a mutated variant, the mutation code's)."""
    rel, _, mutation = key.partition("#")
    h = hashlib.sha1((ROOT / rel).read_bytes())
    if mutation:
        h.update((ROOT / "tests" / "mutations.py").read_bytes())
    return h.hexdigest()


def _variants(paths: Sequence[str]) -> List[str]:
    """`path#mutation` for every mutation of tests/mutations.py that changes the file (same line count)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from mutations import MUTATIONS

    out = []
    for rel in paths:
        try:
            source = (ROOT / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        out.extend(f"{rel}#{name}" for name, mutate in MUTATIONS.items() if mutate(source) != source)
    return out


def _reference(ref: Path, paths: Sequence[str], jobs: int, use_cache: bool,
               strict: bool) -> Dict[str, List[Finding]]:
    """Reference findings, from the cache when the file's content was seen before with this reference."""
    ref_id = hashlib.sha1(str(ref).encode()).hexdigest()[:12] + ("-strict" if strict else "")
    cache_file = CACHE / "equivalence" / f"ref-{ref_id}.json"
    cache: Dict[str, dict] = {}
    if use_cache and cache_file.is_file():
        cache = json.loads(cache_file.read_text())
    digests = {p: _digest(p) for p in paths}
    todo = [p for p in paths if cache.get(p, {}).get("sha1") != digests[p]]
    fresh = _run("ref", ref, todo, jobs, True, strict)
    for p, found in fresh.items():
        cache[p] = {"sha1": digests[p], "findings": found}
    if use_cache and fresh:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache_file.write_text(json.dumps(cache))
    return {p: [tuple(f) for f in cache[p]["findings"]] for p in paths}  # type: ignore[misc]


def _keys(found: Dict[str, List[Finding]], messages: bool) -> Set[tuple]:
    return {(p, f[0], f[1], f[2], f[3] if messages else "") for p, fs in found.items() for f in fs}


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="/tmp/ref", help="reference source tree (default /tmp/ref)")
    parser.add_argument("--ref-commit", help="reference commit of this repository (extracted into .cache/ref-SHA)")
    parser.add_argument("--corpus", action="store_true", help="also every .py under .cache/corpus/src")
    parser.add_argument("--messages", action="store_true", help="compare messages too")
    parser.add_argument("--full", action="store_true", help="new side with Options(full_analysis=True)")
    parser.add_argument("--strict-defaults", action="store_true", help="both sides with strict_defaults=True")
    parser.add_argument("--mutations", action="store_true",
                        help="also every variant of tests/mutations.py (real code seldom holds a bad init)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--only", help="only inputs whose path contains this text")
    parser.add_argument("--no-cache", action="store_true", help="rerun the reference on every input")
    args = parser.parse_args(argv)

    ref = _reference_tree(args)
    paths = _inputs(args.corpus, args.only)
    if args.mutations:
        paths += _variants(paths)
    started = time.perf_counter()
    old = _reference(ref, paths, args.jobs, not args.no_cache, args.strict_defaults)
    ref_seconds = time.perf_counter() - started
    started = time.perf_counter()
    new = _run("new", ROOT, paths, args.jobs, args.full, args.strict_defaults)
    new_seconds = time.perf_counter() - started

    old_keys, new_keys = _keys(old, args.messages), _keys(new, args.messages)
    gone, added = sorted(old_keys - new_keys), sorted(new_keys - old_keys)
    by_path: Dict[str, List[str]] = {}
    messages = {(p, f[0], f[1], f[2]): f[3] for side in (old, new) for p, fs in side.items() for f in fs}
    for sign, keys in (("-", gone), ("+", added)):
        for p, line, col, code, msg in keys:
            text = msg or messages.get((p, line, col, code), "")
            by_path.setdefault(p, []).append(f"  {sign} {line}:{col} {code} {text}")
    groups = {"fixtures+labeled": [p for p in paths if not p.startswith(".cache/") and "#" not in p],
              "corpus": [p for p in paths if p.startswith(".cache/") and "#" not in p],
              "fixtures+labeled mutated": [p for p in paths if not p.startswith(".cache/") and "#" in p],
              "corpus mutated": [p for p in paths if p.startswith(".cache/") and "#" in p]}
    strict = ", strict-defaults" if args.strict_defaults else ""
    print(f"reference: {ref} (full analysis{strict}){' [cached]' if ref_seconds < 1 else ''}, {ref_seconds:.1f} s; "
          f"new: init_lint.pipeline ({'full analysis' if args.full else 'default options'}{strict}), "
          f"{new_seconds:.1f} s")
    for name, group in groups.items():
        if not group:
            continue
        members = set(group)
        o = sum(len(old[p]) for p in group)
        n = sum(len(new[p]) for p in group)
        diff = sum(1 for k in gone + added if k[0] in members)
        print(f"{name}: {len(group)} files, reference {o} findings, new {n} findings, {diff} differences")
    for p in sorted(by_path):
        print(p)
        for line in sorted(by_path[p], key=lambda s: (int(s.split()[1].split(":")[0]), s)):
            print(line)
    return 1 if gone or added else 0


if __name__ == "__main__":
    sys.exit(main())

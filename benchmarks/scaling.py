#!/usr/bin/env python3
"""Time and memory as the input grows (issue 19): cost must be linear in file size and in init sites.

Generates the hostile inputs of issue 19 and runs the installed CLI on each in a fresh process, reporting
wall seconds and peak RSS (ru_maxrss of the child):

* N copies of a two-layer model class with blanket and targeted inits (N = 400, 800, 1,600, 3,200:
  3,200 classes is ~30,000 lines);
* N lines `W{i} = np.zeros(...)` (N = 12,500 ... 100,000);
* a notebook of N cells (N = 625 ... 5,000);
* one 100 kB / 400 kB line of `self.a: ` (a quadratic regex took 10.8 s / 175 s on it).

With `--diff`, the fixer instead (issue 16: "`--diff` on a 20,000-line file <= 2x the time to lint it"): a
20,002-line file of 1,111 residual MLP blocks, one in 50 (23 fixes) or all of them with a Xavier-before-ReLU
fix, linted and diffed in fresh processes.

    python benchmarks/scaling.py            # markdown table on stdout
    python benchmarks/scaling.py --check    # exit 1 unless 3,200 classes and 5,000 cells take <= 10 s, <= 300 MB
    python benchmarks/scaling.py --diff     # lint and --diff wall seconds on the 20,002-line file
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Tuple

MAX_SECONDS = 10.0
MAX_MB = 300.0

_CLASS = '''
class Net{i}(nn.Module):
    def __init__(self, d_in, d_hidden, d_out):
        super().__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.fc2 = nn.Linear(d_hidden, d_out)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)
        nn.init.zeros_(self.fc2.weight)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))
'''


_BLOCK = '''
class Block{i}(nn.Module):
    """A residual MLP block number {i}."""

    def __init__(self, dim=256, hidden=1024):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.fc2 = nn.Linear(hidden, dim)
        self.norm = nn.LayerNorm(dim)
        nn.init.{init}(self.fc1.weight{extra})
        nn.init.zeros_(self.fc1.bias)
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        h = self.norm(x)
        h = F.relu(self.fc1(h))
        h = self.fc2(h)
        return x + h
'''


def blocks(n: int, every: int) -> str:
    """n blocks; one in `every` inits its ReLU layer with Xavier (a fix), the others with He."""
    head = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"
    return head + "".join(_BLOCK.format(i=i, init="xavier_uniform_" if i % every == 0 else "kaiming_uniform_",
                                        extra="" if i % every == 0 else ', nonlinearity="relu"') for i in range(n))


def classes(n: int) -> str:
    return "import torch\nimport torch.nn as nn\n" + "".join(_CLASS.format(i=i) for i in range(n))


def zeros_lines(n: int) -> str:
    return "import numpy as np\n" + "".join(f"W{i} = np.zeros(({i % 97 + 1}, 8))\n" for i in range(n))


def notebook(n: int) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
              "source": ["import numpy as np\n"]}]
    for i in range(n):
        src = f"W{i} = np.random.randn(784, 100) * 0.01\nh{i} = np.tanh(W{i} @ x)\n" if i % 2 else f"x = np.ones({i})\n"
        cells.append({"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": [src]})
    doc = {"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc)


def long_line(n: int) -> str:
    return "class A:\n    def f(self):\n        " + "self.a: " * (n // 8) + "int = 1\n"


CASES: List[Tuple[str, str, Callable[[int], str], Tuple[int, ...]]] = [
    ("model classes", ".py", classes, (400, 800, 1600, 3200)),
    ("W{i} = np.zeros lines", ".py", zeros_lines, (12_500, 25_000, 50_000, 100_000)),
    ("notebook cells", ".ipynb", notebook, (625, 1250, 2500, 5000)),
    ("bytes of one `self.a: ` line", ".py", long_line, (100_000, 400_000)),
]

_CHILD = """
import resource, subprocess, sys, time, json
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t
print(json.dumps({"rc": p.returncode, "wall": wall,
                  "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "findings": sum(1 for line in p.stdout.splitlines() if ": INI" in line),
                  "ini900": sum(1 for line in p.stdout.splitlines() if "INI900" in line)}))
"""


def measure(path: Path, *flags: str) -> Dict:
    cli = [sys.executable, "-m", "init_lint", "--isolated", "--jobs", "1", *flags, str(path)]
    out = subprocess.run([sys.executable, "-c", _CHILD] + cli, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless the largest cases meet the bounds")
    parser.add_argument("--diff", action="store_true", help="time the fixer's --diff against a lint instead")
    args = parser.parse_args()
    if args.diff:
        return diff_timing()
    failed = []
    print("| case | N | lines | wall s | peak RSS MB | findings | INI900 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, suffix, make, sizes in CASES:
            for n in sizes:
                path = Path(tmp) / f"case{suffix}"
                text = make(n)
                path.write_text(text, encoding="utf-8")
                r = measure(path)
                lines = text.count("\n") + 1 if suffix == ".py" else n
                print(f"| {name} | {n:,} | {lines:,} | {r['wall']:.2f} | {r['rss_mb']:.0f} | {r['findings']:,} "
                      f"| {r['ini900']} |", flush=True)
                bounded = name in ("model classes", "notebook cells")  # the cases issue 19 bounds
                if bounded and n == sizes[-1] and (r["wall"] > MAX_SECONDS or r["rss_mb"] > MAX_MB):
                    failed.append(f"{name} N={n}: {r['wall']:.1f} s, {r['rss_mb']:.0f} MB")
    for f in failed:
        print(f"over the bound ({MAX_SECONDS:.0f} s, {MAX_MB:.0f} MB): {f}", file=sys.stderr)
    return 1 if (args.check and failed) else 0


def diff_timing() -> int:
    print("| fixes | lines | lint wall s | --diff wall s | ratio |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for every in (50, 1):
            path = Path(tmp) / "blocks.py"
            text = blocks(1111, every)
            path.write_text(text, encoding="utf-8")
            lint, diff = measure(path), measure(path, "--diff")
            fixes = sum(1 for line in text.splitlines() if "xavier_uniform_" in line)
            print(f"| {fixes:,} | {text.count(chr(10)) + 1:,} | {lint['wall']:.2f} | {diff['wall']:.2f} "
                  f"| {diff['wall'] / lint['wall']:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

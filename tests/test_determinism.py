"""The CLI's output is a function of the files, not of how it was asked.

Same bytes on stdout and stderr (and the same exit code) whatever the order
of the PATH arguments, however many worker processes run, and whatever the
interpreter's hash seed (set iteration order) -- for every output format, for
--diff, and for the files --fix writes.  The corpus is fixtures/ plus bad
input (a syntax error, undecodable bytes, a symlink loop, a notebook and a
broken one), so the INI900 paths are covered too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

CLI = [sys.executable, "-c", "import sys; from init_lint.frontends.cli import main; sys.exit(main())"]
ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = ROOT / "fixtures"
FRONTEND_DATA = ROOT / "tests" / "data" / "frontend"
FORMATS = ["text", "json", "sarif", "github"]

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("init_lint.frontends.cli") is None, reason="init_lint/cli.py has not landed yet"
)


def _make_corpus(root: Path) -> Path:
    shutil.copytree(FIXTURES_DIR, root / "fixtures")
    bad = root / "fixtures" / "bad_input"
    bad.mkdir()
    (bad / "syntax_error.py").write_bytes(b"import torch.nn as nn\n\nnn.init.zeros_(w\n")
    (bad / "non_utf8.py").write_bytes(b"import numpy as np\nW = np.zeros((3, 4))  # caf\xe9\n")
    (bad / "loop.py").symlink_to(bad / "loop.py")
    shutil.copy(FRONTEND_DATA / "notebook.ipynb", bad / "notebook.ipynb")
    shutil.copy(FRONTEND_DATA / "broken.ipynb", bad / "broken.ipynb")
    return root


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A copy of fixtures/ (away from the repository's own configuration)."""
    return _make_corpus(tmp_path_factory.mktemp("corpus"))


def _arguments(corpus: Path) -> List[str]:
    # Directories and single files mixed, as a user or pre-commit passes them,
    # including the symlink loop named explicitly (it is not walked into).
    entries = sorted(p.relative_to(corpus).as_posix() for p in (corpus / "fixtures").iterdir())
    files = sorted(p.relative_to(corpus).as_posix() for p in (corpus / "fixtures").rglob("*.py") if p.is_file())[:3]
    return entries + files + ["fixtures/bad_input/loop.py"]


_RESULTS: Dict[Tuple, subprocess.CompletedProcess] = {}


def _run(corpus: Path, *args: str, seed: str = "0") -> subprocess.CompletedProcess:
    key = (str(corpus), args, seed)
    if key not in _RESULTS:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([*CLI, *args], cwd=corpus, capture_output=True, timeout=300, env=env)
        assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
        assert result.returncode in (0, 1), result.stderr.decode(errors="replace")
        _RESULTS[key] = result
    return _RESULTS[key]


def _same(a: subprocess.CompletedProcess, b: subprocess.CompletedProcess) -> None:
    assert a.stdout == b.stdout
    assert a.stderr == b.stderr
    assert a.returncode == b.returncode


def test_the_corpus_has_findings_and_bad_input_messages(corpus):
    result = _run(corpus, "--jobs", "1", *_arguments(corpus))

    assert result.returncode == 1
    out = result.stdout.decode()
    assert "INI001" in out and "INI101" in out
    for name in ("syntax_error.py", "non_utf8.py", "loop.py", "broken.ipynb"):
        assert any(name in line and "INI900" in line for line in out.splitlines()), name
    assert "notebook.ipynb:cell_" in out


@pytest.mark.parametrize("output_format", FORMATS)
def test_argument_order_does_not_change_the_output(corpus, output_format):
    arguments = _arguments(corpus)

    forward = _run(corpus, "--format", output_format, "--jobs", "1", *arguments)
    backward = _run(corpus, "--format", output_format, "--jobs", "1", *reversed(arguments))

    _same(forward, backward)


# The formats are functions of the sorted findings (argument order above shows
# that for all four); worker processes only change how the findings are made.
@pytest.mark.parametrize("output_format", ["text", "json"])
def test_worker_count_does_not_change_the_output(corpus, output_format):
    arguments = _arguments(corpus)

    serial = _run(corpus, "--format", output_format, "--jobs", "1", *arguments)
    parallel = _run(corpus, "--format", output_format, "--jobs", "2", *reversed(arguments))

    _same(serial, parallel)


@pytest.mark.parametrize("seed", ["1", "4242"])
def test_hash_seed_does_not_change_the_output(corpus, seed):
    arguments = _arguments(corpus)

    reference = _run(corpus, "--format", "json", "--jobs", "1", *arguments)
    other = _run(corpus, "--format", "json", "--jobs", "2", *reversed(arguments), seed=seed)

    _same(reference, other)


def test_diff_does_not_depend_on_argument_order_jobs_or_hash_seed(corpus):
    arguments = _arguments(corpus)

    forward = _run(corpus, "--diff", *arguments)
    backward = _run(corpus, "--diff", "--jobs", "2", *reversed(arguments), seed="7")

    assert forward.stdout.startswith(b"--- ")
    _same(forward, backward)


def _tree(root: Path) -> Dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_fix_writes_the_same_files_whatever_the_order_jobs_and_hash_seed(tmp_path_factory):
    first = _make_corpus(tmp_path_factory.mktemp("fix_a"))
    second = _make_corpus(tmp_path_factory.mktemp("fix_b"))
    original = _tree(first)

    a = _run(first, "--fix", "--jobs", "1", *_arguments(first))
    b = _run(second, "--fix", "--jobs", "2", *reversed(_arguments(second)), seed="99")

    _same(a, b)
    fixed = _tree(first)
    assert fixed == _tree(second)
    assert fixed != original, "--fix changed nothing in the corpus"
    assert "fixed " in a.stderr.decode()


_TWO_BLOCKS = '''
import torch.nn as nn
import torch.nn.functional as F


class Model(nn.Module):
    def __init__(self, d=64):
        super().__init__()
        enc = EncoderBlock(d)
        dec = DecoderBlock(d)
        self.enc, self.dec = enc, dec
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.xavier_uniform_(p)

    def forward(self, x):
        return self.dec(self.enc(x))


class EncoderBlock(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.linear1 = nn.Linear(d, 4 * d)
        self.linear2 = nn.Linear(4 * d, d)

    def forward(self, x):
        return x + self.linear2(F.relu(self.linear1(x)))


class DecoderBlock(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.linear1 = nn.Linear(d, 4 * d)
        self.linear2 = nn.Linear(4 * d, d)

    def forward(self, x):
        return x + self.linear2(F.relu(self.linear1(x)))
'''


def test_a_blanket_over_several_block_classes_names_the_same_layer_whatever_the_hash_seed():
    """The layer a model-wide parameter loop's message names is picked in a fixed order, not in the order
    a set of class names happens to iterate in."""
    code = ("import sys; from init_lint.engine import lint_source; "
            "print([f.message for f in lint_source(sys.stdin.read(), 'm.py')])")
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", code], input=_TWO_BLOCKS, capture_output=True, text=True,
                              env=env, cwd=ROOT, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
    assert "but linear1 feeds relu" in outputs.pop()


_APPENDIX_PROBE = r'''
import ast, os, sys
from init_lint.frontends.project import Project
from init_lint.options import Options
root = sys.argv[1]
paths = [os.path.join(root, n) for n in ("helper.py", "model.py")]
project = Project.of((p, Options()) for p in paths)
src = open(paths[1]).read()
tree = ast.parse(src)
appendix = project.appendix(paths[1], tree, len(src.splitlines()) + 1)
print(appendix.text if appendix is not None else "")
'''


def test_the_definitions_an_import_brings_within_its_line_budget_do_not_depend_on_the_hash_seed(tmp_path):
    """When what an imported helper uses does not all fit in the appended-lines budget, which definitions come
    along is decided in a fixed (sorted) order, not in the order a set of names iterates in."""
    body = "".join(f"    w{i} = {i}\n" for i in range(150))
    helpers = "".join(f"def {name}():\n{body}    return w0\n\n\n" for name in ("alpha", "beta", "gamma", "delta"))
    (tmp_path / "helper.py").write_text(helpers + "def build():\n    return alpha() + beta() + gamma() + delta()\n")
    (tmp_path / "model.py").write_text("from helper import build\n\nnet = build()\n")
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", _APPENDIX_PROBE, str(tmp_path)], capture_output=True, text=True,
                              env=env, cwd=ROOT, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs
    assert "def build" in outputs.pop()

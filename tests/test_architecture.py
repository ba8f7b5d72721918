"""The layout is the architecture (issue 16): an import contract, checked on the source.

source -> prefilter -> semantic model (ast) -> rules -> front ends / reporters -> fixer (libcst)

* `semantic/`, `rules/`, `vocab/`, `prefilter` and `pipeline` never import libcst or a front end;
* `vocab/` imports nothing of the engine (pure tables);
* a lint (no --fix/--diff) never loads libcst, in the CLI's process or in flake8's;
* a new rule is one file: rules are discovered, not registered by hand.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "init_lint"

FRONTENDS = ("init_lint.frontends", "init_lint.cli", "init_lint.flake8_plugin", "init_lint.reporters",
             "init_lint.notebook", "init_lint.config", "init_lint.discovery")
FIXER = ("init_lint.fix.apply", "init_lint.fix.files")


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> Iterator[Tuple[int, str]]:
    """Absolute names of every import in a file (relative imports resolved), with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            yield node.lineno, mod
            for alias in node.names:
                yield node.lineno, f"{mod}.{alias.name}"


def _files(*subdirs: str):
    for sub in subdirs:
        p = PKG / sub
        if p.is_file():
            yield p
        elif p.is_dir():
            yield from sorted(p.rglob("*.py"))


def _violations(files, forbidden) -> list:
    out = []
    for path in files:
        for line, name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return out


def test_engine_layers_import_no_libcst_and_no_front_end():
    files = list(_files("semantic", "rules", "vocab", "prefilter.py", "pipeline.py"))
    assert files, "the engine layers are missing"
    assert _violations(files, ("libcst",) + FRONTENDS + FIXER) == []


def test_vocab_is_pure_tables():
    allowed = {"re", "typing", "__future__", "dataclasses", "enum", "functools"}
    bad = [f"{p.relative_to(ROOT)}:{line} imports {name}" for p in _files("vocab") for line, name in _imports(p)
           if name.split(".")[0] not in allowed and not name.startswith("init_lint.vocab")]
    assert bad == []


def test_semantic_does_not_import_rules():
    assert _violations(_files("semantic"), ("init_lint.rules", "init_lint.pipeline", "init_lint.engine")) == []


_NO_LIBCST = """
import sys
from init_lint.engine import lint_source
src = open(sys.argv[1], encoding="utf-8").read()
found = lint_source(src, sys.argv[1])
assert found, "the example should have findings"
assert "libcst" not in sys.modules, "a lint imported libcst"
print(len(found))
"""


def test_a_lint_never_imports_libcst():
    example = ROOT / "examples" / "bad_init.py"
    proc = subprocess.run([sys.executable, "-c", _NO_LIBCST, str(example)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) > 0


_FLAKE8_NO_LIBCST = """
import sys
from flake8.main.cli import main
try:
    main(["--select", "INI", "-j1", sys.argv[1]])
except SystemExit as exc:
    code = exc.code
assert "libcst" not in sys.modules, "flake8 with init-lint imported libcst"
"""


def test_flake8_run_never_imports_libcst_nor_starts_a_process():
    example = ROOT / "examples" / "bad_init.py"
    proc = subprocess.run([sys.executable, "-c", _FLAKE8_NO_LIBCST, str(example)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "INI0" in proc.stdout
    assert not (PKG / "helper.py").exists(), "the helper subprocess is gone: one process, one tree"


_FLAKE8_PREFILTERED = """
import sys
from flake8.main.cli import main
try:
    main(["--select", "INI", "-j1", "-"])
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m.startswith(("init_lint.semantic", "init_lint.rules", "init_lint.pipeline")))
print("loaded:", loaded)
"""


@pytest.mark.parametrize("source, judged", [
    ("import torch.nn as nn\n\nclass Block(nn.Module):\n    def forward(self, x):\n        return x\n", False),
    ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass Net(nn.Module):\n"
     "    def __init__(self):\n        super().__init__()\n        self.fc1 = nn.Linear(784, 100)\n"
     "        self.fc2 = nn.Linear(100, 10)\n        nn.init.zeros_(self.fc1.weight)\n\n"
     "    def forward(self, x):\n        return self.fc2(F.relu(self.fc1(x)))\n", True),
])
def test_flake8_loads_the_judge_only_for_a_file_the_prefilter_passes(source, judged):
    # an editor lints a file on every save through `flake8 -`: a file that names no initializer costs the text
    # prefilter only (the semantic engine is imported the first time a file passes it)
    proc = subprocess.run([sys.executable, "-c", _FLAKE8_PREFILTERED], input=source, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.strip().splitlines()[-1]
    assert ("init_lint.semantic.model" in loaded) is judged, loaded
    assert ("INI001" in proc.stdout) is judged


def test_rules_are_discovered_from_their_files():
    from init_lint.rules import ALL_RULES

    files = sorted(p.stem.upper() for p in (PKG / "rules").glob("ini[0-9][0-9][0-9].py"))
    assert [r.code for r in ALL_RULES] == files


@pytest.mark.parametrize("code", ["INI001", "INI101"])
def test_rule_metadata_loads_without_the_semantic_model(code):
    script = (f"import sys\nfrom init_lint.rules import BY_CODE\nr = BY_CODE[{code!r}]\nassert r.summary\n"
              "assert 'libcst' not in sys.modules\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr

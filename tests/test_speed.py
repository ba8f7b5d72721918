"""Speed invariants (issue 6): the fast path may skip work, never findings.

* The cheap scan's vocabulary (`triggers.py`, libcst-free) is exactly what
  dist.py's tables imply, and its regex sees every name that can fire.
* Linting a file without candidates never imports libcst (the flake8 plugin
  and editors pay for it on every run).
* The fast path (candidate scan + masked parse) and `Options(full_analysis=True)`
  report identical findings on every fixture, labeled snippet, example and a
  sample of the corpus (when the git-ignored corpus is present), and on every
  mutation of the repo files (tests/mutations.py: harmless inits made harmful,
  so the scan's "cannot fire" is checked where findings exist), plus targeted
  cases for the scan's rules (later writes, keyword names).
* TRIGGER_RE, hand-optimised, accepts exactly the lines its plain reference does.

No timing assertions: speed itself is measured by benchmarks/bench.py.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import List

import pytest

from init_lint.engine import Stats, analyze, decode
from init_lint.options import Options
from init_lint.vocab.triggers import NEVER_FIRES, TRIGGER_NAMES, TRIGGER_RE
from mutations import MUTATIONS

ROOT = Path(__file__).resolve().parents[1]
FULL = Options(full_analysis=True)
FAST = Options()


# ---------------------------------------------------------------- vocabulary


def test_trigger_names_match_dist_tables():
    from init_lint.dist import TRIGGER_NAMES as from_tables

    missing = sorted(from_tables - TRIGGER_NAMES)
    extra = sorted(TRIGGER_NAMES - from_tables)
    assert not missing and not extra, (
        "init_lint/triggers.py TRIGGER_NAMES is out of date with dist.py's tables (dist.TRIGGER_NAMES): "
        f"add {missing} / remove {extra}. The cheap scan only sends a file to libcst when it mentions one "
        "of these names, so a name missing there silently loses findings."
    )


def test_trigger_regex_sees_every_name_that_can_fire():
    for name in sorted(TRIGGER_NAMES - NEVER_FIRES):
        assert TRIGGER_RE.search(f"x = mod.{name}(w)"), name


def test_fast_trigger_regex_matches_the_reference_statement():
    """TRIGGER_RE is a hand-optimised spelling of REFERENCE_TRIGGER_PATTERN (first-character dispatch, a trie):
    both must accept exactly the same lines, on real code and on every name in odd company."""
    import re

    from init_lint.vocab.triggers import REFERENCE_TRIGGER_PATTERN

    REFERENCE_TRIGGER_RE = re.compile(REFERENCE_TRIGGER_PATTERN)

    lines = [line for path in REPO_FILES for line in path.read_text("utf-8", "replace").splitlines()]
    for name in sorted(TRIGGER_NAMES) + ["kernel_initializer", "my_initializer", "_initializer", "xavier_", "Glorot",
                                         "variance_scaling", "variance_scaling_x", "Lecun", "he_normal", "he_"]:
        for fmt in ("{}", "x.{}(w)", "a{}", "{}b", "_{}", "{}_", "1{}", "'{}'", "({})", "é{}", "{}é", "x{}y"):
            lines.append(fmt.format(name))
    differ = [line for line in lines if bool(TRIGGER_RE.search(line)) != bool(REFERENCE_TRIGGER_RE.search(line))]
    assert not differ, differ[:5]


def test_never_fires_names_are_known():
    assert NEVER_FIRES <= TRIGGER_NAMES


def test_scan_tables_match_evaluator_and_import_tables():
    """The scan resolves calls the way dist.Evaluator and names.ImportTable do; its copies must not drift."""
    from init_lint import dist, names
    from init_lint.vocab import triggers

    qualified = set(dist._FACTORIES) | set(dist._INITIALIZERS) | set(dist._UNCALLED_INITIALIZERS) \
        | {f"torch.nn.init.{k}" for k in dist._TORCH_INIT} | {f"torch.nn.init.{k}_" for k in dist._TORCH_INIT}
    hint = "update init_lint/triggers.py (the libcst-free copy the candidate scan uses)"
    assert triggers.QUALIFIED == qualified, f"{hint}: QUALIFIED differs by {sorted(triggers.QUALIFIED ^ qualified)}"
    assert triggers.INPLACE_METHODS == set(dist._INPLACE_METHODS), hint
    assert triggers.RNG_METHODS == set(dist._RNG_METHODS), hint
    assert triggers.TRANSPARENT_METHODS == set(dist._TRANSPARENT_METHODS), hint
    assert names.CONVENTIONAL is triggers.CONVENTIONAL and names.canonical is triggers.canonical  # one table


# ---------------------------------------------------------------- lazy libcst

_NO_CANDIDATES = textwrap.dedent(
    """\
    import torch
    import torch.nn as nn


    class Block(nn.Module):
        def __init__(self, dim):
            super().__init__()
            self.fc = nn.Linear(dim, dim)
            self.scale = nn.Parameter(torch.ones(dim))
            nn.init.zeros_(self.fc.bias)

        def forward(self, x):
            return torch.relu(self.fc(x)) * self.scale
    """
)

_PROBE = textwrap.dedent(
    """\
    import ast, sys
    source = sys.stdin.read()
    from init_lint.engine import analyze, lint_source
    from init_lint.frontends.flake8_plugin import InitLintPlugin
    assert lint_source(source, "m.py") == []
    lines = source.splitlines(keepends=True)
    assert list(InitLintPlugin(ast.parse(source), "m.py", lines).run()) == []
    print(sorted(m for m in sys.modules if m == "libcst" or m.startswith("libcst.")))
    """
)


@pytest.mark.parametrize("source", [_NO_CANDIDATES, "import os\nprint(os.getcwd())\n", ""],
                         ids=["seedless", "plain", "empty"])
def test_no_candidate_path_does_not_import_libcst(source):
    out = subprocess.run([sys.executable, "-c", _PROBE], input=source, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"libcst was imported on the no-candidate path: {out.stdout[:300]}"


def test_candidate_file_still_reaches_libcst():
    source = "import numpy as np\nW1 = np.zeros((256, 784))\nW2 = np.zeros((10, 256))\nh = np.tanh(W1 @ x)\n"
    stats = Stats()
    analyze(source, "m.py", FAST, stats=stats)
    assert stats.libcst_files == 1


# ---------------------------------------------------------------- fast == full


def _key(findings):
    return [(f.line, f.col, f.code, f.message) for f in findings]


def _same(path: Path, source: str) -> None:
    fast = _key(analyze(source, str(path), FAST))
    full = _key(analyze(source, str(path), FULL))
    assert fast == full, f"{path}: the fast path and full analysis disagree\nfast: {fast}\nfull: {full}"


def _files(*patterns: str) -> List[Path]:
    return sorted(p for pattern in patterns for p in ROOT.glob(pattern))


REPO_FILES = _files("fixtures/*/*.py", "fixtures/fixes/**/*.py", "tests/labeled/pos/*.py", "tests/labeled/neg/*.py",
                    "examples/**/*.py")


@pytest.mark.parametrize("path", REPO_FILES, ids=[p.relative_to(ROOT).as_posix() for p in REPO_FILES])
def test_fast_path_equals_full_analysis(path):
    _same(path, decode(path.read_bytes()))


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_fast_path_equals_full_analysis_on_mutated_files(mutation):
    """The same on every repo file with its harmless inits made harmful (tests/mutations.py): the scan's
    judgement of what cannot fire is checked where findings exist, not only where the code is clean."""
    changed = 0
    for path in REPO_FILES:
        source = decode(path.read_bytes())
        mutated = MUTATIONS[mutation](source)
        if mutated != source:
            changed += 1
            _same(path, mutated)
    assert changed, f"mutation {mutation} changed no file: it tests nothing"


def test_fast_path_equals_full_analysis_on_rule_examples():
    from init_lint.rules import ALL_RULES

    for rule in ALL_RULES:
        for i, ex in enumerate(tuple(rule.valid) + tuple(rule.invalid)):
            _same(Path(f"{rule.code}-example-{i}.py"), ex.code)


def _corpus_root():
    for base in (ROOT / ".cache" / "corpus" / "src", ROOT.parent / "main" / ".cache" / "corpus" / "src"):
        if base.is_dir():
            return base
    return None


# Full analysis parses the whole file with libcst (slow): a deterministic sample of the files the
# text prefilter lets through (the only ones where the two paths can differ), all of them with
# INIT_LINT_CORPUS_SAMPLE=all.
CORPUS_SAMPLE = 40
MAX_SAMPLE_BYTES = 60_000


def _corpus_sample():
    base = _corpus_root()
    if base is None:
        return []
    every = os.environ.get("INIT_LINT_CORPUS_SAMPLE") == "all"
    picked = []
    for path in sorted(base.rglob("*.py")):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if not every and len(data) > MAX_SAMPLE_BYTES:
            continue
        if not TRIGGER_RE.search(data.decode("utf-8", "replace")):
            continue
        digest = hashlib.sha1(path.relative_to(base).as_posix().encode()).hexdigest()
        picked.append((digest, path))
    picked.sort()
    return [p for _, p in (picked if every else picked[:CORPUS_SAMPLE])]


@pytest.mark.skipif(_corpus_root() is None, reason="corpus not fetched (benchmarks/corpus.py fetches it)")
def test_fast_path_equals_full_analysis_on_corpus_sample():
    sample = _corpus_sample()
    assert sample
    for path in sample:
        try:
            source = decode(path.read_bytes())
        except (SyntaxError, UnicodeDecodeError, LookupError):
            continue
        _same(path, source)


# ---------------------------------------------------------------- overwritten-later (scan mirrors Context.overwritten)

_NET = '''
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 256)
        self.fc3 = nn.Linear(256, 10)
        self.apply(init_fn)

    def forward(self, x):
        return self.fc3(torch.relu(self.fc2(torch.relu(self.fc1(x)))))
'''

_OVERWRITE_CASES = {
    "later-init-same-tensor": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_(m.weight)\n"
                              "        nn.init.kaiming_normal_(m.weight)\n",
    "later-init-other-tensor": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_(m.weight)\n"
                               "        nn.init.kaiming_normal_(m.bias)\n",
    "typed-arms": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_(m.weight)\n"
                  "    elif isinstance(m, nn.Conv2d):\n        nn.init.kaiming_normal_(m.weight)\n",
    "name-arms": "def init_fn(m, name=''):\n    if isinstance(m, nn.Linear):\n        if name.startswith('head'):\n"
                 "            nn.init.zeros_(m.weight)\n        else:\n            nn.init.xavier_uniform_(m.weight)\n",
    "class-name-arms": "def init_fn(m):\n    name = m.__class__.__name__\n    if 'Linear' in name:\n"
                       "        nn.init.zeros_(m.weight)\n    elif 'Conv' in name:\n        nn.init.kaiming_normal_(m.weight)\n",
    "parenthesised": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_((m.weight))\n"
                     "        nn.init.kaiming_normal_(m.weight)\n",
    "spaced": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_(m .weight)\n"
              "        nn.init.kaiming_normal_(m.weight)\n",
    "data-suffix": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        m.weight.data.zero_()\n"
                   "        nn.init.kaiming_normal_(m.weight)\n",
    "earlier-init": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.kaiming_normal_(m.weight)\n"
                    "        nn.init.zeros_(m.weight)\n",
    "constant-not-a-write": "def init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.zeros_(m.weight)\n"
                            "        nn.init.constant_(m.weight, VALUE)\n",
}


@pytest.mark.parametrize("name", sorted(_OVERWRITE_CASES))
def test_fast_path_equals_full_analysis_on_later_writes(name):
    source = "import torch\nimport torch.nn as nn\n\n\n" + _OVERWRITE_CASES[name] + "\n" + _NET
    _same(Path(f"{name}.py"), source)


def test_later_write_cases_include_findings():
    """The cases above are only a check if some of them fire: a zero init that nothing overwrites does."""
    fired = {name for name, body in _OVERWRITE_CASES.items()
             if analyze("import torch\nimport torch.nn as nn\n\n\n" + body + "\n" + _NET, "m.py", FULL)}
    assert {"later-init-other-tensor", "typed-arms"} <= fired, fired
    assert "later-init-same-tensor" not in fired


# ---------------------------------------------------------------- initializer keywords given a name

_FLAX_HEAD = "import jax\nimport flax.linen as nn\nfrom flax.linen.initializers import zeros\n\nZERO = nn.initializers.zeros\n\n\n"
_KEYWORD_NAME_CASES = {
    "local-alias": "class MLP(nn.Module):\n    @nn.compact\n    def __call__(self, x):\n        init = nn.initializers.zeros\n"
                   "        x = nn.relu(nn.Dense(256, kernel_init=init)(x))\n        return nn.Dense(10)(x)\n",
    "module-alias": "class MLP(nn.Module):\n    @nn.compact\n    def __call__(self, x):\n"
                    "        x = nn.relu(nn.Dense(256, kernel_init=ZERO)(x))\n        return nn.Dense(10)(x)\n",
    "imported": "class MLP(nn.Module):\n    @nn.compact\n    def __call__(self, x):\n"
                "        x = nn.relu(nn.Dense(256, kernel_init=zeros)(x))\n        return nn.Dense(10)(x)\n",
    "parameter": "class MLP(nn.Module):\n    kernel_init: object = None\n\n    @nn.compact\n    def __call__(self, x, kernel_init=None):\n"
                 "        x = nn.relu(nn.Dense(256, kernel_init=kernel_init)(x))\n        return nn.Dense(10)(x)\n",
}


@pytest.mark.parametrize("name", sorted(_KEYWORD_NAME_CASES))
def test_fast_path_equals_full_analysis_on_keyword_names(name):
    _same(Path(f"{name}.py"), _FLAX_HEAD + _KEYWORD_NAME_CASES[name])


# ---------------------------------------------------------------- std formulas and stds judged by a fan-in

def _torch_net(act: str, init_line: str, std_first_layer: str = "nn.Linear(784, 256)") -> str:
    return (
        "import math\nimport torch\nimport torch.nn as nn\n\nK = 1.0\n\n\n"
        "class Net(nn.Module):\n    def __init__(self, d=64):\n        super().__init__()\n"
        f"        self.fc1 = {std_first_layer}\n        self.fc2 = nn.Linear(256, 256)\n        self.fc3 = nn.Linear(256, 10)\n"
        f"        {init_line}\n\n"
        f"    def forward(self, x):\n        return self.fc3(torch.{act}(self.fc2(torch.{act}(self.fc1(x)))))\n"
    )


# scan._formula_family mirrors dist.Evaluator.scale: each formula, in front of each activation family
_STD_FORMULAS = {
    "he-sqrt": "math.sqrt(2.0 / d)",
    "lecun-sqrt": "math.sqrt(1 / d)",
    "xavier-sum": "math.sqrt(2.0 / (d + d))",
    "one-over-sqrt": "1 / math.sqrt(d)",
    "root-two-over-root": "math.sqrt(2) / math.sqrt(d)",
    "power-minus-half": "d ** -0.5",
    "power-half": "(2 / d) ** 0.5",
    "module-constant": "math.sqrt(K / d)",
    "no-family": "math.sqrt(3 / d)",
    "product": "0.5 * math.sqrt(d)",
}


@pytest.mark.parametrize("act", ["relu", "tanh"])
@pytest.mark.parametrize("formula", sorted(_STD_FORMULAS))
def test_fast_path_equals_full_analysis_on_std_formulas(formula, act):
    line = f"self.fc2.weight.data.normal_(0, {_STD_FORMULAS[formula]})"
    _same(Path(f"{formula}-{act}.py"), _torch_net(act, line))


def test_std_formula_cases_include_findings():
    """He in front of tanh and LeCun/Xavier in front of ReLU fire: the cases above test both answers."""
    def fired(formula, act):
        return [f.code for f in analyze(_torch_net(act, f"self.fc2.weight.data.normal_(0, {_STD_FORMULAS[formula]})"),
                                        "m.py", FULL)]
    assert fired("he-sqrt", "tanh") == ["INI102"] and fired("he-sqrt", "relu") == []
    assert fired("lecun-sqrt", "relu") == ["INI101"] and fired("xavier-sum", "relu") == ["INI101"]
    assert fired("no-family", "relu") == fired("no-family", "tanh") == []


# INI003's fan-in clause: std < sqrt(2 / fan_in) / 10 fires on a hidden layer whose constructor gives the fan-in
_FAN_IN_CASES = {
    "small-linear": ("nn.Linear(16, 256)", "self.fc1", 0.02),  # fan-in 16: LeCun's tenth is 0.025
    "wide-linear": ("nn.Linear(784, 256)", "self.fc1", 0.02),
    "parameter-width": ("nn.Linear(d, 256)", "self.fc1", 0.02),
    "conv-stem": ("nn.Conv2d(3, 256, 7)", "self.fc1", 0.02),  # fan-in 3 x 7 x 7 = 147, not 3
    "grouped-conv": ("nn.Conv2d(4, 256, 1, groups=4)", "self.fc1", 0.02),  # fan-in 1
    "std-above-any-fan-in": ("nn.Linear(1, 256)", "self.fc1", 0.2),
    "blanket": ("nn.Linear(784, 256)", "m", 0.02),  # no layer, no fan-in: only small-scale decides
}


def _fan_in_source(name: str) -> str:
    layer, target, std = _FAN_IN_CASES[name]
    line = f"nn.init.normal_({target}.weight, std={std})"
    if target == "m":
        line = f"for m in self.modules():\n            if isinstance(m, nn.Linear):\n                {line}"
    return _torch_net("relu", line, layer)


@pytest.mark.parametrize("small_scale", [0.01, 0.05])
@pytest.mark.parametrize("name", sorted(_FAN_IN_CASES))
def test_fast_path_equals_full_analysis_on_fan_in_stds(name, small_scale):
    source = _fan_in_source(name)
    fast = _key(analyze(source, "m.py", Options(small_scale=small_scale)))
    full = _key(analyze(source, "m.py", Options(small_scale=small_scale, full_analysis=True)))
    assert fast == full


def test_fan_in_cases_include_findings():
    def codes(name, small_scale=0.01):
        source = _fan_in_source(name)
        return [f.code for f in analyze(source, "m.py", Options(small_scale=small_scale, full_analysis=True))]
    assert codes("small-linear") == ["INI003"] and codes("grouped-conv") == ["INI003"]
    assert codes("wide-linear") == codes("conv-stem") == codes("parameter-width") == []
    assert codes("wide-linear", small_scale=0.05) == ["INI003"]  # the option reaches the fast path too
    assert codes("blanket") == [] and codes("blanket", small_scale=0.05) == ["INI003"]


# ReLUs written without the word (activations.act_call, relu_mask_expression) still pair with a Xavier init
_SPELLED_RELUS = ["torch.where(h > 0, h, 0)", "h * (h > 0)", "torch.clamp(h, min=0)", "h.clamp_min(0)",
                  "torch.maximum(h, 0)", "torch.clip(h, 0)"]


def _spelled_relu_net(relu: str) -> str:
    return ("import torch\nimport torch.nn as nn\n\n\nclass Net(nn.Module):\n    def __init__(self):\n"
            "        super().__init__()\n        self.fc1 = nn.Linear(784, 256)\n        self.fc2 = nn.Linear(256, 10)\n"
            "        nn.init.xavier_uniform_(self.fc1.weight)\n\n    def forward(self, x):\n        h = self.fc1(x)\n"
            f"        h = {relu}\n        return self.fc2(h)\n")


@pytest.mark.parametrize("relu", _SPELLED_RELUS)
def test_fast_path_sees_relus_spelled_out(relu):
    source = _spelled_relu_net(relu)
    assert [f.code for f in analyze(source, "m.py", FULL)] == ["INI101"]
    _same(Path("spelled.py"), source)


def test_masked_class_keeps_methods_that_build_layers():
    """A blanket init matches every Linear the class builds, in any method (Context.class_layers): blanking
    resized_head as unneeded left no layer to match, and the fast path reported what full analysis does not."""
    source = ("import torch.nn as nn\n\n\nclass Model(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
              "        self.apply(self._init_weights)\n\n    def _init_weights(self, module):\n"
              "        if isinstance(module, nn.Linear):\n            nn.init.zeros_(module.weight)\n\n"
              "    def resized_head(self, n):\n        head = nn.Linear(768, n)\n        return head\n\n"
              "    def load(self, path):\n        return path\n")
    assert analyze(source, "m.py", FULL) == []
    _same(Path("model.py"), source)


def test_plain_target_display_equals_libcst_code():
    """model._display skips libcst's codegen for plain dotted names: the text must be the code, byte for byte."""
    import libcst as cst

    from init_lint.model import _display, _text
    module = cst.parse_module("a.b.c = 1\n(a).b = 2\na . b = 3\nx = 4\n(y) = 5\na.b[0] = 6\n(a.b) = 7\n"
                              "a.\\\n    b = 8\n")
    for stmt in module.body:
        target = stmt.body[0].targets[0].target
        assert _display(module, target) == _text(module, target).strip()


# INI003 at exactly small-scale: only on a deep stack (TooSmallWeights._deep); the scan bounds the stack
def _deep_source(layers: int, init: str) -> str:
    body = "".join(f"        self.fc{i} = nn.Linear(256, 256)\n" for i in range(layers))
    forward = "".join(f"        x = torch.relu(self.fc{i}(x))\n" for i in range(layers))
    return ("import torch\nimport torch.nn as nn\n\n\ndef init_weights(m):\n" + init + "\n\nclass Net(nn.Module):\n"
            "    def __init__(self):\n        super().__init__()\n" + body + "        self.apply(init_weights)\n\n"
            "    def forward(self, x):\n" + forward + "        return x\n")


_DEEP_INITS = {
    "isinstance-linear": "    if isinstance(m, nn.Linear):\n        nn.init.normal_(m.weight, std=0.01)\n",
    "isinstance-conv": "    if isinstance(m, nn.Conv2d):\n        nn.init.normal_(m.weight, std=0.01)\n",
    "isinstance-tuple": "    if isinstance(m, (nn.Linear, nn.Conv2d)):\n        nn.init.normal_(m.weight, std=0.01)\n",
    "class-name": "    if m.__class__.__name__ == 'Linear':\n        nn.init.normal_(m.weight, std=0.01)\n",
    "nested-bias-test": "    if isinstance(m, nn.Linear):\n        if m.bias is not None:\n            nn.init.normal_(m.weight, std=0.01)\n",
    "chain": "    nn.init.normal_(m.a, std=0.01)\n    nn.init.normal_(m.b, std=0.01)\n    nn.init.normal_(m.c, std=0.01)\n",
    "loop": "    for p in m.parameters():\n        nn.init.normal_(p, std=0.01)\n",
}


@pytest.mark.parametrize("deep_layers", [2, 3])
@pytest.mark.parametrize("layers", [0, 1, 2, 4])
@pytest.mark.parametrize("init", sorted(_DEEP_INITS))
def test_fast_path_equals_full_analysis_on_small_scale_stacks(init, layers, deep_layers):
    source = _deep_source(layers, _DEEP_INITS[init])
    fast = _key(analyze(source, "m.py", Options(deep_layers=deep_layers)))
    full = _key(analyze(source, "m.py", Options(deep_layers=deep_layers, full_analysis=True)))
    assert fast == full


def test_small_scale_stack_cases_include_findings():
    fired = {(init, layers) for init in _DEEP_INITS for layers in (0, 1, 2, 4)
             if analyze(_deep_source(layers, _DEEP_INITS[init]), "m.py", FULL)}
    assert ("isinstance-linear", 4) in fired and ("isinstance-linear", 0) not in fired
    assert ("isinstance-conv", 4) not in fired


# A visitor applied at module level (model = Net(); model.apply(init_fn)) matches the layers of Net and of the
# classes Net builds, at any depth: not every layer of the file, and not only two levels of kept classes
_APPLIED = 'import torch\nimport torch.nn as nn\n\n\ndef init_fn(m):\n    if isinstance(m, nn.Linear):\n        nn.init.normal_(m.weight, std=0.01)\n\n\nclass Other(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.a = nn.Linear(8, 8)\n        self.b = nn.Linear(8, 8)\n        self.c = nn.Linear(8, 8)\n\n    def forward(self, x):\n        return self.c(torch.relu(self.b(torch.relu(self.a(x)))))\n\n\nclass Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(8, 8)\n\n    def forward(self, x):\n        return self.fc(x)\n\n\nmodel = Net()\nmodel.apply(init_fn)\n'


@pytest.mark.parametrize("applied_to", ["Net", "Other"])
def test_module_level_apply_matches_the_applied_class(applied_to):
    source = _APPLIED.replace("model = Net()", f"model = {applied_to}()")
    codes = [f.code for f in analyze(source, "m.py", FULL)]
    assert codes == ([] if applied_to == "Net" else ["INI003"])  # Net has one layer: no deep stack
    _same(Path("applied.py"), source)


def test_blanket_init_sees_classes_built_at_any_depth():
    """Three levels of classes between the model that applies the visitor and its Linear layers."""
    source = ("import torch\nimport torch.nn as nn\n\n\ndef init_fn(m):\n    if isinstance(m, nn.Linear):\n"
              "        nn.init.normal_(m.weight, std=0.01)\n\n\nclass Mlp(nn.Module):\n    def __init__(self):\n"
              "        super().__init__()\n        self.a = nn.Linear(8, 8)\n        self.b = nn.Linear(8, 8)\n"
              "        self.c = nn.Linear(8, 8)\n\n    def forward(self, x):\n"
              "        return self.c(torch.relu(self.b(torch.relu(self.a(x)))))\n\n\n"
              "class Block(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.mlp = Mlp()\n\n"
              "    def forward(self, x):\n        return self.mlp(x)\n\n\n"
              "class Stage(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.block = Block()\n\n"
              "    def forward(self, x):\n        return self.block(x)\n\n\n"
              "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.stage = Stage()\n"
              "        self.apply(init_fn)\n\n    def forward(self, x):\n        return self.stage(x)\n")
    assert [f.code for f in analyze(source, "m.py", FULL)] == ["INI003"]
    _same(Path("deep.py"), source)


def test_hot_lines_equal_a_search_per_line():
    """scan._HotLines finds trigger and initializer-keyword lines in one pass over the file; the answer must
    be the per-line search's on every repo file (odd line breaks included)."""
    from init_lint.scan import _KEYWORD_TEXT, _HotLines, _split_lines
    from init_lint.vocab.triggers import TRIGGER_RE
    sources = [decode(p.read_bytes()) for p in REPO_FILES]
    sources.append("x = 1\r\nw = torch.zeros(3)\rkernel_init=\\\n  f\x0cnormal_(t)\nparam(\n")
    for source in sources:
        lines = _split_lines(source)
        expected = [n for n, line in enumerate(lines, start=1) if TRIGGER_RE.search(line)
                    or (("init" in line or "param" in line) and _KEYWORD_TEXT.search(line))]
        assert _HotLines(source, lines).numbers == expected


# Activation evidence (scan._has_activation): the scan asks whether the model could see a ReLU / tanh / leaky
# activation anywhere in the file before it keeps a Xavier/He init. Spellings the model reads must keep the
# finding; words it never reads (a comment, a docstring, a default string, a non-`activation=` keyword) must
# not send the file to libcst at all.
def _xavier_net(forward_act: str, extra: str = "", imports: str = "") -> str:
    return (f"import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n{imports}\n\n"
            f"class Net(nn.Module):\n    def __init__(self, act: str = \"relu\"):\n        super().__init__()\n"
            "        self.fc1 = nn.Linear(784, 256)\n        self.fc2 = nn.Linear(256, 10)\n"
            f"{extra}        nn.init.xavier_uniform_(self.fc1.weight)\n\n    def forward(self, x):\n"
            f"        return self.fc2({forward_act.format('self.fc1(x)')})\n")


_SEEN_ACTIVATIONS = {
    "functional": _xavier_net("F.relu({})"),
    "method": _xavier_net("{}.relu()"),
    "imported-alias": _xavier_net("r({})", imports="from torch.nn.functional import relu as r\n"),
    "module-attribute": _xavier_net("self.act({})", "        self.act = nn.ReLU()\n"),
    "sequential-item": ("import torch.nn as nn\n\nnet = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))\n"
                        "nn.init.xavier_uniform_(net[0].weight)\n"),
    "keras-string": ("from tensorflow import keras\nmodel = keras.Sequential([\n"
                     "    keras.layers.Dense(64, activation=\"relu\", kernel_initializer=\"glorot_uniform\"),\n"
                     "    keras.layers.Dense(10),\n])\n"),
    "keras-list-string": ("from tensorflow import keras\nmodel = keras.Sequential([\n"
                          "    keras.layers.Dense(64, kernel_initializer=\"glorot_uniform\"), \"relu\",\n"
                          "    keras.layers.Dense(10),\n])\n"),
}
_UNSEEN_ACTIVATIONS = {
    "comment": _xavier_net("F.gelu({})", "        # relu was worse here; sigmoid too\n"),
    "docstring": _xavier_net("F.gelu({})", "        \"\"\"Unlike the ReLU version, no tanh.\"\"\"\n"),
    "default-string": _xavier_net("F.gelu({})", "        self.kind = act\n"),
    "other-keyword": _xavier_net("F.gelu({})", "        self.meta = make_mlp(2, act_layer=nn.ReLU, gate_layer=\"sigmoid\")\n"),
    "clamp-max-only": _xavier_net("torch.clamp({}, max=6.0)"),
}


@pytest.mark.parametrize("name", sorted(_SEEN_ACTIVATIONS))
def test_fast_path_sees_every_activation_spelling_the_model_reads(name):
    source = _SEEN_ACTIVATIONS[name]
    assert [f.code for f in analyze(source, "m.py", FULL)] == ["INI101"], name
    _same(Path(f"{name}.py"), source)


@pytest.mark.parametrize("name", sorted(_UNSEEN_ACTIVATIONS))
def test_activation_words_the_model_never_reads_keep_the_file_from_libcst(name):
    source = _UNSEEN_ACTIVATIONS[name]
    assert analyze(source, "m.py", FULL) == []
    stats = Stats()
    assert analyze(source, "m.py", FAST, stats=stats) == []
    assert stats.libcst_files == 0, f"{name}: a word the model never reads as an activation reached libcst"


def test_activation_class_names_are_in_the_scan_vocabulary():
    """scan._EVIDENCE_IDENTS compares lowered names against act_names.CANON: every activation module class
    activations.act_module knows must be found there with its family."""
    from init_lint.vocab.act_names import family
    from init_lint.activations import _MODULE_CLASSES
    from init_lint.scan import _EVIDENCE_IDENTS

    for cls, act in _MODULE_CLASSES.items():
        fam = family(act)
        if fam is not None:
            assert cls.lower() in _EVIDENCE_IDENTS[fam], cls
        if act == "leaky_relu":
            assert cls.lower() in _EVIDENCE_IDENTS["leaky"], cls

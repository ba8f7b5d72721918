"""The fixer: fix intents applied with libcst (init_lint.fix.apply) and files written back (init_lint.fix.files).

Groups:
* codemod fixtures (fixtures/fixes/NAME.before.py -> NAME.after.py, byte for byte) through the real engine,
  and what every fix must give: no undefined name, idempotence (a second --fix changes nothing);
* what the real rules' fixes do: imported-name swaps import the new name, only existing names, the NumPy
  fan-in axis, the seeded RNG and the dtype kept, and the numbers (the fixed NumPy code is run);
* `apply_fixes` with hand-made `Fix` objects, one intent at a time, and its checks;
* `fix_source` / `fix_paths` with a stand-in rule (monkeypatched `files.analyze`), so file handling is
  tested independently of the rules.
"""

from __future__ import annotations

import ast
import os
import re
import stat
import textwrap
from pathlib import Path
from typing import List

import pytest

from init_lint.finding import Finding
from init_lint.fix import apply as fix_apply
from init_lint.fix import files
from init_lint.fix.apply import apply_fixes
from init_lint.fix.files import fix_paths, fix_source
from init_lint.fix.splice import spliced
from init_lint.fix.intents import (
    Fix,
    KeywordArgument,
    ReplaceExpression,
    ReplaceString,
    ScaleByFanIn,
    Span,
    SwapInitializer,
    SymmetricBounds,
)
from init_lint.options import Options

FIXES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "fixes"
PAIRS = sorted(p.name[: -len(".before.py")] for p in FIXES_DIR.glob("*.before.py"))


def position(source: str, offset: int):
    """(1-based line, 0-based column) of a character offset."""
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1)


def span_of(source: str, snippet: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `snippet`."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(snippet, start + 1)
    return Span(*position(source, start), *position(source, start + len(snippet)))


def fix_at(source: str, snippet: str, replacement: str, imports=(), nth: int = 0) -> Fix:
    return Fix(span_of(source, snippet, nth), ReplaceExpression(replacement), tuple(imports))


def apply(source: str, fixes) -> str:
    return apply_fixes(source, fixes)[0]


def undefined_names(source: str) -> List[str]:
    from pyflakes import checker, messages

    found = checker.Checker(ast.parse(source), filename="<test>").messages
    return sorted(str(m.message_args[0]) for m in found
                  if isinstance(m, (messages.UndefinedName, messages.UndefinedLocal)))


def fixed(source: str, name: str = "model.py"):
    return fix_source(textwrap.dedent(source), name, Options())


# ---------------------------------------------------------------------------
# Codemod fixtures through the real engine


def test_every_fixture_has_both_halves():
    befores = {p.name[: -len(".before.py")] for p in FIXES_DIR.glob("*.before.py")}
    afters = {p.name[: -len(".after.py")] for p in FIXES_DIR.glob("*.after.py")}
    assert befores == afters
    assert len(befores) >= 14


def _gap(name):
    from known_gaps import FIXER_GAPS

    reason = FIXER_GAPS.get(name)
    return pytest.param(name, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else name


@pytest.mark.parametrize("name", [_gap(n) for n in PAIRS])
def test_fixture_before_is_fixed_to_after(name):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    after = (FIXES_DIR / f"{name}.after.py").read_text(encoding="utf-8")
    expected_code = re.search(r"_(ini\d{3})_", name).group(1).upper()

    result, applied, skipped = fix_source(before, f"{name}.before.py", Options())

    assert skipped == []
    assert applied, "no fix was applied"
    assert {f.code for f in applied} == {expected_code}
    assert result == after


@pytest.mark.parametrize("name", PAIRS)
def test_fixture_after_is_a_fixed_point(name):
    after = (FIXES_DIR / f"{name}.after.py").read_text(encoding="utf-8")

    result, applied, skipped = fix_source(after, f"{name}.after.py", Options())

    assert (result, applied, skipped) == (after, [], [])


@pytest.mark.parametrize("name", PAIRS)
def test_no_fixed_fixture_uses_an_undefined_name(name):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")

    result, _, _ = fix_source(before, f"{name}.py", Options())

    assert undefined_names(result) == undefined_names(before)


# ---------------------------------------------------------------------------
# What the real rules' fixes do

TORCH_BARE = """\
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.init import xavier_uniform_


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        xavier_uniform_(self.fc1.weight)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))
"""


def test_a_bare_imported_torch_initializer_is_swapped_and_its_new_name_imported():
    result, applied, skipped = fix_source(TORCH_BARE, "model.py", Options())

    assert [f.code for f in applied] == ["INI101"] and skipped == []
    assert "from torch.nn.init import kaiming_uniform_\n" in result
    assert 'kaiming_uniform_(self.fc1.weight, nonlinearity="relu")' in result
    assert "xavier_uniform_" not in result  # the old name was only used there: renamed in its import
    assert undefined_names(result) == []


def test_the_old_name_stays_imported_while_it_is_still_used():
    source = TORCH_BARE.replace("        xavier_uniform_(self.fc1.weight)\n",
                                "        xavier_uniform_(self.fc1.weight)\n        xavier_uniform_(self.fc2.weight)\n")

    result, applied, _ = fix_source(source, "model.py", Options())

    assert [f.code for f in applied] == ["INI101"]  # fc2 is the output layer: not paired
    assert "from torch.nn.init import xavier_uniform_, kaiming_uniform_\n" in result
    assert "xavier_uniform_(self.fc2.weight)" in result
    assert undefined_names(result) == []


KERAS_BARE = """\
from tensorflow import keras
from tensorflow.keras.initializers import GlorotUniform

model = keras.Sequential([
    keras.layers.Dense(64, activation="relu", kernel_initializer=GlorotUniform(seed=0)),
    keras.layers.Dense(64, activation="relu", kernel_initializer=GlorotUniform(seed=1)),
    keras.layers.Dense(10, activation="softmax"),
])
"""


def test_a_bare_imported_keras_class_is_swapped_and_imported():
    result, applied, skipped = fix_source(KERAS_BARE, "model.py", Options())

    assert [f.code for f in applied] == ["INI101", "INI101"] and skipped == []
    assert "from tensorflow.keras.initializers import HeUniform\n" in result
    assert "HeUniform(seed=0)" in result and "HeUniform(seed=1)" in result
    assert undefined_names(result) == []


JAX_BARE = """\
import flax.linen as nn
from jax.nn.initializers import glorot_uniform


class MLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(128, kernel_init=glorot_uniform())(x)
        x = nn.relu(x)
        return nn.Dense(10)(x)
"""


def test_a_bare_imported_jax_initializer_is_swapped_and_imported():
    result, applied, skipped = fix_source(JAX_BARE, "model.py", Options())

    assert [f.code for f in applied] == ["INI101"] and skipped == []
    assert "from jax.nn.initializers import he_uniform\n" in result
    assert "kernel_init=he_uniform()" in result
    assert undefined_names(result) == []


TF1 = """\
import tensorflow as tf


def build(x):
    w1 = tf.get_variable("w1", [784, 256], initializer=tf.glorot_uniform_initializer(seed=1))
    h = tf.nn.relu(tf.matmul(x, w1))
    w2 = tf.get_variable("w2", [256, 10], initializer=tf.glorot_uniform_initializer())
    return tf.matmul(h, w2)
"""


def test_tf1_glorot_becomes_variance_scaling_he_in_the_same_module():
    result, applied, _ = fix_source(TF1, "model.py", Options())

    if not applied:
        pytest.skip("the engine does not pair this TF1 layer")
    assert ('tf.variance_scaling_initializer(seed=1, scale=2.0, mode="fan_in", distribution="uniform")'
            in result)
    assert "he_uniform" not in result  # TF 1 has no tf.he_uniform*


def test_swaps_only_use_names_the_framework_module_has():
    from init_lint.rules.fixes import _MODULES, _SWAP

    for style, directions in _SWAP.items():
        modules = [names for s, names in _MODULES.values() if s == style]
        for table in directions.values():
            for old, new in table.items():
                assert all(new in names for names in modules if old in names), (style, old, new)


def _numpy_net(init: str, forward: str, activation: str = "np.maximum(0, h)") -> str:
    return textwrap.dedent(f"""\
        import numpy as np


        def init_params(n_in, n_hidden, n_out):
            rng = np.random.default_rng(0)
            W1 = {init}
            W2 = rng.standard_normal((n_hidden, n_out)) * np.sqrt(1 / n_hidden)
            return W1, W2


        def forward(x, W1, W2):
            h = {forward}
            h = {activation}
            return h @ W2
        """)


@pytest.mark.parametrize("init, forward, fan", [
    ("np.zeros((n_in, n_hidden))", "x @ W1", "n_in"),  # rows: (in, out) weights, X @ W
    ("np.zeros((n_hidden, n_in))", "(W1 @ x.T).T", "n_in"),  # columns: (out, in) weights, W @ X
    ("np.zeros((n_in, n_hidden))", "np.dot(x, W1)", "n_in"),
    ("np.zeros((n_hidden, n_in))", "np.dot(W1, x.T).T", "n_in"),
    ("np.zeros((n_hidden, n_in))", "x @ W1.T", "n_in"),  # transposed use
])
def test_the_numpy_fan_in_is_the_axis_the_weight_is_multiplied_on(init, forward, fan):
    source = _numpy_net(init, forward)

    result, applied, _ = fix_source(source, "net.py", Options())

    assert [f.code for f in applied] == ["INI001"]
    assert f"* np.sqrt(2 / {fan})" in result


def test_no_numpy_scale_when_no_use_shows_the_axis():
    source = _numpy_net("np.random.randn(n_in, n_hidden) * 10", "x + W1.sum()")

    result, applied, _ = fix_source(source, "net.py", Options())

    assert "np.sqrt(2 /" not in result.split("W2 =")[0]


def test_the_seeded_rng_draw_is_kept():
    source = _numpy_net("rng.standard_normal((n_in, n_hidden)) * 10", "x @ W1")

    result, applied, _ = fix_source(source, "net.py", Options())

    assert [f.code for f in applied] == ["INI004"]
    assert "W1 = rng.standard_normal((n_in, n_hidden)) * np.sqrt(2 / n_in)\n" in result


def test_a_seeded_rng_replaces_a_uniform_draw_from_the_same_rng():
    source = _numpy_net("rng.uniform(-2, 2, (n_in, n_hidden))", "x @ W1")

    result, applied, _ = fix_source(source, "net.py", Options())

    assert [f.code for f in applied] == ["INI004"]
    assert "W1 = rng.standard_normal((n_in, n_hidden)) * np.sqrt(2 / n_in)\n" in result
    assert "np.random.randn" not in result


@pytest.mark.parametrize("init, expected", [
    ("np.random.randn(n_in, n_hidden).astype(np.float32) * 10",
     "W1 = (np.random.randn(n_in, n_hidden) * np.sqrt(2 / n_in)).astype(np.float32)\n"),
    ("np.zeros((n_in, n_hidden), dtype=np.float32)",
     "W1 = (np.random.randn(n_in, n_hidden) * np.sqrt(2 / n_in)).astype(np.float32)\n"),
    ("rng.standard_normal((n_in, n_hidden), dtype=np.float32) * 10",
     "W1 = (rng.standard_normal((n_in, n_hidden), dtype=np.float32) * np.sqrt(2 / n_in)).astype(np.float32)\n"),
])
def test_the_dtype_is_kept(init, expected):
    source = _numpy_net(init, "x @ W1")

    result, applied, _ = fix_source(source, "net.py", Options())

    np = pytest.importorskip("numpy")
    assert len(applied) == 1
    assert expected in result
    namespace: dict = {}
    exec(compile(result, "net.py", "exec"), namespace)
    w1, _ = namespace["init_params"](64, 32, 10)
    assert w1.dtype == np.float32 and w1.shape == (64, 32)


@pytest.mark.parametrize("init, activation, numerator", [
    ("np.zeros((n_in, n_hidden))", "np.maximum(0, h)", 2.0),
    ("np.random.randn(n_in, n_hidden) * 10", "np.maximum(0, h)", 2.0),
    ("np.random.randn(n_in, n_hidden) * 0.001", "np.maximum(0, h)", 2.0),
    ("np.random.randn(n_in, n_hidden) * 10", "np.tanh(h)", 1.0),
    ("rng.standard_normal((n_in, n_hidden))", "np.tanh(h)", 1.0),
    ("np.random.randn(n_in, n_hidden) * np.sqrt(1 / n_in)", "np.maximum(0, h)", 2.0),  # INI101
    ("np.random.randn(n_in, n_hidden) * np.sqrt(2 / n_in)", "np.tanh(h)", 1.0),  # INI102
])
def test_fixed_numpy_code_runs_and_has_the_he_or_xavier_std(init, activation, numerator):
    source = _numpy_net(init, "x @ W1", activation)

    result, applied, skipped = fix_source(source, "net.py", Options())

    np = pytest.importorskip("numpy")
    assert applied and skipped == []
    namespace: dict = {}
    exec(compile(result, "net.py", "exec"), namespace)
    n_in, n_hidden = 400, 300
    np.random.seed(0)
    w1, _ = namespace["init_params"](n_in, n_hidden, 10)
    expected = (numerator / n_in) ** 0.5
    assert w1.shape == (n_in, n_hidden)
    assert abs(w1.std() - expected) < 0.2 * expected, (w1.std(), expected)
    # and the second --fix changes nothing
    assert fix_source(result, "net.py", Options()) == (result, [], [])


def test_the_shape_given_as_loc_gets_a_final_fix_or_none():
    source = _numpy_net("np.random.normal((n_in, n_hidden))", "x @ W1")

    result, applied, skipped = fix_source(source, "net.py", Options())

    # `size=` alone would leave std 1 (INI004): the fix gives the scale too, and is final
    assert [f.code for f in applied] == ["INI006"] and skipped == []
    assert "W1 = np.random.normal(size=(n_in, n_hidden), scale=np.sqrt(2 / n_in))\n" in result
    assert fix_source(result, "net.py", Options()) == (result, [], [])


def test_the_shape_given_as_loc_gets_no_fix_when_the_activation_is_unknown():
    source = _numpy_net("np.random.normal((n_in, n_hidden))", "x @ W1", activation="h")

    result, applied, skipped = fix_source(source, "net.py", Options())

    assert applied == [] and skipped == [] and result == source


# ---------------------------------------------------------------------------
# apply_fixes with hand-made fixes

TORCH_SOURCE = '''\
"""Init helpers."""
from __future__ import annotations

import torch.nn as nn  # layers


def init_weights(m):
    # blanket init for every Linear
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight,   0.02)   # meant std
        nn.init.zeros_(m.bias)
'''


def test_keyword_argument_names_the_positional_argument_and_keeps_everything_else():
    fix = Fix(span_of(TORCH_SOURCE, "nn.init.normal_(m.weight,   0.02)"), KeywordArgument(1, "std"))

    assert apply(TORCH_SOURCE, [fix]) == TORCH_SOURCE.replace("m.weight,   0.02)", "m.weight,   std=0.02)")


def test_keyword_argument_is_refused_when_another_positional_follows():
    source = "f(w, 0.02, 3)\n"
    result, applied, skipped = apply_fixes(source, [Fix(span_of(source, "f(w, 0.02, 3)"), KeywordArgument(1, "std"))])

    assert (result, applied) == (source, [])
    assert "follows" in skipped[0][1]


def test_symmetric_bounds():
    source = "a = 1\nnn.init.uniform_(w, 0.1)\nnn.init.uniform_(v, a / 2)\n"
    fixes = [Fix(span_of(source, "nn.init.uniform_(w, 0.1)"), SymmetricBounds(1)),
             Fix(span_of(source, "nn.init.uniform_(v, a / 2)"), SymmetricBounds(1))]

    assert apply(source, fixes) == "a = 1\nnn.init.uniform_(w, -0.1, 0.1)\nnn.init.uniform_(v, -(a / 2), a / 2)\n"


def test_swap_initializer_on_an_attribute_chain():
    source = "nn.init.xavier_uniform_(w, gain=1.0)\n"
    intent = SwapInitializer("kaiming_uniform_", drop_keywords=("gain",), keep_positional=1,
                             add_keywords=(("nonlinearity", '"relu"'),))

    assert apply(source, [Fix(span_of(source, source.strip()), intent)]) == \
        'nn.init.kaiming_uniform_(w, nonlinearity="relu")\n'


def test_swap_initializer_keeps_a_multi_line_call_and_its_trailing_comma():
    source = "nn.init.xavier_uniform_(\n    w,\n    1.0,\n)\n"
    intent = SwapInitializer("kaiming_uniform_", keep_positional=1, add_keywords=(("nonlinearity", '"relu"'),))

    assert apply(source, [Fix(span_of(source, source.strip()), intent)]) == \
        'nn.init.kaiming_uniform_(\n    w,\n    nonlinearity="relu",\n)\n'


def test_swap_initializer_replaces_an_existing_keyword_in_place():
    source = 'VarianceScaling(scale=1.0, mode="fan_avg", seed=3)\n'
    intent = SwapInitializer("VarianceScaling", keep_positional=0,
                             add_keywords=(("scale", "2.0"), ("mode", '"fan_in"')))

    assert apply(source, [Fix(span_of(source, source.strip()), intent)]) == \
        'VarianceScaling(scale=2.0, mode="fan_in", seed=3)\n'


def test_swap_of_a_bare_name_adds_the_import_at_the_top_when_no_from_import_binds_it():
    source = "import numpy as np\n\n\ndef f(w):\n    from torch.nn.init import xavier_uniform_ as xu\n    xu(w)\n"
    intent = SwapInitializer("kaiming_uniform_", import_from="torch.nn.init")

    result = apply(source, [Fix(span_of(source, "xu(w)"), intent)])

    assert "kaiming_uniform_(w)" in result
    assert "from torch.nn.init import xavier_uniform_ as xu, kaiming_uniform_" in result
    assert undefined_names(result) == []


def test_replace_string_keeps_the_quote_style():
    source = "Dense(3, kernel_initializer='glorot_uniform')\nDense(3, kernel_initializer=\"glorot_uniform\")\n"
    fixes = [Fix(span_of(source, "'glorot_uniform'"), ReplaceString("he_uniform")),
             Fix(span_of(source, '"glorot_uniform"'), ReplaceString("he_uniform"))]

    assert apply(source, fixes) == source.replace("glorot_uniform", "he_uniform")


def test_scale_by_fan_in_parenthesises_where_needed():
    source = "import numpy as np\nn = m = 3\nW = np.zeros((n, m + 1)).T\n"
    fix = Fix(span_of(source, "np.zeros((n, m + 1))"), ScaleByFanIn("m + 1", "2", shape=("n", "m + 1")))

    assert apply(source, [fix]) == \
        "import numpy as np\nn = m = 3\nW = (np.random.randn(n, m + 1) * np.sqrt(2 / (m + 1))).T\n"


def test_scale_by_fan_in_imports_numpy():
    source = '"""Doc."""\nfrom numpy import zeros\nn = 3\nW = zeros((n, n))\n'
    fix = Fix(span_of(source, "zeros((n, n))"), ScaleByFanIn("n", "1", shape=("n", "n"), import_numpy=True))

    assert apply(source, [fix]) == \
        '"""Doc."""\nimport numpy as np\nfrom numpy import zeros\nn = 3\nW = np.random.randn(n, n) * np.sqrt(1 / n)\n'


def test_a_fix_that_would_use_an_undefined_name_is_refused():
    source = "from numpy import zeros\nn = 3\nW = zeros((n, n))\n"
    fix = Fix(span_of(source, "zeros((n, n))"), ScaleByFanIn("n", "1", shape=("n", "n")))  # no import

    result, applied, skipped = apply_fixes(source, [fix])

    assert (result, applied) == (source, [])
    assert "undefined name(s) np" in skipped[0][1]


def test_replaces_only_the_span_and_keeps_everything_else():
    fix = fix_at(TORCH_SOURCE, "nn.init.normal_(m.weight,   0.02)", "nn.init.normal_(m.weight, std=0.02)")

    assert apply(TORCH_SOURCE, [fix]) == TORCH_SOURCE.replace(
        "nn.init.normal_(m.weight,   0.02)   # meant std", "nn.init.normal_(m.weight, std=0.02)   # meant std")


def test_no_fixes_returns_the_source_unchanged():
    assert apply_fixes(TORCH_SOURCE, []) == (TORCH_SOURCE, [], [])


def test_keeps_the_parentheses_around_the_replaced_expression():
    source = "import numpy as np\nW = ( np.random.randn(4, 3) * 10 )  # scale\n"
    fix = fix_at(source, "np.random.randn(4, 3) * 10", "np.random.randn(4, 3) * np.sqrt(2 / 3)")

    assert apply(source, [fix]) == "import numpy as np\nW = ( np.random.randn(4, 3) * np.sqrt(2 / 3) )  # scale\n"


def test_parenthesises_a_looser_replacement_where_precedence_needs_it():
    source = "a = b = scale = 1\ny = -scale\nz = scale.T\n"
    fixes = [fix_at(source, "scale", "a + b", nth=1), fix_at(source, "scale", "a + b", nth=2)]

    result = apply(source, fixes)

    assert result == "a = b = scale = 1\ny = -(a + b)\nz = (a + b).T\n"


def test_no_parentheses_where_any_expression_fits():
    source = "n = 1\nw = 10\nf(10, k=10)\n"
    fixes = [fix_at(source, "10", "2 / n"), fix_at(source, "10", "2 / n", nth=1), fix_at(source, "10", "2 / n", nth=2)]

    assert apply(source, fixes) == "n = 1\nw = 2 / n\nf(2 / n, k=2 / n)\n"


def test_multi_line_expression_is_replaced_and_other_lines_kept():
    source = "layer = Dense(\n    64,\n    kernel_initializer='glorot_uniform',  # explicit\n)\n"
    fix = Fix(span_of(source, "'glorot_uniform'"), ReplaceString("he_uniform"))

    assert apply(source, [fix]) == source.replace("glorot_uniform", "he_uniform")


def test_crlf_source_keeps_its_line_endings():
    source = "import numpy as np\r\n\r\nW = np.random.randn(3, 4) * 10  # big\r\n"
    fix = Fix(Span(3, 4, 3, 30), ScaleByFanIn("4", "2", draw="np.random.randn(3, 4)"))

    assert apply(source, [fix]) == source.replace("* 10", "* np.sqrt(2 / 4)")


def test_non_ascii_columns_are_characters():
    source = "import numpy as np\nW = np.random.randn(3, 4) * 10  # poids initialisés\nx = 'é'; V = np.zeros((3, 4))\n"
    fix = Fix(span_of(source, "np.zeros((3, 4))"), ScaleByFanIn("4", "1", shape=("3", "4")))

    assert apply(source, [fix]) == source.replace("np.zeros((3, 4))", "np.random.randn(3, 4) * np.sqrt(1 / 4)")


# --- imports ---------------------------------------------------------------

NUMPY_SOURCE = '''\
"""Two layers."""
from __future__ import annotations

import torch


def init(n_x, n_h):
    W1 = torch.randn(n_h, n_x) * 10
    W2 = torch.randn(n_h, n_h) * 10
    return W1, W2
'''


def _numpy_fixes(source):
    return [
        fix_at(source, "10", "np.sqrt(2 / n_x)", ["import numpy as np"]),
        fix_at(source, "10", "np.sqrt(2 / n_h)", ["import numpy as np"], nth=1),
    ]


def test_missing_import_is_added_once_after_docstring_and_future_imports():
    result = apply(NUMPY_SOURCE, _numpy_fixes(NUMPY_SOURCE))

    assert result == NUMPY_SOURCE.replace("import torch\n", "import numpy as np\nimport torch\n").replace(
        "* 10\n    W2", "* np.sqrt(2 / n_x)\n    W2").replace("* 10\n", "* np.sqrt(2 / n_h)\n")
    assert result.count("import numpy as np") == 1


@pytest.mark.parametrize("existing", [
    "import numpy as np\n",
    "import numpy as np, os\n",
    "try:\n    import numpy as np\nexcept ImportError:\n    np = None\n",
])
def test_import_is_not_added_when_the_alias_already_resolves_to_it(existing):
    source = NUMPY_SOURCE.replace("import torch\n", "import torch\n" + existing)

    result = apply(source, _numpy_fixes(source))

    assert result.count("import numpy as np") == source.count("import numpy as np")
    assert "np.sqrt(2 / n_x)" in result and "np.sqrt(2 / n_h)" in result


def test_import_inside_the_function_counts():
    source = "def init(n):\n    import numpy as np\n    return np.ones((n, n)) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(1 / n)", ["import numpy as np"])

    assert apply(source, [fix]) == source.replace("* 10", "* np.sqrt(1 / n)")


def test_unaliased_numpy_import_does_not_provide_np():
    source = "import numpy\n\nW = numpy.random.randn(3, 4) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(2 / 4)", ["import numpy as np"])

    assert apply(source, [fix]) == "import numpy as np\nimport numpy\n\nW = numpy.random.randn(3, 4) * np.sqrt(2 / 4)\n"


def test_fix_is_skipped_when_the_alias_names_something_else():
    source = "import jax.numpy as np\n\nW = np.ones((3, 4)) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(2 / 4)", ["import numpy as np"])

    result, applied, skipped = apply_fixes(source, [fix])

    assert (result, applied) == (source, [])
    assert "`np` already names something else" in skipped[0][1]


def test_import_goes_below_header_comments_and_coding_cookie():
    source = "# -*- coding: utf-8 -*-\n# Copyright.\nW = 3 * 10\n"
    fix = fix_at(source, "10", "math.sqrt(2 / 4)", ["import math"])

    assert apply(source, [fix]) == "# -*- coding: utf-8 -*-\n# Copyright.\nimport math\n\nW = 3 * math.sqrt(2 / 4)\n"


def test_import_after_a_docstring_only_module_prefix():
    source = '"""Doc."""\nW = 3 * 10\n'
    fix = fix_at(source, "10", "math.sqrt(0.5)", ["import math"])

    assert apply(source, [fix]) == '"""Doc."""\n\nimport math\n\nW = 3 * math.sqrt(0.5)\n'


# --- overlapping, invalid and stale fixes ------------------------------------


def test_overlapping_fixes_apply_the_first_and_skip_the_rest():
    source = "W = np.random.randn(3, 4) * 10\n"
    whole = fix_at(source, "np.random.randn(3, 4) * 10", "np.random.randn(3, 4) * 0.5")
    inner = fix_at(source, "10", "0.1")
    duplicate = fix_at(source, "np.random.randn(3, 4) * 10", "np.random.randn(3, 4) * 0.5")

    result, applied, skipped = apply_fixes(source, [whole, inner, duplicate])

    assert result == "W = np.random.randn(3, 4) * 0.5\n"
    assert applied == [0]
    assert [i for i, _ in skipped] == [1, 2]
    assert all("overlaps" in reason for _, reason in skipped)


def test_adjacent_fixes_do_not_overlap():
    source = "x = y = 1\nf(a,b)\n"
    result, applied, _ = apply_fixes(source, [fix_at(source, "a", "x"), fix_at(source, "b", "y")])

    assert (result, applied) == ("x = y = 1\nf(x,y)\n", [0, 1])


def test_fix_whose_result_would_not_compile_leaves_the_source_alone():
    source = "x = 1\nW = x * 10\n"
    # replacing an assignment target by a call makes `f() = 1`
    result, applied, skipped = apply_fixes(source, [fix_at(source, "x", "f()")])

    assert (result, applied) == (source, [])
    assert "would not compile" in skipped[0][1]


@pytest.mark.parametrize("source, call, replacement", [
    # a statement of a method, rewritten dedented: compiled alone it must still refuse what compile() refuses
    ("class Net:\n    def f(self):\n        return g(a=1, b=2)\n", "g(a=1, b=2)", "g(a=1, a=2)"),
    ("class Net:\n    async def f(self):\n        return await g(a=1, b=2)\n", "g(a=1, b=2)", "g(a=1, a=2)"),
    ("def f():\n    for w in ws:\n        init(w, std=0.1)\n", "init(w, std=0.1)", "init(w, std=0.1, std=0.2)"),
])
def test_a_statement_rewritten_alone_is_refused_where_the_module_would_not_compile(source, call, replacement):
    result, applied, skipped = apply_fixes(source, [fix_at(source, call, replacement)])

    assert (result, applied) == (source, [])
    assert "would not compile" in skipped[0][1] and "repeated" in skipped[0][1]


def test_replacement_that_is_not_an_expression_is_skipped():
    source = "w = 1\n"
    result, applied, skipped = apply_fixes(source, [fix_at(source, "1", "x = 2")])

    assert (result, applied) == (source, [])
    assert "invalid code" in skipped[0][1]


def test_fix_for_a_span_with_no_expression_is_skipped():
    source = "w = np.random.randn(3, 4)\n"
    stale = Fix(Span(1, 2, 1, 9), ReplaceExpression("zeros"))  # "= np.ra" is no expression

    result, applied, skipped = apply_fixes(source, [stale])

    assert result == source
    assert "no expression" in skipped[0][1]


def test_source_that_does_not_parse_is_returned_unchanged():
    source = "def f(:\n    w = 1\n"
    result, _, skipped = apply_fixes(source, [Fix(Span(2, 8, 2, 9), ReplaceExpression("2"))])

    assert result == source
    assert "does not parse" in skipped[0][1]


def test_deeply_nested_source_does_not_raise():
    source = "x = " + "-" * 1000 + "1\ny = 2\n"
    result, applied, skipped = apply_fixes(source, [fix_at(source, "2", "3")])

    if applied:
        assert result == source.replace("y = 2", "y = 3")
    else:
        assert result == source
        assert skipped


def test_every_intent_is_idempotent():
    source = "import numpy as np\nimport torch.nn as nn\nn = 3\nw = None\n" \
             "nn.init.normal_(w, 0.02)\nnn.init.uniform_(w, 0.1)\nnn.init.xavier_uniform_(w)\n" \
             "Dense(3, kernel_initializer='glorot_uniform')\nW = np.zeros((n, n))\nV = np.random.randn(n, n) * 10\n"
    fixes = [
        Fix(span_of(source, "nn.init.normal_(w, 0.02)"), KeywordArgument(1, "std")),
        Fix(span_of(source, "nn.init.uniform_(w, 0.1)"), SymmetricBounds(1)),
        Fix(span_of(source, "nn.init.xavier_uniform_(w)"),
            SwapInitializer("kaiming_uniform_", keep_positional=1, add_keywords=(("nonlinearity", '"relu"'),))),
        Fix(span_of(source, "'glorot_uniform'"), ReplaceString("he_uniform")),
        Fix(span_of(source, "np.zeros((n, n))"), ScaleByFanIn("n", "2", shape=("n", "n"))),
        Fix(span_of(source, "np.random.randn(n, n) * 10"), ScaleByFanIn("n", "1", draw="np.random.randn(n, n)")),
    ]
    outcome = fix_apply.apply_fixes_report(source, fixes)
    assert outcome.applied == list(range(len(fixes)))

    again = [Fix(outcome.new_spans[i], f.intent, f.imports) for i, f in enumerate(fixes)]
    result, applied, skipped = apply_fixes(outcome.source, again)

    assert (result, applied) == (outcome.source, [])
    assert all("already" in reason for _, reason in skipped)


LOOSE_EXPRESSIONS = ["lambda: w", "a if c else b", "not a", "a or b", "a < b", "-a", "a ** b", "await a"]


@pytest.mark.parametrize("replacement", LOOSE_EXPRESSIONS)
def test_results_parse_and_keep_their_meaning_in_tight_places(replacement):
    source = "async def f(m, a, b, c, w):\n    return m.bias * 2 ** m[0]\n"
    fixes = [fix_at(source, "m", replacement, nth=1), fix_at(source, "m", replacement, nth=2)]

    result = apply(source, fixes)

    returned = ast.parse(result).body[0].body[0].value
    expected = ast.parse(replacement, mode="eval").body
    assert ast.dump(returned.left.value) == ast.dump(expected)
    assert ast.dump(returned.right.right.value) == ast.dump(expected)


# ---------------------------------------------------------------------------
# fix_source / fix_paths with a stand-in rule

_NORMAL_CALL = re.compile(r"nn\.init\.normal_\((?P<w>[\w.]+), (?P<v>[0-9.]+)\)")


def judged_within(findings: List[Finding], within) -> List[Finding]:
    """The engine's `within` contract: only findings that start in one of the spans."""
    return findings if within is None else [f for f in findings if any(s.holds(f.line, f.col) for s in within)]


def fake_analyze(source: str, filename: str = "<stdin>", options=None, within=None, tree=None) -> List[Finding]:
    """INI006 with a fix for every `nn.init.normal_(w, 0.02)`, like the real rule."""
    findings = []
    for match in _NORMAL_CALL.finditer(source):
        (line, col), (end_line, end_col) = position(source, match.start()), position(source, match.end())
        fix = Fix(Span(line, col, end_line, end_col), KeywordArgument(1, "std"))
        findings.append(Finding(line, col, "INI006", "positional argument sets the mean", filename, fix=fix))
    return judged_within(findings, within)


@pytest.fixture
def stand_in_rule(monkeypatch):
    monkeypatch.setattr(files, "analyze", fake_analyze)


MODEL = """\
import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, 0.02)
        nn.init.zeros_(m.bias)
"""
FIXED_MODEL = MODEL.replace("normal_(m.weight, 0.02)", "normal_(m.weight, std=0.02)")


def test_fix_source_reports_applied_findings(stand_in_rule):
    result, applied, skipped = fix_source(MODEL, "model.py", Options())

    assert result == FIXED_MODEL
    assert [(f.code, f.line) for f in applied] == [("INI006", 6)]
    assert skipped == []


@pytest.mark.parametrize("comment", ["# noqa", "# noqa: INI006", "# NOQA:INI006,E501", "# noqa: INI"])
def test_noqa_lines_are_left_untouched(stand_in_rule, comment):
    source = MODEL.replace("0.02)\n", f"0.02)  {comment}\n")

    assert fix_source(source, "model.py", Options()) == (source, [], [])


def test_noqa_for_another_code_does_not_block_the_fix(stand_in_rule):
    source = MODEL.replace("0.02)\n", "0.02)  # noqa: E501\n")

    result, applied, _ = fix_source(source, "model.py", Options())

    assert result == FIXED_MODEL.replace("0.02)\n", "0.02)  # noqa: E501\n")
    assert len(applied) == 1


def test_a_noqa_on_a_continuation_line_does_not_hide_a_reported_finding(stand_in_rule):
    # flake8 reports the finding of line 6 (its noqa line is line 6 alone): so --fix fixes it
    source = MODEL.replace("nn.init.normal_(m.weight, 0.02)\n",
                           "nn.init.normal_(m.weight, 0.02) + f(\n            1,  # noqa: INI006\n        )\n")

    result, applied, skipped = fix_source(source, "model.py", Options())

    assert len(applied) == 1 and "std=0.02" in result and skipped == []


def test_a_noqa_flake8_honours_keeps_the_finding_unreported_and_unfixed(stand_in_rule):
    source = MODEL.replace("nn.init.normal_(m.weight, 0.02)\n", "nn.init.normal_(m.weight, 0.02) + '''\n'''  # noqa\n")

    assert fix_source(source, "model.py", Options()) == (source, [], [])


@pytest.mark.parametrize("options, is_fixed", [
    (Options(select=frozenset({"INI006"})), True),
    (Options(select=frozenset({"INI1"})), False),
    (Options(ignore=frozenset({"INI006"})), False),
    (Options(ignore=frozenset({"INI1"})), True),
])
def test_select_and_ignore_decide_which_findings_are_fixed(stand_in_rule, options, is_fixed):
    result, applied, _ = fix_source(MODEL, "model.py", options)

    assert result == (FIXED_MODEL if is_fixed else MODEL)
    assert bool(applied) == is_fixed


def test_unanalysable_source_is_reported_and_left_alone(monkeypatch):
    from init_lint.pipeline import internal_error

    monkeypatch.setattr(files, "analyze", lambda *a, **k: [internal_error("syntax error (line 1): invalid syntax")])

    result, applied, skipped = fix_source("def f(:\n", "bad.py", Options())

    assert (result, applied) == ("def f(:\n", [])
    assert len(skipped) == 1 and "INI900" in skipped[0] and "nothing fixed" in skipped[0]


def test_a_fix_whose_code_would_be_flagged_again_is_taken_back(monkeypatch):
    def flags_every_normal(source, filename="<stdin>", options=None, within=None, tree=None):
        found = fake_analyze(source, filename)
        for match in re.finditer(r"nn\.init\.normal_\(m\.weight, std=0\.02\)", source):
            line, col = position(source, match.start())
            found.append(Finding(line, col, "INI004", "still too large", filename))
        return judged_within(found, within)

    monkeypatch.setattr(files, "analyze", flags_every_normal)

    result, applied, skipped = fix_source(MODEL, "model.py", Options())

    assert (result, applied) == (MODEL, [])
    assert len(skipped) == 1 and "flagged again (INI004)" in skipped[0]


# --- files on disk -------------------------------------------------------------


def test_diff_only_does_not_write(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)

    diff, messages = fix_paths([str(path)], Options(), write=False)

    assert path.read_text() == MODEL
    assert messages == []
    assert diff.startswith(f"--- {path}\n+++ {path}\n@@ ")
    assert "-        nn.init.normal_(m.weight, 0.02)\n" in diff
    assert "+        nn.init.normal_(m.weight, std=0.02)\n" in diff


def test_diff_says_when_nothing_is_fixable(monkeypatch, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    monkeypatch.setattr(files, "analyze", lambda source, filename, options=None, within=None, tree=None: [
        Finding(6, 8, "INI005", "positive only", filename)])

    diff, messages = fix_paths([str(path)], Options(), write=False)

    assert diff == ""
    assert messages == [f"{path}: 1 finding (INI005), none fixable automatically"]


def test_write_fixes_the_file_and_says_so(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert path.read_text() == FIXED_MODEL
    assert diff
    assert messages == [f"{path}: fixed 1 finding (INI006)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"], "temporary file left behind"


def test_crlf_and_bom_are_preserved(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_bytes(b"\xef\xbb\xbf" + MODEL.replace("\n", "\r\n").encode("utf-8"))

    fix_paths([str(path)], Options(), write=True)

    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED_MODEL.replace("\n", "\r\n").encode("utf-8")


def test_cr_only_line_endings_are_preserved(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_bytes(MODEL.replace("\n", "\r").encode())

    fix_paths([str(path)], Options(), write=True)

    assert path.read_bytes() == FIXED_MODEL.replace("\n", "\r").encode()


def test_latin1_cookie_file_keeps_its_encoding(stand_in_rule, tmp_path):
    header = "# -*- coding: latin-1 -*-\n# Poids initialisés à 0.02\n"
    path = tmp_path / "model.py"
    path.write_bytes((header + MODEL).encode("latin-1"))

    fix_paths([str(path)], Options(), write=True)

    data = path.read_bytes()
    assert data == (header + FIXED_MODEL).encode("latin-1")
    assert b"initialis\xe9s \xe0" in data


def test_mixed_line_endings_are_not_rewritten(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    original = MODEL.replace("\n", "\r\n", 2).encode()
    path.write_bytes(original)

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert path.read_bytes() == original
    assert diff == ""
    assert messages == [f"{path}: mixed line endings; not fixed"]


def test_mode_bits_are_kept(stand_in_rule, tmp_path):
    path = tmp_path / "train.py"
    path.write_text(MODEL)
    os.chmod(path, 0o751)

    fix_paths([str(path)], Options(), write=True)

    assert path.read_text() == FIXED_MODEL
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o751


def test_a_read_only_file_is_left_alone_and_reported(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    os.chmod(path, 0o444)

    for write in (False, True):
        diff, messages = fix_paths([str(path)], Options(), write=write)

        assert path.read_text() == MODEL
        assert diff == ""
        assert messages == [f"{path}: read-only; 1 fixable finding not fixed"]


def test_a_read_only_file_is_fixed_when_asked(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    os.chmod(path, 0o444)

    fix_paths([str(path)], Options(), write=True, fix_read_only=True)

    assert path.read_text() == FIXED_MODEL
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o444


def test_symlinked_file_is_fixed_through_the_link(stand_in_rule, tmp_path):
    real = tmp_path / "real.py"
    real.write_text(MODEL)
    link = tmp_path / "link.py"
    link.symlink_to(real)

    fix_paths([str(link)], Options(), write=True)

    assert link.is_symlink()
    assert real.read_text() == FIXED_MODEL


def test_a_symlink_out_of_the_tree_is_not_followed(stand_in_rule, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    real = outside / "shared.py"
    real.write_text(MODEL)
    tree = tmp_path / "project"
    tree.mkdir()
    (tree / "link.py").symlink_to(real)
    (tree / "own.py").write_text(MODEL)

    for write in (False, True):
        diff, messages = fix_paths([str(tree)], Options(), write=write)

        assert real.read_text() == MODEL
        assert f"{tree / 'link.py'}: a symlink to {real}, outside the tree being fixed; not fixed" in messages
        assert "shared.py" not in diff
    assert (tree / "own.py").read_text() == FIXED_MODEL


def test_a_symlink_within_the_given_roots_is_followed(stand_in_rule, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    real = tmp_path / "b" / "real.py"
    real.write_text(MODEL)
    link = tmp_path / "a" / "link.py"
    link.symlink_to(real)

    fix_paths([str(link)], Options(), write=True)
    assert real.read_text() == MODEL  # the link's own directory is the tree

    fix_paths([str(link)], Options(), write=True, roots=[str(tmp_path)])
    assert real.read_text() == FIXED_MODEL


def test_file_changed_on_disk_is_left_alone(stand_in_rule, tmp_path, monkeypatch):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    edited = MODEL + "# edited in an editor meanwhile\n"

    def editor_saves_meanwhile(p):
        Path(p).write_text(edited)
        return Path(p).read_bytes()

    monkeypatch.setattr(files, "_read_current_bytes", editor_saves_meanwhile)

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert path.read_text() == edited
    assert diff == ""
    assert messages == [f"{path}: changed on disk since it was read; not fixed"]


def test_directories_are_expanded_and_order_does_not_matter(stand_in_rule, tmp_path):
    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "a.py").write_text(MODEL)
    (tmp_path / "pkg" / "sub" / "b.py").write_text(MODEL)
    (tmp_path / "pkg" / "notes.txt").write_text(MODEL)
    other = tmp_path / "c.py"
    other.write_text(MODEL)

    forward, _ = fix_paths([str(tmp_path / "pkg"), str(other)], Options(), write=False)
    backward, _ = fix_paths([str(other), str(tmp_path / "pkg")], Options(), write=False)

    assert forward == backward
    assert forward.count("+++ ") == 3
    assert "notes.txt" not in forward


def test_notebooks_and_missing_paths_get_a_message(stand_in_rule, tmp_path):
    notebook = tmp_path / "train.ipynb"
    notebook.write_text('{"cells": []}')
    missing = tmp_path / "nope.py"

    diff, messages = fix_paths([str(notebook), str(missing)], Options(), write=True)

    assert diff == ""
    assert sorted(messages) == sorted([f"{notebook}: notebooks are not fixed", f"{missing}: no such file or directory"])


def test_undecodable_file_gets_a_message(stand_in_rule, tmp_path):
    path = tmp_path / "bad.py"
    path.write_bytes(b"w = '\xff\xfe'\n")

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert diff == ""
    assert len(messages) == 1 and messages[0].startswith(f"{path}: cannot decode")


def test_symlink_loop_gets_a_message(stand_in_rule, tmp_path):
    loop = tmp_path / "loop.py"
    loop.symlink_to(loop)

    diff, messages = fix_paths([str(loop)], Options(), write=True)

    assert diff == ""
    assert len(messages) == 1 and messages[0].startswith(f"{loop}: cannot read")


# --- atomic write: a temp file in the same directory, then one rename -----------


def test_write_goes_through_a_temp_file_in_the_same_directory_and_a_rename(stand_in_rule, tmp_path, monkeypatch):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    os.chmod(path, 0o640)
    inode_before = os.stat(path).st_ino
    renames = []
    real_replace = os.replace

    def spy_replace(source, target):
        # at the moment of the rename the temp file holds all the new bytes and the original mode, and the
        # target is still the old file
        renames.append((source, target, Path(source).read_text(), stat.S_IMODE(os.stat(source).st_mode)))
        assert Path(target).read_text() == MODEL
        real_replace(source, target)

    monkeypatch.setattr(files.os, "replace", spy_replace)

    fix_paths([str(path)], Options(), write=True)

    assert len(renames) == 1
    source, target, content, mode = renames[0]
    assert os.path.dirname(source) == str(tmp_path) and target == str(path)
    assert os.path.basename(source) != "model.py"
    assert (content, mode) == (FIXED_MODEL, 0o640)
    assert path.read_text() == FIXED_MODEL
    assert os.stat(path).st_ino != inode_before, "the file was rewritten in place, not replaced"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failed_write_leaves_the_original_and_no_temp_file(stand_in_rule, tmp_path, monkeypatch, failing):
    path = tmp_path / "model.py"
    path.write_text(MODEL)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, failing, fail)

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert path.read_text() == MODEL
    assert diff == ""
    assert messages == [f"{path}: cannot write: No space left on device; not fixed"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_fixing_another_users_file_keeps_its_owner(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    os.chown(path, 65534, 65534)

    fix_paths([str(path)], Options(), write=True)

    info = os.stat(path)
    assert path.read_text() == FIXED_MODEL
    assert (info.st_uid, info.st_gid) == (65534, 65534)


# --- the real rules through the CLI: --fix twice, noqa, encodings -------------------


def _fixer_gaps():
    from known_gaps import FIXER_GAPS

    return FIXER_GAPS


def _working_pairs():
    return [name for name in PAIRS if name not in _fixer_gaps()]


def _cli(*argv):
    import contextlib
    import io

    from init_lint.frontends import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--isolated", "--jobs", "1", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


def test_there_are_working_pairs_for_every_fixable_rule():
    codes = {re.search(r"_(ini\d{3})_", name).group(1).upper() for name in _working_pairs()}
    frameworks = {name.split("_")[0] for name in _working_pairs()}
    assert {"INI001", "INI002", "INI003", "INI004", "INI006", "INI101", "INI102"} <= codes
    assert {"numpy", "torch", "keras", "flax", "haiku"} <= frameworks


@pytest.mark.parametrize("name", _working_pairs())
def test_cli_fix_twice_on_a_real_pair(name, tmp_path):
    before = (FIXES_DIR / f"{name}.before.py").read_bytes()
    after = (FIXES_DIR / f"{name}.after.py").read_bytes()
    path = tmp_path / f"{name}.py"
    path.write_bytes(before)

    code, out, err = _cli("--fix", path)

    assert path.read_bytes() == after
    assert ast.parse(after)
    assert err.startswith(f"{path}: fixed ") and err.count("\n") == 1, err
    assert code == (1 if out else 0)

    second = _cli("--fix", path)

    assert path.read_bytes() == after, "a second --fix changed the file"
    assert second[2] == "", "a second --fix still had something to say"
    assert second[:2] == (code, out)
    diff_code, diff_out, diff_err = _cli("--diff", path)
    assert (diff_code, diff_out) == (0, "")
    # nothing left to fix; what is left (if anything) is said to have no automatic fix
    if out:
        assert diff_err.startswith(f"{path}: ") and "none fixable automatically" in diff_err
    else:
        assert diff_err == ""


@pytest.mark.parametrize("name", _working_pairs())
def test_cli_fix_keeps_crlf_bom_and_mode_with_the_real_rules(name, tmp_path):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    after = (FIXES_DIR / f"{name}.after.py").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.py"
    path.write_bytes(b"\xef\xbb\xbf" + before.replace("\n", "\r\n").encode("utf-8"))
    os.chmod(path, 0o755)

    _cli("--fix", path)

    assert path.read_bytes() == b"\xef\xbb\xbf" + after.replace("\n", "\r\n").encode("utf-8")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o755


def test_cli_fix_keeps_a_latin1_file_latin1_with_the_real_rules(tmp_path):
    name = "torch_ini006_normal"
    header = "# -*- coding: latin-1 -*-\n# Poids initialisés à 0.02\n"
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    after = (FIXES_DIR / f"{name}.after.py").read_text(encoding="utf-8")
    path = tmp_path / "model.py"
    path.write_bytes((header + before).encode("latin-1"))

    _cli("--fix", path)

    assert path.read_bytes() == (header + after).encode("latin-1")


@pytest.mark.parametrize("name", _working_pairs())
def test_cli_fix_never_touches_noqa_lines_with_the_real_rules(name, tmp_path):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    findings = [f for f in files.analyze(before, "x.py", Options()) if f.fix is not None]
    lines = before.splitlines(keepends=True)
    for f in findings:
        text = lines[f.line - 1]
        body, newline = text.rstrip("\r\n"), text[len(text.rstrip("\r\n")):]
        # after an existing comment too: `# note  # noqa: CODE` is a valid noqa
        lines[f.line - 1] = f"{body}  # noqa: {f.code}{newline}"
    source = "".join(lines)
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")

    code, out, err = _cli("--fix", path)

    assert path.read_text(encoding="utf-8") == source
    assert (code, out, err) == (0, "", "")


def test_the_cli_fixes_through_a_symlink_within_the_named_tree_only(tmp_path, monkeypatch):
    """The CLI passes its command-line paths as the trees: a link to another folder of the named tree is
    followed, a link out of it is not (before, each file was its own tree: only same-folder links)."""
    from init_lint.frontends import cli

    before = (FIXES_DIR / "torch_ini006_normal.before.py").read_text()
    after = (FIXES_DIR / "torch_ini006_normal.after.py").read_text()
    project = tmp_path / "project"
    (project / "a").mkdir(parents=True)
    (project / "b").mkdir()
    inside = project / "b" / "shared.py"
    inside.write_text(before)
    (project / "a" / "link.py").symlink_to(inside)
    outside = tmp_path / "elsewhere.py"
    outside.write_text(before)
    (project / "a" / "out.py").symlink_to(outside)
    monkeypatch.chdir(tmp_path)
    cli.main(["--isolated", "--fix", "--exit-zero", str(project)])
    assert inside.read_text() == after
    assert outside.read_text() == before


def test_tf_variance_scaling_reads_the_fan_in_from_the_axis_the_weight_is_used_on():
    """TF reads a 2-D kernel's fan-in from shape[-2]; a [out, in] weight used as matmul(W, X) needs fan_out
    (a blind review found FAN_IN there: fan-in 25 instead of 12,288, a std 22x too large)."""
    from init_lint.fix.files import fix_source

    source = (Path(__file__).resolve().parent / "labeled" / "pos" / "tf1_dlai_xavier_initializer_relu.py").read_text()
    fixed, applied, _ = fix_source(source, "m.py", Options())
    assert applied and fixed.count("mode='FAN_OUT'") == 2
    used_as_x_w = source.replace('tf.matmul(parameters["W1"], X)', 'tf.matmul(X, parameters["W1"])')
    assert used_as_x_w != source
    fixed, _, _ = fix_source(used_as_x_w, "m.py", Options())
    assert fixed.count("mode='FAN_OUT'") == 1  # W2 only: W1 is now [in, out], TF's own convention


# --- hidden-layer fixes (INI001-INI004) in every framework -------------------------

HIDDEN_RULES = ("INI001", "INI002", "INI003", "INI004")
HIDDEN_FRAMEWORKS = ("torch", "keras", "flax", "haiku")
UNFIXABLE_DIR = FIXES_DIR / "unfixable"
UNFIXABLE = sorted(p.name for p in UNFIXABLE_DIR.glob("*.py"))


@pytest.mark.parametrize("framework", HIDDEN_FRAMEWORKS)
@pytest.mark.parametrize("code", HIDDEN_RULES)
def test_a_hidden_layer_fix_pair_exists_for_every_framework_and_rule(framework, code):
    assert any(name.startswith(f"{framework}_{code.lower()}_") for name in _working_pairs()), \
        f"no fixtures/fixes/{framework}_{code.lower()}_*.before.py"


def test_there_are_unfixable_examples_in_every_framework():
    assert {name.split("_")[0] for name in UNFIXABLE} >= set(HIDDEN_FRAMEWORKS)


@pytest.mark.parametrize("name", UNFIXABLE)
def test_an_ambiguous_hidden_layer_finding_is_reported_with_no_working_fix(name):
    """fixtures/fixes/unfixable: the finding stands, but the activation family is unknown or mixed, the target
    may not be a layer weight, or the fix cannot import its name: --fix leaves the file alone."""
    source = (UNFIXABLE_DIR / name).read_text(encoding="utf-8")
    code = re.search(r"_(ini\d{3})_", name).group(1).upper()

    findings = [f for f in files.analyze(source, name, Options()) if f.code == code]
    result, applied, _ = fix_source(source, name, Options())

    assert findings, f"the example should have an {code} finding"
    assert (result, applied) == (source, [])


@pytest.mark.parametrize("name", [n for n in UNFIXABLE if n != "keras_ini001_name_taken.py"])
def test_an_ambiguous_finding_carries_no_fix_intent(name):
    source = (UNFIXABLE_DIR / name).read_text(encoding="utf-8")
    assert [f for f in files.analyze(source, name, Options()) if f.fix is not None] == []


def test_a_fix_the_fixer_refuses_is_not_fixable_in_the_dry_run(tmp_path):
    """keras_ini001_name_taken: the rule attaches an intent (Zeros -> HeNormal), but HeNormal already names
    another import, so --fix refuses it: `fixable_in_file` (what the reporters call fixable) says no."""
    source = (UNFIXABLE_DIR / "keras_ini001_name_taken.py").read_text(encoding="utf-8")
    path = tmp_path / "model.py"
    path.write_text(source, encoding="utf-8")

    assert [f.code for f in files.analyze(source, str(path), Options()) if f.fix is not None] == ["INI001"]
    assert files.fixable_in_file(str(path), Options()) == []
    _, messages = fix_paths([str(path)], Options(), write=False)
    assert len(messages) == 1 and "HeNormal` already names something else" in messages[0]


@pytest.mark.parametrize("name", ["torch_ini001_zeros_relu", "keras_ini003_small_random_normal_seed",
                                  "flax_ini004_large_normal_bare_import", "haiku_ini002_constant_tanh"])
def test_the_dry_run_lists_what_fix_would_fix_and_writes_nothing(name, tmp_path):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.py"
    path.write_text(before, encoding="utf-8")

    fixable = files.fixable_in_file(str(path), Options())

    assert [f.code for f in fixable] == [re.search(r"_(ini\d{3})_", name).group(1).upper()]
    assert path.read_text(encoding="utf-8") == before
    os.chmod(path, 0o444)
    try:
        assert files.fixable_in_file(str(path), Options()) == []  # --fix leaves read-only files alone
        assert len(files.fixable_in_file(str(path), Options(), fix_read_only=True)) == 1
    finally:
        os.chmod(path, 0o644)


def test_the_dry_run_of_a_notebook_or_a_missing_file_fixes_nothing(tmp_path):
    notebook = tmp_path / "nb.ipynb"
    notebook.write_text("{}", encoding="utf-8")
    assert files.fixable_in_file(str(notebook), Options()) == []
    assert files.fixable_in_file(str(tmp_path / "missing.py"), Options()) == []


TORCH_HIDDEN = """\
import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 256)
        self.fc2 = nn.Linear(256, 10)
        {init}

    def forward(self, x):
        return self.fc2({act}(self.fc1(x)))
"""


@pytest.mark.parametrize("init, act, expected", [
    ("nn.init.zeros_(self.fc1.weight)", "torch.relu", 'nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")'),
    ("nn.init.constant_(self.fc1.weight, val=0.3)", "torch.tanh", "nn.init.xavier_normal_(self.fc1.weight)"),
    ("nn.init.normal_(self.fc1.weight, 0.0, 1e-4)", "torch.sigmoid", "nn.init.xavier_normal_(self.fc1.weight)"),
    ("nn.init.uniform_(self.fc1.weight, a=-2.0, b=2.0)", "torch.relu",
     'nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")'),
    ("self.fc1.weight.data.zero_()", "torch.relu", 'nn.init.kaiming_normal_(self.fc1.weight.data, nonlinearity="relu")'),
    ("self.fc1.weight.data.normal_(0, 1e-4)", "torch.tanh", "nn.init.xavier_normal_(self.fc1.weight.data)"),
    ("nn.init.zeros_(self.fc1.weight)", "nn.LeakyReLU(0.1)",
     'nn.init.kaiming_normal_(self.fc1.weight, a=0.1, nonlinearity="leaky_relu")'),
])
def test_torch_hidden_weights_get_kaiming_or_xavier_on_the_same_tensor(init, act, expected):
    source = TORCH_HIDDEN.format(init=init, act=act)
    if act.startswith("nn."):
        source = source.replace("self.fc2 = nn.Linear(256, 10)", f"self.fc2 = nn.Linear(256, 10)\n        self.act = {act}")
        source = source.replace(f"{act}(self.fc1(x))", "self.act(self.fc1(x))")

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1
    assert result == source.replace(init, expected)


@pytest.mark.parametrize("imports, prefix", [
    ("import torch\nimport torch.nn as nn\n", "nn.init"),
    ("import torch\nfrom torch import nn\nfrom torch.nn import init\n", "init"),
    ("import torch\nimport torch.nn\n", "torch.nn.init"),
    ("import torch as T\nimport torch.nn\n", "torch.nn.init"),
])
def test_a_tensor_method_fill_is_rewritten_through_the_files_own_import_of_nn_init(imports, prefix):
    source = TORCH_HIDDEN.format(init="self.fc1.weight.data.fill_(0)", act="torch.relu").replace(
        "import torch\nimport torch.nn as nn\n", imports)
    source = source.replace("nn.Module", "torch.nn.Module").replace("nn.Linear", "torch.nn.Linear") \
        if "as nn" not in imports and "import nn" not in imports else source

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1, messages
    assert f'{prefix}.kaiming_normal_(self.fc1.weight.data, nonlinearity="relu")' in result
    assert undefined_names(result) == undefined_names(source)
    assert result.count("import") == source.count("import")  # nothing new imported


def test_a_torch_init_with_an_unknown_keyword_gets_no_fix():
    source = TORCH_HIDDEN.format(init="nn.init.zeros_(tensor=self.fc1.weight)", act="torch.relu")
    assert [f.fix for f in files.analyze(source, "m.py", Options()) if f.code == "INI001"] == [None]


@pytest.mark.parametrize("initializer, activation, expected", [
    ('"zeros"', "relu", '"he_normal"'),
    ("'Zeros'", "tanh", "'glorot_uniform'"),
    ("initializers.Zeros()", "relu", "initializers.HeNormal()"),
    ("initializers.zeros()", "sigmoid", "initializers.glorot_uniform()"),
    ("initializers.RandomUniform(minval=-5.0, maxval=5.0, seed=3)", "tanh", "initializers.GlorotUniform(seed=3)"),
    ("initializers.TruncatedNormal(0.0, 1e-4)", "relu", "initializers.HeNormal()"),
])
def test_keras_string_stays_string_and_object_stays_object(initializer, activation, expected):
    source = ("from tensorflow import keras\nfrom tensorflow.keras import initializers\n\n"
              "model = keras.Sequential([\n"
              f"    keras.layers.Dense(64, activation=\"{activation}\", kernel_initializer={initializer}),\n"
              "    keras.layers.Dense(10, activation=\"softmax\"),\n])\n")

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1, messages
    assert result == source.replace(initializer, expected)


@pytest.mark.parametrize("initializer, activation, expected", [
    ("nn.initializers.zeros", "nn.relu", "nn.initializers.he_normal()"),
    ("nn.initializers.ones", "nn.tanh", "nn.initializers.xavier_uniform()"),
    ("nn.initializers.zeros_init()", "nn.relu", "nn.initializers.he_normal()"),
    ("jax.nn.initializers.normal(1e-4)", "jax.nn.sigmoid", "jax.nn.initializers.xavier_uniform()"),
    ("nn.initializers.normal(stddev=1e-5, dtype=jnp.bfloat16)", "nn.relu",
     "nn.initializers.he_normal(dtype=jnp.bfloat16)"),
])
def test_flax_initializers_become_he_normal_or_xavier_uniform_via_the_files_alias(initializer, activation, expected):
    source = ("import jax\nimport jax.numpy as jnp\nimport flax.linen as nn\n\n\nclass MLP(nn.Module):\n"
              "    @nn.compact\n    def __call__(self, x):\n"
              f"        x = {activation}(nn.Dense(256, kernel_init={initializer})(x))\n"
              "        return nn.Dense(10)(x)\n")

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1, messages
    assert result == source.replace(initializer, expected)


def test_a_bare_flax_initializer_function_gets_its_replacement_imported():
    source = ("import flax.linen as nn\nfrom flax.linen.initializers import zeros\n\n\nclass MLP(nn.Module):\n"
              "    @nn.compact\n    def __call__(self, x):\n"
              "        x = nn.relu(nn.Dense(256, kernel_init=zeros)(x))\n        return nn.Dense(10)(x)\n")

    result, applied, _ = fix_source(source, "m.py", Options())

    assert len(applied) == 1
    assert "kernel_init=he_normal()" in result
    assert "from flax.linen.initializers import he_normal\n" in result
    assert undefined_names(result) == []


@pytest.mark.parametrize("initializer, activation, expected", [
    ("hk.initializers.Constant(0.0)", "jax.nn.relu", "hk.initializers.VarianceScaling(2.0)"),
    ("hk.initializers.RandomUniform(-3.0, 3.0)", "jnp.tanh",
     'hk.initializers.VarianceScaling(1.0, "fan_avg", "uniform")'),
    ("hk.initializers.RandomNormal(stddev=1e-4, mean=0.0)", "jax.nn.leaky_relu", "hk.initializers.VarianceScaling(2.0)"),
])
def test_haiku_initializers_become_variance_scaling(initializer, activation, expected):
    source = ("import haiku as hk\nimport jax\nimport jax.numpy as jnp\n\n\ndef forward(x):\n"
              f"    x = {activation}(hk.Linear(256, w_init={initializer})(x))\n    return hk.Linear(10)(x)\n")

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1, messages
    assert result == source.replace(initializer, expected)


def test_a_blanket_init_is_fixed_only_when_every_hidden_layer_feeds_the_same_family():
    same = (FIXES_DIR / "torch_ini001_fill_method_visitor.before.py").read_text(encoding="utf-8")
    mixed = (UNFIXABLE_DIR / "torch_ini002_blanket_mixed_activations.py").read_text(encoding="utf-8")
    assert fix_source(same, "m.py", Options())[1]
    assert fix_source(mixed, "m.py", Options())[1] == []
    # the same blanket with both layers under tanh is fixed
    tanh = mixed.replace("torch.relu(self.fc1(x))", "torch.tanh(self.fc1(x))")
    result, applied, _ = fix_source(tanh, "m.py", Options())
    assert [f.code for f in applied] == ["INI002"] and "nn.init.xavier_normal_(m.weight)" in result


RAW_PARAMETER = """\
import torch
import torch.nn as nn


class Scratch(nn.Module):
    def __init__(self):
        super().__init__()
        self.W1 = nn.Parameter({init})
        self.W2 = nn.Parameter(torch.randn(256, 10) / 16)

    def forward(self, x):
        return {use} @ self.W2
"""


@pytest.mark.parametrize("init, use, expected", [
    ("torch.zeros(784, 256)", "torch.relu(x @ self.W1)", "torch.randn(784, 256) * math.sqrt(2 / 784)"),
    ("torch.ones(784, 256) * 0.5", "torch.tanh(x @ self.W1)", "torch.randn(784, 256) * math.sqrt(1 / 784)"),
    ("torch.full((784, 256), 0.5, device='cpu')", "torch.relu(x @ self.W1)",
     "torch.randn((784, 256), device='cpu') * math.sqrt(2 / 784)"),
    ("torch.randn(256, 784) * 10", "torch.relu((self.W1 @ x.T).T)", "torch.randn(256, 784) * math.sqrt(2 / 784)"),
])
def test_a_raw_torch_parameter_is_scaled_by_the_fan_in_of_the_axis_it_is_multiplied_on(init, use, expected):
    source = RAW_PARAMETER.format(init=init, use=use)

    result, applied, messages = fix_source(source, "m.py", Options())

    assert messages == [] and len(applied) == 1, messages
    assert result == "import math\n" + source.replace(init, expected)


@pytest.mark.parametrize("init, use", [
    ("torch.zeros(784, 256)", "torch.relu(nn.functional.linear(x, self.W1.T))"),  # no @: which axis is in?
    ("torch.zeros(784, 256)", "nn.functional.gelu(x @ self.W1)"),  # no family
    ("torch.zeros(784, 256, dtype=torch.int64)", "torch.relu(x @ self.W1)"),  # not a float tensor
])
def test_a_raw_torch_parameter_gets_no_fix_when_the_axis_family_or_dtype_is_unclear(init, use):
    source = RAW_PARAMETER.format(init=init, use=use)
    findings = [f for f in files.analyze(source, "m.py", Options()) if f.line == 8]
    assert all(f.fix is None for f in findings)
    assert fix_source(source, "m.py", Options())[1] == []


# ---------------------------------------------------------------------------
# libcst parses only the statements it rewrites (`rewrite` by top-level statement)


def _engine_fixes(source: str):
    from init_lint.engine import analyze

    return [f.fix for f in analyze(source, "model.py") if f.fix is not None]


@pytest.mark.parametrize("name", PAIRS)
def test_statement_by_statement_rewrites_as_the_whole_module_pass(name):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    fixes = _engine_fixes(before)
    assert fix_apply.rewrite(before, fixes) == fix_apply._rewrite_module(before, fixes)


STATEMENTS = (
    "import torch.nn as nn\r\n"
    "\r\n"
    "\r\n"
    "@decorated\r\n"
    "class Net(nn.Module):\r\n"
    "    def __init__(self):\r\n"
    "        super().__init__()\r\n"
    "        self.fc = nn.Linear(784, 10); nn.init.normal_(self.fc.weight, 0.01)\r\n"
    "\r\n"
    "\r\n"
    "w = nn.Parameter(torch.empty(3, 3)); nn.init.xavier_uniform_(w)  # two statements, one line\r\n"
    "x = 1\r\n"
)


def test_statement_by_statement_keeps_line_endings_and_shared_lines():
    fixes = [Fix(span_of(STATEMENTS, "nn.init.normal_(self.fc.weight, 0.01)"), KeywordArgument(1, "std"), ()),
             Fix(span_of(STATEMENTS, "nn.init.xavier_uniform_(w)"),
                 SwapInitializer("kaiming_uniform_", None, ("gain",), 1, (("nonlinearity", '"relu"'),)), ())]
    chunked = fix_apply.rewrite(STATEMENTS, fixes)
    assert chunked == fix_apply._rewrite_module(STATEMENTS, fixes)
    assert chunked.applied == [0, 1]
    assert "nn.init.normal_(self.fc.weight, std=0.01)\r\n" in chunked.source
    assert 'nn.init.kaiming_uniform_(w, nonlinearity="relu")  # two statements, one line\r\n' in chunked.source
    assert chunked.source.count("\r\n") == STATEMENTS.count("\r\n")


def test_the_expression_by_expression_check_agrees_with_a_second_whole_module_pass():
    # (a fix that needs no import is checked on its replacement alone; a second libcst pass over the whole fixed
    # module, the check of a fix that adds an import, must find the same: nothing left to change)
    source = "import numpy as np\nimport torch.nn as nn\nw = None\nn = 3\n" \
             "nn.init.normal_(w, 0.02)\nnn.init.uniform_(w, 0.1)\nW = np.random.randn(n, n) * 10\n"
    fixes = [Fix(span_of(source, "nn.init.normal_(w, 0.02)"), KeywordArgument(1, "std")),
             Fix(span_of(source, "nn.init.uniform_(w, 0.1)"), SymmetricBounds(1)),
             Fix(span_of(source, "np.random.randn(n, n) * 10"), ScaleByFanIn("n", "1", draw="np.random.randn(n, n)"))]
    outcome = fix_apply.apply_fixes_report(source, fixes)
    assert outcome.applied == [0, 1, 2]
    moved = {i: Fix(outcome.new_spans[i], f.intent, f.imports) for i, f in enumerate(fixes)}
    assert fix_apply._expressions_settled(outcome.source, moved) == {}
    again = fix_apply._rewrite_module(outcome.source, list(moved.values()))
    assert (again.source, again.applied, again.skipped) == (outcome.source, [], [])
    assert again.unchanged == [0, 1, 2]


INDENTED = (
    "import torch.nn as nn\n"
    "\n"
    "\n"
    "class Net(nn.Module):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.fc = nn.Linear(784, 10)\n"
    "        nn.init.normal_(self.fc.weight,  # the first layer\n"
    "\n"
    "                        0.01)  # a comment after it\n"
    "        if True:\n"
    "            nn.init.normal_(self.fc.bias, 0.02); x = 1\n"
    "        nn.init.uniform_(self.fc.weight, 0.1)\n"
    '        doc = """a string\n'
    '        over lines"""; nn.init.normal_(self.fc.weight, 0.03)\n'
)


def test_a_statement_is_rewritten_dedented_alone_and_put_back_as_it_was():
    fixes = [Fix(span_of(INDENTED, "nn.init.normal_(self.fc.weight,  # the first layer\n\n                        0.01)"),
                 KeywordArgument(1, "std"), ()),
             Fix(span_of(INDENTED, "nn.init.normal_(self.fc.bias, 0.02)"), KeywordArgument(1, "std"), ()),
             Fix(span_of(INDENTED, "nn.init.uniform_(self.fc.weight, 0.1)"), SymmetricBounds(1), ()),
             Fix(span_of(INDENTED, "nn.init.normal_(self.fc.weight, 0.03)"), KeywordArgument(1, "std"), ())]
    by_statement = fix_apply.rewrite(INDENTED, fixes)
    assert by_statement == fix_apply._rewrite_module(INDENTED, fixes)
    assert by_statement.applied == [0, 1, 2, 3]
    assert "        nn.init.uniform_(self.fc.weight, -0.1, 0.1)\n" in by_statement.source
    assert "                        std=0.01)  # a comment after it\n" in by_statement.source


def test_every_fix_in_a_simple_statement_of_its_own_is_rewritten_dedented():
    source = INDENTED.replace("; x = 1", "").split('        doc = """')[0]
    fixes = [Fix(span_of(source, "nn.init.normal_(self.fc.weight,  # the first layer\n\n                        0.01)"),
                 KeywordArgument(1, "std"), ()),
             Fix(span_of(source, "nn.init.normal_(self.fc.bias, 0.02)"), KeywordArgument(1, "std"), ()),
             Fix(span_of(source, "nn.init.uniform_(self.fc.weight, 0.1)"), SymmetricBounds(1), ())]
    plan = fix_apply._statement_plan(source, fixes)
    assert plan is not None and all(region.cut for region in plan[0])  # (each rewritten apart, dedented)
    by_statement = fix_apply.rewrite(source, fixes)
    assert by_statement == fix_apply._rewrite_module(source, fixes)
    assert by_statement.applied == [0, 1, 2]


# ---------------------------------------------------------------------------
# the second look reads a tree spliced from the lint's (fix.splice), never one that differs from a fresh parse


def _spliced_equals_parse(source: str, fixes) -> bool:
    """Whether the tree the fixer splices for the fixed text is the one `ast.parse` makes of it, positions
    included; True also when it declines to splice (the caller then parses)."""
    outcome = fix_apply.apply_fixes_report(source, fixes, ast.parse(source))
    assert outcome.applied
    made = spliced(ast.parse(source), outcome.regions or [])
    return made is None or ast.dump(made, include_attributes=True) == ast.dump(ast.parse(outcome.source),
                                                                               include_attributes=True)


@pytest.mark.parametrize("name", PAIRS)
def test_the_spliced_tree_of_each_fixture_is_the_parsed_one(name):
    before = (FIXES_DIR / f"{name}.before.py").read_text(encoding="utf-8")
    fixes = _engine_fixes(before)
    if not any(not f.imports and not getattr(f.intent, "import_from", None) for f in fixes):
        pytest.skip("every fix adds an import: the whole module is rewritten and parsed")
    assert _spliced_equals_parse(before, fixes)


NESTED = (
    "import torch.nn as nn\n"
    "\n"
    "\n"
    "@decorated\n"
    "class Net(nn.Module):\n"
    "    def __init__(self, mode):\n"
    "        super().__init__()\n"
    "        try:\n"
    "            with ctx():\n"
    "                nn.init.normal_(self.a.weight, 0.01)\n"
    "        except ValueError:\n"
    "            nn.init.normal_(self.b.weight, 0.02)\n"
    "        finally:\n"
    "            pass\n"
    "        match mode:\n"
    "            case 'x':\n"
    "                nn.init.normal_(self.c.weight, 0.03)\n"
    "        for m in self.modules():\n"
    "            if m: nn.init.normal_(m.weight, 0.04)\n"
    "            else:\n"
    "                nn.init.normal_(m.weight,\n"
    "                                0.05)\n"
    "\n"
    "\n"
    "nn.init.normal_(w, 0.06); nn.init.normal_(v, 0.07)\n"
)


def test_spliced_trees_of_nested_statements_are_the_parsed_ones():
    calls = ["nn.init.normal_(self.a.weight, 0.01)", "nn.init.normal_(self.b.weight, 0.02)",
             "nn.init.normal_(self.c.weight, 0.03)", "nn.init.normal_(m.weight, 0.04)",
             "nn.init.normal_(m.weight,\n                                0.05)", "nn.init.normal_(w, 0.06)",
             "nn.init.normal_(v, 0.07)"]
    for call in calls:
        assert _spliced_equals_parse(NESTED, [Fix(span_of(NESTED, call), KeywordArgument(1, "std"), ())]), call
    fixes = [Fix(span_of(NESTED, call), KeywordArgument(1, "std"), ()) for call in calls]
    assert _spliced_equals_parse(NESTED, fixes)
    outcome = fix_apply.apply_fixes_report(NESTED, fixes, ast.parse(NESTED))
    assert spliced(ast.parse(NESTED), outcome.regions or []) is not None  # (every line kept: spliced, not declined)


def test_splicing_leaves_the_lint_tree_as_it_was():
    tree = ast.parse(NESTED)
    before = ast.dump(tree, include_attributes=True)
    fixes = [Fix(span_of(NESTED, "nn.init.normal_(self.c.weight, 0.03)"), KeywordArgument(1, "std"), ())]
    outcome = fix_apply.apply_fixes_report(NESTED, fixes, tree)
    assert spliced(tree, outcome.regions or []) is not None
    assert ast.dump(tree, include_attributes=True) == before


def _patched(lines: List[str], diff: str) -> List[str]:
    """`lines` with a unified diff applied (a test's own reading of the format, hunk by hunk)."""
    out: List[str] = []
    at = 0
    body = diff.splitlines(keepends=True)[2:]
    k = 0
    while k < len(body):
        header = re.match(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", body[k])
        assert header, body[k]
        start = int(header.group(1)) - (1 if header.group(2) != "0" else 0)
        out.extend(lines[at:start])
        at = start
        k += 1
        while k < len(body) and not body[k].startswith("@@"):
            tag, text = body[k][0], body[k][1:]
            if tag in " -":
                assert lines[at] == text
                at += 1
            if tag in " +":
                out.append(text)
            k += 1
    return out + lines[at:]


def test_a_line_for_line_diff_turns_the_old_text_into_the_new_with_three_lines_of_context():
    import random

    rng = random.Random(7)
    for _ in range(300):
        old = [f"line {rng.randint(0, 5)}\n" for _ in range(rng.randint(1, 60))]
        new = list(old)
        for _ in range(rng.randint(0, 5)):
            new[rng.randrange(len(new))] = f"changed {rng.randint(0, 3)}\n"
        diff = files.unified_diff("m.py", "".join(old), "".join(new))
        assert (diff == "") == (old == new)
        if diff:
            assert diff.startswith("--- m.py\n+++ m.py\n@@ -")
            assert _patched(old, diff) == new
            kept = [line[1:] for line in diff.splitlines(keepends=True)[2:] if line.startswith(" ")]
            assert len(kept) <= sum(1 for line in diff.splitlines() if line.startswith("@@")) * 6 + len(old)

"""Following imports between the files of one CLI run (`init_lint.frontends.project`): a helper, a block or an
activation written in one file and used in another is judged with both, and a finding is reported in the file
its initializer is written in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from init_lint.frontends import cli

HELPERS = """\
import tensorflow as tf


def weight_variable(shape):
    return tf.Variable(tf.zeros(shape))


def bias_variable(shape):
    return tf.Variable(tf.constant(0.1, shape=shape))
"""

MODEL = """\
import tensorflow as tf
from helpers import weight_variable, bias_variable

x = tf.compat.v1.placeholder(tf.float32, [None, 784])
W_fc1 = weight_variable([784, 256])
b_fc1 = bias_variable([256])
h_fc1 = tf.nn.relu(tf.matmul(x, W_fc1) + b_fc1)
W_fc2 = weight_variable([256, 10])
b_fc2 = bias_variable([10])
y = tf.matmul(h_fc1, W_fc2) + b_fc2
"""


def _lint(tmp_path: Path, monkeypatch, capsys, *argv: str):
    monkeypatch.chdir(tmp_path)
    code = cli.main(["--isolated", "--format", "json", *argv])
    out = capsys.readouterr().out
    return code, [(f["path"], f["line"], f["code"]) for f in json.loads(out)]


def _write(tmp_path: Path, files: dict) -> None:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_helper_in_another_file_is_judged_with_its_callers(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": MODEL})
    code, found = _lint(tmp_path, monkeypatch, capsys, "helpers.py", "model.py")
    assert code == 1
    assert found == [("helpers.py", 5, "INI001")]  # in the helper's file, at its zeros


def test_alone_neither_file_says_anything(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": MODEL})
    assert _lint(tmp_path, monkeypatch, capsys, "helpers.py")[1] == []
    assert _lint(tmp_path, monkeypatch, capsys, "model.py")[1] == []


def test_never_turns_following_off(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": MODEL})
    assert _lint(tmp_path, monkeypatch, capsys, "--follow-imports", "never", ".")[1] == []


def test_noqa_in_the_helpers_file_silences_the_finding_there(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"helpers.py": HELPERS.replace("tf.zeros(shape))", "tf.zeros(shape))  # noqa: INI001"),
                      "model.py": MODEL})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == []


def test_a_relative_import_in_a_package_is_followed(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"pkg/__init__.py": "", "pkg/helpers.py": HELPERS,
                      "pkg/model.py": MODEL.replace("from helpers import", "from .helpers import")})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == [("pkg/helpers.py", 5, "INI001")]


def test_an_alias_that_means_something_else_in_the_importer_stops_following(tmp_path, monkeypatch, capsys):
    # `tf` is TensorFlow in the helpers, something else in the model: judging them together would misread one
    model = MODEL.replace("import tensorflow as tf\n", "import tensorflow as tf_real\nimport tflib as tf\n", 1)
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": model})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == []


def test_a_file_that_defines_the_name_itself_keeps_its_own(tmp_path, monkeypatch, capsys):
    model = MODEL.replace("from helpers import weight_variable, bias_variable\n",
                          "from helpers import bias_variable\n\n\ndef weight_variable(shape):\n"
                          "    return tf.Variable(tf.random.truncated_normal(shape, stddev=0.05))\n")
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": model})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == []


@pytest.mark.parametrize("spelling", ["import helpers\n", "import helpers as H\n"])
def test_a_module_imported_whole_is_followed_through_its_attributes(tmp_path, monkeypatch, capsys, spelling):
    """`import helpers` ... `helpers.weight_variable([784, 256])` reads the helper as `from helpers import` does."""
    prefix = "H." if " as H" in spelling else "helpers."
    model = MODEL.replace("from helpers import weight_variable, bias_variable\n", spelling) \
        .replace("weight_variable(", prefix + "weight_variable(").replace("bias_variable(", prefix + "bias_variable(")
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": model})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == [("helpers.py", 5, "INI001")]
    assert _lint(tmp_path, monkeypatch, capsys, "--follow-imports", "never", ".")[1] == []


@pytest.mark.parametrize("spelling", ["from util import helpers\n", "from util import helpers as H\n",
                                      "from . import helpers\n"])
def test_a_module_imported_by_name_from_its_package_is_followed(tmp_path, monkeypatch, capsys, spelling):
    """`from util import helpers` (util/helpers.py) ... `helpers.weight_variable(...)`: a module of the run imported
    by name from its package reads like one imported whole."""
    prefix = "H." if " as H" in spelling else "helpers."
    model = MODEL.replace("from helpers import weight_variable, bias_variable\n", spelling) \
        .replace("weight_variable(", prefix + "weight_variable(").replace("bias_variable(", prefix + "bias_variable(")
    folder = "util/" if spelling.startswith("from util") else "pkg/"
    _write(tmp_path, {folder + "helpers.py": HELPERS, ("net/model.py" if folder == "util/" else "pkg/model.py"): model,
                      "pkg/__init__.py": ""})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == [(folder + "helpers.py", 5, "INI001")]
    assert _lint(tmp_path, monkeypatch, capsys, "--follow-imports", "never", ".")[1] == []


def test_an_attribute_whose_bare_name_the_importer_uses_is_not_followed(tmp_path, monkeypatch, capsys):
    # `weight_variable` read bare too (here a local function of the importer): the attribute is left alone
    model = MODEL.replace("from helpers import weight_variable, bias_variable\n",
                          "import helpers\n\n\ndef weight_variable(shape):\n"
                          "    return tf.Variable(tf.random.truncated_normal(shape, stddev=0.05))\n") \
        .replace("W_fc1 = weight_variable(", "W_fc1 = helpers.weight_variable(")
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": model})
    assert _lint(tmp_path, monkeypatch, capsys, ".")[1] == []


BLOCKS = """\
import torch.nn as nn
import torch.nn.functional as F


class FeedForward(nn.Module):
    def __init__(self, d_model, d_ff=2048):
        super().__init__()
        self.linear_1 = nn.Linear(d_model, d_ff)
        self.linear_2 = nn.Linear(d_ff, d_model)

    def forward(self, x):
        return self.linear_2(F.relu(self.linear_1(x)))
"""

TRANSFORMER = """\
import torch.nn as nn
from blocks import FeedForward


class Model(nn.Module):
    def __init__(self, d_model=512):
        super().__init__()
        self.ff1 = FeedForward(d_model)
        self.ff2 = FeedForward(d_model)
        self.out = nn.Linear(d_model, 10)
        for p in self.parameters():
            if p.dim() > 1:
                nn.init.xavier_uniform_(p)

    def forward(self, x):
        return self.out(self.ff2(self.ff1(x)))
"""


def test_a_block_from_another_file_pairs_with_a_blanket_init(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"blocks.py": BLOCKS, "model.py": TRANSFORMER})
    assert _lint(tmp_path, monkeypatch, capsys, "--follow-imports", "never", ".")[1] == []
    monkeypatch.chdir(tmp_path)
    cli.main(["--isolated", "--format", "json", "."])
    [finding] = json.loads(capsys.readouterr().out)
    assert (finding["path"], finding["line"], finding["code"]) == ("model.py", 13, "INI101")
    assert "but linear_1 feeds relu (line 12 of blocks.py)" in finding["detail"]  # the other file's line, named


DEFINITIONS = """\
from tensorflow.keras.initializers import glorot_normal

GAMMA = 0.99
KERNEL_INITIALIZER = glorot_normal()
"""

ACTOR = """\
import tensorflow as tf

from src.common_definitions import GAMMA, KERNEL_INITIALIZER


def get_actor(num_states, num_actions):
    inputs = tf.keras.layers.Input(shape=(num_states,))
    out = tf.keras.layers.Dense(256, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(inputs)
    out = tf.keras.layers.Dense(256, activation="relu", kernel_initializer=KERNEL_INITIALIZER)(out)
    return tf.keras.Model(inputs, tf.keras.layers.Dense(num_actions, activation="tanh")(out))
"""


def test_an_initializer_object_defined_in_another_file_is_judged_where_it_is_made(tmp_path, monkeypatch, capsys):
    # (a module-level `KERNEL_INITIALIZER = glorot_normal()` imported by name and handed to ReLU layers: appended
    # after the importer's own text, it is read as a function reads it when it runs)
    _write(tmp_path, {"src/common_definitions.py": DEFINITIONS, "src/model.py": ACTOR})
    code, found = _lint(tmp_path, monkeypatch, capsys, "src/common_definitions.py", "src/model.py")
    assert code == 1
    assert found == [("src/common_definitions.py", 4, "INI101")]
    assert _lint(tmp_path, monkeypatch, capsys, "src/model.py")[1] == []  # (alone: the object is not known)


def test_a_broken_neighbour_is_not_followed_and_breaks_nothing(tmp_path, monkeypatch, capsys):
    _write(tmp_path, {"helpers.py": "def weight_variable(shape:\n    return tf.Variable(tf.zeros(shape))\n",
                      "model.py": MODEL})
    code, found = _lint(tmp_path, monkeypatch, capsys, ".")
    assert found == [("helpers.py", 1, "INI900")]


def test_output_is_the_same_whatever_the_order_and_the_jobs(tmp_path, monkeypatch, capsys):
    files = {"helpers.py": HELPERS, "model.py": MODEL, "model2.py": MODEL.replace("784", "100")}
    _write(tmp_path, files)
    first = _lint(tmp_path, monkeypatch, capsys, "model2.py", "helpers.py", "model.py")
    second = _lint(tmp_path, monkeypatch, capsys, "--jobs", "2", "model.py", "model2.py", "helpers.py")
    assert first == second
    assert first[1] == [("helpers.py", 5, "INI001")]  # one finding, though two files call the helper


@pytest.mark.parametrize("setting", ["auto", "always", "never"])
def test_the_setting_is_read_from_pyproject(tmp_path, monkeypatch, capsys, setting):
    _write(tmp_path, {"helpers.py": HELPERS, "model.py": MODEL,
                      "pyproject.toml": f'[tool.init-lint]\nfollow-imports = "{setting}"\n'})
    monkeypatch.chdir(tmp_path)
    cli.main(["--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert len(found) == (0 if setting == "never" else 1)

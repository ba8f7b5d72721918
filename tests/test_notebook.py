"""Notebooks: IPython syntax neutralised, cells joined, findings mapped to cells."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from init_lint.frontends import cli
from init_lint.frontends.notebook import build_source, code_cells, lint_notebook, neutralise_cell

DATA = Path(__file__).resolve().parent / "data" / "frontend"
ZERO_INIT_BODY = (DATA / "numpy_zero_init.py").read_text().split("\n", 1)[1]  # without `import numpy as np`


def notebook(*cells, language="python", nbformat=4) -> bytes:
    """A notebook file: each cell is ("code" | "markdown", source)."""

    def cell(kind, source):
        lines = source.splitlines(keepends=True)
        if kind == "code":
            return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": lines}
        return {"cell_type": kind, "metadata": {}, "source": lines}

    metadata = {"language_info": {"name": language}}
    if nbformat == 3:
        worksheet = [{"cell_type": k, "input": s, "outputs": []} if k == "code" else cell(k, s) for k, s in cells]
        document = {"metadata": metadata, "nbformat": 3, "worksheets": [{"cells": worksheet}]}
    else:
        document = {"cells": [cell(k, s) for k, s in cells], "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(document, indent=1).encode()


def located(findings):
    return [(f.cell, f.line, f.col, f.code) for f in findings]


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def invoke(*argv):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


# --- neutralising IPython syntax (engine-independent) ----------------------------


def test_line_magics_shell_and_help_lines_are_blanked_in_place():
    cell = "%matplotlib inline\n!pip install numpy\nfiles = !ls\nt = %timeit -o f()\n?np.zeros\nnp.zeros??\nx = 1\n"
    assert neutralise_cell(cell) == ["", "", "", "", "", "", "x = 1"]


def test_indented_magic_becomes_pass_so_the_block_still_parses():
    lines = neutralise_cell("for i in range(3):\n    %time f(i)\n")
    assert lines == ["for i in range(3):", "    pass"]
    compile("\n".join(lines), "<cell>", "exec")


def test_a_cell_that_starts_indented_runs_dedented_as_in_ipython():
    # code pasted with its indentation: IPython removes the first line's indentation from every line
    body = "".join("    " + line + "\n" for line in ZERO_INIT_BODY.strip("\n").splitlines())
    findings = lint_notebook(notebook(("code", "import numpy as np\n"), ("code", body)), "nb.ipynb")
    assert [(f.code, f.cell, f.line, f.col) for f in findings] == [("INI001", 2, 2, 13)]  # the cell's own column


def test_a_line_of_spaces_above_a_cell_does_not_dedent_it():
    # IPython drops leading blank lines (spaces only) before it looks at the first line's indentation
    data = notebook(("code", "import numpy as np\n"), ("code", "    \ndef f(x):\n    return np.zeros(x)\n"))
    assert [f.code for f in lint_notebook(data, "nb.ipynb")] == []


def test_a_cell_indented_after_its_first_line_is_still_a_syntax_error():
    data = notebook(("code", "# loss\n    loss = 0\n"))
    assert [(f.code, f.cell) for f in lint_notebook(data, "nb.ipynb")] == [("INI900", 1)]


def test_non_python_cell_magic_blanks_the_whole_cell():
    assert neutralise_cell("%%bash\necho hi\nif [ -d x ]; then ls; fi\n") == ["", "", ""]


def test_a_cell_magic_under_a_colab_form_title_still_blanks_the_cell():
    cell = "# @title Answer to the math task\n%%latex\n\\begin{aligned} f(x) & = 6x^4 \\\\ \\end{aligned}\n"
    assert neutralise_cell(cell) == ["", "", ""]


def test_python_cell_magic_keeps_the_body():
    assert neutralise_cell("%%time\nW = np.zeros((3, 4))\n!ls\n") == ["", "W = np.zeros((3, 4))", ""]


def test_percent_and_question_marks_inside_python_are_left_alone():
    cell = 'y = (a\n     % b)\ntext = """\n%not a magic\nreally?\n"""\nz = x  # why?\n'
    assert neutralise_cell(cell) == cell.splitlines()


def test_magic_with_backslash_continuation_is_blanked_entirely():
    assert neutralise_cell("!pip install \\\n    numpy\nx = 1\n") == ["", "", "x = 1"]


def test_cells_are_joined_with_a_line_map():
    cells = [(2, "import numpy as np\n"), (4, "%matplotlib inline\nW = np.zeros((3, 4))")]
    nb = build_source(cells)
    assert nb.source == "import numpy as np\n\nW = np.zeros((3, 4))\n"
    assert nb.origins == [(2, 1), (4, 1), (4, 2)]


def test_code_cells_are_numbered_among_all_cells():
    data = notebook(("markdown", "# title\n"), ("code", "a = 1\n"), ("raw", "x"), ("code", "b = 2"))
    assert code_cells(data) == [(2, "a = 1\n"), (4, "b = 2")]


def test_nbformat_3_and_string_sources_are_read():
    assert code_cells(notebook(("code", "a = 1\n"), nbformat=3)) == [(1, "a = 1\n")]
    document = {"cells": [{"cell_type": "code", "source": "a = 1\nb = 2\n"}], "metadata": {}, "nbformat": 4}
    assert code_cells(json.dumps(document).encode()) == [(1, "a = 1\nb = 2\n")]


def test_non_python_notebook_has_nothing_to_lint():
    assert code_cells(notebook(("code", "W <- matrix(0, 3, 4)\n"), language="R")) == []


@pytest.mark.parametrize(
    "data, reason",
    [
        (b'{"cells": [', "JSON"),
        (b"\xff\xfe\x00garbage", "JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"metadata": {}}', "no 'cells'"),
        (b'{"cells": [{"cell_type": "code", "source": 5}]}', "cell 1"),
    ],
)
def test_broken_notebook_is_one_ini900_finding(data, reason):
    [finding] = lint_notebook(data, "nb.ipynb")
    assert (finding.code, finding.path, finding.line) == ("INI900", "nb.ipynb", 1)
    assert reason in finding.message


def test_cell_with_a_syntax_error_is_reported_and_skipped():
    data = notebook(("code", "import numpy as np\n"), ("code", "x = 1\ndef broken(:\n"), ("code", "y = 2\n"))
    assert located(lint_notebook(data, "nb.ipynb")) == [(2, 2, 0, "INI900")]


# --- findings mapped to cells (needs the engine) ---------------------------------


def test_fixture_notebook_finding_is_in_cell_4(run):
    code, out, err = run(DATA / "notebook.ipynb")
    assert code == 1 and err == ""
    [line] = out.splitlines()
    assert line.startswith(f"{DATA / 'notebook.ipynb'}:cell_4:4:10: INI001 W1: ")


def test_imports_in_an_earlier_cell_resolve_later_cells():
    # `tnn` is not a conventional alias: only the import in cell 1 says it is torch.nn.
    model = (DATA / "torch_normal_mean.py").read_text().split("\n", 1)[1].replace("nn.", "tnn.")
    data = notebook(("code", "import torch.nn as tnn\n"), ("markdown", "The model"), ("code", model))
    assert located(lint_notebook(data, "nb.ipynb")) == [(3, 9, 16, "INI006")]


def test_finding_positions_after_magics_and_skipped_cells():
    cells = (
        ("code", "%load_ext autoreload\nimport numpy as np\n"),
        ("code", "%%bash\nls\n"),
        ("code", "!nvidia-smi\n" + ZERO_INIT_BODY),
    )
    # ZERO_INIT_BODY has W1 on its 4th line; the shell line pushes it to 5.
    assert located(lint_notebook(notebook(*cells), "nb.ipynb")) == [(3, 5, 9, "INI001")]


def test_noqa_inside_a_cell():
    body = ZERO_INIT_BODY.replace("np.zeros((n_h, n_x))", "np.zeros((n_h, n_x))  # noqa: INI001")
    assert lint_notebook(notebook(("code", "import numpy as np\n"), ("code", body)), "nb.ipynb") == []


def test_broken_notebook_shows_in_every_format_and_the_run_goes_on(run, tmp_path):
    (tmp_path / "broken.ipynb").write_bytes((DATA / "broken.ipynb").read_bytes())
    (tmp_path / "good.ipynb").write_bytes((DATA / "notebook.ipynb").read_bytes())
    code, out, _ = run(".")
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("broken.ipynb:1:1: INI900 ") and "not a valid notebook" in lines[0]
    assert lines[1].startswith("good.ipynb:cell_4:4:10: INI001")
    records = json.loads(run(".", "--format", "json")[1])
    assert [(r["path"], r["cell"], r["code"]) for r in records] == [("broken.ipynb", None, "INI900"), ("good.ipynb", 4, "INI001")]
    assert "title=INI900::" in run(".", "--format", "github")[1]
    results = json.loads(run(".", "--format", "sarif")[1])["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["INI900", "INI001"]


def test_a_later_cell_that_assigns_a_name_again_defines_it_anew():
    # RULES "Notebooks": the first W is trained (cells 2-3) before cell 4 assigns W again; both are judged
    data = notebook(
        ("code", "import torch\nX = torch.randn(100, 2)\n"),
        ("code", "W = torch.rand(2, 1, requires_grad=True)\n"),
        ("code", "loss = (X @ W).pow(2).mean()\nloss.backward()\nwith torch.no_grad():\n    W -= 0.1 * W.grad\n"),
        ("code", "W = torch.rand(2, 1)\nW.requires_grad_()\nopt = torch.optim.SGD([W], lr=0.1)\n"),
    )
    assert located(lint_notebook(data, "nb.ipynb")) == [(2, 1, 4, "INI005"), (4, 1, 4, "INI005")]


def test_a_fill_that_is_never_read_before_the_next_assignment_is_still_an_overwrite():
    data = notebook(
        ("code", "import numpy as np\nW1 = np.zeros((20, 10))\n"),
        ("code", "W1 = np.random.randn(20, 10) * np.sqrt(2 / 10)\nW2 = np.random.randn(1, 20) * np.sqrt(2 / 20)\n"),
        ("code", "def forward(X):\n    return W2 @ np.maximum(0, W1 @ X)\n"),
    )
    assert lint_notebook(data, "nb.ipynb") == []


def test_a_later_cell_that_applies_another_init_shows_the_next_step_and_hides_nothing():
    # RULES "Notebooks": each cell's `net.apply(...)` is one step of the walk-through, judged as it stands; a
    # second apply in the same cell still replaces the first (a plain script's overwrite)
    net = "import torch\nfrom torch import nn\nnet = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))\n"
    small = "def init_normal(m):\n    if type(m) == nn.Linear:\n        nn.init.normal_(m.weight, mean=0, std=0.01)\n"
    ones = "def init_constant(m):\n    if type(m) == nn.Linear:\n        nn.init.constant_(m.weight, 1)\n"
    he = "def init_he(m):\n    if type(m) == nn.Linear:\n        nn.init.kaiming_normal_(m.weight, nonlinearity='relu')\n"
    data = notebook(("code", net), ("code", small + "net.apply(init_normal)\n"),
                    ("code", ones + "net.apply(init_constant)\n"))
    assert located(lint_notebook(data, "nb.ipynb")) == [(2, 3, 8, "INI003"), (3, 3, 8, "INI002")]
    same_cell = notebook(("code", net), ("code", small + he + "net.apply(init_normal)\nnet.apply(init_he)\n"))
    assert lint_notebook(same_cell, "nb.ipynb") == []


def test_an_init_applied_to_one_indexed_layer_covers_that_layer_only():
    # `net[2].apply(init_42)`: the output layer alone (its constant is still INI002), not net[0] feeding ReLU
    data = notebook(("code", "import torch\nfrom torch import nn\n"
                             "net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))\n"
                             "def init_42(m):\n    if type(m) == nn.Linear:\n        nn.init.constant_(m.weight, 42)\n"
                             "net[2].apply(init_42)\n"))
    [f] = lint_notebook(data, "nb.ipynb")
    assert f.code == "INI002" and "feeds relu" not in f.message
    head = notebook(("code", "import torch\nfrom torch import nn\n"
                             "net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))\n"
                             "def init_zero(m):\n    if type(m) == nn.Linear:\n        nn.init.zeros_(m.weight)\n"
                             "net[2].apply(init_zero)\n"))
    assert lint_notebook(head, "nb.ipynb") == []  # a zero head (RULES: must stay silent)


# --- course exercise placeholders ----------------------------------------------------


def test_exercise_placeholders_are_filled_so_the_rest_of_the_cell_is_judged():
    exercise = (
        "import numpy as np\n"
        "class Dense:\n"
        "    def __init__(self, n_in, n_out):\n"
        "        self.weights = np.zeros((n_in, n_out))\n"
        "    def backward(self, x, grad_output):\n"
        "        grad_input = #<your code here>\n"
        "        return <YOUR CODE>\n"
        "net = [Dense(784, 100), Dense(100, 10)]\n"
        "for layer in net:\n"
        "    layer.weights -= 0.1 * layer.backward(None, None)\n"
    )
    nb = build_source(code_cells(notebook(("code", exercise))), "exercise.ipynb")
    assert nb.cell_errors == []  # both placeholders became `...`
    lines = nb.source.splitlines()
    assert lines[5] == "        grad_input = ..." and lines[6] == "        return ..."
    assert len(lines) == exercise.count("\n")  # positions of every other line unchanged


def test_a_keyword_left_empty_for_the_student_is_filled():
    exercise = (
        "import haiku as hk\n"
        "import jax.numpy as jnp\n"
        "lookup_table = hk.get_parameter(\n"
        "    name='position_embedding',\n"
        "    shape=, # FILL ME IN\n"
        "    init=jnp.zeros)\n"
    )
    nb = build_source(code_cells(notebook(("code", exercise))), "exercise.ipynb")
    assert nb.cell_errors == []
    assert nb.source.splitlines()[4] == "    shape=..., # FILL ME IN"


def test_a_real_syntax_error_still_gives_one_ini900_for_its_cell():
    nb = build_source(code_cells(notebook(("code", "def f(:\n    return 1\n"))), "broken.ipynb")
    assert [(f.cell, f.line, f.code) for f in nb.cell_errors] == [(1, 1, "INI900")]


def test_python2_print_cell_is_rewritten_not_reported():
    """A Python 2 notebook (`print x`): the cell is analysed with its print statements written for Python 3 on
    the same lines, so its weights are judged and no INI900 hides them."""
    data = notebook(
        ("code", "import numpy as np"),
        ("code", "W1 = np.zeros((256, 784))\nprint W1.shape\nb1 = np.zeros((256, 1))\n"
                 "A1 = np.maximum(0, np.dot(W1, X) + b1)\nW2 = np.random.randn(10, 256) * 0.01\n"
                 "A2 = np.dot(W2, A1)\nW1 -= 0.1 * dW1\nprint 'step', A2.mean()"),
    )
    assert located(lint_notebook(data, "nb.ipynb")) == [(2, 1, 5, "INI001")]


def test_python3_syntax_error_cell_still_reported():
    data = notebook(("code", "import numpy as np"), ("code", "W = np.zeros((3, 3)\nprint(W"))
    assert [f.code for f in lint_notebook(data, "nb.ipynb")] == ["INI900"]


def test_names_and_arguments_left_to_write_and_empty_bodies_are_filled():
    exercise = (
        "import jax\n"
        "import flax.linen as nn\n"
        "class Network(nn.Module):\n"
        "    @nn.compact\n"
        "    def __call__(self, x):\n"
        "        x = nn.Dense(128, kernel_init=nn.initializers.zeros)(x)\n"
        "        logits = model... # update me\n"
        "        return x\n"
        "    def loss(self, x):\n"
        "        # <YOUR CODE>\n"
        "\n"
        "    def predict(self, x):\n"
        "        return self(x)\n"
        "plot_activation(jax.nn.relu, label=....) # update this\n"
        "params = batch_gradient_descent ... # update me\n"
        "model = Network... # update me\n"
    )
    nb = build_source(code_cells(notebook(("code", exercise))), "exercise.ipynb")
    assert nb.cell_errors == []
    lines = nb.source.splitlines()
    assert lines[6] == "        logits = ..." and lines[9] == "        ..."
    assert lines[13:16] == ["...", "params = ...", "model = ..."]
    assert len(lines) == exercise.count("\n")


def test_a_cell_that_stays_broken_is_reported_as_a_cell():
    nb = build_source(code_cells(notebook(("code", "x = (1,\n"), ("code", "import numpy as np\n"))), "nb.ipynb")
    [error] = nb.cell_errors
    assert error.cell == 1 and "could not analyse this cell (the others were linted)" in error.message


def test_automagic_lines_run_as_magics_and_are_no_syntax_error():
    # IPython's automagic (on by default) runs `pip install x`, `ls -lah | grep _w`, `timeit f()` as the magics
    # they name (issue 17: valid in IPython, no INI900); the rest of the notebook is judged
    data = notebook(("code", "import numpy as np\n"), ("code", "pip install --upgrade pyDOE\n"),
                    ("code", "ls -lah | grep _w\n"), ("code", "for n in (1, 2):\n    timeit np.zeros(n)\n"),
                    ("code", ZERO_INIT_BODY))
    findings = lint_notebook(data, "nb.ipynb")
    assert [f.code for f in findings] == ["INI001"] and findings[0].cell == 5


def test_a_name_of_a_magic_used_as_python_stays_python_and_a_real_error_stays_reported():
    # `time = 3` is Python (no magic); `ls -l` fixed, the cell's real syntax error is still the one reported
    data = notebook(("code", "time = 3\nls -l\nW = np.zeros((3, 3)\n"))
    [f] = lint_notebook(data, "nb.ipynb")
    assert f.code == "INI900" and f.cell == 1 and f.line == 3
    assert neutralise_cell("time = 3\n") == ["time = 3"]

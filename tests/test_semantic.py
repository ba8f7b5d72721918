"""Behaviour the ast model changed on purpose against the libcst one (issue 16's closing note lists them)."""

from __future__ import annotations

import textwrap

from init_lint.engine import lint_source

_ONE_LINE_LOOP = textwrap.dedent(
    """\
    import numpy as np


    def initialize_parameters(layer_dims):
        parameters = {}
        L = len(layer_dims)
        for l in range(1, L): parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        return parameters


    def forward(X, parameters):
        A = X
        for l in range(1, 3):
            A = np.maximum(0, parameters["W" + str(l)] @ A)
        return A
    """
)


def test_a_body_on_its_headers_line_is_analysed():
    """libcst's SimpleStatementSuite (`for l in ...: stmt`) was never looked into; ast has one kind of body."""
    found = [(f.line, f.code) for f in lint_source(_ONE_LINE_LOOP, "m.py")]
    assert found == [(7, "INI001")]
    multi = _ONE_LINE_LOOP.replace("L): parameters", "L):\n        parameters")
    assert [(f.line, f.code) for f in lint_source(multi, "m.py")] == [(8, "INI001")]


def test_columns_are_characters_not_utf8_bytes():
    source = "import numpy as np\nétat = 1; W1 = np.random.randn(784, 100) * 10\nh = np.tanh(W1 @ x)\n"
    found = lint_source(source, "m.py")
    line = source.splitlines()[1]
    assert line.index("np.random") != len(line[: line.index("np.random")].encode("utf-8"))
    assert [(f.line, f.col, f.code) for f in found] == [(2, line.index("np.random"), "INI004")]


def test_messages_are_one_line_even_for_code_written_over_several_lines():
    source = textwrap.dedent(
        """\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc1 = nn.Linear(784, 256)
                nn.init.uniform_(
                    self.fc1.weight,
                    0.1,
                )
        """
    )
    found = lint_source(source, "m.py")
    assert [f.code for f in found] == ["INI006"]
    assert "\n" not in found[0].message and "  " not in found[0].message

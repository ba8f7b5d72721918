"""Behaviour the ast model changed on purpose against the libcst one (issue 16's closing note lists them)."""

from __future__ import annotations

import ast
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
    source = "import numpy as np\nétat = 1; W1 = np.random.randn(784, 100) * 10\nh = np.tanh(W1 @ x)\nW1 -= lr * dW1\n"
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


# ---------------------------------------------------------------- speed paths (issue 16): same answers, less work

def _model(source: str):
    import ast

    from init_lint.semantic.astutil import SourceText
    from init_lint.semantic.evaluator import Evaluator, module_constants
    from init_lint.semantic.imports import ImportTable
    from init_lint.semantic.model import Builder

    tree = ast.parse(source)
    imports = ImportTable()
    imports.collect(tree.body)
    return Builder(tree, SourceText(source), imports, Evaluator(imports, module_constants(tree, imports))).build()


def test_a_key_spelling_bound_in_a_nested_block_still_names_the_subscript():
    """key_locals looks for `name = <key spelling>` among the statements first; one inside if/try/with/for
    blocks must still be found (and one in a nested def must not count for the outer function)."""
    import ast

    from init_lint.semantic.model import _dict_key

    source = textwrap.dedent(
        """\
        def init(params, i):
            try:
                if i:
                    w_name = 'W%d' % i
            finally:
                pass
            params[w_name] = 0

        def other(params, i):
            def inner():
                b_name = 'b%d' % i
            params[b_name] = 0
        """
    )
    model = _model(source)
    subs = [n for n in ast.walk(model.module) if isinstance(n, ast.Subscript)]
    assert [_dict_key(s) for s in subs] == ["W*", None]


def test_line_starts_match_the_tokenizer_split():
    from init_lint.semantic.astutil import _LINE_BREAK, SourceText

    for text in ["", "a", "a\n", "\n\n", "ab\ncd\n\nef", "a\r\nb\rc\nd", "x\x0cy\nz"]:
        expected = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        assert SourceText(text)._line_starts() == expected


def test_dataflow_and_write_keys_are_made_only_when_asked():
    """The dataflow runs on the first rule that reads `Context.facts`; assignment targets become write keys
    when the first site's overwrite is asked. Both give what the eager walk gave."""
    from init_lint.options import DEFAULT_OPTIONS
    from init_lint.semantic.context import Context
    from init_lint.semantic.flow import Flow
    from init_lint.semantic.model import settle_writes

    source = textwrap.dedent(
        """\
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc1 = nn.Linear(784, 256)
                self.fc2 = nn.Linear(256, 10)
                nn.init.normal_(self.fc1.weight, std=10)
                self.fc1.weight.data = self.fc1.weight.data * 0

            def forward(self, x):
                return self.fc2(nn.functional.relu(self.fc1(x)))
        """
    )
    model = _model(source)
    site = model.sites[0]
    scope = id(model.classes["Net"].methods["__init__"])
    assert model.writes["self.fc1.weight"] == [(site.order, scope)]  # the init call itself, written at once
    assert len(model.pending_writes) == 3  # self.fc1 = ..., self.fc2 = ..., self.fc1.weight.data = ...
    ctx = Context(model, None, DEFAULT_OPTIONS, "m.py")
    assert "facts" not in vars(ctx)
    assert ctx.facts == Flow(model).run() and "Net.fc1" in ctx.facts.hidden
    assert ctx.overwritten(site)
    assert not model.pending_writes
    assert model.writes["self.fc1.weight"] == [(site.order, scope), (site.order + 1, scope)]
    settle_writes(model)  # a second call changes nothing
    assert model.writes["self.fc1.weight"] == [(site.order, scope), (site.order + 1, scope)]


def test_node_index_holds_every_node_of_a_type_in_walk_order():
    """Model.nodes_of (the one walk behind Context's whole-file questions) gives what a walk filtered by type
    gives: decorators, continuation lines, \\r line ends and non-ASCII text included; and Context._called reads
    bare-name calls from it."""
    from init_lint.options import DEFAULT_OPTIONS
    from init_lint.semantic.astutil import walk
    from init_lint.semantic.context import Context

    sources = [
        "class Net:\n    pass\n\n@register(Net(1))\ndef f():\n    return 1\n",
        "class Net:\n    pass\nx = Net \\\n    (2)\n",
        "class Net:\n    pass\r\ny = [1,\r     Net(3)]\r",
        "class Net:\n    pass\nd = {}\nd[Net()] = 'é'\n",
        "class Net:\n    pass\nNetwork(1)\n",
        "class Net:\n    pass\nx = 1\n",
        "class Net(Base):\n    pass\nclass Sub(Net):\n    def Net(self):\n        return 1\n",
        "class Net:\n    pass\nx = \uff2e\uff45\uff54(1)\n",  # fullwidth letters: the parser's Name is `Net`
    ]
    for text in sources:
        model = _model(text)
        nodes = list(walk(model.module))
        for t in (ast.Call, ast.Name, ast.Assign, ast.ClassDef, ast.Attribute):
            assert model.nodes_of(t) == [n for n in nodes if type(n) is t], (text, t)
        expected = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Net"
                       for n in nodes)
        assert Context(model, None, DEFAULT_OPTIONS, "m.py")._called("Net") == expected, text

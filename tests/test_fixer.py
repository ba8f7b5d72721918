"""The fixer: libcst rewrites of one expression per fix, and writing files back.

Three groups:
* codemod fixtures (fixtures/fixes/NAME.before.py -> NAME.after.py) through
  the real engine -- they need `init_lint.analysis`;
* `apply_fixes` with hand-made `Fix` objects;
* `fix_source` / `fix_paths` with a stand-in rule (monkeypatched `analyze`),
  so file handling is tested independently of the rules.
"""

from __future__ import annotations

import ast
import os
import re
import stat
from pathlib import Path
from typing import List

import pytest

from init_lint import fixer
from init_lint.finding import Finding, Fix
from init_lint.fixer import apply_fixes, apply_fixes_with_report, fix_paths, fix_source
from init_lint.options import Options

FIXES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "fixes"
PAIRS = sorted(p.name[: -len(".before.py")] for p in FIXES_DIR.glob("*.before.py"))


def position(source: str, offset: int):
    """(1-based line, 0-based column) of a character offset."""
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1)


def span_of(source: str, snippet: str, nth: int = 0):
    """(line, col, end_line, end_col) of the nth occurrence of `snippet`."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(snippet, start + 1)
    return (*position(source, start), *position(source, start + len(snippet)))


def fix_at(source: str, snippet: str, replacement: str, imports=(), nth: int = 0) -> Fix:
    return Fix(*span_of(source, snippet, nth), replacement, tuple(imports))


# ---------------------------------------------------------------------------
# Codemod fixtures through the real engine
# ---------------------------------------------------------------------------


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

    fixed, applied, skipped = fix_source(before, f"{name}.before.py", Options())

    assert skipped == []
    assert applied, "no fix was applied"
    assert {f.code for f in applied} == {expected_code}
    assert fixed == after


@pytest.mark.parametrize("name", PAIRS)
def test_fixture_after_is_a_fixed_point(name):
    after = (FIXES_DIR / f"{name}.after.py").read_text(encoding="utf-8")

    fixed, applied, skipped = fix_source(after, f"{name}.after.py", Options())

    assert (fixed, applied, skipped) == (after, [], [])


# ---------------------------------------------------------------------------
# apply_fixes with hand-made fixes
# ---------------------------------------------------------------------------

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


def test_replaces_only_the_span_and_keeps_everything_else():
    fix = fix_at(TORCH_SOURCE, "nn.init.normal_(m.weight,   0.02)", "nn.init.normal_(m.weight, std=0.02)")

    result = apply_fixes(TORCH_SOURCE, [fix])

    assert result == TORCH_SOURCE.replace(
        "nn.init.normal_(m.weight,   0.02)   # meant std", "nn.init.normal_(m.weight, std=0.02)   # meant std"
    )


def test_no_fixes_returns_the_source_unchanged():
    assert apply_fixes(TORCH_SOURCE, []) == TORCH_SOURCE


def test_keeps_the_parentheses_around_the_replaced_expression():
    source = "W = ( np.random.randn(4, 3) * 10 )  # scale\n"
    fix = fix_at(source, "np.random.randn(4, 3) * 10", "np.random.randn(4, 3) * np.sqrt(2 / 3)")

    assert apply_fixes(source, [fix]) == "W = ( np.random.randn(4, 3) * np.sqrt(2 / 3) )  # scale\n"


def test_parenthesises_a_looser_replacement_where_precedence_needs_it():
    source = "y = -scale\nz = scale.T\n"
    fixes = [fix_at(source, "scale", "a + b"), fix_at(source, "scale", "a + b", nth=1)]

    result = apply_fixes(source, fixes)

    assert result == "y = -(a + b)\nz = (a + b).T\n"
    assert ast.dump(ast.parse(result).body[0].value) == ast.dump(ast.parse("-(a + b)", mode="eval").body)


def test_no_parentheses_where_any_expression_fits():
    source = "w = 10\nf(10, k=10)\n"
    fixes = [
        fix_at(source, "10", "2 / n"),
        fix_at(source, "10", "2 / n", nth=1),
        fix_at(source, "10", "2 / n", nth=2),
    ]

    assert apply_fixes(source, fixes) == "w = 2 / n\nf(2 / n, k=2 / n)\n"


def test_multi_line_expression_is_replaced_and_other_lines_kept():
    source = "layer = Dense(\n    64,\n    kernel_initializer='glorot_uniform',  # explicit\n)\n"
    fix = fix_at(source, "'glorot_uniform'", "'he_uniform'")

    assert apply_fixes(source, [fix]) == source.replace("glorot_uniform", "he_uniform")


def test_crlf_source_keeps_its_line_endings():
    source = "import numpy as np\r\n\r\nW = np.random.randn(3, 4) * 10  # big\r\n"
    fix = fix_at(source, "np.random.randn(3, 4) * 10", "np.random.randn(3, 4) * np.sqrt(2 / 4)")

    assert apply_fixes(source, [fix]) == source.replace("* 10", "* np.sqrt(2 / 4)")


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
    result = apply_fixes(NUMPY_SOURCE, _numpy_fixes(NUMPY_SOURCE))

    assert result == NUMPY_SOURCE.replace(
        "import torch\n", "import numpy as np\nimport torch\n"
    ).replace("* 10\n    W2", "* np.sqrt(2 / n_x)\n    W2").replace("* 10\n", "* np.sqrt(2 / n_h)\n")
    assert result.count("import numpy as np") == 1


@pytest.mark.parametrize(
    "existing",
    [
        "import numpy as np\n",
        "import numpy as np, os\n",
        "try:\n    import numpy as np\nexcept ImportError:\n    np = None\n",
    ],
)
def test_import_is_not_added_when_the_alias_already_resolves_to_it(existing):
    source = NUMPY_SOURCE.replace("import torch\n", "import torch\n" + existing)

    result = apply_fixes(source, _numpy_fixes(source))

    assert result.count("import numpy as np") == source.count("import numpy as np")
    assert "np.sqrt(2 / n_x)" in result and "np.sqrt(2 / n_h)" in result


def test_import_inside_the_function_counts():
    source = "def init(n):\n    import numpy as np\n    return np.ones((n, n)) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(1 / n)", ["import numpy as np"])

    assert apply_fixes(source, [fix]) == source.replace("* 10", "* np.sqrt(1 / n)")


def test_unaliased_numpy_import_does_not_provide_np():
    source = "import numpy\n\nW = numpy.random.randn(3, 4) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(2 / 4)", ["import numpy as np"])

    expected = "import numpy as np\nimport numpy\n\nW = numpy.random.randn(3, 4) * np.sqrt(2 / 4)\n"
    assert apply_fixes(source, [fix]) == expected


def test_fix_is_skipped_when_the_alias_names_something_else():
    source = "import jax.numpy as np\n\nW = np.ones((3, 4)) * 10\n"
    fix = fix_at(source, "10", "np.sqrt(2 / 4)", ["import numpy as np"])

    outcome = apply_fixes_with_report(source, [fix])

    assert outcome.source == source
    assert outcome.applied == []
    assert "`np` already names something else" in outcome.skipped[0][1]


def test_import_goes_below_header_comments_and_coding_cookie():
    source = "# -*- coding: utf-8 -*-\n# Copyright.\nW = randn(3, 4) * 10\n"
    fix = fix_at(source, "10", "math.sqrt(2 / 4)", ["import math"])

    result = apply_fixes(source, [fix])

    assert result == "# -*- coding: utf-8 -*-\n# Copyright.\nimport math\n\nW = randn(3, 4) * math.sqrt(2 / 4)\n"


def test_import_after_a_docstring_only_module_prefix():
    source = '"""Doc."""\nW = randn(3, 4) * 10\n'
    fix = fix_at(source, "10", "math.sqrt(0.5)", ["import math"])

    assert apply_fixes(source, [fix]) == '"""Doc."""\n\nimport math\n\nW = randn(3, 4) * math.sqrt(0.5)\n'


# --- overlapping, invalid and stale fixes ------------------------------------


def test_overlapping_fixes_apply_the_first_and_skip_the_rest():
    source = "W = np.random.randn(3, 4) * 10\n"
    whole = fix_at(source, "np.random.randn(3, 4) * 10", "np.random.randn(3, 4) * 0.5")
    inner = fix_at(source, "10", "0.1")
    duplicate = fix_at(source, "np.random.randn(3, 4) * 10", "np.random.randn(3, 4) * 0.5")

    outcome = apply_fixes_with_report(source, [whole, inner, duplicate])

    assert outcome.source == "W = np.random.randn(3, 4) * 0.5\n"
    assert outcome.applied == [0]
    assert [i for i, _ in outcome.skipped] == [1, 2]
    assert all("overlaps" in reason for _, reason in outcome.skipped)


def test_adjacent_fixes_do_not_overlap():
    source = "f(a,b)\n"
    outcome = apply_fixes_with_report(source, [fix_at(source, "a", "x"), fix_at(source, "b", "y")])

    assert outcome.source == "f(x,y)\n"
    assert outcome.applied == [0, 1]


def test_fix_whose_result_would_not_parse_leaves_the_source_alone():
    source = "x = 1\nW = x * 10\n"
    # Replacing an assignment target by a call makes `f() = 1`.
    fix = fix_at(source, "x", "f()")

    outcome = apply_fixes_with_report(source, [fix])

    assert outcome.source == source
    assert outcome.applied == []
    assert "would not parse" in outcome.skipped[0][1]


def test_replacement_that_is_not_an_expression_is_skipped():
    source = "w = 1\n"
    outcome = apply_fixes_with_report(source, [fix_at(source, "1", "x = 2")])

    assert outcome.source == source
    assert "invalid code" in outcome.skipped[0][1]


def test_fix_for_a_span_with_no_expression_is_skipped():
    source = "w = np.random.randn(3, 4)\n"
    stale = Fix(1, 2, 1, 9, "zeros")  # "= np.ra" is no expression

    outcome = apply_fixes_with_report(source, [stale])

    assert outcome.source == source
    assert "no expression" in outcome.skipped[0][1]


def test_source_that_does_not_parse_is_returned_unchanged():
    source = "def f(:\n    w = 1\n"
    outcome = apply_fixes_with_report(source, [Fix(2, 8, 2, 9, "2")])

    assert outcome.source == source
    assert "does not parse" in outcome.skipped[0][1]


def test_deeply_nested_source_does_not_raise():
    source = "x = " + "-" * 1000 + "1\ny = 2\n"
    outcome = apply_fixes_with_report(source, [fix_at(source, "2", "3")])

    if outcome.applied:
        assert outcome.source == source.replace("y = 2", "y = 3")
    else:
        assert outcome.source == source
        assert "too deep" in outcome.skipped[0][1]


def test_idempotent_when_the_rule_would_propose_the_same_code_again():
    source = NUMPY_SOURCE
    once = apply_fixes(source, _numpy_fixes(source))
    # The same replacement proposed at the fixed expression's new span.
    again = [
        fix_at(once, "np.sqrt(2 / n_x)", "np.sqrt(2 / n_x)", ["import numpy as np"]),
        fix_at(once, "np.sqrt(2 / n_h)", "np.sqrt(2 / n_h)", ["import numpy as np"]),
    ]

    assert apply_fixes(once, again) == once
    assert apply_fixes(once, []) == once


LOOSE_EXPRESSIONS = ["lambda: w", "a if c else b", "not a", "a or b", "a < b", "-a", "a ** b", "await a"]


@pytest.mark.parametrize("replacement", LOOSE_EXPRESSIONS)
def test_results_parse_and_keep_their_meaning_in_tight_places(replacement):
    source = "async def f(m):\n    return m.bias * 2 ** m[0]\n"
    fixes = [fix_at(source, "m", replacement, nth=1), fix_at(source, "m", replacement, nth=2)]

    result = apply_fixes(source, fixes)

    returned = ast.parse(result).body[0].body[0].value
    expected = ast.parse(replacement, mode="eval").body
    assert ast.dump(returned.left.value) == ast.dump(expected)
    assert ast.dump(returned.right.right.value) == ast.dump(expected)


# ---------------------------------------------------------------------------
# fix_source / fix_paths with a stand-in rule
# ---------------------------------------------------------------------------

_NORMAL_CALL = re.compile(r"nn\.init\.normal_\((?P<w>[\w.]+), (?P<v>[0-9.]+)\)")


def fake_analyze(source: str, filename: str = "<stdin>", options=None, tree=None, stats=None) -> List[Finding]:
    """INI006 with a fix for every `nn.init.normal_(w, 0.02)`, like the real rule."""
    findings = []
    for match in _NORMAL_CALL.finditer(source):
        (line, col), (end_line, end_col) = position(source, match.start()), position(source, match.end())
        replacement = f"nn.init.normal_({match.group('w')}, std={match.group('v')})"
        fix = Fix(line, col, end_line, end_col, replacement)
        findings.append(Finding(line, col, "INI006", "positional argument sets the mean", filename, fix=fix))
    return findings


@pytest.fixture
def stand_in_rule(monkeypatch):
    monkeypatch.setattr(fixer, "analyze", fake_analyze)


MODEL = """\
import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, 0.02)
        nn.init.zeros_(m.bias)
"""
FIXED_MODEL = MODEL.replace("normal_(m.weight, 0.02)", "normal_(m.weight, std=0.02)")


def test_fix_source_reports_applied_findings(stand_in_rule):
    fixed, applied, skipped = fix_source(MODEL, "model.py", Options())

    assert fixed == FIXED_MODEL
    assert [(f.code, f.line) for f in applied] == [("INI006", 6)]
    assert skipped == []


@pytest.mark.parametrize("comment", ["# noqa", "# noqa: INI006", "# NOQA:INI006,E501", "# noqa: INI"])
def test_noqa_lines_are_left_untouched(stand_in_rule, comment):
    source = MODEL.replace("0.02)\n", f"0.02)  {comment}\n")

    fixed, applied, skipped = fix_source(source, "model.py", Options())

    assert (fixed, applied, skipped) == (source, [], [])


def test_noqa_for_another_code_does_not_block_the_fix(stand_in_rule):
    source = MODEL.replace("0.02)\n", "0.02)  # noqa: E501\n")

    fixed, applied, _ = fix_source(source, "model.py", Options())

    assert fixed == FIXED_MODEL.replace("0.02)\n", "0.02)  # noqa: E501\n")
    assert len(applied) == 1


@pytest.mark.parametrize(
    "options, fixed",
    [
        (Options(select=frozenset({"INI006"})), True),
        (Options(select=frozenset({"INI1"})), False),
        (Options(ignore=frozenset({"INI006"})), False),
        (Options(ignore=frozenset({"INI1"})), True),
    ],
)
def test_select_and_ignore_decide_which_findings_are_fixed(stand_in_rule, options, fixed):
    result, applied, _ = fix_source(MODEL, "model.py", options)

    assert result == (FIXED_MODEL if fixed else MODEL)
    assert bool(applied) == fixed


def test_unanalysable_source_is_reported_and_left_alone(monkeypatch):
    from init_lint.engine import internal_error

    monkeypatch.setattr(fixer, "analyze", lambda *a, **k: [internal_error("syntax error (line 1): invalid syntax")])

    fixed, applied, skipped = fix_source("def f(:\n", "bad.py", Options())

    assert (fixed, applied) == ("def f(:\n", [])
    assert len(skipped) == 1 and "INI900" in skipped[0] and "nothing fixed" in skipped[0]


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


def test_symlinked_file_is_fixed_through_the_link(stand_in_rule, tmp_path):
    real = tmp_path / "real.py"
    real.write_text(MODEL)
    link = tmp_path / "link.py"
    link.symlink_to(real)

    fix_paths([str(link)], Options(), write=True)

    assert link.is_symlink()
    assert real.read_text() == FIXED_MODEL


def test_file_changed_on_disk_is_left_alone(stand_in_rule, tmp_path, monkeypatch):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    edited = MODEL + "# edited in an editor meanwhile\n"

    def editor_saves_meanwhile(p):
        Path(p).write_text(edited)
        return Path(p).read_bytes()

    monkeypatch.setattr(fixer, "_read_current_bytes", editor_saves_meanwhile)

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
    assert sorted(messages) == sorted(
        [f"{notebook}: notebooks are not fixed", f"{missing}: no such file or directory"]
    )


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
        # At the moment of the rename the temp file holds all the new bytes
        # and the original mode, and the target is still the old file.
        renames.append((source, target, Path(source).read_text(), stat.S_IMODE(os.stat(source).st_mode)))
        assert Path(target).read_text() == MODEL
        real_replace(source, target)

    monkeypatch.setattr(fixer.os, "replace", spy_replace)

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

    monkeypatch.setattr(fixer.os, failing, fail)

    diff, messages = fix_paths([str(path)], Options(), write=True)

    assert path.read_text() == MODEL
    assert diff == ""
    assert messages == [f"{path}: cannot write: No space left on device; not fixed"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py"]


# --- the real rules through the CLI: --fix twice, noqa, encodings -------------------

def _fixer_gaps():
    from known_gaps import FIXER_GAPS

    return FIXER_GAPS


def _working_pairs():
    return [name for name in PAIRS if name not in _fixer_gaps()]


def _cli(*argv):
    import contextlib
    import io

    from init_lint import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--isolated", "--jobs", "1", *map(str, argv)])
    return code, out.getvalue(), err.getvalue()


def test_there_are_working_pairs_for_every_fixable_rule():
    codes = {re.search(r"_(ini\d{3})_", name).group(1).upper() for name in _working_pairs()}
    frameworks = {name.split("_")[0] for name in _working_pairs()}
    assert {"INI001", "INI004", "INI006", "INI101", "INI102"} <= codes
    assert {"numpy", "torch", "keras", "flax"} <= frameworks


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
    assert _cli("--diff", path) == (0, "", "")


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
    findings = [f for f in fixer.analyze(before, "x.py", Options()) if f.fix is not None]
    lines = before.splitlines(keepends=True)
    for f in findings:
        text = lines[f.line - 1]
        body, newline = text.rstrip("\r\n"), text[len(text.rstrip("\r\n")):]
        # After an existing comment too: `# note  # noqa: CODE` is a valid noqa.
        lines[f.line - 1] = f"{body}  # noqa: {f.code}{newline}"
    source = "".join(lines)
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")

    code, out, err = _cli("--fix", path)

    assert path.read_text(encoding="utf-8") == source
    assert (code, out, err) == (0, "", "")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_fixing_another_users_file_keeps_its_owner(stand_in_rule, tmp_path):
    path = tmp_path / "model.py"
    path.write_text(MODEL)
    os.chown(path, 65534, 65534)

    fix_paths([str(path)], Options(), write=True)

    info = os.stat(path)
    assert path.read_text() == FIXED_MODEL
    assert (info.st_uid, info.st_gid) == (65534, 65534)

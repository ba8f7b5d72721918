"""`Options.lint_tests`: test modules (pytest's naming, holding tests) are skipped by default and linted when
asked; a script merely named like a test is linted."""

from __future__ import annotations

import dataclasses

import pytest

from init_lint.engine import lint_source
from init_lint.options import DEFAULT_OPTIONS

SOURCE = '''import numpy as np


def init(n_x, n_h, n_y):
    W1 = np.zeros((n_h, n_x))
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "W2": W2}
'''


# the same helper with a test of it (a fixture-like module), or one that imports a test framework
WITH_TEST = SOURCE + '''

def test_init_shapes():
    assert init(3, 4, 1)["W1"].shape == (4, 3)
'''
WITH_IMPORT = "import pytest\n" + SOURCE


@pytest.mark.parametrize("source", [WITH_TEST, WITH_IMPORT])
@pytest.mark.parametrize("name", ["test_init.py", "pkg/init_test.py", "conftest.py"])
def test_test_files_skipped_by_default(name: str, source: str) -> None:
    assert lint_source(source, name) == []


@pytest.mark.parametrize("name", ["test_init.py", "pkg/init_test.py", "conftest.py"])
def test_lint_tests_lints_test_files(name: str) -> None:
    opts = dataclasses.replace(DEFAULT_OPTIONS, lint_tests=True)
    assert [(f.line, f.code) for f in lint_source(WITH_TEST, name, opts)] == [(5, "INI001")]


@pytest.mark.parametrize("name", ["test_init.py", "course2/model_test.py"])
def test_script_named_like_a_test_is_linted(name: str) -> None:
    # (a course's `model_test.py` that builds and trains a network holds no test: judged by what it does)
    assert [(f.line, f.code) for f in lint_source(SOURCE, name)] == [(5, "INI001")]


def test_other_files_unaffected() -> None:
    assert [(f.line, f.code) for f in lint_source(SOURCE, "init.py")] == [(5, "INI001")]


def test_helpers_in_a_tests_directory_are_skipped() -> None:
    # (`tests/test_utils.py`: a suite's fixtures and helpers, named like a test module without holding a test)
    assert lint_source(SOURCE, "pkg/tests/sdp/test_utils.py") == []

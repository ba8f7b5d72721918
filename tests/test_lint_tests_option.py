"""`Options.lint_tests`: test modules (pytest's naming) are skipped by default and linted when asked."""

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


@pytest.mark.parametrize("name", ["test_init.py", "pkg/init_test.py", "conftest.py"])
def test_test_files_skipped_by_default(name: str) -> None:
    assert lint_source(SOURCE, name) == []


@pytest.mark.parametrize("name", ["test_init.py", "pkg/init_test.py", "conftest.py"])
def test_lint_tests_lints_test_files(name: str) -> None:
    opts = dataclasses.replace(DEFAULT_OPTIONS, lint_tests=True)
    assert [(f.line, f.code) for f in lint_source(SOURCE, name, opts)] == [(5, "INI001")]


def test_other_files_unaffected() -> None:
    assert [(f.line, f.code) for f in lint_source(SOURCE, "init.py")] == [(5, "INI001")]

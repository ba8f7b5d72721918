"""The CLI's output is a function of the files, not of how it was asked.

Same bytes on stdout (and the same exit code) whatever the order of the
PATH arguments and however many worker processes run.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

CLI = [sys.executable, "-c", "import sys; from init_lint.cli import main; sys.exit(main())"]
FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("init_lint.cli") is None, reason="init_lint/cli.py has not landed yet"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A copy of fixtures/ (away from the repository's own configuration),
    with every top-level entry as a separate PATH argument."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES_DIR, root / "fixtures")
    return root


def _arguments(corpus: Path) -> List[str]:
    # Directories and single files mixed, as a user or pre-commit passes them.
    entries = sorted(p.relative_to(corpus).as_posix() for p in (corpus / "fixtures").iterdir())
    files = sorted(p.relative_to(corpus).as_posix() for p in (corpus / "fixtures").rglob("*.py"))[:3]
    return entries + files


def _run(corpus: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [*CLI, *args], cwd=corpus, capture_output=True, timeout=300
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    assert result.returncode in (0, 1), result.stderr.decode(errors="replace")
    return result


def test_the_corpus_has_findings(corpus):
    result = _run(corpus, "--jobs", "1", *_arguments(corpus))

    assert result.returncode == 1
    assert b"INI" in result.stdout


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_argument_order_does_not_change_the_output(corpus, output_format):
    arguments = _arguments(corpus)

    forward = _run(corpus, "--format", output_format, "--jobs", "1", *arguments)
    backward = _run(corpus, "--format", output_format, "--jobs", "1", *reversed(arguments))

    assert forward.stdout == backward.stdout
    assert forward.returncode == backward.returncode


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_worker_count_does_not_change_the_output(corpus, output_format):
    arguments = _arguments(corpus)

    serial = _run(corpus, "--format", output_format, "--jobs", "1", *arguments)
    parallel = _run(corpus, "--format", output_format, "--jobs", "2", *reversed(arguments))

    assert serial.stdout == parallel.stdout
    assert serial.returncode == parallel.returncode


def test_diff_does_not_depend_on_argument_order(corpus):
    arguments = _arguments(corpus)

    forward = _run(corpus, "--diff", *arguments)
    backward = _run(corpus, "--diff", *reversed(arguments))

    assert forward.stdout == backward.stdout

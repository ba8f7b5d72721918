"""The pre-commit hook (.pre-commit-hooks.yaml), run for real with `pre-commit try-repo`.

pre-commit builds a virtualenv and pip-installs the hook repository into it
(libcst and flake8 come from PyPI), so the first run takes a while.  The hook
repository is a fresh git repo holding a copy of this checkout's files --
tracked and untracked, minus what .gitignore ignores -- so the test checks
the working tree as the lead would commit it, not the last commit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install pre-commit)")
yaml = pytest.importorskip("yaml", reason="PyYAML (a pre-commit dependency) is not installed")

ROOT = Path(__file__).resolve().parent.parent
BAD = (Path(__file__).resolve().parent / "data" / "frontend" / "numpy_zero_init.py").read_text()  # INI001
CLEAN = (Path(__file__).resolve().parent / "data" / "frontend" / "clean.py").read_text()

GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "init-lint tests",
    "GIT_AUTHOR_EMAIL": "tests@init-lint.invalid",
    "GIT_COMMITTER_NAME": "init-lint tests",
    "GIT_COMMITTER_EMAIL": "tests@init-lint.invalid",
}


def git(*args, cwd: Path) -> str:
    proc = subprocess.run(
        ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_IDENTITY},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def checkout_files() -> list:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip("not running from a git checkout of init-lint")
    listing = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT)
    return [name for name in listing.split("\0") if name and (ROOT / name).is_file()]


def hook_repository(tmp_path: Path) -> Path:
    """A committed copy of the working tree, usable as a pre-commit repo."""
    source = tmp_path / "hook-source"
    for name in checkout_files():
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    git("init", "-q", cwd=source)
    git("add", "-A", cwd=source)
    git("commit", "-q", "-m", "snapshot for try-repo", cwd=source)
    return source


def test_hook_manifest_declares_the_init_lint_hook():
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "init-lint"
    assert hook["entry"] == "init-lint"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["python", "pyi", "jupyter"]
    assert hook["require_serial"] is False


def test_try_repo_fails_on_bad_init_and_passes_when_fixed(tmp_path):
    hooks = hook_repository(tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    git("init", "-q", cwd=project)
    (project / "model.py").write_text(BAD)
    (project / "README.txt").write_text("not python\n")
    git("add", "-A", cwd=project)

    env = {**os.environ, **GIT_IDENTITY, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "init-lint", "--all-files", "--color", "never"]

    failed = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=900)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "model.py:5:10: INI001" in output, output

    (project / "model.py").write_text(CLEAN)
    git("add", "-A", cwd=project)
    passed = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=900)
    assert passed.returncode == 0, passed.stdout + passed.stderr

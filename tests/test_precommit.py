"""The pre-commit hook (.pre-commit-hooks.yaml), run for real with `pre-commit try-repo`.

pre-commit builds a virtualenv and pip-installs the hook repository into it
(its dependencies come from the package index), so the first run takes a while:
these tests are marked slow, and skip cleanly when no package index is reachable.
The hook repository is a fresh git repo holding a copy of this checkout's files --
tracked and untracked, minus what .gitignore ignores -- so the test checks
the working tree as the lead would commit it, not the last commit.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install pre-commit)")
yaml = pytest.importorskip("yaml", reason="PyYAML (a pre-commit dependency) is not installed")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BAD = (Path(__file__).resolve().parent / "data" / "frontend" / "numpy_zero_init.py").read_text()  # INI001 at 5:10
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


_INDEX: dict = {}


def require_package_index(tmp_path: Path) -> None:
    """Skip (not fail) when pip cannot reach a package index: pre-commit installs the hook from one."""
    if "ok" not in _INDEX:
        try:
            proc = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "-q",
                                   "-d", str(tmp_path / "index-probe"), "pathspec"], capture_output=True, text=True,
                                  timeout=120)
            _INDEX["ok"] = proc.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _INDEX["ok"] = False
    if not _INDEX["ok"]:
        pytest.skip("no package index reachable: pre-commit cannot install the hook")


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
    require_package_index(tmp_path)
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


# --- one tree, three front ends, the same findings ----------------------------------------------

NORMAL_MEAN = (Path(__file__).resolve().parent / "data" / "frontend" / "torch_normal_mean.py").read_text()  # INI006
TREE = {
    "pyproject.toml": (
        '[tool."init-lint"]\n'
        'ignore = ["INI003"]\n'
        'exclude = ["legacy"]\n'
        'small-scale = 0.001\n'
        'per-file-ignores = { "scripts/*" = ["INI006"] }\n'
    ),
    "src/model.py": BAD,  # INI001
    "src/torch_model.py": NORMAL_MEAN,  # INI006
    "src/small.py": BAD.replace("np.zeros((n_h, n_x))", "np.random.randn(n_h, n_x) * 0.005"),  # INI003 only at 0.01
    "src/noqa.py": BAD.replace("np.zeros((n_h, n_x))", "np.zeros((n_h, n_x))  # noqa: INI0"),
    "src/file_noqa.py": "# flake8: noqa\n" + BAD,
    "scripts/run.py": NORMAL_MEAN,  # per-file-ignores
    "legacy/old.py": BAD,  # excluded
    "src/clean.py": CLEAN,
}
_FINDING = re.compile(r"^(?:\./)?(\S+?):(\d+):(\d+): (INI\d{3}) ", re.M)


def findings_in(output: str) -> list:
    found = _FINDING.findall(output)
    return sorted((path.replace(os.sep, "/"), int(line), int(col), code) for path, line, col, code in found)


def test_cli_flake8_and_the_hook_agree_on_one_tree(tmp_path):
    require_package_index(tmp_path)
    project = tmp_path / "project"
    for name, text in TREE.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    env = {**os.environ, **GIT_IDENTITY, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def run(*command: str) -> str:
        proc = subprocess.run(list(command), cwd=project, capture_output=True, text=True, env=env, timeout=900)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc.stdout + proc.stderr

    expected = [("src/model.py", 5, 10, "INI001"), ("src/torch_model.py", 10, 17, "INI006")]
    assert findings_in(run(sys.executable, "-m", "init_lint", ".")) == expected
    assert findings_in(run(sys.executable, "-m", "flake8", "--select", "INI", ".")) == expected
    hooks = hook_repository(tmp_path)
    hook_output = run(sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "init-lint", "--all-files",
                      "--color", "never")
    assert findings_in(hook_output) == expected, hook_output

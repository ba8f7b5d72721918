"""Helpers shared by the front-end tests: run the CLI and flake8 in-process on files in a tmp dir."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List

import pytest

from init_lint.frontends import cli

DATA = Path(__file__).resolve().parent / "data" / "frontend"
ZERO_INIT = (DATA / "numpy_zero_init.py").read_text()  # INI001 at 5:10, on `    W1 = np.zeros((n_h, n_x))`
NORMAL_MEAN = (DATA / "torch_normal_mean.py").read_text()  # INI006 at 10:17
CLEAN = (DATA / "clean.py").read_text()
ZERO_LINE = "W1 = np.zeros((n_h, n_x))"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> List[str]:
        return self.out.splitlines()

    @property
    def codes(self) -> List[str]:
        return [line.split()[1] for line in self.lines]

    def places(self) -> List[tuple]:
        """(path without ./, line, column, code) per finding line: comparable between the CLI and flake8."""
        out = []
        for line in self.lines:
            where, rest = line.split(": ", 1)
            path, row, col = where.rsplit(":", 2)
            out.append((os.path.normpath(path), int(row), int(col), rest.split()[0]))
        return out


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    """Run init-lint in tmp_path; `stdin=` feeds standard input."""
    monkeypatch.chdir(tmp_path)

    def invoke(*argv, stdin: bytes = b"") -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:  # argparse's own exits (--version, bad options)
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def flake8(capsys, monkeypatch, tmp_path):
    """Run flake8 in-process in tmp_path with only our plugin's codes and one job (no worker processes)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*argv: str, select: bool = True) -> Result:
        from flake8.main.application import Application

        args = (["--select", "INI"] if select else []) + ["-j", "1", *[str(a) for a in argv]]
        app = Application()
        try:
            app.run(args)
            code = app.exit_code()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Result(int(code), captured.out, captured.err)

    return invoke

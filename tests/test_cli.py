"""The `init-lint` command line, run in-process on small files in tmp dirs."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

from init_lint import __version__, cli
from init_lint.engine import analyze
from init_lint.rules import ALL_RULES

DATA = Path(__file__).resolve().parent / "data" / "frontend"
SARIF_SCHEMA = Path(cli.__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

ZERO_INIT = (DATA / "numpy_zero_init.py").read_text()  # INI001 at 5:10
NORMAL_MEAN = (DATA / "torch_normal_mean.py").read_text()  # INI006 at 10:17
CLEAN = (DATA / "clean.py").read_text()


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self):
        return self.out.splitlines()


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    """Run init-lint in tmp_path; `stdin=` feeds standard input."""
    monkeypatch.chdir(tmp_path)

    def invoke(*argv, stdin: bytes = b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# --- findings, exit codes, columns -------------------------------------------


def test_finding_is_reported_with_exit_1(run, tmp_path):
    write(tmp_path / "model.py", ZERO_INIT)
    result = run("model.py")
    assert result.code == 1
    assert len(result.lines) == 1
    assert result.lines[0].startswith("model.py:5:10: INI001 W1 ")
    assert result.err == ""


def test_column_is_flake8_col_plus_one(run, tmp_path):
    write(tmp_path / "model.py", NORMAL_MEAN)
    [finding] = [f for f in analyze(NORMAL_MEAN, "model.py") if f.code == "INI006"]
    assert run("model.py").lines == [f"model.py:{finding.line}:{finding.col + 1}: INI006 {finding.message}"]
    assert (finding.line, finding.col) == (10, 16)


def test_clean_file_exits_0_silently(run, tmp_path):
    write(tmp_path / "clean.py", CLEAN)
    assert run("clean.py") == Result(0, "", "")


def test_no_path_means_the_current_directory(run, tmp_path):
    write(tmp_path / "pkg" / "model.py", ZERO_INIT)
    result = run()
    assert result.code == 1 and result.lines[0].startswith(os.path.join("pkg", "model.py") + ":5:10: INI001")


def test_missing_path_is_a_one_line_error_with_exit_2(run, tmp_path):
    write(tmp_path / "model.py", ZERO_INIT)
    result = run("model.py", "nope.py")
    assert result.code == 2
    assert result.out == ""
    assert result.err == "init-lint: error: nope.py: no such file or directory\n"


def test_directory_without_python_files_exits_0_with_a_one_line_warning(run, tmp_path):
    write(tmp_path / "docs" / "notes.txt", "W1 = np.zeros((3, 4))\n")
    expected = "init-lint: warning: docs: no Python files (*.py, *.pyi, *.ipynb) to lint\n"
    assert run("docs") == Result(0, "", expected)
    # Next to a directory that has files, the run goes on and only the empty one is named.
    write(tmp_path / "src" / "model.py", ZERO_INIT)
    result = run("docs", "src")
    assert result.code == 1 and codes(result) == ["INI001"] and result.err == expected


def test_directory_with_only_excluded_files_gets_the_warning(run, tmp_path):
    write(tmp_path / "gen" / "model.py", ZERO_INIT)
    result = run("--exclude", "model.py", "gen")
    assert result.code == 0 and result.out == "" and "gen: no Python files" in result.err


def test_bad_option_exits_2(run):
    with pytest.raises(SystemExit) as exc:
        run("--format", "xml", ".")
    assert exc.value.code == 2


def test_version(run):
    with pytest.raises(SystemExit) as exc:
        run("--version")
    assert exc.value.code == 0


def test_version_text(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert capsys.readouterr().out.strip() == f"init-lint {__version__}"


# --- select / ignore / noqa -------------------------------------------------


@pytest.fixture
def two_rules(tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)


def codes(result):
    return [line.split()[1] for line in result.lines]


def test_select_and_ignore_match_prefixes(run, two_rules):
    assert codes(run(".")) == ["INI001", "INI006"]
    assert codes(run(".", "--select", "INI006")) == ["INI006"]
    assert codes(run(".", "--select", "INI00")) == ["INI001", "INI006"]
    assert codes(run(".", "--ignore", "INI001")) == ["INI006"]
    assert codes(run(".", "--select", "INI0", "--ignore", "INI006,INI001")) == []
    assert run(".", "--ignore", "INI").code == 0


def test_select_rejects_something_that_is_not_a_code(run, two_rules, capsys):
    with pytest.raises(SystemExit) as exc:
        run(".", "--select", "zeros")
    assert exc.value.code == 2
    assert "not a rule code" in capsys.readouterr().err


def test_noqa_comments(run, tmp_path):
    bare = ZERO_INIT.replace("W1 = np.zeros((n_h, n_x))", "W1 = np.zeros((n_h, n_x))  # noqa")
    specific = ZERO_INIT.replace("W1 = np.zeros((n_h, n_x))", "W1 = np.zeros((n_h, n_x))  # noqa: INI001")
    other = ZERO_INIT.replace("W1 = np.zeros((n_h, n_x))", "W1 = np.zeros((n_h, n_x))  # noqa: INI002")
    write(tmp_path / "bare.py", bare)
    write(tmp_path / "specific.py", specific)
    write(tmp_path / "other.py", other)
    assert run("bare.py", "specific.py").code == 0
    assert codes(run("other.py")) == ["INI001"]


# --- stdin --------------------------------------------------------------------


def test_stdin(run):
    result = run("-", stdin=ZERO_INIT.encode())
    assert result.code == 1 and result.lines[0].startswith("stdin:5:10: INI001")


def test_stdin_filename_names_the_findings(run):
    result = run("-", "--stdin-filename", "src/net.py", stdin=ZERO_INIT.encode())
    assert result.lines[0].startswith("src/net.py:5:10: INI001")


def test_stdin_pep263_encoding(run):
    source = "# -*- coding: latin-1 -*-\n# caf\xe9\n" + ZERO_INIT
    result = run("-", stdin=source.encode("latin-1"))
    assert codes(result) == ["INI001"]


def test_stdin_cannot_be_mixed_with_paths(run, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    result = run("-", "a.py")
    assert result.code == 2 and result.err.count("\n") == 1 and "stdin" in result.err


# --- discovery, ordering, determinism ------------------------------------------


def test_directories_are_walked_and_output_sorted(run, tmp_path):
    write(tmp_path / "b" / "z.py", ZERO_INIT)
    write(tmp_path / "a.py", ZERO_INIT + "\n\n" + NORMAL_MEAN)  # INI001 at 5:10, INI006 at 21:17
    write(tmp_path / "b" / "stub.pyi", ZERO_INIT)
    result = run(".")
    places = [line.split(": ")[0] for line in result.lines]
    z = os.path.join("b", "z.py")
    stub = os.path.join("b", "stub.pyi")
    assert places == ["a.py:5:10", "a.py:21:17", f"{stub}:5:10", f"{z}:5:10"]


def test_output_does_not_depend_on_argument_order_or_jobs(run, tmp_path, monkeypatch):
    # More files than PARALLEL_MIN_FILES, so --jobs 2 really uses processes.
    names = []
    for i in range(cli.PARALLEL_MIN_FILES + 4):
        text = ZERO_INIT if i % 2 else NORMAL_MEAN
        names.append(str(write(tmp_path / f"d{i % 3}" / f"m{i:02d}.py", text).relative_to(tmp_path)))

    pool_runs = []
    real_pool = cli._lint_in_processes

    def spy(tasks, jobs):
        results = real_pool(tasks, jobs)
        pool_runs.append(results is not None)
        return results

    monkeypatch.setattr(cli, "_lint_in_processes", spy)
    serial = run("--jobs", "1", *names)
    parallel = run("--jobs", "2", *reversed(names))
    directories = run("--jobs", "2", "d2", "d0", "d1")
    assert pool_runs == [True, True]
    assert len(serial.lines) == len(names)
    assert serial == parallel == directories
    keys = [(p, int(line), int(col)) for p, line, col, _ in (ln.split(":", 3) for ln in serial.lines)]
    assert keys == sorted(keys)


def test_same_file_twice_is_reported_once(run, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    assert len(run("a.py", "./a.py", ".").lines) == 1


SKIPPED = [".git", ".hg", ".venv", "venv", "node_modules", "build", "dist", "__pycache__", ".tox", ".eggs",
           "pkg.egg-info", ".cache", "lib/site-packages"]


def test_tool_vcs_and_virtualenv_directories_are_skipped(run, tmp_path):
    for name in SKIPPED:
        write(tmp_path / name / "m.py", ZERO_INIT)
    write(tmp_path / "myenv" / "pyvenv.cfg", "home = /usr/bin\n")
    write(tmp_path / "myenv" / "m.py", ZERO_INIT)
    write(tmp_path / "src" / "m.py", ZERO_INIT)
    write(tmp_path / "src" / "notes.txt", ZERO_INIT)
    result = run(".")
    assert [line.split(":")[0] for line in result.lines] == [os.path.join("src", "m.py")]


def test_explicit_paths_inside_skipped_directories_are_linted(run, tmp_path):
    write(tmp_path / "build" / "m.py", ZERO_INIT)
    write(tmp_path / "build" / "script", ZERO_INIT)  # named explicitly: linted whatever the suffix
    assert len(run("build").lines) == 1
    assert len(run(os.path.join("build", "script")).lines) == 1


def test_exclude_option(run, tmp_path):
    write(tmp_path / "src" / "m.py", ZERO_INIT)
    write(tmp_path / "legacy" / "old.py", ZERO_INIT)
    write(tmp_path / "src" / "gen_pb2.py", ZERO_INIT)
    result = run(".", "--exclude", "legacy,*_pb2.py")
    assert [line.split(":")[0] for line in result.lines] == [os.path.join("src", "m.py")]


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_symlinked_directories_are_not_followed(run, tmp_path):
    write(tmp_path / "pkg" / "m.py", ZERO_INIT)
    os.symlink(tmp_path / "pkg", tmp_path / "pkg" / "loop")  # pkg/loop -> pkg
    os.symlink(tmp_path, tmp_path / "pkg" / "up")  # pkg/up -> ..
    result = run(".")
    assert result.code == 1 and result.lines == [line for line in result.lines if line.startswith(os.path.join("pkg", "m.py"))]
    assert len(result.lines) == 1


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_symlink_loop_and_dangling_link_named_explicitly_are_ini900(run, tmp_path):
    os.symlink(tmp_path / "y.py", tmp_path / "x.py")
    os.symlink(tmp_path / "x.py", tmp_path / "y.py")
    os.symlink(tmp_path / "missing.py", tmp_path / "dangling.py")
    write(tmp_path / "ok.py", ZERO_INIT)
    result = run("x.py", "dangling.py", "ok.py")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert [(line.split(":")[0], line.split()[1]) for line in result.lines] == [
        ("dangling.py", "INI900"), ("ok.py", "INI001"), ("x.py", "INI900")
    ]
    assert "cannot read file" in result.lines[0]


def test_undecodable_file_is_ini900_and_the_run_goes_on(run, tmp_path):
    (tmp_path / "binary.py").write_bytes(b"W1 = np.zeros((3, 4))\n\xff\xfe\x00\x81 broken\n")
    write(tmp_path / "z.py", ZERO_INIT)
    result = run(".")
    assert [line.split()[1] for line in result.lines] == ["INI900", "INI001"]
    assert result.lines[0].startswith("binary.py:1:1: INI900 ")


def test_syntax_error_is_ini900(run, tmp_path):
    write(tmp_path / "broken.py", "import numpy as np\nW1 = np.zeros((3, 4)\n")
    result = run("broken.py")
    assert result.code == 1 and codes(result) == ["INI900"]


# --- output formats through the CLI -------------------------------------------


def test_json_format(run, two_rules):
    records = json.loads(run(".", "--format", "json").out)
    assert [(r["path"], r["line"], r["column"], r["col0"], r["code"]) for r in records] == [
        ("a.py", 5, 10, 9, "INI001"),
        ("b.py", 10, 17, 16, "INI006"),
    ]
    assert records[1]["fixable"] is True and records[0]["cell"] is None


def test_sarif_format_is_schema_valid(run, two_rules):
    result = run(".", "--format", "sarif")
    assert result.code == 1
    document = json.loads(result.out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(document)
    assert [r["ruleId"] for r in document["runs"][0]["results"]] == ["INI001", "INI006"]


def test_github_format(run, two_rules):
    assert run(".", "--format", "github").lines[0].startswith("::warning file=a.py,line=5,col=10,title=INI001::")


def test_empty_run_in_machine_formats_is_still_a_document(run, tmp_path):
    write(tmp_path / "clean.py", CLEAN)
    assert json.loads(run(".", "--format", "json").out) == []
    assert json.loads(run(".", "--format", "sarif").out)["runs"][0]["results"] == []


def test_statistics(run, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", ZERO_INIT)
    write(tmp_path / "c.py", NORMAL_MEAN)
    result = run(".", "--statistics")
    assert result.lines[:3] == [line for line in result.lines[:3] if ": INI" in line]
    assert [line.split()[:2] for line in result.lines[3:]] == [["2", "INI001"], ["1", "INI006"]]


def test_statistics_keep_json_parseable(run, two_rules):
    result = run(".", "--format", "json", "--statistics")
    assert len(json.loads(result.out)) == 2
    assert "INI001" in result.err


def test_profile_prints_one_json_line_on_stderr(run, two_rules):
    result = run(".", "--profile")
    [line] = result.err.splitlines()
    record = json.loads(line)
    assert record["files"] == 2
    assert {"candidate_files", "libcst_files", "libcst_lines", "wall_seconds", "jobs"} <= set(record)
    assert record["wall_seconds"] >= 0


# --- rules documentation ------------------------------------------------------


def test_list_rules(run):
    result = run("--list-rules")
    assert result.code == 0
    assert [line.split()[0] for line in result.lines[1:]] == [rule.code for rule in ALL_RULES]


def test_explain_shows_the_rule_documentation(run):
    rule = next(r for r in ALL_RULES if r.code == "INI006")
    result = run("--explain", "ini006")
    assert result.code == 0
    assert " ".join(rule.summary.split()) in " ".join(result.out.split())
    assert "More: " + rule.help_uri() in result.out


def test_explain_adds_the_picture_when_numpy_is_installed(run):
    pytest.importorskip("numpy")
    from init_lint.reporters import find_rule, format_explanation

    result = run("--explain", "INI001")
    picture = result.out[len(format_explanation(find_rule("INI001"))):]
    assert picture.strip()


def test_explain_without_numpy_prints_the_install_hint(run, monkeypatch):
    from init_lint import viz

    def unavailable(*args, **kwargs):
        raise viz.VizUnavailable()

    monkeypatch.setattr(viz, "picture", unavailable)
    result = run("--explain", "INI001")
    assert result.code == 0
    assert "pip install" in result.out.splitlines()[-1]


def test_explain_unknown_code_exits_2(run):
    result = run("--explain", "INI999")
    assert result.code == 2 and "INI999" in result.err and result.out == ""


# --- --diff / --fix -----------------------------------------------------------


def test_diff_shows_the_fix_and_changes_nothing(run, tmp_path):
    path = write(tmp_path / "model.py", NORMAL_MEAN)
    result = run("--diff", "model.py")
    assert result.code == 1
    assert "-                nn.init.normal_(m.weight, 0.02)" in result.out
    assert "+                nn.init.normal_(m.weight, std=0.02)" in result.out
    assert path.read_text() == NORMAL_MEAN


def test_diff_of_clean_code_is_empty_with_exit_0(run, tmp_path):
    write(tmp_path / "clean.py", CLEAN)
    assert run("--diff", ".") == Result(0, "", "")


def test_fix_rewrites_then_reports_what_is_left(run, tmp_path):
    path = write(tmp_path / "model.py", NORMAL_MEAN)
    result = run("--fix", "model.py")
    assert "std=0.02" in path.read_text()
    assert "INI006" not in result.out
    assert "model.py" in result.err  # the fixer's per-file message
    assert run("model.py").code == result.code


def test_fix_refuses_stdin(run):
    result = run("--fix", "-", stdin=NORMAL_MEAN.encode())
    assert result.code == 2 and result.out == ""


# --- the installed console script ---------------------------------------------


def test_console_script_runs_without_traceback(tmp_path):
    exe = shutil.which("init-lint")
    if exe is None:
        pytest.skip("the init-lint console script is not installed (pip install -e .)")
    write(tmp_path / "model.py", ZERO_INIT)
    proc = subprocess.run([exe, "model.py", "missing.py"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.strip() == "init-lint: error: missing.py: no such file or directory"
    proc = subprocess.run([exe, "model.py"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stdout.startswith("model.py:5:10: INI001")

"""The `init-lint` command line, run in-process on small files in tmp dirs."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from init_lint import __version__
from init_lint.frontends import cli
from init_lint.engine import analyze
from init_lint.rules import ALL_RULES

from frontend_util import CLEAN, NORMAL_MEAN, ZERO_INIT, Result, write  # shared with the other front-end tests

SARIF_SCHEMA = Path(cli.__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    """Run init-lint in tmp_path; `stdin=` feeds standard input; argparse's own exits propagate (unlike
    frontend_util.run), so a test can assert on them."""
    monkeypatch.chdir(tmp_path)

    def invoke(*argv, stdin: bytes = b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


# --- findings, exit codes, columns -------------------------------------------


def test_finding_is_reported_with_exit_1(run, tmp_path):
    write(tmp_path / "model.py", ZERO_INIT)
    result = run("model.py")
    assert result.code == 1
    assert len(result.lines) == 1
    assert result.lines[0].startswith("model.py:5:10: INI001 W1: ")
    assert result.err == ""


def test_column_is_flake8_col_plus_one(run, tmp_path):
    write(tmp_path / "model.py", NORMAL_MEAN)
    [finding] = [f for f in analyze(NORMAL_MEAN, "model.py") if f.code == "INI006"]
    # `[*]`: --fix would fix it (ruff's marker)
    assert run("model.py").lines == [f"model.py:{finding.line}:{finding.col + 1}: INI006 [*] {finding.message}"]
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


def test_directory_with_only_excluded_files_says_so_honestly(run, tmp_path):
    write(tmp_path / "gen" / "model.py", ZERO_INIT)
    result = run("--exclude", "model.py", "gen")
    assert result == Result(0, "", "init-lint: warning: gen: its only Python file is excluded (exclude, "
                                   "extend-exclude or .gitignore); nothing linted\n")
    write(tmp_path / "gen" / "other.py", ZERO_INIT)
    assert "gen: all 2 Python files here are excluded" in run("--exclude", "*.py", "gen").err
    assert "no Python files" not in run("--exclude", "*.py", "gen").err


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


@pytest.mark.parametrize(
    "argv, named, suggestion",
    [
        (["--select", "zeros"], "'zeros'", None),
        (["--select", "FOO"], "'FOO'", None),
        (["--select", "INI01"], "'INI01'", "INI001"),  # a valid-looking prefix that matches no rule
        (["--ignore", "INI1,INI1O3"], "'INI1O3'", "INI103"),
        (["--extend-select", "ini006"], "'ini006'", "INI006"),  # codes are upper case, as in flake8
        (["--extend-ignore", "E501"], "'E501'", None),  # not ours
        (["--per-file-ignores", "tests/*:INI01"], "'INI01'", "INI001"),
    ],
)
def test_unknown_codes_are_one_line_errors_with_a_suggestion(run, two_rules, capsys, argv, named, suggestion):
    with pytest.raises(SystemExit) as exc:
        run(".", *argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("init-lint: error: argument " + argv[0])
    assert f"unknown rule code {named}" in err
    if suggestion:
        assert f"did you mean '{suggestion}'?" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--small-scale", "-5"], "expected a number greater than 0, got '-5'"),
        (["--small-scale", "nan"], "expected a number greater than 0"),
        (["--deep-layers", "0"], "expected a whole number of at least 1"),
        (["--jobs", "two"], "expected a whole number of at least 1"),
        (["--max-file-size", "lots"], "expected a size such as 10M"),
        (["--format", "xml"], "unknown value 'xml' (known: text, json, sarif, github)"),
        (["--format", "jsno"], "did you mean 'json'?"),
        (["--color", "sometimes"], "unknown value 'sometimes'"),
        (["--exlcude", "x"], "(did you mean --exclude?)"),
        (["--per-file-ignores", "tests/*"], "expected flake8's form 'tests/*:INI001,INI002 legacy/*:INI0'"),
        (["--full-analysis"], "unrecognized arguments: --full-analysis"),  # gone: the new engine has one path
    ],
)
def test_bad_values_are_one_line_errors(run, two_rules, capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        run(".", *argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("init-lint: error: ") and message in err


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

    def spy(tasks, jobs, project=None):
        results = real_pool(tasks, jobs, project)
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


FIXES = Path(__file__).resolve().parent.parent / "fixtures" / "fixes"


def test_text_marks_what_fix_would_fix_and_counts_it_on_stderr(run, two_rules):
    """ruff's `[*]` after the code; the `[*] N fixable` summary goes to stderr, so stdout stays flake8's
    `path:line:col: CODE message` lines."""
    result = run(".")
    assert result.lines[0].startswith("a.py:5:10: INI001 W1")  # no automatic fix: unmarked
    assert result.lines[1].startswith("b.py:10:17: INI006 [*] ")
    assert result.err == "[*] 1 fixable with `init-lint --fix`\n"
    assert "[*] 1 fixable" not in result.out


@pytest.mark.parametrize("argv", [["-q"], ["--format", "github"], ["--format", "json"], ["--format", "sarif"]])
def test_no_fix_marker_nor_summary_outside_the_text_lines(run, two_rules, argv):
    result = run(".", *argv)
    assert "[*]" not in result.out and result.err == ""


def test_json_and_sarif_fixable_is_true_only_when_fix_would_act(run, tmp_path):
    """Three findings with fix intents: one --fix applies, one in a read-only file (--fix leaves it), one whose
    new name is taken by another import (the fixer refuses it)."""
    shutil.copy(FIXES / "torch_ini001_zeros_relu.before.py", tmp_path / "fixable.py")
    shutil.copy(FIXES / "torch_ini001_zeros_relu.before.py", tmp_path / "read_only.py")
    os.chmod(tmp_path / "read_only.py", 0o444)
    shutil.copy(FIXES / "unfixable" / "keras_ini001_name_taken.py", tmp_path / "taken.py")
    try:
        records = json.loads(run(".", "--format", "json").out)
        sarif = json.loads(run(".", "--format", "sarif").out)["runs"][0]["results"]
        text = run(".")
    finally:
        os.chmod(tmp_path / "read_only.py", 0o644)
    assert [(r["path"], r["code"], r["fixable"]) for r in records] == [
        ("fixable.py", "INI001", True), ("read_only.py", "INI001", False), ("taken.py", "INI001", False)]
    assert [r["properties"]["fixable"] for r in sarif] == [True, False, False]
    assert [" [*] " in line for line in text.lines] == [True, False, False]
    assert text.err == "[*] 1 fixable with `init-lint --fix`\n"


def test_the_dry_run_in_worker_processes_agrees_with_the_sequential_one(run, tmp_path):
    for before in sorted(FIXES.glob("*.before.py"))[:cli.PARALLEL_MIN_DRY_RUNS + 2]:
        shutil.copy(before, tmp_path / before.name)
    shutil.copy(FIXES / "unfixable" / "keras_ini001_name_taken.py", tmp_path / "taken.py")
    sequential = json.loads(run(".", "--format", "json", "--jobs", "1").out)
    parallel = json.loads(run(".", "--format", "json", "--jobs", "2").out)
    assert parallel == sequential
    assert [r["path"] for r in sequential if not r["fixable"]] == ["taken.py"]
    assert sum(r["fixable"] for r in sequential) >= cli.PARALLEL_MIN_DRY_RUNS + 2


def test_findings_left_after_fix_are_not_marked(run, tmp_path):
    shutil.copy(FIXES / "torch_ini001_zeros_relu.before.py", tmp_path / "model.py")
    shutil.copy(FIXES / "unfixable" / "torch_ini002_output_layer.py", tmp_path / "head.py")
    result = run("--fix", ".")
    assert result.lines and all("[*]" not in line for line in result.lines)
    assert "fixable with" not in result.err
    assert (tmp_path / "model.py").read_text() == (FIXES / "torch_ini001_zeros_relu.after.py").read_text()


def test_diff_says_when_nothing_is_fixable_and_exits_0(run, tmp_path):
    shutil.copy(FIXES / "unfixable" / "torch_ini002_blanket_mixed_activations.py", tmp_path / "mixed.py")
    result = run("--diff", "mixed.py")
    assert (result.code, result.out) == (0, "")
    assert result.err == "mixed.py: 1 finding (INI002), none fixable automatically\n"
    # a finding with an intent that the fixer refuses says why
    shutil.copy(FIXES / "unfixable" / "keras_ini001_name_taken.py", tmp_path / "taken.py")
    result = run("--diff", "taken.py")
    assert (result.code, result.out) == (0, "")
    assert result.err.startswith("taken.py:8:53: INI001 not fixed: `HeNormal` already names something else")


def test_diff_shows_the_hidden_layer_fix_and_exits_1(run, tmp_path):
    shutil.copy(FIXES / "keras_ini001_zeros_string.before.py", tmp_path / "model.py")
    result = run("--diff", "model.py")
    assert result.code == 1 and result.err == ""
    assert '+    keras.layers.Dense(256, activation="relu", kernel_initializer="he_normal", input_shape=(784,)),\n' \
        in result.out


_LINT_WITHOUT_LIBCST = """
import sys
from init_lint.frontends import cli
code = cli.main(["--isolated", sys.argv[1]])
assert code == 1, code
assert "libcst" not in sys.modules, "a lint whose findings have no fix intent imported libcst"
"""


def test_a_lint_with_no_fix_intent_does_not_dry_run_the_fixer(tmp_path):
    path = tmp_path / "head.py"
    shutil.copy(FIXES / "unfixable" / "torch_ini002_output_layer.py", path)
    proc = subprocess.run([sys.executable, "-c", _LINT_WITHOUT_LIBCST, str(path)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert " INI002 " in proc.stdout and "[*]" not in proc.stdout


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
    # the other stderr line is the `[*] N fixable` summary of the text format
    [line] = [text for text in result.err.splitlines() if not text.startswith("[*] ")]
    record = json.loads(line)
    assert record["files"] == 2
    assert {"candidate_files", "analysis_cpu", "wall_seconds", "jobs"} <= set(record)
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
    from init_lint.frontends.reporters import find_rule, format_explanation

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


# --- noqa: flake8's own patterns and decision, so the CLI and flake8 agree --------------------

from frontend_util import flake8  # noqa: E402,F401 - fixture

_W1 = "W1 = np.zeros((n_h, n_x))"
NOQA_VARIANTS = {
    "bare": ZERO_INIT.replace(_W1, _W1 + "  # noqa"),
    "specific": ZERO_INIT.replace(_W1, _W1 + "  # noqa: INI001"),
    "prefix": ZERO_INIT.replace(_W1, _W1 + "  # noqa: INI0"),
    "no_space_after_colon": ZERO_INIT.replace(_W1, _W1 + "  # noqa:INI001"),
    "list": ZERO_INIT.replace(_W1, _W1 + "  # NOQA: INI002,INI001"),
    "other_code": ZERO_INIT.replace(_W1, _W1 + "  # noqa: INI002"),
    "no_space_after_hash": ZERO_INIT.replace(_W1, _W1 + "  #noqa:INI001"),  # flake8 does not honour it
    "lower_case_code": ZERO_INIT.replace(_W1, _W1 + "  # noqa: ini001"),  # nor this
    "file_level": "# flake8: noqa\n" + ZERO_INIT,
    "file_level_equals": ZERO_INIT + "\n# flake8=noqa\n",
    "file_level_on_a_code_line": ZERO_INIT.replace(_W1, _W1 + "  # flake8: noqa"),  # flake8 ignores that
    "continuation": ZERO_INIT.replace(_W1, "W1 = np.zeros(\n        (n_h, n_x))  # noqa: INI001"),
    "in_a_string": ZERO_INIT.replace(_W1, _W1 + '; s = "# noqa"'),
}


def test_noqa_is_decided_as_flake8_decides(run, flake8, tmp_path):
    for name, text in NOQA_VARIANTS.items():
        write(tmp_path / f"{name}.py", text)
    cli_places = run(".").lines
    flake8_places = [line[2:] if line.startswith("./") else line for line in flake8(".").lines]
    assert cli_places == flake8_places
    reported = {line.split(".py:")[0] for line in cli_places}
    assert reported >= {"other_code", "no_space_after_hash", "lower_case_code", "file_level_on_a_code_line"}
    assert not reported & {"bare", "specific", "prefix", "no_space_after_colon", "list", "file_level",
                           "file_level_equals"}


def test_noqa_comments(run, tmp_path):
    write(tmp_path / "bare.py", NOQA_VARIANTS["bare"])
    write(tmp_path / "specific.py", NOQA_VARIANTS["specific"])
    write(tmp_path / "file.py", NOQA_VARIANTS["file_level"])
    write(tmp_path / "other.py", NOQA_VARIANTS["other_code"])
    assert run("bare.py", "specific.py", "file.py").code == 0
    assert codes(run("other.py")) == ["INI001"]


# --- everyday flags ----------------------------------------------------------------------------


def test_exit_zero_reports_but_exits_0(run, two_rules):
    result = run(".", "--exit-zero")
    assert result.code == 0 and codes(result) == ["INI001", "INI006"]
    assert run("missing.py", "--exit-zero").code == 2  # errors are still errors


def test_output_file_gets_the_report(run, two_rules, tmp_path):
    result = run(".", "--output-file", "report.txt")
    assert result.code == 1 and result.out == ""
    assert [line.split()[1] for line in (tmp_path / "report.txt").read_text().splitlines()] == ["INI001", "INI006"]
    assert run(".", "--format", "json", "--output-file", "r.json").out == ""
    assert len(json.loads((tmp_path / "r.json").read_text())) == 2
    bad = run(".", "--output-file", "no/such/dir/r.txt")
    assert bad.code == 2 and bad.err.count("\n") == 1 and "--output-file" in bad.err


def test_quiet_prints_file_names_then_nothing(run, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT + "\n\n" + NORMAL_MEAN)
    write(tmp_path / "b.py", NORMAL_MEAN)
    write(tmp_path / "empty" / "notes.txt", "")
    assert run(".", "-q") == Result(1, "a.py\nb.py\n", "")
    assert run(".", "--quiet") == Result(1, "a.py\nb.py\n", "")
    assert run(".", "empty", "-qq") == Result(1, "", "")  # nothing at all, not even the warning
    assert run(".", "empty", "-q").err != ""


def test_show_source_prints_the_line_and_a_caret(run, two_rules):
    result = run("a.py", "--show-source")
    assert result.lines[1:] == ["    W1 = np.zeros((n_h, n_x))", "         ^"]
    notebook_dir = Path(__file__).resolve().parent / "data" / "frontend" / "notebook.ipynb"
    shutil.copy(notebook_dir, "nb.ipynb")
    nb = run("nb.ipynb", "--show-source")
    assert len(nb.lines) == 3 and nb.lines[2].strip() == "^" and "zeros" in nb.lines[1]


def test_colour_only_on_a_terminal_without_no_color(run, two_rules, monkeypatch):
    assert "\033[" not in run(".").out  # captured: not a terminal
    coloured = run(".", "--color", "always").out
    assert "\033[1ma.py\033[m" in coloured and "\033[1m\033[31mINI001\033[m" in coloured
    assert "\033[" not in run(".", "--color", "never").out

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.use_color("auto", Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.use_color("auto", Terminal()) is False
    assert cli.use_color("always", Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "")  # https://no-color.org: only a non-empty value counts
    assert cli.use_color("auto", Terminal()) is True


def test_python_dash_m_init_lint(tmp_path):
    write(tmp_path / "model.py", ZERO_INIT)
    proc = subprocess.run([sys.executable, "-m", "init_lint", "model.py"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and proc.stdout.startswith("model.py:5:10: INI001"), proc.stderr
    version = subprocess.run([sys.executable, "-m", "init_lint", "--version"], capture_output=True, text=True,
                             timeout=120)
    assert version.stdout.strip() == f"init-lint {__version__}"


# --- baselines ----------------------------------------------------------------------------------


def test_baseline_adoption(run, tmp_path):
    write(tmp_path / "src" / "a.py", ZERO_INIT)
    write(tmp_path / "src" / "b.py", NORMAL_MEAN)
    written = run(".", "--write-baseline", "baseline.json")
    assert written.code == 0 and written.out == "" and "recorded 2 findings in baseline.json" in written.err
    document = json.loads((tmp_path / "baseline.json").read_text())
    assert [(e["path"], e["code"], e["line"], e["count"]) for e in document["findings"]] == [
        ("src/a.py", "INI001", "W1 = np.zeros((n_h, n_x))", 1),
        ("src/b.py", "INI006", "nn.init.normal_(m.weight, 0.02)", 1),
    ]
    assert run(".", "--baseline", "baseline.json") == Result(0, "", "")

    # Old findings stay silent when lines move or are re-indented; a new finding is reported.
    moved = "# a new comment\n\n" + ZERO_INIT.replace("W1 = np.zeros((n_h, n_x))", "W1 = np.zeros((n_h,   n_x))")
    moved = moved.replace("np.random.randn(n_y, n_h) * 0.01", "np.random.randn(n_y, n_h) * 10")  # new: INI004
    write(tmp_path / "src" / "a.py", moved)
    new = run(".", "--baseline", "baseline.json")
    assert new.code == 1 and codes(new) == ["INI004"]
    # Counted: a second copy of a recorded line is new.
    write(tmp_path / "src" / "a.py", ZERO_INIT)
    write(tmp_path / "src" / "c.py", ZERO_INIT)
    again = run(".", "--baseline", "baseline.json")
    assert [line.split(":")[0] for line in again.lines] == [os.path.join("src", "c.py")]
    # The baseline's paths are relative to the baseline file, not to where init-lint runs.
    os.chdir(tmp_path / "src")
    assert [line.split(":")[0] for line in run(".", "--baseline", "../baseline.json").lines] == ["c.py"]


def test_baseline_from_config_applies_to_the_cli_and_flake8(run, flake8, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert run(".", "--write-baseline", "ci/base.json").code == 0
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nbaseline = "ci/base.json"\n')
    assert run(".") == Result(0, "", "")
    assert flake8(".").out == ""
    write(tmp_path / "c.py", NORMAL_MEAN.replace("0.02", "0.01"))
    assert codes(run(".")) == ["INI006"] and flake8(".").codes == ["INI006"]


@pytest.mark.parametrize("content, message", [
    ("{", "not valid JSON"),
    ('{"findings": []}', "not an init-lint baseline"),
    ('{"tool": "init-lint", "findings": [{"path": 1}]}', "finding 1 needs"),
    ("[" * 100000 + "]" * 100000, "not"),
])
def test_broken_baseline_is_a_one_line_error(run, two_rules, tmp_path, content, message):
    write(tmp_path / "b.json", content)
    result = run(".", "--baseline", "b.json")
    assert result.code == 2 and result.out == "" and result.err.count("\n") == 1 and message in result.err
    assert run(".", "--baseline", "missing.json").code == 2
    assert run(".", "--baseline", "b.json", "--write-baseline", "c.json").code == 2


# --- which files: .gitignore, each file once ----------------------------------------------------


def _tree_with_gitignores(root: Path) -> None:
    (root / ".git").mkdir(parents=True)
    write(root / ".gitignore", "generated/\n*_tmp.py\n!keep_tmp.py\n/top_only.py\n")
    write(root / "sub" / ".gitignore", "local.py\n!../unused\n")
    write(root / ".git" / "info" / "exclude", "secret.py\n")
    for name in ["m.py", "generated/g.py", "x_tmp.py", "keep_tmp.py", "top_only.py", "sub/top_only.py",
                 "sub/local.py", "sub/other.py", "deep/sub/local.py", "secret.py", "sub/secret.py"]:
        write(root / name, ZERO_INIT)


LINTED_IN_GIT_TREE = ["deep/sub/local.py", "keep_tmp.py", "m.py", "sub/other.py", "sub/top_only.py"]


def test_gitignore_is_respected_while_walking(run, tmp_path):
    _tree_with_gitignores(tmp_path)
    linted = sorted(line.split(":")[0].replace(os.sep, "/") for line in run(".").lines)
    assert linted == LINTED_IN_GIT_TREE
    assert len(run(".", "--no-respect-gitignore").lines) == 11
    assert len(run("secret.py", "x_tmp.py").lines) == 2  # named explicitly: linted
    assert len(run("generated").lines) == 1  # an ignored directory named explicitly: walked
    write(tmp_path / "generated" / "deep" / "x_tmp.py", ZERO_INIT)
    assert len(run(os.path.join("generated", "deep")).lines) == 1  # inside an ignored one: walked, unfiltered


def test_gitignore_agrees_with_git(tmp_path):
    git = shutil.which("git")
    if git is None:
        pytest.skip("git is not installed")
    _tree_with_gitignores(tmp_path)
    (tmp_path / ".git" / "info" / "exclude").unlink()
    shutil.rmtree(tmp_path / ".git")
    subprocess.run([git, "init", "-q"], cwd=tmp_path, check=True, timeout=60)
    write(tmp_path / ".git" / "info" / "exclude", "secret.py\n")
    names = sorted(str(p.relative_to(tmp_path)).replace(os.sep, "/") for p in tmp_path.rglob("*.py")
                   if ".git" not in p.parts)
    proc = subprocess.run([git, "check-ignore", "--stdin"], cwd=tmp_path, input="\n".join(names), text=True,
                          capture_output=True, timeout=60)
    ignored = set(proc.stdout.split())
    from init_lint.frontends.discovery import discover

    found = sorted(p.replace(os.sep, "/") for p in discover([str(tmp_path)]).files)
    assert [os.path.relpath(p, str(tmp_path).replace(os.sep, "/")) for p in found] == [
        n for n in names if n not in ignored]


def test_each_file_is_linted_once_however_it_is_spelled(run, tmp_path):
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "sub" / "b.py", NORMAL_MEAN)
    result = run("a.py", "./a.py", str(tmp_path / "a.py"), "sub/../a.py", ".", str(tmp_path / "sub" / "b.py"), "sub")
    assert result.lines == [line for line in result.lines if not line.startswith(str(tmp_path))]  # shortest kept
    assert [line.split(":")[0] for line in result.lines] == ["a.py", os.path.join("sub", "b.py")]
    if hasattr(os, "symlink"):
        os.symlink(tmp_path / "a.py", tmp_path / "link.py")
        assert [line.split(":")[0] for line in run(".").lines] == ["a.py", os.path.join("sub", "b.py")]


def test_exclude_applies_to_parent_directories_of_named_files(run, tmp_path):
    # pre-commit names every file: `exclude = ["legacy"]` must leave legacy/deep/x.py out as the walk does.
    write(tmp_path / "legacy" / "deep" / "x.py", ZERO_INIT)
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nexclude = ["legacy"]\n')
    assert run(os.path.join("legacy", "deep", "x.py")) == Result(0, "", "")
    assert run(".").code == 0


def test_test_files_switch_is_documented(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    help_text = capsys.readouterr().out
    assert "--lint-tests" in help_text and "test_*.py" in help_text


# --- the README and the LICENSE -----------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def test_readme_documents_every_flag_and_config_key():
    from init_lint import options

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for spec in options.specs(options.CLI):
        assert f"--{spec.name}" in readme or f"--no-{spec.name}" in readme, spec.name
    config_block = readme.split("## Configuration", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    for key in options.CONFIG_KEYS:
        assert re.search(rf"^{re.escape(key)} = ", config_block, re.M), key
    for spec in options.specs(options.FLAKE8):
        assert spec.flake8_name in readme, spec.flake8_name
    assert "exits with status 1, and that is the expected result" in readme
    assert "--write-baseline" in readme and "--lint-tests" in readme and "NO_COLOR" in readme
    assert 'python3 -m pytest -m "not slow"' in readme


def test_license_file_matches_pyproject():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "MIT"}
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in license_text
    markers = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert any(m.startswith("slow:") for m in markers["markers"])
    assert "pathspec" in " ".join(project["dependencies"])


def test_files_beyond_the_dry_run_bounds_stay_unmarked(run, two_rules, monkeypatch):
    """The dry run costs a libcst rewrite of the file (~20 ms per fix in a large module): a file with more fix
    intents than DRY_RUN_MAX_INTENTS is not dry-run, so its findings are not claimed fixable (issue 19's
    3,200-class file stays bounded). Unmarked is never wrong: a marker is a promise."""
    monkeypatch.setattr(cli, "DRY_RUN_MAX_INTENTS", 0)
    result = run(".")
    assert "[*]" not in result.out and result.err == "" and result.lines

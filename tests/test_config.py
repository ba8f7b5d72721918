"""Options and configuration: one declaration (init_lint.options) behind the CLI's flags, the flake8 plugin's
options and `[tool.init-lint]`; the TOML parsed (every spelling), validated, one-line errors, precedence."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest

from init_lint import options as opts
from init_lint.frontends import cli
from init_lint.frontends.config import Config, ConfigError, discover_config, load, parse_table
from init_lint.frontends.flake8_plugin import InitLintPlugin

from frontend_util import NORMAL_MEAN, ZERO_INIT, flake8, run, write  # noqa: F401 - fixtures

# --- finding the file ------------------------------------------------------------


def test_config_is_found_by_walking_up_from_the_first_path(tmp_path):
    pyproject = write(tmp_path / "pyproject.toml", '[tool.init-lint]\nignore = ["INI001"]\n')
    write(tmp_path / "src" / "pkg" / "m.py", ZERO_INIT)
    config = discover_config(str(tmp_path / "src" / "pkg" / "m.py"))
    assert config.path == str(pyproject)
    assert config.get("ignore") == ("INI001",)


def test_pyproject_without_the_section_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "sub"\n[tool.black]\nline-length = 100\n')
    assert discover_config(str(tmp_path / "sub")).get("select") == ("INI006",)


def test_broken_pyproject_of_another_tool_does_not_stop_the_walk(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[tool.black\nline-length = \n")
    assert discover_config(str(tmp_path / "sub")).get("select") == ("INI006",)


def test_broken_pyproject_that_may_be_ours_is_an_error(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[tool."init-lint"\nselect = ["INI001"]\n')
    with pytest.raises(ConfigError, match="invalid TOML"):
        discover_config(str(tmp_path / "sub"))


def test_no_config_anywhere_gives_defaults(tmp_path):
    write(tmp_path / "m.py", ZERO_INIT)
    config = discover_config(str(tmp_path / "m.py"))
    if config.path is not None:  # a pyproject.toml with [tool.init-lint] above the tmp dir
        pytest.skip(f"found {config.path} above the temporary directory")
    assert config == Config()


# --- every TOML spelling of the table is honoured (parsed, never searched as text) ---------

SPELLINGS = {
    "plain": '[tool.init-lint]\nignore = ["INI001"]\n',
    "quoted": '[tool."init-lint"]\nignore = ["INI001"]\n',
    "single-quoted": "[tool.'init-lint']\nignore = ['INI001']\n",
    "dotted key": '[tool]\ninit-lint.ignore = ["INI001"]\n',
    "inline table": '[tool]\ninit-lint = { ignore = ["INI001"] }\n',
    "top-level dotted": 'tool.init-lint.ignore = ["INI001"]\n',
    "whole inline": 'tool = { init-lint = { ignore = ["INI001"] } }\n',
    "sub-table only": '[tool.init-lint.per-file-ignores]\n"*.py" = ["INI001"]\n',
    "after other tools": '[tool.black]\nline-length = 99\n\n[tool . "init-lint"]\nignore = [\n  "INI001",\n]\n',
}


@pytest.mark.parametrize("text", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_every_toml_spelling_is_honoured_by_cli_and_flake8(run, flake8, tmp_path, text):
    write(tmp_path / "pyproject.toml", text)
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert run(".").codes == ["INI006"]
    assert flake8(".").codes == ["INI006"]


# --- validation ------------------------------------------------------------------


def test_all_keys_parse():
    config = parse_table(
        {
            "select": ["INI0", "INI101"],
            "ignore": ["INI103"],
            "extend-select": ["INI102"],
            "extend-ignore": ["INI00"],
            "per-file-ignores": {"tests/*": ["INI001", "INI002"]},
            "exclude": ["legacy/*"],
            "extend-exclude": ["gen/*"],
            "strict-defaults": True,
            "small-scale": 0.001,
            "deep-layers": 4,
            "large-fan-in": 32,
            "lint-tests": True,
            "respect-gitignore": False,
            "max-file-size": "2M",
            "baseline": "base.json",
            "jobs": 2,
        },
        "pyproject.toml",
    )
    get = config.get
    assert (get("select"), get("ignore"), get("extend-select"), get("extend-ignore")) == (
        ("INI0", "INI101"), ("INI103",), ("INI102",), ("INI00",))
    assert get("per-file-ignores") == (("tests/*", ("INI001", "INI002")),)
    assert (get("exclude"), get("extend-exclude")) == (("legacy/*",), ("gen/*",))
    assert (get("strict-defaults"), get("small-scale"), get("deep-layers"), get("large-fan-in")) == (True, 0.001, 4, 32)
    assert (get("lint-tests"), get("respect-gitignore"), get("max-file-size"), get("jobs")) == (True, False, 2 << 20, 2)
    assert get("baseline") == "base.json"


def test_every_config_key_is_an_option_and_back():
    assert set(opts.CONFIG_KEYS) == {s.name for s in opts.SPECS if opts.CONFIG in s.where}
    assert {"select", "ignore", "extend-select", "extend-ignore", "per-file-ignores", "exclude", "extend-exclude",
            "lint-tests", "max-file-size", "baseline", "jobs"} <= set(opts.CONFIG_KEYS)


@pytest.mark.parametrize(
    "key, value",
    [
        ("select", "INI001"),  # a string, not a list
        ("select", ["zeros"]),
        ("select", ["INI01"]),  # looks like a prefix, matches no rule
        ("select", ["ini001"]),  # codes are upper case, as in flake8
        ("ignore", [1]),
        ("extend-ignore", ["E501"]),  # not ours
        ("per-file-ignores", ["tests/*"]),
        ("per-file-ignores", {"tests/*": "INI001"}),
        ("per-file-ignores", {"tests/*": ["FOO"]}),
        ("exclude", "build"),
        ("strict-defaults", "yes"),
        ("lint-tests", 1),
        ("small-scale", "0.01"),
        ("small-scale", 0),
        ("small-scale", -5),
        ("small-scale", float("inf")),
        ("small-scale", True),
        ("deep-layers", 2.5),
        ("deep-layers", 0),
        ("max-file-size", "huge"),
        ("max-file-size", 0),
        ("jobs", True),
        ("jobs", -1),
        ("baseline", 3),
    ],
)
def test_wrong_type_or_value_names_the_key_and_file(key, value):
    with pytest.raises(ConfigError) as exc:
        parse_table({key: value}, "/p/pyproject.toml")
    message = str(exc.value)
    assert message.startswith("/p/pyproject.toml: [tool.init-lint] " + key + ": ")
    assert "\n" not in message


def test_unknown_code_in_config_suggests_the_right_one():
    with pytest.raises(ConfigError, match=r"select: unknown rule code 'INI01' \(did you mean 'INI001'\?\)"):
        parse_table({"select": ["INI01"]}, "pyproject.toml")


def test_unknown_key_suggests_the_right_spelling():
    with pytest.raises(ConfigError, match=r"unknown key 'strict_defaults' \(did you mean 'strict-defaults'\?\)"):
        parse_table({"strict_defaults": True}, "pyproject.toml")


@pytest.mark.parametrize("key", ["full-analysis", "format", "fix", "output-file", "write-baseline"])
def test_command_line_only_and_removed_options_are_not_config_keys(key):
    with pytest.raises(ConfigError, match=f"unknown key '{key}'"):
        parse_table({key: True}, "pyproject.toml")


@pytest.mark.parametrize("text", ['[tool]\ninit-lint = "yes"\n', "[tool]\ninit-lint = 5\n", "tool.init-lint = []\n",
                                  "[[tool.init-lint]]\nselect = []\n"])
def test_section_that_is_not_a_table_is_an_error(tmp_path, text):
    path = write(tmp_path / "pyproject.toml", text)
    with pytest.raises(ConfigError, match=r"tool.init-lint must be a table \(\[tool.init-lint\]\), got an? "):
        load(str(path))
    with pytest.raises(ConfigError, match="must be a table"):
        discover_config(str(tmp_path))


def test_tool_that_is_not_a_table_is_not_ours(tmp_path):
    write(tmp_path / "pyproject.toml", "tool = 5\n")
    assert discover_config(str(tmp_path)).values == {}


# --- through the CLI: errors exit 2 with one line, never a traceback -------------------------


def _deep_array(depth: int) -> str:
    return "[tool.init-lint]\nselect = " + "[" * depth + "]" * depth + "\n"


@pytest.mark.parametrize(
    "text, named",
    [
        ('[tool.init-lint]\ncolour = "red"\n', "colour"),
        ('[tool.init-lint]\nsmall-scale = "tiny"\n', "small-scale"),
        ("[tool.init-lint]\njobs = 0\n", "jobs"),
        ("[tool.init-lint]\nselect = [\n", "invalid TOML"),  # not TOML at all
        ("[tool]\ninit-lint = 5\n", "must be a table"),
        (_deep_array(5000), "nested too deeply"),
        ("[tool.init-lint]\nx = " + "{a=" * 3000 + "1" + "}" * 3000 + "\n", "nested too deeply"),
    ],
    ids=["unknown-key", "wrong-type", "out-of-range", "not-toml", "not-a-table", "deep-array", "deep-tables"],
)
def test_config_error_exits_2_with_one_line(run, flake8, tmp_path, text, named):
    write(tmp_path / "pyproject.toml", text)
    write(tmp_path / "m.py", ZERO_INIT)
    result = run("m.py")
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("init-lint: error: ")
    assert "pyproject.toml" in result.err and named in result.err
    assert "Traceback" not in result.err
    # The plugin reads the same table: a flake8 option error (usage line, one error line, exit 2).
    via_flake8 = flake8("m.py")
    assert via_flake8.code == 2 and via_flake8.out == ""
    assert [line for line in via_flake8.err.splitlines() if not line.startswith("usage:")] == [
        line.replace("init-lint: error: ", "flake8: error: ") for line in result.err.splitlines()]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_config_that_is_not_a_regular_file_is_a_one_line_error(run, tmp_path):
    write(tmp_path / "m.py", ZERO_INIT)
    os.mkfifo(tmp_path / "fifo.toml")
    (tmp_path / "latin1.toml").write_bytes('[tool.init-lint]\n# caf\xe9\nselect = ["INI0"]\n'.encode("latin-1"))
    cases = {
        "/dev/zero": "not a regular file (a character device)",
        "fifo.toml": "not a regular file (a FIFO)",
        ".": "not a regular file (a directory)",
        "missing.toml": "cannot read",
        "latin1.toml": "not UTF-8",
    }
    for path, message in cases.items():
        if path.startswith("/dev/") and not os.path.exists(path):
            continue
        result = run("--config", path, "m.py")
        assert result.code == 2 and result.err.count("\n") == 1 and message in result.err, (path, result)


def test_explicit_config_file_and_isolated(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nignore = ["INI001"]\n')
    write(tmp_path / "other.toml", '[tool.init-lint]\nignore = ["INI006"]\n')
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert run(".").codes == ["INI006"]
    assert run(".", "--config", "other.toml").codes == ["INI001"]
    assert run(".", "--isolated").codes == ["INI001", "INI006"]
    assert run(".", "--config", "missing.toml").code == 2


# --- settings reach the linter; the command line wins ---------------------------


def test_per_file_ignores(run, tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.init-lint.per-file-ignores]\n"tests/*" = ["INI001"]\n"legacy_*.py" = ["INI0"]\n',
    )
    write(tmp_path / "src" / "a.py", ZERO_INIT)
    write(tmp_path / "tests" / "deep" / "t.py", ZERO_INIT + "\n\n" + NORMAL_MEAN)
    write(tmp_path / "src" / "legacy_model.py", ZERO_INIT)
    assert [(p, c) for p, _, _, c in run(".").places()] == [
        (os.path.join("src", "a.py"), "INI001"),
        (os.path.join("tests", "deep", "t.py"), "INI006"),
    ]
    # flake8's rule: per-file-ignores extend the ignore list, so an explicitly selected longer code still wins.
    assert run(".", "--select", "INI001").codes == ["INI001", "INI001"]
    assert run(".", "--per-file-ignores", "src/*:INI0").codes == ["INI001", "INI006"]  # replaces the config's


def test_per_file_ignores_apply_to_stdin_filename(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint.per-file-ignores]\n"tests/*" = ["INI001"]\n')
    assert run("-", "--stdin-filename", "tests/t.py", stdin=ZERO_INIT.encode()).code == 0
    assert run("-", "--stdin-filename", "src/m.py", stdin=ZERO_INIT.encode()).code == 1


def test_exclude_and_extend_exclude_from_config(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nexclude = ["legacy", "*_pb2.py"]\nextend-exclude = ["gen"]\n')
    write(tmp_path / "legacy" / "old.py", ZERO_INIT)
    write(tmp_path / "gen" / "g.py", ZERO_INIT)
    write(tmp_path / "src" / "msg_pb2.py", ZERO_INIT)
    write(tmp_path / "src" / "m.py", ZERO_INIT)
    assert [p for p, *_ in run(".").places()] == [os.path.join("src", "m.py")]
    # --exclude replaces the config's exclude; the config's extend-exclude still applies.
    assert [p for p, *_ in run(".", "--exclude", "src").places()] == [os.path.join("legacy", "old.py")]
    # --extend-exclude replaces the config's extend-exclude, on top of its exclude.
    assert [p for p, *_ in run(".", "--extend-exclude", "legacy").places()] == [
        os.path.join("gen", "g.py"), os.path.join("src", "m.py")]


def test_command_line_overrides_config(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert run(".").codes == ["INI006"]
    assert run(".", "--select", "INI001").codes == ["INI001"]


def test_settings_precedence_for_rule_options(tmp_path):
    config = parse_table(
        {"strict-defaults": True, "small-scale": 0.001, "deep-layers": 5, "jobs": 3, "ignore": ["INI103"],
         "lint-tests": True, "large-fan-in": 8},
        str(tmp_path / "pyproject.toml"),
    )
    parser = cli.build_parser()
    from_config = cli.resolve_settings(parser.parse_args(["."]), config)
    assert from_config.options.strict_defaults is True and from_config.options.lint_tests is True
    assert (from_config.options.small_scale, from_config.options.deep_layers) == (0.001, 5)
    assert from_config.options.large_fan_in == 8
    assert from_config.jobs == min(3, cli.cpu_count()) and from_config.options.ignore == frozenset({"INI103"})

    args = parser.parse_args([".", "--no-strict-defaults", "--small-scale", "0.02", "--deep-layers", "2", "-j", "1",
                              "--no-lint-tests", "--large-fan-in", "64"])
    from_cli = cli.resolve_settings(args, config)
    assert from_cli.options.strict_defaults is False and from_cli.options.lint_tests is False
    assert (from_cli.options.small_scale, from_cli.options.deep_layers, from_cli.jobs) == (0.02, 2, 1)
    assert from_cli.options.large_fan_in == 64

    defaults = cli.resolve_settings(parser.parse_args(["."]), Config())
    assert defaults.options == opts.Options() and defaults.jobs == cli.cpu_count()


def test_jobs_are_capped_at_the_cpu_count(tmp_path):
    config = parse_table({"jobs": 100000}, str(tmp_path / "pyproject.toml"))
    parser = cli.build_parser()
    assert cli.resolve_settings(parser.parse_args(["."]), config).jobs == cli.cpu_count()
    assert cli.resolve_settings(parser.parse_args([".", "-j", "64"]), Config()).jobs == min(64, cli.cpu_count())


def test_small_scale_from_config_changes_ini003(run, tmp_path):
    # 0.005 is below the default small-scale (0.01) but not below 0.001.
    source = ZERO_INIT.replace("np.zeros((n_h, n_x))", "np.random.randn(n_h, n_x) * 0.005")
    write(tmp_path / "m.py", source)
    assert "INI003" in run("m.py", "--isolated").codes
    write(tmp_path / "pyproject.toml", "[tool.init-lint]\nsmall-scale = 0.001\n")
    assert "INI003" not in run("m.py").codes


# --- one declaration: the three front ends are made from it ---------------------------------


def test_every_cli_option_is_in_the_help(run):
    result = run("--help")
    assert result.code == 0
    for spec in opts.specs(opts.CLI):
        assert f"--{spec.name}" in result.out, spec.name
    assert "full-analysis" not in result.out


def test_every_flake8_option_is_registered_and_only_those(flake8):
    result = flake8("--help", select=False)
    registered = set(re.findall(r"--init-lint-[a-z-]+", result.out))
    assert registered == {spec.flake8_name for spec in opts.specs(opts.FLAKE8)}
    assert "--init-lint-lint-tests" in registered and "--init-lint-small-scale" in registered
    assert not any("full-analysis" in name for name in registered)


def test_lint_tests_switch_reaches_the_engine_from_every_front_end(tmp_path, flake8):
    parser = cli.build_parser()
    assert cli.resolve_settings(parser.parse_args(["."]), Config()).options.lint_tests is False
    assert cli.resolve_settings(parser.parse_args([".", "--lint-tests"]), Config()).options.lint_tests is True
    config = parse_table({"lint-tests": True}, str(tmp_path / "pyproject.toml"))
    assert cli.resolve_settings(parser.parse_args(["."]), config).options.lint_tests is True
    write(tmp_path / "m.py", "x = 1\n")
    flake8("--init-lint-lint-tests", "m.py")
    assert InitLintPlugin.options.lint_tests is True
    flake8("m.py")
    assert InitLintPlugin.options.lint_tests is False


# --- the flake8 plugin: same config, its own options override, flake8 option errors ----------


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--init-lint-small-scale=-5"], "--init-lint-small-scale: expected a number greater than 0, got '-5'"),
        (["--init-lint-small-scale", "nan"], "expected a number greater than 0"),
        (["--init-lint-deep-layers=0"], "argument --init-lint-deep-layers: expected a whole number of at least 1"),
        (["--init-lint-max-file-size=big"], "expected a size such as 10M"),
    ],
)
def test_flake8_rejects_bad_plugin_values_on_the_command_line(flake8, tmp_path, argv, message):
    write(tmp_path / "m.py", ZERO_INIT)
    result = flake8(*argv, "m.py")
    assert result.code == 2 and result.out == ""
    assert "flake8: error: argument --init-lint-" in result.err and message in result.err


@pytest.mark.parametrize("setting", ["init-lint-small-scale = -5", "init-lint-deep-layers = many",
                                     "init_lint_small_scale = 0"])
def test_flake8_rejects_bad_plugin_values_in_its_config(flake8, tmp_path, setting):
    write(tmp_path / "setup.cfg", f"[flake8]\n{setting}\n")
    write(tmp_path / "m.py", ZERO_INIT)
    result = flake8("m.py")
    assert result.code == 2 and "flake8: error: argument --init-lint-" in result.err


def test_flake8_reads_tool_init_lint_and_its_own_options_override(flake8, run, tmp_path):
    source = ZERO_INIT.replace("np.zeros((n_h, n_x))", "np.random.randn(n_h, n_x) * 0.005")
    write(tmp_path / "m.py", source)
    assert "INI003" in flake8("m.py").codes
    write(tmp_path / "pyproject.toml", "[tool.init-lint]\nsmall-scale = 0.001\n")
    assert "INI003" not in flake8("m.py").codes
    assert "INI003" in flake8("--init-lint-small-scale=0.01", "m.py").codes  # flake8's own option wins
    write(tmp_path / "setup.cfg", "[flake8]\ninit-lint-small-scale = 0.01\n")
    assert "INI003" in flake8("m.py").codes  # also from flake8's config file
    assert "INI003" not in run("m.py").codes  # the CLI does not read [flake8]


def test_flake8_applies_tool_init_lint_selection_exclude_and_per_file_ignores(flake8, run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nignore = ["INI0"]\nextend-select = ["INI006"]\n'
                                       'exclude = ["legacy"]\n[tool.init-lint.per-file-ignores]\n"b.py" = ["INI006"]\n')
    write(tmp_path / "a.py", ZERO_INIT + "\n\n" + NORMAL_MEAN)
    write(tmp_path / "b.py", NORMAL_MEAN)
    write(tmp_path / "legacy" / "c.py", NORMAL_MEAN)
    expected = [("a.py", 21, 17, "INI006")]
    assert run(".").places() == expected
    assert flake8(".").places() == expected


# --- select / ignore: flake8's decision, in both front ends ----------------------------------

SELECTIONS = [
    (["--select", "INI001", "--ignore", "INI0"], ["INI001"]),  # longest prefix wins (issue 18: CLI said 0)
    (["--select", "INI0", "--ignore", "INI001"], ["INI006"]),
    (["--ignore", "INI0", "--extend-select", "INI006"], ["INI006"]),
    (["--extend-ignore", "INI006"], ["INI001"]),
    (["--select", "INI006", "--extend-select", "INI001"], ["INI001", "INI006"]),
    (["--select", "INI00", "--ignore", "INI00"], []),  # same length: ignored, as flake8 decides
]


@pytest.mark.parametrize("argv, expected", SELECTIONS)
def test_cli_and_flake8_select_the_same_codes(run, flake8, tmp_path, argv, expected):
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert run(".", *argv).codes == expected
    assert [c for c in flake8(*argv, ".", select=False).codes if c.startswith("INI")] == expected


def test_options_wants_is_flake8s_decision_engine():
    from flake8.style_guide import Decision, DecisionEngine
    import argparse

    for select, ignore in [({"INI001"}, {"INI0"}), ({"INI0"}, {"INI001"}), (set(), {"INI1"}), ({"I"}, {"INI"})]:
        ours = opts.Options(select=frozenset(select), ignore=frozenset(ignore))
        theirs = DecisionEngine(argparse.Namespace(select=sorted(select) or None, ignore=sorted(ignore) or None,
                                                   extend_select=[], extend_ignore=[],
                                                   extended_default_select=["INI"], extended_default_ignore=[]))
        for code in opts.known_codes():
            assert ours.wants(code) == (theirs.decision_for(code) is Decision.Selected), (select, ignore, code)


def test_known_codes_are_the_rule_registry():
    from init_lint.rules import ALL_RULES

    assert opts.known_codes() == tuple(sorted(r.code for r in ALL_RULES))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_pyproject_while_walking_is_passed_over(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    sub = write(tmp_path / "sub" / "pyproject.toml", '[tool.init-lint]\nselect = ["INI001"]\n')
    sub.chmod(0)
    try:
        assert discover_config(str(tmp_path / "sub")).get("select") == ("INI006",)
    finally:
        sub.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_values_are_checked_by_kind():
    assert opts.Size().from_text("10M") == 10 << 20 and opts.Size().from_text("512KiB") == 512 << 10
    assert opts.Size().from_toml(1234) == 1234
    assert opts.Boolean().from_text("yes") is True and opts.Boolean().from_text("off") is False
    assert opts.PerFileIgnores().from_text("a/*:INI001,INI002 b.py:INI1") == (("a/*", ("INI001", "INI002")),
                                                                              ("b.py", ("INI1",)))
    with pytest.raises(ValueError):
        opts.Boolean().from_toml("true")
    assert Path(opts.__file__).name == "options.py"

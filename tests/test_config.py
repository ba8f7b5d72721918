"""`[tool.init-lint]` in pyproject.toml: discovery, validation, precedence."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from init_lint import cli
from init_lint.config import Config, ConfigError, discover_config, load, parse_table

DATA = Path(__file__).resolve().parent / "data" / "frontend"
ZERO_INIT = (DATA / "numpy_zero_init.py").read_text()  # INI001 at 5:10
NORMAL_MEAN = (DATA / "torch_normal_mean.py").read_text()  # INI006 at 10:17


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def invoke(*argv, stdin: bytes = b""):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def codes(out: str):
    return [line.split()[1] for line in out.splitlines()]


# --- finding the file ------------------------------------------------------------


def test_config_is_found_by_walking_up_from_the_first_path(tmp_path):
    pyproject = write(tmp_path / "pyproject.toml", '[tool.init-lint]\nignore = ["INI001"]\n')
    write(tmp_path / "src" / "pkg" / "m.py", ZERO_INIT)
    config = discover_config(str(tmp_path / "src" / "pkg" / "m.py"))
    assert config.path == str(pyproject)
    assert config.ignore == frozenset({"INI001"})


def test_pyproject_without_the_section_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "sub"\n')
    assert discover_config(str(tmp_path / "sub")).select == frozenset({"INI006"})


def test_broken_pyproject_of_another_tool_does_not_stop_the_walk(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "sub" / "pyproject.toml", "[tool.black\nline-length = \n")
    assert discover_config(str(tmp_path / "sub")).select == frozenset({"INI006"})


def test_no_config_anywhere_gives_defaults(tmp_path):
    write(tmp_path / "m.py", ZERO_INIT)
    config = discover_config(str(tmp_path / "m.py"))
    if config.path is not None:  # a pyproject.toml with [tool.init-lint] above the tmp dir
        pytest.skip(f"found {config.path} above the temporary directory")
    assert config == Config()


# --- validation ------------------------------------------------------------------


def test_all_keys_parse():
    config = parse_table(
        {
            "select": ["INI0", "ini101"],
            "ignore": ["INI103"],
            "per-file-ignores": {"tests/*": ["INI001", "INI002"]},
            "exclude": ["legacy/*"],
            "strict-defaults": True,
            "small-scale": 0.001,
            "deep-layers": 4,
            "jobs": 2,
        },
        "pyproject.toml",
    )
    assert config.select == frozenset({"INI0", "INI101"})
    assert config.ignore == frozenset({"INI103"})
    assert config.per_file_ignores == (("tests/*", frozenset({"INI001", "INI002"})),)
    assert config.exclude == ("legacy/*",)
    assert (config.strict_defaults, config.small_scale, config.deep_layers, config.jobs) == (True, 0.001, 4, 2)


@pytest.mark.parametrize(
    "key, value",
    [
        ("select", "INI001"),  # a string, not a list
        ("select", ["zeros"]),
        ("ignore", [1]),
        ("per-file-ignores", ["tests/*"]),
        ("per-file-ignores", {"tests/*": "INI001"}),
        ("exclude", "build"),
        ("strict-defaults", "yes"),
        ("small-scale", "0.01"),
        ("small-scale", 0),
        ("small-scale", True),
        ("deep-layers", 2.5),
        ("deep-layers", 0),
        ("jobs", True),
        ("jobs", -1),
    ],
)
def test_wrong_type_or_value_names_the_key_and_file(key, value):
    with pytest.raises(ConfigError) as exc:
        parse_table({key: value}, "/p/pyproject.toml")
    message = str(exc.value)
    assert message.startswith("/p/pyproject.toml: [tool.init-lint] ")
    assert key in message
    assert "\n" not in message


def test_unknown_key_suggests_the_right_spelling():
    with pytest.raises(ConfigError, match=r"unknown key 'strict_defaults' \(did you mean 'strict-defaults'\?\)"):
        parse_table({"strict_defaults": True}, "pyproject.toml")


def test_section_that_is_not_a_table(tmp_path):
    path = write(tmp_path / "pyproject.toml", '[tool]\ninit-lint = "yes"\n')
    with pytest.raises(ConfigError, match="must be a table"):
        load(str(path))


# --- through the CLI: errors exit 2 with one line -------------------------------


@pytest.mark.parametrize(
    "table, key",
    [
        ('colour = "red"\n', "colour"),
        ('small-scale = "tiny"\n', "small-scale"),
        ('jobs = 0\n', "jobs"),
        ("select = [\n", None),  # not TOML at all
    ],
)
def test_config_error_exits_2_with_one_line(run, tmp_path, table, key):
    write(tmp_path / "pyproject.toml", "[tool.init-lint]\n" + table)
    write(tmp_path / "m.py", ZERO_INIT)
    code, out, err = run("m.py")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("init-lint: error: ")
    assert "pyproject.toml" in err
    if key:
        assert key in err


def test_explicit_config_file_and_isolated(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nignore = ["INI001"]\n')
    write(tmp_path / "other.toml", '[tool.init-lint]\nignore = ["INI006"]\n')
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert codes(run(".")[1]) == ["INI006"]
    assert codes(run(".", "--config", "other.toml")[1]) == ["INI001"]
    assert codes(run(".", "--isolated")[1]) == ["INI001", "INI006"]
    assert run(".", "--config", "missing.toml")[0] == 2


# --- settings reach the linter; the command line wins ---------------------------


def test_per_file_ignores(run, tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.init-lint.per-file-ignores]\n"tests/*" = ["INI001"]\n"legacy_*.py" = ["INI0"]\n',
    )
    write(tmp_path / "src" / "a.py", ZERO_INIT)
    write(tmp_path / "tests" / "deep" / "t.py", ZERO_INIT + "\n\n" + NORMAL_MEAN)
    write(tmp_path / "src" / "legacy_model.py", ZERO_INIT)
    lines = run(".")[1].splitlines()
    assert [(line.split(":")[0], line.split()[1]) for line in lines] == [
        (os.path.join("src", "a.py"), "INI001"),
        (os.path.join("tests", "deep", "t.py"), "INI006"),
    ]


def test_per_file_ignores_apply_to_stdin_filename(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint.per-file-ignores]\n"tests/*" = ["INI001"]\n')
    assert run("-", "--stdin-filename", "tests/t.py", stdin=ZERO_INIT.encode())[0] == 0
    assert run("-", "--stdin-filename", "src/m.py", stdin=ZERO_INIT.encode())[0] == 1


def test_exclude_from_config(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nexclude = ["legacy", "*_pb2.py"]\n')
    write(tmp_path / "legacy" / "old.py", ZERO_INIT)
    write(tmp_path / "src" / "msg_pb2.py", ZERO_INIT)
    write(tmp_path / "src" / "m.py", ZERO_INIT)
    assert [line.split(":")[0] for line in run(".")[1].splitlines()] == [os.path.join("src", "m.py")]


def test_command_line_overrides_config(run, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.init-lint]\nselect = ["INI006"]\n')
    write(tmp_path / "a.py", ZERO_INIT)
    write(tmp_path / "b.py", NORMAL_MEAN)
    assert codes(run(".")[1]) == ["INI006"]
    assert codes(run(".", "--select", "INI001")[1]) == ["INI001"]


def test_settings_precedence_for_rule_options(tmp_path):
    config = parse_table(
        {"strict-defaults": True, "small-scale": 0.001, "deep-layers": 5, "jobs": 3, "ignore": ["INI103"]},
        str(tmp_path / "pyproject.toml"),
    )
    parser = cli.build_parser()
    from_config = cli.resolve_settings(parser.parse_args(["."]), config)
    assert from_config.options.strict_defaults is True
    assert (from_config.options.small_scale, from_config.options.deep_layers) == (0.001, 5)
    assert from_config.jobs == 3 and from_config.options.ignore == frozenset({"INI103"})

    args = parser.parse_args([".", "--no-strict-defaults", "--small-scale", "0.02", "--deep-layers", "2", "-j", "1"])
    from_cli = cli.resolve_settings(args, config)
    assert from_cli.options.strict_defaults is False
    assert (from_cli.options.small_scale, from_cli.options.deep_layers, from_cli.jobs) == (0.02, 2, 1)

    defaults = cli.resolve_settings(parser.parse_args(["."]), Config())
    assert defaults.options == cli.Options() and defaults.jobs == (os.cpu_count() or 1)


def test_small_scale_from_config_changes_ini003(run, tmp_path):
    # 0.005 is below the default small-scale (0.01) but not below 0.001.
    source = ZERO_INIT.replace("np.zeros((n_h, n_x))", "np.random.randn(n_h, n_x) * 0.005")
    write(tmp_path / "m.py", source)
    assert "INI003" in codes(run("m.py", "--isolated")[1])
    write(tmp_path / "pyproject.toml", "[tool.init-lint]\nsmall-scale = 0.001\n")
    assert "INI003" not in codes(run("m.py")[1])

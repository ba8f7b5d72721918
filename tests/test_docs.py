"""Rule docs: generated from the rule classes, complete, and up to date on disk."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from init_lint import docs
from init_lint.rules.base import Example, Rule

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "run `python scripts/gen_docs.py`"


def _all_rules():
    from init_lint.rules import ALL_RULES

    return list(ALL_RULES)


def _is_meta(rule) -> bool:
    """INI9xx are about init-lint itself: no weights, so no figure."""
    return rule.code.startswith("INI9")


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeRule(Rule):
    code = "INI042"
    name = "fake-rule"
    checklist = "3 too small?"
    summary = "Finds a | pipe\nacross lines."
    why = "Shrinks x0.22 per layer."
    fix_advice = "Scale by `np.sqrt(1 / n_in)`."
    options_doc = "`small-scale`: default 0.01."
    references = ("Glorot & Bengio (2010)",)
    fixable = True
    invalid = (Example("W = np.zeros((3, 3))\n", 1), Example("W = bad_two()\n", 1))
    valid = (Example("W = good_one()\n"), Example("W = good_two()\n"))


# --------------------------------------------------------------------------
# The files on disk


def test_rule_docs_on_disk_are_up_to_date():
    problems = docs.stale_files(_all_rules())
    assert not problems, "rule docs are stale; " + REGENERATE + ":\n" + "\n".join(problems)


# --------------------------------------------------------------------------
# Every rule is documented completely


@pytest.fixture(params=_all_rules(), ids=lambda r: r.code)
def rule(request):
    return request.param


def test_rule_has_a_why_with_a_number(rule):
    assert rule.why.strip(), f"{rule.code}: empty `why`"
    assert re.search(r"\d", rule.why), f"{rule.code}: `why` should quote at least one number"


def test_rule_has_valid_and_invalid_examples(rule):
    assert rule.invalid, f"{rule.code}: no invalid example"
    assert rule.valid, f"{rule.code}: no valid example"
    for example in rule.invalid:
        assert example.line >= 1, f"{rule.code}: invalid example without the reported line"


def test_judging_order_is_the_catalogue_order():
    """RULES.md: the most specific cause wins, INI006, INI001, INI002, INI005, INI003/INI004, then INI101-INI103."""
    from init_lint.rules import PRIORITY

    assert [r.code for r in PRIORITY] == ["INI006", "INI001", "INI002", "INI005", "INI003", "INI004",
                                          "INI103", "INI101", "INI102"]


def _examples(kind: str):
    return [pytest.param(r, i, ex, id=f"{r.code}-{kind}-{i}")
            for r in _all_rules() for i, ex in enumerate(getattr(r, kind))]


@pytest.mark.parametrize("rule,index,example", _examples("valid"))
def test_valid_example_is_silent(rule, index, example):
    from init_lint.pipeline import analyze

    found = analyze(example.code, f"{rule.code}_valid_{index}.py")
    assert not found, [(f.line, f.code, f.message) for f in found]


@pytest.mark.parametrize("rule,index,example", _examples("invalid"))
def test_invalid_example_fires_at_its_line(rule, index, example):
    from init_lint.pipeline import analyze

    found = [(f.line, f.code) for f in analyze(example.code, f"{rule.code}_invalid_{index}.py")]
    assert (example.line, rule.code) in found, found
    assert all(code == rule.code for _, code in found), found


def test_rule_has_a_figure(rule):
    if _is_meta(rule):
        pytest.skip("INI9xx rules are about init-lint itself: nothing to simulate")
    png = docs.FIGURES_DIR / f"{rule.code}.png"
    assert png.is_file(), f"missing {png}: run `python scripts/make_figures.py {rule.code}`"
    assert png.stat().st_size <= 80_000
    assert f"../figures/{rule.code}.png" in docs.render_rule_doc(rule)


def test_every_weight_rule_has_a_simulation_scenario(rule):
    from init_lint import viz  # the scenario table imports without numpy

    if _is_meta(rule):
        pytest.skip("INI9xx rules are about init-lint itself")
    assert rule.code in viz.SCENARIOS


def test_every_scenario_belongs_to_a_rule():
    from init_lint import viz

    assert set(viz.SCENARIOS) <= {r.code for r in _all_rules()}


def test_index_lists_every_rule():
    index = docs.render_index(_all_rules())
    for r in _all_rules():
        assert f"[{r.code}]({r.code}.md)" in index


# --------------------------------------------------------------------------
# Rendering (fake rule: independent of the real catalogue)


def test_page_has_ruff_shaped_sections_in_order(tmp_path):
    (tmp_path / "INI042.png").write_bytes(b"png")
    page = docs.render_rule_doc(FakeRule, figures_dir=tmp_path)
    headings = re.findall(r"^(#{1,2} .+)$", page, flags=re.M)
    assert headings == [
        "# INI042: fake-rule",
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
        "## Options",
        "## More examples that fire",
        "## More examples that stay silent",
        "## Figure",
        "## References",
    ]
    assert "Checklist: **3 too small?** · Fix: available with `--fix`" in page
    assert "```python\nW = np.zeros((3, 3))\n```\n\ninit-lint reports line 1." in page
    use_instead = page.split("## Use instead")[1].split("## Options")[0]
    assert "np.sqrt(1 / n_in)" in use_instead and "good_one()" in use_instead
    silent = page.split("## More examples that stay silent")[1].split("## Figure")[0]
    assert "good_two()" in silent and "good_one()" not in silent
    assert "](../figures/INI042.png)" in page
    assert "- Glorot & Bengio (2010)" in page
    assert page.endswith("```\n") or page.endswith(")\n")


def test_page_leaves_out_a_missing_figure_and_empty_sections(tmp_path):
    class Minimal(FakeRule):
        invalid = (Example("W = bad()\n", 1),)
        valid = (Example("W = good()\n"),)
        references = ()

    page = docs.render_rule_doc(Minimal, figures_dir=tmp_path)
    assert "## Figure" not in page
    assert "## More examples" not in page
    assert "## References\n\nNone." in page


def test_rendering_is_deterministic(tmp_path):
    assert docs.render_rule_doc(FakeRule, tmp_path) == docs.render_rule_doc(FakeRule, tmp_path)


def test_index_cells_are_single_line_and_escape_pipes():
    index = docs.render_index([FakeRule])
    row = next(line for line in index.splitlines() if line.startswith("| [INI042]"))
    assert "Finds a \\| pipe across lines." in row
    assert row.endswith("| yes |")


# --------------------------------------------------------------------------
# scripts/gen_docs.py


def test_gen_docs_writes_then_check_passes_then_detects_staleness(tmp_path, capsys):
    gen_docs = _load_script("gen_docs")
    out = tmp_path / "rules"
    figs = tmp_path / "figures"
    figs.mkdir()
    args = ["--docs-dir", str(out), "--figures-dir", str(figs)]

    assert gen_docs.main(["--check", *args]) == 1  # nothing written yet
    assert gen_docs.main(args) == 0
    assert (out / "README.md").is_file()
    assert gen_docs.main(["--check", *args]) == 0

    first = sorted(out.glob("INI*.md"))[0]
    first.write_text(first.read_text() + "hand edit\n")
    (out / "INI999.md").write_text("old rule\n")
    capsys.readouterr()
    assert gen_docs.main(["--check", *args]) == 1
    captured = capsys.readouterr()
    assert f"{first.name} (outdated)" in captured.out
    assert "INI999.md (no such rule)" in captured.out
    assert "python scripts/gen_docs.py" in captured.err

    assert gen_docs.main(args) == 0  # repairs and removes the orphan
    assert not (out / "INI999.md").exists()
    assert gen_docs.main(["--check", *args]) == 0

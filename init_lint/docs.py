"""Rule documentation rendered from the rule classes (docs/rules/*.md).

Each `Rule` carries its summary, rationale, advice and examples; this module
turns them into one markdown page per rule, in the shape of ruff's rule
pages, plus an index. `scripts/gen_docs.py` writes the files and
`tests/test_docs.py` fails when the files on disk are stale, so the docs
cannot drift from the code.

Pure standard library: rendering docs must not need the `viz` extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Type

from .rules.base import Example, Rule

ROOT = Path(__file__).resolve().parents[1]
DOCS_DIR = ROOT / "docs" / "rules"
FIGURES_DIR = ROOT / "docs" / "figures"
INDEX_NAME = "README.md"
REGENERATE = "python scripts/gen_docs.py"
GENERATED_NOTE = f"<!-- Generated from init_lint/rules by `{REGENERATE}`; do not edit. -->"


# --------------------------------------------------------------------------
# One rule page


def render_rule_doc(rule: Type[Rule], figures_dir: Optional[Path] = None) -> str:
    """Markdown page for one rule.

    The figure section appears only when `figures_dir/<code>.png` exists
    (default: docs/figures), and links it relative to docs/rules/.
    """
    figures_dir = FIGURES_DIR if figures_dir is None else figures_dir
    invalid, valid = list(rule.invalid), list(rule.valid)
    sections = [
        f"{GENERATED_NOTE}\n\n# {rule.code}: {rule.name}\n\n{_status_line(rule)}",
        _section("What it does", rule.summary),
        _section("Why is this bad?", rule.why),
        _section("Example", _example_block(invalid[0], reported=True) if invalid else ""),
        _section("Use instead", _join(rule.fix_advice, _example_block(valid[0]) if valid else "")),
        _section("Options", rule.options_doc),
        _section("More examples that fire", _examples(invalid[1:], reported=True)),
        _section("More examples that stay silent", _examples(valid[1:])),
        _section("Figure", _figure(rule.code, figures_dir)),
        _section("References", _references(rule.references)),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def _status_line(rule: Type[Rule]) -> str:
    fix = "available with `--fix`" if rule.fixable else "manual"
    return f"Checklist: **{rule.checklist}** · Fix: {fix} · Default level: {rule.default_level}"


def _section(title: str, body: str) -> str:
    """A `## title` section; empty (and so left out) when there is nothing to say."""
    body = body.strip()
    return f"## {title}\n\n{body}" if body else ""


def _join(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def _example_block(example: Example, reported: bool = False) -> str:
    code = example.code.rstrip("\n")
    block = f"```python\n{code}\n```"
    if reported and example.line:
        return f"{block}\n\ninit-lint reports line {example.line}."
    return block


def _examples(examples: Sequence[Example], reported: bool = False) -> str:
    return "\n\n".join(_example_block(e, reported) for e in examples)


def _figure(code: str, figures_dir: Path) -> str:
    if not (figures_dir / f"{code}.png").is_file():
        return ""
    return (
        f"![{code}: per-layer activation histograms, bad init vs fixed](../figures/{code}.png)\n\n"
        "A standard-normal batch through 10 dense layers of 500 units (no bias, no "
        "normalisation); each ridge is the histogram of one layer's activations, layer 1 at "
        "the top, with its std. Left: the init this rule reports; right: the fix. "
        f"`init-lint --explain {code}` prints the same comparison in the terminal; "
        "`python scripts/make_figures.py` regenerates the image."
    )


def _references(refs: Sequence[str]) -> str:
    return "\n".join(f"- {r}" for r in refs) if refs else "None."


# --------------------------------------------------------------------------
# Index


def render_index(rules: Iterable[Type[Rule]]) -> str:
    rows = [
        f"| [{r.code}]({r.code}.md) | {_cell(r.name)} | {_cell(r.checklist)} | "
        f"{_cell(r.summary)} | {'yes' if r.fixable else ''} |"
        for r in _sorted(rules)
    ]
    return "\n".join(
        [
            GENERATED_NOTE,
            "",
            "# init-lint rules",
            "",
            "`INI0xx` follow the checklist for a weight tensor (1 all zeros? 2 all the same "
            "value? 3 too small? 4 too large?), `INI1xx` check that the initializer fits the "
            "activation, `INI9xx` are about init-lint itself.",
            "",
            "| code | name | checklist | summary | fixable |",
            "|---|---|---|---|---|",
            *rows,
        ]
    ) + "\n"


def _cell(text: str) -> str:
    """Table cells are one line and must not contain a bare pipe."""
    return " ".join(text.split()).replace("|", "\\|")


def _sorted(rules: Iterable[Type[Rule]]) -> List[Type[Rule]]:
    return sorted(rules, key=lambda r: r.code)


# --------------------------------------------------------------------------
# Files on disk


def expected_files(
    rules: Iterable[Type[Rule]],
    docs_dir: Path = DOCS_DIR,
    figures_dir: Optional[Path] = None,
) -> Dict[Path, str]:
    """Every generated file under `docs_dir` and the text it should hold."""
    rules = _sorted(rules)
    figures_dir = docs_dir.parent / "figures" if figures_dir is None else figures_dir
    files = {docs_dir / f"{r.code}.md": render_rule_doc(r, figures_dir) for r in rules}
    files[docs_dir / INDEX_NAME] = render_index(rules)
    return files


def orphans(rules: Iterable[Type[Rule]], docs_dir: Path = DOCS_DIR) -> List[Path]:
    """Generated-looking pages (INIxxx.md) for codes no rule has any more."""
    codes = {r.code for r in rules}
    return sorted(p for p in docs_dir.glob("INI*.md") if p.stem not in codes)


def stale_files(
    rules: Iterable[Type[Rule]],
    docs_dir: Path = DOCS_DIR,
    figures_dir: Optional[Path] = None,
) -> List[str]:
    """Human-readable problems: missing, outdated or orphaned files (empty = up to date)."""
    rules = list(rules)
    problems = []
    for path, text in expected_files(rules, docs_dir, figures_dir).items():
        if not path.is_file():
            problems.append(f"{display_path(path)} (missing)")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{display_path(path)} (outdated)")
    problems += [f"{display_path(p)} (no such rule)" for p in orphans(rules, docs_dir)]
    return problems


def display_path(path: Path) -> str:
    """Relative to the repository when inside it: what a user would type."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def write_docs(
    rules: Iterable[Type[Rule]],
    docs_dir: Path = DOCS_DIR,
    figures_dir: Optional[Path] = None,
) -> List[Path]:
    """Bring `docs_dir` up to date; returns the files written or removed."""
    rules = list(rules)
    docs_dir.mkdir(parents=True, exist_ok=True)
    changed = []
    for path, text in expected_files(rules, docs_dir, figures_dir).items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(path)
    for path in orphans(rules, docs_dir):
        path.unlink()
        changed.append(path)
    return changed

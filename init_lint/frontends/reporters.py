"""Output formats for findings (`--format`) and the rule documentation views
(`--list-rules`, `--explain`, `--statistics`).

Columns: a `Finding` carries flake8's 0-based column.  Every format shows a
1-based column, exactly as flake8's own default text output does (it prints
col + 1); JSON additionally keeps the raw 0-based value as `col0`.

Notebook findings carry a cell number; their line is the line inside that
cell.  Text shows `nb.ipynb:cell_3:2:5:`, JSON has `"cell": 3`, and SARIF
and GitHub annotations (which only know file lines) say `cell 3, line 2:`
at the start of the message.

JSON format -- a list, sorted by (path, cell, line, column, code), of:

    {"path": "src/model.py",  # as given on the command line, normalised
     "line": 12,              # 1-based (line inside the cell for notebooks)
     "column": 5,             # 1-based, what text output shows
     "col0": 4,               # 0-based, what flake8 plugins report
     "code": "INI001",
     "message": "W1: all zeros on a hidden layer; ...",  # the short line flake8 prints (<= 110 chars with the code)
     "detail": "W1 is initialised to all zeros ...",      # the long explanation: why, with the numbers
     "cell": null,            # notebook cell number (1-based) or null
     "fixable": true}         # `init-lint --fix` would rewrite this finding (see below)

Fixable: the CLI passes the findings a dry run of `--fix` fixes (`init_lint.fix.files.fixable_in_file`), so
"fixable" (JSON), `properties.fixable` (SARIF) and the `[*]` marker (text, as ruff marks them) are true only
when `--fix` would act on that finding. Called without that set, a finding counts as fixable when its rule
attached a fix intent (what --fix would try; not verified).
"""

from __future__ import annotations

import json
import os
import textwrap
from collections import Counter
from pathlib import Path
from typing import AbstractSet, Any, Callable, Dict, List, Optional, Sequence
from urllib.parse import quote

from .. import __version__
from ..finding import Finding

TOOL_NAME = "init-lint"
INFORMATION_URI = "https://github.com/init-lint/init-lint"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
WRAP = 78


def _all_rules():
    # Imported late: the rule registry pulls in the whole analysis package,
    # which plain text output does not need.
    from ..rules import ALL_RULES

    return ALL_RULES


def _rule_levels() -> Dict[str, str]:
    return {rule.code: rule.default_level for rule in _all_rules()}


Fixable = Optional[AbstractSet[Finding]]  # the findings `--fix` would fix; None: those with a fix intent
FIX_MARKER = "[*]"


def is_fixable(finding: Finding, fixable: Fixable = None) -> bool:
    """Whether `--fix` acts on the finding: membership in the dry run's set when given (notebook cells are
    never fixed), else whether its rule attached a fix intent."""
    if fixable is not None:
        return finding in fixable
    return finding.fix is not None and finding.cell is None


def format_fix_summary(findings: Sequence[Finding], fixable: Fixable = None) -> str:
    """ruff's closing line: `[*] 2 fixable with `init-lint --fix``; "" when none is."""
    count = sum(1 for f in findings if is_fixable(f, fixable))
    return f"{FIX_MARKER} {count} fixable with `init-lint --fix`\n" if count else ""


def _where_in_cell(finding: Finding) -> str:
    """Message prefix for formats that cannot express a notebook cell."""
    return f"cell {finding.cell}, line {finding.line}: " if finding.cell is not None else ""


# ---------------------------------------------------------------------------
# text


# flake8's default format and colours (flake8.formatting.default): bold path, cyan separators, bold red code.
_COLORS = {"bold": "\033[1m", "red": "\033[31m", "cyan": "\033[36m", "reset": "\033[m"}
_NO_COLORS = {name: "" for name in _COLORS}


def format_text_line(finding: Finding, color: bool = False, marked: bool = False) -> str:
    """flake8's line; `marked` puts ruff's `[*]` after the code of a finding `--fix` would fix."""
    c = _COLORS if color else _NO_COLORS
    sep = f"{c['cyan']}:{c['reset']}"
    cell = f"cell_{finding.cell}{sep}" if finding.cell is not None else ""
    marker = f" {c['cyan']}{FIX_MARKER}{c['reset']}" if marked else ""
    return (f"{c['bold']}{finding.path}{c['reset']}{sep}{cell}{finding.line}{sep}{finding.col + 1}{sep} "
            f"{c['bold']}{c['red']}{finding.code}{c['reset']}{marker} {finding.message}")


def source_excerpt(line_text: Optional[str], col: int) -> str:
    """flake8's --show-source: the line, then a caret under the column (tabs kept so it lines up)."""
    if line_text is None:
        return ""
    text = line_text.rstrip("\r\n")
    indent = "".join(ch if ch.isspace() else " " for ch in text[:col])
    return f"{text}\n{indent}^\n"


def format_text(findings: Sequence[Finding], color: bool = False,
                sources: Optional[Sequence[Optional[str]]] = None, fixable: Fixable = None,
                mark: bool = False) -> str:
    """One line per finding; with `sources` (each finding's line text), flake8's --show-source excerpt; with
    `mark`, `[*]` on the findings `--fix` would fix (`fixable`, see is_fixable)."""
    def line(f: Finding) -> str:
        return format_text_line(f, color, mark and is_fixable(f, fixable))

    if sources is None:
        return "".join(line(f) + "\n" for f in findings)
    return "".join(line(f) + "\n" + source_excerpt(text, f.col) for f, text in zip(findings, sources))


def format_paths(findings: Sequence[Finding]) -> str:
    """-q: each file with findings, once, in order (flake8's -q)."""
    return "".join(path + "\n" for path in dict.fromkeys(f.path for f in findings))


# ---------------------------------------------------------------------------
# JSON


def finding_to_json(finding: Finding, fixable: Fixable = None) -> dict:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.col + 1,
        "col0": finding.col,
        "code": finding.code,
        "message": finding.message,
        "detail": finding.detail or finding.message,
        "cell": finding.cell,
        "fixable": is_fixable(finding, fixable),
    }


def format_json(findings: Sequence[Finding], fixable: Fixable = None) -> str:
    return json.dumps([finding_to_json(f, fixable) for f in findings], indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# SARIF 2.1.0


def _plain(markdown: str) -> str:
    return markdown.replace("`", "")


def sarif_rule(rule) -> dict:
    """A SARIF reportingDescriptor with the rule's full documentation."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _plain(rule.why), "markdown": rule.why},
        "help": {"text": _plain(rule.fix_advice), "markdown": rule.fix_advice},
        "helpUri": rule.help_uri(),
        "defaultConfiguration": {"level": rule.default_level},
        "properties": {"checklist": rule.checklist, "fixable": bool(rule.fixable)},
    }


def artifact_location(path: str, base: str) -> dict:
    """A relative URI under %SRCROOT% when the file is below `base`, else an
    absolute file: URI (SARIF needs URIs, not OS paths)."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive (Windows): no relative path exists
        relative = os.pardir
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(relative.replace(os.sep, "/")), "uriBaseId": SRCROOT}


def sarif_result(finding: Finding, rule_index: Dict[str, int], levels: Dict[str, str], base: str,
                 fixable: Fixable = None) -> dict:
    result: Dict[str, Any] = {
        "ruleId": finding.code,
        "level": levels.get(finding.code, "warning"),
        # the long explanation: a SARIF viewer shows one message per result, with room for it
        "message": {"text": _where_in_cell(finding) + (finding.detail or finding.message)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(finding.path, base),
                    "region": {"startLine": finding.line, "startColumn": finding.col + 1},
                }
            }
        ],
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    properties: Dict[str, Any] = {"fixable": is_fixable(finding, fixable)}
    if finding.cell is not None:
        properties["cell"] = finding.cell
    result["properties"] = properties
    return result


def sarif_log(findings: Sequence[Finding], base: str = "", fixable: Fixable = None) -> dict:
    base = os.path.abspath(base or os.getcwd())
    rules = _all_rules()
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    levels = {rule.code: rule.default_level for rule in rules}
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [sarif_rule(rule) for rule in rules],
                    }
                },
                # Our columns count characters, not UTF-16 code units (SARIF's default).
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {SRCROOT: {"uri": Path(base).as_uri().rstrip("/") + "/"}},
                "results": [sarif_result(f, rule_index, levels, base, fixable) for f in findings],
            }
        ],
    }


def format_sarif(findings: Sequence[Finding], fixable: Fixable = None) -> str:
    return json.dumps(sarif_log(findings, fixable=fixable), indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# GitHub Actions workflow commands


_GITHUB_COMMAND = {"error": "error", "warning": "warning", "note": "notice", "none": "notice"}


def escape_github_data(text: str) -> str:
    """The message part (after `::`), as GitHub's @actions/core escapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_github_property(text: str) -> str:
    """A `key=value` property: additionally `:` and `,`, which delimit them."""
    return escape_github_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github_line(finding: Finding, level: str = "warning") -> str:
    command = _GITHUB_COMMAND.get(level, "warning")
    properties = ",".join(
        f"{key}={escape_github_property(str(value))}"
        for key, value in (
            ("file", finding.path),
            ("line", finding.line),
            ("col", finding.col + 1),
            ("title", finding.code),
        )
    )
    return f"::{command} {properties}::{escape_github_data(_where_in_cell(finding) + finding.message)}"


def format_github(findings: Sequence[Finding]) -> str:
    levels = _rule_levels() if findings else {}
    return "".join(format_github_line(f, levels.get(f.code, "warning")) + "\n" for f in findings)


FORMATTERS: Dict[str, Callable[[Sequence[Finding]], str]] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "github": format_github,
}


# ---------------------------------------------------------------------------
# --statistics, --list-rules, --explain


def format_statistics(findings: Sequence[Finding]) -> str:
    """flake8-style: count, code and the first message for each code."""
    counts = Counter(f.code for f in findings)
    first: Dict[str, str] = {}
    for f in findings:
        first.setdefault(f.code, f.message)
    return "".join(f"{counts[code]:<5} {code} {first[code]}\n" for code in sorted(counts))


def format_rule_table(rules: Sequence = ()) -> str:
    rules = list(rules or _all_rules())
    name_width = max(len("name"), *(len(rule.name) for rule in rules))
    lines = [f"{'code':<7} {'name':<{name_width}} {'fix':<3} summary"]
    for rule in rules:
        fix = "yes" if rule.fixable else ""
        lines.append(f"{rule.code:<7} {rule.name:<{name_width}} {fix:<3} {rule.summary}")
    return "\n".join(lines) + "\n"


def find_rule(code: str, rules: Sequence = ()):
    """The rule class for `code` (case-insensitive), or None."""
    wanted = code.strip().upper()
    return next((rule for rule in (rules or _all_rules()) if rule.code == wanted), None)


def _paragraphs(text: str, indent: str = "  ") -> List[str]:
    """Markdown paragraphs wrapped for a terminal; `code` keeps its
    backticks (they mark code), **bold** loses its asterisks."""
    return [
        textwrap.fill(" ".join(part.replace("**", "").split()), WRAP, initial_indent=indent, subsequent_indent=indent)
        for part in text.split("\n\n")
        if part.strip()
    ]


def _example_block(example, marker: bool) -> List[str]:
    lines = []
    for number, line in enumerate(example.code.rstrip("\n").splitlines(), start=1):
        flag = ">" if marker and number == example.line else " "
        lines.append(f"  {flag} {line}".rstrip())
    return lines


def format_explanation(rule) -> str:
    """The rule's documentation as plain text (the picture is added by the CLI)."""
    out = [f"{rule.code} {rule.name} (checklist: {rule.checklist})", "", *_paragraphs(rule.summary, ""), ""]
    out += ["Why it is a problem:", *_paragraphs(rule.why), ""]
    if rule.invalid:
        example = rule.invalid[0]
        where = f" (the finding is on the line marked >, line {example.line})" if example.line else ""
        out += [f"Reported{where}:", *_example_block(example, marker=True), ""]
    if rule.valid:
        out += ["Not reported:", *_example_block(rule.valid[0], marker=False), ""]
    out += ["How to fix it:", *_paragraphs(rule.fix_advice)]
    out.append("  `init-lint --diff` shows the automatic fix, `--fix` applies it." if rule.fixable else "  No automatic fix.")
    out += ["", "Options:", *_paragraphs(rule.options_doc)]
    if rule.references:
        out += ["", "References:", *(f"  - {ref}" for ref in rule.references)]
    out += ["", f"More: {rule.help_uri()}"]
    return "\n".join(out) + "\n"

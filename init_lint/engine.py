"""What both front ends (flake8 plugin, CLI) share around the judge.

    bytes -> decode -> pipeline.analyze (prefilter -> ast -> semantic model -> rules) -> noqa -> select/ignore

The judging itself is `init_lint.pipeline`; this module adds what a front end
needs around it: decoding, flake8's own noqa decision, select/ignore, and
counters for `--profile`. `analyze` never raises: any exception becomes one
INI900 finding, so a host (flake8, an editor) never sees a traceback.
"""

from __future__ import annotations

import argparse
import ast
import io
import time
import tokenize
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, FrozenSet, List, Optional

from .finding import INTERNAL_CODE, Finding, internal_error
from .options import DEFAULT_OPTIONS, Options
from .prefilter import may_fire

if TYPE_CHECKING:
    from .pipeline import Neighbours

__all__ = ["INTERNAL_CODE", "Stats", "analyze", "apply_noqa", "decode", "internal_error", "lint_bytes",
           "lint_source", "noqa_codes", "physical_lines"]


@dataclass
class Stats:
    """Counters for benchmarks (`init-lint --profile`)."""

    files: int = 0
    candidate_files: int = 0  # files whose text passed the prefilter (and were parsed and modelled)
    analysis_cpu: float = 0.0  # CPU seconds in the judge (prefilter, parse, model, rules)

    def add(self, other: "Stats") -> None:
        self.files += other.files
        self.candidate_files += other.candidate_files
        self.analysis_cpu += other.analysis_cpu


def decode(data: bytes) -> str:
    """Decode Python source bytes the way the interpreter does (PEP 263, BOM)."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def analyze(
    source: str,
    filename: str = "<stdin>",
    options: Options = DEFAULT_OPTIONS,
    tree: Optional[ast.AST] = None,
    stats: Optional[Stats] = None,
    line_names: Optional[Callable[[int], str]] = None,
    project: Optional["Neighbours"] = None,
) -> List[Finding]:
    """All findings for one source text, sorted, noqa not applied. Never raises.
    `line_names`: how messages name a line (a notebook's "cell 3, line 2"); `project` (CLI): the other files of
    the run (see `frontends.project`)."""
    module = tree if isinstance(tree, ast.Module) else None
    started = time.process_time()
    candidate = options.strict_defaults or may_fire(source) or (project is not None and project.may_import(source))
    if stats is not None:
        stats.files += 1
        stats.candidate_files += candidate
    if not (candidate or options.full_analysis):
        # what the judge would answer after running the same prefilter (most files of a package): the
        # semantic engine is not even imported, so an editor linting such a file pays for the prefilter only
        findings: List[Finding] = []
    else:
        try:
            from .pipeline import analyze as judge
        except Exception as exc:  # noqa: BLE001 - a broken install must not abort the host's run either
            return [internal_error(f"internal error {type(exc).__name__}: {exc}", filename)]
        findings = judge(source, filename, options, module, line_names, project)
    if stats is not None:
        stats.analysis_cpu += time.process_time() - started
    return findings


def noqa_codes(line: str) -> Optional[FrozenSet[str]]:
    """None when the line has no noqa; an empty set for a bare noqa (all codes). flake8's pattern and split."""
    from flake8.defaults import NOQA_INLINE_REGEXP
    from flake8.utils import parse_comma_separated_list

    match = NOQA_INLINE_REGEXP.search(line)
    if match is None:
        return None
    codes = match.group("codes")
    return frozenset(parse_comma_separated_list(codes)) if codes else frozenset()


def _processor(lines: List[str], filename: str):
    """flake8's FileProcessor for these lines, with the few options it reads at construction."""
    from flake8.processor import FileProcessor

    options = argparse.Namespace(hang_closing=False, indent_size=4, max_line_length=79, max_doc_length=None,
                                 verbose=0, disable_noqa=False, stdin_display_name="stdin")
    return FileProcessor(filename, options, lines=list(lines))


def physical_lines(source: str) -> List[str]:
    """The lines as flake8 reads them (universal newlines: \\r\\n and \\r end a line, form feeds do not)."""
    return io.StringIO(source, newline=None).readlines()


def apply_noqa(findings: List[Finding], lines: List[str], filename: str = "<stdin>") -> List[Finding]:
    """The findings flake8 would still report: a file-level `# flake8: noqa` drops them all, an inline
    `# noqa[: codes]` the ones on its (logical) line. `lines` keep their line endings, as flake8's."""
    if not findings or not any("noqa" in line.lower() for line in lines):
        return findings
    from flake8.violation import Violation

    processor = _processor(lines, filename)
    if processor.should_ignore_file():
        return []
    kept = []
    for f in findings:
        physical = processor.noqa_line_for(f.line)
        if physical is None and 1 <= f.line <= len(lines):
            physical = lines[f.line - 1]  # flake8 falls back to the file's line (linecache) the same way
        violation = Violation(f.code, filename, f.line, f.col + 1, f.message, physical or "")
        if not violation.is_inline_ignored(disable_noqa=False):
            kept.append(f)
    return kept


def lint_source(
    source: str,
    filename: str = "<stdin>",
    options: Options = DEFAULT_OPTIONS,
    stats: Optional[Stats] = None,
    line_names: Optional[Callable[[int], str]] = None,
    project: Optional["Neighbours"] = None,
) -> List[Finding]:
    """Findings as the CLI reports them: noqa honoured, select/ignore applied."""
    findings = analyze(source, filename, options, stats=stats, line_names=line_names, project=project)
    if findings:  # (no lines to split for a file with nothing to report)
        findings = apply_noqa(findings, physical_lines(source), filename)
    return [f for f in findings if options.wants(f.code)]


def lint_bytes(
    data: bytes,
    filename: str,
    options: Options = DEFAULT_OPTIONS,
    stats: Optional[Stats] = None,
    project: Optional["Neighbours"] = None,
) -> List[Finding]:
    try:
        source = decode(data)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        return [f for f in [internal_error(f"cannot decode source: {exc}", filename)] if options.wants(f.code)]
    return lint_source(source, filename, options, stats, project=project)

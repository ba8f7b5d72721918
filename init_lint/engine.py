"""One engine behind both front ends (flake8 plugin, CLI).

    source text -> cheap candidate scan (ast) -> masked libcst parse of the
    candidate statements -> semantic model -> rules -> findings

Everything below `analyze` is guarded: any exception becomes one INI900
finding so a host (flake8, an editor) never sees a traceback.
"""

from __future__ import annotations

import argparse
import ast
import gc
import io
import time
import tokenize
from dataclasses import dataclass
from typing import Callable, FrozenSet, List, Optional

from .finding import Finding
from .options import DEFAULT_OPTIONS, Options
from .scan import candidate_mask

INTERNAL_CODE = "INI900"

# noqa is flake8's, not a copy of it: its patterns (flake8.defaults.NOQA_INLINE_REGEXP for `# noqa` and
# `# noqa: INI001,INI002`, NOQA_FILE for a file-level `# flake8: noqa`), its decision (flake8.violation.Violation
# .is_inline_ignored) and its line mapping (flake8.processor.FileProcessor.noqa_line_for: a noqa anywhere in a
# multi-line string applies to all its lines), so the CLI and flake8 ignore exactly the same findings.


@dataclass
class Stats:
    """Counters for benchmarks (`init-lint --profile`)."""

    files: int = 0
    candidate_files: int = 0  # files that passed the text prefilter
    libcst_files: int = 0  # files that reached libcst
    libcst_lines: int = 0  # non-blank lines handed to libcst
    scan_cpu: float = 0.0  # CPU seconds in the cheap candidate scan (text + ast)
    libcst_cpu: float = 0.0  # CPU seconds from the libcst import and parse to the findings

    def add(self, other: "Stats") -> None:
        self.files += other.files
        self.candidate_files += other.candidate_files
        self.libcst_files += other.libcst_files
        self.libcst_lines += other.libcst_lines
        self.scan_cpu += other.scan_cpu
        self.libcst_cpu += other.libcst_cpu


def internal_error(reason: str, path: str = "") -> Finding:
    reason = " ".join(str(reason).split())[:300]
    return Finding(1, 0, INTERNAL_CODE, f"init-lint could not analyse this file: {reason}", path)


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
    offload: Optional[Callable[..., Optional[List[Finding]]]] = None,
) -> List[Finding]:
    """All findings for one source text, sorted, noqa not applied. Never raises.

    `offload(masked, starts, source, filename, options)`, when given, runs the libcst half elsewhere (the
    flake8 plugin's helper process, helper.py) and returns its findings, or None to run it here."""
    # The scan walks flake8's ast and libcst builds hundreds of thousands of acyclic nodes per file; the
    # cyclic collector would keep rescanning them (and the host's heap with them): ~15% of our time on
    # timm. Paused for this one call only, and only if the host had it on; the few reference cycles our
    # model makes are collected at the host's next collection.
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings = _guarded(_analyze, filename, source, filename, options, tree, stats, offload)
        return sorted(findings, key=Finding.sort_key)
    finally:
        if collecting:
            gc.enable()


def analyze_scanned(masked: str, starts: List[int], source: str, filename: str, options: Options) -> List[Finding]:
    """The libcst half for a file the scan already masked (the helper process's entry). Never raises."""
    return _guarded(_libcst_findings, filename, (masked, None, starts), source, filename, options, None, None)


def _guarded(fn, filename: str, *args) -> List[Finding]:
    """The boundary: any exception becomes one INI900 finding, never a traceback in the host."""
    try:
        return fn(*args)
    except RecursionError:
        return [internal_error("expression nesting too deep to analyse", filename)]
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if getattr(exc, "lineno", None) else ""
        return [internal_error(f"syntax error{where}: {exc.msg}", filename)]
    except MemoryError:
        return [internal_error("out of memory", filename)]
    except Exception as exc:  # noqa: BLE001 - the boundary: never crash the host
        return [internal_error(f"internal error {type(exc).__name__}: {exc}", filename)]


def _analyze(source: str, filename: str, options: Options, tree: Optional[ast.AST], stats: Optional[Stats],
             offload) -> List[Finding]:
    if stats is not None:
        stats.files += 1
    started = time.process_time() if stats is not None else 0.0
    scanned = None
    if not (options.full_analysis or options.strict_defaults):
        # The cheap scan (ast + regex, no libcst): most files stop here, and libcst
        # (about a second to import) is never loaded for them.
        scanned = candidate_mask(source, tree, options.small_scale, options.deep_layers)
        if stats is not None:
            scanned_at = time.process_time()
            stats.scan_cpu += scanned_at - started
            started = scanned_at
        if scanned is None:
            return []
        if offload is not None:
            found = offload(scanned[0], scanned[2], source, filename, options)
            if found is not None:
                return found
    findings = _libcst_findings(scanned, source, filename, options, tree, stats)
    if stats is not None:
        stats.libcst_cpu += time.process_time() - started
    return findings


def _libcst_findings(scanned, source: str, filename: str, options: Options, tree: Optional[ast.AST],
                     stats: Optional[Stats]) -> List[Finding]:
    from .analysis import run_rules

    return run_rules(source, filename, options, tree, stats, scanned)


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
) -> List[Finding]:
    """Findings as the CLI reports them: noqa honoured, select/ignore applied."""
    findings = analyze(source, filename, options, stats=stats)
    findings = apply_noqa(findings, physical_lines(source), filename)
    return [f for f in findings if options.wants(f.code)]


def lint_bytes(
    data: bytes,
    filename: str,
    options: Options = DEFAULT_OPTIONS,
    stats: Optional[Stats] = None,
) -> List[Finding]:
    try:
        source = decode(data)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        return [f for f in [internal_error(f"cannot decode source: {exc}", filename)] if options.wants(f.code)]
    return lint_source(source, filename, options, stats)

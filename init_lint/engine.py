"""One engine behind both front ends (flake8 plugin, CLI).

    source text -> cheap candidate scan (ast) -> masked libcst parse of the
    candidate statements -> semantic model -> rules -> findings

Everything below `analyze` is guarded: any exception becomes one INI900
finding so a host (flake8, an editor) never sees a traceback.
"""

from __future__ import annotations

import ast
import gc
import io
import re
import time
import tokenize
from dataclasses import dataclass
from typing import Callable, List, Optional

from .finding import Finding
from .options import DEFAULT_OPTIONS, Options
from .scan import candidate_mask

INTERNAL_CODE = "INI900"

# flake8's own noqa syntax: "# noqa", "# noqa: INI001", "# NOQA:INI001,INI002".
_NOQA = re.compile(r"#\s*noqa(?::[\s]?(?P<codes>[A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?", re.I)
_SPLIT_CODES = re.compile(r"[,\s]+")


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


def noqa_codes(line: str):
    """None when the line has no noqa; an empty set for a bare noqa (all codes)."""
    if "noqa" not in line.lower():
        return None
    match = _NOQA.search(line)
    if match is None:
        return None
    codes = match.group("codes")
    if not codes:
        return frozenset()
    return frozenset(c.upper() for c in _SPLIT_CODES.split(codes.strip()) if c)


def apply_noqa(findings: List[Finding], lines: List[str]) -> List[Finding]:
    kept = []
    for f in findings:
        if 1 <= f.line <= len(lines):
            codes = noqa_codes(lines[f.line - 1])
            if codes is not None and (not codes or any(f.code.startswith(c) for c in codes)):
                continue
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
    findings = apply_noqa(findings, source.splitlines())
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

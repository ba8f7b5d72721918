#!/usr/bin/env python3
"""Run init-lint over a corpus of real model code and count what it says (issue 5).

Each package (pinned in ``_common.CORPUS``) is fetched once into
``.cache/corpus/src/<name>`` (``*.py`` only). The CLI runs on each with
``--isolated --format json --profile``; per package the script prints files,
lines, findings per rule, findings per 10K lines and the INI900 count, then
totals. ``--json OUT`` writes every finding for triage.

    python benchmarks/corpus.py                          # the whole corpus
    python benchmarks/corpus.py --packages timm flax --json findings.json
    python benchmarks/corpus.py --findings               # also list every finding as path:line:code
    python benchmarks/corpus.py --triage benchmarks/TRIAGE.md   # fail unless every finding has a verdict

Triage keys are ``path:line:code`` with the path relative to the package's
directory in the cache (``transformers/models/x/modeling_x.py:12:INI004``).
``--triage`` reads the verdict rows of TRIAGE.md (a table row whose first
cell is a back-quoted key and whose second cell is TP or FP) and reports
findings without a verdict and verdicts whose finding is gone; it exits 1
when either list is non-empty, so a changed engine or corpus shows up.
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (  # noqa: E402 - after the sys.path line above
    CORPUS,
    DEFAULT_CACHE,
    INTERNAL_CODE,
    BenchError,
    last_error_line,
    parse_cli_json,
    package_summary,
    parse_profile,
)

RULE_CODES = ("INI001", "INI002", "INI003", "INI004", "INI005", "INI006", "INI101", "INI102", "INI103")
TOP_INI900_REASONS = 5


def default_cli() -> List[str]:
    """The init-lint installed with this Python, else on PATH, else its module."""
    here = Path(sys.executable).parent / "init-lint"
    if here.exists():
        return [str(here)]
    found = shutil.which("init-lint")
    if found:
        return [found]
    return [sys.executable, "-c", "import sys; from init_lint.frontends.cli import main; sys.exit(main())"]


def lint_package(name: str, cli: List[str], args) -> Dict:
    root, files, summary = package_summary(name, args.cache)
    res: Dict = {**summary, "error": None, "root": str(root)}
    cmd = [*cli, "--isolated", "--format", "json", "--profile"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    cmd.append(str(root))
    print(f"[{name}] {len(files)} files, {res['lines']:,} lines ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, errors="replace", timeout=args.timeout)
    except subprocess.TimeoutExpired:
        res["error"] = f"timed out after {args.timeout:g} s"
        return res
    except OSError as exc:
        res["error"] = f"cannot run {cmd[0]}: {exc}"
        return res
    res["seconds"] = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        res["error"] = f"exit {proc.returncode}: {last_error_line(proc.stderr, proc.stdout)}"
        return res
    try:
        items = parse_cli_json(proc.stdout, root, root)
    except BenchError as exc:
        res["error"] = f"exit {proc.returncode}: {last_error_line(proc.stderr)}" if proc.stderr.strip() else str(exc)
        return res
    res["profile"] = parse_profile(proc.stderr)
    codes = Counter(it.key.code for it in items)
    res["ini900"] = codes.pop(INTERNAL_CODE, 0)
    res["per_rule"] = dict(sorted(codes.items()))
    res["findings_total"] = sum(codes.values())
    res["per_10k_lines"] = res["findings_total"] * 10_000 / res["lines"] if res["lines"] else 0.0
    reasons = Counter(_reason(it.message) for it in items if it.key.code == INTERNAL_CODE)
    res["ini900_reasons"] = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    res["findings"] = [
        {
            "path": it.key.path,
            "line": it.key.line,
            "col": it.key.col,  # 0-based, as init-lint's Finding and flake8's plugin API
            "code": it.key.code,
            "message": it.message,
            "where": f"{it.key.path}:{it.key.line}:{it.key.col + 1}",  # 1-based column, for editors
        }
        for it in items
    ]
    return res


def _reason(message: str) -> str:
    """An INI900 message without the file-specific tail (line numbers, names)."""
    reason = message.split(":", 1)[1].strip() if ":" in message else message
    return reason.split(" (line")[0][:100]


_VERDICT_ROW = re.compile(r"^\|\s*`(?P<key>[^`\s]+:\d+:INI\d{3})`\s*\|\s*(?P<verdict>TP|FP)\b", re.M)


def finding_keys(results: List[Dict]) -> List[str]:
    """Every rule finding (not INI900) of a run as path:line:code, sorted."""
    keys = {f"{f['path']}:{f['line']}:{f['code']}" for r in results if not r.get("error")
            for f in r.get("findings", []) if f["code"] != INTERNAL_CODE}
    return sorted(keys)


def read_verdicts(text: str) -> Dict[str, str]:
    """key -> TP/FP from the verdict rows of a triage file."""
    return {m.group("key"): m.group("verdict") for m in _VERDICT_ROW.finditer(text)}


def check_triage(results: List[Dict], path: str) -> int:
    verdicts = read_verdicts(Path(path).read_text(encoding="utf-8"))
    keys = finding_keys(results)
    linted = {r["package"] for r in results if not r.get("error")}
    untriaged = [k for k in keys if k not in verdicts]
    # a verdict is stale when its file is in a package linted now (or gone) and the finding is not reported
    everything = not any(r.get("error") for r in results) and len(linted) == len(CORPUS)
    stale = [k for k in sorted(verdicts) if k not in set(keys) and (_package_of(k, results) in linted or everything)]
    tp = sum(1 for k in keys if verdicts.get(k) == "TP")
    fp = sum(1 for k in keys if verdicts.get(k) == "FP")
    print(f"\ntriage ({path}): {len(keys)} findings, {tp} TP, {fp} FP, {len(untriaged)} without a verdict, "
          f"{len(stale)} verdicts whose finding is gone")
    for k in untriaged:
        print(f"  untriaged: {k}")
    for k in stale:
        print(f"  stale:     {k}")
    return 1 if untriaged or stale else 0


def _package_of(key: str, results: List[Dict]) -> str:
    """The linted package whose directory holds the key's file ("" when none does)."""
    path = key.rsplit(":", 2)[0]
    for r in results:
        root = r.get("root")
        if root and (Path(root) / path).is_file():
            return r["package"]
    return ""


def table(results: List[Dict]) -> str:
    seen = {code for r in results for code in r.get("per_rule", {})}
    codes = list(RULE_CODES) + sorted(seen - set(RULE_CODES))
    head = ["package", "version", "files", "lines", *codes, "findings", "per 10K lines", "INI900", "s"]
    out = ["| " + " | ".join(head) + " |", "|---|---|" + "---:|" * (len(head) - 2)]
    total = Counter()
    ok = [r for r in results if not r["error"]]
    for r in results:
        row = [r["package"], r["version"] or "-", f"{r['files']:,}", f"{r['lines']:,}"]
        if r["error"]:
            row += ["-"] * len(codes) + ["error", "-", "-", "-"]
        else:
            row += [str(r["per_rule"].get(c, 0)) for c in codes]
            row += [f"{r['findings_total']:,}", f"{r['per_10k_lines']:.2f}", f"{r['ini900']:,}", f"{r['seconds']:.1f}"]
        out.append("| " + " | ".join(row) + " |")
    for r in ok:
        total.update(r["per_rule"])
    t_files = sum(r["files"] for r in results)
    t_lines = sum(r["lines"] for r in results)
    ok_lines = sum(r["lines"] for r in ok)
    t_findings = sum(r["findings_total"] for r in ok)
    row = ["**total**", "", f"{t_files:,}", f"{t_lines:,}", *[str(total.get(c, 0)) for c in codes],
           f"{t_findings:,}", f"{t_findings * 10_000 / ok_lines:.2f}" if ok_lines else "-",
           f"{sum(r['ini900'] for r in ok):,}", f"{sum(r['seconds'] for r in ok):.1f}"]
    out.append("| " + " | ".join(row) + " |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--packages", nargs="+", metavar="NAME", default=list(CORPUS),
                    help="packages to lint (default: the pinned corpus: %(default)s)")
    ap.add_argument("--json", metavar="OUT", help="write every finding (and the counts) to OUT for triage")
    ap.add_argument("--cli", help="command that runs init-lint (default: the one installed with this Python)")
    ap.add_argument("--jobs", type=int, help="passed to the CLI as --jobs (default: the CLI's, all cores)")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help="corpus cache (default: %(default)s)")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per package (default: %(default)s)")
    ap.add_argument("--findings", action="store_true", help="list every finding as path:line:code (triage keys)")
    ap.add_argument("--triage", metavar="TRIAGE_MD", help="check that every finding has a TP/FP verdict row in this file")
    args = ap.parse_args(argv)
    cli = shlex.split(args.cli) if args.cli else default_cli()
    results = []
    try:
        for name in args.packages:
            try:
                results.append(lint_package(name, cli, args))
            except BenchError as exc:  # e.g. the fetch failed: report it, go on with the rest
                results.append({"package": name, "version": "", "files": 0, "lines": 0, "error": str(exc)})
    except KeyboardInterrupt:
        print("corpus: interrupted", file=sys.stderr)
        return 130

    print("# init-lint on the corpus")
    print()
    print(f"CLI: {' '.join(cli)} --isolated --format json --profile" + (f" --jobs {args.jobs}" if args.jobs else ""))
    print("findings and per 10K lines count rule findings (INI0xx, INI1xx); INI900 is counted apart.")
    print()
    print(table(results))
    for r in results:
        if r["error"]:
            print(f"\n- {r['package']}: FAILED: {r['error']}")
        elif r["ini900_reasons"]:
            reasons = r["ini900_reasons"]
            shown = min(len(reasons), TOP_INI900_REASONS)
            print(f"\n- {r['package']}: INI900 reasons (top {shown} of {len(reasons)}):")
            for reason, n in reasons[:TOP_INI900_REASONS]:
                print(f"  - {n} x {reason}")
    if args.findings:
        keys = finding_keys(results)
        print(f"\n## {len(keys)} findings (path:line:code)\n")
        for k in keys:
            print(k)
    if args.json:
        Path(args.json).write_text(json.dumps({"cli": cli, "packages": results}, indent=1) + "\n")
        print(f"\nfindings written to {args.json}", file=sys.stderr)
    status = 1 if any(r["error"] for r in results) else 0
    if args.triage:
        status = max(status, check_triage(results, args.triage))
    return status


if __name__ == "__main__":
    sys.exit(main())

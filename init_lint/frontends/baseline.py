"""Baselines: adopt init-lint on legacy code without fixing every old finding first.

`init-lint --write-baseline init-lint-baseline.json .` records every current finding; later runs with
`--baseline init-lint-baseline.json` (or `baseline = "..."` in [tool.init-lint], which the flake8 plugin and
the pre-commit hook then honour too) report only findings that are not recorded.

A finding is recorded by what survives edits around it: its file (relative to the baseline file's
directory, so the baseline works from any working directory and any checkout path), its code, and the text
of its line with runs of whitespace collapsed -- not its line number (inserting a line above must not
resurface it) and not its message (messages get reworded). Each key carries a count: two identical
findings on identical lines are two entries, and a third copy is new. A baseline is a JSON document:

    {"tool": "init-lint", "version": 1,
     "findings": [{"path": "src/model.py", "code": "INI001", "line": "W1 = np.zeros((n_in, n_h))", "count": 1}]}
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from typing import Iterable, List, Optional, Sequence, Tuple

from ..finding import Finding
from .discovery import NotReadable, read_regular_file

VERSION = 1
MAX_BASELINE_SIZE = 64 << 20

Key = Tuple[str, str, str]


class BaselineError(Exception):
    """A baseline that cannot be read or written; str() is one line."""


def normalise(text: Optional[str]) -> str:
    return " ".join((text or "").split())


class Baseline:
    def __init__(self, path: str, counts: Optional[Counter] = None) -> None:
        self.path = path
        self.root = os.path.dirname(os.path.abspath(path))
        self.counts: Counter = counts if counts is not None else Counter()

    def key(self, finding: Finding, line_text: Optional[str]) -> Key:
        relative = os.path.relpath(os.path.abspath(finding.path), self.root).replace(os.sep, "/")
        return relative, finding.code, normalise(line_text)

    # -- reading ------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            data = read_regular_file(path, MAX_BASELINE_SIZE)
        except NotReadable as exc:
            raise BaselineError(f"baseline {path}: cannot read: {exc}") from None
        try:
            document = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError, MemoryError) as exc:
            raise BaselineError(f"baseline {path}: not valid JSON: {' '.join(str(exc).split())[:200]}") from None
        if not isinstance(document, dict) or document.get("tool") != "init-lint":
            raise BaselineError(f"baseline {path}: not an init-lint baseline (write one with --write-baseline)")
        counts: Counter = Counter()
        entries = document.get("findings")
        if not isinstance(entries, list):
            raise BaselineError(f"baseline {path}: 'findings' must be a list")
        for number, entry in enumerate(entries, start=1):
            if not (isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("path", "code", "line"))
                    and isinstance(entry.get("count", 1), int) and not isinstance(entry.get("count", 1), bool)
                    and entry.get("count", 1) >= 1):
                raise BaselineError(f"baseline {path}: finding {number} needs path, code, line (strings) and a "
                                    "count of at least 1")
            counts[(entry["path"], entry["code"], normalise(entry["line"]))] += entry.get("count", 1)
        return cls(path, counts)

    def filter(self, results: Iterable[Tuple[Finding, Optional[str]]]) -> List[Tuple[Finding, Optional[str]]]:
        """The results the baseline does not cover, in their order; each recorded entry covers `count` of them."""
        left = Counter(self.counts)
        kept = []
        for finding, text in results:
            key = self.key(finding, text)
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append((finding, text))
        return kept

    # -- writing ------------------------------------------------------------------------------------------

    @classmethod
    def write(cls, path: str, results: Sequence[Tuple[Finding, Optional[str]]]) -> int:
        """Record every result in `path` (atomically); returns how many findings were recorded."""
        baseline = cls(path)
        counts = Counter(baseline.key(f, text) for f, text in results)
        entries = [{"path": p, "code": c, "line": line, "count": n} for (p, c, line), n in sorted(counts.items())]
        text = json.dumps({"tool": "init-lint", "version": VERSION, "findings": entries}, indent=2,
                          ensure_ascii=False) + "\n"
        directory = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(directory, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".init-lint-baseline-", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as handle:
                    handle.write(text)
                os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from the rest of the team
                os.replace(temporary, path)
            except BaseException:
                if os.path.exists(temporary):
                    os.unlink(temporary)
                raise
        except OSError as exc:
            raise BaselineError(f"baseline {path}: cannot write: {exc.strerror or exc}") from None
        return len(results)

#!/usr/bin/env python
"""Long fuzzing run: the properties of tests/test_fuzz.py with many examples.

    python scripts/fuzz.py                 # 2000 examples per input source
    python scripts/fuzz.py --examples 200  # quicker
    python scripts/fuzz.py --only mutated_fixtures

Prints the examples run, the failures found (with hypothesis's minimal
falsifying example) and the seconds taken; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
import warnings
from pathlib import Path
from types import ModuleType
from typing import List, Optional

from hypothesis import given

TEST_FUZZ = Path(__file__).resolve().parent.parent / "tests" / "test_fuzz.py"


def load_properties() -> ModuleType:
    """tests/test_fuzz.py holds the strategies and checks; tests is no package."""
    spec = importlib.util.spec_from_file_location("init_lint_test_fuzz", TEST_FUZZ)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count_failures(exc: BaseException) -> int:
    # With several distinct bugs hypothesis raises them together as a group.
    if isinstance(exc, BaseExceptionGroup):
        return sum(count_failures(e) for e in exc.exceptions)
    return 1


def run_one(fuzz: ModuleType, name: str, examples: int, progress: int = 0) -> tuple:
    """(examples run, failures) for one input source."""
    strategy, _ = fuzz.STRATEGIES[name]
    calls = 0
    started = time.monotonic()

    @fuzz.profile(examples)
    @given(strategy)
    def property_holds(source) -> None:
        nonlocal calls
        calls += 1
        if progress and calls % progress == 0:
            print(f"  {name}: {calls} examples, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        fuzz.check(source)

    try:
        property_holds()
    except Exception as exc:  # noqa: BLE001 - report every kind of failure, keep fuzzing the rest
        print(f"{name}: FAILED", file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
        return calls, count_failures(exc)
    return calls, 0


def main(argv: Optional[List[str]] = None) -> int:
    fuzz = load_properties()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per input source (default: 2000)")
    parser.add_argument("--only", choices=sorted(fuzz.STRATEGIES), action="append", help="fuzz only this input source")
    parser.add_argument("--progress", type=int, default=100, metavar="N", help="a progress line on stderr every N examples (0: none)")
    args = parser.parse_args(argv)
    if args.examples < 1:
        parser.error("--examples must be at least 1")
    # Generated programs make compile() warn ("'int' object is not callable");
    # that is noise here, not a finding.
    warnings.simplefilter("ignore", SyntaxWarning)

    started = time.monotonic()
    total_examples = total_failures = 0
    for name in args.only or list(fuzz.STRATEGIES):
        begun = time.monotonic()
        examples, failures = run_one(fuzz, name, args.examples, args.progress)
        print(f"{name}: {examples} examples, {failures} failures, {time.monotonic() - begun:.0f} s", flush=True)
        total_examples += examples
        total_failures += failures
    seconds = time.monotonic() - started

    print(f"examples run: {total_examples}")
    print(f"failures found: {total_failures}")
    print(f"seconds: {seconds:.1f}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())

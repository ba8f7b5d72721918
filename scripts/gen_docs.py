"""Write docs/rules/INIxxx.md and docs/rules/README.md from the rule classes.

    python scripts/gen_docs.py           # regenerate (removes pages of deleted rules)
    python scripts/gen_docs.py --check   # exit 1 and list stale files; writes nothing

Figures (docs/figures/INIxxx.png) come from scripts/make_figures.py; a rule
page links its figure only when the PNG exists, so draw figures first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from init_lint.docs import DOCS_DIR, REGENERATE, display_path, stale_files, write_docs
from init_lint.rules import ALL_RULES


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list stale files, exit 1 if any")
    parser.add_argument("--docs-dir", type=Path, default=DOCS_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--figures-dir", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.check:
        problems = stale_files(ALL_RULES, args.docs_dir, args.figures_dir)
        for problem in problems:
            print(problem)
        if problems:
            print(f"rule docs are stale: run `{REGENERATE}`", file=sys.stderr)
            return 1
        return 0

    for path in write_docs(ALL_RULES, args.docs_dir, args.figures_dir):
        print(f"{'wrote' if path.exists() else 'removed'} {display_path(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

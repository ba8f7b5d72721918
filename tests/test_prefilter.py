"""The text prefilter may skip work, never findings (issue 16).

* Its vocabulary (`vocab/triggers.py`) is exactly what the evaluator's tables
  imply, and its regex sees every name that can fire.
* TRIGGER_RE, hand-optimised, accepts exactly the lines its plain reference does.
* With the prefilter on or off, the pipeline reports the same findings on every
  fixture, labeled snippet and example, and on every mutation of them
  (tests/mutations.py: harmless inits made harmful).
* The prefilter knows no rule: it imports nothing of the engine.

No timing assertions: speed itself is measured by benchmarks/bench.py.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import List

import pytest

from init_lint import pipeline
from init_lint.engine import decode
from init_lint.options import Options
from init_lint.vocab.triggers import NEVER_FIRES, TRIGGER_NAMES, TRIGGER_RE
from mutations import MUTATIONS

ROOT = Path(__file__).resolve().parents[1]
OPTIONS = Options()


# ---------------------------------------------------------------- vocabulary


def test_trigger_names_match_dist_tables():
    from init_lint.semantic.evaluator import TRIGGER_NAMES as from_tables

    missing = sorted(from_tables - TRIGGER_NAMES)
    extra = sorted(TRIGGER_NAMES - from_tables)
    assert not missing and not extra, (
        "init_lint/vocab/triggers.py TRIGGER_NAMES is out of date with the evaluator's tables "
        f"(semantic.evaluator.TRIGGER_NAMES): add {missing} / remove {extra}. The prefilter only parses a file "
        "that mentions one of these names, so a name missing there silently loses findings."
    )


def test_trigger_regex_sees_every_name_that_can_fire():
    for name in sorted(TRIGGER_NAMES - NEVER_FIRES):
        assert TRIGGER_RE.search(f"x = mod.{name}(w)"), name


def test_fast_trigger_regex_matches_the_reference_statement():
    """TRIGGER_RE is a hand-optimised spelling of REFERENCE_TRIGGER_PATTERN (first-character dispatch, a trie):
    both must accept exactly the same lines, on real code and on every name in odd company."""
    import re

    from init_lint.vocab.triggers import REFERENCE_TRIGGER_PATTERN

    REFERENCE_TRIGGER_RE = re.compile(REFERENCE_TRIGGER_PATTERN)

    lines = [line for path in REPO_FILES for line in path.read_text("utf-8", "replace").splitlines()]
    for name in sorted(TRIGGER_NAMES) + ["kernel_initializer", "my_initializer", "_initializer", "xavier_", "Glorot",
                                         "variance_scaling", "variance_scaling_x", "Lecun", "he_normal", "he_"]:
        for fmt in ("{}", "x.{}(w)", "a{}", "{}b", "_{}", "{}_", "1{}", "'{}'", "({})", "é{}", "{}é", "x{}y"):
            lines.append(fmt.format(name))
    differ = [line for line in lines if bool(TRIGGER_RE.search(line)) != bool(REFERENCE_TRIGGER_RE.search(line))]
    assert not differ, differ[:5]


def test_anchors_cover_every_trigger_match():
    """may_fire runs TRIGGER_RE only on lines holding an ANCHORS substring: each form a match can take (a word,
    a prefix and the word character after it, `_initializer`) must hold one, or a line that fires is never seen."""
    from init_lint.vocab.triggers import _PREFIXES, _WORDS, ANCHORS

    forms = sorted(_WORDS) + [p + "x" for p in _PREFIXES] + ["_initializer"]
    uncovered = [f for f in forms if not any(a in f for a in ANCHORS)]
    assert not uncovered, f"add an anchor for {uncovered} to vocab/triggers.py ANCHORS"


def _whole_text_may_fire(source: str) -> bool:
    """The prefilter as one scan of the whole text (what the anchored search must agree with)."""
    from init_lint.prefilter import _comment_span

    end, lo, hi = -1, 0, 0
    for match in TRIGGER_RE.finditer(source):
        pos = match.start()
        if pos > end:
            start = source.rfind("\n", 0, pos) + 1
            end = source.find("\n", pos)
            end = len(source) if end < 0 else end
            lo, hi = _comment_span(source, start, end)
        if not lo < pos < hi:
            return True
    from init_lint.vocab.triggers import REPEATED_NUMBER_RE
    for match in REPEATED_NUMBER_RE.finditer(source):  # a fill spelled as one number repeated
        pos = match.start()
        start = source.rfind("\n", 0, pos) + 1
        end = source.find("\n", pos)
        lo, hi = _comment_span(source, start, len(source) if end < 0 else end)
        if not lo < pos < hi:
            return True
    return False


def test_repeated_number_arrays_pass_the_prefilter():
    """An array of one number repeated is a fill with no initializer word; a literal of data is not."""
    from init_lint.prefilter import may_fire

    assert may_fire("W = np.array([[0.5 for j in range(4)] for i in range(4)])\n")
    assert may_fire("w = torch.tensor([0.1] * 8)\n")
    assert not may_fire("x = np.array([1, 2, 3])\ny = np.array([v for v in xs])\n")
    assert not may_fire("# W = np.array([0.0 for _ in range(6)])\n")


def test_anchored_search_agrees_with_a_whole_text_scan():
    from init_lint.prefilter import may_fire

    texts = [path.read_text("utf-8", "replace") for path in REPO_FILES]
    texts += [f"{a}\n{b}" for a in ("", "# normal_(w)", "x = 'a # b' + zeros(3)", 's = """\n# ones\n"""')
              for b in ("", "y = 1", "w.normal_()", "# w.zero_()", "x = {'#': randn(2)}", "kernel_initializer=k")]
    texts += [t.replace("\n", "\r") for t in texts]
    differ = [t[:80] for t in texts if may_fire(t) != _whole_text_may_fire(t)]
    assert not differ, differ[:5]


def test_never_fires_names_are_known():
    assert NEVER_FIRES <= TRIGGER_NAMES



def _files(*patterns: str) -> List[Path]:
    return sorted(p for pattern in patterns for p in ROOT.glob(pattern))


REPO_FILES = _files("fixtures/*/*.py", "fixtures/fixes/**/*.py", "tests/labeled/pos/*.py", "tests/labeled/neg/*.py",
                    "examples/**/*.py")


def _unfiltered(source: str, name: str):
    """The pipeline's findings with the prefilter switched off."""
    original = pipeline.may_fire
    pipeline.may_fire = lambda text: True
    try:
        return pipeline.analyze(source, name, OPTIONS)
    finally:
        pipeline.may_fire = original


def _same(path: Path, source: str) -> None:
    name = path.relative_to(ROOT).as_posix()
    assert pipeline.analyze(source, name, OPTIONS) == _unfiltered(source, name), name


def test_prefilter_never_drops_a_finding_on_repo_files():
    with_findings = 0
    for path in REPO_FILES:
        source = decode(path.read_bytes())
        _same(path, source)
        with_findings += bool(pipeline.analyze(source, "x.py", OPTIONS))
    assert with_findings > 50, "the repo files should exercise the rules"


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_prefilter_never_drops_a_finding_on_mutated_files(mutation):
    changed = 0
    for path in REPO_FILES:
        source = decode(path.read_bytes())
        mutated = MUTATIONS[mutation](source)
        if mutated != source:
            changed += 1
            _same(path, mutated)
    assert changed, f"mutation {mutation} changed no file: it tests nothing"


def test_a_file_without_initializer_words_is_not_parsed(monkeypatch):
    import ast as ast_module

    def boom(*args, **kwargs):
        raise AssertionError("parsed a file the prefilter should have dropped")

    monkeypatch.setattr(ast_module, "parse", boom)
    assert pipeline.analyze("import os\nprint(os.getcwd())\n", "m.py", OPTIONS) == []


@pytest.mark.parametrize("source, fires", [
    ("x = 1  # random init\n", False),
    ("# w = torch.zeros(3)\nimport os\n", False),
    ('s = """\n# he_normal\n"""\n', False),  # in a string holding the `#`: no initializer's name
    ("w = torch.zeros(3)  # zeros\n", True),
    ('s = """\n# x""" + normal_(w)\n', True),  # a quote before the word may close the string
    ('s = f"""\n# {normal_(w)}"""\n', True),  # an f-string's code
    ("x = '#'; normal_(w)\n", True),
])
def test_words_in_comments_do_not_pass(source, fires):
    from init_lint.prefilter import may_fire

    assert may_fire(source) is fires


def test_prefilter_knows_no_rule():
    import ast as ast_module

    tree = ast_module.parse((ROOT / "init_lint" / "prefilter.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast_module.walk(tree) if isinstance(n, ast_module.ImportFrom)}
    assert imported <= {"__future__", "vocab.triggers"}, imported
    assert len((ROOT / "init_lint" / "prefilter.py").read_text(encoding="utf-8").splitlines()) <= 300

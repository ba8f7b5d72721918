"""The text prefilter: one regex over the raw source, before anything is parsed.

A file whose text names no initializer, random draw or initializer keyword
(`vocab.triggers.TRIGGER_RE`: the last names of every factory, initializer
and in-place init the evaluator knows, plus initializer strings and
`*_initializer` keywords) holds nothing any rule could report: it is dropped
here, before `ast.parse`. This module knows nothing of rules, scales or
families; it only asks whether the file mentions the vocabulary at all.
Most files of a large code base stop here.
"""

from __future__ import annotations

from .vocab.triggers import TRIGGER_RE


def may_fire(source: str) -> bool:
    """Whether the text mentions any initializer word (a file that does not can produce no finding)."""
    return TRIGGER_RE.search(source) is not None

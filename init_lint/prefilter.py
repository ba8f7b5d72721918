"""The text prefilter: one regex over the raw source, before anything is parsed.

A file whose text names no initializer, random draw or initializer keyword
(`vocab.triggers.TRIGGER_RE`: the last names of every factory, initializer
and in-place init the evaluator knows, plus initializer strings and
`*_initializer` keywords) holds nothing any rule could report: it is dropped
here, before `ast.parse`. This module knows nothing of rules, scales or
families; it only asks whether the file mentions the vocabulary at all,
outside comments. Most files of a large code base stop here.
"""

from __future__ import annotations

from .vocab.triggers import TRIGGER_RE


def may_fire(source: str) -> bool:
    """Whether the text mentions any initializer word in code (a file that does not can produce no finding)."""
    end = -1  # end of the line of the last word seen; its comment span is (lo, hi)
    lo = hi = 0
    for match in TRIGGER_RE.finditer(source):
        pos = match.start()
        if pos > end:  # a word on a new line (each line is searched once: linear in the text)
            start = source.rfind("\n", 0, pos) + 1
            end = source.find("\n", pos)
            end = len(source) if end < 0 else end
            lo, hi = _comment_span(source, start, end)
        if not lo < pos < hi:
            return True
    return False


def _comment_span(source: str, start: int, end: int) -> tuple[int, int]:
    """(lo, hi): a word starting between them follows a `#` with no quote or brace before it on its line
    (`x = 1  # random init`); (end, end) when there is none.

    Such a word is in a comment, which the tree never holds, or else inside a string opened on an earlier
    line and still open here: a string holding that `#`, which is no initializer's name (the evaluator
    compares initializer strings whole). A quote or a `{` before it (`"#" + normal_`, an f-string's `{`)
    could close that string or open code: the word counts then."""
    mark = source.find("#", start, end)
    if mark < 0:
        return end, end
    first = min([i for i in (source.find(c, start, end) for c in "'\"{") if i >= 0], default=end)
    return (mark, first) if mark < first else (end, end)

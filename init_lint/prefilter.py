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

from .vocab.triggers import ANCHORS, REPEATED_NUMBER_ANCHORS, REPEATED_NUMBER_RE, TRIGGER_RE


def may_fire(source: str) -> bool:
    """Whether the text mentions any initializer word in code (a file that does not can produce no finding).

    A match never spans a line break and every match holds one of the ANCHORS, so only the lines holding an
    anchor can fire: those are found with str.find and judged one by one (each line once), the rest of the text
    is never run through the regex. (A word seen on a line decides as it did when the regex scanned the whole
    text: matches are words, so the scan restarts at each line as a fresh search.)"""
    judged: set[int] = set()  # starts of the lines already judged
    for anchor in ANCHORS:
        pos = source.find(anchor)
        while pos >= 0:
            start = source.rfind("\n", 0, pos) + 1
            end = source.find("\n", pos)
            end = len(source) if end < 0 else end
            if start not in judged:
                judged.add(start)
                if _line_fires(source, start, end):
                    return True
            pos = source.find(anchor, end)
    # a fill written as an array of one number repeated (`np.array([[0.5 for j in range(4)] for i in range(4)])`):
    # no initializer word at all, so its own pattern, run where `array([` / `tensor([` stands
    for anchor in REPEATED_NUMBER_ANCHORS:
        pos = source.find(anchor)
        while pos >= 0:
            start = source.rfind("\n", 0, pos) + 1
            match = REPEATED_NUMBER_RE.match(source, pos)
            if match is not None:
                end = source.find("\n", pos)
                lo, hi = _comment_span(source, start, len(source) if end < 0 else end)
                if not lo < pos < hi:
                    return True
            pos = source.find(anchor, pos + 1)
    return False


def _line_fires(source: str, start: int, end: int) -> bool:
    """Whether the line source[start:end] mentions an initializer word outside a comment."""
    lo, hi = _comment_span(source, start, end)
    for match in TRIGGER_RE.finditer(source, start, end):
        if not lo < match.start() < hi:
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

"""`init-lint --fix` / `--diff` on files: lint, apply the fixes (init_lint.fix.apply), write back.

* `fix_source`: lint one source text, keep the findings the user would see (selected, not under a `# noqa`
  that flake8 would honour), apply their fixes, and make sure each applied fix is final: the fixed code is
  linted again and a fix whose result would be flagged again is taken back (so a second `--fix` changes
  nothing).
* `fix_paths`: files and directories on disk -> one unified diff and one-line messages, optionally written
  back: same encoding, BOM, line endings, mode bits and (where the user may set it) owner; atomic (a temp file
  in the same directory, then one rename); never through a symlink that leads out of the tree being fixed;
  never into a read-only file unless asked (`fix_read_only`).

"Fixable" means `--fix` acts: every finding that is reported with a fix is either fixed or named in a
message saying why not.
"""

from __future__ import annotations

import ast
import codecs
import difflib
import io
import os
import stat
import tempfile
import tokenize
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence, Tuple

from ..finding import INTERNAL_CODE, Finding
from ..options import DEFAULT_OPTIONS, Options
from .apply import apply_fixes_report
from .intents import Fix, Span
from ..semantic.astutil import parsed_quietly
from .splice import spliced

MAX_FILE_SIZE = 64 << 20  # larger files are not read for fixing (nor linted with the default max-file-size)
_FINAL_ROUNDS = 3  # fix, lint again, take back the fixes that are flagged again: at most this often


def analyze(source: str, filename: str = "<stdin>", options: Options = DEFAULT_OPTIONS,
            within: Optional[Sequence[Span]] = None, tree: Optional[ast.Module] = None) -> List[Finding]:
    """The engine's findings for one text (`tree`: the text parsed already); with `within`, only those of
    initializer expressions that start in one of these spans (a seam: tests put a stand-in rule here)."""
    from ..pipeline import analyze as engine_analyze

    return engine_analyze(source, filename, options, tree=tree, within=within)


# ---------------------------------------------------------------------------
# fix_source: lint one source text and apply its fixes


@dataclass
class TextFix:
    """What fixing one text did."""

    source: str
    applied: List[Finding] = field(default_factory=list)
    messages: List[str] = field(default_factory=list)  # fixable findings left alone, and why
    unfixable: List[Finding] = field(default_factory=list)  # reported findings that have no automatic fix


def _reported(findings: List[Finding], source: str, filename: str, options: Options) -> List[Finding]:
    """The findings the user sees: selected, and not under a `# noqa` (flake8's own decision and line mapping,
    the same the CLI and the flake8 plugin apply)."""
    from ..engine import apply_noqa, physical_lines

    selected = [f for f in findings if options.wants(f.code)]
    return apply_noqa(selected, physical_lines(source), filename)


def _where(finding: Finding) -> str:
    return f"{finding.line}:{finding.col + 1}: {finding.code}"


def fix_text(source: str, filename: str = "<stdin>", options: Options = DEFAULT_OPTIONS) -> TextFix:
    tree = parsed_quietly(source)  # (once: the lint and the rewriter's plan both read it; None: the engine says why)
    findings = analyze(source, filename, options, tree=tree)
    internal = [f for f in findings if f.code == INTERNAL_CODE]
    if internal:
        # a file the engine could not analyse gets no fixes; say so even when INI900 is not selected
        return TextFix(source, messages=[f"{_where(f)} {f.message}; nothing fixed" for f in internal])
    reported = _reported(findings, source, filename, options)
    fixable = [f for f in reported if f.fix is not None]
    result = TextFix(source, unfixable=[f for f in reported if f.fix is None])
    if not fixable:
        return result
    fixes: List[Fix] = [f.fix for f in fixable if f.fix is not None]
    taken_back: dict = {}
    for _ in range(_FINAL_ROUNDS):
        active = [i for i in range(len(fixes)) if i not in taken_back]
        outcome = apply_fixes_report(source, [fixes[i] for i in active], tree)
        applied = [active[j] for j in outcome.applied]
        skipped = [(active[j], reason) for j, reason in outcome.skipped]
        spans = {active[j]: span for j, span in outcome.new_spans.items()}
        # (the fixed text's tree from the lint's, where the rewrite kept every line: no second whole-file parse)
        fixed_tree = spliced(tree, outcome.regions) if applied and tree is not None and outcome.regions else None
        again = _flagged_again(outcome.source, filename, options, spans, fixed_tree) if applied else {}
        if not again:
            break
        taken_back.update(again)
    else:  # still not final after the last round: fix nothing rather than something unstable
        applied, skipped = [], [(i, "the fixed code would still be flagged") for i in range(len(fixes))]
        outcome.source = source
    result.source = outcome.source if applied else source
    result.applied = [fixable[i] for i in applied]
    reasons = dict(skipped)
    reasons.update(taken_back)
    result.messages = [f"{_where(fixable[i])} not fixed: {reason}" for i, reason in sorted(reasons.items())]
    return result


def _flagged_again(source: str, filename: str, options: Options, spans: dict,
                   tree: Optional[ast.Module] = None) -> dict:
    """index -> reason for each applied fix whose new code the engine would report again (any finding at the
    fixed expression: the fix was not final)."""
    again = {}
    # (only the fixed expressions are judged again; the model is still built from the whole fixed text)
    findings = analyze(source, filename, options, within=list(spans.values()), tree=tree)
    broken = [f for f in findings if f.code == INTERNAL_CODE]
    if broken:
        return {i: f"init-lint cannot analyse the fixed code ({broken[0].message})" for i in spans}
    for f in _reported(findings, source, filename, options):
        for i, span in spans.items():
            if i not in again and span.holds(f.line, f.col):
                again[i] = f"the fixed code would be flagged again ({f.code})"
    return again


def fix_source(source: str, filename: str = "<stdin>", options: Options = DEFAULT_OPTIONS
               ) -> Tuple[str, List[Finding], List[str]]:
    """(new source, findings whose fix was applied, messages about fixable findings not fixed)."""
    result = fix_text(source, filename, options)
    return result.source, result.applied, result.messages


# ---------------------------------------------------------------------------
# files on disk


@dataclass(frozen=True)
class SourceFile:
    """A Python file as read from disk, with what it takes to write it back byte-identical except for the
    fixes."""

    path: str
    raw: bytes
    text: str  # decoded, BOM removed, line endings normalised to "\n"
    encoding: str
    bom: bool
    newline: str
    mode: int
    owner: Tuple[int, int] = (-1, -1)  # uid, gid


class UnfixableFile(Exception):
    """A file the fixer leaves alone; the message says why."""


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    present = [style for style, count in (("\r\n", crlf), ("\r", cr), ("\n", lf)) if count]
    if len(present) > 1:
        # writing back one style would rewrite lines the fixes never touched
        raise UnfixableFile("mixed line endings; not fixed")
    return present[0] if present else "\n"


def read_source_file(path: str) -> SourceFile:
    """Read (regular files only) and decode `path`; raises OSError or UnfixableFile."""
    from ..frontends.discovery import NotReadable, read_regular_file

    try:
        raw = read_regular_file(path, MAX_FILE_SIZE)
    except NotReadable as exc:
        raise OSError(str(exc)) from None
    info = os.stat(path)
    mode = stat.S_IMODE(info.st_mode)
    bom = raw.startswith(codecs.BOM_UTF8)
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        decoded = raw[len(codecs.BOM_UTF8):].decode(encoding) if bom else raw.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        raise UnfixableFile(f"cannot decode: {_one_line(exc)}") from None
    newline = _newline_style(decoded)
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    source = SourceFile(path, raw, text, encoding, bom, newline, mode, (info.st_uid, info.st_gid))
    if encode_source(source, text) != raw:
        raise UnfixableFile(f"cannot reproduce its bytes from the decoded text ({encoding}); not fixed")
    return source


def encode_source(source: SourceFile, text: str) -> bytes:
    """`text` in the file's own encoding, BOM and line endings."""
    if source.newline != "\n":
        text = text.replace("\n", source.newline)
    data = text.encode(source.encoding)
    return codecs.BOM_UTF8 + data if source.bom else data


def _read_current_bytes(path: str) -> bytes:
    """The file's bytes right now (separate so tests can simulate an editor saving the file between our read
    and our write)."""
    with open(path, "rb") as handle:
        return handle.read()


def write_atomically(path: str, data: bytes, mode: int, owner: Tuple[int, int] = (-1, -1)) -> None:
    """Replace `path` by `data` in one step: readers see the old file or the new one, never a half-written one.
    A symlink is followed, not replaced. The new file gets `mode`, and `owner` (uid, gid) when this process may
    give it away (root fixing another user's file); otherwise it is ours."""
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{os.path.basename(target)}.",
                                     suffix=".init-lint.tmp", delete=False) as handle:
        temp = handle.name
        try:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            os.unlink(temp)
            raise
    try:
        _give_to(temp, owner)
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        os.unlink(temp)
        raise


def _give_to(path: str, owner: Tuple[int, int]) -> None:
    if owner == (-1, -1) or not hasattr(os, "chown"):
        return
    info = os.stat(path)
    if (info.st_uid, info.st_gid) == owner:
        return
    try:
        os.chown(path, *owner)
    except OSError:
        pass  # not permitted: the file stays ours, as with any editor's save


def unified_diff(path: str, old: str, new: str) -> str:
    """A `diff -u` / `patch -p0` compatible diff of one file."""
    a, b = _diff_lines(old), _diff_lines(new)
    if len(a) != len(b):
        return "".join(difflib.unified_diff(a, b, fromfile=path, tofile=path))
    # every fix kept its lines: the changed lines are those that differ where they stand (difflib's matcher would
    # search the whole file for each of them: quadratic in the number of fixes)
    return "".join(_line_for_line_diff(a, b, path))


def _line_for_line_diff(a: List[str], b: List[str], path: str, n: int = 3) -> List[str]:
    """`difflib.unified_diff` of two texts of as many lines, each changed run of lines a replacement of the same
    lines: hunks with `n` lines of context, merged where their contexts touch, as difflib groups them."""
    codes: List[Tuple[str, int, int]] = []  # (tag, start, end), on both sides at once
    i = 0
    while i < len(a):
        j = i
        same = a[i] == b[i]
        while j < len(a) and (a[j] == b[j]) == same:
            j += 1
        codes.append(("equal" if same else "replace", i, j))
        i = j
    if not any(tag == "replace" for tag, _, _ in codes):
        return []
    if codes[0][0] == "equal":
        codes[0] = ("equal", max(codes[0][1], codes[0][2] - n), codes[0][2])
    if codes[-1][0] == "equal":
        codes[-1] = ("equal", codes[-1][1], min(codes[-1][2], codes[-1][1] + n))
    groups: List[List[Tuple[str, int, int]]] = []
    group: List[Tuple[str, int, int]] = []
    for tag, i1, i2 in codes:
        if tag == "equal" and i2 - i1 > 2 * n:
            group.append((tag, i1, min(i2, i1 + n)))
            groups.append(group)
            group = []
            i1 = max(i1, i2 - n)
        group.append((tag, i1, i2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        groups.append(group)
    out = [f"--- {path}\n", f"+++ {path}\n"]
    for group in groups:
        start, stop = group[0][1], group[-1][2]
        span = f"{start + 1}" if stop - start == 1 else f"{start + 1 if stop > start else start},{stop - start}"
        out.append(f"@@ -{span} +{span} @@\n")
        for tag, i1, i2 in group:
            if tag == "equal":
                out.extend(" " + line for line in a[i1:i2])
            else:
                out.extend("-" + line for line in a[i1:i2])
                out.extend("+" + line for line in b[i1:i2])
    return out


def _diff_lines(text: str) -> List[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


# --- where --fix may write ------------------------------------------------------


def _within(path: str, directory: str) -> bool:
    try:
        return os.path.commonpath([path, directory]) == directory
    except ValueError:  # different drives
        return False


def _trees(path: str, roots: Sequence[str]) -> List[str]:
    """The directories a file reached by `path` may lie in (resolved): the directory it is listed in, and the
    given roots (directories, or a file's directory) that contain it as spelled."""
    absolute = os.path.abspath(path)
    trees = [os.path.realpath(os.path.dirname(absolute))]
    for root in roots:
        root_abs = os.path.abspath(root)
        if not os.path.isdir(root_abs):
            root_abs = os.path.dirname(root_abs)
        if _within(absolute, root_abs):
            trees.append(os.path.realpath(root_abs))
    return trees


def _symlink_escape(path: str, roots: Sequence[str]) -> Optional[str]:
    """The target of a symlinked file that lies outside the tree being fixed, else None."""
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    if any(_within(target, tree) for tree in _trees(path, roots)):
        return None
    return target


def _read_only(source: SourceFile) -> bool:
    if not source.mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    return not os.access(source.path, os.W_OK)


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' if n != 1 else ''}"


def _prepare(path: str, options: Options, roots: Sequence[str]
             ) -> Tuple[Optional[SourceFile], Optional[TextFix], List[str]]:
    """(file, what fixing its text does, messages); no file and no fix when the file is left alone."""
    if path.endswith(".ipynb"):
        return None, None, [f"{path}: notebooks are not fixed"]
    escape = _symlink_escape(path, roots)
    if escape is not None:
        return None, None, [f"{path}: a symlink to {escape}, outside the tree being fixed; not fixed"]
    try:
        source = read_source_file(path)
    except OSError as exc:
        return None, None, [f"{path}: cannot read: {exc.strerror or _one_line(exc)}"]
    except UnfixableFile as exc:
        return None, None, [f"{path}: {exc}"]
    result = fix_text(source.text, path, options)
    return source, result, [f"{path}:{message}" for message in result.messages]


def fixable_in_file(path: str, options: Options = DEFAULT_OPTIONS, roots: Optional[Sequence[str]] = None,
                    fix_read_only: bool = False) -> List[Finding]:
    """The findings `--fix` would fix in this file right now (a dry run of `_fix_file`: nothing is written).

    What the reporters call fixable: a finding with a fix intent the fixer would refuse (verification, overlap,
    a taken-back fix, a read-only or undecodable file, a notebook) is not in the list."""
    source, result, _ = _prepare(path, options, list(roots) if roots is not None else [path])
    if source is None or result is None or result.source == source.text:
        return []
    if _read_only(source) and not fix_read_only:
        return []
    try:
        encode_source(source, result.source)
    except UnicodeEncodeError:
        return []
    return list(result.applied)


def _fix_file(path: str, options: Options, write: bool, roots: Sequence[str], fix_read_only: bool
              ) -> Tuple[str, List[str]]:
    """(diff, messages) for one file."""
    source, result, messages = _prepare(path, options, roots)
    if source is None or result is None:
        return "", messages
    if result.source == source.text:
        if not write and result.unfixable:
            codes = ", ".join(sorted({f.code for f in result.unfixable}))
            messages.append(f"{path}: {_count(len(result.unfixable), 'finding')} ({codes}), none fixable "
                            f"automatically")
        return "", messages
    if _read_only(source) and not fix_read_only:
        count = _count(len(result.applied), "fixable finding")
        return "", messages + [f"{path}: read-only; {count} not fixed"]
    diff = unified_diff(path, source.text, result.source)
    if not write:
        return diff, messages

    try:
        data = encode_source(source, result.source)
    except UnicodeEncodeError as exc:
        return "", messages + [f"{path}: fixed code cannot be encoded as {source.encoding} ({exc.reason}); not fixed"]
    try:
        if _read_current_bytes(path) != source.raw:
            return "", messages + [f"{path}: changed on disk since it was read; not fixed"]
        write_atomically(path, data, source.mode, source.owner)
    except OSError as exc:
        return "", messages + [f"{path}: cannot write: {exc.strerror or _one_line(exc)}; not fixed"]
    codes = ", ".join(sorted({f.code for f in result.applied}))
    return diff, messages + [f"{path}: fixed {_count(len(result.applied), 'finding')} ({codes})"]


def fix_paths(paths: Iterable[str], options: Options = DEFAULT_OPTIONS, write: bool = False,
              roots: Optional[Sequence[str]] = None, fix_read_only: bool = False) -> Tuple[str, List[str]]:
    """Fix files and directories (walked as the linter walks them).

    Returns the unified diff of all changes (what `--diff` prints) and one-line messages: per file that was
    fixed, per fix or file left alone and why, and (without `write`) per file whose findings have no automatic
    fix. With `write`, changed files are written back. `roots`: the tree being fixed (the command line's
    paths), which a symlinked file must not lead out of; the paths themselves when not given. Read-only files
    are left alone unless `fix_read_only`."""
    from ..frontends.discovery import discover, display_path

    paths = list(paths)
    found = discover(paths)
    messages = [f"{display_path(path)}: no such file or directory" for path in found.missing]
    trees = list(roots) if roots is not None else paths
    diffs: List[str] = []
    for path in found.files:
        diff, file_messages = _fix_file(path, options, write, trees, fix_read_only)
        if diff:
            diffs.append(diff)
        messages.extend(file_messages)
    return "".join(diffs), messages


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200]

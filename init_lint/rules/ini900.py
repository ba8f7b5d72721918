"""INI900: init-lint could not analyse a file."""

from __future__ import annotations

from .base import Example, Rule


class AnalysisFailure(Rule):
    code = "INI900"
    name = "analysis-failure"
    checklist = "init-lint itself"
    summary = "init-lint could not analyse this file (syntax error, undecodable bytes, nesting too deep, internal error)."
    why = (
        "A linter that silently skips a file gives false confidence. Instead of crashing flake8 or the editor, "
        "init-lint reports one INI900 finding at line 1 with the reason and goes on with the next file, so 0 "
        "findings always means 0 problems found, never 'not looked at'. One deliberate exception: a file whose text "
        "names no initializer or random draw at all is dropped by the text prefilter before it is parsed, so a "
        "syntax error there gives no INI900 (there is nothing init-lint could report in it, and flake8 reports "
        "its own E999). In a notebook, a cell that is not Python (an exercise left unfinished) is one INI900 at "
        "that cell, and the other cells are linted; IPython magics, shell escapes and common exercise "
        "placeholders (`x = # YOUR CODE HERE`) are not errors."
    )
    fix_advice = "Fix the syntax error or encoding the message names; if the file is valid Python, please report the message as a bug. Suppress with `--ignore INI900` or `# noqa: INI900` on line 1."
    options_doc = "None."
    references = ("flake8 plugin development guide: plugins must not raise",)
    default_level = "error"
    valid = (Example("x = 1\n"),)
    invalid = (Example("import numpy as np\nW1 = np.zeros((256, 784)\n", 1),)

"""A notebook kept as a percent-format script (`# %%` cells: Jupytext, VS Code, Spyder) may hold IPython lines
(`%matplotlib inline`, `!pip install ...`). The CLI blanks them as it does in a notebook's cells, line for line,
so the script is judged at its own lines (issue 17: a corpus28 tutorial's std-1 tied weights were unread); so is
a plain script whose syntax error is such a line (a notebook exported by hand); a file whose other lines do not
parse either reports its own error, not the magic's."""

from __future__ import annotations

from init_lint.engine import lint_source

SCRIPT = '''\
#%% [markdown]
# Autoencoders
import torch
import torch.nn as nn
%matplotlib inline
!pip install torchvision

#%%
class TiedAE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Linear(784, 400)
        self.weights = nn.Parameter(torch.randn(400, 784))
        if True:
            %time x = 1

    def forward(self, x):
        return torch.sigmoid(x @ self.weights.t())
'''


def test_a_percent_script_with_magics_is_judged_at_its_own_lines():
    [f] = lint_source(SCRIPT, "autoencoders.py")
    assert (f.line, f.code) == (13, "INI004")


def test_its_real_syntax_error_is_the_one_reported():
    broken = SCRIPT.replace("return torch.sigmoid(x @ self.weights.t())", "return torch.sigmoid(x @ self.")
    [f] = lint_source(broken, "autoencoders.py")
    assert f.code == "INI900" and "syntax error (line 18)" in f.message


def test_a_plain_script_whose_syntax_error_is_a_magic_is_judged_too():
    # a notebook exported by hand, `%matplotlib inline` kept (corpus55's course scripts): IPython runs it, so the
    # magics are blanked as in a percent script, line for line (issue 17: automagics are not INI900)
    plain = SCRIPT.replace("#%% [markdown]\n", "\n").replace("#%%\n", "\n")
    [f] = lint_source(plain, "autoencoders.py")
    assert (f.line, f.code) == (13, "INI004")


def test_a_plain_script_with_magics_still_reports_its_real_syntax_error():
    plain = SCRIPT.replace("#%% [markdown]\n", "\n").replace("#%%\n", "\n")
    broken = plain.replace("return torch.sigmoid(x @ self.weights.t())", "return torch.sigmoid(x @ self.")
    [f] = lint_source(broken, "autoencoders.py")
    assert f.code == "INI900" and "syntax error (line 18)" in f.message


def test_a_percent_sign_that_is_no_magic_line_stays_a_syntax_error():
    [f] = lint_source("import numpy as np\nW = np.zeros((3, 3)) %% 2\n", "mod.py")
    assert f.code == "INI900" and "syntax error (line 2)" in f.message

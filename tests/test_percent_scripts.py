"""A notebook kept as a percent-format script (`# %%` cells: Jupytext, VS Code, Spyder) may hold IPython lines
(`%matplotlib inline`, `!pip install ...`). The CLI blanks them as it does in a notebook's cells, line for line,
so the script is judged at its own lines (issue 17: a corpus28 tutorial's std-1 tied weights were unread); a
file whose other lines do not parse either reports its own error, not the magic's."""

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


def test_magics_outside_a_percent_script_stay_a_syntax_error():
    plain = SCRIPT.replace("#%% [markdown]\n", "\n").replace("#%%\n", "\n")
    [f] = lint_source(plain, "autoencoders.py")
    assert f.code == "INI900" and "syntax error (line 5)" in f.message

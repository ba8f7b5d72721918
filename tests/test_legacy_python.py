"""Python 2 tutorial files (print statements, `except E, e:`) are judged after an in-place rewrite that
keeps every line where it was (issue 17: Nielsen's network.py was unreadable, so its std-1 weights were
missed); a file that still does not parse stays one INI900 finding."""

from __future__ import annotations

from init_lint.engine import lint_source

NETWORK_PY2 = '''\
import numpy as np

class Network(object):
    def __init__(self, sizes):
        self.sizes = sizes
        self.weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]

    def SGD(self, epochs, test_data=None):
        for j in xrange(epochs):
            if test_data:
                print "Epoch {0}: {1} / {2}".format(
                    j, self.evaluate(test_data), len(test_data))
            else:
                print "Epoch {0} complete".format(j)  # progress
            print >>sys.stderr, "done"
            self.weights = [w - eta * nw for w, nw in zip(self.weights, nabla_w)]
        try:
            pass
        except ValueError, e:
            print "Trying to run under a GPU. " +\\
                "network3.py"

    def feedforward(self, a):
        for w in self.weights:
            a = 1.0 / (1.0 + np.exp(-np.dot(w, a)))
        return a

net = Network([784, 30, 10])
'''


def test_a_python2_file_is_judged_at_its_own_lines():
    [f] = lint_source(NETWORK_PY2, "network.py")
    assert (f.line, f.col, f.code) == (6, 24, "INI004")


def test_a_file_that_is_not_python2_either_stays_one_syntax_error():
    [f] = lint_source(NETWORK_PY2.replace("class Network(object):", "class Network(object)"), "network.py")
    assert f.code == "INI900" and "syntax error (line 3)" in f.message


# Python 3.12's type parameter syntax, read by an older parser once blanked (every other column kept)
PEP695 = '''\
import numpy as np
import numpy.typing as npt

type FArray = npt.NDArray[np.floating]
type Pair[T] = tuple[T, T]


def relu[T: (np.ndarray, float)](x: T) -> T:
    return np.maximum(0, x)


class Net[T]:
    def __init__(self, sizes: list[int]):
        self.weights = [np.random.randn(y, x) * 10 for x, y in zip(sizes[:-1], sizes[1:])]

    def forward(self, x: FArray) -> FArray:
        for W in self.weights:
            x = relu(W @ x)
        return x
'''


def test_type_parameter_syntax_is_read_on_every_python():
    findings = lint_source(PEP695, "net.py")
    assert [(f.line, f.col, f.code) for f in findings] == [(14, 24, "INI004")]


def test_type_parameters_are_blanked_column_for_column():
    from init_lint.pipeline import pep695_rewritten

    rewritten = pep695_rewritten(PEP695)
    assert rewritten.splitlines()[3] == "FArray      = npt.NDArray[np.floating]"
    assert rewritten.splitlines()[7] == "def relu" + " " * len("[T: (np.ndarray, float)]") + "(x: T) -> T:"
    assert [len(a) for a in rewritten.splitlines()] == [len(a) for a in PEP695.splitlines()]
    assert pep695_rewritten("types = 1\ntype_ = 2\ntype(x)\n") == "types = 1\ntype_ = 2\ntype(x)\n"

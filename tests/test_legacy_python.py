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

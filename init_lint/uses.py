"""How a module class uses one of its own parameters outside the constructor.

The weight model needs more than a tensor's name and shape: what the class
does with `self.<attr>` in `forward` (and other methods) decides whether its
initial scale matters.

* ``matrix``: an operand of `@`, matmul/mm/bmm/einsum/linear/conv (a weight);
* ``normalized``: L2-normalised or orthogonalised before use (`F.normalize`,
  `w / w.norm()`, `torch.linalg.qr`): the initial scale is irrelevant
  (cosine classifiers, AM-softmax, orthogonal motion bases);
* ``scaled``: the product is multiplied by a stored scale (`self.scale`,
  `dim ** -0.5`) in a later statement: an equalized-learning-rate style
  parameter whose effective scale is set at run time;
* ``fourier``: the product goes through sin/cos: random Fourier feature
  frequencies, whose std is a bandwidth, not a variance-preserving init;
* ``nonneg``: the parameter itself goes through relu/abs/softplus/exp/clamp
  before use: a non-negative dictionary (NMF), positive by design.

Values are followed through local names in statement order (`w =
self.weight.float()`, `q = x @ w`, `q = q * self.scale`), one method at a time.
"""

from __future__ import annotations

from typing import Dict, Iterable, Set

import libcst as cst

from .cstutil import children

_MATMUL = {"matmul", "mm", "bmm", "dot", "linear", "einsum", "tensordot", "inner", "conv1d", "conv2d", "conv3d",
           "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "baddbmm", "addmm"}
_NORMALIZERS = {"normalize", "l2_normalize", "qr", "orthogonalize", "orthogonal", "weight_norm", "spectral_norm",
                "unit_norm"}
_NORM_CALLS = {"norm", "vector_norm", "matrix_norm"}
_FOURIER = {"sin", "cos"}
_NONNEG = {"relu", "abs", "softplus", "exp", "square", "sigmoid", "relu6"}
_SCALE_WORDS = ("scale", "gain", "mul", "factor", "coef", "temperature")

# purity of a value: PURE = the parameter itself (reshaped, cast, offset by a constant);
# MIXED = computed from it together with other tensors (x @ w)
PURE, MIXED = 2, 1


def _last(func) -> str:
    if isinstance(func, cst.Attribute):
        return func.attr.value
    if isinstance(func, cst.Name):
        return func.value
    return ""


def _is_self_attr(node, attr: str) -> bool:
    return isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self" \
        and node.attr.value == attr


def _numeric(node) -> bool:
    if isinstance(node, (cst.Integer, cst.Float)):
        return True
    if isinstance(node, cst.UnaryOperation):
        return _numeric(node.expression)
    if isinstance(node, cst.BinaryOperation):
        return _numeric(node.left) and _numeric(node.right)
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "math":
        return True  # math.pi
    return False


class _Method:
    def __init__(self, attr: str, not_scales: Set[str], nonneg_attrs: Set[str]) -> None:
        self.attr = attr
        self.nonneg_attrs = nonneg_attrs  # self.<act> modules that map to [0, inf): nn.ReLU(), nn.Softplus()
        self.not_scales = not_scales  # self.<x> that are parameters or layers: never a stored scale
        self.taint: Dict[str, int] = {}
        self.tags: Set[str] = set()

    # ------------------------------------------------------------ statements
    def run(self, body: Iterable[cst.CSTNode]) -> None:
        for stmt in body:
            self.stmt(stmt)

    def stmt(self, stmt) -> None:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Assign, cst.AnnAssign, cst.AugAssign)) and small.value is not None:
                    level = self.level(small.value)
                    targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
                    if isinstance(small, cst.AugAssign):
                        for t in targets:
                            old = self.level(t)
                            if old and isinstance(small.operator, (cst.MultiplyAssign, cst.DivideAssign)) \
                                    and self.is_scale(small.value):
                                self.tags.add("scaled")
                            level = max(level, old)
                    for t in targets:
                        self.bind(t, level)
                else:
                    for c in children(small):
                        self.level(c)
        elif isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
            return
        else:
            for c in children(stmt):
                if isinstance(c, cst.BaseExpression):
                    self.level(c)
                elif isinstance(c, (cst.IndentedBlock, cst.Else, cst.ExceptHandler, cst.Finally)):
                    body = c.body.body if isinstance(c, (cst.Else, cst.ExceptHandler, cst.Finally)) else c.body
                    if isinstance(body, (list, tuple)):
                        self.run(body)
                elif isinstance(c, (list, tuple)):
                    self.run(c)

    def bind(self, target, level: int) -> None:
        if isinstance(target, cst.Name):
            if level:
                self.taint[target.value] = level
            else:
                self.taint.pop(target.value, None)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for e in target.elements:
                self.bind(e.value, MIXED if level else 0)

    # ------------------------------------------------------------ expressions
    def is_scale(self, node) -> bool:
        """A stored or computed scale: self.scale, scale_factor, dim ** -0.5, 1 / math.sqrt(d)."""
        if _numeric(node) or self.level(node):
            return False
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
            return node.attr.value not in self.not_scales
        if isinstance(node, (cst.Name, cst.Attribute)):
            last = node.value if isinstance(node, cst.Name) else node.attr.value
            return any(w in last.lower() for w in _SCALE_WORDS)
        for n in _walk(node):
            if isinstance(n, cst.BinaryOperation) and isinstance(n.operator, cst.Power):
                return True
            if isinstance(n, cst.Call) and _last(n.func) in ("sqrt", "rsqrt"):
                return True
        return False

    def level(self, node) -> int:
        """How the parameter reaches this value (PURE, MIXED or 0); records uses on the way."""
        if node is None:
            return 0
        if _is_self_attr(node, self.attr):
            return PURE
        if isinstance(node, cst.Name):
            return self.taint.get(node.value, 0)
        if isinstance(node, cst.Attribute):
            return self.level(node.value) if not (isinstance(node.value, cst.Name) and node.value.value == "self") else 0
        if isinstance(node, cst.Subscript):
            lv = self.level(node.value)
            for s in node.slice:
                if isinstance(s.slice, cst.Index):
                    self.level(s.slice.value)
            return lv
        if isinstance(node, (cst.UnaryOperation,)):
            return self.level(node.expression)
        if isinstance(node, cst.BinaryOperation):
            return self.binop(node)
        if isinstance(node, cst.Call):
            return self.call(node)
        if isinstance(node, (cst.Tuple, cst.List)):
            lv = 0
            for e in node.elements:
                lv = max(lv, self.level(e.value))
            return MIXED if lv else 0
        if isinstance(node, cst.IfExp):
            self.level(node.test)
            return max(self.level(node.body), self.level(node.orelse))
        for c in children(node):
            if isinstance(c, cst.BaseExpression):
                self.level(c)
        return 0

    def binop(self, node: cst.BinaryOperation) -> int:
        op = node.operator
        left, right = self.level(node.left), self.level(node.right)
        if isinstance(op, cst.MatrixMultiply):
            if left or right:
                if left == PURE or right == PURE:
                    self.tags.add("matrix")
                return MIXED
            return 0
        if isinstance(op, (cst.Multiply, cst.Divide)):
            for lv, other in ((left, node.right), (right, node.left)):
                if lv == MIXED and self.is_scale(other):
                    self.tags.add("scaled")
            if isinstance(op, cst.Divide) and left == PURE and right == PURE and _has_norm_call(node.right):
                self.tags.add("normalized")  # w / w.norm(dim=...)
                return PURE
        if left and right:
            return MIXED
        lv = left or right
        if lv == PURE:
            other = node.right if left else node.left
            return PURE if _numeric(other) else MIXED
        return lv

    def call(self, node: cst.Call) -> int:
        name = _last(node.func)
        recv = self.level(node.func.value) if isinstance(node.func, cst.Attribute) else 0
        args = [self.level(a.value) for a in node.args]
        first = args[0] if args else 0
        own = recv or first  # x.cos() / torch.cos(x)
        if name in _MATMUL:
            if PURE in args or recv == PURE:
                self.tags.add("matrix")
            return MIXED if (recv or any(args)) else 0
        if name in _NORMALIZERS and own == PURE:
            self.tags.add("normalized")
            return PURE
        if name in _FOURIER and own:
            self.tags.add("fourier")
            return MIXED
        if isinstance(node.func, cst.Attribute) and isinstance(node.func.value, cst.Name) \
                and node.func.value.value == "self" and name in self.nonneg_attrs and first == PURE:
            self.tags.add("nonneg")
            return PURE
        if name in _NONNEG and own == PURE:
            self.tags.add("nonneg")
            return PURE
        if name in ("clamp", "clip", "clamp_min") and own == PURE:
            self.tags.add("nonneg")
            return PURE
        if recv:
            return recv  # w.float(), w.transpose(1, 2), w.view(...)
        if first and not any(args[1:]):
            return first  # torch.index_select(w, 0, idx), w.to(...)
        return MIXED if any(args) else 0


def _has_norm_call(node) -> bool:
    return any(isinstance(n, cst.Call) and _last(n.func) in _NORM_CALLS for n in _walk(node))


def _walk(node):
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(children(n))


def param_uses(methods: Dict[str, cst.FunctionDef], attr: str, not_scales: Set[str],
               nonneg_attrs: Set[str] = frozenset()) -> Set[str]:
    """The use tags of self.<attr> over the given methods (the constructor excluded)."""
    tags: Set[str] = set()
    for name, fn in methods.items():
        if name == "__init__" or not isinstance(fn.body, cst.IndentedBlock):
            continue
        m = _Method(attr, not_scales, nonneg_attrs)
        m.run(fn.body.body)
        tags |= m.tags
    return tags

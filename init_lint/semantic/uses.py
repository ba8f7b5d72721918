"""How a module class uses one of its own parameters outside the constructor (on the standard `ast` tree).

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
* ``lookup``: indexed by a variable (`self.weight[ix]`): rows are picked, an
  embedding table (N(0, 1) is its default, RULES "Known fan-in decides scale");
* ``nonneg``: the parameter itself goes through relu/abs/softplus/exp/clamp
  before use: a non-negative dictionary (NMF), positive by design;
* ``noise``: multiplied elementwise by a noise tensor (`self.sigma_weight *
  self.epsilon_weight`): the scale of a noise distribution (NoisyNet's sigma),
  not a weight;
* ``matmul`` / ``convolved``: which kind of product a ``matrix`` use is (a
  rank-5 capsule transform `torch.matmul(W, x)` is a batch of matrices, not a
  kernel: its fan-in is one axis, not all but the first);
* ``distribution``: handed to a probability distribution (`Normal(mu, sigma)`);
* ``read``: read at all (any of the above, or a plain use);
* ``multiplied``: reaches an operand of a product, itself or computed from it
  (`F.linear(x, self.mask * self.weight)`), or a sum of an elementwise product
  (`np.sum(self.w * x)`, a dot product spelled out);
* ``opaque``: handed to a call this module cannot tell is elementwise or a
  shape operation (a custom kernel, another module, `torch.zeros(w.shape)`).
A parameter that is read, never multiplied, never looked up and never opaque
is only used elementwise or as a value (StyleGAN's learned constant input
`self.weight.repeat(batch, 1, 1, 1)`, a gate `x * self.alpha`): no fan-in sums
over it.

Values are followed through local names in statement order (`w =
self.weight.float()`, `q = x @ w`, `q = q * self.scale`), one method at a time.

Every parameter of a class is followed in ONE pass over its methods: a value's
level is a small map attribute -> PURE/MIXED (the old engine walked all methods
once per attribute asked, quadratic in the parameters of a class). The result
of the pass is kept per class (weakly, on the method nodes), so asking for each
attribute in turn costs a dictionary lookup.

Every body is read, as the ast model reads it: a clause written on its header's
line (`if x: y = w @ x`), `elif` arms, `except*` handlers and `match` cases too
(the old libcst walk skipped those; no tag changed on the corpus).
"""

from __future__ import annotations

import ast
import re
import weakref
from typing import AbstractSet, Callable, Dict, Iterable, List, Optional, Set, Tuple, Union

from .activations import call_arg_values
from ..vocab.ops import PRODUCTS
from .astutil import children, is_gradient_target, last_name, self_update, walk

__all__ = ["SCALE_WORDS", "has_norm_call", "param_uses", "param_uses_all", "PURE", "MIXED"]

_NORMALIZERS = {"normalize", "l2_normalize", "qr", "orthogonalize", "orthogonal", "weight_norm", "spectral_norm",
                "unit_norm"}
_NORM_CALLS = {"norm", "vector_norm", "matrix_norm"}
_FOURIER = {"sin", "cos"}
_NONNEG = {"relu", "abs", "softplus", "exp", "square", "sigmoid", "relu6"}
def _element(node: ast.AST) -> bool:
    """`w[i, j]`: one entry of a matrix, picked by two or more computed indices."""
    if not isinstance(node, ast.Subscript) or not isinstance(node.slice, ast.Tuple) or len(node.slice.elts) < 2:
        return False
    elts = node.slice.elts
    return not any(isinstance(e, ast.Slice) for e in elts) and not all(isinstance(e, ast.Constant) for e in elts)


_METADATA = frozenset({"shape", "ndim", "dtype", "device"})  # attributes of a tensor that are not its values
SCALE_WORDS = ("scale", "gain", "mul", "factor", "coef", "temperature")
# calls that keep a tensor elementwise (or only reshape, copy, join or cast it): a parameter handed to them is
# still not multiplied with an input over a fan-in; anything else it is handed to is opaque
_ELEMENTWISE = frozenset({
    "repeat", "expand", "expand_as", "tile", "broadcast_to", "reshape", "view", "view_as", "flatten", "unsqueeze",
    "squeeze", "transpose", "permute", "t", "contiguous", "clone", "detach", "to", "float", "half", "double",
    "bfloat16", "type_as", "cat", "concat", "concatenate", "stack", "add", "mul", "multiply", "sub", "subtract",
    "div", "divide", "where", "tanh", "sqrt", "pow", "interpolate", "pad", "chunk", "split", "cast",
    "expand_dims", "size", "dim",
})
_SUMS = frozenset({"sum", "reduce_sum", "mean", "reduce_mean"})
_SOFTMAX = frozenset({"softmax", "log_softmax", "sparsemax"})
_CLAMPS = frozenset({"clamp", "clip", "clamp_min"})
# the calls whose meaning this module knows: anything else a parameter is handed to is opaque
_KNOWN_CALLS = _ELEMENTWISE | _SOFTMAX | _CLAMPS | _NORMALIZERS | _FOURIER | _NONNEG
# probability distributions (torch.distributions, tfp, distrax, numpyro) by their class names
_DISTRIBUTIONS = frozenset({"Normal", "LogNormal", "Laplace", "Cauchy", "StudentT", "Gamma", "Beta", "Uniform",
                            "MultivariateNormal", "LowRankMultivariateNormal", "Independent", "MultivariateNormalDiag",
                            "TruncatedNormal", "HalfNormal", "Logistic", "Gumbel"})

# purity of a value: PURE = the parameter itself (reshaped, cast, offset by a constant);
# MIXED = computed from it together with other tensors (x @ w)
PURE, MIXED = 2, 1

Level = Dict[str, int]  # attribute -> PURE | MIXED (absent: 0); never mutated once returned
_NONE: Level = {}

_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
_TRY_STAR: Optional[type] = getattr(ast, "TryStar", None)
_MATCH: Optional[type] = getattr(ast, "Match", None)
_ASSIGNS = (ast.Assign, ast.AnnAssign, ast.AugAssign)
_COMPOUND = (ast.For, ast.AsyncFor, ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try, ast.FunctionDef,
             ast.AsyncFunctionDef, ast.ClassDef) + tuple(t for t in (_TRY_STAR, _MATCH) if t is not None)


# ---------------------------------------------------------------- expressions


_REDUCTIONS = {"sum", "mean", "norm", "reduce_sum", "reduce_mean"}


_OBJECTIVE_WORDS = frozenset({"loss", "losses", "cost", "grad", "grads", "gradient", "gradients", "objective"})


def _objective(target: ast.expr) -> bool:
    """`loss`, `train_cost`, `meta_gradient`: a name for a loss or a gradient, which a training step computes
    from the parameters' outputs (no forward use of them)."""
    name = last_name(target)
    return name is not None and bool(set(re.findall(r"[a-z]+", name.lower())) & _OBJECTIVE_WORDS)


def _penalty(node: ast.expr) -> bool:
    """A scalar made of reductions of tensors (`l1 * (np.sum(np.abs(w1)) + np.sum(np.abs(w2))) + l2 / 2 *
    np.sum(w1 ** 2)`): sums, products and quotients of reduction calls and scalars, at least one reduction."""
    found = False

    def scalar(n: ast.expr) -> bool:
        nonlocal found
        if isinstance(n, ast.BinOp):
            return scalar(n.left) and scalar(n.right)
        if isinstance(n, ast.UnaryOp):
            return scalar(n.operand)
        if isinstance(n, ast.Call):
            if _last(n.func) in _REDUCTIONS:
                found = True
                return True
            return False
        return isinstance(n, (ast.Constant, ast.Name, ast.Attribute))

    return scalar(node) and found


def _last(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _unstar(node: ast.expr) -> ast.expr:
    return node.value if isinstance(node, ast.Starred) else node


_NOISE_DRAWS = frozenset({"randn", "randn_like", "normal", "normal_", "standard_normal", "rand_like", "rand", "uniform",
                          "random_normal", "random_uniform"})  # (K.random_uniform: Keras backend's noise)


def _noise_like(node: ast.expr) -> bool:
    """A noise tensor: a buffer named for it (`self.epsilon_weight`, `self.noise.data`) or a fresh draw."""
    while True:
        if isinstance(node, ast.Attribute) and node.attr == "data":
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "detach":
            node = node.func.value
        elif isinstance(node, ast.Call) and last_name(node.func) == "Variable" and len(node.args) == 1:
            node = node.args[0]  # autograd.Variable(self.epsilon_weight): the buffer wrapped (old PyTorch)
        else:
            break
    if isinstance(node, (ast.Attribute, ast.Name)):
        # (a local named for it too: `w_epsilon = tf.random.normal(...)`; `w_mu + w_sigma * w_epsilon`)
        name = (node.attr if isinstance(node, ast.Attribute) else node.id).lower()
        return name.startswith(("eps", "noise")) or "_eps" in name or "epsilon" in name
    return isinstance(node, ast.Call) and last_name(node.func) in _NOISE_DRAWS


def _numeric(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return type(node.value) is int or type(node.value) is float
    if isinstance(node, ast.UnaryOp):
        return _numeric(node.operand)
    if isinstance(node, ast.BinOp):
        return _numeric(node.left) and _numeric(node.right)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "math":
        return True  # math.pi
    return False


def has_norm_call(node: ast.AST) -> bool:
    """A norm taken somewhere in `node` (`w.norm(dim=1)`, `jnp.linalg.norm(w, axis=-1)`): dividing by it normalises."""
    return any(isinstance(n, ast.Call) and _last(n.func) in _NORM_CALLS for n in walk(node))


def _merge(a: Level, b: Level) -> Level:
    """Per attribute max of two levels."""
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


class _Method:
    """One method, every `self.<attr>` at once: levels are maps attribute -> PURE/MIXED."""

    def __init__(self, not_scales: AbstractSet[str], nonneg_attrs: AbstractSet[str],
                 caches: Optional[Callable[[], AbstractSet[str]]] = None) -> None:
        # self.<x> a method stores a forward pass's activation in (`_activation_caches`), asked only when a product
        # with a self attribute could be a stored scale (most methods never multiply by one)
        self.caches = caches
        self.nonneg_attrs = nonneg_attrs  # self.<act> modules that map to [0, inf): nn.ReLU(), nn.Softplus()
        self.not_scales = not_scales  # self.<x> that are parameters or layers: never a stored scale
        self.taint: Dict[str, Level] = {}
        self.tags: Dict[str, Set[str]] = {}
        # names holding one piece of a product split apart (`q, k, v = np.split(x @ self.wi, ...)`): scaling
        # a piece (`q *= self.scale`, attention's temperature) does not rescale the weight
        self.pieces: Set[str] = set()

    def tag(self, attr: str, what: str) -> None:
        got = self.tags.get(attr)
        if got is None:
            self.tags[attr] = {what}
        else:
            got.add(what)

    # ------------------------------------------------------------ statements
    def run(self, body: Iterable[ast.stmt]) -> None:
        """An indented block (libcst IndentedBlock)."""
        for stmt in body:
            self.stmt(stmt)

    def stmt(self, stmt: ast.stmt) -> None:
        if isinstance(stmt, _FUNCS) or isinstance(stmt, ast.ClassDef):
            return
        if not isinstance(stmt, _COMPOUND):
            self.small(stmt)
            return
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            self.level(stmt.target)
            for a in self.level(stmt.iter):
                self.tag(a, "opaque")  # for w in self.weights: np.dot(w, a): what the items meet is not followed
            self.run(stmt.body)
            self.run(stmt.orelse)
        elif isinstance(stmt, ast.While):
            self.level(stmt.test)
            self.run(stmt.body)
            self.run(stmt.orelse)
        elif isinstance(stmt, ast.If):
            self.level(stmt.test)
            self.run(stmt.body)
            self.run(stmt.orelse)
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            self.run(stmt.body)
        elif isinstance(stmt, ast.Try):
            self.run(stmt.body)
            for h in stmt.handlers:
                self.run(h.body)
            self.run(stmt.orelse)
            self.run(stmt.finalbody)
        elif _TRY_STAR is not None and isinstance(stmt, _TRY_STAR):
            self.run(stmt.body)  # type: ignore[attr-defined]
            for h in stmt.handlers:  # type: ignore[attr-defined]
                self.run(h.body)
            self.run(stmt.orelse)  # type: ignore[attr-defined]
            self.run(stmt.finalbody)  # type: ignore[attr-defined]
        elif _MATCH is not None and isinstance(stmt, _MATCH):
            self.level(stmt.subject)  # type: ignore[attr-defined]
            for case in stmt.cases:  # type: ignore[attr-defined]
                self.run(case.body)

    def small(self, small: ast.stmt) -> None:
        """A simple statement of an indented block. Backpropagation and penalties are no use of a parameter:
        a gradient stored (`w1_grad += self.l2 * self.w1 / m`, `self.dweights = ...`), a training step
        (`self.w1 -= self.lr * w1_grad`) and a regulariser's reduction (`return self.l1 * np.sum(np.abs(self.w1))
        + ...`) leave its tags as they were."""
        if isinstance(small, _ASSIGNS) and any(is_gradient_target(t) or _objective(t) for t in (
                small.targets if isinstance(small, ast.Assign) else [small.target])):
            return  # (and a loss or a gradient by name: `loss = ... / self.num_samples`, `meta_gradient += ...`)
        if isinstance(small, ast.AugAssign) and isinstance(small.op, (ast.Add, ast.Sub)) \
                and isinstance(small.target, ast.Attribute) and isinstance(small.target.value, ast.Name) \
                and small.target.value.id == "self":
            return  # self.w1 -= self.lr * w1_grad: a training step
        if isinstance(small, ast.Assign) and len(small.targets) == 1 and self_update(small.targets[0], small.value):
            return  # self.weights = self.weights - self.learning_rate * grad_weights: the same step
        if isinstance(small, (ast.Return, ast.Assign, ast.AugAssign)) and small.value is not None \
                and _penalty(small.value):
            return
        if isinstance(small, _ASSIGNS) and small.value is not None:
            value = small.value
            level = self.level(value)
            targets: List[ast.expr] = list(small.targets) if isinstance(small, ast.Assign) else [small.target]
            if isinstance(small, ast.AugAssign):
                value_level = level
                scale_shape: Optional[bool] = None
                for t in targets:
                    old = self.level(t)
                    if old and isinstance(small.op, (ast.Mult, ast.Div)) \
                            and not (isinstance(t, ast.Name) and t.id in self.pieces):
                        if scale_shape is None:
                            scale_shape = self.scale_shape(value)
                        if scale_shape:
                            for a in old:
                                if a not in value_level:
                                    self.tag(a, "scaled")
                    level = _merge(level, old)
            from_piece = bool(self.pieces) and level and any(isinstance(n, ast.Name) and n.id in self.pieces
                                                             for n in walk(value))
            for t in targets:
                self.bind(t, level)
                if from_piece and isinstance(t, ast.Name):
                    self.pieces.add(t.id)  # q = rearrange(q, ...): still one piece
        else:
            for c in children(small):
                self.level(c)

    def bind(self, target: ast.AST, level: Level) -> None:
        if isinstance(target, ast.Name):
            self.pieces.discard(target.id)
            if level:
                self.taint[target.id] = level
            else:
                self.taint.pop(target.id, None)
        elif isinstance(target, (ast.Tuple, ast.List)):
            mixed = {a: MIXED for a in level} if level else _NONE
            for e in target.elts:
                self.bind(_unstar(e), mixed)
                if mixed and isinstance(_unstar(e), ast.Name):
                    self.pieces.add(_unstar(e).id)  # type: ignore[attr-defined]

    # ------------------------------------------------------------ expressions
    def scale_shape(self, node: ast.AST) -> bool:
        """A stored or computed scale: self.scale, scale_factor, dim ** -0.5, 1 / math.sqrt(d) -- for the
        attributes that do not reach `node` (the old is_scale was False where the parameter reaches it)."""
        if _numeric(node):
            return False
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            return node.attr not in self.not_scales and (self.caches is None or node.attr not in self.caches())
        if isinstance(node, (ast.Name, ast.Attribute)):
            last = node.id if isinstance(node, ast.Name) else node.attr
            return any(w in last.lower() for w in SCALE_WORDS)
        for n in walk(node):
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow):
                return True
            if isinstance(n, ast.Call) and _last(n.func) in ("sqrt", "rsqrt"):
                return True
        return False

    def level(self, node: Optional[ast.AST]) -> Level:
        """How each parameter reaches this value (PURE, MIXED or absent); records uses on the way."""
        if node is None:
            return _NONE
        t = type(node)
        if t is ast.Attribute:
            v = node.value  # type: ignore[attr-defined]
            if node.attr in _METADATA and not (type(v) is ast.Name and v.id == "self"):  # type: ignore[attr-defined]
                self.level(v)
                return _NONE  # `_, _, H, W = self.filter_weight.shape`: sizes read off the tensor, not the tensor
            if type(v) is ast.Name and v.id == "self":
                self.tag(node.attr, "read")  # type: ignore[attr-defined]
                return {node.attr: PURE}  # type: ignore[attr-defined]
            return self.level(v)
        if t is ast.Name:
            return self.taint.get(node.id, _NONE)  # type: ignore[attr-defined]
        if t is ast.Subscript:
            lv = self.level(node.value)  # type: ignore[attr-defined]
            s = node.slice  # type: ignore[attr-defined]
            if type(s) is ast.Tuple:
                for e in s.elts:
                    if type(e) is not ast.Slice:
                        self.level(_unstar(e))
            elif type(s) is not ast.Slice:
                self.level(s)
                if type(s) is not ast.Constant:
                    for a, how in lv.items():
                        if how == PURE:
                            self.tag(a, "lookup")  # self.weight[ix]: rows picked by index, an embedding table
            return lv
        if t is ast.UnaryOp:
            return self.level(node.operand)  # type: ignore[attr-defined]
        if t is ast.BinOp:
            return self.binop(node)  # type: ignore[arg-type]
        if t is ast.Call:
            return self.call(node)  # type: ignore[arg-type]
        if t is ast.Tuple or t is ast.List:
            if len(node.elts) == 1 and type(node.elts[0]) is not ast.Starred:  # type: ignore[attr-defined]
                return self.level(node.elts[0])  # type: ignore[attr-defined]  # torch.cat([w] * n): w's values
            out: Level = {}
            for e in node.elts:  # type: ignore[attr-defined]
                for a in self.level(_unstar(e)):
                    out[a] = MIXED
            return out
        if t is ast.IfExp:
            self.level(node.test)  # type: ignore[attr-defined]
            return _merge(self.level(node.body), self.level(node.orelse))  # type: ignore[attr-defined]
        # everything else: the expression children libcst's walker reached, level 0
        if t is ast.Compare:
            self.level(node.left)  # type: ignore[attr-defined]  # comparators were ComparisonTargets
        elif t is ast.BoolOp:
            for v in node.values:  # type: ignore[attr-defined]
                self.level(v)
        elif t in (ast.ListComp, ast.SetComp, ast.GeneratorExp):
            self.level(node.elt)  # type: ignore[attr-defined]  # the for/if clauses were CompFor nodes
        elif t is ast.DictComp:
            self.level(node.key)  # type: ignore[attr-defined]
            self.level(node.value)  # type: ignore[attr-defined]
        elif t is ast.Lambda:
            self.level(node.body)  # type: ignore[attr-defined]
        elif t is ast.Await or t is ast.Yield or t is ast.Starred:
            self.level(node.value)  # type: ignore[attr-defined]
        elif t is ast.NamedExpr:
            self.level(node.target)  # type: ignore[attr-defined]
            self.level(node.value)  # type: ignore[attr-defined]
        # Dict / Set elements, f-strings, `yield from`, constants, slices: nothing libcst reached
        return _NONE

    def binop(self, node: ast.BinOp) -> Level:
        op = type(node.op)
        left, right = self.level(node.left), self.level(node.right)
        if not left and not right:
            return _NONE
        if op is ast.Mult and type(node.left) in (ast.List, ast.Tuple) and not right:
            return left  # [self.W] * batch_size: the list repeated, each item the parameter itself
        if op is ast.MatMult:
            out: Level = {}
            for a in left.keys() | right.keys():
                if left.get(a) == PURE or right.get(a) == PURE:
                    self.tag(a, "matrix")
                    self.tag(a, "matmul")
                self.tag(a, "multiplied")
                out[a] = MIXED
            return out
        done: Set[str] = set()
        res: Level = {}
        if op is ast.Mult:
            for side_lv, other in ((left, node.right), (right, node.left)):
                if _noise_like(other):
                    for a, v in side_lv.items():
                        if v == PURE:
                            self.tag(a, "noise")  # self.sigma_weight * self.epsilon_weight: a noise scale
            for side_lv, operand, other in ((left, node.left, node.right), (right, node.right, node.left)):
                if _element(operand) and not _numeric(other) and not self.scale_shape(other):
                    for a, v in side_lv.items():
                        if v == PURE:
                            self.tag(a, "multiplied")  # total += x[i] * self.W[i, j]: a product written as loops
        if op is ast.Mult or op is ast.Div:
            for side_lv, other, other_lv, operand in ((left, node.right, right, node.left),
                                                   (right, node.left, left, node.right)):
                if isinstance(operand, ast.Name) and operand.id in self.pieces:
                    continue  # q * self.scale with q one piece of a split product: attention's temperature
                mixed = [a for a, v in side_lv.items() if v == MIXED]
                if mixed and self.scale_shape(other):
                    for a in mixed:
                        if a not in other_lv:
                            self.tag(a, "scaled")
            if op is ast.Div:
                both = [a for a, v in left.items() if v == PURE and right.get(a) == PURE]
                if both and has_norm_call(node.right):
                    for a in both:
                        self.tag(a, "normalized")  # w / w.norm(dim=...)
                        res[a] = PURE
                        done.add(a)
        numeric: Dict[bool, bool] = {}
        for a in left.keys() | right.keys():
            if a in done:
                continue
            lv_a, rv_a = left.get(a, 0), right.get(a, 0)
            if lv_a and rv_a:
                res[a] = MIXED
                continue
            one = lv_a or rv_a
            if one == PURE:
                side = bool(lv_a)
                if side not in numeric:
                    numeric[side] = _numeric(node.right if side else node.left)
                res[a] = PURE if numeric[side] else MIXED
            else:
                res[a] = one
        return res

    def call(self, node: ast.Call) -> Level:
        func = node.func
        name = _last(func)
        recv = self.level(func.value) if isinstance(func, ast.Attribute) else _NONE
        args = [self.level(v) for v in call_arg_values(node)]
        keys: Set[str] = set(recv)
        for v in args:
            keys.update(v)
        if not keys:
            return _NONE
        first = args[0] if args else _NONE
        if name in ("mul", "multiply") and isinstance(func, ast.Attribute) and len(node.args) == 1 \
                and _noise_like(node.args[0]):
            for a, lv in recv.items():
                if lv == PURE:
                    self.tag(a, "noise")  # self.sigma_weight.mul(self.epsilon_weight): a noise scale, as with `*`
        self_act = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
            and func.value.id == "self" and name in self.nonneg_attrs
        res: Level = {}
        for a in keys:
            r = recv.get(a, 0)
            f = first.get(a, 0)
            own = r or f  # x.cos() / torch.cos(x)
            if name in PRODUCTS:
                if r == PURE or any(v.get(a) == PURE for v in args):
                    self.tag(a, "matrix")
                    self.tag(a, "convolved" if name.startswith("conv") else "matmul")
                self.tag(a, "multiplied")
                res[a] = MIXED
                continue
            if name in _DISTRIBUTIONS:
                self.tag(a, "distribution")  # Normal(self.weight_mu, softplus(self.weight_rho)): a distribution's
                # parameter (Bayes by backprop), whatever it is named
            if name in _SUMS and _sums_product(node, func):
                self.tag(a, "multiplied")  # np.sum(self.w * x), (w * x).sum(): a dot product
            elif name not in _KNOWN_CALLS and not self_act and "normaliz" not in name:
                self.tag(a, "opaque")
            if (name in _NORMALIZERS or "normaliz" in name or name in _SOFTMAX) and own == PURE:
                # normalize_weight(w), ...; softmax(self.param): the parameter's scale is divided out
                self.tag(a, "normalized")
                res[a] = PURE
            elif name in _FOURIER and own:
                self.tag(a, "fourier")
                res[a] = MIXED
            elif self_act and f == PURE:
                self.tag(a, "nonneg")
                res[a] = PURE
            elif name in _NONNEG and own == PURE:
                self.tag(a, "nonneg")
                res[a] = PURE
            elif name in _CLAMPS and own == PURE:
                self.tag(a, "nonneg")
                res[a] = PURE
            elif r:
                res[a] = r  # w.float(), w.transpose(1, 2), w.view(...)
            elif f and not any(v.get(a) for v in args[1:]):
                res[a] = f  # torch.index_select(w, 0, idx), w.to(...)
            else:
                res[a] = MIXED  # some argument carries it
        return res


def _sums_product(node: ast.Call, func: ast.expr) -> bool:
    """`np.sum(w * x)` / `(w * x).sum()`: the summed value is an elementwise product."""
    summed = func.value if isinstance(func, ast.Attribute) and not node.args else (node.args[0] if node.args else None)
    return isinstance(summed, ast.BinOp) and isinstance(summed.op, ast.Mult) \
        or isinstance(summed, ast.Call) and _last(summed.func) in ("multiply", "mul")


# ---------------------------------------------------------------- entry points

# per class (anchored weakly on its first method node): (methods, scales, nonneg) -> attr -> tags
_CACHE: "weakref.WeakKeyDictionary[ast.AST, Dict[Tuple[object, ...], Dict[str, Set[str]]]]" = \
    weakref.WeakKeyDictionary()

MethodNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]


def param_uses_all(methods: Dict[str, MethodNode], not_scales: AbstractSet[str],
                   nonneg_attrs: AbstractSet[str] = frozenset()) -> Dict[str, Set[str]]:
    """The use tags of every self.<attr> over the given methods (the constructor excluded), in one pass.
    The returned map is shared (cached): do not modify it."""
    if not methods:
        return {}
    anchor = next(iter(methods.values()))
    key: Tuple[object, ...] = (tuple((n, id(f)) for n, f in methods.items()), frozenset(not_scales),
                               frozenset(nonneg_attrs))
    try:
        per_anchor = _CACHE.get(anchor)
    except TypeError:  # not weakly referenceable: no cache
        per_anchor = None
    if per_anchor is not None:
        hit = per_anchor.get(key)
        if hit is not None:
            return hit
    tags: Dict[str, Set[str]] = {}
    found: List[AbstractSet[str]] = []

    def caches() -> AbstractSet[str]:
        if not found:
            found.append(_activation_caches(methods, not_scales))
        return found[0]
    for name, fn in methods.items():
        if name == "__init__":
            continue
        m = _Method(not_scales, nonneg_attrs, caches)
        m.run(fn.body)
        for attr, got in m.tags.items():
            tags.setdefault(attr, set()).update(got)
    try:
        _CACHE.setdefault(anchor, {})[key] = tags
    except TypeError:
        pass
    return tags


def _activation_caches(methods: Dict[str, MethodNode], params: AbstractSet[str]) -> Set[str]:
    """self.<x> a method (not the constructor) stores a value computed from a parameter or layer in:
    `self.z2 = sigmoid(np.dot(self.z1, self.w2) + self.b2)`, a forward pass's cached activation. A product
    with it (backpropagation's `np.dot(d, self.wout.T) * self.z2 * (1 - self.z2)`) is no stored scale."""
    out: Set[str] = set()
    init = methods.get("__init__")
    if init is not None:  # a NumPy class's weights are plain attributes the constructor sets
        params = set(params) | {t.attr for n in walk(init.body) if type(n) is ast.Assign for t in n.targets
                                if type(t) is ast.Attribute and type(t.value) is ast.Name and t.value.id == "self"}
    for name, fn in methods.items():
        if name == "__init__":
            continue
        for node in walk(fn.body):
            if type(node) is not ast.Assign:
                continue
            stored = [t.attr for t in node.targets if type(t) is ast.Attribute and type(t.value) is ast.Name
                      and t.value.id == "self" and t.attr not in params]
            if stored and any(type(n) is ast.Attribute and type(n.value) is ast.Name  # type: ignore[attr-defined]
                              and n.value.id == "self" and n.attr in params  # type: ignore[attr-defined]
                              for n in walk(node.value)):
                out.update(stored)
    return out


def param_uses(methods: Dict[str, MethodNode], attr: str, not_scales: AbstractSet[str],
               nonneg_attrs: AbstractSet[str] = frozenset()) -> Set[str]:
    """The use tags of self.<attr> over the given methods (the constructor excluded)."""
    return set(param_uses_all(methods, not_scales, nonneg_attrs).get(attr, ()))

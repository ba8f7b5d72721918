"""The cheap candidate scan: keep most code away from libcst.

A libcst parse costs more than all of flake8, so before parsing we ask two
cheap questions:

1. text: does the file mention any initializer name at all? (one regex)
2. ast (flake8's tree, or a C-speed `ast.parse`): which top-level statements
   hold an initializer call that *could* fire? A call whose target is a bias
   or norm parameter, an orthogonal init, or a normal init with a moderate
   std on a tensor whose fan-in cannot be known, can never produce a finding.

The libcst parse then sees only those statements, the statements related to
them (classes/functions they name or that name them), imports and numeric
constants. Everything else is blanked out line by line, so positions stay
exact. `Options(full_analysis=True)` skips the scan; a test proves both
paths report the same findings.
"""

from __future__ import annotations

import ast
import re
from typing import List, Optional, Set

from .dist import TRIGGER_NAMES
from .weights import BIAS, NORM, STATE, TOKEN, layer_kind, role_of_layer_name, role_of_name

_TRIGGER = re.compile(
    r"\b(?:zeros_?|zero_|ones_?|full(?:_like)?|fill_?|constant_?|Constant|Zeros|Ones|rand[n]?|random(?:_sample)?|"
    r"uniform_?|normal_?|standard_normal|trunc_normal_|truncated_normal|RandomNormal|RandomUniform|TruncatedNormal|"
    r"random_normal|random_uniform|xavier_\w+|kaiming_\w+|glorot_\w+|he_(?:normal|uniform)|lecun_\w+|Glorot\w+|"
    r"He(?:Normal|Uniform)|Lecun\w+|VarianceScaling|variance_scaling\w*|\w+_initializer|zeros_init|ones_init)\b"
)
_RELU_TEXT = re.compile(r"relu|elu\b|ELU|leaky|maximum\(|clamp|clip\(", re.I)
_TANH_TEXT = re.compile(r"tanh|sigmoid|expit|exp\(", re.I)

_ZERO_CONST = {"zeros", "zeros_", "zero_", "ones", "ones_", "full", "full_like", "fill_", "constant", "constant_",
               "Constant", "Zeros", "Ones", "zeros_like", "ones_like", "zeros_init", "ones_init", "zeros_initializer",
               "ones_initializer", "constant_initializer"}
_NORMAL = {"normal", "normal_", "trunc_normal_", "truncated_normal", "RandomNormal", "TruncatedNormal", "random_normal",
           "randn", "standard_normal", "random_normal_initializer", "truncated_normal_initializer"}
_XAVIER = {"xavier_uniform", "xavier_uniform_", "xavier_normal", "xavier_normal_", "glorot_uniform", "glorot_normal",
           "GlorotUniform", "GlorotNormal", "lecun_normal", "lecun_uniform", "LecunNormal", "LecunUniform",
           "xavier_initializer", "glorot_uniform_initializer", "glorot_normal_initializer", "xavier_initializer_conv2d"}
_HE = {"kaiming_uniform", "kaiming_uniform_", "kaiming_normal", "kaiming_normal_", "he_normal", "he_uniform",
       "HeNormal", "HeUniform", "VarianceScaling", "variance_scaling", "variance_scaling_initializer"}
_NEVER = {"orthogonal", "orthogonal_", "Orthogonal", "eye_", "dirac_", "Identity", "orthogonal_initializer"}
_INIT_KEYWORDS = {"kernel_initializer", "kernel_init", "w_init", "weight_init", "depthwise_initializer",
                  "pointwise_initializer", "recurrent_initializer", "initializer", "init", "weights_initializer"}
_SAFE_ROLES = {BIAS, NORM, TOKEN, STATE}


def _last_name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _num(node) -> Optional[float]:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = _num(node.operand)
        return -v if v is not None else None
    return None


def _target_role(node: Optional[ast.AST]) -> Optional[str]:
    """Role of an init call's tensor argument when it is certain (bias, norm...)."""
    while isinstance(node, ast.Attribute) and node.attr == "data":
        node = node.value
    if isinstance(node, ast.Attribute):
        if node.attr.startswith("bias"):
            return BIAS
        if node.attr in ("weight", "kernel"):
            layer = _last_name(node.value)
            return role_of_layer_name(layer) if layer else None
        return role_of_name(node.attr)
    if isinstance(node, ast.Name):
        return role_of_name(node.id)
    return None


class _CallJudge:
    def __init__(self, text: str) -> None:
        self.relu_in_file = bool(_RELU_TEXT.search(text))
        self.tanh_in_file = bool(_TANH_TEXT.search(text))

    def could_fire(self, call: ast.Call, assigned: Optional[ast.AST], norm_vars: Set[str], cls_name: str) -> bool:
        name = _last_name(call.func)
        first = call.args[0] if call.args else None
        if name in _NEVER or name not in TRIGGER_NAMES:
            return False
        if not call.args and not call.keywords and name in ("random", "rand", "randn", "random_sample"):
            return False  # random.random(): a scalar
        inplace = name.endswith("_")
        tensor = first if (inplace and _is_init_module(call.func)) else (call.func.value if inplace else assigned)
        role = _target_role(tensor)
        if role in _SAFE_ROLES:
            return False
        base = _base_name(tensor)
        if base in norm_vars or (base == "self" and "norm" in cls_name.lower()):
            return False
        if not inplace and _rank_one(call):
            return False
        if name in _XAVIER:
            return self.relu_in_file
        if name in _HE:
            return self.tanh_in_file or self.relu_in_file
        if name in _NORMAL and inplace:
            std = None
            for kw in call.keywords:
                if kw.arg in ("std", "stddev"):
                    std = _num(kw.value)
            pos = call.args[1:] if _is_init_module(call.func) else call.args
            if std is None and len(pos) >= 2:
                std = _num(pos[1])
            known_layer = _is_self_layer_weight(tensor)
            if std is not None and 0.01 < std < 1 and (not known_layer or std >= 0.15):
                return False
        return True


def _is_init_module(func: ast.AST) -> bool:
    # nn.init.normal_(t, ...) / init.normal_(t, ...) / torch.nn.init.normal_ / trunc_normal_(t, ...)
    if isinstance(func, ast.Attribute):
        v = func.value
        return _last_name(v) == "init" or func.attr == "trunc_normal_" and not isinstance(v, (ast.Subscript, ast.Call))
    return True


def _base_name(node) -> Optional[str]:
    while isinstance(node, ast.Attribute) and node.attr in ("weight", "data", "kernel"):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _rank_one(call: ast.Call) -> bool:
    """torch.ones(dim) / np.zeros(n): a vector (scale, gate, bias), never a weight matrix."""
    pos = [a for a in call.args if not isinstance(a, ast.Starred)]
    if len(pos) != 1 or any(k.arg in ("size", "shape") for k in call.keywords):
        return False
    a = pos[0]
    if isinstance(a, ast.Constant) and isinstance(a.value, int):
        return True
    if isinstance(a, (ast.Name, ast.Attribute)):
        n = _last_name(a).lower()
        return not any(w in n for w in ("shape", "size", "dims", "dim_s"))
    return False


def _is_self_layer_weight(node) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and \
        isinstance(node.value.value, (ast.Name, ast.Subscript))


_WRAPPER_CALLS = {"Parameter", "Variable", "tensor", "asarray", "array", "as_tensor", "from_numpy"}


def _norm_filter(test: ast.AST) -> Set[str]:
    """Variables an `if isinstance(m, (nn.BatchNorm2d, nn.LayerNorm))` test proves to be norm layers."""
    if isinstance(test, ast.Call) and _last_name(test.func) == "isinstance" and len(test.args) == 2 \
            and isinstance(test.args[0], ast.Name):
        t = test.args[1]
        elems = t.elts if isinstance(t, (ast.Tuple, ast.List)) else [t]
        if elems and all(layer_kind(_last_name(e)) == "norm" for e in elems):
            return {test.args[0].id}
    return set()


def _stmt_candidates(stmt: ast.AST, judge: _CallJudge, cls_name: str = "", norm_vars: frozenset = frozenset()) -> bool:
    """Does this statement hold a call that could fire? (walks with class and isinstance context)"""
    if isinstance(stmt, ast.ClassDef):
        return any(_stmt_candidates(s, judge, stmt.name, norm_vars) for s in stmt.body) or \
            any(_stmt_candidates(b, judge, cls_name, norm_vars) for b in stmt.bases + stmt.keywords)
    if isinstance(stmt, ast.If):
        inner = norm_vars | _norm_filter(stmt.test)
        return _stmt_candidates(stmt.test, judge, cls_name, norm_vars) or \
            any(_stmt_candidates(s, judge, cls_name, frozenset(inner)) for s in stmt.body) or \
            any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in stmt.orelse)
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.For, ast.While, ast.With, ast.Try)):
        parts = list(getattr(stmt, "body", [])) + list(getattr(stmt, "orelse", [])) + \
            list(getattr(stmt, "finalbody", [])) + [h for h in getattr(stmt, "handlers", [])]
        heads = [getattr(stmt, "iter", None), getattr(stmt, "test", None)] + list(getattr(stmt, "decorator_list", [])) \
            + [i.context_expr for i in getattr(stmt, "items", [])]
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            heads += list(stmt.args.defaults) + [d for d in stmt.args.kw_defaults if d is not None]
        return any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in parts + [h for h in heads if h is not None])
    if isinstance(stmt, ast.ExceptHandler):
        return any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in stmt.body)
    assigned: dict = {}
    for node in ast.walk(stmt):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(getattr(node, "value", None), ast.AST):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            assigned[id(value)] = targets[0]
            # self.W = nn.Parameter(torch.zeros(...)): the factory's target is self.W
            while isinstance(value, ast.Call) and _last_name(value.func) in _WRAPPER_CALLS and value.args:
                value = value.args[0]
                assigned[id(value)] = targets[0]
            if isinstance(value, ast.BinOp):
                for side in (value.left, value.right):
                    assigned[id(side)] = targets[0]
        elif isinstance(node, ast.Call):
            name = _last_name(node.func)
            for kw in node.keywords:
                if kw.arg in _INIT_KEYWORDS and _init_value_could_fire(kw.value, judge):
                    return True
            if name in TRIGGER_NAMES and judge.could_fire(node, assigned.get(id(node)), norm_vars, cls_name):
                return True
    return False


def _init_value_could_fire(node: ast.AST, judge: _CallJudge) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        s = node.value.lower()
        if s in ("zeros", "ones", "zero", "one"):
            return True
        if s.startswith(("glorot", "xavier", "lecun")):
            return judge.relu_in_file
        if s.startswith(("he_", "kaiming")):
            return judge.tanh_in_file or judge.relu_in_file
        return False
    if isinstance(node, ast.Call):
        name = _last_name(node.func)
        if name in _NEVER:
            return False
        if name in _XAVIER:
            return judge.relu_in_file
        if name in _HE:
            return judge.tanh_in_file or judge.relu_in_file
        return True
    return isinstance(node, (ast.Name, ast.Attribute))


def _span(stmt: ast.AST):
    start = stmt.lineno
    for dec in getattr(stmt, "decorator_list", ()):
        start = min(start, dec.lineno)
    return start, stmt.end_lineno or stmt.lineno


def _defined_name(stmt: ast.AST) -> Optional[str]:
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return stmt.name
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id
    return None


def _always_kept(stmt: ast.AST) -> bool:
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return True
    if isinstance(stmt, ast.Try):
        return all(isinstance(s, (ast.Import, ast.ImportFrom, ast.Pass, ast.Assign)) for s in stmt.body)
    if isinstance(stmt, ast.Assign) and _num(stmt.value) is not None:
        return True
    return False


def candidate_mask(source: str, tree: Optional[ast.AST]):
    """(masked source, tree, start lines of kept statements), or None if nothing can fire.

    The masked source has every statement that cannot matter blanked.
    """
    if not _TRIGGER.search(source):
        return None
    if tree is None:
        tree = ast.parse(source)
    body: List[ast.stmt] = list(getattr(tree, "body", []))
    judge = _CallJudge(source)
    lines = source.splitlines(keepends=True)
    texts = ["".join(lines[_span(s)[0] - 1:_span(s)[1]]) for s in body]
    # the regex is C-speed: walk only statements that mention an initializer
    seeds: Set[int] = {i for i, stmt in enumerate(body) if _TRIGGER.search(texts[i]) and _stmt_candidates(stmt, judge)}
    if not seeds:
        return None
    names = [_defined_name(s) for s in body]
    keep = set(seeds)
    # What the kept code names (its layer classes, helpers, visitors), two levels deep.
    for _ in range(2):
        for j in list(keep):
            for i, name in enumerate(names):
                if i not in keep and name and _mentions(texts[j], name):
                    keep.add(i)
    # Who uses a seed *function* (weight_variable(shape) called per layer, model.apply(init_fn)).
    for j in list(seeds):
        if isinstance(body[j], (ast.FunctionDef, ast.AsyncFunctionDef)):
            for i in range(len(body)):
                if i not in keep and _mentions(texts[i], names[j]) and not _is_registration(body[i]):
                    keep.add(i)
    # Who uses a kept module-level *variable* (weights = np.full(...) then ndimage.convolve(img, weights);
    # model.apply(init) then model.load_state_dict(...)): the uses decide whether it is data or overwritten.
    for j in [j for j in keep if isinstance(body[j], ast.Assign) and names[j]]:
        for i in range(len(body)):
            if i not in keep and isinstance(body[i], (ast.Expr, ast.Assign)) and _mentions(texts[i], names[j]):
                keep.add(i)
    keep |= {i for i, stmt in enumerate(body) if _always_kept(stmt)}
    keep_lines = bytearray(len(lines) + 2)
    for i in keep:
        a, b = _span(body[i])
        for ln in range(a, b + 1):
            keep_lines[ln] = 1
        if isinstance(body[i], ast.ClassDef):
            for a, b in _unneeded_methods(body[i], judge, lines):
                for ln in range(a, b + 1):
                    keep_lines[ln] = 0
    out = [line if keep_lines[n] else _blank(line) for n, line in enumerate(lines, start=1)]
    return "".join(out), tree, sorted({_span(body[i])[0] for i in keep})


# Methods that define layers, apply them, or (re)initialise them.
_STRUCTURAL = {"__init__", "setup", "build", "__call__", "call", "forward", "reset_parameters", "_reset_parameters",
               "init_weights", "_init_weights", "_initialize_weights", "initialize_weights", "reset"}


def _unneeded_methods(cls: ast.ClassDef, judge: _CallJudge, lines: List[str]):
    """Line spans of methods the analysis never needs (checkpoint loading, feature hooks, ...)."""
    methods = [m for m in cls.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if len(methods) < 2:
        return []
    needed = {m.name for m in methods if m.name in _STRUCTURAL or m.name.startswith(("forward", "_forward"))
              or (_TRIGGER.search("".join(lines[_span(m)[0] - 1:_span(m)[1]])) and _stmt_candidates(m, judge, cls.name))}
    called = True
    by_name = {m.name: m for m in methods}
    while called:
        called = False
        for m in list(needed):
            node = by_name.get(m)
            if node is None:
                continue
            for n in ast.walk(node):
                if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self" \
                        and n.attr in by_name and n.attr not in needed:
                    needed.add(n.attr)
                    called = True
    spans = []
    for m in methods:
        if m.name not in needed:
            spans.append(_span(m))
    # Keep at least one statement in the class body so it still parses.
    if len(spans) == len(cls.body):
        spans = spans[1:]
    return spans


def _is_registration(stmt: ast.AST) -> bool:
    """@register_model def vit_base(...): model zoo entries, never needed for analysis."""
    return isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and bool(stmt.decorator_list) \
        and all(_last_name(d.func if isinstance(d, ast.Call) else d).startswith("register") for d in stmt.decorator_list)


def _mentions(text: str, name: str) -> bool:
    if name not in text:
        return False
    return re.search(r"\b" + re.escape(name) + r"\b", text) is not None


def _blank(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith("\n") or line.endswith("\r"):
        return line[-1]
    return ""

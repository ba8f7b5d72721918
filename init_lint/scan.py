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
from typing import Iterable, List, Optional, Set

from .weights import BIAS, NORM, STATE, TOKEN, role_of_name

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
            return None
        return role_of_name(node.attr)
    if isinstance(node, ast.Name):
        return role_of_name(node.id)
    return None


class _CallJudge:
    def __init__(self, text: str) -> None:
        self.relu_in_file = bool(_RELU_TEXT.search(text))
        self.tanh_in_file = bool(_TANH_TEXT.search(text))

    def could_fire(self, call: ast.Call, assigned: Optional[ast.AST]) -> bool:
        name = _last_name(call.func)
        first = call.args[0] if call.args else None
        if name in _NEVER:
            return False
        inplace = name.endswith("_") and isinstance(call.func, ast.Attribute)
        tensor = first if (inplace and _is_init_module(call.func)) else (call.func.value if inplace else assigned)
        role = _target_role(tensor)
        if role in _SAFE_ROLES:
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


def _is_self_layer_weight(node) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and \
        isinstance(node.value.value, (ast.Name, ast.Subscript))


def _stmt_candidates(stmt: ast.AST, judge: _CallJudge) -> bool:
    assigned: dict = {}
    for node in ast.walk(stmt):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(getattr(node, "value", None), ast.AST):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            assigned[id(node.value)] = targets[0]
        elif isinstance(node, ast.Call):
            name = _last_name(node.func)
            for kw in node.keywords:
                if kw.arg in _INIT_KEYWORDS and _init_value_could_fire(kw.value, judge):
                    return True
            if _TRIGGER.fullmatch(name or "-") and judge.could_fire(node, _outer_target(node, assigned)):
                return True
    return False


def _outer_target(call: ast.Call, assigned: dict) -> Optional[ast.AST]:
    return assigned.get(id(call))


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
    seeds: Set[int] = {i for i, stmt in enumerate(body) if _stmt_candidates(stmt, judge)}
    if not seeds:
        return None
    texts = ["".join(lines[_span(s)[0] - 1:_span(s)[1]]) for s in body]
    names = [_defined_name(s) for s in body]
    keep = set(seeds)
    # Related statements: what the seeds name, and what names the seeds (two rounds: apply(fn) -> class -> Sequential).
    for _ in range(2):
        frontier = set(keep)
        for i, stmt in enumerate(body):
            if i in keep:
                continue
            name = names[i]
            if name and any(_mentions(texts[j], name) for j in frontier):
                keep.add(i)
                continue
            for j in frontier:
                if names[j] and _mentions(texts[i], names[j]):
                    keep.add(i)
                    break
    keep |= {i for i, stmt in enumerate(body) if _always_kept(stmt)}
    keep_lines = bytearray(len(lines) + 2)
    for i in keep:
        a, b = _span(body[i])
        for ln in range(a, b + 1):
            keep_lines[ln] = 1
    out = [line if keep_lines[n] else _blank(line) for n, line in enumerate(lines, start=1)]
    return "".join(out), tree, sorted({_span(body[i])[0] for i in keep})


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

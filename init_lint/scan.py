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
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import List, Optional, Set

from .vocab.act_names import CANON, family as act_family
from .arith import fold
from .options import Options
from .vocab.triggers import (CONVENTIONAL, INPLACE_METHODS, NEVER_FIRES, QUALIFIED, RNG_METHODS, TRANSPARENT_METHODS,
                       TRIGGER_NAMES, TRIGGER_RE, canonical)
from .vocab.roles import (BIAS, EMBED_LIKE, LINEAR_LIKE, NORM, NORM_LIKE, RNN_LIKE, STATE, TOKEN, UNKNOWN, WEIGHT,
                      layer_kind,
                      role_of_layer_name, role_of_name)

_TRIGGER = TRIGGER_RE
_RELU_TEXT = re.compile(r"relu|elu\b|ELU|leaky|maximum\(|clamp|clip\(|where\(|\(\s*\w+\s*>", re.I)
_TANH_TEXT = re.compile(r"tanh|sigmoid|expit|exp\(|logistic|softsign", re.I)
# The same three questions for a whole file, as substring tests on its lowered text: a case-insensitive
# alternation costs ~0.5 CPU s on timm, `in` on lowered text ~0.01 s. The ReLU family
# (activations.RELU_FAMILY: relu, relu6, prelu, rrelu, leaky_relu, elu, celu) is spelled with "relu",
# "leaky" or an "elu" that is not GELU's or SELU's (neither is in the family: a GELU transformer is no
# ReLU net); maximum/clamp/clip are ReLUs written out (clip( as a word: not _convert_openai_clip().
_RELU_WORDS = ("relu", "leaky", "maximum(", "clamp")
# ... and ReLUs with no such word (activations.act_call / relu_mask_expression): where(z > 0, z, 0), z * (z > 0)
_ELU = re.compile(r"(?<![gs])elu|(?<!\w)clip\(|(?<!\w)where\(|\(\s*\w+\s*>")
_TANH_WORDS = ("tanh", "sigmoid", "expit", "exp(", "logistic", "softsign")
_LEAKY_WORDS = ("leaky", "lrelu")
# The names of each family's activations (act_names.CANON, lowered: also nn.ReLU, nn.LeakyReLU, nn.Tanh), for
# _has_activation; the ReLUs written out and the hand-written sigmoid are recognised there by their shape.
_EVIDENCE_IDENTS = {
    "relu": frozenset(n for n, c in CANON.items() if act_family(c) == "relu"),
    "tanh": frozenset(n for n, c in CANON.items() if act_family(c) == "tanh"),
    "leaky": frozenset(n for n, c in CANON.items() if c == "leaky_relu"),
}
# The top-level statements worth walking for them (a statement the pattern misses holds none).
_EVIDENCE_TEXT = {
    "relu": r"(?i)relu|elu|leaky|maximum|clamp|clip|where|\(\s*\w+\s*>",
    "tanh": r"(?i)tanh|sigmoid|expit|\bexp\b|logistic|softsign",
    "leaky": r"(?i)leaky|lrelu",
}
# A simple statement can only make _stmt_candidates true through a call named in TRIGGER_NAMES minus
# NEVER_FIRES (TRIGGER_RE sees each as a word), an initializer keyword argument (`kernel_init=`, the
# `=` on its line or the next) or a `param(` call: a statement whose lines hold none of them is never walked.
_KEYWORD_TEXT = re.compile(r"\b(?:kernel_initializer|kernel_init|w_init|weight_init|depthwise_initializer|"
                           r"pointwise_initializer|recurrent_initializer|recurrent_kernel_init|initializer|init|"
                           r"weights_initializer)\s*(?:=|\\?$)|\bparam\s*(?:\(|\\?$)", re.M)


_CALLED_NAME = re.compile(r"\b(\w+)\s*\(")
_KEYWORD_TAIL = re.compile(r"(?:init(?:ializer)?|param)\s*(?:[=(]|\\?$)", re.M)


# Python's own line breaks (str.splitlines also splits on \f, \v, \x1c-\x1e, \x85, \u2028, which ast does not
# count, and would shift every line after one of them).
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")

_NORMAL = {"normal", "normal_", "trunc_normal_", "truncated_normal", "RandomNormal", "TruncatedNormal", "random_normal",
           "randn", "standard_normal", "random_normal_initializer", "truncated_normal_initializer"}
_XAVIER = {"xavier_uniform", "xavier_uniform_", "xavier_normal", "xavier_normal_", "glorot_uniform", "glorot_normal",
           "GlorotUniform", "GlorotNormal", "lecun_normal", "lecun_uniform", "LecunNormal", "LecunUniform",
           "xavier_initializer", "glorot_uniform_initializer", "glorot_normal_initializer", "xavier_initializer_conv2d"}
_HE = {"kaiming_uniform", "kaiming_uniform_", "kaiming_normal", "kaiming_normal_", "he_normal", "he_uniform",
       "HeNormal", "HeUniform", "VarianceScaling", "variance_scaling", "variance_scaling_initializer"}
_NEVER = NEVER_FIRES
_UNIFORM = {"uniform_"}
_LAYER_CALL_TEXT = r"\b(?:" + "|".join(sorted(LINEAR_LIKE)) + r")\s*\("
_LAYER_NAMES = LINEAR_LIKE | RNN_LIKE  # the layer kinds Context.matched_layers keeps ("linear", "rnn")
_LAYER_RENAMED = re.compile(r"\b(?:" + "|".join(sorted(_LAYER_NAMES)) + r")\s+as\s")  # from torch.nn import Linear as L
_INIT_KEYWORDS = {"kernel_initializer", "kernel_init", "w_init", "weight_init", "depthwise_initializer",
                  "pointwise_initializer", "recurrent_initializer", "recurrent_kernel_init", "initializer", "init",
                  "weights_initializer"}
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


_AST_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}


def _literal(node) -> Optional[float]:
    """The value of a number written with literals only (2, -0.5, 2.0 / 3, 4 * 8), else None."""
    if isinstance(node, ast.BinOp) and type(node.op) in _AST_OPS:
        a, b = _literal(node.left), _literal(node.right)
        if a is None or b is None:
            return None
        return fold(_AST_OPS[type(node.op)], a, b)  # as Evaluator.number folds it
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd):
        return _literal(node.operand)
    if isinstance(node, ast.Call) and _last_name(node.func) in ("sqrt", "float", "int") and len(node.args) == 1 \
            and not node.keywords:
        v = _literal(node.args[0])
        if v is not None and _last_name(node.func) == "sqrt":
            return v ** 0.5 if v >= 0 else None
        return v
    return _num(node)


_ANY = "any"  # _formula_family: some family, or none, the evaluator alone can tell


def _formula_family(node: ast.AST, unknown_number) -> Optional[str]:
    """dist.Evaluator.scale's family of a std the evaluator reads as no number: "he", "xavier", "lecun",
    None (certainly none), or _ANY where a module constant or an unusual spelling would decide."""
    if isinstance(node, ast.Call):
        if _last_name(node.func) == "sqrt" and len(node.args) == 1 and not node.keywords \
                and not isinstance(node.args[0], ast.Starred):
            return _sqrt_ratio_family(node.args[0], unknown_number)
        return _ANY if _last_name(node.func) == "sqrt" else None
    if not isinstance(node, ast.BinOp):
        return None
    if isinstance(node.op, ast.Div):
        den = node.right
        if not (isinstance(den, ast.Call) and _last_name(den.func) == "sqrt"):
            return None
        if len(den.args) != 1 or den.keywords or isinstance(den.args[0], ast.Starred):
            return _ANY
        num = _literal(node.left)
        if num is None:
            return None if unknown_number(node.left) else _ANY
        # the evaluator tries k = 1 / num^2 (1 / sqrt(n)), then, for a call on the left, k = num^2 (sqrt(2) / sqrt(n))
        family = _denominator_family(den.args[0], 1.0 / num / num, unknown_number) if num else None
        if family is None and isinstance(node.left, ast.Call):
            family = _denominator_family(den.args[0], num * num, unknown_number)
        return family
    if isinstance(node.op, ast.Pow):
        p = _literal(node.right)
        if p is None:
            return None if unknown_number(node.right) else _ANY
        if abs(p + 0.5) < 1e-9:
            return _denominator_family(node.left, 1.0, unknown_number)
        if abs(p - 0.5) < 1e-9:
            return _sqrt_ratio_family(node.left, unknown_number)
    return None


def _sqrt_ratio_family(inner: ast.AST, unknown_number) -> Optional[str]:
    if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div):
        k = _literal(inner.left)
        if k is None:
            return None if unknown_number(inner.left) else _ANY
        return _denominator_family(inner.right, k, unknown_number)
    return None


def _denominator_family(den: ast.AST, k: float, unknown_number) -> Optional[str]:
    if not unknown_number(den):
        return _ANY  # a number (then a value, no family) or, where a module constant is missing, a family
    if isinstance(den, ast.BinOp) and isinstance(den.op, ast.Add):
        return "xavier" if abs(k - 2) < 1e-9 or abs(k - 6) < 1e-9 else None
    if abs(k - 2) < 1e-9:
        return "he"
    if abs(k - 1) < 1e-9:
        return "lecun"
    return None


def _target_role(node: Optional[ast.AST], layer_roles: Optional[dict] = None) -> Optional[str]:
    """Role of an init call's tensor argument when it is certain (bias, norm...).

    `self.X.weight` is judged by what the class assigns to self.X (`layer_roles`), as the model does;
    the layer's name decides only when the class does not build it (model.classify_target)."""
    while isinstance(node, ast.Attribute) and node.attr == "data":
        node = node.value
    if isinstance(node, ast.Attribute):
        if node.attr.startswith("bias"):
            return BIAS
        if node.attr in ("weight", "kernel"):
            base = node.value
            if layer_roles and isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name) \
                    and base.value.id == "self" and base.attr in layer_roles:
                return layer_roles[base.attr]
            layer = _last_name(base)
            return role_of_layer_name(layer) if layer else None
        return role_of_name(node.attr)
    if isinstance(node, ast.Name):
        return role_of_name(node.id)
    return None


def _dict_key(node: ast.Subscript) -> Optional[str]:
    """model._dict_key on ast: params["W1"] -> "W1"; params['W' + str(l)], f"W{l}", "W%d" % l -> "W*"."""
    k = node.slice
    if isinstance(k, ast.Constant) and isinstance(k.value, str):
        return k.value
    if isinstance(k, ast.BinOp) and isinstance(k.op, (ast.Add, ast.Mod)) and isinstance(k.left, ast.Constant) \
            and isinstance(k.left.value, str):
        return k.left.value.split("%")[0] + "*" if isinstance(k.op, ast.Mod) else k.left.value + "*"
    if isinstance(k, ast.JoinedStr) and k.values and isinstance(k.values[0], ast.Constant):
        return str(k.values[0].value) + "*"
    if isinstance(k, ast.Call) and isinstance(k.func, ast.Attribute) and k.func.attr == "format" \
            and isinstance(k.func.value, ast.Constant) and isinstance(k.func.value.value, str):
        return k.func.value.value.split("{")[0] + "*"
    if isinstance(k, (ast.Constant, ast.BinOp, ast.JoinedStr, ast.Call)):
        return "?"  # a spelling the model may read differently: not certain
    return None


def _model_role(target: Optional[ast.AST]) -> str:
    """model.Builder.classify_target's role on ast, UNKNOWN only when the model's is UNKNOWN too
    (no target: a return value, several targets, a tuple -- UNKNOWN as in the model)."""
    t = target
    while isinstance(t, ast.Attribute) and t.attr == "data":
        t = t.value
    if isinstance(t, ast.Call) and isinstance(t.func, ast.Attribute) and t.func.attr in ("detach", "data"):
        t = t.func.value
    if t is None:
        return UNKNOWN
    if isinstance(t, ast.Name):
        return role_of_name(t.id)
    if isinstance(t, ast.Subscript):
        k = _dict_key(t)
        if k == "?":
            return WEIGHT
        if k is None:
            return UNKNOWN
        role = role_of_name(k.replace("*", ""))
        base = _dotted(t.value)
        if role in (UNKNOWN, STATE) and base and role_of_name(base.split(".")[-1]) == WEIGHT:
            return WEIGHT  # model.subscript_key: weights["out"] names a layer
        return role
    if isinstance(t, ast.Attribute):
        if t.attr in ("weight", "kernel", "W", "weight_orig", "weight_v") or t.attr.startswith(("weight_ih", "weight_hh")):
            return WEIGHT
        if t.attr.startswith("bias"):
            return BIAS
        return role_of_name(t.attr)
    if isinstance(t, (ast.Tuple, ast.List, ast.Starred)):
        return UNKNOWN
    return WEIGHT  # anything else: not certain


# self.X = Ctor(...): what a class builds (for the role of self.X.weight).
_SELF_ASSIGN = re.compile(r"\bself\.(\w+)\s*=\s*([\w.]+)\s*\(")
_RNG_RECEIVERS = ("rng", "random_state", "prng", "_rng", "np_rng", "generator")


def _layer_roles(text: str, class_names: Set[str]) -> dict:
    """self.X -> role of self.X.weight when the class builds self.X (None: unknown, judge by name).

    A norm/embedding constructor decides NORM/TOKEN; any constructor the model may register as a
    layer (a framework class, a class of this file, a linear/rnn factory) makes it a weight."""
    roles: dict = {}
    for attr, ctor in _SELF_ASSIGN.findall(text):
        last = ctor.rsplit(".", 1)[-1]
        if last in NORM_LIKE:
            role = NORM
        elif last in EMBED_LIKE:
            role = TOKEN
        elif last in LINEAR_LIKE or last in RNN_LIKE:
            role = WEIGHT
        else:
            # norm_layer(dim), a block of this file, a custom layer: judged by the attribute's name, as the
            # scan always did (the model may still call a `...RMSNorm` block's weight a weight: a full-analysis
            # false positive the fast path does not expose)
            role = None
        prev = roles.get(attr, role)
        roles[attr] = role if prev == role else WEIGHT  # built two ways: only a weight is certain
    return {k: v for k, v in roles.items() if v is not None}


def _dotted(node) -> Optional[str]:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


class _Imports:
    """Every name the file imports, with every module it may stand for (names.ImportTable, but a
    name imported twice keeps both meanings: the scan must never be surer than the model)."""

    def __init__(self, tree: ast.AST, texts: Optional[List[str]] = None) -> None:
        self.names: dict = {}
        self.modules: Set[str] = set()
        body = list(getattr(tree, "body", []))
        # only top-level statements whose text says "import" can hold one (a C-speed test per statement
        # instead of a Python walk over every nested statement of the file)
        stack = body if texts is None else [stmt for stmt, text in zip(body, texts) if "import" in text]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.modules.add(alias.name.split(".")[0])
                    if alias.asname:
                        self.names.setdefault(alias.asname, set()).add(alias.name)
                    else:
                        head = alias.name.split(".")[0]
                        self.names.setdefault(head, set()).add(head)
            elif isinstance(node, ast.ImportFrom):
                if node.level or not node.module:
                    continue
                self.modules.add(node.module.split(".")[0])
                for alias in node.names:
                    if alias.name == "*":
                        continue
                    self.names.setdefault(alias.asname or alias.name, set()).add(f"{node.module}.{alias.name}")
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    sub = getattr(node, field, None)
                    if isinstance(sub, list):
                        stack.extend(sub)

    def resolve(self, dotted: str) -> Set[str]:
        head, _, rest = dotted.partition(".")
        if head in self.names:
            fulls = self.names[head]
        elif head == "nn" and ("flax" in self.modules or "haiku" in self.modules):
            fulls = {"flax.linen"}
        elif head in CONVENTIONAL:
            fulls = {CONVENTIONAL[head]}
        else:
            return {dotted}
        return {canonical(f"{full}.{rest}" if rest else full) for full in fulls}


class _CallJudge:
    def __init__(self, text: str, tree: ast.AST, lines: List[str], texts: Optional[List[str]] = None,
                 small_scale: float = Options.small_scale, hot: Optional["_HotLines"] = None,
                 deep_layers: int = Options.deep_layers) -> None:
        self.lines = lines
        self._text = text
        self._lowered: Optional[str] = None
        self._words: dict = {}  # computed on first ask: most files never ask
        self.rng_in_file = "default_rng" in text or "RandomState" in text or "Generator" in text
        self.imports = _Imports(tree, texts)
        self.class_names = {s.name for s in getattr(tree, "body", []) if isinstance(s, ast.ClassDef)}
        self._layer_roles: Optional[dict] = None  # of the class being walked
        self._class_span: Optional[tuple] = None  # (first, last line) of that class: roles read on first use
        self.in_method = False  # walking a function defined in a class (the model's Function.cls)
        self.guarded = False  # inside a loop, or an if that may filter on names (p.dim() > 1, "weight" in n)
        # What may re-classify a tensor in the model (Context.role): a name filter of an enclosing if-test on
        # its root variable, directly or through the loop that binds both (Context._filter_applies), or a
        # loop over parameters binding it (Context.params_loop). Roots of the current function only.
        self.filter_roots: frozenset = frozenset()
        self.loop_names: frozenset = frozenset()
        self.param_loop_names: frozenset = frozenset()
        self.functions: tuple = ()  # names of the enclosing defs, innermost last
        self._module_names: Optional[Set[str]] = None
        self._stored: Optional[Set[str]] = None
        self.fn_nodes: tuple = ()  # the enclosing defs, innermost last
        self.leaf: Optional[ast.AST] = None  # the simple statement being walked
        self._writes: dict = {}  # id(def) -> _FunctionWrites
        self._returned: dict = {}  # tuple of function names -> returned names
        self._weight_callers: dict = {}  # tuple of function names -> bool
        self.body = list(getattr(tree, "body", []))
        self.texts = texts if texts is not None else ["".join(lines[_span(s)[0] - 1:_span(s)[1]]) for s in self.body]
        self.hot = hot if hot is not None else _HotLines(text, lines)
        self.small_scale = small_scale
        self._fan_ins: Optional[List[Optional[float]]] = None
        self._layer_build: Optional[Set[str]] = None
        self.deep_layers = deep_layers
        self.if_tests: tuple = ()  # tests of the enclosing if arms (bodies, not else arms) in the current function
        self.in_loop = False  # inside a for/while of the current function
        self._called: Optional[dict] = None
        self._init_calls: dict = {}

    def _mentions_any(self, words) -> bool:
        found = self._words.get(words)
        if found is None:
            if self._lowered is None:
                self._lowered = self._text.lower()
            found = self._words[words] = any(w in self._lowered for w in words)
        return found

    @property
    def relu_in_file(self) -> bool:
        if not self._mentions_any(_RELU_WORDS):
            found = self._words.get("elu")
            if found is None:
                found = self._words["elu"] = bool(_ELU.search(self._lowered or self._text.lower()))
            if not found:
                return False
        return self._activation_evidence("relu")

    @property
    def tanh_in_file(self) -> bool:
        return self._mentions_any(_TANH_WORDS) and self._activation_evidence("tanh")

    @property
    def leaky_in_file(self) -> bool:
        return self._mentions_any(_LEAKY_WORDS) and self._activation_evidence("leaky")

    def _activation_evidence(self, which: str) -> bool:
        """Could the model recognise an activation of this family anywhere in the file? The words above only
        say the file spells one somewhere, docstrings and comments included. The model sees an activation
        only through a name (F.relu, nn.Tanh(), x.sigmoid(), a user's relu() helper, an import of one) or a
        string literal where an activation is read (`activation="tanh"`, Activation("tanh"), an item of a
        Sequential list or dict); never through a string elsewhere (timm's `gate_layer="sigmoid"` default,
        `conv_attn_act_layer: str = "relu"`), which a variable then carries: the model does not follow it."""
        key = "evidence:" + which
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = any(
                _has_activation(stmt, which, self) for stmt in self._statements_matching(_EVIDENCE_TEXT[which]))
        return found

    def _statements_matching(self, pattern: str) -> List[ast.AST]:
        """Top-level statements whose text matches (a C-speed search each; only they are walked)."""
        rx = re.compile(pattern)
        if not rx.search(self._text):
            return []
        return [stmt for stmt, text in zip(self.body, self.texts) if rx.search(text)]

    def segment(self, node: ast.AST) -> Optional[str]:
        """The source text of a node (ast.get_source_segment, without re-splitting the file per call)."""
        a, b = getattr(node, "lineno", None), getattr(node, "end_lineno", None)
        c, d = getattr(node, "col_offset", None), getattr(node, "end_col_offset", None)
        if None in (a, b, c, d) or b > len(self.lines):
            return None
        rows = [line.encode("utf-8") for line in self.lines[a - 1:b]]
        if a == b:
            return rows[0][c:d].decode("utf-8", "replace")
        rows[0], rows[-1] = rows[0][c:], rows[-1][:d]
        return b"".join(rows).decode("utf-8", "replace")

    def returned_names(self, fn_names) -> Set[str]:
        """Names inside the return values of every def called like one of fn_names (Context._returned_names
        keys functions by name; a union over namesakes is never narrower than the model's)."""
        key = tuple(fn_names)
        out = self._returned.get(key)
        if out is None:
            out = self._returned[key] = set()
            alternatives = "|".join(re.escape(f) for f in fn_names)
            for stmt in self._statements_matching(r"\bdef\s+(?:" + alternatives + r")\b"):
                for node in ast.walk(stmt):
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in key:
                        for sub in ast.walk(node):
                            if isinstance(sub, ast.Return) and sub.value is not None:
                                out.update(n.id for n in ast.walk(sub.value) if isinstance(n, ast.Name))
        return out

    def weight_helper(self, fn_names) -> bool:
        """Is one of these functions assigned to a weight-named target somewhere (W1 = weight_variable(...))?
        Context.helper_uses calls a returned value a weight only when every caller's target is one."""
        key = tuple(fn_names)
        found = self._weight_callers.get(key)
        if found is None:
            found = False
            alternatives = "|".join(re.escape(f) for f in fn_names)
            for stmt in self._statements_matching(r"=[\s(]*(?:" + alternatives + r")\s*\("):
                for node in ast.walk(stmt):
                    if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call) \
                            and isinstance(node.value.func, ast.Name) and node.value.func.id in key:
                        # model.Builder.assignment records the first target's code; Context.helper_uses
                        # reads its role from text.split(".")[-1].split("[")[0]
                        t = node.targets[0] if isinstance(node, ast.Assign) else node.target
                        text = self.segment(t)
                        if text is None or role_of_name(text.split(".")[-1].split("[")[0]) == WEIGHT:
                            found = True
            self._weight_callers[key] = found
        return found

    def may_reclassify(self, target: ast.AST) -> bool:
        """Could a filter or loop of the model give this target another role than its name's?"""
        if not self.guarded:
            return False
        root = _root_name(target)
        return root is None or root in self.filter_roots or root in self.param_loop_names \
            or (root in self.loop_names and bool(self.filter_roots & self.loop_names))

    def evaluable(self, func: ast.AST, name: str) -> bool:
        """Can dist.Evaluator turn a call of `func` into a distribution at all? (its lookup, without libcst)"""
        if isinstance(func, ast.Attribute):
            if name in INPLACE_METHODS:
                return True  # t.normal_(), w.data.fill_(0)
            if name in RNG_METHODS and (self.rng_in_file or isinstance(func.value, ast.Call)
                                        or _last_name(func.value) in _RNG_RECEIVERS):
                return True
        if name == "trunc_normal_":
            return True  # timm's trunc_normal_ and copies: matched by last name
        dotted = _dotted(func)
        if dotted is None:
            return False
        return any(q in QUALIFIED for q in self.imports.resolve(dotted))

    def is_torch(self, func: ast.AST) -> bool:
        dotted = _dotted(func)
        return dotted is not None and all(q.startswith("torch.") for q in self.imports.resolve(dotted))

    def is_torch_init(self, func: ast.AST) -> bool:
        dotted = _dotted(func)
        return dotted is not None and any(q.startswith("torch.nn.init.") for q in self.imports.resolve(dotted))

    def could_fire(self, call: ast.Call, site, norm_vars: Set[str], cls_name: str) -> bool:
        if not self._could_fire(call, site, norm_vars, cls_name):
            return False
        # Context.overwritten: a later init of the same tensor in this function replaces this one. Asked
        # last, as the dearest test (it indexes the function).
        return not self.overwritten_later(call)

    def _could_fire(self, call: ast.Call, site, norm_vars: Set[str], cls_name: str) -> bool:
        name = _last_name(call.func)
        assigned, wrapped, direct = site if site is not None else (None, False, False)
        unsure = assigned is _UNSURE
        if assigned is _SITE or unsure:
            assigned = None
        first = call.args[0] if call.args else None
        if name in _NEVER or name not in TRIGGER_NAMES:
            return False
        if not call.args and not call.keywords and name in ("random", "rand", "randn", "random_sample"):
            return False  # random.random(): a scalar
        if not self.evaluable(call.func, name):
            return False  # random.uniform(a, b) from the standard library, dist.sample(), ...
        torch_init = self.is_torch_init(call.func)
        inplace = name.endswith("_") or torch_init  # nn.init.xavier_normal(w): the legacy spelling
        # torch.empty(n).normal_(): an in-place init of a tensor made right there is a value like a factory's
        fresh = inplace and not torch_init and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call)
        tensor = first if (inplace and (torch_init or _is_init_module(call.func))) else \
            (assigned if not inplace or fresh else call.func.value)
        role = _target_role(tensor, self.layer_roles())
        if (not inplace or fresh) and not unsure and not wrapped and _model_role(assigned) == UNKNOWN:
            # A factory value (forward, a mask, a buffer, data) that is not a Parameter/Variable and whose
            # target's name says nothing: Context.is_weight needs a weight name, a wrapper, a loop over
            # parameters or a name filter on its variable, or a helper outside a class that returns it (the
            # callers' targets decide). Outside a site position (an argument, a list element) it is never
            # even a site.
            if site is None:
                return False
            if assigned is None or not self.may_reclassify(assigned):
                if self.in_method:
                    return False  # a method's result or local: Context.helper_uses ignores methods
                if not self.weight_helper(self.functions):
                    return False  # a result no weight takes (checked first: a text search)
                returned = assigned is None or (isinstance(assigned, ast.Name) and self.functions
                                                and assigned.id in self.returned_names(self.functions))
                if not returned:
                    return False  # module-level code, a local a plain function keeps, a result no weight takes
        if not inplace and direct and self.in_method and isinstance(assigned, ast.Name) and not wrapped \
                and name in _TORCH_CONSTANT and not self.may_reclassify(assigned) and self.is_torch(call.func):
            # kernel = torch.zeros(...) in a method: a plain torch tensor held in a local is data (a fused
            # kernel, a mask), never a Parameter (Context.role: STATE)
            return False
        if inplace and not fresh and site is None and tensor is not None and self.in_method \
                and not self.may_reclassify(tensor) and _model_role(tensor) == UNKNOWN:
            return False  # the same for an in-place init statement (nn.init.zeros_(self.lambda_a))
        if role is None and isinstance(tensor, ast.Subscript) and not self.may_reclassify(tensor):
            key = _dict_key(tensor)
            role = role_of_name(key.replace("*", "")) if key not in (None, "?") else None  # out["head.bias"]
        if role in _SAFE_ROLES:
            return False
        base = _base_name(tensor)
        if base in norm_vars or (base == "self" and "norm" in cls_name.lower()):
            return False
        if not inplace and _rank_one(call):
            return False
        if name in _XAVIER:
            # INI101 needs a ReLU; INI103 a declared gain (calculate_gain("tanh")) and any activation
            declared = len(call.args) > 1 or any(kw.arg in ("gain", None) for kw in call.keywords)
            return self.relu_in_file or (declared and self.tanh_in_file)
        if name in _HE:
            if self.tanh_in_file or self.leaky_in_file:
                return True
            # Only ReLUs here: He fires only when it declares something else (tanh, linear, a slope >= 0.1).
            return self.relu_in_file and not _declares_plain_relu(call, name)
        if name in _NORMAL and inplace:
            std = None
            for kw in call.keywords:
                if kw.arg in ("std", "stddev"):
                    std = _num(kw.value)
            pos = call.args[1:] if _is_init_module(call.func) else call.args
            if std is None and len(pos) >= 2:
                std = _num(pos[1])
            if std is not None and self.small_scale <= std < 1 and not self.fan_in_may_judge(std, tensor) \
                    and (std > self.small_scale + 1e-12 or not self.deep_stack_possible(std, tensor)):
                return False
            std_node = next((kw.value for kw in call.keywords if kw.arg in ("std", "stddev")), None)
            if std_node is None and len(pos) >= 2:
                std_node = pos[1]
            if std_node is not None and self.plain_arguments(call) and self.unknown_number(std_node):
                # dist.Evaluator.number cannot make this std a number (a local, an attribute, a shape), so no
                # size rule (INI003/INI004) applies; only a fan-in formula (a sqrt, a division, a power:
                # Evaluator.scale) makes an init family a pairing rule can judge
                family = _formula_family(std_node, self.unknown_number)
                if family == "he":
                    return self.tanh_in_file  # INI102 (normal_ declares no nonlinearity for INI103)
                if family in ("xavier", "lecun"):
                    return self.relu_in_file  # INI101
                if family is None:
                    return False
                return self.relu_in_file or self.tanh_in_file or self.leaky_in_file
        if name in _UNIFORM and inplace and self.plain_arguments(call):
            pos = call.args[1:] if _is_init_module(call.func) else call.args
            bounds = [kw.value for kw in call.keywords if kw.arg in ("a", "b")] + list(pos[:2])
            if any(self.unknown_number(b) for b in bounds):
                # torch uniform_ with a bound the evaluator cannot read: dist._uniform_like has no low/high for
                # the size rules or INI005, no misuse for INI006 (that needs a number), and no family
                return False
        return True

    def builds_layers(self, text: str) -> bool:
        """Does this code call a Linear-like or recurrent layer constructor, or a class of this file?"""
        if self._layer_build is None:
            self._layer_build = _LAYER_NAMES | self.class_names
        return not self._layer_build.isdisjoint(_CALLED_NAME.findall(text))

    def deep_stack_possible(self, std: float, tensor: Optional[ast.AST]) -> bool:
        """INI003's clause for a std of exactly small-scale (TooSmallWeights._deep): a loop over the layers, a
        blanket init matching deep_layers - 1 hidden Linear-like/recurrent layers, or deep_layers sites of that
        scale in one function. False only when upper bounds of all three rule it out."""
        if self.in_loop or self.leaf is None or any(
                isinstance(n, (ast.For, ast.AsyncFor, ast.While, ast.comprehension)) for n in ast.walk(self.leaf)):
            return True
        if not self.fn_nodes:
            return True  # module level: every module-level site is one chain
        layers = self.layer_calls(self.filter_types(tensor))
        if layers is None or layers + 1 >= self.deep_layers:
            return True
        return self.scale_sites(self.fn_nodes[-1], std) >= self.deep_layers

    def filter_types(self, tensor: Optional[ast.AST]) -> Optional[Set[str]]:
        """Last names of the layer types the model's innermost type filter selects (Context.matched_layers),
        None when that may be any type: the innermost enclosing test that could be a type test must be a plain
        isinstance(<the tensor's root>, T or (T1, T2))."""
        root = _root_name(tensor) if tensor is not None else None
        for test in reversed(self.if_tests):
            if isinstance(test, ast.Call) and _last_name(test.func) == "isinstance" and len(test.args) == 2 \
                    and not test.keywords and isinstance(test.args[0], ast.Name) and test.args[0].id == root:
                types = test.args[1]
                elems = types.elts if isinstance(types, (ast.Tuple, ast.List)) else [types]
                if all(isinstance(e, (ast.Name, ast.Attribute)) for e in elems):
                    return {_last_name(e) for e in elems}
                return None
            if self._may_type(test):
                return None
        return None

    def _may_type(self, test: ast.AST) -> bool:
        """Could model.Builder.filter_of read layer types out of this test? (isinstance, type(m) ==, class-name
        strings, which need a str constant or a __class__ / __name__ / type() spelling)"""
        for node in ast.walk(test):
            if isinstance(node, ast.Call) and _last_name(node.func) in ("isinstance", "type"):
                return True
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                return True
            if isinstance(node, ast.Attribute) and node.attr in ("__class__", "__name__"):
                return True
        return False

    def layer_calls(self, types: Optional[Set[str]]) -> Optional[int]:
        """An upper bound of the Linear-like/recurrent layers of the file (model.Builder.layer_from registers one
        per constructor call, named by its last name unless an import renames it), of these types if given."""
        if self._called is None:
            renamed = _LAYER_RENAMED.search(self._text) is not None
            counts: dict = {}
            for n in _CALLED_NAME.findall(self._text):
                if n in _LAYER_NAMES:
                    counts[n] = counts.get(n, 0) + 1
            self._called = {"renamed": renamed, "counts": counts}
        if self._called["renamed"]:
            return None
        counts = self._called["counts"]
        return sum(c for n, c in counts.items() if types is None or n in types)

    def scale_sites(self, fn: ast.AST, std: float) -> int:
        """An upper bound of the sites of this function whose scale could equal `std` (TooSmallWeights._deep's
        chain): initializer calls, less constants, named families and normals with another literal std."""
        key = (id(fn), std)
        found = self._init_calls.get(key)
        if found is None:
            found = 0
            for node in ast.walk(fn):
                if not isinstance(node, ast.Call):
                    continue
                name = _last_name(node.func)
                if name not in TRIGGER_NAMES or name in _CONSTANT_NAMES or name in _XAVIER or name in _HE:
                    continue
                if name in _NORMAL:
                    given = next((kw.value for kw in node.keywords if kw.arg in ("std", "stddev", "scale")), None)
                    if given is not None and _num(given) is not None and _num(given) != std:
                        continue
                found += 1
            self._init_calls[key] = found
        return found

    def fan_in_may_judge(self, std: float, tensor: Optional[ast.AST]) -> bool:
        """INI003's fan-in clause for a numeric std above small_scale: std < sqrt(2 / fan_in) / 10 (He's reference,
        the larger one), i.e. fan_in < 2 / (100 std^2). The model knows a fan-in for an in-place init only from
        the constructor of the layer a `self.<layer>.weight` names (Layer.in_features, read from a torch
        Linear/Conv call's first positional argument): can any such call in the file give one that small?"""
        if not _is_self_layer_weight(tensor):
            return False
        bound = 2.0 / (100.0 * std * std)
        return any(v is None or v < bound for v in self.layer_fan_ins())

    def layer_fan_ins(self) -> List[Optional[float]]:
        """A lower bound of the fan-in each Linear-like constructor of the file may give (None: any), leaving out
        those whose first positional argument the evaluator cannot read."""
        if self._fan_ins is None:
            self._fan_ins = []
            for stmt in self._statements_matching(_LAYER_CALL_TEXT):
                for node in ast.walk(stmt):
                    if not isinstance(node, ast.Call) or _last_name(node.func) not in LINEAR_LIKE:
                        continue
                    pos = [a for a in node.args if not isinstance(a, ast.Starred)]
                    if not pos or self.unknown_number(pos[0]):
                        continue
                    grouped = len(pos) > 6 or any(kw.arg in ("groups", None) for kw in node.keywords)
                    # a Conv's fan-in is in_channels / groups x the kernel's size: at least in_channels ungrouped
                    self._fan_ins.append(None if grouped else _literal(pos[0]))
        return self._fan_ins

    def overwritten_later(self, call: ast.Call) -> bool:
        """Context.overwritten's first clause on ast, for an in-place init statement: a torch.nn.init call
        later in the same function writes the same tensor (same code text), and the two are not in different
        arms of an if/elif chain the model could tell apart by layer type (model.Builder.if_chain)."""
        leaf = self.leaf
        if not self.fn_nodes or not isinstance(leaf, ast.Expr) or leaf.value is not call:
            return False
        if self.is_torch_init(call.func) or _is_init_module(call.func):
            if not call.args:
                return False
            tensor = call.args[0]  # nn.init.zeros_(t), trunc_normal_(t)
        elif isinstance(call.func, ast.Attribute):
            tensor = call.func.value  # t.zero_()
        else:
            return False
        key = self.tensor_text(call, tensor)
        if key is None:
            return False
        fn = self.fn_nodes[-1]
        writes = self._writes.get(id(fn))
        if writes is None:
            writes = self._writes[id(fn)] = _FunctionWrites(fn, self)
        here = writes.position.get(id(leaf))
        if here is None:
            return False
        order, path = here
        arms = dict((chain, arm) for chain, arm in path)
        return any(w_order > order and w_key == key and not any(c in arms and arms[c] != a for c, a in w_path)
                   for w_order, w_key, w_path in writes.writes)

    def tensor_text(self, call: ast.Call, tensor: ast.AST) -> Optional[str]:
        """The model's text for the tensor an in-place init writes (libcst code of the node, trailing .data
        dropped), when the ast spelling certainly equals it: a plain dotted name written without spaces,
        comments or parentheses around it."""
        dotted = _dotted(tensor)
        if dotted is None or self.segment(tensor) != dotted:
            return None
        func = call.func
        if call.args and call.args[0] is tensor:
            glue = self.between(func, tensor)
            if glue != "(":
                return None
        elif isinstance(func, ast.Attribute) and func.value is tensor:
            if self.between(tensor, func, end_of_second=True) != "." + func.attr:
                return None
        else:
            return None
        while dotted.endswith(".data"):
            dotted = dotted[:-5]
        return dotted

    def between(self, first: ast.AST, second: ast.AST, end_of_second: bool = False) -> Optional[str]:
        """Source text from the end of `first` to the start (or end) of `second`, on one line."""
        line = getattr(first, "end_lineno", None)
        if line is None or line != (second.end_lineno if end_of_second else second.lineno) or line > len(self.lines):
            return None
        row = self.lines[line - 1].encode("utf-8")
        stop = second.end_col_offset if end_of_second else second.col_offset
        return row[first.end_col_offset:stop].decode("utf-8", "replace")

    def layer_roles(self) -> Optional[dict]:
        if self._layer_roles is None and self._class_span is not None:
            a, b = self._class_span
            self._layer_roles = _layer_roles("".join(self.lines[a - 1:b]), self.class_names)
        return self._layer_roles

    def enter_class(self, span: Optional[tuple]):
        saved = self._layer_roles, self._class_span
        self._layer_roles, self._class_span = None, span
        return saved

    def leave_class(self, saved) -> None:
        self._layer_roles, self._class_span = saved

    def plain_arguments(self, call: ast.Call) -> bool:
        return not any(isinstance(a, ast.Starred) for a in call.args) and not any(kw.arg is None for kw in call.keywords)

    def unknown_number(self, node: ast.AST) -> bool:
        """Is dist.Evaluator.number() certain to give None here? It reads literals, module-level NAME = <number>
        constants, arithmetic and sqrt/float/int of those; anything else (a local, an attribute, a subscript,
        another call) is no number."""
        if isinstance(node, ast.Constant):
            return not isinstance(node.value, (int, float)) or isinstance(node.value, bool)
        if isinstance(node, ast.Name):
            return node.id not in self.module_names()
        if isinstance(node, ast.UnaryOp):
            return self.unknown_number(node.operand)
        if isinstance(node, ast.BinOp):
            return self.unknown_number(node.left) or self.unknown_number(node.right)
        if isinstance(node, ast.Call):
            if _last_name(node.func) in ("sqrt", "float", "int") and len(node.args) == 1 and not node.keywords:
                return self.unknown_number(node.args[0])
            return True
        return isinstance(node, (ast.Attribute, ast.Subscript))

    def stored_names(self) -> Set[str]:
        """Every name any assignment, loop or with-statement of the file binds (a superset of local_inits)."""
        if self._stored is None:
            self._stored = {n.id for stmt in self.body for n in ast.walk(stmt)
                            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        return self._stored

    def module_names(self) -> Set[str]:
        """Every name a module-level assignment binds (a superset of analysis._constants)."""
        if self._module_names is None:
            self._module_names = set()
            for stmt in self.body:
                for node in ast.walk(stmt) if isinstance(stmt, (ast.If, ast.Try)) else (stmt,):
                    if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                        for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                            self._module_names.update(n.id for n in ast.walk(t) if isinstance(n, ast.Name))
        return self._module_names


def _has_activation(stmt: ast.AST, which: str, judge: "_CallJudge") -> bool:
    """Does this statement hold something the model may read as an activation of the family (see
    _CallJudge._activation_evidence)? A call of one (F.relu(x), nn.Tanh(), x.sigmoid(), a user's relu(), a
    clamp/maximum/where with a bound that may be 0, an exp(-z)), a reference or string where the model reads
    an activation (an `activation=` value, a positional argument, an element of a list/tuple/set, a dict
    value), or an import of one (an alias that is then called)."""
    idents = _EVIDENCE_IDENTS[which]
    for node in ast.walk(stmt):
        t = type(node)
        if t is ast.Call:
            name = _last_name(node.func)
            lowered = name.lower()
            if lowered in idents:
                return True
            if which == "relu" and lowered in _WRITTEN_RELUS and _written_relu(node, lowered, judge):
                return True
            if which == "tanh" and lowered == "exp" and node.args and isinstance(node.args[0], ast.UnaryOp) \
                    and isinstance(node.args[0].op, ast.USub):
                return True  # activations.sigmoid_expression: 1 / (1 + exp(-z))
            if any(_act_reference(a, idents) for a in node.args) or any(
                    kw.arg == "activation" and _act_reference(kw.value, idents) for kw in node.keywords):
                return True
        elif t in (ast.List, ast.Tuple, ast.Set):
            if any(_act_reference(e, idents) for e in node.elts):
                return True
        elif t is ast.Dict:
            if any(_act_reference(v, idents) for v in node.values if v is not None):
                return True
        elif t is ast.alias:
            if any(part.lower() in idents for part in node.name.split(".")):
                return True
        elif t is ast.BinOp and which == "relu" and isinstance(node.op, ast.Mult):
            # activations.relu_mask_expression: z * (z > 0)
            if isinstance(node.left, ast.Compare) or isinstance(node.right, ast.Compare):
                return True
    return False


# ReLUs written out (activations.act_call): clamp(x, min=0), x.clamp(0), clamp_min(0), maximum(x, 0),
# where(x > 0, x, 0); each needs a bound Evaluator.number reads as 0
_WRITTEN_RELUS = frozenset({"clamp", "clamp_", "clip", "clamp_min", "maximum", "where"})


def _written_relu(call: ast.Call, name: str, judge: "_CallJudge") -> bool:
    if name == "where":
        bounds = call.args[2:3]
    elif name == "maximum":
        bounds = call.args[:2]
    else:  # the function form reads args[1] or min=/a_min=, the method form args[0] or min=
        bounds = call.args[:2] + [kw.value for kw in call.keywords if kw.arg in ("min", "a_min")]
    return any(not judge.unknown_number(b) and _literal(b) in (None, 0) for b in bounds)


def _act_reference(node: ast.AST, idents) -> bool:
    """An activation named where activations.act_from_reference reads one: a name, an attribute or a string
    (act_from_string: its lowered value a CANON spelling of the family)."""
    t = type(node)
    if t is ast.Name:
        return node.id.lower() in idents
    if t is ast.Attribute:
        return node.attr.lower() in idents
    return t is ast.Constant and isinstance(node.value, str) and node.value.lower() in idents


def _declares_plain_relu(call: ast.Call, name: str) -> bool:
    """kaiming_*_(w, [a=0,] mode=..., nonlinearity="relu" | "leaky_relu" | default): what a ReLU wants."""
    if not name.startswith("kaiming"):
        return False  # he_normal & co: no declaration, only INI102 (tanh) applies
    if any(isinstance(a, ast.Starred) for a in call.args) or any(kw.arg is None for kw in call.keywords):
        return False
    pos = call.args[1:]
    kws = {kw.arg: kw.value for kw in call.keywords}
    a = kws.get("a", pos[0] if len(pos) >= 1 else None)
    nl = kws.get("nonlinearity", pos[2] if len(pos) >= 3 else None)
    if a is not None and (_num(a) is None or abs(_num(a)) >= 0.1):
        return False
    if nl is not None and not (isinstance(nl, ast.Constant) and nl.value in ("relu", "leaky_relu")):
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
    if isinstance(a, ast.BinOp) and isinstance(a.op, (ast.Add, ast.Sub)) \
            and any(isinstance(v, ast.Constant) and type(v.value) is int for v in (a.left, a.right)):
        return True  # torch.ones(self.num_layers + 1): int arithmetic (a tuple plus an int does not run)
    if isinstance(a, (ast.Name, ast.Attribute)):
        n = _last_name(a).lower()
        return not any(w in n for w in ("shape", "size", "dims", "dim_s"))
    return False


def _is_self_layer_weight(node) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and \
        isinstance(node.value.value, (ast.Name, ast.Subscript))


_WRAPPER_CALLS = {"Parameter", "Variable", "tensor", "asarray", "array", "as_tensor", "from_numpy"}


def _may_filter_names(test: ast.AST) -> bool:
    """Could model.Builder.filter_of read a role out of this test ('weight' in n, p.dim() > 1, n.endswith(...))?"""
    for node in ast.walk(test):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return True
        if isinstance(node, ast.Attribute) and node.attr in ("dim", "ndim", "ndimension", "shape", "endswith", "startswith"):
            return True
    return False


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
    if isinstance(stmt, _COMPOUND) and not judge.hot.any(*_span(stmt)):
        return False  # nothing on its lines a leaf below could fire with
    if isinstance(stmt, ast.ClassDef):
        saved = judge.enter_class(_span(stmt))
        try:
            return any(_stmt_candidates(s, judge, stmt.name, norm_vars) for s in stmt.body) or \
                any(_stmt_candidates(b, judge, cls_name, norm_vars) for b in stmt.bases + stmt.keywords)
        finally:
            judge.leave_class(saved)
    if isinstance(stmt, ast.If):
        inner = norm_vars | _norm_filter(stmt.test)
        saved = judge.guarded, judge.filter_roots, judge.if_tests
        judge.guarded = saved[0] or _may_filter_names(stmt.test)
        judge.filter_roots = saved[1] | _filter_roots(stmt.test)
        try:
            if _stmt_candidates(stmt.test, judge, cls_name, norm_vars):
                return True
            judge.if_tests = saved[2] + (stmt.test,)  # the model filters the body by the test, never the else arm
            if any(_stmt_candidates(s, judge, cls_name, frozenset(inner)) for s in stmt.body):
                return True
            judge.if_tests = saved[2]
            return any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in stmt.orelse)
        finally:
            judge.guarded, judge.filter_roots, judge.if_tests = saved
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.For, ast.While, ast.With, ast.Try)):
        parts = list(getattr(stmt, "body", [])) + list(getattr(stmt, "orelse", [])) + \
            list(getattr(stmt, "finalbody", [])) + [h for h in getattr(stmt, "handlers", [])]
        heads = [getattr(stmt, "iter", None), getattr(stmt, "test", None)] + list(getattr(stmt, "decorator_list", [])) \
            + [i.context_expr for i in getattr(stmt, "items", [])]
        saved = (judge.in_method, judge.guarded, judge.filter_roots, judge.loop_names, judge.param_loop_names,
                 judge.functions, judge.fn_nodes, judge.if_tests, judge.in_loop)
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            judge.if_tests, judge.in_loop = (), False
            heads += list(stmt.args.defaults) + [d for d in stmt.args.kw_defaults if d is not None]
            # the model's scopes: loops and filters start afresh in every function
            judge.in_method, judge.guarded = bool(cls_name), False
            judge.filter_roots = judge.loop_names = judge.param_loop_names = frozenset()
            judge.functions = saved[5] + (stmt.name,)
            judge.fn_nodes = judge.fn_nodes + (stmt,)
        elif isinstance(stmt, (ast.For, ast.While)):
            judge.guarded = judge.in_loop = True
            if isinstance(stmt, ast.For):
                bound = _names_in(stmt.target)
                judge.loop_names = judge.loop_names | bound
                if _params_loop(stmt.iter):
                    judge.param_loop_names = judge.param_loop_names | bound
        try:
            return any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in parts + [h for h in heads if h is not None])
        finally:
            (judge.in_method, judge.guarded, judge.filter_roots, judge.loop_names, judge.param_loop_names,
             judge.functions, judge.fn_nodes, judge.if_tests, judge.in_loop) = saved
    if isinstance(stmt, ast.ExceptHandler):
        return any(_stmt_candidates(s, judge, cls_name, norm_vars) for s in stmt.body)
    a, b = getattr(stmt, "lineno", None), getattr(stmt, "end_lineno", None)
    if a is not None and b is not None and not judge.hot.any(a, b):
        return False  # no trigger name, init keyword or param(...) on its lines: nothing below can be true
    assigned: dict = {}
    judge.leaf = stmt
    for node in ast.walk(stmt):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(getattr(node, "value", None), ast.AST):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            # several targets (a = W = zeros(...)): the model makes a site for each
            _mark_site_values(node.value, targets[0] if len(targets) == 1 else _UNSURE, False, assigned)
        elif isinstance(node, ast.Return) and node.value is not None:
            _mark_site_values(node.value, _SITE, False, assigned)
        elif isinstance(node, ast.Call):
            name = _last_name(node.func)
            if name == "get_variable" and len(node.args) >= 4:
                assigned[id(node.args[3])] = (_UNSURE, False, False)  # tf.get_variable(name, shape, dtype, init)
            for kw in node.keywords:
                if kw.arg in _INIT_KEYWORDS and _init_value_could_fire(kw.value, judge):
                    return True
            if name == "param" and len(node.args) >= 2 and _init_value_could_fire(node.args[1], judge):
                return True  # self.param("kernel", nn.initializers.zeros, shape)
            if name in TRIGGER_NAMES and judge.could_fire(node, assigned.get(id(node)), norm_vars, cls_name):
                return True
    return False


# initializers whose Dist is a constant (zeros, ones, fill): no scale, never in a chain of equal scales
_CONSTANT_NAMES = {"zeros", "zeros_", "zero_", "ones", "ones_", "full", "full_like", "fill", "fill_", "constant",
                   "constant_", "Constant", "Zeros", "Ones", "zeros_like", "ones_like", "zeros_init", "ones_init"}
_COMPOUND = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef, ast.If, ast.For, ast.AsyncFor, ast.While, ast.With,
             ast.AsyncWith, ast.Try, ast.ExceptHandler)
_SITE = object()  # a site position without a target (a return value)
_UNSURE = object()  # a value whose role no one target decides (a = W = zeros(...), get_variable's initializer)
_TORCH_CONSTANT = {"zeros", "zeros_like", "ones", "ones_like", "full", "full_like"}


def _root_name(node) -> Optional[str]:
    """The variable an assignment target hangs off: out_dict["head.bias"] -> out_dict, m.fc.weight -> m."""
    while True:
        if isinstance(node, (ast.Attribute, ast.Subscript, ast.Starred)):
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        else:
            break
    return node.id if isinstance(node, ast.Name) else None


def _names_in(node: ast.AST) -> frozenset:
    return frozenset(n.id for n in ast.walk(node) if isinstance(n, ast.Name))


def _params_loop(it: ast.AST) -> bool:
    """model.Builder.loop_of's "params" kind: m.parameters(), m.named_parameters(), m.state_dict().items()."""
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)):
        return False
    if it.func.attr in ("parameters", "named_parameters"):
        return True
    owner = it.func.value
    return it.func.attr in ("values", "items") and isinstance(owner, ast.Call) and _last_name(owner.func) == "state_dict"


def _filter_roots(test: ast.AST) -> frozenset:
    """Variables an if-test can give a role to (model.Builder.filter_of: only a name filter -- "weight" in n,
    n.endswith("bias"), p.dim() > 1 -- can make a tensor a weight; type and flag filters never do)."""
    if isinstance(test, ast.BoolOp):
        if isinstance(test.op, ast.And):
            out: frozenset = frozenset()
            for v in test.values:
                out |= _filter_roots(v)
            return out
        return frozenset()  # `or`: the model keeps it only as a type filter
    roots = set()
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right = test.left, test.comparators[0]
        if isinstance(left, ast.Constant) and isinstance(left.value, str) and isinstance(test.ops[0], (ast.In, ast.NotIn)):
            roots.add(_root_name(right))
            if isinstance(right, ast.Call):
                roots.update(a.id for a in right.args if isinstance(a, ast.Name))
        if isinstance(left, ast.Call) and left.args and _last_name(left.func) == "len":
            if isinstance(left.args[0], ast.Attribute) and left.args[0].attr == "shape":
                roots.add(_root_name(left.args[0]))  # len(p.shape) >= 2; len(state) == 0 is no filter
        elif isinstance(left, (ast.Call, ast.Attribute)):
            roots.add(_root_name(left))  # p.dim() > 1, p.ndim >= 2
    elif isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) \
            and test.func.attr in ("startswith", "endswith"):
        roots.add(_root_name(test.func.value))
    if None in roots:
        return _names_in(test)  # a spelling not followed here: every name it mentions
    return frozenset(roots)


def _mark_site_values(value, target, wrapped: bool, out: dict, depth: int = 0) -> None:
    """Mark the expressions dist.Evaluator.value() reaches from an assigned/returned value (where the
    model creates a Site): (target, wrapped in Parameter/Variable). Anything else -- a factory passed
    as an argument, inside a list or a comparison -- never becomes a site."""
    if depth > 40:
        return
    out[id(value)] = (target if target is not None else _SITE, wrapped, depth == 0)
    if isinstance(value, (ast.ListComp, ast.GeneratorExp)):
        _mark_site_values(value.elt, target, wrapped, out, depth + 1)  # [randn(y, x) for ...]: one per layer
    elif isinstance(value, ast.Dict) and target is not None and target is not _SITE and target is not _UNSURE:
        # weights = {"h1": tf.Variable(...)}: each entry is judged as weights["h1"]
        for k, v in zip(value.keys, value.values):
            if isinstance(k, ast.Constant) and isinstance(k.value, str):
                _mark_site_values(v, ast.Subscript(value=target, slice=k, ctx=ast.Load()), wrapped, out, depth + 1)
    if isinstance(value, ast.BinOp):
        _mark_site_values(value.left, target, wrapped, out, depth + 1)
        _mark_site_values(value.right, target, wrapped, out, depth + 1)
    elif isinstance(value, ast.Attribute) and value.attr in ("T", "data", "mT"):
        _mark_site_values(value.value, target, wrapped, out, depth + 1)
    elif isinstance(value, ast.Call):
        func = value.func
        last = _last_name(func)
        if isinstance(func, ast.Attribute) and (last in TRANSPARENT_METHODS or last in INPLACE_METHODS):
            _mark_site_values(func.value, target, wrapped, out, depth + 1)
        if last in _WRAPPER_CALLS:
            inner = value.args[0] if value.args and not isinstance(value.args[0], ast.Starred) else None
            for kw in value.keywords:
                if kw.arg in ("data", "initial_value", "value", "x", "a", "object", "array"):
                    inner = kw.value
            if inner is not None:
                _mark_site_values(inner, target, wrapped or last in ("Parameter", "Variable"), out, depth + 1)


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
    if isinstance(node, (ast.Name, ast.Attribute)):
        # Evaluator.initializer reads a name only as an uncalled initializer it can resolve (flax's
        # nn.initializers.zeros, an imported `zeros`) or, in a function, through a local bound to an
        # initializer (model.Builder.local_inits): a parameter passed on (weight_init=weight_init) is neither
        dotted = _dotted(node)
        if dotted is None:
            return True
        if any(q in QUALIFIED for q in judge.imports.resolve(dotted)):
            return True
        return isinstance(node, ast.Attribute) or node.id in judge.stored_names()
    return False


_MATMUL_TEXT = re.compile(r"@|\b(?:dot|matmul|mm|einsum|tensordot|linear)\(")


def _weight_names(stmts: List[ast.AST]) -> Set[str]:
    """Names that module-level code (not a class) binds weights to: `W1`, `parameters` in
    `parameters["W" + str(l)] = ...`, `weights` in `weights = {"h1": tf.Variable(...)}`."""
    out: Set[str] = set()
    for stmt in stmts:
        if isinstance(stmt, ast.ClassDef):
            continue
        for node in ast.walk(stmt):
            if not isinstance(node, (ast.Assign, ast.AnnAssign)):
                continue
            for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(t, ast.Name) and (role_of_name(t.id) == WEIGHT or isinstance(node.value, ast.Dict)):
                    out.add(t.id)
                elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
                    out.add(t.value.id)
    return out


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


_ODD_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _split_lines(source: str) -> List[str]:
    """Lines as ast numbers them, with their endings. str.splitlines is ~10x faster than the regex and
    agrees with ast unless the text holds a character only splitlines breaks on (or a lone CR)."""
    if any(c in source for c in _ODD_BREAKS):
        return _LINE.findall(source)
    return source.splitlines(keepends=True)


# torch.nn.init functions whose model handler always yields a Dist (so the model records the write);
# constant_ is not one (no Dist when its value is not a number)
_ALWAYS_WRITES = {"normal", "trunc_normal", "uniform", "zeros", "ones", "xavier_uniform", "xavier_normal",
                  "kaiming_uniform", "kaiming_normal", "orthogonal", "eye", "dirac", "sparse"}


class _FunctionWrites:
    """The simple statements of one def in source order (model.Builder's `order`), each with its path of
    if/elif arms that the model might tell apart by layer type, and the torch.nn.init writes among them."""

    def __init__(self, fn: ast.AST, judge: "_CallJudge") -> None:
        self.judge = judge
        self.position: dict = {}  # id(simple statement) -> (order, path)
        self.writes: list = []  # (order, tensor text, path)
        self.order = 0
        self.assigned = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        self.block(fn.body, ())

    def block(self, stmts, path) -> None:
        for stmt in stmts:
            self.stmt(stmt, path)

    def stmt(self, stmt, path) -> None:
        self.order += 1
        if isinstance(stmt, ast.If):
            self.chain(stmt, path, id(stmt), 0)
        elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return  # another scope
        elif isinstance(stmt, (ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try)):
            for field in ("body", "orelse", "finalbody"):
                self.block(getattr(stmt, field, []), path)
            for h in getattr(stmt, "handlers", []):
                self.block(h.body, path)
        elif hasattr(ast, "Match") and isinstance(stmt, ast.Match):
            for case in stmt.cases:
                self.block(case.body, path)
        else:
            self.position[id(stmt)] = (self.order, path)
            key = self.write_key(stmt)
            if key is not None:
                self.writes.append((self.order, key, path))

    def chain(self, stmt: ast.If, path, chain: int, arm: int) -> None:
        typed = self.maybe_typed(stmt.test)
        self.block(stmt.body, path + ((chain, arm),) if typed else path)
        orelse = stmt.orelse
        if len(orelse) == 1 and isinstance(orelse[0], ast.If):
            self.order += 1
            self.chain(orelse[0], path, chain, arm + 1)
        elif orelse:
            self.block(orelse, path + ((chain, arm + 1),) if typed else path)

    def maybe_typed(self, test: ast.AST) -> bool:
        """False only for a name test on a variable this def never assigns (a parameter: never a class name
        the model could read as a type): `name.startswith("head")`, `"qkv" in name`."""
        var = None
        if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) \
                and test.func.attr in ("startswith", "endswith") and isinstance(test.func.value, ast.Name):
            var = test.func.value.id
        elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.In, ast.NotIn)) \
                and isinstance(test.left, ast.Constant) and isinstance(test.left.value, str) \
                and isinstance(test.comparators[0], ast.Name):
            var = test.comparators[0].id
        return var is None or var in self.assigned or var in self.judge.module_names()

    def write_key(self, stmt) -> Optional[str]:
        if not isinstance(stmt, ast.Expr) or not isinstance(stmt.value, ast.Call) or not stmt.value.args:
            return None
        call = stmt.value
        if not self.judge.is_torch_init(call.func) or not self.judge.plain_arguments(call):
            return None
        last = _last_name(call.func)
        if last.rstrip("_") not in _ALWAYS_WRITES:
            return None
        return self.judge.tensor_text(call, call.args[0])


class _HotLines:
    """The lines (ast numbering) that hold a trigger name, an initializer keyword or param(: a leaf
    statement with none of them on its lines cannot make _stmt_candidates true, nor can a compound statement
    whose span holds none. One C-speed pass over the file finds them all (a search per line or per statement
    costs more: most files have few such lines and many statements)."""

    def __init__(self, source: str, lines: List[str], first: int = 0) -> None:
        starts = list(accumulate(map(len, lines), initial=0))  # offset of each line's start; "".join(lines) is source
        hot = {bisect_right(starts, m.start()) for m in _TRIGGER.finditer(source, first)}
        if "init" in source or "param" in source:
            # every initializer keyword ends in init or initializer: the literal-led tail finds candidates fast
            # (a leading \b alternation would be tried at every position), the full pattern decides per line
            for m in _KEYWORD_TAIL.finditer(source):
                n = bisect_right(starts, m.start())
                if n not in hot and _KEYWORD_TEXT.search(lines[n - 1]):
                    hot.add(n)
        self.numbers = sorted(hot)

    def any(self, a: int, b: int) -> bool:
        numbers = self.numbers
        i = bisect_left(numbers, a)
        return i < len(numbers) and numbers[i] <= b


def candidate_mask(source: str, tree: Optional[ast.AST], small_scale: float = Options.small_scale,
                   deep_layers: int = Options.deep_layers):
    """(masked source, tree, start lines of kept statements), or None if nothing can fire.

    The masked source has every statement that cannot matter blanked.
    """
    first = _TRIGGER.search(source)
    if first is None:
        return None
    if tree is None:
        tree = ast.parse(source)
    body: List[ast.stmt] = list(getattr(tree, "body", []))
    lines = _split_lines(source)
    texts = ["".join(lines[_span(s)[0] - 1:_span(s)[1]]) for s in body]
    judge = _CallJudge(source, tree, lines, texts, small_scale, _HotLines(source, lines, first.start()), deep_layers)
    # _stmt_candidates skips at once every statement with no hot line (_HotLines)
    seeds: Set[int] = {i for i, stmt in enumerate(body) if _stmt_candidates(stmt, judge)}
    if not seeds:
        return None
    names = [_defined_name(s) for s in body]
    keep = set(seeds)
    # Forward code that multiplies with a seed's module-level weights or activates them (NumPy/TF1
    # `forward(X, params)`, `linear_activation_forward(A, parameters["W" + str(l)], ..., "relu")`): it
    # decides which activation consumes each layer and whether the layer is hidden.
    weight_names = _weight_names([body[i] for i in seeds])
    if weight_names:
        for i in range(len(body)):
            if i not in keep and (_MATMUL_TEXT.search(texts[i]) or _RELU_TEXT.search(texts[i])
                                  or _TANH_TEXT.search(texts[i])) and any(_mentions(texts[i], n) for n in weight_names):
                keep.add(i)
    # Who uses a seed function or variable (weight_variable(shape) called per layer, model.apply(init_fn),
    # a kernel passed on to ndimage.convolve).
    for j in sorted(seeds):
        if names[j] and not isinstance(body[j], ast.ClassDef):
            for i in range(len(body)):
                if i not in keep and _mentions(texts[i], names[j]) and not _is_registration(body[i]):
                    keep.add(i)
    # What the kept code names (its layer classes, helpers, visitors, the model a visitor is applied to),
    # two levels deep.
    for _ in range(2):
        for j in list(keep):
            for i, name in enumerate(names):
                if i not in keep and name and _mentions(texts[j], name):
                    keep.add(i)
    # The classes a kept class builds, at any depth: a blanket init matches every layer of the class that
    # applies it and of the classes it instantiates, transitively (Context.class_layers).
    todo = [j for j in keep if isinstance(body[j], ast.ClassDef)]
    classes = [i for i, stmt in enumerate(body) if isinstance(stmt, ast.ClassDef)]
    while todo:
        j = todo.pop()
        for i in classes:
            if i not in keep and _mentions(texts[j], names[i]):
                keep.add(i)
                todo.append(i)
    # Subclasses of kept classes: Context relates a class to its bases and subclasses in this file (a
    # parameter only a subclass declares decides the rank of what the base class initialises).
    kept_classes = {names[j] for j in keep if isinstance(body[j], ast.ClassDef)}
    while kept_classes:
        added = set()
        for i, stmt in enumerate(body):
            if i not in keep and isinstance(stmt, ast.ClassDef) \
                    and any(_last_name(b) in kept_classes for b in stmt.bases):
                keep.add(i)
                added.add(stmt.name)
        kept_classes = added
    # A checkpoint loaded into a kept model (model.apply(init) then model.load_state_dict(...)) overwrites
    # what the init wrote.
    kept_vars = [names[j] for j in keep if isinstance(body[j], ast.Assign) and names[j]]
    if kept_vars:
        for i in range(len(body)):
            if i not in keep and isinstance(body[i], ast.Expr) and "load_state_dict" in texts[i] \
                    and any(_mentions(texts[i], n) for n in kept_vars):
                keep.add(i)
    keep |= {i for i, stmt in enumerate(body) if _always_kept(stmt)}
    # 0: outside every kept statement (dropped: libcst pays for blank lines too, ~15% of the parse on
    # timm, and LazyPositions places each top-level statement by its ast start line, so dropping lines
    # between statements moves no position); 1: kept; 2: an unneeded method inside a kept class (blanked,
    # since positions inside a statement are counted from its first line)
    keep_lines = bytearray(len(lines) + 2)
    for i in keep:
        a, b = _span(body[i])
        for ln in range(a, b + 1):
            keep_lines[ln] = 1
        if isinstance(body[i], ast.ClassDef):
            for a, b in _unneeded_methods(body[i], judge, lines):
                for ln in range(a, b + 1):
                    keep_lines[ln] = 2
    out = [line if keep_lines[n] == 1 else _blank(line) for n, line in enumerate(lines, start=1) if keep_lines[n]]
    return "".join(out), tree, sorted({_span(body[i])[0] for i in keep})


# Methods that define layers, apply them, or (re)initialise them.
_STRUCTURAL = {"__init__", "setup", "build", "__call__", "call", "forward", "reset_parameters", "_reset_parameters",
               "init_weights", "_init_weights", "_initialize_weights", "initialize_weights", "reset"}


_SELF_ATTR = re.compile(r"\bself\.(\w+)")
_SELF_SET = re.compile(r"\bself\.(\w+)\s*(?::[^=\n]*)?=(?!=)")
_SELF_CALL = re.compile(r"\bself\.(\w+)\s*(?:\[[^\]\n]*\]\s*)?\(")


def _unneeded_methods(cls: ast.ClassDef, judge: _CallJudge, lines: List[str]):
    """Line spans of methods the analysis never needs (checkpoint loading, feature hooks, ...)."""
    methods = [m for m in cls.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if len(methods) < 2:
        return []
    by_name = {m.name: m for m in methods}
    texts = {m.name: "".join(lines[_span(m)[0] - 1:_span(m)[1]]) for m in methods}
    needed = set()
    a, b = _span(cls)
    class_text = "".join(lines[a - 1:b])
    saved = judge.enter_class((a, b))
    assigned = set(_SELF_SET.findall(class_text))  # self.X = ...: submodules and tensors (not inherited methods)
    try:
        for m in methods:
            text = texts[m.name]
            if m.name in _STRUCTURAL or m.name.startswith(("forward", "_forward")) \
                    or any(attr in assigned and attr not in by_name for attr in _SELF_CALL.findall(text)) \
                    or _stmt_candidates(m, judge, cls.name) \
                    or judge.builds_layers(text):
                # applies a submodule (self.body(x)): the dataflow needs it, whatever the method is called;
                # builds a layer (reset_classifier's nn.Linear) or a block of this file: a blanket init matches
                # every layer the class owns in any method (Context.class_layers)
                needed.add(m.name)
    finally:
        judge.leave_class(saved)
    # and every method a needed one mentions (self.reset_parameters(), self.apply(self._init_weights))
    todo = list(needed)
    while todo:
        for attr in _SELF_ATTR.findall(texts[todo.pop()]):
            if attr in by_name and attr not in needed:
                needed.add(attr)
                todo.append(attr)
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

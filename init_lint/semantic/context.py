"""Facts about one initializer site that the rules need.

Every rule asks the same questions — is the target a weight, is the init
blanket or targeted, is the layer hidden, is the tensor overwritten later,
which activation consumes it — so they are answered once, here.

Everything that relates one site to the others (numbered weights of a scope,
later writes, re-initialising methods, related classes) is looked up in an
index built once per file, never by a scan of all sites per site.
"""

from __future__ import annotations

import ast
import bisect
import fnmatch
import re
from functools import cached_property
from typing import AbstractSet, Callable, Dict, FrozenSet, Iterable, Iterator, List, Literal, NamedTuple, Optional, Sequence, Set, Tuple, Union

from ..fix.intents import Span
from ..options import Options
from ..vocab import roles as W
from ..vocab.ops import PRODUCTS
from ..vocab.act_names import SLIM_PREFIXES, SLIM_RELU_LAYERS
from .activations import act_from_reference, call_arg_values, family as act_family
from .astutil import (arg, decorated_with, dotted, enumerated_item, functional_update, is_gradient_target, last_name,
                      listwise_update, loop_pairs, own_scope, param_defaults, param_names, passed_for, rebinds, root_name, self_update,
                      string_comparison,
                      string_value, updated_entries, updated_names, walk)
from .evaluator import Evaluator
from .flow import (GATE_ACTS, comprehended, SHARED_SCOPE, Facts, Flow, name_key_scopes, name_key_versions, plain_name_key,
                   site_version)
from .keys import is_tensor_key, tensor_key, tensor_name
from .model import (PARTIAL_LOAD, SUBMODULE_LOAD, _INSPECTORS, _KERAS, Class, Function, Layer, Loop, Model, Site, _dict_key, _self_attr,
                    constructor_call, factory_layer, framework_module, parent_classes, settle_writes)
from .uses import SCALE_WORDS, has_norm_call, param_uses

_ARGLESS_METHOD_CALL = re.compile(r"\.(\w+)\(\)")

_DECOMPOSITIONS = {"qr", "svd", "eig", "eigh", "polar", "orth", "schur"}
RESET_METHODS = {"reset_parameters", "_reset_parameters", "init_weights", "_init_weights", "reset", "initialize",
                 "_initialize_weights", "initialize_weights", "init_params", "_init_params", "weights_init",
                 "build", "setup", "post_init", "_init"}

# a method named as a re-initialisation, whatever its prefix (`hom_init_`, `init_parameters`, `reset_params`,
# `_reinit`): `init`/`initialize`/`reinit`/`reset` as a whole word of the name (not `initializer`, `init_hidden`'s
# state aside: only a method writing the same tensor again counts)
_REINIT_NAME = re.compile(r"(?:^|_)(?:re)?(?:init|initiali[sz]e|reset)(?:_(?:weights?|params|parameters)?)?_?$|"
                          r"^_*(?:re)?(?:init|initiali[sz]e|reset)_(?:weights?|params|parameters|[a-z]+_weights?)_?$")


def _builds_network(value: Optional[ast.expr]) -> bool:
    """`Sequential(...)`, `Model(...)`, `ModuleList(...)`, stax's `serial(...)`: a network built of layers."""
    return isinstance(value, ast.Call) and (last_name(value.func) or "") in ("Sequential", "Model", "ModuleList", "serial")


# Where a weight's layer sits in the network, as the dataflow shows it: feeding an activation or another layer
# (hidden), reaching the result (output), added to a residual stream (residual), set by a walk over every
# layer of a kind (blanket), never applied (dead), or not known.
Position = Literal["hidden", "output", "residual", "blanket", "dead", "unknown"]


def _split_number(name: str) -> Optional[Tuple[str, int]]:
    """`W12` -> ("W", 12); None without a trailing number (or with an absurd one). A `(\\d+)$` search would
    be quadratic on a long run of digits, and int() refuses over 4,300 of them."""
    stem = name.rstrip("0123456789")
    digits = name[len(stem):]
    if not digits or len(digits) > 9:
        return None
    return stem, int(digits)

_BUILTIN_TYPES = {"int", "float", "str", "bool", "list", "tuple", "dict", "set", "type", "object", "bytes"}
_LAYERISH = re.compile(r"(Linear|Conv|Dense|LSTM|GRU|RNN|Embedding|Projection)(\d*[dD])?$")

Act = Tuple[str, Optional[float]]


class Pairing(NamedTuple):
    act: Act
    layer_name: str
    act_node: ast.AST
    # the init is shared by instances the pairing does not cover (a wrapper class's constructor, whose other
    # instances may pass another gain): reported, but never rewritten in place
    shared: bool = False


def _lasts(c: Class) -> Set[str]:
    return {b.rsplit(".", 1)[-1] for b in c.bases}


class Context:
    def __init__(self, model: Model, facts: Optional[Facts], options: Options, filename: str = "",
                 line_names: Optional[Callable[[int], str]] = None) -> None:
        self.m = model
        # how messages name a line of the source: "line 24", or "cell 3, line 2" in a notebook
        self.line_names = line_names or _plain_line
        self._facts = facts  # None: run the dataflow on first use (the `facts` property)
        self.options = options
        self.test_file = _is_test_file(filename) and (_holds_tests(model.module) or _in_test_directory(filename))
        self._class_layers_cache: Dict[str, List[Layer]] = {}
        self._handed_cache: Dict[str, List[ast.Call]] = {}  # class -> the calls its builds hand it (_handed_calls)
        self._globals_cache: Dict[int, Set[str]] = {}  # id(function node) -> _declared_global
        self._bookkeeping_cache: Dict[Tuple[str, int], bool] = {}  # (name, id(scope)) -> _bookkeeping_only
        self._argument_layers: Dict[Tuple[str, str], List[Layer]] = {}
        self._handed_in_cache: Dict[str, bool] = {}
        self._normed_cache: Dict[int, Dict[str, int]] = {}  # id(function node) -> what it weight-norms, and where
        self._normalised_cache: Dict[int, Set[str]] = {}  # id(class node) -> its lists normalised element by element
        self._holders_cache: Dict[str, Set[str]] = {}  # module-level name -> the names that come to hold it
        self._complement_cache: Dict[int, Set[str]] = {}  # id(scope) -> names it uses as `1 - name`
        self._network_builders: Dict[int, bool] = {}  # id(function node) -> _returns_network
        self._wrapped_cache: Dict[int, Set[str]] = {}  # id(function node) -> what it hands to equal_lr / spectral_norm
        self._uses_cache: Dict[Tuple[str, str], Set[str]] = {}
        # answers a rule computes once per file and reads per site (keyed by the rule's own tuples), so no
        # rule has to rescan every site of a scope for each site: that was quadratic in the sites
        self.memo: Dict[Tuple[object, ...], object] = {}
        self._related_cache: Dict[int, List[Class]] = {}
        self._trained_cache: Dict[int, Set[str]] = {}
        self._updated_cache: Dict[int, Set[str]] = {}
        self._updated_attr_cache: Dict[int, Set[str]] = {}
        self._arm_tests: Dict[int, Dict[int, List[ast.expr]]] = {}  # (unselected_arm)
        self._returned_cache: Dict[str, Set[str]] = {}

    @cached_property
    def facts(self) -> Facts:
        """The dataflow facts, computed when a rule first asks: most sites are settled without them (on timm
        25 of the 181 files that pass the prefilter ask), and the Flow walk costs as much as the rules."""
        return self._facts if self._facts is not None else Flow(self.m).run()

    # ---------------------------------------------------------------- positions
    def line_of(self, node: Optional[ast.AST]) -> int:
        if node is None or getattr(node, "lineno", None) is None:
            return 0
        return self.m.source.start(node)[0]

    def line_label(self, node: Optional[ast.AST]) -> str:
        """How a message refers to the node's line ("" when it has none)."""
        line = self.line_of(node)
        return self.line_names(line) if line else ""

    def span(self, node: ast.AST) -> Span:
        """The node's extent in characters (outer parentheses excluded, as ast positions are)."""
        line, col = self.m.source.start(node)
        end_line, end_col = self.m.source.end(node)
        return Span(line, col, end_line, end_col)

    # ---------------------------------------------------------------- indexes (built once, on first use)
    @cached_property
    def _sites_by_func(self) -> Dict[int, List[Site]]:
        """Sites per scope: id of the Function (0 for module level), in site order."""
        out: Dict[int, List[Site]] = {}
        for site in self.m.sites:
            out.setdefault(id(site.func) if site.func is not None else 0, []).append(site)
        return out

    def sites_in(self, func: Optional[Function]) -> List[Site]:
        """The sites of one scope (the same Function object; None: module level), in order."""
        return self._sites_by_func.get(id(func) if func is not None else 0, [])

    @cached_property
    def _sites_by_func_node(self) -> Dict[int, List[Site]]:
        out: Dict[int, List[Site]] = {}
        for site in self.m.sites:
            if site.func is not None:
                out.setdefault(id(site.func.node), []).append(site)
        return out

    @cached_property
    def _numbered(self) -> Dict[Tuple[int, str], int]:
        """(scope, prefix) -> the highest number of a numbered weight key (`w:W2` -> ("W", 2)) in that scope."""
        out: Dict[Tuple[int, str], int] = {}
        for site in self.m.sites:
            if not is_tensor_key(site.key):
                continue
            name = tensor_name(site.key)
            numbered = _split_number(name)
            if numbered is None:
                continue
            k = (id(site.func) if site.func is not None else 0, numbered[0])
            n = numbered[1]
            if out.get(k, -1) < n:
                out[k] = n
        return out

    @cached_property
    def _writes_in_scope(self) -> Dict[Tuple[str, int], List[int]]:
        """(written key, id of the scope's function node) -> orders of the writes there."""
        settle_writes(self.m)  # (`write_branches` is read only after this, by `overwritten`)
        out: Dict[Tuple[str, int], List[int]] = {}
        for wkey, writes in self.m.writes.items():
            for order, where in writes:
                out.setdefault((wkey, where), []).append(order)
        return out

    @cached_property
    def _last_state_load(self) -> Dict[Tuple[int, str], int]:
        """(scope, object) -> order of the last load_state_dict into that object there."""
        out: Dict[Tuple[int, str], int] = {}
        for order, where, owner in self.m.state_loads:
            if out.get((where, owner), -1) < order:
                out[(where, owner)] = order
        return out

    @cached_property
    def _gate_sites(self) -> Dict[Tuple[str, str], List[Site]]:
        """(class name, target text) -> zero-initialised sites, in order."""
        out: Dict[Tuple[str, str], List[Site]] = {}
        for site in self.m.sites:
            if site.cls is not None and site.dist.kind == "zeros":
                out.setdefault((site.cls.name, site.target_text), []).append(site)
        return out

    @cached_property
    def _visitor_sites(self) -> Dict[str, List[Site]]:
        """Sites of a module visitor (`_init_weights(self, module)`, a function given to .apply) writing
        `<base_var><suffix>`, by suffix (".weight"), in order."""
        out: Dict[str, List[Site]] = {}
        for site in self.m.sites:
            if site.func is None or not site.base_var:
                continue
            if site.func.name not in RESET_METHODS and site.func.name not in self.m.applied_fns:
                continue
            t = _tensor_text(site.target_text)
            if t.startswith(site.base_var):
                out.setdefault(t[len(site.base_var):], []).append(site)
        return out

    @cached_property
    def _by_base(self) -> Dict[str, List[Class]]:
        """Last name of a base -> classes of this file deriving from it."""
        out: Dict[str, List[Class]] = {}
        for c in self.m.classes.values():
            for b in _lasts(c):
                out.setdefault(b, []).append(c)
        return out

    @cached_property
    def _class_order(self) -> Dict[int, int]:
        return {id(c): i for i, c in enumerate(self.m.classes.values())}

    @cached_property
    def _layers_by_owner(self) -> Dict[Optional[str], List[Layer]]:
        out: Dict[Optional[str], List[Layer]] = {}
        for layer in self.m.layers.values():
            out.setdefault(layer.owner, []).append(layer)
        return out

    @cached_property
    def _blocks_by_name(self) -> Dict[str, List[Layer]]:
        out: Dict[str, List[Layer]] = {}
        for layer in self.m.layers.values():
            if layer.kind == "block":
                out.setdefault(layer.name, []).append(layer)
        return out

    @cached_property
    def _applying_classes(self) -> Dict[str, List[Class]]:
        """Function name -> the classes (in file order) that apply it (`self.apply(fn)`)."""
        out: Dict[str, List[Class]] = {}
        for c in self.m.classes.values():
            for fn in c.applied_fns:
                out.setdefault(fn, []).append(c)
        return out

    def batched_matrices(self, s: Site) -> bool:
        """A parameter of rank 3 or more that its class only multiplies with matmul/bmm/einsum/@ (never a
        convolution): a stack of matrices, each multiplying the input along one axis."""
        targets = self.param_targets(s)
        return bool(targets) and all("matmul" in u and "convolved" not in u
                                     for u in (self.uses(c, a) for c, a in targets))

    def unapplied_visitor(self, s: Site) -> bool:
        """A module-level init function (`def init_fun(m): ... normal_(m.weight, 0.0, 0.02)`) that nothing in this
        file applies or calls: which modules it will visit is decided elsewhere, so the layers this file happens
        to hold (an imported feature extractor among them) are no list of its targets."""
        if s.cls is not None or s.func is None or not s.filters:
            return False
        name = s.func.name
        return not (self._applying_classes.get(name) or self.m.applied_to.get(name) or self.m.applied_at.get(name)
                    or self.m.calls_of(name))

    def visitor_passed_over(self, s: Site) -> bool:
        """An unapplied init function in a file that applies others of its own (`net.apply(init_uniform)` under
        `__main__`, `init_kaiming_uniform` defined next to it and never used): the file shows which visitor its
        networks get, and this one is not it, so no layer of the file is a consumer of what it writes."""
        if not self.unapplied_visitor(s):
            return False
        applied = set(self._applying_classes) | set(self.m.applied_to) | set(self.m.applied_at)
        return any(name != s.func.name and fn.cls is None for name in applied  # type: ignore[union-attr]
                   for fn in [self.m.functions.get(name)] if fn is not None)

    # ---------------------------------------------------------------- weight?
    def is_weight(self, s: Site) -> bool:
        if not s.dist.trainable or self.in_test(s) or self.untrained_local(s) or self.untrained_demo_class(s) \
                or self.untrained_script_network(s) \
                or self.untrained_variable_demo(s) or self.untrained_module_layer(s) or self.layer_input_only(s) \
                or self.inspected_only(s) or self.unclaimed_tf_return(s) or self.untrained_local_network(s) \
                or self.dropped_gradient_demo(s) or self.mixing_coefficient(s) or self.frozen_after_visit(s) \
                or self.frozen_module(s):
            return False
        if s.layer is None and self._scalar_numpy_draw(s.dist.base_call or s.dist.node):
            return False  # w = tf.Variable(np.random.rand()): one number (a regression slope), no units to break
        if s.assigned_name and s.assigned_name in self._one_hot_operands:
            return False  # xenc @ W with xenc = F.one_hot(xs): a row lookup, an embedding table (RULES: not a weight)
        if self.decomposed_only(s):
            return False
        if self.accumulator(s) or self.copied_buffer(s):
            return False
        if s.returned and s.func is not None and id(s.func.node) in self.m.dispatch_helpers:
            return False  # an arm of a string-dispatched helper: judged as the value of the calls that pick it
        if s.returned and self._bias_helper(s):
            return False
        if self._building_block(s):
            return False
        if s.wrapper is None and s.keyword is None and id(s.dist.node) in self.m.ev.wrapped:
            return False  # `w = randn(...)` later wrapped (`self.W = nn.Parameter(w)`): judged as the parameter
        role = self.role(s)
        # (`self.K = self.add_weight("K", ..., initializer=...)`: the site is the keyword, the attribute its name)
        attr_text = s.assigned_name if s.assigned_name and s.assigned_name.startswith("self.") else s.target_text
        in_matmul = s.key in self.m.matmul_keys or (
            s.cls is not None and s.key == f"{s.cls.key}.{attr_text[5:]}" and f"self:{attr_text[5:]}" in self.m.matmul_keys)
        own_attr = attr_text[5:] if s.cls is not None and attr_text.startswith("self.") else ""
        if role == W.NORM and in_matmul and s.layer is None and _compound_weight_name(attr_text) \
                and (s.wrapper in ("Parameter", "Variable") and len(s.dist.shape) >= 2
                     or s.cls is not None and own_attr in s.cls.param_attrs
                     and (len(s.dist.shape) >= 2 or (s.cls.param_ranks.get(own_attr) or 0) >= 2)):
            # self.weight_mean = nn.Parameter(th.Tensor(n_in, n_out)); th.matmul(feat, self.weight_mean): a weight
            # matrix the forward pass multiplies the input with, whatever statistic its name also recalls (RULES: a
            # rank >= 2 Parameter used as an operand of matmul is a weight; norm parameters are vectors)
            role = W.WEIGHT
        if role == W.WEIGHT and s.layer is None and s.keyword in (None, "param", "initializer") and s.dist.rank() == 1 \
                and (not in_matmul or self._matrix_namesake(s)) \
                and (s.dist.kind in ("constant", "zeros") or _row_vector(s.dist.shape)):
            # weights = tf.Variable(tf.ones([num_arms])), weight = torch.randn((1, in_features)) used elementwise:
            # a vector of preferences or scales, no input multiplied with it (RULES: rank-1 is not a weight)
            return False
        if role == W.WEIGHT and self.unused_module_tensor(s):
            return False
        if role == W.WEIGHT and s.layer is None and self._noise_scale(s):
            return False  # RULES: a parameter of a probability distribution (NoisyNet's sigma) is not a weight
        if role == W.WEIGHT and self.initialises_nothing(s):
            return False
        if role == W.WEIGHT and self.configurable_fill(s):
            return False
        if role == W.WEIGHT:
            return True
        if role == W.STATE and "w" in (s.assigned_name or s.target_text).rsplit(".", 1)[-1].lower() \
                and s.wrapper in ("Parameter", "Variable") \
                and in_matmul and len(s.dist.shape) >= 2:
            # self.VW = tf.Variable(...) multiplied with the stream: a value head, not a velocity; d_w1 =
            # tf.get_variable("d_w1", [5, 5, 1, 32], ...) convolved with the images: the discriminator's kernel,
            # not a gradient (no gradient is a created variable that the forward pass multiplies with)
            return True
        if role == W.STATE and s.wrapper in ("Parameter", "Variable") and in_matmul and len(s.dist.shape) >= 2 \
                and s.dist.kind in ("normal", "uniform", "family") \
                and (_tensor_text(s.target_text).rsplit(".", 1)[-1].lower() in ("out", "output")
                     or s.target_text in ("h", "hidden") and s.target_text in self._right_only_operands):
            # out = tf.Variable(tf.random_normal([n_hidden, n_class])); matmul(h, out): the output layer; h =
            # tf.Variable(tf.random_normal([n_input, n_hidden])); matmul(x, h): the hidden layer's (a drawn state
            # is no created variable the forward pass multiplies with)
            return True
        if role == W.UNKNOWN and in_matmul and len(s.dist.shape) >= 2:
            if s.wrapper in ("Parameter", "Variable"):
                return True
            if s.wrapper is None and is_tensor_key(s.key) and "[" in s.target_text \
                    and tensor_name(s.key) in self._updated_entries:
                # parameters['A1'] = randn(4, 2) * 0.01; dot(parameters['A1'], X); parameters['A1'] -= lr * dA1:
                # an entry of a params dict that the forward pass multiplies with and a step updates
                return True
            # R = randn(784, 36) * 0.001; sigm(X @ R); R += lr * dR: multiplied with the input and updated
            name = s.assigned_name
            if s.cls is not None and s.wrapper is None and s.target_text.startswith("self.") \
                    and s.target_text[5:].isidentifier():
                # self.theta = normal(size=50).reshape(50, 1); matmul(X, self.theta); self.theta = self.theta -
                # beta * grad: an attribute of a from-scratch model, multiplied with the input and updated
                return s.target_text[5:] in self._updated_attrs(s.cls)
            return bool(name) and s.wrapper is None and _tensor_text(s.target_text) == name \
                and (name in self._updated_names(s.func.node if s.func is not None else self.m.module)
                     or s.func is None and self._handed_to_training(name, stepping=True))  # U, V, W = train(U, V, W, X, Y)
        if role == W.UNKNOWN and s.wrapper in ("Parameter", "Variable") and len(s.dist.shape) >= 2 \
                and is_tensor_key(s.key) and s.key in self.facts.unpacked and s.key in self.facts.applied:
            # filters = self.get_var(initial_value, ...), returned (`return filters, biases`) to a caller that
            # convolves with it under another name (`filt, b = self.get_conv_var(...)`; `tf.nn.conv2d(x, filt,
            # ...)`): a trained variable the dataflow saw applied as a layer's weight
            return True
        return False

    def _bias_helper(self, s: Site) -> bool:
        """A helper whose every call assigns its result to a bias (`conv_b1 = zero_weight((32,))`, `fc_b =
        zero_weight((10,))`): whatever its name says, what it makes is a bias (RULES: zero biases)."""
        targets = self.helper_targets(s)
        return bool(targets) and all(
            W.role_of_name(t) == W.BIAS or "_" in t and W.role_of_name(t.rsplit("_", 1)[1]) == W.BIAS for t in targets)

    def _building_block(self, s: Site) -> bool:
        """The draw a module-level helper returns (`def truncated_normal(shape): W = ...; return W * std + mean`)
        where every call of it in this file scales the result (`truncated_normal(shape) * np.sqrt(2 / fan_in)`): a
        unit draw that initializers build on, judged where they scale it, not at its own scale."""
        fn = s.func
        if fn is None or fn.cls is not None or fn.parent is not None or not (
                s.returned or s.assigned_name and s.assigned_name in self._returned_names(fn.name)):
            return False
        calls = self.m.calls_of(fn.name, self.m.module_definition(fn.name, fn.node))
        return bool(calls) and all(id(call) in self._scaled_operands for call, _, _ in calls)

    @cached_property
    def _scaled_operands(self) -> Set[int]:
        """ids of the expressions the module multiplies by something (or divides)."""
        return {id(side) for n in self.m.nodes_of(ast.BinOp) if type(n.op) in (ast.Mult, ast.Div)
                for side in ((n.left, n.right) if type(n.op) is ast.Mult else (n.left,))}

    def _base_rebound(self, s: Site, key: str, line: int) -> bool:
        """`m = self.model[0]; m.weight.normal_(0, 1)`, then `m = self.model[2]; kaiming_uniform_(m.weight)`: the
        plain name the written tensor hangs off is bound again between the site and the write, so the later
        `m.weight` is another layer's."""
        base = key.split(".", 1)[0].split("[", 1)[0]
        if not base.isidentifier() or base == "self" or base == key or s.stmt is None:
            return False
        start = s.stmt.lineno
        scope = s.func.node if s.func is not None else self.m.module
        return any(type(n) is ast.Assign and start < n.lineno < line  # type: ignore[attr-defined]
                   and any(type(t) is ast.Name and t.id == base for t in n.targets)  # type: ignore[attr-defined]
                   for n in walk(scope))

    def _updated_attrs(self, cls: Class) -> Set[str]:
        """Attributes a method of the class changes by a step: `self.W -= lr * dW`, `self.W = self.W - lr * dW`."""
        found = self._updated_attr_cache.get(id(cls))
        if found is None:
            found = self._updated_attr_cache[id(cls)] = set()
            for n in walk(cls.node):
                if isinstance(n, (ast.For, ast.AsyncFor)):
                    # an item of a list attribute updated in place: `for i, w in enumerate(self.pesos): w += step`
                    items: Dict[str, str] = {}
                    for item, source in loop_pairs(*enumerated_item(n.target, n.iter)):
                        walked = _self_attr(source)
                        if isinstance(item, ast.Name) and walked:
                            items[item.id] = walked
                    found.update(items[x.target.id] for x in walk(n) if isinstance(x, ast.AugAssign)
                                 and isinstance(x.op, (ast.Add, ast.Sub)) and isinstance(x.target, ast.Name)
                                 and x.target.id in items)
                    continue
                if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub)):
                    target = n.target.value if isinstance(n.target, ast.Subscript) else n.target  # (self.W[i] -= ...)
                    attr = _self_attr(target)
                elif isinstance(n, ast.Assign) and len(n.targets) == 1 and (
                        self_update(n.targets[0], n.value)
                        or isinstance(n.value, ast.ListComp) and listwise_update(n.targets, n.value) is not None):
                    attr = _self_attr(n.targets[0])  # (`self.pesos = [p - eta * g for p, g in zip(self.pesos, ...)]`)
                else:
                    continue
                if attr:
                    found.add(attr)
        return found

    def _scalar_numpy_draw(self, node: Optional[ast.AST]) -> bool:
        """A NumPy draw of one number: `np.random.rand()`, `np.random.randn()`, `np.random.normal(0, 1)` (no size)."""
        if not isinstance(node, ast.Call) or node.keywords and any(k.arg in ("size", "shape") for k in node.keywords):
            return False
        q = self.m.ev.qname(node.func) or ""
        if q in ("numpy.random.rand", "numpy.random.randn", "numpy.random.random", "numpy.random.random_sample",
                 "numpy.random.ranf", "numpy.random.sample"):
            return not node.args and not node.keywords
        if q in ("numpy.random.normal", "numpy.random.uniform"):
            # (numbers only: `normal((n_in, n_out))` is a shape passed as the mean, INI006's)
            return len(node.args) <= 2 and all(self.m.ev.number(a) is not None for a in node.args)
        return False

    def unclaimed_tf_return(self, s: Site) -> bool:
        """A plain TF tensor (not a Variable) that a module-level function returns, where nothing in the file
        names that function: a TF tensor is immutable, so only a caller wrapping it in a Variable or handing the
        function to a layer as its initializer would make it a weight, and no caller is here (DeepReg's
        `rectangular_kernel1d` returns `tf.ones(...)`, a fixed filter of a loss). A function with an
        initializer's signature (`shape` first, or a `dtype` parameter: a Keras initializer callable) is kept."""
        fn = s.func
        if s.dist.framework != "tf" or s.wrapper is not None or s.keyword is not None or s.layer is not None \
                or fn is None or fn.cls is not None or fn.parent is not None:
            return False
        if not (s.returned or s.assigned_name and s.assigned_name in self._returned_names(fn.name)):
            return False
        if fn.params[:1] == ("shape",) or "dtype" in fn.params:
            return False
        return not self._referenced(fn.name)

    def untrained_local_network(self, s: Site) -> bool:
        """A network built in a function and initialised there through a loop over its own parameters
        (`net = MLPnet(...)`; `for name, param in net.named_parameters(): normal_(param, 0, 1)`), in a file that
        takes no training step anywhere and runs networks under `torch.no_grad()`: a random network used as a
        fixed feature map (Deep Isolation Forest's representations), never trained (RULES: a trained weight
        needs an update step or optimizer)."""
        if s.func is None or s.func.name == "__init__" or not s.loops or s.dist.framework != "torch" \
                or "no_grad" not in self.m.source.text:
            return False
        loop = s.loops[-1].node
        it = getattr(loop, "iter", None)
        if not isinstance(it, ast.Call) or not isinstance(it.func, ast.Attribute) \
                or it.func.attr not in ("parameters", "named_parameters", "modules", "named_modules") \
                or not isinstance(it.func.value, ast.Name):
            return False
        net = it.func.value.id
        for node in walk(s.func.node.body):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id == net:
                value = node.value
                while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                        and value.func.attr in ("to", "cuda", "float", "double", "eval"):
                    value = value.func.value  # MLPnet(...).to(device)
                if not (isinstance(value, ast.Call) and (
                        isinstance(value.func, ast.Name) and value.func.id in self.m.classes
                        or (self.m.ev.qname(value.func) or "").startswith("torch.nn."))) or self._gradient_training:
                    return False
                # (handed to nothing named for training: `train_model(net, ...)` may train it in another module)
                return not any(_TRAINING_WORDS & _call_words(c)
                               and any(isinstance(a, ast.Name) and a.id == net for a in walk(c.args))
                               for c in self.m.nodes_of(ast.Call))
        return False

    @cached_property
    def _gradient_training(self) -> bool:
        """Whether the file takes a gradient step anywhere: `backward()`, an optimizer or its `step()`, an
        update in place (`p -= lr * g`). Unlike `_program_trains`, a `.fit()` does not count: scikit-learn's
        scalers and forests are fitted beside random networks that nothing trains."""
        for aug in self.m.nodes_of(ast.AugAssign):
            if isinstance(aug.op, ast.Sub):
                return True
        for call in self.m.nodes_of(ast.Call):
            last = _last_name(call.func)
            if last in ("backward", "grad", "zero_grad") or last in _OPTIMIZER_LASTS - _WRAPPER_LASTS \
                    or last.endswith("Optimizer") \
                    or last == "step" and isinstance(call.func, ast.Attribute) and not _environment_step(call):
                return True
            q = self.m.ev.qname(call.func) or ""
            if ".optim" in q or "optimizers" in q or q.startswith("optax."):
                return True
        return False

    def untrained_local(self, s: Site) -> bool:
        """RULES "What counts as a trained weight": a plain array bound to a bare name (no Parameter/Variable
        wrapper, no layer, not returned by a helper) is judged only with evidence that it is trained: it is
        updated (`w -= lr * g`, `w = w - ...`, `w.grad`), handed to an optimizer or a parameter wrapper, or
        stored into a container, attribute or return value (a params dict/list, judged where it goes). Without
        any, it is data: the input of a gradient check, a demo or benchmark, a plot, or a target generator."""
        name = s.assigned_name
        if not name and s.wrapper is None and s.dist.kind in ("constant", "zeros") and isinstance(s.stmt, ast.Assign) \
                and isinstance(s.stmt.value, ast.Dict) and s.target_text.split("[", 1)[0].isidentifier():
            # kernels = {"Sharpen": np.array(...), "Blur": np.ones((3, 3)) / 9}: an entry of a local dict literal is
            # judged as the dict is (RULES: a fixed kernel built from np.ones and never trained is data)
            base = s.target_text.split("[", 1)[0]
            scope = s.func.node if s.func is not None else self.m.module
            return not (s.func is not None and base in self._returned_names(s.func.name)) \
                and base in self._read_names(scope) and base not in self._trained_names(scope)
        if not name and s.wrapper is None and isinstance(s.stmt, ast.Assign) and isinstance(s.stmt.value, ast.Dict) \
                and len(s.stmt.targets) == 1 and isinstance(s.stmt.targets[0], ast.Name) \
                and s.target_text.startswith(s.stmt.targets[0].id + "["):
            # params = {"w1": normal(key, (32, 16)), ...} handed only to an optimizer's init/update and tree maps
            # (`optimizer.update(grads, opt_state, params)` with made-up grads): an optimizer's self-test; no
            # forward pass reads the entries, nothing computes a gradient from them
            scope = s.func.node if s.func is not None else self.m.module
            return self._bookkeeping_only(s.stmt.targets[0].id, scope)
        if not name and isinstance(s.stmt, ast.Expr) and s.target_text.isidentifier() \
                and not any(s.target_text in lp.var_names for lp in s.loops) \
                and not (s.func is not None and s.target_text in s.func.params):
            # w_large = torch.zeros(256, 256); init.normal_(w_large, std=1.0): a local drawn in place (not a loop's
            # parameter or module, nor a helper's argument)
            name = s.target_text
        if s.wrapper is not None or s.keyword is not None or s.layer is not None or s.returned or not name \
                or not name.isidentifier() or _tensor_text(s.target_text) != name:
            return False
        if s.func is not None and name in self._returned_names(s.func.name):
            return False
        if s.dist.framework == "tf":
            # a TF tensor is immutable: only a tf.Variable is trained, and a local wrapped in one
            # (`W = tf.Variable(w0)`) is judged there; a bare one is a shape-test input, data, a demo
            return True
        scope = s.func.node if s.func is not None else self.m.module
        if s.func is not None and name in self._declared_global(s.func.node):
            scope = self.m.module  # (`global W` in an init function: the program reads it elsewhere)
        if name not in self._read_names(scope):
            return True  # never read: a dead assignment, nothing multiplies, updates or stores it
        if name not in self._trained_names(scope):
            return True
        if scope is self.m.module and s.dist.framework == "torch" and name not in self._torch_trained_names \
                and not (s.stmt is not None and _requests_grad(s.stmt)):
            # a module-level torch tensor that autograd is never asked about (no requires_grad), that no step
            # updates and no optimizer or wrapper receives cannot be trained, however a forward pass written at
            # module level multiplies with it (`W = torch.rand(7, 5)`; `sigmoid(torch.mm(x, W) + b)`: a demo)
            return True
        if scope is self.m.module and self._redefined_untrained(s, name):
            return True
        if scope is self.m.module and s.dist.framework == "numpy" and self._checked_once(name):
            return True
        if scope is self.m.module and name not in self._updated_names(scope) and not self._program_trains \
                and not self._handed_to_training(name, stepping=True):
            # a script or notebook that never takes a training step (no update, no optimizer anywhere): a
            # tensor it multiplies or collects is the input of a gradient check, a benchmark, a demo (unless a
            # call named for training is handed it: `U, V, W = train(U, V, W, X, Y)` with `train` imported)
            return True
        if scope is self.m.module and s.dist.framework == "numpy" and name not in self._updated_names(scope) \
                and not _updates_arrays(self.m) and not self._trainer_runs() and not self._handed_to_training(name):
            # a NumPy array of a notebook whose only training is a framework's (`model.fit(...)` of a Keras model
            # built in a later cell): no step is written that could change an array, and none is handed it
            return True
        return False

    def frozen_after_visit(self, s: Site) -> bool:
        """A module visitor (`def weights_init(m)`) every application of which (`model = model.apply(weights_init)`)
        is followed, in the same function, by freezing that model (`for param in model.parameters():
        param.requires_grad = False`, `model.requires_grad_(False)`): the drawn weights are fixed random
        features, never trained (RULES: `requires_grad=False` tensors are not weights)."""
        text = self.m.source.text
        if s.func is None or s.func.cls is not None or "requires_grad" not in text \
                or not re.search(r"\.\s*apply\s*\(\s*" + re.escape(s.func.name) + r"\s*\)", text):
            return False  # (the text first: the visits are a walk of the whole file, a quarter of a large one's cost)
        shown = self._visits.get(s.func.name)
        if not shown or self._parameters_stepped:
            return False  # (a genetic algorithm's `for param in agent.parameters(): param += noise`: evolved)
        for scope, obj, line in shown:
            if not any(n.lineno > line for n in self._freezes(scope, obj)):
                return False
        return True

    def frozen_module(self, s: Site) -> bool:
        """A module's weight filled by hand and then frozen in the same function, the module itself or a container
        built from it (`gray = nn.Conv2d(3, 1, 1); gray.weight.data.fill_(1 / 3); self.sobel = nn.Sequential(gray,
        ...); for p in self.sobel.parameters(): p.requires_grad = False`): a fixed filter, never trained (RULES:
        `requires_grad=False` tensors are not weights; fixed kernels are data)."""
        if s.func is None or "requires_grad" not in self.m.source.text:
            return False
        head, sep, _ = s.target_text.partition(".weight")
        if not sep or not head or not all(part.isidentifier() for part in head.split(".")):
            return False
        holders = {head}
        fn = s.func.node
        for n in walk(fn):
            # (a container built from the module: `self.sobel = nn.Sequential(gray, sobel_filter)`)
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.value, ast.Call) \
                    and any(dotted(a) == head for a in n.value.args):
                target = dotted(n.targets[0])
                if target:
                    holders.add(target)
        line = getattr(s.dist.node, "lineno", 0)
        for n in walk(fn):
            if getattr(n, "lineno", 0) <= line:
                continue
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and n.value.value is False \
                    and any(isinstance(t, ast.Attribute) and t.attr == "requires_grad"
                            and dotted(t.value) in (f"{head}.weight", f"{head}.weight.data") for t in n.targets):
                return True  # gray.weight.requires_grad = False
        return any(getattr(f, "lineno", 0) > line for h in holders for f in self._freezes(fn, h))

    @cached_property
    def _parameters_stepped(self) -> bool:
        """Whether the file changes a module's parameters in place in a loop over them (`for param in
        agent.parameters(): param += noise`, `p.data.add_(...)`, `p.data -= lr * p.grad`): a step other than
        autograd's, a mutation or a hand-written update."""
        for n in self.m.nodes_of(ast.For):
            if not (isinstance(n.target, ast.Name) and isinstance(n.iter, ast.Call)
                    and isinstance(n.iter.func, ast.Attribute) and n.iter.func.attr in ("parameters", "values")):
                continue
            var = n.target.id
            for b in walk(n.body):
                if isinstance(b, ast.AugAssign) and root_name(b.target) == var:
                    return True
                if isinstance(b, ast.Call) and isinstance(b.func, ast.Attribute) \
                        and b.func.attr in ("add_", "sub_", "mul_", "copy_") and root_name(b.func.value) == var:
                    return True
        return False

    @cached_property
    def _visits(self) -> Dict[str, List[Tuple[ast.AST, str, int]]]:
        """Visitor name -> (enclosing function or module, receiver, line) of each `x.apply(fn)` written in the file,
        on a line of its own or assigned (`model = model.apply(weights_init)`)."""
        out: Dict[str, List[Tuple[ast.AST, str, int]]] = {}
        for scope, nodes in [(self.m.module, list(own_scope(self.m.module.body)))] + [
                (fn, list(own_scope(fn.body))) for fn in self.m.nodes_of(ast.FunctionDef)]:
            for n in nodes:
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "apply" \
                        and len(n.args) == 1 and not n.keywords and isinstance(n.args[0], ast.Name):
                    obj = dotted(n.func.value)
                    if obj:
                        out.setdefault(n.args[0].id, []).append((scope, obj, n.lineno))
        return out

    def _freezes(self, scope: ast.AST, obj: str) -> List[ast.stmt]:
        """The statements of `scope` that stop gradients for every parameter of `obj`."""
        out: List[ast.stmt] = []
        for n in walk(scope):
            if isinstance(n, ast.For) and isinstance(n.target, ast.Name) and isinstance(n.iter, ast.Call) \
                    and isinstance(n.iter.func, ast.Attribute) and n.iter.func.attr == "parameters" \
                    and dotted(n.iter.func.value) == obj:
                var = n.target.id
                if any(isinstance(b, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "requires_grad"
                                                         and dotted(t.value) == var for t in b.targets)
                       and isinstance(b.value, ast.Constant) and b.value.value is False
                       or isinstance(b, ast.Call) and _freezing_call(b, var) for b in walk(n)):
                    out.append(n)
            elif isinstance(n, ast.Expr) and isinstance(n.value, ast.Call) and _freezing_call(n.value, obj):
                out.append(n)
        return out

    def _bookkeeping_only(self, name: str, scope: ast.AST) -> bool:
        """Whether every read of `name` in `scope` is an argument of an optimizer's `init`/`update`, of a tree
        map or of a print: the tensors it holds are stepped, but nothing multiplies inputs with them."""
        cache_key = (name, id(scope))
        known = self._bookkeeping_cache.get(cache_key)
        if known is not None:
            return known
        handed: Set[int] = set()
        reads: List[int] = []
        for n in walk(scope):
            if type(n) is ast.Name and n.id == name and type(n.ctx) is ast.Load:  # type: ignore[attr-defined]
                reads.append(id(n))
            elif type(n) is ast.Call and (last_name(n.func) in _BOOKKEEPING_CALLS  # type: ignore[attr-defined]
                                          or (self.m.ev.qname(n.func) or "").startswith(("jax.tree", "optax."))):
                handed.update(id(a) for a in call_arg_values(n))  # type: ignore[arg-type]
        found = self._bookkeeping_cache[cache_key] = bool(reads) and all(r in handed for r in reads)
        return found

    def _declared_global(self, fn: ast.AST) -> Set[str]:
        """The names a function declares `global` or `nonlocal` (read elsewhere), made once per function."""
        found = self._globals_cache.get(id(fn))
        if found is None:
            found = self._globals_cache[id(fn)] = {g for n in walk(fn) if isinstance(n, (ast.Global, ast.Nonlocal))
                                                   for g in n.names}
        return found

    def _handed_to_training(self, name: str, stepping: bool = False) -> bool:
        """Whether a call named for training (`train(W1, X, y)`, `adam(grad(f), params)`) is handed `name`, or a
        module-level list, tuple or dict literal holding it (`params = [W1, b1]`). `stepping`: only a call named
        for changing what it is given (`train`, `fit`, `update`, `sgd`), not one that computes gradients
        (`lin_grad(inp, out, w, b)` of a gradient check)."""
        holders = self._module_holders(name)
        wanted = _STEPPING_WORDS if stepping else _TRAINING_WORDS
        for c in self.m.nodes_of(ast.Call):
            words = _call_words(c)
            named = words & wanted
            if not named or named <= {"update", "step"} and words & _DISPLAY_WORDS:
                continue
            if stepping and self._single_step(c):
                continue
            if any(type(n) is ast.Name and n.id in holders  # type: ignore[attr-defined]
                   for a in c.args + [k.value for k in c.keywords] for n in walk(a)):
                return True
            receiver = c.func.value if isinstance(c.func, ast.Attribute) else None
            if type(receiver) is ast.Name and receiver.id != name and receiver.id in holders \
                    and named & _RUN_WORDS and (c.args or c.keywords):  # type: ignore[attr-defined]
                # (not torch's `net.train()`, which only switches the mode)
                return True  # layer = NN_Layer(w_1, b_1); ...; trainer = Trainer(network); trainer.train(data)
        return False

    @cached_property
    def _module_stores(self) -> List[Union[ast.Assign, ast.Expr]]:
        """The assignments and expression statements that run at module level (function and class bodies apart)."""
        return [st for st in own_scope(self.m.module.body) if isinstance(st, (ast.Assign, ast.Expr))]

    def _module_holders(self, name: str) -> Set[str]:
        """`name` and the module-level names that come to hold it: a list, tuple or dict literal of it (`params =
        [W1, b1]`), an object built around it (`first_layer = NN_Layer(w_1, b_1, act)`, a class's constructor),
        an object it is stored into (`network.layers = layers`, `model.add(layer)`), each in turn (statements
        under `if __name__ == "__main__":` included). Found once per name."""
        known = self._holders_cache.get(name)
        if known is not None:
            return known
        stmts = self._module_stores
        holders = self._holders_cache[name] = {name}
        grown = True
        while grown:
            grown = False
            for st in stmts:
                got = _holder_targets(st, holders, self.m.ev)
                if got - holders:
                    holders |= got
                    grown = True
        return holders

    def _checked_once(self, name: str) -> bool:
        """A module-level array that the program hands, itself or in a dict or list literal, only to calls in no
        loop, one of them a single step of this file (`parameters = {"Waa": Waa, ...}`; `loss, gradients, a_last =
        optimize(X, Y, a_prev, parameters)`, then its results printed): a notebook's check of the step, while
        the training its `model()` runs starts from parameters of its own."""
        holders = {name}
        for st in _literal_holders(self.m.module.body, name):
            holders.update(t.id for t in st.targets if isinstance(t, ast.Name))
        stepped = False
        for names, looped, stepping, single in self._module_calls:
            if not names & holders:
                continue
            if looped or stepping and not single:
                return False
            stepped = stepped or stepping
        return stepped

    @cached_property
    def _module_calls(self) -> List[Tuple[Set[str], bool, bool, bool]]:
        """The calls of module-level statements (function and class bodies apart): the names their arguments
        read, whether they are in a loop, named for a training step, and a single step (`_single_step`)."""
        out: List[Tuple[Set[str], bool, bool, bool]] = []
        for stmt in self.m.module.body:
            if isinstance(stmt, _DEFS):
                continue
            for c in walk(stmt):
                if type(c) is not ast.Call:
                    continue
                names = {n.id for a in call_arg_values(c) for n in walk(a)  # type: ignore[arg-type]
                         if type(n) is ast.Name}  # type: ignore[attr-defined]
                if not names:
                    continue
                stepping = bool(_call_words(c) & _STEPPING_WORDS)  # type: ignore[arg-type]
                out.append((names, id(c) in self._looped_calls, stepping,
                            stepping and self._single_step(c)))  # type: ignore[arg-type]
        return out

    def _single_step(self, call: ast.Call) -> bool:
        """A call, in no loop, of a function of this file that loops over nothing (`loss, gradients, a_last =
        optimize(X, Y, a_prev, parameters)` in a notebook's check cell): one step taken to print its result, no
        training; a function named for training that is imported (`train(...)`) may loop where it is defined."""
        if id(call) in self._looped_calls or not isinstance(call.func, ast.Name):
            return False
        fn = self.m.functions.get(call.func.id)
        return fn is not None and fn.parent is None and fn.cls is None and not any(
            type(n) in (ast.For, ast.While, ast.AsyncFor) for n in walk(fn.node))

    @cached_property
    def _looped_calls(self) -> Set[int]:
        """ids of the calls written in a `for` or `while` loop."""
        return {id(n) for loop in self.m.nodes_of(ast.For) + self.m.nodes_of(ast.While)  # type: ignore[operator]
                for n in walk(loop) if type(n) is ast.Call}

    @cached_property
    def _torch_trained_names(self) -> Set[str]:
        """Names anything in the file gives training evidence for (an update, an optimizer or wrapper, a store,
        a `.grad` read) or asks autograd about (`w.requires_grad_()`, `w.requires_grad = True`); a forward pass
        alone is none."""
        out = _evidence(list(walk(self.m.module)), self.m)
        for n in self.m.nodes_of(ast.Attribute):
            if n.attr in ("requires_grad_", "requires_grad") and isinstance(n.value, ast.Name):
                out.add(n.value.id)
        for loop in self.m.nodes_of(ast.For):
            # for p in (W, b, W2, b2): p.requires_grad_() / p -= lr * p.grad: what the loop variable is given,
            # each tensor it walks is given
            if isinstance(loop.target, ast.Name) and loop.target.id in out \
                    and isinstance(loop.iter, (ast.Tuple, ast.List)):
                out.update(e.id for e in loop.iter.elts if isinstance(e, ast.Name))
        return out

    def _redefined_untrained(self, s: Site, name: str) -> bool:
        """A module-level definition (a notebook cell, a script line) that a later module-level statement
        defines anew (`W2 = torch.randn((100, 27))` for a worked forward pass, then `W2 = torch.randn((200, 27),
        generator=g)` cells later with the training loop) with no training evidence in between: the training
        trains the new definition, the first one is a demo array (RULES: a later cell that assigns a name again
        defines it anew; a tensor is judged as a weight only with evidence that it is trained)."""
        return self._redefined_after(s.stmt.lineno if s.stmt is not None else 0, name, 0)

    def _redefined_after(self, line: int, name: str, depth: int) -> bool:
        """`_redefined_untrained` for the definition of `name` at `line`. Stored in between into a module-level
        dict or list literal (`parameters = {"Waa": Waa, ...}` for a graded function's test cell), it is trained
        only if that container is: the container, in turn, must be defined anew with no training in between."""
        body = self.m.module.body
        later = [st for st in body if st.lineno > line]
        redefined = next((i for i, st in enumerate(later) if _assigns_anew(st, name)), None)
        if redefined is None:
            return False
        between = later[:redefined]
        holders = [st for st in _literal_holders(between, name) if len(st.targets) == 1
                   and isinstance(st.targets[0], ast.Name)] if depth < 1 else []
        rest = [st for st in between if not any(st is h for h in holders)]
        if name in _trained_names(ast.Module(body=rest, type_ignores=[]), self.m, module_level=True):
            return False
        if not all(self._redefined_after(h.lineno, h.targets[0].id, depth + 1) for h in holders):  # type: ignore[attr-defined]
            return False
        called = {n.func.id for st in between for n in walk(st) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        return not any(isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)) and st.name in called
                       and name in self._read_names(st) and _may_train_global(st, name) for st in body)

    def configurable_fill(self, s: Site) -> bool:
        """`class Constant: def __init__(self, const_value=0.1): ...; def initialize(self, shape, fan_in, fan_out):
        return np.full(shape, self.const_value)`: a framework's constant initializer, its value the constructor's
        parameter, used for biases as well as weights. Its definition is no weight; where a layer is given it, with
        the value that call passes, is (a draw, `np.random.rand(*shape)`, is judged where it is written)."""
        cls = s.cls
        if cls is None or s.func is None or s.func.name == "__init__" or s.dist.kind not in ("constant", "zeros") \
                or s.layer is not None or s.keyword is not None or s.target_text.startswith("self."):
            return False  # (a network's own `self.W = np.full(shape, self.c)` is its weight)
        init = cls.methods.get("__init__")
        if init is None:
            return False
        params = set(param_names(init))
        from_params = {_self_attr(t) for n in walk(init.body) if type(n) is ast.Assign and type(n.value) is ast.Name
                       and n.value.id in params for t in n.targets}  # type: ignore[attr-defined]
        return any(type(n) is ast.Attribute and type(n.value) is ast.Name and n.value.id == "self"  # type: ignore[attr-defined]
                   and n.attr in from_params for n in walk(s.dist.node))  # type: ignore[attr-defined]

    def initialises_nothing(self, s: Site) -> bool:
        """`for m in self.modules(): ... elif isinstance(m, nn.Linear): normal_(m.weight, std=0.001)` in a
        module that holds no Linear (an attention block's copied init template): the branch never runs. Only
        when every module the class holds is known (built here, none handed in)."""
        cls = s.cls
        if cls is None or not s.base_var or not any(lp.kind == "modules" and s.base_var in lp.var_names
                                                     and (lp.owner or "self") == "self" for lp in s.loops):
            return False
        types = next((f.types for f in s.filters if f.types and f.var == s.base_var), ())
        lasts = {t.rsplit(".", 1)[-1] for t in types}
        if not lasts or not all(t.startswith("torch.nn.") for t in types):
            return False
        held = self.class_layers(cls)
        if any(l.type_name.rsplit(".", 1)[-1] in lasts for l in held):
            return False
        if any(l.kind in ("block", "container") and l.type_name.rsplit(".", 1)[-1] not in self.m.classes
               and not l.type_name.startswith("torch.nn.") for l in held):
            return False
        return self._nothing_handed_in(cls)

    def _nothing_handed_in(self, cls: Class) -> bool:
        """No module reaches the class from outside: its constructor stores no parameter that a method calls
        (`self.backbone = backbone` ... `self.backbone(x)`). Remembered per class."""
        found = self._handed_in_cache.get(cls.name)
        if found is None:
            found = self._handed_in_cache[cls.name] = self._nothing_handed_in_uncached(cls)
        return found

    def _nothing_handed_in_uncached(self, cls: Class) -> bool:
        ctor = cls.methods.get("__init__")
        if ctor is None:
            return False
        params = {a.arg for a in ctor.args.args[1:] + ctor.args.kwonlyargs}
        handed = {t.attr for n in walk(ctor) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
                  and n.value.id in params for t in n.targets
                  if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"}
        # (a module handed in, `self.backbone = backbone`, is one the class calls: `self.backbone(x)`)
        return not any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in handed
                       and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"
                       for m in cls.methods.values() for n in walk(m))

    def unused_module_tensor(self, s: Site) -> bool:
        """A torch module's tensor that is no trained weight: a plain tensor attribute (`self.w = torch.rand(20,
        20)`: not a Parameter, no gradient, not in `parameters()`), or a parameter that no method of the class
        (or its relatives here) ever reads -- a registration demo whose `forward` does something else."""
        cls = s.cls
        if cls is None or s.layer is not None or s.keyword is not None or not s.target_text.startswith("self.") \
                or not any(b.rsplit(".", 1)[-1] == "Module" and b.startswith("torch") for b in cls.bases):
            return False
        attr = _tensor_text(s.target_text)[5:]
        if not attr.isidentifier():
            return False
        # (a draw judged at a call that sizes it, `Dense(784, 512)`, is located there: its statement asks)
        drawn = s.stmt.value if isinstance(s.stmt, ast.Assign) else s.dist.node
        if s.wrapper is None and s.assigned_name and s.dist.framework == "torch" and not _requests_grad(drawn) \
                and id(s.dist.node) not in self.m.ev.wrapped and attr not in cls.param_attrs \
                and not _grad_requested_later(cls, attr):
            return True
        others = [m for c in self._related(cls) + [cls] for name, m in c.methods.items() if name != "__init__"]
        if not others:
            return False  # nothing but a constructor: how it is used is not in this file
        return not any(isinstance(n, ast.Attribute) and n.attr == attr and isinstance(n.value, ast.Name)
                       and n.value.id == "self" for m in others for n in walk(m))

    def untrained_variable_demo(self, s: Site) -> bool:
        """A variable made at module level in a program that never takes a training step (no optimizer, no
        update), read at module level only and never multiplied with anything but other such variables
        (`W1 = tf.Variable(tf.random_normal([10, 25]))`; `sess.run(tf.matmul(W1, W2))`; `W3.eval()`): an API
        demo (RULES: judged by what the code does with the tensor). A variable a function reads, or one
        multiplied with an input (`tf.matmul(X, W1)`), is part of a network."""
        name = s.assigned_name
        if s.wrapper not in ("Variable", "Parameter") or s.func is not None or s.cls is not None or not name \
                or not name.isidentifier() or self._program_trains:
            return False
        return name in self._demo_variables

    def mixing_coefficient(self, s: Site) -> bool:
        """A bare tensor its scope also takes away from one (`w * a + (1 - w) * b`): the coefficients of a random
        interpolation (a WGAN-GP's random average of real and fake samples), data drawn per batch, not a layer's
        weight (no weight matrix is ever used as `1 - W`)."""
        name = s.assigned_name
        if s.wrapper is not None or s.layer is not None or not name or not name.isidentifier():
            return False
        scope = s.func.node if s.func is not None else self.m.module
        found = self._complement_cache.get(id(scope))
        if found is None:
            found = self._complement_cache[id(scope)] = {
                n.right.id for n in walk(scope) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub)
                and isinstance(n.right, ast.Name) and isinstance(n.left, ast.Constant) and n.left.value == 1}
        return name in found

    def dropped_gradient_demo(self, s: Site) -> bool:
        """A module-level variable read, until its name is bound again, only under a gradient tape and by that
        tape's `gradient(y, [W, b])`, whose result nothing uses (`grad_of_y_wrt_W_and_b = tape.gradient(y, [W,
        b])` in a book's autodiff demo): a gradient computed to be shown, no training step, so no trained weight
        (RULES: API demos are data)."""
        name = s.assigned_name
        stmt = s.stmt
        if s.wrapper != "Variable" or s.func is not None or s.cls is not None or not name or s.target_text != name \
                or not name.isidentifier() or stmt is None or ".gradient(" not in self.m.source.text:
            return False
        first, end, reads = self._reads_until_rebound(name, stmt, 1, 10 ** 9)
        if not reads:
            return False
        taped: Set[int] = set()  # ids of the reads under a tape, or among a gradient's sources
        for w in self.m.nodes_of(ast.With):
            if w.lineno >= first and w.lineno < end and any(
                    isinstance(i.context_expr, ast.Call) and last_name(i.context_expr.func) == "GradientTape"
                    for i in w.items):
                taped.update(id(n) for st in w.body for n in walk(st))
        for a in self.m.nodes_of(ast.Assign):
            call = a.value
            if not (first <= a.lineno < end and isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "gradient" and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name)):
                continue
            result = a.targets[0].id
            if any(n.id == result and isinstance(n.ctx, ast.Load) and id(n) not in self._inspected_names
                   for n in self.m.nodes_of(ast.Name)):
                continue  # (the gradient is used: a step may follow)
            taped.update(id(n) for arg_node in call.args[1:] + [k.value for k in call.keywords] for n in walk(arg_node))
        return all(id(n) in taped or id(n) in self._inspected_names for n in reads)

    def inspected_only(self, s: Site) -> bool:
        """A tensor bound to a name that is read, until the name is bound again in its scope, only to be printed
        or have its shape asked (`w2 = tf.Variable(tf.random_normal(shape=(20, 10)), name='weights')`;
        `print(w2)` in a variable-scope naming demo): never computed with, so never trained."""
        name = s.assigned_name
        stmt = s.stmt
        if s.layer is not None or s.keyword is not None or not name or not name.isidentifier() \
                or s.target_text != name or stmt is None or f"print({name})" not in self.m.source.text:
            return False
        # (the lines of the site's function, or the whole module: a module-level name read in a function is read)
        lo, hi = (s.func.node.lineno, s.func.node.end_lineno or s.func.node.lineno) if s.func is not None \
            else (1, 10 ** 9)
        _, _, reads = self._reads_until_rebound(name, stmt, lo, hi)
        return bool(reads) and all(id(n) in self._inspected_names for n in reads)

    def _reads_until_rebound(self, name: str, stmt: ast.stmt, lo: int, hi: int) -> Tuple[int, int, List[ast.Name]]:
        """The reads of `name` after the statement that binds it, within lines lo..hi, until an assignment binds
        it again: (the first line after the statement, the line that ends the span, the reads)."""
        first = (stmt.end_lineno or stmt.lineno) + 1
        rebound = [t.lineno for a in self.m.nodes_of(ast.Assign) for t in a.targets
                   if isinstance(t, ast.Name) and t.id == name and first <= t.lineno <= hi]
        end = min(rebound) if rebound else hi + 1
        reads = [n for n in self.m.nodes_of(ast.Name) if n.id == name and isinstance(n.ctx, ast.Load)
                 and max(first, lo) <= n.lineno < end]
        return first, end, reads

    @cached_property
    def _inspected_names(self) -> Set[int]:
        """Ids of the Name nodes read only to be looked at: an argument of print/str/len/type..., the object of
        `.shape`/`.dtype`/`.name`."""
        out = {id(a) for c in self.m.nodes_of(ast.Call) if isinstance(c.func, ast.Name) and c.func.id in _INSPECTORS
               for a in c.args if isinstance(a, ast.Name)}
        out |= {id(a.value) for a in self.m.nodes_of(ast.Attribute)
                if a.attr in _INSPECTING_ATTRS and isinstance(a.value, ast.Name)}
        return out

    def layer_input_only(self, s: Site) -> bool:
        """A tensor the file only ever feeds into layers as their input (`X_input = tf.Variable(tf.truncated_normal(
        [100, 784]))`; `tf.layers.dense(inputs=X_input, units=1024)`), besides printing or asking its shape: a
        stand-in batch of data (RULES: inputs of shape tests and API demos are data), whatever wraps it."""
        name = s.assigned_name
        if s.layer is not None or s.keyword is not None or not name or _tensor_text(s.target_text) != name:
            return False
        if name not in self._layer_inputs:
            return False  # (most files: no site's name is fed to a layer; the module is not walked)
        inputs, inspected, reads = self._layer_input_reads.get(name, (0, 0, 0))
        return inputs > 0 and inputs + inspected == reads

    @cached_property
    def _layer_inputs(self) -> Set[str]:
        """Names passed as the data input of a layer call of the file (from the model's layers, no walk)."""
        out: Set[str] = set()
        for layer in self.m.layer_of_node.values():
            call = layer.node
            if isinstance(call, ast.Call):
                data = call.args[0] if call.args else next(
                    (k.value for k in call.keywords if k.arg in ("inputs", "input", "x")), None)
                if isinstance(data, ast.Name):
                    out.add(data.id)
        return out

    def decomposed_only(self, s: Site) -> bool:
        """`w = torch.randn(c, c); q, _ = torch.qr(w); self.weight = nn.Parameter(q)`: a draw read only as the
        matrix a decomposition factors (qr, svd, eig, polar) is the seed of an orthogonal init, not the weight."""
        name = s.assigned_name
        if s.layer is not None or s.wrapper is not None or not name or s.target_text != name:
            return False
        if not self._decomposes:
            return False
        scope = s.func.node if s.func is not None else self.m.module
        start = (s.stmt.end_lineno or s.stmt.lineno) if s.stmt is not None else 0
        nodes = [n for n in walk(scope) if getattr(n, "lineno", 0) > start]
        # (up to the next binding of the name: `weight = q.unsqueeze(2)` then binds another tensor)
        end = min((n.lineno for n in nodes if isinstance(n, ast.Name) and n.id == name
                   and isinstance(n.ctx, ast.Store)), default=1 << 30)
        reads = factored = 0
        for node in nodes:
            if node.lineno > end:  # type: ignore[attr-defined]
                continue
            if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
                reads += 1
            elif isinstance(node, ast.Call) and last_name(node.func) in _DECOMPOSITIONS and node.args \
                    and isinstance(node.args[0], ast.Name) and node.args[0].id == name:
                factored += 1
        return factored > 0 and reads == factored

    @cached_property
    def _layer_input_reads(self) -> Dict[str, Tuple[int, int, int]]:
        """name -> (reads as the data input of a layer call, reads that only inspect it, all reads) in the file."""
        inputs: Dict[str, int] = {}
        inspected: Dict[str, int] = {}
        reads: Dict[str, int] = {}
        looked_at = self._inspected_names
        for name in self.m.nodes_of(ast.Name):
            if isinstance(name.ctx, ast.Load):
                reads[name.id] = reads.get(name.id, 0) + 1
            if id(name) in looked_at:
                inspected[name.id] = inspected.get(name.id, 0) + 1
        for call in self.m.nodes_of(ast.Call):
            if id(call) in self.m.layer_of_node:
                data = call.args[0] if call.args else next(
                    (k.value for k in call.keywords if k.arg in ("inputs", "input", "x")), None)
                if isinstance(data, ast.Name):
                    inputs[data.id] = inputs.get(data.id, 0) + 1
        return {n: (inputs.get(n, 0), inspected.get(n, 0), r) for n, r in reads.items() if n in inputs}

    def untrained_module_layer(self, s: Site) -> bool:
        """A single framework layer a script or notebook builds at module level, initialises there and never
        trains (no optimizer, no update, no fit anywhere: `transpose = nn.ConvTranspose2d(1, 1, 3)`;
        `init.constant_(transpose.weight, 1)`; `transpose(img)` to show the output shape): an API demo."""
        if s.func is not None or s.cls is not None or s.role != W.WEIGHT:
            return False
        name = s.target_text.split(".", 1)[0]
        layer = self._module_level_layers.get(name)
        if self._program_trains:
            # a program that trains something else: a layer object only ever called and filled (`horiz_conv =
            # HorizontalStackConvolution(...)`; `horiz_conv.conv.weight.data.fill_(1)`; `horiz_conv(img)` to show a
            # receptive field) is never handed to what trains
            return layer is not None and layer.kind in ("linear", "rnn", "block") and self._probe_object(name)
        # (a layer never applied gives no sign what it is for: as an array never read, its name decides)
        return layer is not None and layer.kind in ("linear", "rnn") and name in self._module_called_names

    def _probe_object(self, name: str) -> bool:
        """Whether every module-level statement that reads `name` only calls it (`name(x)`) or writes its weights
        and biases (`name.conv.weight.data.fill_(1)`), no function or class of the file reads it, and it is called
        at least once: never handed to an optimizer, a trainer or anything else."""
        called = False
        for st in self.m.module.body:
            names = [n for n in walk(st) if type(n) is ast.Name and n.id == name]  # type: ignore[attr-defined]
            if not names:
                continue
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                return False
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and names == [st.targets[0]]:
                continue  # (its construction)
            calls = {id(c.func) for c in walk(st)
                     if type(c) is ast.Call and type(c.func) is ast.Name and c.func.id == name}  # type: ignore[attr-defined]
            called = called or bool(calls)
            writes: Set[int] = set()
            for a in walk(st):
                chain = dotted(a) if type(a) is ast.Attribute else None
                if chain and chain.startswith(name + ".") and any(p in ("weight", "bias") for p in chain.split(".")):
                    base = a
                    while type(base) is ast.Attribute:
                        base = base.value  # type: ignore[attr-defined]
                    writes.add(id(base))
            # (`del horiz_conv` after the demo is no use of it)
            if any(id(n) not in calls and id(n) not in writes and type(n.ctx) is not ast.Del for n in names):
                return False
        return called

    @cached_property
    def _module_called_names(self) -> Set[str]:
        """Names called as functions anywhere in the file (`transpose(img)`)."""
        return {n.func.id for n in self.m.nodes_of(ast.Call) if type(n.func) is ast.Name}  # type: ignore[attr-defined]

    @cached_property
    def _module_level_layers(self) -> Dict[str, Layer]:
        """Names a module-level statement binds to a layer constructor (`fc = nn.Linear(3, 2)`)."""
        out: Dict[str, Layer] = {}
        for st in self.m.module.body:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                layer = self.m.layer_of_node.get(id(st.value))
                if layer is not None:
                    out[st.targets[0].id] = layer
                else:
                    out.pop(st.targets[0].id, None)
        return out

    @cached_property
    def _demo_variables(self) -> Set[str]:
        module = self.m.module
        made = {s.assigned_name for s in self.m.sites if s.func is None and s.cls is None and s.assigned_name
                and s.wrapper in ("Variable", "Parameter")}
        defs = [n for n in module.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        inside = {n.id for d in defs for n in walk(d) if isinstance(n, ast.Name)}
        # (read at module level at all: a variable defined and never read, an exercise's solution cell whose
        # training is elsewhere, gives no sign either way and stays judged)
        read = {n.id for st in module.body if st not in defs for n in walk(st)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        # (a function that reads one only elementwise, `def model(x): return W * x + b`, runs no layer with it)
        multiplied = {n for n in inside if tensor_key(n) in self.m.matmul_keys}
        demo = (made - multiplied) & (read | inside)
        # and module-level tensors drawn as they are, no variable (`x = tf.random_uniform(shape=(2, 3, 3, 3))`): in a
        # program that never trains, a stand-in input, so an op on it and a variable runs no network
        drawn = {s.assigned_name for s in self.m.sites if s.func is None and s.cls is None and s.assigned_name
                 and s.wrapper is None}
        for st in module.body:
            if st in defs:
                continue
            for n in walk(st):
                if not isinstance(n, ast.Call) or _last_name(n.func) not in PRODUCTS | _ACT_LASTS:
                    continue
                names = {x.id for a in list(n.args) + [k.value for k in n.keywords] for x in walk(a)
                         if isinstance(x, ast.Name)}
                if names & demo and names - made - drawn:
                    demo -= names  # multiplied with an input (or activated): a forward pass
        return demo

    @cached_property
    def _decomposes(self) -> bool:
        """Whether the text calls a decomposition at all (asked once, not once per site)."""
        return any(f"{d}(" in self.m.source.text for d in _DECOMPOSITIONS)

    def untrained_script_network(self, s: Site) -> bool:
        """A NumPy network a script builds and only runs forward (`network['W1'] = np.random.rand(784, 100)` in
        a `create_network()` the script calls, then `predict(network, x)`), with no training step anywhere in the
        file: an inference demo of random weights, not a trained network (RULES: a params dict counts when an
        update step or optimizer changes it). A builder the file never calls (a library's, trained elsewhere)
        is judged as usual."""
        if s.func is None and s.loops and s.wrapper is None and s.layer is None and s.cls is None and s.keyword is None \
                and s.dist.framework in ("numpy", "torch", "jax") and s.assigned_name == s.target_text \
                and s.target_text.isidentifier() and not _requests_grad(s.dist.node) \
                and f"{s.target_text}.requires_grad" not in self.m.source.text \
                and not self._program_trains and not self._calls_training:
            # weight = torch.rand(n_state, n_action) drawn again in each pass of a loop by a script that takes no
            # training step anywhere (a random search that only evaluates each draw): a sample, not a trained weight
            return True
        if s.func is not None and s.wrapper is None and s.layer is None and s.cls is None and s.keyword is None \
                and s.dist.framework in ("numpy", "jax") and s.assigned_name \
                and s.assigned_name in self._returned_names(s.func.name) \
                and not self._program_trains and not self._calls_training and self._applied_at_module_level(s.func.name):
            # `init_fun, apply_fun = Dense17()`; `apply_fun(x, init_fun())` in a script that trains nothing: the
            # helper's drawn `W` is the input of a forward-pass demo
            return True
        if s.func is None and s.wrapper is None and s.layer is None and s.cls is None and s.keyword is None \
                and "[" in s.target_text and s.dist.framework in ("numpy", "jax", "torch") \
                and s.target_text.split("[", 1)[0].isidentifier() \
                and self._redefined_untrained(s, s.target_text.split("[", 1)[0]):
            # params = [random.normal(key, (512, 100)), ...] for a vmap demo cell, then `params = init_mlp(...)`
            # cells later with the training loop: the list defined anew is the one trained
            return True
        # (a JAX params dict too: its arrays change only by a step the script writes, or one a gradient call feeds)
        if s.dist.framework not in ("numpy", "jax") or s.wrapper is not None or s.layer is not None \
                or s.cls is not None or "[" not in s.target_text or self._program_trains or self._calls_training:
            return False
        if s.func is None:
            return True  # (drawn at module level into a dict or list the script never updates)
        return s.func.parent is None and any(enclosing is None for _, enclosing, _ in self.m.calls_of(s.func.name))

    @cached_property
    def _calls_training(self) -> bool:
        """Whether the file calls anything named for training (`update_parameters(...)`, `backward_propagation`,
        `adam(grad(loss), ...)`, `model(..., num_iterations=...)`'s helpers): the step may be written in another
        module, so the network here is trained."""
        for c in self.m.nodes_of(ast.Call):
            name = last_name(c.func)
            if _environment_step(c):
                continue
            words = set(_WORD.findall(name.lower())) if name else set()
            if words & _TRAINING_WORDS or any(k.arg in ("learning_rate", "lr", "num_iterations", "epochs")
                                              for k in c.keywords):
                return True
        return False

    def accumulator(self, s: Site) -> bool:
        """`w = jnp.zeros_like(v)` then, in a loop of its own, `w += js[i] * vs[i][j][0]`: a sum being built (RULES:
        zeros for gradients, caches and outputs stay silent). An update (`w += -lr * dw`) is no sum: a step."""
        name = s.assigned_name
        if s.dist.kind != "zeros" or s.func is None or not name or not name.isidentifier() or s.stmt is None \
                or "+=" not in self.m.source.text:
            return False
        # (a list of zero arrays, `counts = [np.zeros((28, 28)) for _ in range(11)]`, summed into entry by entry:
        # `counts[label] += x`, here or in the function it is handed to in a loop)
        for loop in walk(s.func.node):
            if not isinstance(loop, (ast.For, ast.While)) or any(n is s.stmt for n in walk(loop)):
                continue
            for n in walk(loop):
                if _sums_into(n, name):
                    return True
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
                    callee = self.m.functions.get(n.func.id)
                    given = [i for i, a in enumerate(n.args) if isinstance(a, ast.Name) and a.id == name]
                    params = [a.arg for a in callee.node.args.posonlyargs + callee.node.args.args] \
                        if callee is not None and callee.cls is None else []
                    if callee is not None and given and given[0] < len(params) \
                            and not rebinds(callee.node, params[given[0]]) \
                            and any(_sums_into(x, params[given[0]]) for x in walk(callee.node)):
                        return True
        return False

    def copied_buffer(self, s: Site) -> bool:
        """A visitor applied only to deep copies of a model (`self.trace = copy.deepcopy(self.net)`, then
        `self.trace.apply(zero_weights)`) that nothing runs forward and no optimizer receives: the copy holds
        one running sum per parameter (eligibility traces), not a network that is trained."""
        applied = self.m.applied_at.get(s.func.name, []) if s.func is not None else []
        return bool(applied) and all(owner in self._idle_copies for _, _, owner in applied)

    @cached_property
    def _idle_copies(self) -> Set[str]:
        """Names and attributes bound to `copy.deepcopy(...)` that the file never calls (`trace(x)`) and never
        hands to a call (but `zip`/`enumerate`) as `trace.parameters()`: an optimizer would train those."""
        if "deepcopy(" not in self.m.source.text:
            return set()
        copies = {name for st in self.m.nodes_of(ast.Assign) if len(st.targets) == 1
                  and isinstance(st.value, ast.Call) and self.m.ev.qname(st.value.func) == "copy.deepcopy"
                  for name in [dotted(st.targets[0])] if name}
        if not copies:
            return set()
        used: Set[str] = set()
        for n in self.m.nodes_of(ast.Call):
            called = dotted(n.func)
            if called in copies:
                used.add(called)  # trace(x): run forward
            if last_name(n.func) in ("zip", "enumerate"):
                continue
            for a in call_arg_values(n):
                if isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) \
                        and a.func.attr in ("parameters", "named_parameters") and dotted(a.func.value) in copies:
                    used.add(dotted(a.func.value) or "")  # optim.Adam(trace.parameters()): trained
        return copies - used

    def untrained_demo_class(self, s: Site) -> bool:
        """A from-scratch layer class (no framework base) that this script builds (`dense1 = Layer_Dense(2, 3)`)
        and only runs forward, with no training step anywhere in the file: a forward-pass demo, not a trained
        network. A class the file does not build (a library's layer, trained elsewhere) is judged as usual."""
        cls = s.cls
        if cls is None or s.layer is not None or s.wrapper is not None or framework_module(cls):
            return False
        if "backward" in cls.methods:
            return False  # it computes its own gradients: a layer made to be trained (by an optimizer elsewhere)
        if _requests_grad(s.dist.base_call or s.dist.node):
            return False  # torch.randn(d, h, requires_grad=True): autograd leaf made to be trained (elsewhere)
        # (or a subclass of it the script itself builds, `ode_system = HyperbolicSystem(dim)` at module level, the
        # weights drawn in the base; not one another class builds, as a library's model classes do)
        return (self._called(cls.name) and self._script_built(cls.name)
                or any(c.name in self._script_called_names for c in self._by_base.get(cls.name, ()))) \
            and not self._program_trains

    def _script_built(self, name: str, depth: int = 0, seen: FrozenSet[str] = frozenset()) -> bool:
        """Whether running the file may run `name`: the script names it (a call, `fire.Fire(main)`,
        `Demo.run()`), or a test does (`def test_...`, a TestCase), or a function or class that is itself run
        so names it (`model = MLP(...)`, MLP's constructor building `Linear(...)`). A layer class that only
        another class of a library builds, which nothing in the file names, is run by the library's users, not by
        this file."""
        if depth > 4 or name.startswith("test"):
            return True
        owners = self._name_owners.get(name, set())
        if None in owners:
            return True
        return any(owner not in seen and owner != name and self._script_built(owner, depth + 1, seen | {owner})
                   for owner in owners if owner is not None)

    @cached_property
    def _name_owners(self) -> Dict[str, Set[Optional[str]]]:
        """Each name the file reads -> the module-level functions and classes it is read in (their names; None
        for the module's own statements). A TestCase class counts as the script (a test runner runs it)."""
        out: Dict[str, Set[Optional[str]]] = {}
        for st in self.m.module.body:
            owner: Optional[str] = None
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                owner = st.name
                if isinstance(st, ast.ClassDef) and any((last_name(b) or "").endswith("TestCase") for b in st.bases):
                    owner = None
            for n in walk(st):
                if type(n) is ast.Name and type(n.ctx) is ast.Load:  # type: ignore[attr-defined]
                    out.setdefault(n.id, set()).add(owner)  # type: ignore[attr-defined]
        return out

    def _applied_at_module_level(self, name: str) -> bool:
        """Whether a module-level call of the function `name` hands its result straight to another call
        (`apply_fun(mat_a, init_fun())`), or binds it to a name a module-level call is handed (`params =
        init_fun()`; `apply_fun(x, params)`): what it builds is run, here, by the script."""
        calls = [(c, t) for c, enclosing, t in self.m.calls_of(name) if enclosing is None]
        if not calls:
            return False
        made = {id(c) for c, _ in calls}
        targets = {t for _, t in calls if t and t.isidentifier()}
        return any(id(a) in made or type(a) is ast.Name and a.id in targets  # type: ignore[attr-defined]
                   for n in self._script_calls for a in n.args)

    @cached_property
    def _script_nodes(self) -> List[ast.AST]:
        """The nodes of the module-level statements (not of a def or class body), in walk order."""
        return [n for st in self.m.module.body if not isinstance(st, _DEFS) for n in walk(st)]  # type: ignore[misc]

    @cached_property
    def _script_calls(self) -> List[ast.Call]:
        """The calls written in the module-level statements."""
        return [n for n in self._script_nodes if type(n) is ast.Call]  # type: ignore[misc]

    @cached_property
    def _script_names(self) -> Set[str]:
        """Every name the module-level statements read: what they call, hand on or loop over (`for init in
        (big_random_init, xavier_init): forward_prop(sizes, init)`)."""
        return {n.id for n in self._script_nodes if type(n) is ast.Name}  # type: ignore[attr-defined]

    @cached_property
    def _script_called_names(self) -> Set[str]:
        """Names called as functions by the module-level statements."""
        return {n.func.id for n in self._script_calls if type(n.func) is ast.Name}  # type: ignore[attr-defined]

    @cached_property
    def _right_only_operands(self) -> Set[str]:
        """Names only ever the second operand of a product (`x @ h`, `tf.matmul(x, h)`): where the input is
        multiplied with a weight in the `x W` layout, never a state multiplied with one (`tf.matmul(h, W)`)."""
        pairs = _product_operands(self.m)
        left = {a.id for a, _ in pairs if type(a) is ast.Name}  # type: ignore[attr-defined]
        return {b.id for _, b in pairs if type(b) is ast.Name and b.id not in left}  # type: ignore[attr-defined]

    @cached_property
    def _one_hot_operands(self) -> Set[str]:
        """Names multiplied with a one-hot encoding (`xenc @ W`, `xenc = F.one_hot(xs, 27).float()`)."""
        if "one_hot" not in self.m.source.text and "onehot" not in self.m.source.text:
            return set()
        return _one_hot_operands(self.m)

    def unseen_helper_argument(self, s: Site) -> bool:
        """A tensor a helper is handed bare (`def ipa_point_weights_init_(weights): weights.fill_(c)`), in a
        helper no code of this file names: what it is given -- a matrix, or a vector of per-head scales -- is
        decided elsewhere, so nothing here says it is a weight matrix."""
        fn = s.func
        return fn is not None and s.layer is None and s.wrapper is None and not s.dist.shape \
            and _tensor_text(s.target_text) in fn.params and not self._referenced(fn.name)

    def _referenced(self, name: str) -> bool:
        """Whether code of the file names `name` (a call, an attribute, an apply(name)), beyond its def."""
        if name not in self.m.source.identifiers:
            return False  # (no such word in the text: no node names it, and no walk is needed)
        return any(isinstance(n, ast.Attribute) and n.attr == name or isinstance(n, ast.Name) and n.id == name
                   for n in walk(self.m.module))

    def _called(self, name: str) -> bool:
        """Whether code of the file calls `name(...)` by its bare name (the text first: most names asked about
        are only defined and subclassed, and the node index is then never built for this)."""
        return _written_as_call(self.m.source.identifiers, name) and name in self._module_called_names

    @cached_property
    def _program_trains(self) -> bool:
        """Whether the file takes a training step anywhere: a subtraction in place (`p -= lr * g`,
        `p = p - lr * g`), an optimizer or its step, or a fit/minimize call."""
        return _takes_training_step(self.m) or self._trainer_runs()

    def _trainer_runs(self) -> bool:
        """`solver = Solver(model, data, ...)` with `model = FullyConnectedNet(...)` a class of this file, then
        `solver.train()`: a trainer object (from another module) handed a model of this file and run."""
        if ".train(" not in self.m.source.text and ".fit(" not in self.m.source.text:
            return False
        instances: Set[str] = set()
        made: Dict[str, ast.Call] = {}
        for n in self.m.nodes_of(ast.Assign):
            if len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                    and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name):
                if n.value.func.id in self.m.classes:
                    instances.add(n.targets[0].id)
                else:
                    made[n.targets[0].id] = n.value
        for c in self.m.nodes_of(ast.Call):
            if isinstance(c.func, ast.Attribute) and c.func.attr in ("train", "fit") \
                    and isinstance(c.func.value, ast.Name) and c.func.value.id in made:
                trainer = made[c.func.value.id]
                if any(isinstance(a, ast.Name) and a.id in instances for a in trainer.args) \
                        or any(isinstance(k.value, ast.Name) and k.value.id in instances for k in trainer.keywords):
                    return True
        return False

    def _updated_names(self, scope: ast.AST) -> Set[str]:
        """Bare names a training step changes in place anywhere in `scope` (`W -= lr * dW`, `W = W - lr * dW`)."""
        cached = self._updated_cache.get(id(scope))
        if cached is None:
            cached = self._updated_cache[id(scope)] = updated_names(scope)
        return cached

    @cached_property
    def _updated_entries(self) -> Set[str]:
        """Keys of dict entries a training step changes in place anywhere in the file (`params["A1"] -= ...`)."""
        return updated_entries(self.m.module)

    def _read_names(self, scope: ast.AST) -> Set[str]:
        key = -id(scope)
        cached = self._trained_cache.get(key)
        if cached is None:
            cached = {n.id for n in walk(scope) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
            self._trained_cache[key] = cached
        return cached

    def _trained_names(self, scope: ast.AST) -> Set[str]:
        """Bare names with training evidence anywhere in a scope (module level: the whole file)."""
        key = id(scope)
        cached = self._trained_cache.get(key)
        if cached is None:
            cached = _trained_names(scope, self.m)
            self._trained_cache[key] = cached
        return cached

    def in_test(self, s: Site) -> bool:
        """Test code (pytest/unittest): its tensors are fixtures for exact numerics, never trained weights.
        Test modules (by pytest's naming, holding tests) are skipped unless the `lint_tests` option asks for them."""
        if self.test_file and not self.options.lint_tests:
            return True
        cls = s.cls
        if cls is not None and _test_class(cls.name, cls.bases):
            return True
        fn = s.func
        while fn is not None:
            if fn.name.startswith("test_") or (fn.cls is not None and fn.name.startswith("test")):
                return True
            fn = fn.parent
        return False

    def undefined_type(self, t: str) -> bool:
        """A bare class name that is neither defined nor imported here: template code (transformers' modular
        files name classes a code generator provides); the branch cannot run as written."""
        imp = self.m.imports
        return "." not in t and t not in self.m.classes and t not in imp.bound and not imp.star \
            and t not in _BUILTIN_TYPES and t not in self._module_names

    @cached_property
    def _module_names(self) -> Set[str]:
        """Names bound at module level other than by class/def/import (aliases: Norm = nn.LayerNorm)."""
        out: Set[str] = set()
        for stmt in self.m.module.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                out.add(stmt.name)
                continue
            for n in walk(stmt):
                if isinstance(n, ast.Assign):
                    out.update(t.id for t in n.targets if isinstance(t, ast.Name))
                elif isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name):
                    out.add(n.target.id)
        return out

    def role(self, s: Site) -> str:
        role = s.role
        if role in (W.WEIGHT, W.UNKNOWN) and self._embedding_tables:
            if _tensor_text(s.target_text) in self._embedding_tables or s.assigned_name in self._embedding_tables:
                return W.TOKEN  # tf.nn.embedding_lookup(self.W, input_x): rows are looked up, an embedding table
        if role == W.WEIGHT and "[" in s.target_text:
            base = s.target_text.split("[", 1)[0].rsplit(".", 1)[-1]
            if {w.lower() for w in _WORD.findall(base)} & _OPTIMIZER_STATE_WORDS:
                return W.STATE  # momentum_opt["W1"] = np.zeros(...), adam_cache["W1"]: an optimizer's state per weight
        if role == W.WEIGHT and s.layer is None and s.cls is not None and "embed" in s.cls.name.lower() \
                and s.target_text.startswith("self."):
            return W.TOKEN  # AxialPositionEmbeddings: self.weights.append(nn.Parameter(torch.ones(...))): a table
        if s.base_var and any(f.var == s.base_var and f.types and not f.by_name and all(self.undefined_type(t) for t in f.types)
                              for f in s.filters):
            return W.UNKNOWN
        name = s.assigned_name or ""
        if name and (name in self.m.buffers or name.split(".")[-1] in self.m.buffers):
            return W.STATE
        if s.cls is not None and _tensor_text(s.target_text).startswith("self.") \
                and _tensor_text(s.target_text)[5:] in self.m.buffers:
            return W.STATE  # self.epsilon_weight.data.normal_() on a registered buffer: resampled noise, no weight
        # (the filters all hold where the site runs: `"weight" in name and "batchnorm" in name` is a norm layer's
        # weight, so a filter naming something other than a weight outranks one naming a weight)
        weight_named = False
        for f in s.filters:
            if self._filter_applies(s, f):
                if f.types:
                    kinds = {W.layer_kind(t) for t in f.types}
                    if kinds <= {"norm"}:
                        return W.NORM
                    if kinds <= {"embed"}:
                        return W.TOKEN
                if f.name_role:
                    if f.name_role in (W.BIAS, W.NORM, W.TOKEN, W.STATE):
                        return f.name_role
                    if f.name_role == W.WEIGHT:
                        weight_named = True
                    elif f.name_role.startswith("not:") and f.name_role[4:] == W.WEIGHT:
                        return W.BIAS
        if weight_named:
            return W.WEIGHT
        if role == W.WEIGHT and s.cls is not None and s.target_text.startswith("self.") \
                and self.param_rank(s.cls, s.target_text[5:]) == 1:
            return W.NORM  # a vector declared in a base or subclass: a scale or mixing weight, not a matrix
        named = _named_layer_function(s.func) if role == W.WEIGHT and s.base_var and s.base_var != "self" else None
        if named is not None:
            # def initialize_norm_layers(module): ... nn.init.ones_(module.weight): a norm's scale; a method
            # `_parametrize_embedding(self, name, module)`: an embedding table
            return named
        if role == W.WEIGHT and any({"distribution", "nonneg"} <= self.uses(c, a) and "matrix" not in self.uses(c, a)
                                    for c, a in self.param_targets(s)):
            return W.STATE  # weight_rho, made positive and handed to Normal(mu, sigma): a distribution's scale
        if role == W.WEIGHT and s.cls is not None and s.target_text.startswith("self.") \
                and self.elementwise_only(s.cls, _tensor_text(s.target_text)[5:]):
            return W.NORM  # StyleGAN's learned constant input, `self.weight.repeat(batch, 1, 1, 1)`: no fan-in
        if role == W.WEIGHT:
            for cls, attr in self.visited_classes(s):
                if self.param_rank(cls, attr) == 1 or not self.matrix_use(cls, attr):
                    # isinstance(module, Block): zeros_(module.layer_weights): a vector, or a tensor the
                    # class only uses elementwise (a scale, a mixing or gating weight), not a matrix
                    return W.NORM
        loop_role = self.list_loop_role(s)
        if loop_role is not None:
            return loop_role
        if role == W.WEIGHT and s.layer is None and s.func is not None and s.func.cls is None:
            # def init_wt_normal(wt): wt.data.normal_(std=1e-4), called only as init_wt_normal(self.embedding.weight):
            # the tables (or norms) its callers hand it decide
            kinds = {W.layer_kind(l.type_name) for l in self.argument_layers(s)}
            if kinds and kinds <= {"embed"}:
                return W.TOKEN
            if kinds and kinds <= {"norm"}:
                return W.NORM
            # self.bottleneck.apply(weights_init_kaiming) with bottleneck a BatchNorm1d, and nothing else applying
            # it: whatever the visitor writes is a norm layer's scale or shift
            name = s.func.name
            applied = self.m.applied_to.get(name, [])
            if applied and all(t is not None for t in applied) and not self._applying_classes.get(name) \
                    and all(obj.rsplit(".", 1)[-1] in {t.name for t in applied if t is not None}
                            for _, _, obj in self.m.applied_at.get(name, ())):
                kinds = {W.layer_kind(l.type_name) for t in applied if t is not None for l in self._layer_tree(t)}
                if kinds and kinds <= {"norm"}:
                    return W.NORM
        if role == W.UNKNOWN and s.cls is not None and s.target_text.startswith("self.") and s.func is not None \
                and s.func.name == "__init__" and framework_module(s.cls) and s.dist.kind in ("normal", "uniform") \
                and not _one_size(s.dist.shape) and "matrix" in self.uses(s.cls, _tensor_text(s.target_text)[5:]):
            # an equinox module's `self.attn_wo = random.normal(key, (inner, dim))`, `out @ self.attn_wo` in
            # __call__: an array field of a trained module that its forward multiplies with, whatever its name
            return W.WEIGHT
        if role == W.UNKNOWN and self.params_loop(s) is not None:
            return W.WEIGHT  # an unfiltered loop over all parameters: the weights in it decide
        if role in (W.UNKNOWN, W.STATE) and s.func is not None and s.dist.kind in ("normal", "uniform") \
                and {"fan_in", "fan_out"} <= set(s.func.params) and (s.returned or s.assigned_name is not None and any(
                    type(n) is ast.Return and type(n.value) is ast.Name and n.value.id == s.assigned_name  # type: ignore[attr-defined]
                    for n in walk(s.func.node))):
            # class UniformRandom: def initialize(self, weights_shape, fan_in, fan_out): return np.random.rand(...):
            # a weight initializer's API (a from-scratch framework's, Keras's `__call__(shape)` kin); what it
            # returns is a layer's weights (a constant's may be a bias's: not decided here). Not in a script that
            # runs it and trains nothing (CS231n's activation-histogram cells: `forward_prop(sizes, big_random_init)`)
            owner = s.func.cls.name if s.func.cls is not None else s.func.name
            if self._program_trains or self._calls_training or owner not in self._script_names:
                return W.WEIGHT
        if role == W.UNKNOWN and s.func is not None and self.helper_uses(s) >= 1:
            # weight_variable(shape): judged by what its callers assign the result to
            targets = [t for t in (_display(self.m, n) for n in self.m.call_targets.get(s.func.name, [])
                                   if n is not None) if t]
            if s.func.cls is None and s.func.parent is None:
                # (a caller that returns the result in turn, `var = _variable_on_cpu(...); return var`: its callers'
                # names, `kernel = _variable_with_weight_decay(...)`; for an initializer a caller passes in, written
                # in that caller, only that caller's calls: `_variable_on_cpu('biases', ..., constant_initializer(0))`
                # elsewhere makes biases with another initializer)
                passing = self._function_writing(s.dist.node, s.func)
                keys = self._helper_result_keys(s.func, 0, passing.node) if passing is not None else []
                if not any(W.role_of_name(tensor_name(k)) == W.WEIGHT for k in keys):
                    keys = self._helper_result_keys(s.func, 0)  # (that caller's own calls make no weight)
                targets = [tensor_name(k) for k in keys] or targets
            roles = {W.role_of_name(t.split(".")[-1].split("[")[0].strip("'\"")) for t in targets}
            if W.WEIGHT in roles and roles <= {W.WEIGHT, W.BIAS}:
                return W.WEIGHT  # W1 = init_weights([D, M]); b1 = init_weights([M]): the weights in it decide
            if targets and all(tensor_key(t) in self.m.matmul_keys for t in targets) \
                    and (s.wrapper is not None or s.stmt is not None and _requests_grad(s.stmt)):
                # def init_coeffs(): return (torch.rand(n, 1) * 0.1).requires_grad_(), what every caller assigns
                # it to multiplied with the data (`indeps @ coeffs`): a trained matrix
                return W.WEIGHT
        if role == W.UNKNOWN and s.func is not None and s.func.cls is not None and s.func.parent is None \
                and (s.returned or isinstance(s.stmt, ast.Return)):
            # def make_var(self, name, shape): return tf.get_variable(name, shape, initializer=...), called as
            # `kernel = self.make_var("weights", ...)` and `biases = self.make_var("biases", ...)`: the weights decide
            roles = {W.role_of_name(t) for t in _method_result_names(s.func)}
            if W.WEIGHT in roles and roles <= {W.WEIGHT, W.BIAS, W.NORM, W.UNKNOWN}:
                return W.WEIGHT
        if role == W.WEIGHT and s.dist.framework == "torch" and s.wrapper is None and _plain_attribute(s.assigned_name) \
                and not _requests_grad(s.dist.node):
            return W.STATE  # data.edge_weight = torch.rand(E): a plain tensor stored on a data object, not a Parameter
        if role != W.UNKNOWN and s.dist.framework == "torch" and s.wrapper is None and s.assigned_name \
                and "." not in s.assigned_name and s.dist.kind in ("constant", "zeros") and s.cls is not None:
            return W.STATE  # a plain torch tensor in a module method: data (a fused kernel), not a Parameter
        return role

    def _filter_applies(self, s: Site, f) -> bool:
        """Does a branch test on `f.var` select the tensor this site writes?"""
        if not f.var:
            return False
        if s.base_var and f.var == s.base_var:
            return True
        t = s.target_text
        if t == f.var or t.startswith(f.var + ".") or t.startswith(f.var + "["):
            return True
        # for name, param in m.named_parameters(): if name.endswith("bn3.weight"): zeros_(param)
        root = t.split(".")[0].split("[")[0]
        return any(f.var in loop.var_names and root in loop.var_names for loop in s.loops)

    def visited_classes(self, s: Site) -> List[Tuple[Class, str]]:
        """(class, attribute) pairs for `module.attr` under isinstance(module, C) with C defined in this file."""
        if not s.base_var or not s.target_text.startswith(s.base_var + "."):
            return []
        attr = s.target_text[len(s.base_var) + 1:]
        if not attr.isidentifier():
            return []
        out = []
        for f in s.filters:
            if f.var == s.base_var:
                for t in f.types:
                    cls = self.m.classes.get(t.rsplit(".", 1)[-1])
                    if cls is not None:
                        out.append((cls, attr))
        return out

    def matrix_use(self, cls: Class, attr: str) -> bool:
        """Whether a class declaring self.attr as a Parameter uses it as a matrix (matmul/linear/conv/einsum
        operand); True when unknown (not declared here)."""
        declared = any(attr in c.param_attrs for c in self._related(cls))
        if not declared:
            return True
        if any(f"{c.key}.{attr}" in self.m.matmul_keys for c in self._related(cls)):
            return True
        return "matrix" in self.uses(cls, attr)

    def elementwise_only(self, cls: Class, attr: str) -> bool:
        """The class reads self.attr outside its constructor, and only elementwise or as a value (repeated,
        added, gated, returned): never an operand of a product, never looked up by row, never handed to a call
        whose meaning is unknown. No fan-in sums over it, so there is no variance per layer to judge: a scale,
        a gate or a learned input, not a layer's weight matrix (RULES: a trained weight is one a forward pass
        multiplies inputs with)."""
        if not attr.isidentifier() or any(f"{c.key}.{attr}" in self.m.matmul_keys for c in self._related(cls)):
            return False
        uses = self.uses(cls, attr)
        return "read" in uses and not uses & {"matrix", "multiplied", "opaque", "lookup"}

    def uses(self, cls: Class, attr: str) -> Set[str]:
        """What the class (and its relatives in this file) does with self.attr outside __init__ (uses.py)."""
        key = (cls.name, attr)
        cached = self._uses_cache.get(key)
        if cached is None:
            cached = set()
            for c in self._related(cls):
                nonneg_attrs = {a for a, l in c.attrs.items() if l.kind == "act" and l.act
                                and l.act[0] in ("relu", "relu6", "softplus", "sigmoid")}
                cached |= param_uses(c.methods, attr, set(c.param_attrs) | set(c.attrs), nonneg_attrs)
            self._uses_cache[key] = cached
        return cached

    def param_targets(self, s: Site) -> List[Tuple[Class, str]]:
        """The (class, attribute) a site initialises: self.attr in a method, module.attr under isinstance."""
        if s.cls is not None and s.target_text.startswith("self."):
            attr = _tensor_text(s.target_text)[5:]
            if attr.isidentifier():
                return [(s.cls, attr)]
        return self.visited_classes(s)

    def scale_free(self, s: Site) -> bool:
        """The parameter's initial scale does not set its effective scale: normalised, multiplied by a stored
        scale, used as Fourier frequencies, or an embedding table whose rows are looked up (exempt from
        INI003/INI004)."""
        for c, a in self.param_targets(s):
            uses = self.uses(c, a)
            if uses & {"normalized", "scaled", "fourier"} or ("lookup" in uses and "matrix" not in uses
                                                               and not s.per_layer and len(s.dist.shape) <= 2):
                # (a list of weights indexed per layer, `x @ self.W[l]` or Nielsen's `self.weights[i] = ...` of a
                # list drawn one matrix per layer, is no table whose rows are looked up: judged; nor is a 4-D conv
                # kernel indexed per output channel, `patch * self.kernel[oc]`)
                return True
        return False

    def _noise_scale(self, s: Site) -> bool:
        """Every use of the parameter is as the scale of a noise tensor (`self.sigma_weight * self.epsilon_weight`),
        never as a matrix operand itself."""
        targets = self.param_targets(s) if s.cls is not None and s.target_text.startswith("self.") else []
        stmt = s.stmt
        if s.cls is not None and s.keyword is not None and isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            # self.sigma_kernel = self.add_weight(..., initializer=Constant(0.017)): the attribute it makes
            attr = _self_attr(stmt.targets[0]) or ""
            targets = [(s.cls, attr)] if attr.isidentifier() else []
        return bool(targets) and all("noise" in u and "matrix" not in u for u in (self.uses(c, a) for c, a in targets))

    def nonneg_by_design(self, s: Site) -> bool:
        """The parameter goes through relu/abs/softplus/exp before use: positive on purpose (exempt from INI005)."""
        return any("nonneg" in self.uses(c, a) for c, a in self.param_targets(s))

    def _related(self, cls: Class) -> List[Class]:
        """The class, then its bases and subclasses defined in this file (in file order)."""
        cached = self._related_cache.get(id(cls))
        if cached is None:
            found: Dict[int, Class] = {}
            for c in self._by_base.get(cls.name, ()):
                found[id(c)] = c
            for b in _lasts(cls):
                base = self.m.classes.get(b)
                if base is not None:
                    found[id(base)] = base
            found.pop(id(cls), None)
            order = self._class_order
            cached = [cls] + sorted(found.values(), key=lambda c: order[id(c)])
            self._related_cache[id(cls)] = cached
        return cached

    def list_loop_role(self, s: Site) -> Optional[str]:
        """for layer in [m.norm1, m.norm2]: ones_(layer.weight) -> the role the element names give."""
        if not s.base_var:
            return None
        for loop in s.loops:
            if loop.kind != "list" or s.base_var not in loop.var_names or len(loop.var_names) != 1:
                continue
            it = getattr(loop.node, "iter", None)
            roles = set()
            for v in getattr(it, "elts", ()):
                if isinstance(v, ast.Starred):
                    v = v.value
                held = self._class_layer(s.cls, v)
                if held is not None and held.kind == "norm":
                    roles.add(W.NORM)  # for m in [self.lateral[1], self.fpn[1]]: the BatchNorm2d each Sequential ends in
                    continue
                n = v.attr if isinstance(v, ast.Attribute) else (v.id if isinstance(v, ast.Name) else "")
                roles.add(W.role_of_layer_name(n) if n else W.UNKNOWN)
            if len(roles) == 1 and roles <= {W.NORM, W.TOKEN}:
                return roles.pop()
        return None

    @staticmethod
    def _class_layer(cls: Optional[Class], node: ast.expr) -> Optional[Layer]:
        """The layer `self.bn1` or `self.lateral[1]` (an item of a container the class holds) names."""
        if cls is None:
            return None
        index: Optional[int] = None
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and type(node.slice.value) is int:
            index = node.slice.value
            node = node.value
        attr = _self_attr(node)
        layer = cls.attrs.get(attr) if attr else None
        if layer is None or index is None:
            return layer
        # (as Builder.resolve_layer reads `self.net[0].weight`: only a container whose items are all known)
        elements = layer.elements if layer.kind == "container" and layer.complete else []
        return elements[index] if -len(elements) <= index < len(elements) else None

    def _layer_types(self, types: Iterable[str]) -> bool:
        """Whether an isinstance filter names a layer type (Linear, Conv, a custom FooLinear), not a block."""
        for t in types:
            last = t.rsplit(".", 1)[-1]
            if W.layer_kind(last) in ("linear", "rnn", "embed", "norm") or _LAYERISH.search(last):
                return True
            if last not in self.m.classes:
                return True  # an imported type we cannot see: assume a layer
        return False

    def param_rank(self, cls: Class, attr: str) -> Optional[int]:
        """Rank of self.<attr> as declared in this class, a base or a subclass defined in this file."""
        for c in self._related(cls):
            if attr in c.param_ranks:
                return c.param_ranks[attr]
        return None

    def params_loop(self, s: Site) -> Optional[Loop]:
        for loop in s.loops:
            if loop.kind == "params" and s.target_text.split(".")[0] in loop.var_names:
                return loop
        return None

    # ---------------------------------------------------------------- blanket?
    def _returned_names(self, name: str) -> Set[str]:
        """Names read in the return values of the function `name` (found per function on first use: a walk of
        every function's body for the first site that asks cost more than the rules)."""
        names = self._returned_cache.get(name)
        if names is None:
            names = self._returned_cache[name] = set()
            fn = self.m.functions.get(name)
            for node in walk(fn.node.body) if fn is not None else ():
                if isinstance(node, ast.Return) and node.value is not None:
                    for n in walk(node.value):
                        if isinstance(n, ast.Name):
                            names.add(n.id)
        return names

    def _built_layer(self, s: Site) -> bool:
        """`def Linear(in_features, out_features): m = nn.Linear(...); nn.init.xavier_uniform_(m.weight); return
        m` (fairseq): the site initialises the layer a module-level helper builds and returns."""
        fn = s.func
        return fn is not None and fn.cls is None and fn.parent is None and bool(s.base_var) \
            and s.base_var in self._returned_names(fn.name) and s.base_var not in fn.params

    def helper_uses(self, s: Site) -> int:
        """How many layers a helper that builds this tensor/layer is used for (a module-level function, or a
        static method of a class called as `self.weight_variable(...)` / `MLP.weight_variable(...)`)."""
        fn = s.func
        # (a function nested in a method, `def init_weights(shape): ...` inside `inference(self)`, is a local helper
        # called by its name)
        method = fn is not None and fn.cls is not None and fn.parent is None
        if fn is None or method and not self._static_helper(fn) or id(fn.node) in self.m.dispatch_helpers:
            return 0  # (a string-dispatched helper's arms: judged where a call picks one, as that call's value)
        returned = s.returned or (s.assigned_name in self._returned_names(fn.name)) or s.keyword is not None \
            or self._built_layer(s)
        if not returned:
            return 0
        if method:
            assert fn is not None and fn.cls is not None
            text = self.m.source.text
            return sum(1 for _ in re.finditer(rf"\b(?:self|{re.escape(fn.cls.name)})\.{re.escape(fn.name)}\s*\(", text))
        if fn.name in self.m.calls_in_loop:
            return 99
        return len(self.m.call_targets.get(fn.name, []))

    def helper_targets(self, s: Site) -> List[str]:
        """What the calls of the site's helper assign its result to, as written (`W_xh`, `'weights'`)."""
        if s.func is None:
            return []
        return [t for t in (_display(self.m, n) for n in self.m.call_targets.get(s.func.name, []) if n is not None) if t]

    @staticmethod
    def _static_helper(fn: "Function") -> bool:
        return fn.parent is None and decorated_with(fn.node, "staticmethod")

    def _composed_classes(self, block: Layer) -> List[Class]:
        """The classes of the instances handed to a block's constructor (`policy = ActorCritic(actor, critic)`
        with `actor = MLP(...)`; `model = Seq2Seq(enc, dec, device)`): the modules it holds and runs."""
        call = block.node
        if not isinstance(call, ast.Call):
            return []
        out: List[Class] = []
        for passed in list(call.args) + [k.value for k in call.keywords]:
            if isinstance(passed, ast.Name):
                out.extend(self.m.classes[b.type_name] for b in self._blocks_by_name.get(passed.id, ())
                           if b.type_name in self.m.classes and b is not block)
        return out

    def _one_argument_layer(self, s: Site) -> Optional[Layer]:
        """The one layer a module-level helper is handed through its argument in this file (`init_(self.fc1)`,
        `glorot_(self.fc1.weight)`), where it is handed exactly one: that layer is the site's."""
        if s.layer is not None or s.keyword is not None or s.func is None or s.func.cls is not None:
            return None
        found = {l.key: l for l in self.argument_layers(s)}
        return next(iter(found.values())) if len(found) == 1 else None

    def argument_layers(self, s: Site) -> List[Layer]:
        """The layers a module-level helper initialises through its argument (`def init_layer(layer):
        xavier_uniform_(layer.weight)`, `def glorot_(w): w.uniform_(-bound, bound)`), called on named layers of
        the classes of this file: `init_layer(self.fc1)`, `glorot_(self.fc1.weight)`, or in a loop over a
        literal tuple of them. [] for any other site."""
        fn = s.func
        if fn is None or fn.cls is not None or fn.parent is not None:
            return []
        text = _tensor_text(s.target_text)
        root = text.split(".")[0]
        if root not in fn.params or text[len(root):] not in ("", ".weight", ".kernel"):
            return []
        cache_key = (fn.name, text)
        found = self._argument_layers.get(cache_key)
        if found is None:
            found = self._passed_layers(fn, root, whole=text == root)
            if text != root:
                # last_zero_init(self.channel_add_conv) with `if isinstance(m, nn.Sequential): ... m[-1].weight
                # ... else: m.weight`: a Sequential has no weight of its own, the call runs the other branch
                found = [layer for layer in found if layer.kind != "container"]
            self._argument_layers[cache_key] = found
        return found

    def _passed_layers(self, fn: Function, param: str, whole: bool) -> List[Layer]:
        text, source = self.m.source.text, self.m.source
        # (the name is matched as a literal and its word start checked at each hit: a leading `\b` makes `re`
        # try every position of the text)
        called_on = {source.line_at(m.start()) for m in re.finditer(rf"{re.escape(fn.name)}\s*\(", text)
                     if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")}
        if len(called_on) <= 1:
            return []  # (the def itself, or no call: nothing to follow)
        positional = [p.arg for p in fn.node.args.posonlyargs + fn.node.args.args]
        index = positional.index(param) if param in positional else len(positional)
        attr_of = _layer_attr_of_weight if whole else _self_attr
        out: Dict[str, Layer] = {}
        for cls in self.m.classes.values():
            for method in cls.methods.values():
                if not any(method.lineno <= line <= (method.end_lineno or method.lineno) for line in called_on):
                    continue  # (only the methods that write a call of the helper are walked)
                for passed in _passed_to(method, fn.name, index, param):
                    attr = attr_of(passed)
                    layer = self.m.layers.get(f"{cls.key}.{attr}") if attr else None
                    if layer is not None and layer.kind != "block":
                        out.setdefault(layer.key, layer)
        return list(out.values())

    def block_members(self, s: Site) -> Optional[List[str]]:
        """for m in self.modules(): if isinstance(m, Block): zeros_(m.conv2.weight) -> ["Block.conv2"]: one
        named sub-layer of each block (Fixup's last conv, zero-init-residual bn3), judged where it sits in the
        block. None when the site is not such a member init."""
        root, _, rest = s.target_text.partition(".")
        single = self._single_layer_loop(s, root)
        if single is not None:
            return [single.key]
        if not rest or "." not in rest:
            return None
        attr = rest.split(".")[0].split("[")[0]
        for f in s.filters:
            if f.var == root and f.types and not self._layer_types(f.types):
                return [f"{t.rsplit('.', 1)[-1]}.{attr}" for t in f.types]
        return None

    def _single_layer_loop(self, s: Site, root: str) -> Optional[Layer]:
        """`for p in self.discriminator.parameters(): p.data.zero_()`: a loop over one layer's own tensors (its
        weight and bias) inits that layer, where it sits (a zero logit head, Fixup's zeroed last conv of a
        residual branch), not every layer."""
        if s.cls is None:
            return None
        for lp in s.loops:
            if lp.kind == "params" and root in lp.var_names and lp.owner and lp.owner.startswith("self.") \
                    and lp.owner.count(".") == 1:
                layer = s.cls.attrs.get(lp.owner[5:])
                # (a recurrent layer's own tensors are its gates' matrices, hidden inside it: still every one)
                if layer is not None and layer.kind == "linear":
                    return layer
        return None

    def blanket(self, s: Site) -> bool:
        if self.block_members(s) is not None:
            return False
        if s.loops and _breaks_after(s.loops[-1].node, s.stmt):
            return False  # for layer in reversed(layers): if isinstance(layer, nn.Linear): zeros_(...); break
        if any(f.flag and any(f.var in lp.var_names for lp in s.loops) for f in s.filters):
            return False  # for i in ...: if i == 0: ...: one iteration's tensor, not every layer's
        for loop in s.loops:
            if loop.kind in ("modules", "params"):
                owner = (loop.owner or "").split(".")[0]
                if s.func is not None and owner in s.func.params and owner != "self" \
                        and not (loop.kind == "modules" and s.func.name in self.m.applied_fns) \
                        and not (loop.kind == "params" and self._given_whole_models(s.func, owner)):
                    continue  # a helper given one module (zero_module(conv)): targeted
                # (one walking the modules of what it is given, `init_linear(self)`, visits each of them)
                return True
            if loop.kind in ("layers", "list") and ("*" in (s.key or "") or s.keyword is not None or s.per_layer
                                                    or _sized_by_pairs(s, loop)) \
                    and not _side_layer_in_loop(s, loop):
                return True
            if loop.kind in ("other", "layers") and self._container_weight(s, loop):
                return True  # for layer in self.layers: xavier_uniform_(layer.weight): each layer of the container
        if s.per_layer and not s.loops:
            # return [(scale * randn(m, n), ...) for m, n in zip(sizes[:-1], sizes[1:])], or the same list assigned
            # to a name: every layer
            return True
        if s.base_var and any(f.flag and f.var == s.base_var for f in s.filters):
            return False  # if m.init == "final": zeros_(m.weight): layers the author marked one by one
        if s.base_var and s.func is not None and (s.base_var in s.func.params or any(
                lp.kind == "other" and s.base_var in lp.var_names for lp in s.loops)) \
                and any(f.types and self._layer_types(f.types) for f in s.filters if f.var == s.base_var):
            # def init_weights(m): if isinstance(m, nn.Linear): ... (a module visitor, run by .apply);
            # isinstance(m, SomeBlock): init of m.<named tensor> is one named tensor per block: targeted
            return True
        if s.base_var and s.func is not None and not s.loops and s.func.name in self.m.applied_fns \
                and s.func.params[:1] == (s.base_var,) and s.target_text.startswith(s.base_var + ".weight"):
            # def initializer(m): if hasattr(m, "weight"): xavier_uniform(m.weight.data) -- a module visitor that
            # .apply() runs on every module (its tests of what a module has select no type): every layer
            return True
        if self.helper_uses(s) >= 2 and not self._network_helper(s) or len(self.argument_layers(s)) >= 2:
            return True  # (a helper used for several layers)
        if s.layer is None and s.cls is not None and not framework_module(s.cls) \
                and (len(s.dim_sets) >= 2 or self._built_repeatedly(s.cls)) and not self._draws_several_weights(s.cls):
            # a from-scratch layer class (`self.W = 0.01 * randn(n_in, n_out)`) built for several layers, or once per
            # pass of a comprehension (a network class drawing W1 and W2 itself, built twice, is two networks: each
            # of its weights is one layer)
            return True
        return False

    def _network_helper(self, s: Site) -> bool:
        """A module-level helper that draws several weights and returns them together (`return W1, b1, W2, b2`):
        each call builds a whole network (three experiments calling `initialize_parameters(784, 100, 1)`), not
        one layer of a deeper one."""
        fn = s.func
        if fn is not None and fn.cls is None and s.layer is not None and self._returns_network(fn.node):
            # def make_conditioner(...): layers = [...Dense(h), relu...]; layers.append(Dense(n, kernel_init=
            # zeros)); return nn.Sequential(layers): each call builds a whole network, whose own dataflow places the
            # layer (here its output)
            return True
        if fn is None or fn.cls is not None or not s.assigned_name:
            return False
        returned = self._returned_names(fn.name)
        names = {t.assigned_name for t in self._sites_by_func_node.get(id(fn.node), ())
                 if t.assigned_name in returned and W.role_of_name(t.assigned_name) == W.WEIGHT}
        return len(names) >= 2

    def _returns_network(self, fn: ast.AST) -> bool:
        """The function returns a Sequential/Model it builds of two or more layers of its own (written in its
        body, or appended to the list it hands over). Found once per function."""
        found = self._network_builders.get(id(fn))
        if found is None:
            nodes = list(walk(fn))
            built = sum(1 for n in nodes if isinstance(n, ast.Call) and W.layer_kind(self.m.ev.qname(n.func)) == "linear")
            # (or the name it binds one to: `model = models.Sequential([...]); model.fit(...); return model`)
            models = {t.id for n in nodes if isinstance(n, ast.Assign) and _builds_network(n.value)
                      for t in n.targets if isinstance(t, ast.Name)}
            found = self._network_builders[id(fn)] = built >= 2 and any(
                isinstance(n, ast.Return) and (_builds_network(n.value) or isinstance(n.value, ast.Name)
                                               and n.value.id in models) for n in nodes)
        return found

    def _draws_several_weights(self, cls: Class) -> bool:
        """Whether the class's own methods draw two or more different weight matrices (W1 and W2 of a network)."""
        drawn = {_tensor_text(o.target_text) for o in self.m.sites
                 if o.cls is cls and o.role == W.WEIGHT and o.layer is None and (o.dist.rank() or 2) >= 2}
        return len(drawn) >= 2

    # ---------------------------------------------------------------- layers
    def class_layers(self, cls: Optional[Class]) -> List[Layer]:
        """Layers of a class and of the classes of this file it builds, transitively."""
        if cls is None:
            return [l for l in self.m.layers.values()]
        if cls.name in self._class_layers_cache:
            return self._class_layers_cache[cls.name]
        built = self._built_classes(cls)
        out = [layer for name in built for layer in self._layers_by_owner.get(name, ())]
        seen = {id(layer) for layer in out}
        for name in built:
            for layer in self._handed_layers(name):
                if id(layer) not in seen:
                    seen.add(id(layer))
                    out.append(layer)
        for layer in list(out):
            if layer.kind == "container":
                # (a container a module-level helper fills, `self.conv1 = conv(a, b)`: the helper's layers, ownerless)
                for el in layer.elements:
                    if id(el) not in seen and el.owner is None and el.kind != "container":
                        seen.add(id(el))
                        out.append(el)
        self._class_layers_cache[cls.name] = out
        return out

    def _built_classes(self, cls: Class) -> List[str]:
        """The names of the class and of every class of this file its methods build, transitively (depth first, in
        a fixed order)."""
        seen: Set[str] = set()
        out: List[str] = []
        todo = [cls.name]
        while todo:
            name = todo.pop()
            if name in seen or name not in self.m.classes:
                continue
            seen.add(name)
            out.append(name)
            todo.extend(sorted(self.m.classes[name].instantiates | self._handed_classes(name), reverse=True))  # (a set: sorted, no hash order)
        return out

    def _handed_classes(self, name: str) -> Set[str]:
        """Classes of this file built where `name` is built and handed to its constructor, which keeps them
        (`GANModel(args, discriminator=Discriminator(args), generator=Generator(args))` with `self.generator =
        generator`): submodules of it, as if it built them itself."""
        return {given.func.id for given in self._handed_calls(name) if given.func.id in self.m.classes}  # type: ignore[attr-defined]

    def _handed_layers(self, name: str) -> List[Layer]:
        """The layers of the containers module-level factories of this file build where `name` is built and hand
        to its constructor, which keeps them (`VGG(make_features(cfg))` with `self.features = features`, the convs
        `make_features` puts in the `nn.Sequential` it returns)."""
        out: List[Layer] = []
        for given in self._handed_calls(name):
            made = factory_layer(self.m, given, container=True)
            if made is not None:
                out.extend(el for el in self._layer_tree(made)[1:] if el.owner is None and el.kind != "container")
        return out

    def _handed_calls(self, name: str) -> List[ast.Call]:
        """The calls of names (`Discriminator(args)`, `make_features(cfg)`) passed, where the class `name` is
        built, to constructor parameters it keeps as attributes. Found once per class."""
        found = self._handed_cache.get(name)
        if found is not None:
            return found
        found = self._handed_cache[name] = []
        cls = self.m.classes.get(name)
        ctor = cls.methods.get("__init__") if cls is not None else None
        if cls is None or ctor is None or name + "(" not in self.m.source.text:
            return found
        calls = [call for call, _, _ in self.m.calls_of(name, self.m.module_definition(name, cls.node))
                 if any(isinstance(v, ast.Call) and isinstance(v.func, ast.Name)
                        for v in call.args + [k.value for k in call.keywords])]
        if not calls:
            return found  # (most classes: built with sizes and flags, no module handed in)
        params = [a.arg for a in ctor.args.posonlyargs + ctor.args.args][1:]
        kept = {n.value.id for n in walk(ctor) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
                and any(_self_attr(t) for t in n.targets)}
        for call in calls:
            for i, p in enumerate(params):
                given = arg(call, i, p)
                if p in kept and isinstance(given, ast.Call) and isinstance(given.func, ast.Name):
                    found.append(given)
        return found

    def _layer_tree(self, layer: Layer) -> List[Layer]:
        """A layer with the layers inside it: a container's elements, a block's class layers, transitively."""
        if layer.kind == "container":
            return [layer] + [x for el in layer.elements for x in self._layer_tree(el)]
        if layer.kind == "block" and layer.type_name in self.m.classes:
            return [layer] + self.class_layers(self.m.classes[layer.type_name])
        return [layer]

    def matched_layers(self, s: Site) -> Optional[List[Layer]]:
        """Layers a blanket site initialises (None when unknown)."""
        types: Tuple[str, ...] = ()
        for f in s.filters:
            if f.types and (not s.base_var or f.var == s.base_var):
                types = f.types
        cls = s.cls
        if s.func is not None and self._built_layer(s):
            # the layers the helper builds: one per call (`self.fc1 = Linear(embed_dim, ffn_dim)`)
            name = s.func.name
            built = {l.key: l for l in self.m.layers.values() if isinstance(l.node, ast.Call)
                     and isinstance(l.node.func, ast.Name) and l.node.func.id == name}
            return self._of_types(list(built.values()), types)
        if cls is None and s.func is not None and self.argument_layers(s):
            return self._of_types(self.argument_layers(s), types)  # init_layer(self.fc1); init_layer(self.fc2)
        if cls is None and s.func is not None:
            # a module-level visitor: the classes that .apply() it
            # (every class whose constructor applies it: VAE, VQ-VAE and PixelCNN of one file sharing weights_init)
            owners: List[Class] = list(self._applying_classes.get(s.func.name, ()))
            targets = self.m.applied_to.get(s.func.name, [])
            if not owners and targets and all(t is not None for t in targets):
                # self.classifier.apply(weights_init_classifier): the layers of what it is applied to, only
                reached = {l.key: l for t in targets if t is not None for l in self._layer_tree(t)}
                return self._of_types(list(reached.values()), types)
            if not owners:
                # model = Net(); model.apply(init_fn): the class of the object it is applied to
                for _, _, obj in self.m.applied_at.get(s.func.name, []):
                    for block in self._blocks_by_name.get(obj, ()):
                        if block.type_name in self.m.classes:
                            owners.append(self.m.classes[block.type_name])
                            owners.extend(self._composed_classes(block))
            if len(owners) > 1:  # generator.apply(init_fn); discriminator.apply(init_fn): the layers of both
                merged = {l.key: l for o in owners for l in self.class_layers(o)}
                return self._of_types(list(merged.values()), types)
            cls = owners[0] if owners else None
        layers = self.class_layers(cls) if cls is not None else list(self.m.layers.values())
        within = self._looped_container(s)
        if within is not None:
            layers = within  # for module in self.bot_mlp.modules(): that container's layers only
        named = self._name_filters(s)
        if named:
            # for name, p in self.named_parameters(): if "lstm" in name: ... (for k, m in self.named_modules(): if
            # "head_fc" in k: ...) -- the layers so named only
            layers = [l for l in layers if all(t in l.name for t in named)]
        sub = s.base_var.split(".") if s.base_var else []
        if len(sub) == 2 and sub[1].isidentifier() and any(sub[0] in lp.var_names for lp in s.loops if lp.kind == "modules"):
            # for m in self.blocks.modules(): ... constant_(m.temporal_fc.weight, 0): the sub-layer of that name only
            layers = [l for l in layers if l.name == sub[1] or l.key.rsplit(".", 1)[-1] == sub[1]]
        return self._of_types(layers, types)

    @staticmethod
    def _name_filters(s: Site) -> List[str]:
        """The texts a loop over named modules or parameters tests the name for (`if "head_fc" in k:`)."""
        return [f.text for f in s.filters if f.text and f.name_role == W.UNKNOWN
                and any(lp.kind in ("params", "modules") and f.var in lp.var_names for lp in s.loops)]

    def _container_weight(self, s: Site, loop: Loop) -> bool:
        """The weight of the loop variable of a loop over a container of layers the class holds (`for layer in
        self.layers: nn.init.xavier_uniform_(layer.weight)`), the container's layers all built in this file."""
        if not s.base_var or s.base_var not in loop.var_names or s.role != W.WEIGHT or s.cls is None:
            return False
        parts = s.target_text.split(".")
        if parts[-1] == "data":
            parts.pop()
        if parts != [s.base_var, "weight"] and parts != [s.base_var, "kernel"]:
            return False
        attr = loop.owner[5:] if loop.owner and loop.owner.startswith("self.") else None
        container = s.cls.attrs.get(attr) if attr else None
        return container is not None and container.kind == "container" and container.complete \
            and bool(container.elements) and all(e.kind in ("linear", "rnn", "act", "norm") for e in container.elements)

    def _looped_container(self, s: Site) -> Optional[List[Layer]]:
        """The layers of the container a blanket loop walks (`for m in self.bot_mlp.modules()`, `for m in
        self.net`), with the layers of the containers inside it (of a single layer or a block of this file: its
        own); None for the whole model or an unknown one."""
        cls = s.cls
        # (the loop variable: `m` of m.weight, or the parameter itself in `for name, p in ...named_parameters()`)
        var = s.base_var or (s.target_text if s.target_text.isidentifier() else None)
        for lp in reversed(s.loops):
            if not var or var not in lp.var_names:
                continue
            attr = lp.owner[5:] if lp.owner and lp.owner.startswith("self.") else None
            container = cls.attrs.get(attr) if cls is not None and attr else None
            if container is None and lp.owner and "." in lp.owner and not attr and s.func is not None:
                container = self._container_set_before(lp.owner.rsplit(".", 1)[1], s.func.node, lp.node.lineno)
            if container is not None and container.kind in ("linear", "rnn"):
                return [container]  # for name, p in self.linear.named_parameters(): that one layer's
            if container is not None and container.kind == "block" and container.type_name in self.m.classes:
                return self._layer_tree(container)  # for p in self.gru.parameters(), a block of this file
            if container is None or container.kind != "container":
                return None
            out: List[Layer] = []
            todo = [container]
            while todo:
                layer = todo.pop()
                out.append(layer)
                todo.extend(reversed(layer.elements))
            return out
        return None

    def _container_set_before(self, attr: str, fn: ast.AST, line: int) -> Optional[Layer]:
        """`for layer in model.classifier:` after `base_model.classifier = nn.Sequential(...)` (model = base_model)
        in the same function: the last container this function assigned to an attribute so named, above the loop."""
        lo, hi = fn.lineno, line  # type: ignore[attr-defined]
        found = [l for l in self.m.layers.values() if l.kind == "container" and l.name.rsplit(".", 1)[-1] == attr
                 and "." in l.name and lo <= getattr(l.node, "lineno", 0) < hi]
        return max(found, key=lambda l: getattr(l.node, "lineno", 0)) if found else None

    @staticmethod
    def _of_types(layers: List[Layer], types: Tuple[str, ...]) -> Optional[List[Layer]]:
        layers = [l for l in layers if l.kind in ("linear", "rnn")]
        if types:
            lasts = {t.rsplit(".", 1)[-1] for t in types}
            # (nn.LazyLinear is a Linear: a subclass, and the class it becomes at its first forward pass)
            layers = [l for l in layers for last in [l.type_name.rsplit(".", 1)[-1]]
                      if last in lasts or last.startswith("Lazy") and last[len("Lazy"):] in lasts]
        return layers or None

    def layer_role(self, key: Optional[str]) -> Position:
        if key is None:
            return "unknown"
        if key in self.facts.gated and key not in self.facts.hidden and self.zero_gate(key):
            return "dead"  # a zero layer scaled by a zero gate: neither gets a gradient, exemptions do not combine
        if key in self.facts.added:
            return "residual"
        if key in self.facts.hidden:
            return "hidden"
        if key in self.facts.output:
            if self._variable_helper_output(key):
                return "hidden"
            return "output"
        if key in self.facts.fed_linear and self._keras_layer(key):
            # model.add(Dense(128, kernel_initializer="zeros")); model.add(Dense(128, ...)): a Keras stack's layer
            # that feeds the next with no activation between is still a hidden layer of it
            return "hidden"
        return "unknown"

    def _variable_helper_output(self, key: str) -> bool:
        """A variable (`kernel = tf.get_variable(...)`) whose layer output is all its function returns, only
        through its first activation, of the ReLU family (`return activation_fn(tf.nn.conv2d(x, kernel))`,
        activation_fn=tf.nn.relu): a helper building one layer of a stack (PointNet's `tf_util.conv2d`), as in
        `_layer_pairing`; a network's output link is never a ReLU, so the layer is a hidden one."""
        f = self.facts
        if not is_tensor_key(key) or key in f.hidden or key not in f.returned_alone or key in f.output_raw:
            return False
        consumer = f.consumer.get(key)
        return consumer is not None and act_family(consumer[0][0]) == "relu"

    def _keras_layer(self, key: str) -> bool:
        layer = self.m.layers.get(key)
        return layer is not None and layer.kind == "linear" and layer.type_name.startswith(_KERAS)

    def zero_gate(self, key: Optional[str]) -> Optional[Site]:
        """The zero-initialised gate parameter (self.gate = nn.Parameter(torch.zeros(1))) that scales this
        layer's output on its residual path, if any: with the layer zero too, the branch never trains."""
        if key is None:
            return None
        for cls_name, attr in self.facts.gated.get(key, ()):
            for site in self._gate_sites.get((cls_name, "self." + attr), ()):
                if not self.overwritten(site):
                    return site
        return None

    def _into_output_link(self, key: Optional[str]) -> bool:
        """The layer's first activation is an output link (`p = tf.nn.softmax(tf.matmul(hidden1, w0) + b0)`) and
        no layer follows it: the network's last layer, whatever its number says (a book that names it w0)."""
        consumer = self.facts.consumer.get(key or "")
        return consumer is not None and consumer[0][0] in ("softmax", "log_softmax", "sigmoid") \
            and key not in self.facts.hidden

    def numbered_hidden(self, s: Site) -> bool:
        """W1 with a W2 in the same scope: W1 feeds further layers."""
        if not is_tensor_key(s.key):
            return False
        name = tensor_name(s.key)
        numbered = _split_number(name)
        if numbered is None:
            return False
        top = self._numbered.get((id(s.func) if s.func is not None else 0, numbered[0]))
        return top is not None and top > numbered[1]

    def position_role(self, s: Site) -> Position:
        """hidden | output | residual | blanket | unknown."""
        if s.call is not None and not s.target_text.startswith("self."):
            # one call of a helper that calls pass different scales to (`w1 = variable("w1", [784, 256], 0.001)`):
            # the layer that call's result is, never every layer the helper serves (a class's own tensor,
            # `self.W1` drawn with the scale `Net(0.001)` passes, keeps its place in the class; so does a local of
            # a function that runs the network itself, `W1 = randn(d, M) * r` then `tanh(X @ W1)`, called with
            # each scale in turn)
            own = self._numbered_role(s, self.own_layer_role(s))
            if own != "unknown":
                return own
            calls = self.m.calls_of(last_name(s.call.func) or "")
            here = next(((caller, t) for c, caller, t in calls if c is s.call), None)
            target = here[1] if here is not None else None
            if here is None or not target or not target.isidentifier():
                return "unknown"
            caller = here[0]
            role = self.layer_role(tensor_key(target))
            if role == "hidden" and tensor_key(target) in self.facts.output \
                    and sum(1 for _, c2, t in calls if c2 is caller and t == target) > 1:
                # `weights = variable(...)` written again for each layer of `inference` in turn, the last time for
                # the logits: the name's facts mix the layers, so which one this call makes is not known
                return "unknown"
            return role
        if self.blanket(s):
            if s.base_var and _named_for_heads(s.func):
                # def weights_init_classifier(m): ... normal_(m.weight, std=0.001): a visitor written for the
                # classifier (`self.classifier.apply(weights_init_classifier)`), whatever module it is run on
                return "output"
            return "blanket"
        members = self.block_members(s)
        if members is not None:
            roles = {self.layer_role(k) for k in members}
            for r in ("hidden", "residual", "output"):
                if r in roles:
                    return r
            return "unknown"
        passed = self._one_argument_layer(s)
        if passed is not None:
            return self.layer_role(passed.key)
        role = self.own_layer_role(s)
        if role in ("output", "unknown") and self._layer_type_weight(s):
            return "blanket"
        role = self._numbered_role(s, role)
        if role == "unknown" and s.in_list is not None:
            return "hidden" if s.in_list[0] < s.in_list[1] - 1 else "output"
        return role

    def _numbered_role(self, s: Site, role: Position) -> Position:
        """`role`, or "hidden" where it is unknown for a numbered weight that is not the last (`W1` beside `W2`)
        and does not go into the output link."""
        if role == "unknown" and self.numbered_hidden(s) and not self._into_output_link(s.key):
            return "hidden"
        return role

    def _layer_type_weight(self, s: Site) -> bool:
        """The weight of a from-scratch layer type (`class LinearModule: ... self.params['weight'] =
        np.random.normal(0, 0.0001, (out_f, in_f))`; `forward` returns `W @ x + b`; a `backward`), built by a
        network in another file: what its forward returns is that layer's output, not the network's, and its
        init serves every layer built from it, hidden ones too. Not a complete model (a class with fit /
        train / predict: a linear or logistic regression), nor one built here (its instances decide)."""
        cls = s.cls
        f = self.facts
        if cls is None or s.func is None or s.func.name != "__init__" or framework_module(cls) \
                or len(s.dist.shape) < 2 or s.key is None or s.key in f.consumer:
            return False
        # (its output reaches the result raw; or the dataflow lost it in the forward's own loops, a from-scratch
        # convolution's `for i in range(H_new): out[:, :, i, j] = np.sum(x_pad[...] * w, ...)`: no fact at all)
        if s.key not in f.output_raw and (s.key in f.output or s.key in f.hidden or s.key in f.applied
                                          or s.key in f.added or s.key in f.fed):
            return False
        methods = set(cls.methods)
        if methods & _MODEL_METHODS or not ("backward" in methods or _LAYER_TYPE_NAME.search(cls.name)
                                            or self._part_of_layer_type(cls)):
            return False
        numbered = _split_number(tensor_name(s.key)) if is_tensor_key(s.key) else None
        if numbered is not None and (self._numbered.get((id(s.func), numbered[0])) or 0) >= 2:
            return False  # (`self.elems['weight1']`, `self.elems['weight2']`: a network of numbered layers)
        if any(p.arg in _TARGET_PARAMS for fn in cls.methods.values() for p in fn.args.args):
            return False  # (`def BPTT(self, inputs, targets, learning_rate)`: a layer never sees the targets; a model)
        return not self.instances(cls)

    def _part_of_layer_type(self, cls: Class) -> bool:
        """A class every call of which is written in a loop of a method of a from-scratch layer type (`class
        Filter` built once per output channel by `ConvLayer.__init__`): its weight is that layer's, wherever it is
        used. (Parts built one by one and named, `self.Wxi = neural_weight(h, n)`, `self.Bi = neural_weight(h, 1,
        'zero')`, are weights and biases by their names: their own targets decide.)"""
        calls = self.m.calls_of(cls.name, cls.node)
        if not calls:
            return False
        loops: Dict[int, List[Tuple[int, int]]] = {}  # the line spans of each caller's loops, found once per caller
        for call, caller, _ in calls:
            if caller is None:
                return False
            owner = next((c for c in self.m.classes.values() if caller in c.methods.values()), None)
            if owner is None or owner is cls or framework_module(owner):
                return False
            spans = loops.get(id(caller))
            if spans is None:
                spans = loops[id(caller)] = [(n.lineno, n.end_lineno or n.lineno) for n in walk(caller)
                                             if isinstance(n, (ast.For, ast.While, ast.ListComp, ast.GeneratorExp))]
            if not any(lo <= call.lineno <= hi for lo, hi in spans):
                return False
            methods = set(owner.methods)
            if methods & _MODEL_METHODS or not ("backward" in methods or _LAYER_TYPE_NAME.search(owner.name)):
                return False
        return True

    def _inherited_key(self, s: Site) -> Optional[str]:
        """`self.w1` drawn in a subclass's method (`class RandomInitNetwork(DualLayer)` overriding
        `init_weights`) whose forward pass only a base class of this file writes (`DualLayer.forpass`): the key
        the dataflow gave that tensor in the base class. Asked only where the subclass's own methods give the
        tensor no facts."""
        cls = s.cls
        if cls is None or s.layer is not None or not s.key or not s.key.startswith(cls.key + "."):
            return None
        attr = s.key[len(cls.key) + 1:]
        f = self.facts
        for base in parent_classes(self.m, cls.bases, cls):
            key = f"{base.key}.{attr}"
            if key in f.hidden or key in f.output or key in f.consumer or key in f.added:
                return key
        return None

    def own_layer_role(self, s: Site) -> Position:
        """`layer_role` of the site's key, from the facts of its own tensor where one name stands for several
        (bound in several scopes, or again further on in its own: `_own_scopes`)."""
        role = self.layer_role(s.key)
        if role == "unknown":
            inherited = self._inherited_key(s)
            if inherited is not None:
                role = self.layer_role(inherited)
        scopes = self._own_scopes(s) if role in ("hidden", "output", "unknown") else None
        if scopes is not None:
            f = self.facts
            role = "hidden" if scopes & f.scoped_hidden.get(s.key or "", set()) \
                or s.key is not None and self._scoped_relu_result(s.key, scopes) is not None else \
                "output" if scopes & f.scoped_output.get(s.key or "", set()) else "unknown"
        return role

    def _given_whole_models(self, fn: Function, param: str) -> bool:
        """Whether every call of the helper `fn` in this file passes `self` for `param` (`initialize_weights(self)`
        in each network's constructor, `def initialize_weights(network): for name, p in
        network.named_parameters(): ...`): it walks whole networks, not one module handed to it."""
        node = fn.node
        if fn.cls is not None or node.name + "(" not in self.m.source.text:
            return False
        positional = [a.arg for a in node.args.posonlyargs + node.args.args]
        calls = [c for c, _, _ in self.m.calls_of(node.name)]
        if not calls:
            return False
        for call in calls:
            given = arg(call, positional.index(param) if param in positional else None, param)
            if not (isinstance(given, ast.Name) and given.id == "self"):
                return False
        return True

    def blanket_has_hidden(self, s: Site) -> bool:
        if s.layer is not None and s.key in self.facts.applied:
            # a layer built by a helper called for several layers (conv_block(x), deep_layer(units)(x)):
            # the dataflow followed every call, so its own position decides
            return self.layer_role(s.key) == "hidden"
        versioned = s.key is not None and s.key in self._name_key_versions
        if is_tensor_key(s.key) and s.assigned_name and not s.key.endswith("*") and not s.loops \
                and (self.own_layer_role(s) == "output" if versioned
                     else self.layer_role(s.key) == "output" and s.key not in self.facts.hidden) \
                and self._network_function(s):
            # W_fc2 = tf.get_variable(...) in a network function built twice (reuse=True): one named weight of
            # several, and the dataflow put it at the output (the discriminator's logit layer)
            return False
        layers = self.matched_layers(s)
        # (a plain-name key names one tensor, unless it is the variable of a loop over a layer's parameters:
        # `for name, p in self.linear.named_parameters(): normal_(p, ...)`, where the layers decide)
        looped = any(lp.kind == "params" and s.target_text in lp.var_names for lp in s.loops)
        if layers is None and self._name_filters(s):
            return False  # (modules picked by name, `if "head_fc" in k:`, none of them a layer this file builds)
        if layers is None or is_tensor_key(s.key) and not looped:
            return True
        weighted = list({l.key: l for l in layers}.values())  # (a layer reached along two paths is one layer)
        if len(weighted) == 1 and not weighted[0].repeated:
            # (a recurrent layer's weights feed its own next step, wherever its output goes)
            return weighted[0].kind == "rnn" or self.layer_role(weighted[0].key) == "hidden"
        # several layers: hidden unless the dataflow placed every one of them at the output (a helper applied
        # to the heads only, `init_uniform(self.mu_layer)`, `init_uniform(self.value)`)
        return any(l.repeated or self.layer_role(l.key) != "output" for l in weighted)

    # ---------------------------------------------------------------- pairing
    def pairing(self, s: Site) -> Optional[Pairing]:
        """The hidden activation that consumes the initialised layer, if one is known."""
        if self._shared_entry_key(s):
            return None
        if s.keyword == "depthwise_initializer" and s.layer is not None and "eparable" in s.layer.type_name:
            return None  # a separable conv's depthwise kernel feeds its pointwise one, linearly: not the activation
        scopes = self._own_scopes(s)
        if scopes is not None:
            return self._scoped_pairing(s, scopes)
        passed = self._one_argument_layer(s)
        if passed is not None:
            # def zero_init_(layer): layer.weight.fill_(0.0), called once, as zero_init_(self.fc1): fc1's consumer
            return self._layer_pairing(passed.key, passed.name)
        # for p in self.parameters(): xavier_uniform_(p) -- over the whole model (self.blstm.named_parameters()
        # is one sub-module's: its own layers, not the model's, decide)
        params_loop = any(l.kind == "params" and "." not in (l.owner or "") for l in s.loops)
        visited = [(c, a) for c, a in self.visited_classes(s) if a in c.param_attrs]
        if visited:
            # elif isinstance(module, MLP): xavier_uniform_(module.W_1): the parameter of a class of this file,
            # paired as its own forward uses it (`relu(x @ self.W_1 + self.B_1)`, then `@ self.W_2`)
            return _agreed([p for c, a in visited for p in [self._class_pairing(c, f"{c.key}.{a}", a, True)
                                                            or self._layer_pairing(f"{c.key}.{a}", a)]
                            if p is not None])
        # (the weights of one recurrent sub-module, `for name, p in self.lstm.named_parameters(): if "weight" in
        # name: kaiming_normal_(p)`: its cell's own tanh and sigmoid gates consume them)
        looped = self.matched_layers(s) if any(l.kind == "params" for l in s.loops) else None
        rnn_loop = bool(looped) and all(l.kind == "rnn" for l in looped or [])
        # (and the parameters of one sub-module the file builds, `for p in self.encoder_layer.parameters():`:
        # its own layers, in the order its forward runs them)
        sub_loop = bool(looped) and any(l.kind == "params" and (l.owner or "").startswith("self.") for l in s.loops)
        # (`self.params['W'] = randn(...)` in a from-scratch layer's constructor: the class's own tensor, though its
        # key is the entry's)
        own_entry = s.cls is not None and s.func is not None and s.func.name == "__init__" and not s.loops \
            and s.target_text.startswith("self.") and "[" in s.target_text \
            and (len(s.dim_sets) >= 2 or self._built_repeatedly(s.cls))
        if self.blanket(s) and s.keyword is None and (params_loop or rnn_loop or sub_loop or own_entry
                                                      or not is_tensor_key(s.key)
                                                      or bool(self.argument_layers(s))):
            layers = self.matched_layers(s) or []
            redone = self._reinitialised_later(s)
            found: List[Pairing] = []
            recurrent: List[Pairing] = []  # (the cells' pairings: a recurrent weight's init answers to its gates)
            for l in layers:
                if l.key in redone:
                    continue  # (a later loop of the same function gives this layer's weight an init of its own)
                p = self._layer_pairing(l.key, l.name)
                owner = self.m.classes.get(l.owner or "")
                if p is None and owner is not None:
                    p = self._returned_activation(owner, l)
                    if p is not None and p.act[0] in _RETURNED_LINKS:
                        # `log_var = F.softplus(self.log_var(x))` returned by an encoder: a head's link to the
                        # distribution it parametrises, no hidden activation for the blanket init to answer to
                        p = None
                if p is not None:
                    (recurrent if l.kind == "rnn" else found).append(p)
            if not found:
                found = recurrent
            if not found and not layers and s.layer is None and s.cls is not None and s.func is not None \
                    and s.func.name == "__init__" and not framework_module(s.cls) \
                    and (len(s.dim_sets) >= 2 or self._built_repeatedly(s.cls)):
                # a from-scratch layer class (`self.weights = 0.01 * np.random.randn(n_inputs, n_neurons)`) built
                # for several layers (`blanket`): what follows its instances
                # (or, when none of them is followed by an activation, the one the class applies itself)
                return self._instances_pairing(s.cls, s.assigned_name or s.target_text) or self._instance_pairing(s)
            if not found and not layers and s.layer is None and s.cls is not None and s.key \
                    and isinstance(s.stmt, ast.Assign) and comprehended(s.stmt.value):
                # self.weights = [randn(y, x) / np.sqrt(x) for ...]: one weight per layer, indexed by the forward
                # pass (`self.weights[i].dot(a)`): what the dataflow found after its entries
                return self._layer_pairing(s.key, s.assigned_name or s.target_text)
            return _agreed(found)
        if s.in_list is not None and s.in_list[0] == s.in_list[1] - 1:
            return None  # the last weight of a per-layer list: the output layer (its activation is the output link)
        made = self.partial_layers(s)
        if made:
            return _agreed([p for l in made for p in [self._layer_pairing(l.key, l.name)] if p is not None])
        listed = self.listed_layers(s)
        if listed:
            # for l in [self.conv1, self.conv2, ..., self.fc3]: xavier_uniform_(l.weight): the layers the author
            # listed; what follows those that feed another layer, when they agree
            return _agreed([p for l in listed for p in [self._layer_pairing(l.key, l.name)] if p is not None])
        own = self._layer_pairing(s.key, s.layer.name if s.layer else (s.assigned_name or s.target_text))
        if own is None and s.layer is None:
            inherited = self._inherited_key(s)
            if inherited is not None:
                own = self._layer_pairing(inherited, s.assigned_name or s.target_text)
        if own is None:
            own = self._instance_pairing(s)
        if own is None and s.func is not None and s.func.name == "__init__" and self._own_layer_class(s):
            # class Dense(layers.Layer) drawing its own kernel: what follows its hidden instances, when they agree
            # (judged through them as a from-scratch layer class is, though not blanket: its instances may all be
            # heads)
            own = self._instances_pairing(s.cls, s.assigned_name or s.target_text)  # type: ignore[arg-type]
        if own is None and s.layer is not None and s.cls is not None:
            own = self._returned_activation(s.cls, s.layer)
        if own is None and s.layer is None and s.cls is not None and s.keyword == "param" and s.key \
                and is_tensor_key(s.key):
            # W = self.param("W", init, shape); return nn.relu(jnp.dot(x, W)): a Flax layer class's own
            # kernel, consumed by the activation its __call__ returns
            f = self.facts
            # (a local's key is the file's: another class's `W` would lend it its activation)
            alone = all(o.func is s.func for o in self.m.sites if o.key == s.key)
            if alone and s.key in f.output and s.key not in f.output_raw and s.key not in f.added:
                own = self._class_pairing(s.cls, s.key, s.assigned_name or s.target_text, False)
        if own is None and s.keyword == "weights_initializer" and s.stmt is not None:
            own = self._arg_scope_pairing(s)
        if own is None and is_tensor_key(s.key) and s.key.endswith("*"):
            own = self._numbered_pairing(s.key[:-1], s.target_text)
        if own is None and is_tensor_key(s.key) and s.key.endswith("[*]"):
            own = self._appended_pairing(s, s.key)
        if own is None and is_tensor_key(s.key) and s.key.endswith("]") and "*" not in s.key:
            # weights["layer_0"] drawn on its own, read back as weights["layer_%d" % i] in the forward loop
            own = self._pattern_pairing(s.key, s.assigned_name or s.target_text)
        if own is None and s.call is None:
            own = self._helper_result_pairing(s)
        return own if own is not None else self._wrapper_pairing(s)

    def _helper_result_pairing(self, s: Site) -> Optional[Pairing]:
        """A variable a module-level helper (or a method, `self.make_var(...)`) makes and returns (`def
        weight_variable(shape): var = tf.get_variable("w", shape, initializer=xavier); return var`), paired as what
        the calls assign its result to: the activations that consume those names, when they agree (`W1 =
        weight_variable(...)`, `relu(x @ W1)`; an output layer's call adds nothing). A result that a caller returns
        in turn (`var = _variable_on_cpu(...); return var` in `_variable_with_weight_decay`) is followed one helper
        further."""
        fn = s.func
        if fn is None or fn.parent is not None or s.layer is not None:
            return None
        if fn.cls is not None:
            # def make_var(self, name, shape): return tf.get_variable(name, shape, initializer=xavier()), called
            # `kernel = self.make_var("weights", shape)` in the class's layer methods (caffe-tensorflow's Network)
            if not (s.returned or isinstance(s.stmt, ast.Return)):
                return None
            keys = [tensor_key(name) for name in _method_result_names(fn)]
        elif not is_tensor_key(s.key) or not _returns_name(fn.node, tensor_name(s.key)):
            return None
        else:
            keys = self._helper_result_keys(fn, 0)
        name = s.assigned_name or s.target_text
        return _agreed([p for k in keys for p in [self._layer_pairing(k, name)] if p is not None]) if keys else None

    def _function_writing(self, node: ast.AST, fn: Function) -> Optional[Function]:
        """The module-level function, other than `fn`, whose body holds `node` (an initializer a caller of `fn`
        wrote and passed to it); None when `fn` holds it itself."""
        line = getattr(node, "lineno", 0)
        if fn.node.lineno <= line <= (fn.node.end_lineno or fn.node.lineno):
            return None
        return next((f for f in self.m.functions.values() if f.cls is None and f.parent is None
                     and f.node.lineno <= line <= (f.node.end_lineno or f.node.lineno)), None)

    def _helper_result_keys(self, fn: Function, depth: int, only_in: Optional[ast.AST] = None) -> List[str]:
        """The flow keys of the names the calls of helper `fn` assign its result to (see
        `_helper_result_pairing`); with `only_in`, of the calls written in that function only."""
        out: List[str] = []
        for _, caller, target in self.m.calls_of(fn.name, fn.node):
            if not target or not target.isidentifier() or only_in is not None and caller is not only_in:
                continue
            outer = self.m.functions.get(caller.name) if caller is not None else None
            if outer is not None and outer.node is caller and outer.cls is None and outer.parent is None \
                    and _returns_name(caller, target) and target not in outer.params:
                if depth < 1:
                    out.extend(self._helper_result_keys(outer, depth + 1))
                continue
            out.append(tensor_key(target))
        return out

    def _layer_helper_output(self, key: str) -> bool:
        """Whether the layer is made in a module-level function whose first parameter is the input it applies the
        layer to (`def conv2d(inputs, filters, ...)`), a function no code of this file calls."""
        layer = self.m.layers.get(key)
        node = layer.node if layer is not None else None
        for fn in self.m.functions.values():
            if fn.cls is not None or fn.parent is not None or not fn.params or self.m.calls_of(fn.name, fn.node):
                continue
            start, end = fn.node.lineno, fn.node.end_lineno or fn.node.lineno
            if node is not None and start <= getattr(node, "lineno", 0) <= end:
                first = fn.params[0]
                return isinstance(node, ast.Call) and any(isinstance(a, ast.Name) and a.id == first
                                                          for a in call_arg_values(node)[:1])
        return False

    def _arg_scope_pairing(self, s: Site) -> Optional[Pairing]:
        """`arg_scope([conv2d, fully_connected], weights_initializer=..., activation_fn=tf.nn.relu)`: every layer
        made under the scope gets both, as `Dense(64, activation="relu", kernel_initializer=...)` does in one call
        (a `normalizer_fn` between the layer and its activation leaves the activation its consumer)."""
        stmt = s.stmt
        assert stmt is not None
        heads: List[ast.AST] = [item.context_expr for item in stmt.items] \
            if isinstance(stmt, (ast.With, ast.AsyncWith)) else [stmt]
        for n in (x for h in heads for x in walk(h)):  # (the with-items, not the body under them)
            if not isinstance(n, ast.Call) or last_name(n.func) != "arg_scope":
                continue
            kws = {k.arg: k.value for k in n.keywords if k.arg is not None}
            if "weights_initializer" not in kws:
                continue
            if "activation_fn" not in kws:
                # TF-slim's conv2d / fully_connected default to activation_fn=tf.nn.relu: a scope over them that
                # does not set one leaves every layer made in it on ReLU (a logits layer passes its own None)
                listed = n.args[0] if n.args and isinstance(n.args[0], (ast.List, ast.Tuple)) else None
                names = [self.m.ev.qname(e) or "" for e in listed.elts] if listed is not None else []
                if names and all(q.startswith(SLIM_PREFIXES) and q.rsplit(".", 1)[-1] in SLIM_RELU_LAYERS for q in names):
                    return Pairing(("relu", None), "every layer of the arg_scope", n)
                return None
            act = act_from_reference(self.m.ev, kws["activation_fn"])
            return Pairing(act, "every layer of the arg_scope", kws["activation_fn"]) if act is not None else None
        return None

    def _pattern_pairing(self, key: str, name: str) -> Optional[Pairing]:
        """The pairing of the one keyed pattern (`w:weights[layer_*]`) a literal entry's key matches."""
        base, _, entry = key.partition("[")
        matching = [k for k in self.facts.hidden
                    if k.startswith(base + "[") and "*" in k and fnmatch.fnmatchcase(entry, k[len(base) + 1:])]
        return self._layer_pairing(matching[0], name) if len(matching) == 1 else None

    def _numbered_pairing(self, prefix: str, name: str) -> Optional[Pairing]:
        """`parameters['W' + str(l)] = ...` for every layer, read back one by one (`W1 = parameters["W1"]`;
        `A1 = relu(np.dot(W1, X) + b1)`): what follows the numbered weights that feed another layer, when
        they agree."""
        found = [p for k in sorted(self.facts.hidden) if k.startswith(prefix) and k[len(prefix):].isdigit()
                 for p in [self._layer_pairing(k, name)] if p is not None]
        starred = prefix + "*"
        f = self.facts
        if not found and starred in f.consumer and starred not in f.output and starred not in f.added:
            # z.append(relu(matmul(z[i], weights['W_%d' % i]))) in a loop over the layers, the prediction made
            # by another weight: every numbered weight feeds the activation the loop applies
            act, node = f.consumer[starred]
            return Pairing(act, name, node)
        return _agreed(found)

    def listed_layers(self, s: Site) -> List[Layer]:
        """The layers of a loop over a literal list or tuple of them that the site initialises through the loop
        variable (`for l in [self.conv1, self.fc1]: init(l.weight)`), each once; [] for anything else."""
        if s.key is not None or not s.base_var or s.cls is None:
            return []
        loop = next((lp for lp in reversed(s.loops) if s.base_var in lp.var_names), None)
        if loop is None or not isinstance(loop.node, (ast.For, ast.AsyncFor)) \
                or not isinstance(loop.node.iter, (ast.List, ast.Tuple)) or loop.node.target.__class__ is not ast.Name:
            return []
        out: List[Layer] = []
        for el in loop.node.iter.elts:
            attr = _self_attr(el)
            layer = s.cls.attrs.get(attr) if attr else None
            if layer is None:
                return []  # (an element that is no layer of the class: nothing is said)
            if layer not in out:
                out.append(layer)
        return out

    def partial_layers(self, s: Site) -> List[Layer]:
        """The layers a `functools.partial` of a layer class makes (`dense = partial(nn.Dense, kernel_init=...)`,
        then `dense(16)` in the same function): the keyword site of the partial initialises each of them."""
        if s.keyword is None or s.key is not None or not s.assigned_name or s.func is None \
                or not isinstance(s.stmt, ast.Assign) or not isinstance(s.stmt.value, ast.Call) \
                or self.m.ev.qname(s.stmt.value.func) != "functools.partial":
            return []
        name, fn = s.assigned_name, s.func.node
        lo, hi = fn.lineno, fn.end_lineno or fn.lineno
        return [l for l in self.m.layers.values() if isinstance(l.node, ast.Call) and isinstance(l.node.func, ast.Name)
                and l.node.func.id == name and lo <= l.node.lineno <= hi]

    def _appended_pairing(self, s: Site, key: str) -> Optional[Pairing]:
        """A hidden element of a list of appended weights (`ws.append(...)` per layer, the last append the output
        layer; `sigmoid(np.matmul(ws[i], a))` in the forward loop): the activation every product of the list goes
        through, when no product leaves unactivated."""
        f = self.facts
        # (the list's key is every element's: the last one's output link reaching the return says nothing of the
        # hidden ones; one left unactivated there leaves it open which element that was)
        if s.in_list is None or s.in_list[0] >= s.in_list[1] - 1 or key not in f.consumer or key in f.output_raw \
                or key in f.added:
            return None
        act, node = f.consumer[key]
        return Pairing(act, s.target_text, node)

    def _wrapper_pairing(self, s: Site) -> Optional[Pairing]:
        """The layer a block's forward returns as it is (`class LinearNorm: ... return self.linear_layer(x)`)
        feeds what follows each instance of the block (`F.relu(linear(x))` in the Prenet): the pairing of the
        hidden instances that leave the init as the site wrote it (an instance passing a parameter the init
        reads, `w_init_gain="tanh"`, may change it), when they agree."""
        cls, key = s.cls, s.key
        if cls is None or key is None or s.layer is None or s.layer.kind not in ("linear", "rnn") \
                or key not in self.facts.output or key in self.facts.consumer or key in self.facts.hidden \
                or key in self.facts.added:
            return None
        ctor = cls.methods.get("__init__")
        if ctor is None or not isinstance(s.dist.node, ast.AST):
            return None
        a = ctor.args
        params = [p.arg for p in a.posonlyargs + a.args][1:]
        names = set(params) | {p.arg for p in a.kwonlyargs}
        read = {n.id for n in ast.walk(s.stmt or s.dist.node) if isinstance(n, ast.Name) and n.id in names}
        return self._instances_pairing(cls, s.layer.name, params, read)

    def _own_layer_class(self, s: Site) -> bool:
        """A framework layer class of this file that makes its own weight (`class Dense(layers.Layer)`,
        `self.w = tf.Variable(initializer(shape=(input_dim, units)))`): judged through its instances, as a
        from-scratch one."""
        if s.cls is None:
            return False
        if _layer_base(s.cls) and s.wrapper in ("Variable", "Parameter"):
            return True
        # (an equinox Module's array field is a trained parameter: `self.weight = init(key, (out, in))` that
        # `__call__` multiplies with, `x @ self.weight.T`, in `class Linear(eqx.Module)`)
        return "equinox.Module" in s.cls.bases and s.wrapper is None and s.target_text.startswith("self.") \
            and s.key is not None and s.key in self.m.matmul_keys

    def unselected_arm(self, s: Site) -> bool:
        """Whether the site sits in an arm of a string dispatch on a parameter that no call selects
        (`if init_type == "xavier": xavier_normal_(w, gain=init_gain)` in pix2pix's helper, every call of which in
        the file passes `init_type="normal"`): that arm never runs. Only where the file calls the function (or the
        one whose parameter a nested function reads) and every call passes a literal string or leaves the default
        (a literal string); a helper nothing here calls is run by its users with any value."""
        fn = s.func
        if fn is None or s.stmt is None or fn.cls is not None or "==" not in self.m.source.text:
            return False
        tests = self._arm_tests.get(id(fn.node))
        if tests is None:
            # (each statement's arm tests, found in one walk of the function: not one walk per site)
            tests = self._arm_tests[id(fn.node)] = {}
            _collect_arm_tests(fn.node.body, [], tests)
        for test in tests.get(id(s.stmt), ()):
            compared = string_comparison(test)
            if compared is None or not compared[2] or not isinstance(compared[0], ast.Name):
                continue
            name, wanted = compared[0].id, compared[1]
            owner: Optional[Function] = fn
            while owner is not None and name not in param_names(owner.node):
                owner = owner.parent
            if owner is None or owner.cls is not None or rebinds(owner.node, name):
                continue
            given = self._passed_strings(owner, name)
            if given is not None and wanted not in given:
                return True
        return False

    def mistyped_argument(self, s: Site) -> bool:
        """A site under `isinstance(m, nn.Linear)` in a function of `m` that the file only ever calls directly,
        every call handing it a layer of the class that is no such type (`self.init_weights(self.encoder)` with
        encoder an `nn.Sequential`; never `.apply(self.init_weights)`): the test fails on every call, the init
        never runs."""
        fn = s.func
        if fn is None or fn.cls is None or not s.filters or fn.parent is not None:
            return False
        params = [p.arg for p in fn.node.args.posonlyargs + fn.node.args.args][1:]
        typed = [f for f in s.filters if f.types and not f.by_name and params and f.var == params[0]]
        if not typed:
            return False
        key = ("mistyped", id(fn.node))
        known = self.memo.get(key)
        if known is None:
            known = self.memo[key] = self._only_given(fn, typed[0].types)
        return bool(known)

    def _only_given(self, fn: Function, types: Tuple[str, ...]) -> bool:
        name, owner = fn.name, fn.cls
        calls = [c for c in self.m.nodes_of(ast.Call) if isinstance(c.func, ast.Attribute) and c.func.attr == name
                 and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"]
        # every reference to the name is one of these calls (never handed on as a value: `.apply(self.name)`)
        references = sum(1 for a in self.m.nodes_of(ast.Attribute) if a.attr == name) \
            + sum(1 for n in self.m.nodes_of(ast.Name) if n.id == name)
        if not calls or references != len(calls):
            return False
        wanted = {t.rsplit(".", 1)[-1] for t in types}
        for c in calls:
            first = c.args[0] if c.args and not isinstance(c.args[0], ast.Starred) else None
            attr = _self_attr(first) if first is not None else None
            if not attr or owner is None or attr not in owner.attrs:
                return False
            layer = owner.attrs[attr]
            last = layer.type_name.rsplit(".", 1)[-1]
            if layer.kind != "container" or not layer.type_name.startswith("torch.nn.") or last in wanted:
                return False
        return True

    def _passed_strings(self, fn: Function, name: str) -> Optional[Set[str]]:
        """The strings the file's calls of `fn` pass for its parameter `name` (its default where a call leaves it
        out); None when there is no call, or one passes anything else."""
        calls = self.m.calls_of(fn.name, self.m.module_definition(fn.name, fn.node))
        if not calls:
            return None
        a = fn.node.args
        params = [p.arg for p in a.posonlyargs + a.args]
        default = param_defaults(fn.node).get(name)
        out: Set[str] = set()
        for call, _, _ in calls:
            known, value = passed_for(call, params, name)
            value = default if known and value is None else value
            text = string_value(value) if value is not None else None
            if not known or text is None:
                return None
            out.add(text)
        return out

    def _built_repeatedly(self, cls: Class) -> bool:
        """Whether the file builds a layer of the from-scratch class `cls` once per pass of a loop or comprehension
        (`self.layers = [Linear(d, d, k) for k in keys]`): one call, several layers."""
        return any(inst.repeated and inst.kind == "linear" and inst.type_name == cls.name
                   for inst in self.m.layers.values())

    def _instances_pairing(self, cls: Class, name: str, params: Sequence[str] = (),
                           read: AbstractSet[str] = frozenset()) -> Optional[Pairing]:
        """What follows the hidden instances of a class of this file (`dense1 = Layer_Dense(2, 64)` ...
        `activation1.forward(dense1.output)`), when they agree: an init in the class serves them all. Instances
        passing one of the constructor's `params` that the init `read`s are left out (they may change it)."""
        found: List[Pairing] = []
        for inst in self.m.layers.values():
            if not (inst.kind == "block" and inst.type_name.rsplit(".", 1)[-1] == cls.name
                    or inst.kind == "linear" and inst.type_name == cls.name
                    and (not framework_module(cls) or _layer_base(cls) or "equinox.Module" in cls.bases)) \
                    or not isinstance(inst.node, ast.Call) or not self.m.in_force(cls.name, cls.node, inst.node.lineno):
                continue  # (an instance of a from-scratch `class Dense(Layer)` is named like a framework's linear layer)
            passed = _passed_params(inst.node, params)
            if read and passed is None:
                return None  # (what the call passes is unknown)
            if passed is not None and passed & read:
                continue
            p = self._layer_pairing(inst.key, name)
            if p is not None:
                found.append(p)
        agreed = _agreed(found)
        return agreed._replace(shared=True) if agreed is not None else None

    def _instance_pairing(self, s: Site) -> Optional[Pairing]:
        """A custom layer class that initialises its own weight (`self.kernel = nn.Parameter(...)`;
        `xavier_normal_(self.kernel)`) and multiplies with it, while the activation is applied by the network
        that holds it (`x = F.relu(self.gc1(x, adj))`): the pairing of its hidden instances, when they agree.
        A class that applies an activation itself is left alone (the activation inside decides). A parameter a
        base class creates and its subclasses multiply with (`class SparseLayer(BaseLayer)`): each subclass is a
        layer of its own, paired the same way, when those that pair agree."""
        cls = s.cls
        text = s.target_text if s.target_text.startswith("self.") else (s.assigned_name or "")
        attr = _tensor_text(text)[5:] if text.startswith("self.") else ""
        if cls is None or not attr.isidentifier():
            return None
        # (the site itself may be the declaration: `self.w = keras.Variable(GlorotUniform()(shape))` in `build`)
        own = self._class_pairing(cls, s.key, attr, attr in cls.param_attrs or s.wrapper in ("Parameter", "Variable")
                                  or s.wrapper is None and _grad_requested_later(cls, attr))
        if own is not None or s.key != f"{cls.key}.{attr}" or attr not in cls.param_attrs:
            return own
        found = [p for sub in self.m.classes.values()
                 if sub is not cls and any(b.rsplit(".", 1)[-1] == cls.name for b in sub.bases)
                 for p in [self._class_pairing(sub, f"{sub.key}.{attr}", attr, True)] if p is not None]
        return _agreed(found)

    def _returned_activation(self, cls: Class, layer: Layer) -> Optional[Pairing]:
        """A layer of a block whose forward returns the layer's activated output (`return F.relu(self.conv(x))`;
        `x = self.fc(x); if self.relu is not None: x = self.relu(x); return x`), when the block's instances feed
        other layers or none is built in this file and the activation is of the ReLU family: that activation is
        a hidden one."""
        f = self.facts
        key = layer.key
        if key not in f.output and key not in f.hidden and key not in f.consumer and key not in f.fed \
                and key in f.normed_by:
            # return F.relu(self.bn(self.conv(x))): the norm's output meets the activation, judged where the file
            # builds the block (a conv-BN-ReLU class nothing here builds may end a network: not shown)
            if not self.instances(cls):
                return None
            key = f.normed_by[key]
        if key not in f.output or key in f.output_raw:
            return None
        if key in f.added and (key in f.gate_added or key not in f.consumer
                               or act_family(f.consumer[key][0][0]) != "relu"):
            return None  # (a residual block's `relu(bn(conv(x)) + x)` pairs as `_layer_pairing` says)
        return self._class_pairing(cls, key, layer.name, False)

    def instances(self, cls: Class) -> List[Layer]:
        """The blocks this file builds of the class `cls` (of several definitions of its name, a notebook's, those
        built while this one is in force)."""
        return [l for l in self.m.layers.values() if l.kind == "block" and l.type_name.rsplit(".", 1)[-1] == cls.name
                and self.m.in_force(cls.name, cls.node, getattr(l.node, "lineno", 0))]

    def _class_pairing(self, cls: Class, key: Optional[str], attr: str, param: bool) -> Optional[Pairing]:
        """What follows the product of `self.<attr>` (a parameter of `cls` when `param`) in the layers of class
        `cls`: the activation `cls` applies itself, or the one its hidden instances feed."""
        held = self.facts.instance_act.get(key or "")
        if held is not None and held in cls.instance_acts:
            return self._instance_acts_pairing(cls, attr, cls.instance_acts[held])
        if key in self.facts.consumer and (_applies_activation(cls) or any(l.kind == "act" for l in cls.attrs.values())):
            # (an activation its methods picked by a constructor string's default: the instances keeping it)
            chosen_by = self.facts.string_attr_params.get(cls.key, set())
            instances = [l for l in self.instances(cls) if not (chosen_by and self._passes(l.node, cls, chosen_by))]
            act, node = self.facts.consumer[key]  # type: ignore[index]
            if any(l.key in self.facts.hidden or l.key in self.facts.fed for l in instances):
                # a layer class that applies its activation itself (`return self.activation(X @ self.kernel + b)`,
                # activation="relu" where it is built; a block returning `F.relu(self.conv(x))`), used as a hidden
                # layer or feeding another: that activation consumes the kernel
                return Pairing(act, attr, node)
            if act_family(act[0]) == "relu":
                # a module class that applies ReLU to its own product (`relu(mm(W, x) + b)`), built in another
                # file or here in ways the dataflow does not follow (GraphSAGE's `Encoder(lambda n: enc1(n).t(),
                # ...)`): a ReLU is no network's output link, so it is the hidden activation wherever it is used
                return Pairing(act, attr, node)
        # (a class applying an activation only to something else, its attention scores, while its product
        # reaches the return as it is, leaves the activation to what its instances feed: a graph attention layer)
        if not param or not self.matrix_use(cls, attr) \
                or _applies_activation(cls) and key not in self.facts.output_raw:
            return None
        found = [p for l in self.instances(cls) if l.key in self.facts.hidden
                 for p in [self._layer_pairing(l.key, l.name)] if p is not None]
        return _agreed(found)

    def _instance_acts_pairing(self, cls: Class, attr: str, param: str) -> Optional[Pairing]:
        """`return self.activation(z)` with `self.activation = activation`, a constructor parameter: the
        activation each instance passes (or leaves at its default) consumes its own product. Those of the hidden
        instances when the dataflow placed some; else those of every instance applying a hidden activation (the
        output's softmax or identity left out: `DenseLayer(700, activation=tf.nn.relu)` x 2, `DenseLayer(10)`).
        None unless they agree."""
        init = cls.methods.get("__init__") or cls.methods.get("setup")
        if init is None:
            return None
        params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
        default = param_defaults(init).get(param)
        # (every constructor call, a layer bound to a name or an item of a list handed to a model)
        built = [c for c, _, _ in self.m.calls_of(cls.name, cls.node)]
        layers = [self.m.layer_of_node.get(id(c)) for c in built]
        placed = [c for c, l in zip(built, layers) if l is not None and (l.key in self.facts.hidden
                                                                           or l.key in self.facts.fed)]
        found: List[Pairing] = []
        for call in placed or built:
            known, passed = passed_for(call, params, param)
            if not known:
                return None  # (`Dense(*spec)`: which activation it passes cannot be told)
            given = passed if passed is not None else default
            # (`nn.ReLU() if i != n_layer - 1 else None` in a loop building the layers: each arm is some instance's)
            for option in (given.body, given.orelse) if isinstance(given, ast.IfExp) else (given,):
                if option is None or isinstance(option, ast.Constant) and option.value is None:
                    continue  # (no activation: a linear layer)
                act = act_from_reference(self.m.ev, option)
                if act is None:
                    return None  # (an instance whose activation cannot be told)
                if placed or act[0] not in ("linear", "softmax", "log_softmax"):
                    found.append(Pairing(act, attr, option))
        return _agreed(found)

    @staticmethod
    def _passes(call: ast.AST, cls: Class, params: AbstractSet[str]) -> bool:
        """Whether a constructor call of `cls` passes one of these parameters (or passes what cannot be told)."""
        init = cls.methods.get("__init__")
        passed = _passed_params(call, [a.arg for a in init.args.posonlyargs + init.args.args][1:] if init else [])
        return passed is None or bool(params & passed)

    def zero_sum(self, s: Site) -> bool:
        """A zero weight summed before its activation only with other zero weights (`tanh(x @ Wx + h @ Wh)`
        with Wx and Wh both zeros): no path adds anything, so the added-path exemption does not hold (RULES:
        exemptions do not combine)."""
        key = s.key
        if key is None or not self.pre_activation_sum(key) or key not in self.facts.hidden:
            return False
        consumer = self.facts.consumer.get(key)
        if consumer is None or consumer[0][0] in GATE_ACTS or act_family(consumer[0][0]) not in ("tanh", "relu"):
            return False  # (a sigmoid sum is a gate: GRU/GTrXL gates start at zero on purpose)
        partners = self.facts.summed_with.get(key, set()) - {key}
        if not partners:
            return False
        zero_keys = {t.key for t in self.m.sites if t.key in partners and t.dist.kind == "zeros"
                     and not self.overwritten(t)}
        return partners <= zero_keys

    def pre_activation_sum(self, key: str) -> bool:
        """A layer whose raw output is summed only with other layers' raw outputs (`tanh(x @ Wxh + h @ Whh)`):
        added, but to no residual path, so the activation after the sum is its consumer. An LSTM's or GRU's gate
        is one (`sigmoid(x @ Wix + h @ Wih)`, then `g * i + c * f`): the sigmoid after the sum still consumes
        both weights, whatever the gate then multiplies (a squeeze-excite gate sums no layers: not one)."""
        return key in self.facts.summed

    def _layer_pairing(self, key: Optional[str], name: str, through_norm: bool = True) -> Optional[Pairing]:
        f = self.facts
        if key is not None and through_norm and key not in f.hidden and key not in f.consumer \
                and key not in f.added and key not in f.fed and key in f.normed_by:
            # conv -> BatchNorm -> ReLU -> conv: the norm rescales the layer's output, the activation after it
            # still consumes it (the init is the one the activation calls for, batch norm or not)
            return self._layer_pairing(f.normed_by[key], name, through_norm=False)
        # (conv -> ReLU -> BatchNorm: the activation consumes the layer's output directly)
        if key is not None and key not in f.hidden and key in f.returned_alone and key not in f.output_raw \
                and key in f.consumer and act_family(f.consumer[key][0][0]) == "relu" and self._layer_helper_output(key) \
                or key is not None and self._variable_helper_output(key):
            # def conv2d(layer, filters, activation=tf.nn.relu): return tf.layers.conv2d(layer, ...,
            # activation=activation): a helper building one layer of a stack returns it through its ReLU, which
            # no network's output link is; the next layer is wherever the helper is called
            act, node = f.consumer[key]
            return Pairing(act, name, node)
        if key is None or key not in f.hidden:
            return None
        layer = self.m.layers.get(key)
        if key in f.output_raw and layer is not None and layer.kind in ("linear", "rnn") and f.hidden[key][0] != key:
            # a layer whose output is also returned as it is (`return [p6, p7]` with `p7 = self.p7(relu(p6))`): a
            # feature map other code consumes too, so the activation seen here is not the one its init answers to
            # (hk.nets.MLP, hidden by itself, returns its last layer's output raw and its others through the ReLU)
            return None
        consumer = self.facts.consumer.get(key)
        if consumer is None:
            return None
        act, node = consumer
        if act[0] in _SQUASHING and key in f.returned_alone and key not in f.output_raw and f.hidden[key][0] != key \
                and not self._built_in_one_loop(key, f.hidden[key][0]):
            # def generator(z): ... return tf.nn.sigmoid(tf.matmul(h, G_W2)): the network's output link, though a
            # GAN then hands the generated sample to the discriminator's first layer
            return None
        if key in f.added and not self.pre_activation_sum(key) and (
                act_family(act[0]) != "relu" or key in f.gate_added and f.hidden[key][0] != key):
            # (a branch added to a path meets the activation after the sum only in a post-activation residual
            # block, `relu(bn(conv(x)) + shortcut)`, where He is what the ReLU calls for, as in the block's other
            # convs; a tanh or sigmoid after a sum gates a state, and a gate's own activation (ReGLU's
            # `relu(fc1(x)) * fc_glu(x)`) weights another path: neither says what the layer's init should be.
            # A layer built in a loop that feeds itself through the ReLU, `dense_layers(x, units)`, is a stack
            # whose hidden layers that ReLU consumes, though a caller makes its last one a gate: `sigmoid(
            # dense_layers(x, [n // r, n], linear_top_layer=True)) * x` in squeeze-and-excite)
            return None
        return Pairing(act, name, node)

    def _built_in_one_loop(self, key: str, other: str) -> bool:
        """Both layers are made in the same loop's body (`for i in range(n): x = nn.tanh(nn.Dense(w)(x))`, in two
        arms): a stack, whose layers feed one another round the loop, whatever the last one's output becomes."""
        a, b = self.m.layers.get(key), self.m.layers.get(other)
        if a is None or b is None:
            return False
        loop = self._innermost_loop.get(id(a.node))
        return loop is not None and loop is self._innermost_loop.get(id(b.node))

    @cached_property
    def _innermost_loop(self) -> Dict[int, ast.stmt]:
        """id of each node inside a loop's body -> the innermost such loop."""
        loops: List[ast.stmt] = [*self.m.nodes_of(ast.For), *self.m.nodes_of(ast.AsyncFor), *self.m.nodes_of(ast.While)]
        loops.sort(key=lambda n: (n.lineno, -(n.end_lineno or n.lineno)))  # (outer before inner: inner ones win)
        out: Dict[int, ast.stmt] = {}
        for loop in loops:
            for st in loop.body:  # type: ignore[attr-defined]
                for n in walk(st):
                    out[id(n)] = loop
        return out

    # ---------------------------------------------------------------- overwrite
    def _property_of(self, s: Site, key: str) -> str:
        """`self.weight` for `self._weight` when the site's class has a `@weight.setter` that writes
        `self._weight` (a from-scratch layer's validated property); "" otherwise."""
        assert s.cls is not None
        public = key[len("self._"):]
        setter = s.cls.methods.get(public)
        if setter is None or not decorated_with(setter, f"{public}.setter"):
            return ""
        writes = any(isinstance(n, (ast.Assign, ast.AnnAssign)) and any(
            dotted(t) == key for t in (n.targets if isinstance(n, ast.Assign) else [n.target])) for n in walk(setter))
        return f"self.{public}" if writes else ""

    def _in_a_loop(self, s: Site, line: int) -> bool:
        """Whether `line` lies in a `for` or `while` loop of the site's scope (a write there may cover every
        entry, whatever it is indexed by)."""
        scope = s.func.node if s.func is not None else self.m.module
        return any(type(n) in (ast.For, ast.AsyncFor, ast.While) and n.lineno <= line <= (n.end_lineno or n.lineno)  # type: ignore[attr-defined]
                   for n in walk(scope))

    def overwritten(self, s: Site) -> bool:
        key = _tensor_text(s.target_text)
        scope = id(s.func.node) if s.func is not None else 0
        # `for module in self.bot_mlp.modules(): ... module.weight` names another tensor in each loop: only a
        # write inside the same loop is a write of the same tensor
        loop = next((lp.node for lp in reversed(s.loops) if s.base_var and s.base_var in lp.var_names), None)
        # a later write in the same scope (fill-then-overwrite), or a load_state_dict there; for `self._weight`
        # behind a property whose setter writes it, a later `self.weight = ...` too
        wkeys: Tuple[str, ...] = (key, "*", self._property_of(s, key)) if key.startswith("self._") and s.cls is not None \
            else (key, "*")
        # (a partial load, strict=False, replaces what a walk of the whole model wrote, not one sub-module's:
        # `for m in self.deconv_layers.modules(): normal_(m.weight, std=0.001)`, then a backbone's checkpoint)
        if not any(lp.owner and lp.owner.startswith("self.") for lp in s.loops):
            wkeys += (PARTIAL_LOAD,)
        # (`self.backbone.load_state_dict(ckpt)` replaces what the backbone holds: a tensor under it, or a walk of
        # its own modules, not the head a walk of the whole class inits next to it)
        held = [lp.owner for lp in s.loops if lp.owner and lp.owner.startswith("self.")]
        for path in held + ([key] if key.startswith("self.") else []):
            parts = path.split(".")
            wkeys += tuple(SUBMODULE_LOAD + ".".join(parts[:i]) for i in range(2, len(parts) + 1))
        # the loop variables the written entry is indexed by (`params["W" + str(l)]`, `self.W[i]`)
        indexed = {v for lp in s.loops for v in lp.var_names if v in _INDEX_NAME.findall(key)} \
            if s.loops and "[" in key else set()
        for wkey in wkeys:
            if not wkey:
                continue
            for order in self._writes_in_scope.get((wkey, scope), ()):
                line = self.m.write_lines.get((wkey, order), 0)
                if wkey == key and loop is not None and not loop.lineno <= line <= (loop.end_lineno or loop.lineno):
                    continue
                if wkey == key and indexed and not self._in_a_loop(s, line):
                    continue  # parameters["W" + str(l)] in a loop over l, then once more after it with l set to the
                    # last layer: another entry
                if order > s.order and not _exclusive(s.branch, self.m.write_branches.get((wkey, order), ())) \
                        and not self._read_before(s, key, line) and not self._base_rebound(s, key, line):
                    return True
        if s.func is not None and s.func.cls is None and self._reapplied(s):
            return True
        if s.func is not None:
            # model.apply(init_fn) ... model.load_state_dict(ckpt): the checkpoint replaces what init_fn wrote
            # (not a checkpoint loaded after training steps: the best epoch restored keeps what the init was
            # trained into)
            for order, where, owner in self.m.applied_at.get(s.func.name, []):
                last = self._last_state_load.get((where, owner))
                if last is not None and last > order and not self._trained_between(
                        self._application_line.get(order, 0), self.m.write_lines.get(("*", last), 0)):
                    return True
        cls = s.cls
        appended = isinstance(s.stmt, ast.Expr) and isinstance(s.stmt.value, ast.Call) \
            and isinstance(s.stmt.value.func, ast.Attribute) and s.stmt.value.func.attr in ("append", "extend")
        if cls is not None and s.func is not None and (s.func.name == "__init__" or s.func.name in cls.init_called):
            # a method the constructor calls re-initialises the same tensor (a method it does not call, such as
            # network2's large_weight_initializer(), runs later, when the user calls it: nothing overwrites that)
            # (and, in a file that never builds the class itself, a method named as a re-init, `hom_init_`,
            # `reset_params`: what it writes again, the constructor drew as a placeholder for the users who build
            # the class and call it; a notebook that builds the class and never calls it keeps the constructor's)
            reinits = set() if self._called(cls.name) else {
                name for name in cls.methods if _REINIT_NAME.search(name) and not name.startswith("__")}
            for name in set(cls.init_called) | RESET_METHODS | reinits | self._called_on_instances(cls):
                if name == s.func.name or name not in cls.methods:
                    continue
                if appended and name in cls.init_called and any(
                        where == id(cls.methods[name]) and wkey.startswith(key + "[")
                        for wkey, where in self._writes_in_scope):
                    return True  # self.weights.append(np.zeros(...)); reset(): self.weights[i][...] = (2 * Z - 1) * 0.25
                for site in self._sites_by_func_node.get(id(cls.methods[name]), ()):
                    if _tensor_text(site.target_text) == key:
                        return True
                    if appended and _tensor_text(site.target_text).startswith(key + "["):
                        return True  # self.wx.append(Parameter(zeros(...))); in _init: uniform_(self.wx[l], ...)
                    if _tensor_text(site.target_text).startswith(key + "[") and any(
                            lp.var_names and site.target_text[len(key) + 1:].split("]")[0] in lp.var_names
                            for lp in site.loops):
                        return True  # for i in range(self.K): kaiming_uniform_(self.weight[i]): every slice in turn
                    if self.params_loop(site) is not None and s.wrapper == "Parameter":
                        return True
        if cls is not None and s.func is not None and s.func.name == "__init__" and s.target_text.startswith("self.") \
                and self._reset_by_params_helper(s, cls):
            return True
        if cls is not None and s.func is not None and s.func.name == "__init__" and key.startswith("self.") \
                and self._reinit_inherited(s, cls):
            return True
        if cls is not None and s.func is not None and key.startswith("self.") and self._looped_over_later(s, key):
            return True
        if s.layer is not None and self._layer_reinitialised_later(s):
            return True
        if cls is not None and s.func is not None and s.func.name != "__init__" and s.func.name not in cls.init_called \
                and "load_state_dict(" in self.m.source.text and cls.name + "(" in self.m.source.text \
                and not self._referenced(s.func.name):
            # an init method nothing in the file calls, in a script that builds the model and loads a state
            # dict into it: the checkpoint is what the weights start from
            return True
        if cls is not None and s.func is not None and cls.name in self._loaded_instances:
            # gen = Generator(...); gen.load_state_dict(torch.load(ckpt)): every instance the file builds is given
            # a checkpoint right after, which replaces what the constructor drew
            return True
        if cls is not None and key.startswith("self."):
            # a module visitor re-initialises it: def _init_weights(self, module): if isinstance(module, ThisClass):
            # normal_(module.<attr>, std=...) (run over every submodule by post_init()/apply())
            candidates = self._visitor_sites.get(key[4:])
            if candidates:
                names = {c.name for c in self._related(cls)}
                for site in candidates:
                    if site is s:
                        continue
                    if any(f.var == site.base_var and any(t.rsplit(".", 1)[-1] in names for t in f.types)
                           for f in site.filters):
                        return True
        return False

    def _looped_over_later(self, s: Site, key: str) -> bool:
        """Re-initialised further down the same function by a loop over it: `for param in self.parameters():
        xavier_uniform_(param)` after `self.w = Parameter(torch.randn(...))`, or `for weight in self.weights:
        xavier_uniform_(weight)` after `self.weights = ParameterList([Parameter(torch.randn(...)) ...])`."""
        assert s.func is not None
        parameter = s.wrapper == "Parameter" or (s.cls is not None and key[5:] in s.cls.param_attrs)
        for later in self._sites_by_func_node.get(id(s.func.node), ()):
            if later is s or later.order <= s.order or _exclusive(s.branch, later.branch) \
                    or later.dist.kind in ("empty", "unknown"):
                continue
            root = later.target_text.split(".")[0]
            for loop in later.loops:
                if root not in loop.var_names or loop.node.lineno < (s.stmt.lineno if s.stmt is not None else 0):
                    continue
                if loop.kind == "params" and loop.owner == "self" and parameter:
                    return True
                if loop.kind == "other" and loop.owner == key and later.target_text == root:
                    return True
        return False

    def _layer_reinitialised_later(self, s: Site) -> bool:
        """One layer's weight set (`init.xavier_uniform_(net[0].weight)`), then, further down the same scope, a walk
        of the model that sets the weight of every layer of its type again (`for m in net: if isinstance(m,
        nn.Linear): m.weight.data = ...`): the walk's value is what that layer trains from."""
        assert s.layer is not None
        if not s.target_text.endswith((".weight", ".weight.data")) or self.blanket(s):
            return False
        root = re.split(r"[.\[]", s.target_text, 1)[0]  # net1[0].weight -> net1; self.fc.weight -> self
        for later in self._weight_walks.get((id(s.func) if s.func is not None else 0, root), ()):
            if later.order <= s.order or _exclusive(s.branch, later.branch):
                continue
            if any(layer.key == s.layer.key for layer in self.matched_layers(later) or ()):
                return True
        return False

    @cached_property
    def _weight_walks(self) -> Dict[Tuple[int, str], List[Site]]:
        """(scope, walked model) -> the sites that set a `.weight` in a loop over that model (`for i in net1`,
        `for m in net1.modules()`), once for every question of `_layer_reinitialised_later`."""
        out: Dict[Tuple[int, str], List[Site]] = {}
        for later in self.m.sites:
            if later.role != "weight" or not later.base_var \
                    or not later.target_text.endswith((".weight", ".weight.data")):
                continue
            scope = id(later.func) if later.func is not None else 0
            for owner in {lp.owner for lp in later.loops if later.base_var in lp.var_names and lp.owner}:
                out.setdefault((scope, owner), []).append(later)
        return out

    def _reinitialised_later(self, s: Site) -> Set[str]:
        """Keys of the layers whose weight a later blanket site of the same function initialises again (`for p in
        model.parameters(): if p.dim() > 1: xavier_uniform_(p)`, then `for m in model.modules(): if isinstance(m,
        nn.Conv2d): kaiming_normal_(m.weight)`): what the first loop gave them is not what they train from."""
        if s.func is None or not self.blanket(s):
            return set()
        out: Set[str] = set()
        for later in self._sites_by_func_node.get(id(s.func.node), ()):
            if later.order <= s.order or later.role != "weight" or not later.target_text.endswith(".weight") \
                    or _exclusive(s.branch, later.branch) or not self.blanket(later):
                continue
            out.update(l.key for l in self.matched_layers(later) or ())
        return out

    def _reinit_inherited(self, s: Site, cls: Class) -> bool:
        """The constructor, after the draw, calls a method it inherits from a base class of another file and that
        is named as a re-initialisation of this kind of tensor (`self.kaiming_uniform_init_weights()` after `self.W
        = np.random.randn(n_in, n_out)`, `Base` imported): the draw is a placeholder that method replaces."""
        role = self.role(s)
        for name, order in cls.init_call_order.items():
            if order <= s.order or not _REINIT_NAME.search(name) or self._defines_method(cls, name):
                continue
            words = set(_WORD.findall(name.lower()))
            if role == W.WEIGHT and words & {"bias", "biases"} and not words & {"weight", "weights", "params", "parameters"}:
                continue  # kaiming_uniform_init_biases() writes the biases only
            if role == W.BIAS and words & {"weight", "weights"} and not words & {"bias", "biases", "params", "parameters"}:
                continue
            return True
        return False

    def _defines_method(self, cls: Class, name: str, seen: Optional[Set[str]] = None) -> bool:
        """Whether `cls` or a base class of this file (through any depth) defines the method `name`, or a base
        from elsewhere cannot be ruled out (a framework's module: its methods are known, none re-initialises)."""
        if name in cls.methods:
            return True
        seen = seen if seen is not None else set()
        seen.add(cls.name)
        if any(base.name not in seen and self._defines_method(base, name, seen)
               for base in parent_classes(self.m, cls.bases, cls)):
            return True
        return cls.framework or not cls.bases

    def _reset_by_params_helper(self, s: Site, cls: Class) -> bool:
        """`initialize_weights(model)`, a module-level function that re-initialises every parameter of the module
        it is given (`for name, p in model.named_parameters(): if p.dim() > 1: xavier_uniform_(p)`), called on an
        instance of this class or of one built from it: what the constructor drew is replaced before training."""
        if s.dist.rank() == 1 and s.wrapper != "Parameter" and s.target_text[5:] not in cls.param_attrs:
            return False
        for name, weights_only in self._params_helpers.items():
            if weights_only and (s.dist.rank() or 2) < 2:
                continue
            for call, _, _ in self.m.calls_of(name):
                given = call.args[0] if call.args else None
                if isinstance(given, ast.Name) and any(
                        cls.name in self._built_classes(self.m.classes[b.type_name])
                        for b in self._blocks_by_name.get(given.id, ()) if b.type_name in self.m.classes):
                    return True
        return False

    @cached_property
    def _params_helpers(self) -> Dict[str, bool]:
        """Module-level functions whose init sites walk every parameter of their first argument, unfiltered or
        filtered to matrices only (`p.dim() > 1`), mapped to whether they are so filtered."""
        out: Dict[str, bool] = {}
        for site in self.m.sites:
            fn = site.func
            if fn is None or fn.cls is not None or fn.parent is not None or not fn.params:
                continue
            loop = self.params_loop(site)
            if loop is None or loop.owner != fn.params[0] or any(f.types or f.flag or f.text for f in site.filters):
                continue
            if any(f.name_role not in (None, W.WEIGHT) for f in site.filters):
                continue
            out[fn.name] = out.get(fn.name, True) and any(f.name_role == W.WEIGHT for f in site.filters)
        return out

    def _reapplied(self, s: Site) -> bool:
        """`net.apply(init_constant)` then, later in the same scope, `net.apply(my_init)` (or on a part:
        `net[2].apply(...)` after `net.apply(...)` is covered by a later `net.apply(...)`): every application of
        the site's visitor is followed by another visitor that initialises the same tensor of the same
        objects (`module.weight`), so what this one wrote is replaced."""
        assert s.func is not None
        mine = [a for a in self.m.applications if a[3] == s.func.name]
        if not mine or "." not in s.target_text:
            return False
        attr = s.target_text.split(".", 1)[1]

        def rewrites(fn_name: str) -> bool:
            fn = self.m.functions.get(fn_name)
            return fn is not None and any("." in o.target_text and o.target_text.split(".", 1)[1] == attr
                                          for o in self._sites_by_func_node.get(id(fn.node), ()))

        # (in a notebook only within one cell: a later cell's `net.apply(init_constant)` is the next step of a
        # walk-through, each cell's initialisation shown and judged as it stands, as a later cell's assignment
        # defines a name anew; RULES "Notebooks")
        return all(any(order2 > order and where2 == where and fn2 != s.func.name and _covers(obj2, obj)
                       and rewrites(fn2) and self._same_cell(line, line2)
                       for order2, where2, obj2, fn2, line2 in self.m.applications)
                   for order, where, obj, _, line in mine)

    def _same_cell(self, a: int, b: int) -> bool:
        """Lines `a` and `b` of the source are in one notebook cell (always, in a plain file)."""
        name_a, name_b = self.line_names(a), self.line_names(b)
        if not name_a.startswith("cell ") or not name_b.startswith("cell "):
            return True
        return name_a.split(",", 1)[0] == name_b.split(",", 1)[0]

    def _read_before(self, s: Site, name: str, line: int) -> bool:
        """A plain variable read after the site and before `line` (the later write): the first value was
        used (trained, passed on), so the later assignment defines the name anew; it does not replace an
        unused fill (RULES "Notebooks": a later cell that assigns a name again defines it anew)."""
        if not name.isidentifier() or s.stmt is None or not line:
            return False
        start = getattr(s.stmt, "end_lineno", None) or s.stmt.lineno
        body = s.func.node.body if s.func is not None else self.m.module.body
        for stmt in body:
            if (stmt.end_lineno or stmt.lineno) <= start or stmt.lineno > line:
                continue
            # in a training loop the write itself reads the old value first
            # (`for _ in range(n): converged, weights = fit_epoch(data, weights)`)
            last = line if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)) else line - 1
            # (the root of a subscript target, `w[a:b] = v`, is written, not read)
            written = {id(x) for n in ast.walk(stmt) if isinstance(n, (ast.Assign, ast.AugAssign))
                       for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) for x in ast.walk(t)}
            # (nor is the tensor an in-place init writes: `kaiming_normal_(w)` reads no value of w)
            written.update(id(a) for n in ast.walk(stmt) if isinstance(n, ast.Call) and n.lineno == line
                           and self._inits_in_place(n) for a in n.args)
            for node in ast.walk(stmt):
                if type(node) is ast.Name and node.id == name and type(node.ctx) is ast.Load \
                        and start < node.lineno <= last and id(node) not in written:
                    return True
        return False

    def _shared_entry_key(self, s: Site) -> bool:
        """`weights['wc1']` and `weights2['wc1']`, two dicts of the same layer names (a notebook comparing a ReLU
        net with a SELU one): their entries share the flow key "w:wc1", so what follows the key may be the other
        dict's network; no pairing is claimed for either."""
        if not is_tensor_key(s.key) or "[" in s.key:
            return False
        owners = self._entry_owners.get(s.key)
        return owners is not None and len(owners) >= 2

    def _own_scopes(self, s: Site) -> Optional[Set[int]]:
        """`W = tf.Variable(tf.zeros([784, 10]))` in one cell and `W = tf.Variable(...)` local to a helper of a
        later cell that feeds relu: one name bound in two scopes is two tensors sharing the flow key "w:W".
        For such a key, the scope whose facts are this tensor's (the flow tags each read of the name with the
        scope binding it: the function, or the module for a module-level name and its global reads). None for
        a key bound in one scope only (all of its facts are its own)."""
        if s.key is None or not plain_name_key(s.key):
            return None
        if any(lp.kind in ("params", "modules") and tensor_name(s.key) in lp.var_names for lp in s.loops):
            return None  # `for p in self.fc.parameters(): xavier_normal(p)`: each of the walked tensors, not a name's
        own = id(s.func.node) if s.func is not None else 0
        if own in self._name_key_versions.get(s.key, {}):
            # bound again further on in its scope: the reads before the next binding are this tensor's
            return {site_version(s)[1], SHARED_SCOPE}
        bound = self._name_key_scopes.get(s.key)
        if bound is None or len(bound) < 2:
            return None
        if len({self._redefined_function_names.get(b) for b in bound} - {None}) == 1 \
                and all(b in self._redefined_function_names for b in bound):
            return None  # one module-level function written again in a later cell: one tensor, as in each run
        # (and what reads it through no name of its own: `params["W1"]` is any function's W1 put in the dict)
        return {own, SHARED_SCOPE} if own in bound else None

    def _scoped_pairing(self, s: Site, scopes: Set[int]) -> Optional[Pairing]:
        """The activation that consumes the tensor in its own scopes (see `_own_scopes`), when it is hidden."""
        assert s.key is not None
        f = self.facts
        if not scopes & f.scoped_hidden.get(s.key, set()):
            helper = self._scoped_relu_result(s.key, scopes)  # (a variable helper's result: `_variable_helper_output`)
            return Pairing(helper[0], s.assigned_name or s.target_text, helper[1]) if helper is not None else None
        if s.key in f.added and not self.pre_activation_sum(s.key):
            return None
        found = f.scoped_consumer.get(s.key, {})
        for scope in sorted(scopes & set(found), key=lambda x: x == SHARED_SCOPE):
            act, node = found[scope]
            return Pairing(act, s.assigned_name or s.target_text, node)
        return None

    def _scoped_relu_result(self, key: str, scopes: Set[int]) -> Optional[Tuple[Act, ast.AST]]:
        """`_variable_helper_output` for a name bound in several functions (`kernel` in each conv helper of a
        file): in the site's own scopes the variable is never hidden, reaches the result, and its first
        activation is of the ReLU family; (that activation, its node)."""
        f = self.facts
        # (raw at the output in another of its scopes, a file's `logits_layer` beside its `relu` helper, is that
        # scope's own)
        raw = scopes & f.scoped_output_raw.get(key, set()) if key in f.scoped_output_raw else key in f.output_raw
        if key not in f.returned_alone or raw or key in f.added \
                or scopes & f.scoped_hidden.get(key, set()) or not scopes & f.scoped_output.get(key, set()):
            return None
        found = f.scoped_consumer.get(key, {})
        acts = [found[scope] for scope in sorted(scopes & set(found), key=lambda x: x == SHARED_SCOPE)]
        return acts[0] if acts and act_family(acts[0][0][0]) == "relu" else None

    @cached_property
    def _redefined_function_names(self) -> Dict[int, str]:
        """id of a module-level function's node -> its name, for the names the module defines more than once (a
        notebook's `initialize_parameters` written again in a later cell)."""
        return {id(d): name for name, defs in self.m.module_defs.items() if len(defs) > 1 for d in defs
                if isinstance(d, (ast.FunctionDef, ast.AsyncFunctionDef))}

    @cached_property
    def _name_key_scopes(self) -> Dict[str, Set[int]]:
        return name_key_scopes(self.m.sites)

    @cached_property
    def _name_key_versions(self) -> Dict[str, Dict[int, List[Tuple[int, int]]]]:
        return name_key_versions(self.m.sites)

    @cached_property
    def _entry_owners(self) -> Dict[str, Set[str]]:
        """Flow key of a dict entry ("w:wc1") -> the names of the dicts whose literal or item assignment makes it."""
        out: Dict[str, Set[str]] = {}
        for o in self.m.sites:
            text = o.assigned_name or o.target_text
            if is_tensor_key(o.key) and "[" in text and not text.startswith("self."):
                out.setdefault(o.key, set()).add(text.split("[", 1)[0])
        return out

    def _network_function(self, s: Site) -> bool:
        """The site's function creates several weights under names of their own (W_conv1, W_fc1, W_fc2): it
        builds a network, it is not a per-layer helper that one weight expression serves for every layer."""
        # (one name bound again for each layer, TF1's `weights = tf.get_variable(...)` per variable_scope: a weight
        # per binding)
        names = {(o.key, site_version(o)[1] if o.key in self._name_key_versions else 0)
                 for o in self._sites_by_func_node.get(id(s.func.node), ())
                 if is_tensor_key(o.key) and self.role(o) in (W.WEIGHT, W.STATE)} if s.func is not None else set()
        return len(names) >= 2

    def _matrix_namesake(self, s: Site) -> bool:
        """A matrix bound to the same name in the same function (`w = nn.Parameter(torch.ones(out, in))` in the
        'linear' arm of a config loop, `w = nn.Parameter(torch.ones(c))` in its 'bn' arm): the products of the
        name are that matrix's, not this vector's."""
        return any(o is not s and o.key == s.key and o.func is s.func and o.dist.rank() != 1 for o in self.m.sites)

    def _inits_in_place(self, call: ast.Call) -> bool:
        """`nn.init.kaiming_normal_(w)`, `init.constant_(w, 0)`: an initializer function given the tensor."""
        q = self.m.ev.qname(call.func)
        return q is not None and self.m.ev.is_initializer_function(q)

    # ---------------------------------------------------------------- fan-in, equalized lr
    def fan_in(self, s: Site) -> Optional[float]:
        if s.layer is not None and s.layer.in_features is not None:
            return s.layer.in_features
        # (the sizes as the walk read them in the draw's own scope, `n_hidden = 8` a local of main; else as the
        # module reads them)
        dims = [known if known is not None else self.m.ev.number(d)
                for d, known in zip(s.dist.shape, s.dims if len(s.dims) == len(s.dist.shape) else [None] * len(s.dist.shape))]
        if len(dims) >= 2 and all(d is not None for d in dims):
            return max(d for d in dims if d is not None)  # the convention (W x or x W) is unknown: the lenient choice
        if not s.dist.shape and _scalar_draw(s.dist.base_call or s.dist.node):
            return 1.0  # `jax.random.normal(key, ())`: a scalar (y = w * x + b), fan-in 1
        if len(dims) == 1 and dims[0] is not None:
            # a weight vector: each entry multiplies one input (`jnp.dot(x, w)` with w of shape (D,); the slope
            # `tf.random_uniform([1], -1.0, 1.0)` of a 1-D regression): at most its length
            return dims[0]
        return None

    def equalized_lr(self, s: Site) -> bool:
        if self.scale_free(s):
            return True
        if self._reparametrized(s):
            return True
        local = s.assigned_name or _assigned_local(s.stmt)
        if local and s.func is not None and _rescaled_local(s.func.node, local):
            return True  # w = self.param(...); w = w * self.lr_mul: the scale is set at run time
        if local and s.func is not None and local in self._wrapped_in(s.func.node):
            return True  # var = tf.get_variable(...); var = spectral_normed_weight(var): divided by its norm
        cls = s.cls
        if cls is None:
            return False
        text = s.target_text if s.target_text.startswith("self.") else (s.assigned_name or "")  # self.w = add_weight(initializer=...)
        attr = text[5:] if text.startswith("self.") else None
        if not attr and s.keyword == "kernel_initializer" and _super_init(s.stmt):
            # class Linear(tf.keras.layers.Dense): super().__init__(..., kernel_initializer=...): the base class's
            # `self.kernel`, which `call` may rescale (`kernel = self.kernel * self.runtime_coef`)
            attr, text = "kernel", "self.kernel"
        if not attr:
            return False
        held, _, tensor = _tensor_text(text)[5:].partition(".")
        if tensor == "weight" and held.isidentifier() and _output_rescaled(cls, held):
            return True  # self.module.weight.data.normal_(0, 1); forward: x = self.module(x); x *= self.weight
        if self.zero_partner(cls, attr):
            return True
        normalised = self._normalised_cache.get(id(cls.node))
        if normalised is None:
            normalised = self._normalised_cache[id(cls.node)] = _normalised_lists(cls)
        if attr in normalised:
            return True
        for name, fn in cls.methods.items():
            if name == "__init__":
                continue
            # a gradient or a penalty (`self.dweights += 2 * self.l2 * self.weights`) is not the forward pass
            backward = {id(x) for n in walk(fn.body) if isinstance(n, (ast.Assign, ast.AugAssign))
                        and any(is_gradient_target(t) for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))
                        for x in walk(n.value)}
            for node in walk(fn.body):
                if id(node) in backward:
                    continue
                if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
                    sides = (node.left, node.right)
                    for a, b in (sides, sides[::-1]):
                        if isinstance(a, ast.BinOp) and isinstance(a.op, ast.MatMult):
                            a = a.right if _is_self_attr(a.right, attr) else a.left
                        if _is_self_attr(a, attr) and not _is_number(b) and not _array_window(b):
                            return True
        return False

    def _called_on_instances(self, cls: Class) -> Set[str]:
        """Methods of `cls` with initializers of their own that the file calls on an object of the class
        (`model.init_weight()`); the module is walked only when such a call is written at all."""
        called = self._argless_method_calls
        if not any(name in called and self._sites_by_func_node.get(id(fn))
                   for name, fn in cls.methods.items() if name != "__init__"):
            return set()
        return self._instance_calls.get(cls.name, set())

    @cached_property
    def _argless_method_calls(self) -> FrozenSet[str]:
        """Every `name` written as `.name()` in the file (one scan of the text, not one per method)."""
        return frozenset(_ARGLESS_METHOD_CALL.findall(self.m.source.text))

    def _built_class(self, value: ast.Call) -> Optional[str]:
        """The class of this file a call builds an object of: `Net(...)`, also moved on
        (`VideoGenerator().cuda()`, `Net().to(device)`); None for anything else."""
        ctor = constructor_call(value)
        return ctor.func.id if ctor is not None and isinstance(ctor.func, ast.Name) and ctor.func.id in self.m.classes \
            else None

    @cached_property
    def _instance_calls(self) -> Dict[str, Set[str]]:
        """Class of this file -> the methods the file calls on an object it builds of that class
        (`model = RNTN(...)`; `model.init_weight()`; `self.neuron_layer = GLIFR(...)`; `self.neuron_layer.hom_init_()`):
        run after the constructor, they re-initialise what it drew."""
        built: Dict[str, str] = {}
        calls: List[Tuple[str, str]] = []
        for n in self.m.nodes_of(ast.Assign):
            if isinstance(n.value, ast.Call):
                made = self._built_class(n.value)
                if made is not None:
                    for t in n.targets:
                        held = dotted(t) if isinstance(t, (ast.Name, ast.Attribute)) else None
                        if held:
                            built[held] = made
        for c in self.m.nodes_of(ast.Call):
            held = dotted(c.func.value) if isinstance(c.func, ast.Attribute) else None
            if held and not c.args and not c.keywords:
                calls.append((held, c.func.attr))  # type: ignore[attr-defined]
        out: Dict[str, Set[str]] = {}
        for obj, method in calls:
            cls_name = built.get(obj)
            if cls_name is not None:
                out.setdefault(cls_name, set()).add(method)
        return out

    @cached_property
    def _training_steps(self) -> List[int]:
        """Lines of the calls that train a model: `optimizer.step()`, `loss.backward()`, `model.fit(...)`."""
        return sorted(n.lineno for n in self.m.nodes_of(ast.Call) if isinstance(n.func, ast.Attribute)
                      and n.func.attr in ("step", "backward", "fit"))

    def _trained_between(self, start: int, end: int) -> bool:
        """Whether a training step is written between these lines (a `def train(...)` there included: a
        notebook defines it in the cells between the init and the checkpoint it restores)."""
        return any(start < t < end for t in self._training_steps)

    @cached_property
    def _application_line(self) -> Dict[int, int]:
        """Statement order -> line of each `obj.apply(fn)`."""
        return {order: line for order, _, _, _, line in self.m.applications}

    @cached_property
    def _loaded_instances(self) -> Set[str]:
        """Classes of this file every instance of which (`gen = Gen(...)`, one or more) gets a
        `gen.load_state_dict(...)` later in the file."""
        text = self.m.source.text
        if "load_state_dict(" not in text:
            return set()
        # class -> (instance name, line, enclosing ifs, function) of each `x = Cls(...)`
        built: Dict[str, List[Tuple[str, int, FrozenSet[int], int]]] = {}
        loads: Dict[str, List[Tuple[int, FrozenSet[int], int]]] = {}  # instance name -> its load_state_dict calls
        named = [i for i, line in enumerate(text.splitlines(), 1) if "load_state_dict" in line]
        for stmt, ifs, scope in _statements_with_enclosing_ifs(self.m.module):
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
                made = self._built_class(stmt.value)
                if made is not None:
                    for t in stmt.targets:
                        built.setdefault(made, []).append((dotted(t) or "", stmt.lineno, ifs, scope))
            # (a statement's own expressions, its nested statements apart; walked only where its lines name it)
            own = [c for c in ast.iter_child_nodes(stmt) if isinstance(c, ast.expr)
                   and _names_line(named, c.lineno, c.end_lineno or c.lineno)]
            for n in walk(own):
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "load_state_dict":
                    owner = dotted(n.func.value)
                    if owner:
                        loads.setdefault(owner, []).append((n.lineno, ifs, scope))
        # (only a load in the scope that builds the instance and under no condition the construction is not under:
        # `if args.load_folder:` loads on request, a `def test():` loads the best checkpoint after training; the
        # default run trains from the init)
        # (nor a load after the instance has been trained: `best_weights = copy.deepcopy(net.state_dict())` in the
        # loop, `net.load_state_dict(best_weights)` after it keeps the best of what the init was trained into)
        loaded = {c for c, instances in built.items() if c in self.m.classes
                  and all(name and any(line > at and where <= made and fn == home
                                       and not self._trained_between(at, line)
                                       for line, where, fn in loads.get(name, ()))
                          for name, at, made, home in instances)}
        # and the classes only those build as their parts (a generator's blocks), with no instance of their own
        todo = list(loaded)
        while todo:
            for part in sorted(self.m.classes[todo.pop()].instantiates):
                if part in self.m.classes and part not in loaded and part not in built:
                    loaded.add(part)
                    todo.append(part)
        return loaded

    @cached_property
    def _embedding_tables(self) -> Set[str]:
        """Tensors the file looks rows up in: `tf.nn.embedding_lookup(W, ids)`, `F.embedding(ids, W)`, and plain
        arrays every read of which picks rows by an index (`Wt[target,]`, `Wt[target,] -= lr * g`): word2vec's
        tables written from scratch."""
        out = self._row_tables()
        text = self.m.source.text
        if "embedding_lookup" not in text and ".embedding(" not in text:
            return out  # (the walk below only for a file that calls one of them: "embedding" alone is common)
        for n in self.m.nodes_of(ast.Call):
            last = _last_name(n.func)
            table = n.args[0] if last in ("embedding_lookup", "embedding_lookup_sparse") and n.args else \
                n.args[1] if last == "embedding" and len(n.args) > 1 and isinstance(n.func, ast.Attribute) \
                and dotted(n.func.value) in ("F", "torch.nn.functional", "nn.functional") else None
            d = dotted(table) if table is not None else None
            if d:
                out.add(d)
        return out

    def _row_tables(self) -> Set[str]:
        """Bare names of drawn arrays that the file reads only by rows, until the name is bound again (a notebook's
        later `Wd = np.load(...)` is another array): `name[i]` / `name[i, ...]` with a first index that is not a
        number or a slice, in loads and in-place updates alike."""
        sites = {s.assigned_name: s for s in self.m.sites if s.assigned_name and s.assigned_name.isidentifier()
                 and s.layer is None and s.wrapper is None and s.cls is None and s.func is None
                 and len(s.dist.shape) == 2 and s.stmt is not None}
        if not sites:
            return set()
        spans: Dict[str, Tuple[int, int]] = {}
        for name, site in sites.items():
            first = site.stmt.lineno  # type: ignore[union-attr]
            rebound = [a.lineno for a in self.m.nodes_of(ast.Assign) if a.lineno > first
                       and any(isinstance(t, ast.Name) and t.id == name for t in a.targets)]
            spans[name] = (first, min(rebound, default=10 ** 9))
        rows: Set[str] = set()
        other: Set[str] = set()
        picked: Set[int] = set()  # ids of the Name nodes read as the base of a row lookup
        for sub in self.m.nodes_of(ast.Subscript):
            if isinstance(sub.value, ast.Name) and sub.value.id in spans \
                    and spans[sub.value.id][0] < sub.lineno < spans[sub.value.id][1]:
                first_index = sub.slice.elts[0] if isinstance(sub.slice, ast.Tuple) and sub.slice.elts else sub.slice
                if isinstance(first_index, (ast.Slice, ast.Constant, ast.UnaryOp)):
                    other.add(sub.value.id)
                else:
                    rows.add(sub.value.id)
                    picked.add(id(sub.value))
        for n in self.m.nodes_of(ast.Name):
            if n.id in rows and isinstance(n.ctx, ast.Load) and id(n) not in picked \
                    and spans[n.id][0] < n.lineno < spans[n.id][1]:
                other.add(n.id)  # (used whole somewhere: `np.dot(x, Wt)`, `Wt.T`)
        return rows - other

    def _reparametrized(self, s: Site) -> bool:
        """The layer is handed to a wrapper that rescales its weight at run time: `self.conv = equal_lr(conv)`
        (StyleGAN's equalized learning rate: weight * sqrt(2 / fan_in) in a forward pre-hook), `spectral_norm(conv)`
        (weight / its largest singular value). The initial scale then does not set the effective one (RULES
        "Equalized learning rate"). `weight_norm` is not one when it comes after the init: its g starts at |v|, so
        the weight starts as drawn; but an init of `.weight` after `L = weight_norm(L)` writes a tensor the next
        forward pass recomputes as g v / |v| (RULES "Rescaled at run time")."""
        base = s.base_var or (_tensor_text(s.target_text).rsplit(".", 1)[0] if "." in s.target_text else "")
        if not base or s.func is None:
            return False
        if base in self._wrapped_in(s.func.node):
            return True
        at = self._weight_normed_in(s.func.node).get(base)
        return at is not None and s.stmt is not None and at < s.stmt.lineno and s.target_text.endswith(".weight")

    def _weight_normed_in(self, fn: ast.AST) -> Dict[str, int]:
        """Names and attributes a function rebinds to `weight_norm(...)` of themselves or of a new layer (`L =
        weight_norm(L)`, `self.fc = weight_norm(nn.Linear(...))`) -> the line of the first such binding."""
        key = id(fn)
        found = self._normed_cache.get(key)
        if found is None:
            found = {}
            for n in walk(fn):
                if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and n.value.args \
                        and _last_name(n.value.func) in ("weight_norm", "WeightNorm"):
                    for t in n.targets:
                        d = dotted(t)
                        if d and (d not in found or n.lineno < found[d]):
                            found[d] = n.lineno
            self._normed_cache[key] = found
        return found

    def _wrapped_in(self, fn: ast.AST) -> Set[str]:
        """Names and attributes a function passes to a run-time reparametrisation of its weight."""
        key = id(fn)
        found = self._wrapped_cache.get(key)
        if found is None:
            found = set()
            for n in walk(fn):
                if isinstance(n, ast.Call) and n.args and _reparametrizes(_last_name(n.func)):
                    d = dotted(n.args[0])  # self.conv = equal_lr(conv)
                    if d:
                        found.add(d)
                elif isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and n.value.args \
                        and _reparametrizes(_last_name(n.value.func)):
                    found.update(t for t in (dotted(x) for x in n.targets) if t)  # self.conv = spectral_norm(nn.Conv2d(...))
            self._wrapped_cache[key] = found
        return found

    def zero_partner(self, cls: Class, attr: str) -> bool:
        """A low-rank pair `x @ self.A @ self.B` whose other factor starts at zero: one adapter whose product
        starts at zero (LoRA), so the random factor's scale is not a layer's scale (RULES "Rescaled at run time")."""
        zero = {t[5:] for (c, t) in self._gate_sites if c == cls.name and t.startswith("self.")}
        if not zero:
            return False
        for name, fn in cls.methods.items():
            if name == "__init__":
                continue
            for node in walk(fn.body):
                if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
                    attrs = {n.attr for n in walk(node) if isinstance(n, ast.Attribute)
                             and isinstance(n.value, ast.Name) and n.value.id == "self"}
                    if attr in attrs and (attrs - {attr}) & zero:
                        return True
        return False

    def fixed_kernel(self, s: Site) -> bool:
        """np.ones kernel passed to a filter routine, never trained: data, not a weight."""
        if s.wrapper is not None or s.dist.framework not in ("numpy", "torch", "jax"):
            return False
        name = s.assigned_name
        if not name:
            return False
        return name in self.m.buffers or name in self._filter_arguments

    @cached_property
    def _filter_arguments(self) -> Set[str]:
        """Names passed to scipy/OpenCV/skimage or conv routines: fixed kernels, i.e. data."""
        out: Set[str] = set()
        for node in walk(self.m.module.body):
            if isinstance(node, ast.Call):
                q = self.m.ev.qname(node.func) or ""
                if q.startswith(("scipy.", "cv2.", "skimage.")) or q.rsplit(".", 1)[-1] in ("conv2d", "conv1d", "conv3d", "convolve", "correlate", "filter2D"):
                    for a in node.args:
                        v = a.value if isinstance(a, ast.Starred) else a
                        if isinstance(v, ast.Name):
                            out.add(v.id)
                    out.update(k.value.id for k in node.keywords if isinstance(k.value, ast.Name))
        return out


def _display(model: Model, node: ast.AST) -> str:
    return model.source.display(node)


def _array_window(node: ast.AST) -> bool:
    """A slice of an array (`x_pad[:, i:i + k, j:j + k]`): a from-scratch convolution's input patch multiplied
    by the kernel, data and not a scale the weight is rescaled by."""
    if not isinstance(node, ast.Subscript):
        return False
    index = node.slice
    return isinstance(index, ast.Slice) or isinstance(index, ast.Tuple) and any(isinstance(e, ast.Slice)
                                                                                    for e in index.elts)


def _is_number(node: ast.AST) -> bool:
    """An int/float literal (libcst's Integer/Float: no sign, no bool, no complex)."""
    return isinstance(node, ast.Constant) and (type(node.value) is int or type(node.value) is float)


def _normalised_lists(cls: Class) -> Set[str]:
    """The lists `self.<attr>` a method walks dividing each element by its norm before using it (`for i, (W, b)
    in enumerate(zip(self.weights, self.biases)): V = W / tf.norm(W, axis=0)`): weight normalisation, the scale is
    set at run time (RULES "Rescaled at run time")."""
    out: Set[str] = set()
    for name, fn in cls.methods.items():
        if name == "__init__":
            continue
        for loop in walk(fn.body):
            if not isinstance(loop, (ast.For, ast.AsyncFor)):
                continue
            held = _element_variables(loop)
            if not held:
                continue
            for n in walk(loop.body):
                if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and isinstance(n.left, ast.Name) \
                        and n.left.id in held and has_norm_call(n.right):
                    out.add(held[n.left.id])
    return out


def _element_variables(loop: Union[ast.For, ast.AsyncFor]) -> Dict[str, str]:
    """Loop variable -> the `self.<attr>` list whose elements it holds: `for W in self.weights`, `for W, b in
    zip(self.weights, self.biases)`, `for i, (W, b) in enumerate(zip(...))`."""
    target, it = enumerated_item(loop.target, loop.iter)
    return {t.id: attr for t, walked in loop_pairs(target, it)
            for attr in [_self_attr(walked)] if attr and isinstance(t, ast.Name)}


def _breaks_after(loop: ast.stmt, stmt: Optional[ast.stmt]) -> bool:
    """The loop leaves right after this statement (a `break` later in the block that holds it): it inits the
    first layer it meets, one layer (`for layer in reversed(layers): ... nn.init.zeros_(layer.weight); break`)."""
    if stmt is None:
        return False
    for node in walk(loop):
        for field in ("body", "orelse"):
            block = getattr(node, field, None)
            if isinstance(block, list) and any(b is stmt for b in block):
                after = block[[id(b) for b in block].index(id(stmt)) + 1:]
                return any(isinstance(b, ast.Break) for b in after)
    return False


def _compound_weight_name(text: str) -> bool:
    """`self.weight_mean`, `weight_var`: a weight named with a word more (a bare `self.weight` stays what its
    module makes it)."""
    name = text.rsplit(".", 1)[-1].lower()
    return name not in ("weight", "kernel") and ("weight" in name or "kernel" in name)


def _freezing_call(call: ast.Call, obj: str) -> bool:
    """`obj.requires_grad_(False)`."""
    return isinstance(call.func, ast.Attribute) and call.func.attr == "requires_grad_" \
        and dotted(call.func.value) == obj and len(call.args) == 1 and isinstance(call.args[0], ast.Constant) \
        and call.args[0].value is False


def _sized_by_pairs(s: Site, loop: Loop) -> bool:
    """A draw in a loop over pairs of sizes (`for size_in, size_out in zip([d] + hidden, hidden + [n_out])`)
    whose shape is exactly those two loop variables: one layer's weight per pass, every layer of the stack."""
    it = loop.node.iter if isinstance(loop.node, (ast.For, ast.AsyncFor)) else None
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and len(it.args) == 2):
        return False
    dims = [d for d in s.dist.shape if not (isinstance(d, ast.Constant) and d.value == 1)]
    names = [d.id for d in dims if isinstance(d, ast.Name)]
    return len(dims) == 2 and len(names) == 2 and set(names) == set(loop.var_names) and len(loop.var_names) == 2


def _side_layer_in_loop(s: Site, loop: Loop) -> bool:
    """A layer made in each pass of a loop and applied to an input the loop never rebinds (`gamma = Dense(d,
    kernel_initializer="zeros")(embed)` beside `h = Dense(d)(h)`): one side branch per pass (a FiLM modulation,
    a head per output), not a stack of layers each feeding the next."""
    stmt = s.stmt
    value = stmt.value if isinstance(stmt, ast.Assign) else None
    if s.keyword is None or not isinstance(value, ast.Call) or not isinstance(value.func, ast.Call) \
            or len(value.args) != 1 or not isinstance(value.args[0], ast.Name) \
            or not any(k.value is s.dist.node for k in value.func.keywords):
        return False
    given = value.args[0].id
    return not any(isinstance(n, ast.Name) and n.id == given and isinstance(n.ctx, ast.Store) for n in walk(loop.node))


def _exclusive(a, b) -> bool:
    """Two statements in different arms of the same if/elif/else chain never both run."""
    arms = dict(a)
    for chain, arm in b:
        if chain not in arms:
            continue
        if isinstance(chain, tuple) and chain[0] == "isinstance":
            if not arms[chain] & arm:
                return True  # isinstance(m, A) and, in another if, isinstance(m, B): one module, one type
        elif arms[chain] != arm:
            return True
    return False


def _plain_attribute(name: Optional[str]) -> bool:
    """`data.edge_weight`, `store.x`: an attribute of an object other than self (a data container).
    Writes through `.data` or to a layer's `.weight`/`.kernel` are tensor writes, not data."""
    if not name or "." not in name or name.startswith("self.") or "[" in name or "(" in name:
        return False
    last = name.rsplit(".", 1)[-1]
    return last not in ("data", "weight", "kernel", "W") and not last.startswith(("weight_", "kernel_"))


def _written_as_call(text: str, name: str) -> bool:
    """Whether `text` could hold a call `name(...)`: the word, then blanks or line continuations, then `(`, not
    in a `class name(` or `def name(` header. A cheap test that never misses such a call (a comment between
    the name and its bracket aside); the tree decides."""
    for m in re.finditer(rf"{re.escape(name)}(?:\s|\\)*\(", text):
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            continue
        if _HEADER_END.search(text, text.rfind("\n", 0, start) + 1, start) is None:
            return True
    return False


_HEAD_WORDS = frozenset({"classifier", "classifiers", "head", "heads", "logits"})


def _named_for_heads(func: Optional[Function]) -> bool:
    """A function named for output layers: `weights_init_classifier`, `init_head`, `_init_logits`."""
    return func is not None and func.cls is None and bool(
        {w.lower() for w in re.findall(r"[A-Za-z][a-z]*|[A-Z]+(?![a-z])", func.name)} & _HEAD_WORDS)


# what a class may return its head through (a probability, a positive scale): links, not hidden activations
_RETURNED_LINKS = frozenset({"softplus", "softmax", "log_softmax", "sigmoid"})
_SQUASHING = frozenset({"sigmoid", "tanh", "softmax"})  # what a network's last layer maps its output with
_WORD_CHAR = re.compile(r"\w")
_HEADER_END = re.compile(r"\b(?:class|def)\s+$")


_TRAINING_WORDS = frozenset({"update", "train", "grad", "grads", "gradient", "gradients", "backward", "backprop",
                             "optimize", "optimizer", "step", "fit", "adam", "sgd", "rmsprop", "minimize", "learn"})
_STEPPING_WORDS = _TRAINING_WORDS - {"grad", "grads", "gradient", "gradients", "backward", "backprop"}
# trainer.train(data), model.fit(x, y): a method that runs training on the object it is called on
_RUN_WORDS = frozenset({"train", "fit", "learn", "optimize"})
# update_plot(W), show_step(W): a picture of the tensor, not a step on it (train_and_plot(W) still trains)
_DISPLAY_WORDS = frozenset({"plot", "show", "draw", "display", "print", "log", "visualize", "visualise", "animate",
                            "render", "imshow"})


def _named_layer_function(func: Optional[Function]) -> Optional[str]:
    """The role of the layers a function (or one it is nested in) is named for, normalisation layers
    (`initialize_norm_layers`, `_init_bn`, `reset_layernorm`) or embeddings (`_parametrize_embedding`,
    `init_token_embeddings`); None for any other name."""
    while func is not None:
        role = W.role_of_layer_name(func.name)
        if role == W.NORM:
            return role
        # (not `token`/`pos`: `init_token_mixing(module)` initialises an MLP)
        if role == W.TOKEN and _EMBEDDING_WORD.search(func.name):
            return role
        func = func.parent
    return None


_EMBEDDING_WORD = re.compile(r"emb(?:ed(?:ding)?s?)?(?:_|$)|(?:^|_)(?:wte|wpe)(?:_|$)", re.IGNORECASE)


def _requests_grad(node: ast.AST) -> bool:
    for n in walk(node):
        if isinstance(n, ast.keyword) and n.arg == "requires_grad" \
                and isinstance(n.value, ast.Constant) and n.value.value is True:
            return True
        if isinstance(n, ast.Attribute) and n.attr == "requires_grad_":
            return True
    return False


_OPTIMIZER_LASTS = {"Parameter", "Variable", "ParameterList", "ParameterDict", "SGD", "Adam", "AdamW", "RMSprop",
                    "Adagrad", "Adadelta", "Adamax", "NAdam", "LBFGS", "Momentum", "get_variable"}


def _names_line(lines: List[int], first: int, last: int) -> bool:
    """Whether one of the sorted line numbers `lines` lies in first..last."""
    i = bisect.bisect_left(lines, first)
    return i < len(lines) and lines[i] <= last


def _statements_with_enclosing_ifs(tree: ast.Module) -> Iterator[Tuple[ast.stmt, FrozenSet[int], int]]:
    """Every statement of `tree` with the ids of the `if` statements whose body or else branch holds it, and the
    id of the innermost function holding it (0 at module level). Statements only: the expressions of a large file
    are most of its nodes, and a statement's own expressions share its ifs and function."""
    stack: List[Tuple[ast.stmt, FrozenSet[int], int]] = [(s, frozenset(), 0) for s in reversed(tree.body)]
    while stack:
        node, ifs, scope = stack.pop()
        yield node, ifs, scope
        inner = ifs | {id(node)} if isinstance(node, ast.If) else ifs
        within = id(node) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else scope
        blocks: List[ast.stmt] = []
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                blocks.append(child)
            elif isinstance(child, ast.excepthandler) or type(child).__name__ == "match_case":
                blocks.extend(child.body)  # type: ignore[attr-defined]
        stack.extend((b, inner, within) for b in reversed(blocks))


def _output_rescaled(cls: Class, held: str) -> bool:
    """A method other than the constructor multiplies the output of `self.<held>(...)` by a stored number
    (`x = self.module(x); x *= self.weight` with `self.weight = getLayerNormalizationFactor(self.module)`), or
    its input (`self.conv(x * self.scale)`, StyleGAN's weight-scaled WSConv2d): the layer's scale is set at run
    time (equalized learning rate on a wrapped layer)."""
    for name, fn in cls.methods.items():
        if name == "__init__":
            continue
        nodes = list(walk(fn))
        for n in nodes:
            if type(n) is ast.Call and _self_attr(n.func) == held and len(n.args) == 1 \
                    and type(n.args[0]) is ast.BinOp and type(n.args[0].op) in (ast.Mult, ast.Div):  # type: ignore[attr-defined]
                factor = _self_attr(n.args[0].right) or (  # type: ignore[attr-defined]
                    _self_attr(n.args[0].left) if type(n.args[0].op) is ast.Mult else None)  # type: ignore[attr-defined]
                if factor and factor not in cls.attrs and factor != held:
                    return True
        outputs = {n.targets[0].id for n in nodes  # type: ignore[attr-defined]
                   if type(n) is ast.Assign and len(n.targets) == 1 and type(n.targets[0]) is ast.Name  # type: ignore[attr-defined]
                   and type(n.value) is ast.Call and _self_attr(n.value.func) == held}  # type: ignore[attr-defined]
        for n in nodes if outputs else ():
            if type(n) is ast.AugAssign and type(n.op) in (ast.Mult, ast.Div) and type(n.target) is ast.Name \
                    and n.target.id in outputs:  # type: ignore[attr-defined]
                factor = _self_attr(n.value)  # type: ignore[attr-defined]
                if factor and factor not in cls.attrs:
                    return True
    return False


def _grad_requested_later(cls: Class, attr: str) -> bool:
    """`self.weight.requires_grad = True` (or `self.weight.requires_grad_()`) in a method of the class: a plain
    tensor attribute made trainable after it was drawn (a from-scratch module written with autograd functions)."""
    for n in walk(cls.node):
        t = type(n)
        if t is ast.Assign:
            target = n.targets[0]  # type: ignore[attr-defined]
            value = n.value  # type: ignore[attr-defined]
            if isinstance(target, ast.Attribute) and target.attr == "requires_grad" and _self_attr(target.value) == attr \
                    and isinstance(value, ast.Constant) and value.value is True:
                return True
        elif t is ast.Call:
            f = n.func  # type: ignore[attr-defined]
            if isinstance(f, ast.Attribute) and f.attr == "requires_grad_" and _self_attr(f.value) == attr \
                    and not (n.args and isinstance(n.args[0], ast.Constant) and n.args[0].value is False):  # type: ignore[attr-defined]
                return True
    return False


def _trained_names(scope: ast.AST, model: Model, module_level: bool = False) -> Set[str]:
    """Names in `scope` that are updated, given to an optimizer/wrapper, or stored where a network keeps its
    parameters (a container, attribute or subscript that is assigned, or a return value). At module level (the
    module, or with `module_level` some of its statements) the functions of the file count too, for the names
    they read from the module (not their own locals)."""
    if scope is not model.module and not module_level:
        nodes = list(walk(scope))
        return _evidence(nodes, model, _local_lists(scope, nodes))
    defs = [n for n in walk(scope) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))]
    inside = {id(n) for d in defs for n in walk(d) if n is not d}
    top = [n for n in walk(scope) if id(n) not in inside]
    out = _evidence(top, model)
    for n in top:  # h = np.tanh(W1 @ x): a forward step written at module level
        if isinstance(n, ast.Call) and _last_name(n.func) in _ACT_LASTS:
            out |= _matmul_names(list(walk(n.args)), set())
    for d in defs:
        if isinstance(d, ast.Lambda):
            continue
        nodes = list(walk(d.body))
        out |= _evidence(nodes, model) - _locals(d, nodes)
        out |= _forward_globals(d)
    out |= _handed_to_updating_function(top, model)
    return out


def _handed_to_updating_function(nodes: List[ast.AST], model: Model) -> Set[str]:
    """Names handed to a function of this file, alone or in a list or tuple literal, for a parameter that function
    updates in place, itself or the names it unpacks it into (`entrena(X, y, [wh, wo], ...)` with `wh, wo = M`
    and `wh -= lr * deltas_wh`): the training step of a script, whatever its language calls it."""
    out: Set[str] = set()
    updating: Dict[str, Set[int]] = {}  # function name -> positions of the parameters it updates
    for c in nodes:
        if not isinstance(c, ast.Call) or not isinstance(c.func, ast.Name) or not c.args:
            continue
        fn = model.functions.get(c.func.id)
        if fn is None or fn.cls is not None or not isinstance(fn.node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        positions = updating.get(c.func.id)
        if positions is None:
            updated = updated_names(fn.node)
            params = [a.arg for a in fn.node.args.posonlyargs + fn.node.args.args]
            unpacked: Dict[str, Set[str]] = {}
            for n in walk(fn.node):
                if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id in params:
                    for t in n.targets:
                        if isinstance(t, (ast.Tuple, ast.List)):
                            unpacked.setdefault(n.value.id, set()).update(
                                e.id for e in t.elts if isinstance(e, ast.Name))
            positions = updating[c.func.id] = {i for i, p in enumerate(params)
                                               if p in updated or unpacked.get(p, set()) & updated}
        for i, a in enumerate(c.args):
            if i in positions:
                items = a.elts if isinstance(a, (ast.List, ast.Tuple)) else [a]
                out.update(e.id for e in items if isinstance(e, ast.Name))
    return out


_STEP_LASTS = {"step", "apply_gradients", "minimize", "fit", "fit_generator", "train_on_batch", "sub_"}
_WRAPPER_LASTS = {"Parameter", "Variable", "ParameterList", "ParameterDict", "get_variable"}


def _environment_step(call: ast.Call) -> bool:
    """`env.step(action)`: a reinforcement-learning environment's step (gym), no optimizer's."""
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "step" and "env" in (last_name(f.value) or "").lower()


# calls that step, map or show a pytree of parameters without computing with its entries
_BOOKKEEPING_CALLS = frozenset({"init", "update", "apply_updates", "tree_map", "tree_leaves", "tree_flatten", "print",
                                "len"})


def _takes_training_step(model: Model) -> bool:
    if _updates_arrays(model):
        return True
    for call in model.nodes_of(ast.Call):
        last = _last_name(call.func)
        if last in _OPTIMIZER_LASTS - _WRAPPER_LASTS or last.endswith("Optimizer") \
                or last in _STEP_LASTS and isinstance(call.func, ast.Attribute) and not _environment_step(call):
            return True
        q = model.ev.qname(call.func) or ""
        if ".optim" in q or "optimizers" in q or q.startswith("optax."):
            return True
        if last == "assign_sub" and isinstance(call.func, ast.Attribute) \
                and any(_step_operand(n) for a in call.args for n in walk(a)):
            return True  # W1.assign_sub(lr * grads[0]): a TF variable's step written out (not `step.assign_sub(1)`)
    return False


def _updates_arrays(model: Model) -> bool:
    """Whether the file writes a training step out itself (a subtraction of a gradient step, in place or not):
    the only kind of step that can change a plain array; a framework's optimizer or `fit` trains its own
    tensors."""
    for aug in model.nodes_of(ast.AugAssign):
        if _perturbation(aug.value):
            continue  # add_eps[j, k] += eps; min_eps[j, k] -= eps: a numerical gradient check's nudge, no step
        if isinstance(aug.op, ast.Sub) and not _centring(aug.value) or isinstance(aug.op, ast.Add) and (
                any(_step_operand(n) for n in walk(aug.value)) or _names_a_parameter(aug.target)):
            return True  # p -= lr * g; p.data += -lr * p.grad; dense1.weights += 0.05 * randn(2, 3)
    for assign in model.nodes_of(ast.Assign):
        if isinstance(assign.value, ast.BinOp) and isinstance(assign.value.op, ast.Sub) \
                and any(ast.unparse(t) == ast.unparse(assign.value.left) for t in assign.targets):
            return True  # p = p - lr * g, params["W1"] = params["W1"] - lr * dW1
        if functional_update(assign) is not None:
            return True  # w0 = np.subtract(w0, learning_rate * d_w0)
        if _list_update(assign):
            return True  # self.weights = [wi + l * dwi for wi, dwi in zip(self.weights, delta_w)]
    for binop in model.nodes_of(ast.BinOp):
        if isinstance(binop.op, ast.Sub) and any(_step_operand(n) for n in walk(binop.right)):
            return True  # [w - (eta / len(batch)) * nw for w, nw in zip(self.weights, nabla_w)]
    return False


_PERTURBATION = re.compile(r"^(?:eps|epsilon|h|delta|perturb\w*)$", re.IGNORECASE)


def _perturbation(value: ast.expr) -> bool:
    """`eps`, `h`, `1e-6`: what a finite-difference check adds to or takes from one entry."""
    return isinstance(value, ast.Name) and bool(_PERTURBATION.match(value.id)) \
        or isinstance(value, ast.Constant) and isinstance(value.value, float) and 0 < abs(value.value) < 1e-2


def _list_update(assign: ast.Assign) -> bool:
    """`self.weights = [wi + l * dwi for wi, dwi in zip(self.weights, delta_w)]`: a list rebuilt from itself, each
    item plus or minus an item of another list walked beside it; a step on every array it holds, whatever the
    names of the step and the learning rate."""
    value = assign.value
    if len(assign.targets) != 1 or not isinstance(value, ast.ListComp) or len(value.generators) != 1:
        return False
    gen = value.generators[0]
    it, target, elt = gen.iter, gen.target, value.elt
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and len(it.args) >= 2
            and isinstance(target, ast.Tuple) and len(target.elts) == len(it.args)
            and all(isinstance(t, ast.Name) for t in target.elts)):
        return False
    own = [i for i, a in enumerate(it.args) if ast.unparse(a) == ast.unparse(assign.targets[0])]
    if not own or not isinstance(elt, ast.BinOp) or not isinstance(elt.op, (ast.Add, ast.Sub)):
        return False
    item = target.elts[own[0]].id  # type: ignore[attr-defined]
    others = {t.id for i, t in enumerate(target.elts) if i != own[0]}  # type: ignore[attr-defined]
    return isinstance(elt.left, ast.Name) and elt.left.id == item \
        and any(isinstance(n, ast.Name) and n.id in others for n in walk(elt.right))


_STEP_OPERAND = re.compile(r"^(?:grads?\w*|\w*_grads?|nabla\w*|lr|learning_rate|eta|step_size|d[A-Z]\w*)$")


def _is_one_hot(node: ast.AST, encoded: Set[str]) -> bool:
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("float", "astype", "to", "double", "type"):
        node = node.func.value  # F.one_hot(xs, 27).float()
    if isinstance(node, ast.Name):
        return node.id in encoded
    return isinstance(node, ast.Call) and _last_name(node.func).replace("_", "").lower() == "onehot"


def _product_operands(model: Model) -> List[Tuple[ast.expr, ast.expr]]:
    """(left, right) of every two-operand product of the file: `a @ b`, `matmul(a, b)`, `mm(a, b)`, `dot(a, b)`."""
    pairs = [(b.left, b.right) for b in model.nodes_of(ast.BinOp) if isinstance(b.op, ast.MatMult)]
    pairs += [(c.args[0], c.args[1]) for c in model.nodes_of(ast.Call)
              if _last_name(c.func) in ("matmul", "mm", "dot") and len(c.args) == 2]
    return pairs


def _one_hot_operands(model: Model) -> Set[str]:
    encoded: Set[str] = set()
    for a in model.nodes_of(ast.Assign):
        if _is_one_hot(a.value, set()):
            encoded |= {t.id for t in a.targets if isinstance(t, ast.Name)}
    out: Set[str] = set()
    for left, right in _product_operands(model):
        if _is_one_hot(left, encoded) and isinstance(right, ast.Name):
            out.add(right.id)
    return out


def _row_vector(shape: Tuple[ast.expr, ...]) -> bool:
    """(1, n): a row of per-feature scales (IA3), not an (n, 1) column a regression multiplies inputs with."""
    return len(shape) == 2 and isinstance(shape[0], ast.Constant) and shape[0].value == 1


def _names_a_parameter(target: ast.expr) -> bool:
    """`dense1.weights`, `W1`, `params["b2"]`: the target of an in-place step is a weight or a bias."""
    t = target.value if isinstance(target, ast.Attribute) and target.attr == "data" else target
    name = _dict_key(t) if isinstance(t, ast.Subscript) else _last_name(t)
    if name is None and isinstance(t, ast.Subscript):
        name = _last_name(t.value)  # self.weights[i] += alpha * grad: an item of a list of weights
    return name is not None and name != "" and W.role_of_name(name) in (W.WEIGHT, W.BIAS)


def _call_words(call: ast.Call) -> Set[str]:
    """The lower-case words of a call's last name (`train_epoch(...)` -> {"train", "epoch"})."""
    return set(_WORD.findall((last_name(call.func) or "").lower()))


def _centring(value: ast.expr) -> bool:
    """`raw_data -= mean`, `x -= x.mean(axis=0)`: data centred on a statistic, no training step."""
    name = last_name(value) if isinstance(value, (ast.Name, ast.Attribute)) else \
        last_name(value.func) if isinstance(value, ast.Call) else None
    return name is not None and name.lower() in ("mean", "means", "mu", "avg", "average", "median", "min")


def _sums_into(node: ast.AST, name: str) -> bool:
    """`name += x` / `name[i] += x` with no gradient or learning rate in `x`: a running sum, not a step."""
    if not isinstance(node, ast.AugAssign) or not isinstance(node.op, ast.Add):
        return False
    target = node.target.value if isinstance(node.target, ast.Subscript) else node.target
    return isinstance(target, ast.Name) and target.id == name and not any(_step_operand(x) for x in walk(node.value))


def _step_operand(node: ast.AST) -> bool:
    """A gradient or a learning rate in an update's value: `p.grad`, `grads`, `lr`, `dW1`."""
    name = last_name(node)
    return name is not None and _STEP_OPERAND.match(name) is not None


_WORD = re.compile(r"[A-Za-z][a-z]*")
_OPTIMIZER_STATE_WORDS = {"opt", "optim", "optimizer", "momentum", "velocity", "velocities", "cache",
                          "adam", "rms", "rmsprop", "moment", "moments", "grads", "grad", "gradients", "accum",
                          "accumulator"}


_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _holder_targets(st: Union[ast.Assign, ast.Expr], holders: AbstractSet[str], ev: Evaluator) -> Set[str]:
    """The names a module-level statement makes hold one of `holders` (see `_module_holders`)."""
    value = st.value
    if isinstance(st, ast.Expr):
        # model.add(layer), layers.append(layer): the receiver holds what it is given
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in _STORE_METHODS \
                and isinstance(value.func.value, ast.Name) \
                and any(isinstance(a, ast.Name) and a.id in holders for a in value.args):
            return {value.func.value.id}
        return set()
    if isinstance(value, (ast.List, ast.Tuple, ast.Dict)):
        holds = any(type(n) is ast.Name and n.id in holders for n in walk(value))  # type: ignore[attr-defined]
    elif isinstance(value, ast.Call):
        last = (ev.qname(value.func) or last_name(value.func) or "").rsplit(".", 1)[-1]
        holds = last[:1].isupper() and any(isinstance(a, ast.Name) and a.id in holders for a in call_arg_values(value))
    else:
        holds = isinstance(value, ast.Name) and value.id in holders
    if not holds:
        return set()
    out: Set[str] = set()
    for t in st.targets:
        root = root_name(t)  # network.layers = layers: the object holds them
        if root is not None:
            out.add(root)
    return out


def _literal_holders(stmts: Sequence[ast.stmt], name: str) -> List[ast.Assign]:
    """The statements among `stmts` that bind a list, tuple or dict literal holding `name` (`params = [W1, b1]`,
    `parameters = {"Waa": Waa, ...}`)."""
    return [st for st in stmts if isinstance(st, ast.Assign) and isinstance(st.value, (ast.List, ast.Tuple, ast.Dict))
            and any(type(n) is ast.Name and n.id == name for n in walk(st.value))]  # type: ignore[attr-defined]


def _may_train_global(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], name: str) -> bool:
    """Whether a function of the file that reads `name` may train the module's tensor of that name: it reads the
    global (`train()` with `global W`), or is handed it as its own parameter and computes gradients
    (`two_layer_nn(W, W2, X, y, reg)` returning `loss, dW, dW2`). One that binds a local of that name (`Waa, Wax =
    parameters["Waa"], ...`), or only runs a forward pass on what it is handed, trains nothing of the module's."""
    nodes = list(walk(fn))
    if name in param_names(fn):
        return any(_step_operand(n) for n in nodes if type(n) is ast.Name)
    return name not in _locals(fn, nodes)


def _assigns_anew(stmt: ast.stmt, name: str) -> bool:
    """A module-level `name = <value>` not computed from `name` itself (`name = name - lr * g` is a step)."""
    if isinstance(stmt, ast.Assign):
        # (`Wax, Waa, Wya = randn(...), randn(...), randn(...)` binds each name of the tuple)
        return any(isinstance(t, ast.Name) and t.id == name
                   or isinstance(t, ast.Tuple) and any(isinstance(e, ast.Name) and e.id == name for e in t.elts)
                   for t in stmt.targets) \
            and not any(isinstance(n, ast.Name) and n.id == name for n in walk(stmt.value))
    if isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
        return isinstance(stmt.target, ast.Name) and stmt.target.id == name \
            and not any(isinstance(n, ast.Name) and n.id == name for n in walk(stmt.value))
    return False


def _passed_to(method: ast.AST, name: str, index: int, param: str) -> Iterator[ast.expr]:
    """What the calls of the function `name` in `method` pass for its parameter (`index`, `param`); a loop
    variable over a literal tuple or list (`for layer in (self.fc1, self.fc2): init_layer(layer)`) stands for
    each item."""
    loops: Dict[str, List[ast.expr]] = {}
    for node in walk(method):
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and isinstance(node.iter, (ast.Tuple, ast.List)):
            loops[node.target.id] = list(node.iter.elts)
    for node in walk(method):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            passed = node.args[index] if index < len(node.args) and not any(
                isinstance(x, ast.Starred) for x in node.args[:index + 1]) else \
                next((k.value for k in node.keywords if k.arg == param), None)
            if isinstance(passed, ast.Name) and passed.id in loops:
                yield from loops[passed.id]
            elif passed is not None:
                yield passed


def _layer_attr_of_weight(node: ast.expr) -> Optional[str]:
    """`fc1` of `self.fc1.weight` (or `.weight.data`, `.kernel`)."""
    if isinstance(node, ast.Attribute) and node.attr == "data":
        node = node.value
    if isinstance(node, ast.Attribute) and node.attr in ("weight", "kernel"):
        return _self_attr(node.value)
    return None


def _collect_arm_tests(body: Sequence[ast.stmt], tests: List[ast.expr], out: Dict[int, List[ast.expr]]) -> None:
    """id of each statement under `body` -> the tests of the if statements whose body (not else) holds it,
    outermost first (nested functions and classes are not looked into)."""
    for st in body:
        out[id(st)] = tests
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(st, field, None)
            if not isinstance(inner, list):
                continue
            stmts = [x for h in inner for x in h.body] if field == "handlers" else inner
            _collect_arm_tests(stmts, tests + [st.test] if isinstance(st, ast.If) and field == "body" else tests, out)


def _layer_base(cls: Class) -> bool:
    """A class derived straight from a framework's layer base (`layers.Layer`, `keras.layers.Layer`): a layer,
    not a model (`tf.keras.Model`, `nn.Module` may be either)."""
    return any(b.rsplit(".", 1)[-1] == "Layer" for b in cls.bases)


def _passed_params(call: ast.AST, params: Sequence[str]) -> Optional[Set[str]]:
    """The parameters a call passes, positionally (by `params`, in order) or by keyword; None where that cannot be
    told (`*args`, `**kwargs`, not a call)."""
    if not isinstance(call, ast.Call) or any(isinstance(v, ast.Starred) for v in call.args) \
            or any(k.arg is None for k in call.keywords):
        return None
    return set(params[:len(call.args)]) | {k.arg for k in call.keywords if k.arg is not None}


def _method_result_names(fn: Function) -> List[str]:
    """The names the class's methods assign `self.<fn>(...)` to (`kernel = self.make_var("weights", shape)`)."""
    assert fn.cls is not None
    return [t.id for m in fn.cls.methods.values() for n in walk(m) if isinstance(n, ast.Assign)
            and len(n.targets) == 1 and isinstance((t := n.targets[0]), ast.Name)
            and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Attribute)
            and n.value.func.attr == fn.name and isinstance(n.value.func.value, ast.Name) and n.value.func.value.id == "self"]


def _returns_name(fn: ast.AST, name: str) -> bool:
    """`return name` (the variable itself, not an expression reading it) in the function."""
    return any(isinstance(n, ast.Return) and isinstance(n.value, ast.Name) and n.value.id == name for n in walk(fn))


def _agreed(found: List[Pairing]) -> Optional[Pairing]:
    """The first of several pairings when their activations are all of one known family (ReLU or tanh), else None."""
    fams = {act_family(p.act[0]) for p in found}
    return found[0] if found and len(fams) == 1 and None not in fams else None


def _reparametrizes(name: str) -> bool:
    """equal_lr / EqualLR / equalized_lr / EqualizedLR, spectral_norm / SpectralNorm / spectral_normed_weight:
    wrappers that rescale a module's weight (or a weight tensor) on every forward pass."""
    low = name.lower()
    return low.startswith("equal") and "lr" in low or "spectralnorm" in low.replace("_", "")


def _locals(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef], nodes: List[ast.AST]) -> Set[str]:
    a = fn.args
    out = {x.arg for x in a.args + a.kwonlyargs + a.posonlyargs}
    out |= {x.arg for x in (a.vararg, a.kwarg) if x is not None}
    out |= {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    globs = {g for n in nodes if isinstance(n, ast.Global) for g in n.names}
    return out - globs


def _direct_names(node: Optional[ast.AST]) -> Set[str]:
    """Names stored as such: `W`, the elements of `(W, b)` / `[W, b]`, the values of `{"W": W}` / `dict(W=W)`."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return {n for e in node.elts for n in _direct_names(e.value if isinstance(e, ast.Starred) else e)}
    if isinstance(node, ast.Dict):
        return {n for v in node.values for n in _direct_names(v)}
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict" and not node.args:
        return {n for k in node.keywords for n in _direct_names(k.value)}  # dict(weight=weight, bias=bias)
    return set()


def _local_lists(fn: ast.AST, nodes: List[ast.AST]) -> Set[str]:
    """The lists a function makes empty and only fills, walks and measures (`weights = []`, `weights.append(w)`,
    `for w in weights: x = relu(x @ w.T)`): never returned, stored, handed to a call or walked by a loop that
    updates what it walks. What goes into one stays in this call of the function: no evidence of training."""
    if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return set()
    made = {t.id for n in nodes if isinstance(n, ast.Assign) and len(n.targets) == 1
            for t in n.targets if isinstance(t, ast.Name)
            and (isinstance(n.value, ast.List) and not n.value.elts
                 or isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name) and n.value.func.id == "list"
                 and not n.value.args)}
    if not made:
        return made
    made -= param_names(fn) | {g for n in nodes if isinstance(n, (ast.Global, ast.Nonlocal)) for g in n.names}
    kept: Set[int] = set()  # ids of the reads that fill, walk or measure
    for n in nodes:
        if isinstance(n, ast.Call):
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in _STORE_METHODS and isinstance(f.value, ast.Name):
                kept.add(id(f.value))
            elif isinstance(f, ast.Name) and f.id == "len" and len(n.args) == 1:
                kept.add(id(n.args[0]))
        elif isinstance(n, (ast.For, ast.AsyncFor, ast.comprehension)):
            it = n.iter
            walked = it.args if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) \
                and it.func.id in ("enumerate", "zip", "reversed") else [it]
            updated = isinstance(n, (ast.For, ast.AsyncFor)) and any(updated_names(st) for st in n.body)
            if not updated:
                kept.update(id(a) for a in walked if isinstance(a, ast.Name))
    for n in nodes:
        if isinstance(n, ast.Name) and n.id in made and isinstance(n.ctx, ast.Load) and id(n) not in kept:
            made.discard(n.id)  # (returned, stored, handed on, or walked by a training loop)
    return made


def _evidence(nodes: List[ast.AST], model: Model, local_lists: AbstractSet[str] = frozenset()) -> Set[str]:
    out: Set[str] = set()
    for node in nodes:
        if isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
            root = root_name(node.target)
            if root is not None:
                out.add(root)  # W1 -= lr * dW1
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and isinstance(node.value, ast.BinOp) \
                        and isinstance(node.value.op, (ast.Add, ast.Sub)) \
                        and t.id in {n.id for n in walk(node.value) if isinstance(n, ast.Name)}:
                    out.add(t.id)  # w = w - lr * dw
            stepped = functional_update(node)  # w = np.subtract(w, lr * dw); ws = [w - lr * g for w, g in zip(ws, gs)]
            if stepped is not None:
                out.add(stepped)
            out |= _direct_names(node.value)  # self.W = W, params["W1"] = W1, params = (W, b)
            if isinstance(node.value, ast.Call) and _last_name(node.value.func) not in _CONVERSIONS:
                # params = update(params, grads); converged, weights = perceptron_fit(x, y, weights): a step
                # that returns the new value of what it was given (not `kernel = torch.tensor(kernel)`: the same
                # values in another type or shape)
                given = {a.id for a in node.value.args if isinstance(a, ast.Name)}
                given |= {k.value.id for k in node.value.keywords if isinstance(k.value, ast.Name)}
                if given:
                    out |= given & {n for t in node.targets for n in _direct_names(t)}
        elif isinstance(node, ast.Return):
            out |= _direct_names(node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            out |= _looped_updates(node)
        elif isinstance(node, ast.Attribute) and node.attr in ("grad", "requires_grad") \
                and isinstance(node.value, ast.Name) and isinstance(node.ctx, ast.Load):
            out.add(node.value.id)  # w.grad read by a training step
        elif isinstance(node, ast.Call):
            q = model.ev.qname(node.func) or ""
            last = q.rsplit(".", 1)[-1] if q else _last_name(node.func)
            stores = isinstance(node.func, ast.Attribute) and node.func.attr in _STORE_METHODS
            if stores and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id in local_lists:
                continue  # weights.append(w) into a list that stays in this call (`_local_lists`)
            if stores or last in _OPTIMIZER_LASTS or ".optim" in q or "optimizers" in q or q.startswith("optax.") \
                    or last in _DESCENT_LASTS or "gradient_descent" in last:
                # (and `gradient_descent(X, y, init_theta=init_W)`, `minimize(loss, w0)`: a routine that trains
                # the array it starts from)
                for a in list(node.args) + [k.value for k in node.keywords]:
                    out |= {n.id for n in walk(a) if isinstance(n, ast.Name)}  # params.append((W, b)), SGD([w, b])
            elif last[:1].isupper() and _LAYER_TYPE_NAME.search(last):
                # Convolution(weight1, bias1, stride, pad), Affine(W2, b2): a layer object built around the arrays
                # (Deep Learning from Scratch's networks), which holds them as its params
                out |= {a.id for a in node.args if isinstance(a, ast.Name)}
                out |= {k.value.id for k in node.keywords if isinstance(k.value, ast.Name)}
    return out


def _super_init(stmt: Optional[ast.stmt]) -> bool:
    """The statement is a `super().__init__(...)` call."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "__init__" \
        and isinstance(call.func.value, ast.Call) and isinstance(call.func.value.func, ast.Name) \
        and call.func.value.func.id == "super"


def _looped_updates(loop: Union[ast.For, ast.AsyncFor]) -> Set[str]:
    """`for param, grad in zip([w1, w2, b1], [dw1, dw2, db1]): param -= lr * grad` (or `for p in [w1, w2]:`):
    the names of the literal list a loop walks and updates in place, element by element."""
    it, target = loop.iter, loop.target
    var: Optional[ast.expr] = target
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and it.args:
        it = it.args[0]
        var = target.elts[0] if isinstance(target, ast.Tuple) and target.elts else None
    if not isinstance(it, (ast.List, ast.Tuple)) or not isinstance(var, ast.Name) \
            or not any(var.id in updated_names(stmt) for stmt in loop.body):
        return set()
    return {e.id for e in it.elts if isinstance(e, ast.Name)}


_STORE_METHODS = {"append", "extend", "insert", "update", "setdefault", "add"}
_MODEL_METHODS = {"fit", "train", "predict", "loss", "evaluate", "score"}
_TARGET_PARAMS = {"targets", "target", "labels", "y_true", "y_train"}  # what a whole model's methods are given
_LAYER_TYPE_NAME = re.compile(r"(?:Layer|Module|Linear|Dense|Conv|Affine|FC|FullyConnected)", re.IGNORECASE)
# calls that give back what they are handed in another type, device or shape
_CONVERSIONS = frozenset({"tensor", "as_tensor", "from_numpy", "array", "asarray", "asanyarray", "ascontiguousarray",
                          "float", "double", "half", "astype", "to", "cuda", "cpu", "reshape", "view", "flatten",
                          "ravel", "squeeze", "unsqueeze", "expand_dims", "transpose", "permute", "contiguous",
                          "convert_to_tensor", "cast", "copy", "clone", "detach", "numpy"})
_DESCENT_LASTS = {"sgd", "gd", "minimize", "fmin", "fmin_bfgs", "fmin_cg", "fmin_l_bfgs_b"}
_ACT_LASTS = {"tanh", "relu", "sigmoid", "maximum", "softmax", "log_softmax", "gelu", "elu", "leaky_relu", "selu",
              "softplus", "relu6", "silu"}


def _forward_globals(fn: Union[ast.FunctionDef, ast.AsyncFunctionDef]) -> Set[str]:
    """Module-level names a forward pass multiplies its inputs with: read (not passed in) as a matmul operand
    in a function that applies a nonlinearity (`def predict(X): return np.tanh(X @ W_in)`)."""
    nodes = list(walk(fn.body))
    if not any(isinstance(n, ast.Call) and _last_name(n.func) in _ACT_LASTS for n in nodes):
        return set()
    local = {a.arg for a in fn.args.args + fn.args.kwonlyargs + fn.args.posonlyargs}
    local |= {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return _matmul_names(nodes, local)


def _matmul_names(nodes: List[ast.AST], local: Set[str]) -> Set[str]:
    """Names (other than `local`) that are operands of a matmul among `nodes`."""
    out: Set[str] = set()
    for n in nodes:
        operands: List[ast.expr] = []
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.MatMult):
            operands = [n.left, n.right]
        elif isinstance(n, ast.Call) and _last_name(n.func) in PRODUCTS:
            operands = list(n.args) + ([n.func.value] if isinstance(n.func, ast.Attribute) else [])
        for o in operands:
            while isinstance(o, ast.Attribute) and o.attr == "T":
                o = o.value
            if isinstance(o, ast.Name) and o.id not in local:
                out.add(o.id)
    return out


def _last_name(node: ast.expr) -> str:
    return last_name(node) or ""


def _assigned_local(stmt: Optional[ast.stmt]) -> Optional[str]:
    """`w` of `w = self.param(...)`: the local a statement binds its value to."""
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        return stmt.targets[0].id
    return None


def _applies_activation(cls: Class) -> bool:
    """Whether the class's forward pass applies a nonlinearity itself."""
    for name in ("forward", "__call__", "call"):
        fn = cls.methods.get(name)
        if fn is not None and any(isinstance(n, ast.Call) and _last_name(n.func) in _ACT_LASTS for n in walk(fn)):
            return True
    return False


def _rescaled_local(fn: ast.AST, name: str) -> bool:
    """`name` multiplied or divided by a stored scale in the function: `w * self.lr_mul`, `w / sqrt(fan_in)`,
    `w * gain` (an equalized-learning-rate weight written with a local), `kernel * c` with `c = self.gain /
    np.sqrt(np.prod(kernel.shape[:-1]))` bound in the function."""
    scales = {t.id for node in walk(fn) if type(node) is ast.Assign for t in node.targets  # type: ignore[attr-defined]
              if type(t) is ast.Name and (_scale_like(node.value) or has_norm_call(node.value))}  # type: ignore[attr-defined]
    for node in walk(fn):
        if type(node) is ast.BinOp and type(node.op) in (ast.Mult, ast.Div):
            for a, b in ((node.left, node.right), (node.right, node.left)):
                if type(a) is ast.Name and a.id == name and (_scale_like(b) or has_norm_call(b)
                                                             or type(b) is ast.Name and b.id in scales):
                    return True
        elif type(node) is ast.AugAssign and type(node.op) in (ast.Mult, ast.Div) \
                and type(node.target) is ast.Name and node.target.id == name \
                and (_scale_like(node.value) or has_norm_call(node.value)):  # type: ignore[attr-defined]
            return True  # w /= jnp.linalg.norm(w, axis=-1, keepdims=True); w *= jnp.sqrt(1 / hidden_size)
    return False


def _scale_like(node: ast.AST) -> bool:
    for n in walk(node):
        if isinstance(n, (ast.Attribute, ast.Name)):
            word = (n.attr if isinstance(n, ast.Attribute) else n.id).lower()
            if word in ("sqrt", "rsqrt") or any(w in word for w in SCALE_WORDS):
                return True
    return False


def _one_size(shape: Sequence[ast.expr]) -> bool:
    """A shape of one size (`torch.rand(hidden_size)`, `(dim,)`): a vector (RULES: an unnamed parameter is a
    weight at rank >= 2), unless the one name holds a whole shape (`torch.rand(shape)`)."""
    if len(shape) != 1:
        return False
    only = shape[0]
    return isinstance(only, ast.Constant) or isinstance(only, (ast.Name, ast.Attribute)) \
        and "shape" not in (only.id if isinstance(only, ast.Name) else only.attr).lower()


def _scalar_draw(node: ast.AST) -> bool:
    """A draw whose shape is written as the empty tuple: `normal(key, ())`, `randn(size=())`."""
    if not isinstance(node, ast.Call):
        return False
    args = list(node.args) + [k.value for k in node.keywords if k.arg in ("shape", "size")]
    return any(isinstance(a, ast.Tuple) and not a.elts for a in args)


def _plain_line(line: int) -> str:
    return f"line {line}"


def _is_test_file(filename: str) -> bool:
    """pytest's default test-module patterns (test_*.py, *_test.py) and conftest.py."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return base.endswith(".py") and (base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py")


def _in_test_directory(filename: str) -> bool:
    """A file under a `tests`/`test`/`testing` directory: a test suite's helpers (`tests/test_utils.py`)."""
    parts = filename.replace("\\", "/").split("/")[:-1]
    return any(p in ("tests", "test", "testing") for p in parts)


def _test_class(name: str, bases: Iterable[str]) -> bool:
    """A pytest (`Test*`) or unittest (a `...TestCase` base, dotted names) test class."""
    return name.startswith("Test") or any(b.rsplit(".", 1)[-1].endswith("TestCase") for b in bases)


def _holds_tests(module: ast.Module) -> bool:
    """Whether a module named like a test holds tests: a `test*` function or a `Test*` class at module level, a
    TestCase subclass, or an import of pytest/unittest (conftest's fixtures). A course script named
    `model_test.py` that trains a network is linted like any other file (what the code does, not its name)."""
    for stmt in module.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name.startswith("test"):
            return True
        if isinstance(stmt, ast.ClassDef) and _test_class(stmt.name, [dotted(b) or "" for b in stmt.bases]):
            return True
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in stmt.names] if isinstance(stmt, ast.Import) else [stmt.module or ""]
            if any(n.split(".")[0] in ("pytest", "unittest", "hypothesis") for n in names):
                return True
    return False


def _tensor_text(text: str) -> str:
    t = text
    while t.endswith(".data"):
        t = t[: -len(".data")]
    return t


_INDEX_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _is_self_attr(node: ast.AST, attr: str) -> bool:
    while isinstance(node, ast.Attribute) and node.attr in ("data", "T"):
        node = node.value
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self" \
        and node.attr == attr


def _covers(outer: str, inner: str) -> bool:
    """`net` covers `net`, `net[2]` and `net.fc`: an apply on it reaches every module of the other."""
    return bool(outer) and (inner == outer or inner.startswith((outer + "[", outer + ".")))


# what only looks at a tensor besides the calls of model._INSPECTORS: its shape (`X.get_shape()`, `X.shape`)
_INSPECTING_ATTRS = frozenset({"get_shape", "shape", "dtype", "name", "ndim", "size"})

"""Source -> candidate scan -> masked libcst parse -> model -> rules."""

from __future__ import annotations

import ast
from typing import Dict, List, Optional

import libcst as cst

from .context import Context
from .cstutil import LazyPositions, parse_module, statement_starts
from .dist import Dist, Evaluator
from .finding import Finding
from .flow import Flow
from .model import Builder, Site
from .names import ImportTable
from .options import Options
from .rules import PRIORITY
from .scan import candidate_mask


def run_rules(source: str, filename: str, options: Options, tree: Optional[ast.AST], stats,
              scanned=None) -> List[Finding]:
    """Findings of one file. `scanned` is `scan.candidate_mask`'s result when the engine
    already ran the cheap scan (the fast path); None analyses the whole file."""
    if options.full_analysis or options.strict_defaults:
        masked = source
        if tree is None:
            tree = ast.parse(source)
        starts = statement_starts(tree)
    else:
        if scanned is None:
            scanned = candidate_mask(source, tree, options.small_scale, options.deep_layers)
            if scanned is None:
                return []
        masked, tree, starts = scanned
    if stats is not None:
        stats.candidate_files += 1
        stats.libcst_files += 1
        stats.libcst_lines += sum(1 for line in masked.splitlines() if line.strip())
    try:
        module = parse_module(masked)
    except cst.ParserSyntaxError as exc:
        if masked is source:
            raise SyntaxError(str(exc).splitlines()[0], (filename, exc.raw_line, exc.raw_column, "")) from None
        # a statement boundary the mask could not respect: analyse the whole file
        return run_rules(source, filename, Options(**{**options.__dict__, "full_analysis": True}), tree, None)
    if masked is not source and len(module.body) != len(starts):
        # libcst grouped the kept statements differently from ast: without one start line per statement
        # the dropped lines between them could not be accounted for (positions would shift)
        return run_rules(source, filename, Options(**{**options.__dict__, "full_analysis": True}), tree, None)
    return analyze_module(module, filename, options, starts)


def analyze_module(module: cst.Module, filename: str, options: Options, starts=None) -> List[Finding]:
    positions = LazyPositions(module, starts)
    imports = ImportTable()
    imports.collect(module.body)
    ev = Evaluator(imports, _constants(module, imports))
    model = Builder(module, imports, ev).build()
    facts = Flow(model).run()
    ctx = Context(model, facts, positions, options, filename)
    sites = list(model.sites)
    if options.strict_defaults:
        sites.extend(_default_sites(ctx))
    rules = [r() for r in PRIORITY]
    findings: Dict[tuple, Finding] = {}
    for site in sites:
        node = site.dist.node
        if id(node) in findings:
            continue  # at most one finding per initializer expression
        for rule in rules:
            verdict = rule.check(site, ctx)
            if verdict is not None:
                pos = positions.get(node)
                if pos is not None:
                    findings[id(node)] = Finding(pos.start.line, pos.start.column, rule.code, verdict.message,
                                                 filename, fix=verdict.fix)
                break
    return list(findings.values())


def _constants(module: cst.Module, imports: ImportTable) -> Dict[str, float]:
    """Module-level NAME = <number> (STD = 0.01) so scales written as names are known."""
    out: Dict[str, float] = {}
    ev = Evaluator(imports)
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Assign) and len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name):
                    v = ev.number(small.value)
                    if v is not None:
                        out[small.targets[0].target.value] = v
    return out


def _default_sites(ctx: Context) -> List[Site]:
    """strict-defaults: layers left to the framework default initializer."""
    initialised = {s.key for s in ctx.m.sites if s.key}
    blanket_classes = {s.cls.name for s in ctx.m.sites if s.cls is not None and ctx.blanket(s)}
    out: List[Site] = []
    for layer in ctx.m.layers.values():
        if layer.kind != "linear" or layer.has_init_kw or layer.key in initialised:
            continue
        if layer.owner in blanket_classes:
            continue
        q = layer.type_name
        if q.startswith("torch."):
            fam, api = "lecun", "PyTorch default kaiming_uniform_(a=sqrt(5))"
        elif q.startswith("keras.") or q.startswith("tensorflow."):
            fam, api = "xavier", "Keras default glorot_uniform"
        elif q.startswith(("flax.", "haiku.")):
            fam, api = "lecun", "Flax/Haiku default lecun_normal"
        else:
            continue
        d = Dist("family", api, q.split(".")[0], layer.node, family=fam, default=True)
        out.append(Site(d, layer.name, "weight", layer.key, layer, None, None, (), (), 0))
    return out

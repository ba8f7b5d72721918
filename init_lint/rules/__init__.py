"""The rules, discovered: every module `iniNNN.py` of this package holds one `Rule` subclass.

A new rule is one new file; nothing else registers it. `ALL_RULES` (by code),
`BY_CODE` and `PRIORITY` (the judging order, from each rule's `priority`:
RULES.md's INI006, INI001, INI002, INI005, INI003/INI004, then INI101-INI103)
come from the files found here. Importing a rule module is cheap: rule
metadata (--list-rules, --explain, SARIF) never loads the semantic model.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from typing import Dict, List, Type

from .base import Example, Rule, Verdict

_RULE_MODULE = re.compile(r"ini\d{3}")


def _discover() -> List[Type[Rule]]:
    found: List[Type[Rule]] = []
    for info in pkgutil.iter_modules(__path__):
        if not _RULE_MODULE.fullmatch(info.name):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        classes = [obj for obj in vars(module).values()
                   if inspect.isclass(obj) and issubclass(obj, Rule) and obj is not Rule
                   and obj.__module__ == module.__name__]
        if len(classes) != 1:
            raise ImportError(f"{module.__name__} must define exactly one Rule subclass, found {len(classes)}")
        rule = classes[0]
        if rule.code != info.name.upper():
            raise ImportError(f"{module.__name__} defines {rule.code}; a rule's file is named after its code")
        found.append(rule)
    return sorted(found, key=lambda r: r.code)


ALL_RULES: List[Type[Rule]] = _discover()

BY_CODE: Dict[str, Type[Rule]] = {r.code: r for r in ALL_RULES}

PRIORITY: List[Type[Rule]] = sorted((r for r in ALL_RULES if r.priority is not None),
                                    key=lambda r: (r.priority, r.code))

__all__ = ["ALL_RULES", "BY_CODE", "PRIORITY", "Example", "Rule", "Verdict"]

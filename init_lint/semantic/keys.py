"""How the model names a tensor it follows through the dataflow: one spelling, in one place.

A *key* names what a site initialises and what the dataflow tracks:
- `w:<name>` a tensor held in a local, a module name or a container entry (`w:W1`, `w:params[W1]`,
  `w:weights[*]` for every element of a list of appended weights, `w:h1/weights` for the entry of one layer's
  dict); `tensor_key` makes one, `is_tensor_key` tests one, `tensor_name` reads the name back;
- `<Class>.<attr>` an attribute of a class of the file (`Net.fc1`);
- `#<id>` a layer the file builds without naming it (an item of `nn.Sequential(...)`): `node_key`.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # (Python 3.9 has no typing.TypeGuard; the annotation is only read by the type checker)
    from typing_extensions import TypeGuard

__all__ = ["is_node_key", "is_tensor_key", "node_key", "tensor_key", "tensor_name"]

_TENSOR = "w:"


def tensor_key(name: str) -> str:
    """The key of a tensor held under `name` (a local, a module name, `params[W1]`, `weights[*]`)."""
    return _TENSOR + name


def is_tensor_key(key: Optional[str]) -> TypeGuard[str]:
    """Whether `key` names a tensor held under a name (not a class attribute, not an unnamed layer)."""
    return key is not None and key.startswith(_TENSOR)


def tensor_name(key: str) -> str:
    """The name a tensor key was made from (`w:W1` -> `W1`); only for keys that `is_tensor_key`."""
    return key[len(_TENSOR):]


def node_key(node: ast.AST) -> str:
    """The key of a layer the file builds without naming it, by its constructor call's node."""
    return f"#{id(node)}"


def is_node_key(key: str) -> bool:
    """Whether `key` names a layer built without a name (`node_key`)."""
    return key.startswith("#")

"""The spelling of the model's tensor keys lives in `semantic.keys`; these pin what the builder, the dataflow
and the rules rely on."""

import ast

from init_lint.semantic.keys import is_node_key, is_tensor_key, node_key, tensor_key, tensor_name


def test_a_tensor_key_reads_back_its_name():
    for name in ("W1", "params[W1]", "weights[*]", "h1/weights", "self.fc"):
        key = tensor_key(name)
        assert is_tensor_key(key) and not is_node_key(key)
        assert tensor_name(key) == name


def test_other_keys_are_no_tensor_keys():
    node = ast.parse("nn.Linear(3, 4)").body[0]
    assert is_node_key(node_key(node)) and not is_tensor_key(node_key(node))
    assert node_key(node) == node_key(node)  # (one node, one key)
    assert not is_tensor_key("Net.fc1") and not is_tensor_key(None) and not is_tensor_key("")

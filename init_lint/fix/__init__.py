"""Fixes: intents (data, no libcst) and the libcst rewriter that applies them under --fix/--diff."""

"""Moved to `init_lint.frontends.discovery`; this alias stays until init_lint/fixer.py (which imports it) is
replaced by init_lint/fix/."""

from .frontends.discovery import *  # noqa: F401,F403
from .frontends.discovery import discover, display_path  # noqa: F401

"""init-lint: catch bad neural-network weight initialisation before training."""

__version__ = "0.1.0"

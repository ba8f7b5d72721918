"""The front ends: the `init-lint` command line, the flake8 plugin, and what they share
(configuration, file discovery, notebooks, output formats). The engine never imports them."""

"""The one semantic model, on the standard `ast` tree: imports, values, layers, sites, dataflow, context.

Nothing here imports libcst or a front end."""

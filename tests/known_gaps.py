"""Engine gaps the spec-driven fixtures exposed and that are not fixed yet.

Each entry is a strict xfail: the test still runs and asserts everything;
when the engine is fixed the test passes, the strict xfail turns that into a
failure, and the entry must be deleted. Keep this list short and honest.
"""

FIXTURE_GAPS = {
    "fixtures/pytorch/gan_mean_std_swap.py": "normal_ on weights of layers built by a helper function",
    "fixtures/pytorch/patchgan_relu_gain.py": "layers in nn.Sequential built from a list variable",
    "fixtures/pytorch/tabular_constant.py": "constant_ on layers reached through a ModuleList loop",
}

FIXER_GAPS = {
    "torch_ini006_method": "FN: the BatchNorm elif-branch of DCGAN weights_init counts as overwriting the Conv branch weight",
}

# Labeled suite (tests/labeled): see `pytest tests/test_labeled.py -s` for the measured table.
LABELED_GAPS = {
}
LABELED_NEGATIVE_GAPS = {
}

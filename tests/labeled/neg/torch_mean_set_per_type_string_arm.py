"""A weights_init helper that picks the mean per module type by string tests: 1 for BatchNorm's scale, 0 for
Linear (every other module returns early). After the if, `mean` is 0 or 1 depending on the module, not the value
written last; the Linear weights are N(0, 0.02^2) (DCGAN-style), the BatchNorm scales N(1, 0.02^2). Nothing here
is all-positive."""


def weights_init(m):
    mean = 0
    t = str(type(m))
    if 'BatchNorm1d' in t:
        mean = 1
    elif 'Linear' not in t:
        return
    m.weight.data.normal_(mean=mean, std=0.02)
    if m.bias is not None:
        m.bias.data.zero_()

"""pytest test of a convolution against a NumPy reference: the kernel is random data
drawn with std 1, set into the layer and compared -- a fixture, not an initializer."""

import numpy as np
import pytest
from keras import layers


def np_conv1d(x, kernel):
    width = kernel.shape[0]
    out = np.zeros((x.shape[0] - width + 1, kernel.shape[-1]))
    for i in range(out.shape[0]):
        out[i] = np.tensordot(x[i:i + width], kernel, axes=([0, 1], [0, 1]))
    return out


@pytest.mark.parametrize("filters", [2, 6])
def test_conv1d_matches_numpy(filters):
    layer = layers.Conv1D(filters, 3)
    layer.build((None, 10, 4))
    kernel_weights = np.random.normal(size=(3, 4, filters))
    layer.kernel.assign(kernel_weights)
    x = np.random.normal(size=(1, 10, 4))
    np.testing.assert_allclose(layer(x)[0], np_conv1d(x[0], kernel_weights), rtol=1e-5)

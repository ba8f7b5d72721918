"""Keras layer unit test: constant kernels make the output exactly reproducible, so the test can
compare it with golden numbers. Test code (a TestCase method) never trains these weights."""

import numpy as np
from keras import initializers, layers, testing


class GRUTest(testing.TestCase):
    def test_correctness(self):
        sequence = np.arange(72).reshape((3, 6, 4)).astype("float32")
        layer = layers.GRU(
            3,
            kernel_initializer=initializers.Constant(0.01),
            recurrent_initializer=initializers.Constant(0.02),
            bias_initializer=initializers.Constant(0.03),
        )
        output = layer(sequence)
        self.assertAllClose(np.array([[0.5217289, 0.5217289, 0.5217289]]), output[:1])

    def test_dense_ones(self):
        layer = layers.Dense(4, kernel_initializer="ones")
        self.assertAllClose(layer(np.ones((1, 2))), np.full((1, 4), 2.0))

"""A Keras NoisyNet layer: `sigma_kernel` starts at the paper's constant sigma0 and only scales the noise
added to the mean kernel (`kernel + sigma_kernel * K.random_uniform(...)`): a parameter of the weight-noise
distribution, not a weight (RULES)."""

import tensorflow as tf
from tensorflow.keras import backend as K


class NoisyDense(tf.keras.layers.Layer):
    def __init__(self, units, sigma_init=0.017, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.sigma_init = sigma_init

    def build(self, input_shape):
        self.input_dim = int(input_shape[-1])
        self.kernel_shape = (self.input_dim, self.units)
        self.kernel = self.add_weight(shape=self.kernel_shape, initializer="orthogonal", name="kernel")
        self.sigma_kernel = self.add_weight(
            shape=self.kernel_shape,
            initializer=tf.keras.initializers.Constant(value=self.sigma_init),
            name="sigma_kernel")

    def call(self, inputs):
        perturbed_kernel = self.kernel + self.sigma_kernel * K.random_uniform(shape=self.kernel_shape)
        return K.dot(inputs, perturbed_kernel)

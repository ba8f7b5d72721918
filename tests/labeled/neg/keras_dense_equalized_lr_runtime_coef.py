"""A StyleGAN-style Dense: with weight scaling on, the kernel is drawn N(0, 1 / lr_multiplier) and `call`
multiplies it by gain / sqrt(fan_in) at run time (equalized learning rate): its scale is set there."""

import numpy as np
import tensorflow as tf


class Linear(tf.keras.layers.Dense):
    def __init__(self, units, use_weight_scaling=True, gain=np.sqrt(2), lr_multiplier=1.0,
                 kernel_initializer="glorot_uniform", **kwargs):
        self.use_weight_scaling = use_weight_scaling
        self.gain = gain
        self.lr_multiplier = lr_multiplier
        if use_weight_scaling:
            stddev = 1.0 / lr_multiplier
            kernel_initializer = tf.initializers.random_normal(0, stddev)
        super().__init__(units=units, kernel_initializer=kernel_initializer, **kwargs)

    def build(self, input_shape):
        super().build(input_shape)
        if self.use_weight_scaling:
            fan_in = np.prod(tf.TensorShape(input_shape)[1:])
            self.runtime_coef = self.gain / np.sqrt(fan_in) * self.lr_multiplier

    def call(self, inputs):
        kernel = self.kernel * self.runtime_coef if self.use_weight_scaling else self.kernel
        return tf.nn.leaky_relu(tf.matmul(inputs, kernel) + self.bias, 0.2)

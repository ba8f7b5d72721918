"""Fake-quantisation wrapper (TF model optimisation style): the min/max range of the
kernel quantiser is stored with add_weight. Quantiser ranges, not kernels."""

import tensorflow as tf


class QuantizedDense(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=(input_shape[-1], self.units), initializer="glorot_uniform")
        self.kernel_min = self.add_weight("kernel_min", shape=(), initializer=tf.keras.initializers.Constant(-6.0),
                                          trainable=False)
        self.kernel_max = self.add_weight("kernel_max", shape=(), initializer=tf.keras.initializers.Constant(6.0),
                                          trainable=False)

    def call(self, x):
        q = tf.quantization.fake_quant_with_min_max_vars(self.kernel, self.kernel_min, self.kernel_max)
        return tf.matmul(x, q)

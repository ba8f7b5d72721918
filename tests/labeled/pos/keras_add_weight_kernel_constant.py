"""A custom Keras Dense whose kernel (not a quantiser range) gets Constant(-6.0): every
unit computes the same thing, and the layer feeds a ReLU stack."""

import tensorflow as tf


class MyDense(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=(input_shape[-1], self.units),
                                      initializer=tf.keras.initializers.Constant(-6.0))  # expect: INI002

    def call(self, x):
        return tf.matmul(x, self.kernel)


inputs = tf.keras.Input(shape=(32,))
h = tf.nn.relu(MyDense(64)(inputs))
outputs = tf.keras.layers.Dense(1)(h)
model = tf.keras.Model(inputs, outputs)

"""A ProGAN port that forgot the runtime He constant: the kernel is N(0, 1) and call()
uses it as is, so std 1 on a fan-in of 512 explodes the activations."""

import tensorflow as tf
from tensorflow import keras


class EqualizedDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=[input_shape[-1], self.units],
                                 initializer=keras.initializers.RandomNormal(mean=0.0, stddev=1.0),  # expect: INI004
                                 trainable=True)

    def call(self, inputs):
        return tf.matmul(inputs, self.w)


inputs = keras.Input(shape=(512,))
x = tf.nn.leaky_relu(EqualizedDense(512)(inputs), 0.2)
outputs = EqualizedDense(1)(x)

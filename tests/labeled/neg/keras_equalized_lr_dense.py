"""ProGAN in Keras: an equalized-learning-rate Dense: kernel N(0, 1), multiplied in
call() by the He constant sqrt(2 / fan_in)."""

import numpy as np
import tensorflow as tf
from tensorflow import keras


class EqualizedDense(keras.layers.Layer):
    def __init__(self, units, gain=2, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.gain = gain

    def build(self, input_shape):
        self.in_features = input_shape[-1]
        initializer = keras.initializers.RandomNormal(mean=0.0, stddev=1.0)
        self.w = self.add_weight(shape=[self.in_features, self.units], initializer=initializer, trainable=True)
        self.scale = np.sqrt(self.gain / self.in_features)

    def call(self, inputs):
        return tf.matmul(inputs, self.w * self.scale)

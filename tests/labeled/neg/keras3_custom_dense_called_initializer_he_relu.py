"""The same Keras 3 custom layer drawing He-normal kernels for the ReLU model, and Glorot for
a tanh one: both pairings are right."""

import keras
from keras import initializers, layers, ops


class ReluDense(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.w = keras.Variable(initializers.HeNormal()((input_shape[-1], self.units)), name="kernel")

    def call(self, inputs):
        return ops.matmul(inputs, self.w)


class TanhDense(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.w = keras.Variable(initializers.GlorotUniform()((input_shape[-1], self.units)), name="kernel")

    def call(self, inputs):
        return ops.matmul(inputs, self.w)


class MyModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.a1 = ReluDense(256)
        self.a2 = ReluDense(10)
        self.t1 = TanhDense(256)
        self.t2 = TanhDense(10)

    def call(self, x):
        return self.a2(ops.relu(self.a1(x))) + self.t2(ops.tanh(self.t1(x)))

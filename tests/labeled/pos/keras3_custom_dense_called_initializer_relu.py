"""A Keras 3 custom layer that draws its kernel by calling an initializer object at once
(`initializers.GlorotUniform()(shape)`) into a `keras.Variable`; the model applies ReLU to the
two hidden instances: Xavier chosen for ReLU."""

import keras
from keras import initializers, layers, ops


class MyDense(layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        w_value = initializers.GlorotUniform()((input_shape[-1], self.units))  # expect: INI101
        self.w = keras.Variable(w_value, name="kernel")
        self.b = keras.Variable(initializers.Zeros()((self.units,)), name="bias")

    def call(self, inputs):
        return ops.matmul(inputs, self.w) + self.b


class MyModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense1 = MyDense(256)
        self.dense2 = MyDense(256)
        self.dense3 = MyDense(10)

    def call(self, x):
        x = ops.relu(self.dense1(x))
        x = ops.relu(self.dense2(x))
        return self.dense3(x)

"""An IndRNN cell (a Keras recurrent layer of a library): its constructor signature repeats Keras's own
`kernel_initializer='glorot_uniform'` default, which `build` hands to `add_weight`, and its activation defaults to
ReLU. A signature that spells out the framework default is the default, not a choice the author made: silent
unless strict-defaults asks for framework defaults."""

from tensorflow import keras
from tensorflow.keras import activations, initializers


class IndRNNCell(keras.layers.Layer):
    def __init__(self, units, activation="relu", kernel_initializer="glorot_uniform", **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = units
        self.activation = activations.get(activation)
        self.kernel_initializer = initializers.get(kernel_initializer)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="input_kernel",
                                      initializer=self.kernel_initializer)
        self.recurrent_kernel = self.add_weight(shape=(self.units,), name="recurrent_kernel",
                                                initializer=initializers.RandomUniform(-1.0, 1.0))

    def call(self, inputs, states):
        h = keras.backend.dot(inputs, self.kernel) + states[0] * self.recurrent_kernel
        output = self.activation(h)
        return output, [output]


layer = keras.layers.RNN(IndRNNCell(128))
model = keras.Sequential([keras.Input((None, 8)), layer, keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")

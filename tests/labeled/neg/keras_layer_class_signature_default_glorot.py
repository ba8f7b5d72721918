"""A graph-learning library's GIN layer: its signature repeats Keras's own default (`kernel_initializer=
"glorot_uniform"`) and hands it to the Dense layers of its MLP. That is the framework default spelled out by the
library, silent unless strict-defaults asks for defaults."""

import keras
from keras import layers


class GINConv(keras.layers.Layer):
    def __init__(self, output_dim, mlp_hidden=None, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.output_dim = output_dim
        self.mlp_hidden = mlp_hidden or [64, 64]
        self.kernel_initializer = kernel_initializer
        self.bias_initializer = bias_initializer
        self.activation = activation

    def build(self, input_shape):
        mlp = []
        for hidden_dim in self.mlp_hidden:
            mlp.append(layers.Dense(hidden_dim, activation=self.activation,
                                    kernel_initializer=self.kernel_initializer,
                                    bias_initializer=self.bias_initializer))
        mlp.append(layers.Dense(self.output_dim, kernel_initializer=self.kernel_initializer))
        self.mlp = keras.Sequential(mlp)

    def call(self, inputs):
        x, aggregated = inputs
        return self.mlp(x + aggregated)

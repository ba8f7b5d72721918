"""A quantised conditioned implicit network (QKeras layers, functional API): each pass of the layer loop adds a
hidden QDense to the main chain `h` and two FiLM QDense layers on the conditioning embedding, zero-initialised so
that the modulation starts as identity (adaLN-Zero's idea). The zero layers are side branches applied to an input
the loop never rebinds, not a stack of layers each feeding the next: nothing to report."""

from qkeras import QActivation, QDense
from tensorflow import keras


class FiLM(keras.layers.Layer):
    def call(self, inputs):
        h, gamma, beta = inputs
        return h * (1.0 + gamma) + beta


class ConditionedINR:
    def __init__(self, mlp_dims=(256, 256, 256), embed_dim=32):
        self.mlp_dims = mlp_dims
        self.embed_dim = embed_dim

    def build(self):
        coords = keras.Input(shape=(2,))
        embed = keras.Input(shape=(self.embed_dim,))
        h = coords
        for i, dim in enumerate(self.mlp_dims):
            h = QDense(dim, kernel_initializer="he_normal", name=f"mlp{i}")(h)
            h = QActivation("quantized_relu(8)")(h)
            gamma = QDense(dim, kernel_initializer="zeros", bias_initializer="zeros", name=f"film{i}_gamma")(embed)
            beta = QDense(dim, kernel_initializer="zeros", bias_initializer="zeros", name=f"film{i}_beta")(embed)
            h = FiLM(name=f"film{i}")([h, gamma, beta])
        return keras.Model([coords, embed], QDense(3)(h))

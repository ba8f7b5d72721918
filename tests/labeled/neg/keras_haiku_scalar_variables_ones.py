"""Scalar and vector variables created with add_weight / hk.get_parameter and a constant
initializer: an attention score scale, a concat-score weight, a learned temperature. Rank < 2:
nothing is multiplied with the layer's input, so they are scales, not weight matrices."""

import haiku as hk
import jax.numpy as jnp
from keras import layers


class ScaledAttention(layers.Layer):
    def build(self, input_shape):
        self.scale = self.add_weight(name="scale", shape=(), initializer="ones", trainable=True)
        self.concat_score_weight = self.add_weight(name="concat_score_weight", shape=(), initializer="ones")
        self.channel_weight = self.add_weight(name="channel_weight", shape=(input_shape[-1],), initializer="ones")

    def call(self, q, k):
        scores = self.scale * (q @ k.T) * self.concat_score_weight
        return scores * self.channel_weight


def temperature_scaled_logits(logits):
    w = hk.get_parameter("w", [], init=jnp.ones)
    return logits / w

"""A Keras custom layer (a framework base, `keras.layers.Layer`) whose add_weight draws its kernel from
RandomNormal(stddev=0.001), used as the model's final scoring layer: a small-std head (RULES: detection and
classifier heads `normal_(std=0.01)` / `0.001` on a named final layer stay silent)."""

from tensorflow import keras


class ScoreHead(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(name="kernel", shape=(input_shape[-1], self.units),
                                      initializer=keras.initializers.RandomNormal(stddev=0.001))

    def call(self, x):
        return x @ self.kernel


inputs = keras.Input(shape=(64,))
h = keras.layers.Dense(64, activation="relu")(inputs)
outputs = ScoreHead(1)(h)
model = keras.Model(inputs, outputs)

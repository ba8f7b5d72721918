"""The same notebook with three units per layer and U(-1, 1) kernels: once the dict says the hidden layers are
ReLU layers, the dataflow knows each Dense's fan-in (1, then 3): std 0.58 at fan-in 3 is no explosion (RULES:
known fan-in decides). Nothing to report."""

import numpy as np
import tensorflow as tf

acts = {"square": lambda x: x ** 2, "relu": "relu"}
act_name = "relu"
width, depth = 3, 2

inputs = tf.keras.Input(shape=(1,))
h = inputs
for _ in range(depth):
    h = tf.keras.layers.Dense(width, activation=acts[act_name],
                              kernel_initializer=tf.keras.initializers.RandomUniform(-1.0, 1.0))(h)
outputs = tf.keras.layers.Dense(1, kernel_initializer=tf.keras.initializers.RandomUniform(-1.0, 1.0))(h)
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")
X = np.linspace(-1, 1, 200)[:, None]
model.fit(X, X ** 2, epochs=50, verbose=0)

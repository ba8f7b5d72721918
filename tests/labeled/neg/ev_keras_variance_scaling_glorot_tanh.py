"""Keras tanh MLP with VarianceScaling(scale=1.0, mode="fan_avg") -- Glorot written out -- and
a LeCun VarianceScaling() with tanh: both right for tanh."""

from tensorflow import keras
from tensorflow.keras import layers

inputs = keras.Input(shape=(64,))
x = layers.Dense(128, activation="tanh",
                 kernel_initializer=keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg"))(inputs)
x = layers.Dense(128, activation="tanh", kernel_initializer=keras.initializers.VarianceScaling())(x)
outputs = layers.Dense(1)(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

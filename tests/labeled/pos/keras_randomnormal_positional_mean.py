"""tf.keras RandomNormal(0.02): the first positional argument of RandomNormal is mean,
so this is N(0.02, 0.05), not stddev 0.02."""

import tensorflow as tf
from tensorflow.keras import layers

model = tf.keras.Sequential([
    layers.Dense(128, activation="relu", input_shape=(64,),
                 kernel_initializer=tf.keras.initializers.RandomNormal(0.02)),  # expect: INI006
    layers.Dense(10),
])

"""tf.keras hidden layers with RandomNormal(stddev=0.001): far below the fan-in scale."""

import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=(28, 28)),
    tf.keras.layers.Dense(512, activation="relu",
                          kernel_initializer=tf.keras.initializers.RandomNormal(mean=0.0, stddev=0.001)),  # expect: INI003
    tf.keras.layers.Dense(512, activation="relu",
                          kernel_initializer=tf.keras.initializers.RandomNormal(mean=0.0, stddev=0.001)),  # expect: INI003
    tf.keras.layers.Dense(10, activation="softmax"),
])

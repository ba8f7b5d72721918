"""tf.keras.initializers.RandomUniform() with no arguments defaults to (-0.05, 0.05):
silent (unlike TF1's tf.random_uniform_initializer())."""

import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Dense(64, activation="tanh", input_shape=(256,),
                          kernel_initializer=tf.keras.initializers.RandomUniform()),
    tf.keras.layers.Dense(64, activation="tanh",
                          kernel_initializer=tf.keras.initializers.RandomUniform(minval=-0.05, maxval=0.05)),
    tf.keras.layers.Dense(1),
])

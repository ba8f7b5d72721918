"""Hands-On ML: he_avg_init = VarianceScaling(scale=2., mode="fan_avg") shared by ReLU hidden
layers -- He for ReLU, correct -- and a Glorot VarianceScaling(1.0, "fan_avg") on the softmax output."""

import tensorflow as tf

he_avg_init = tf.keras.initializers.VarianceScaling(scale=2., mode="fan_avg", distribution="uniform")
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=[28, 28]),
    tf.keras.layers.Dense(300, activation="relu", kernel_initializer=he_avg_init),
    tf.keras.layers.Dense(100, activation="relu", kernel_initializer=he_avg_init),
    tf.keras.layers.Dense(10, activation="softmax",
                          kernel_initializer=tf.keras.initializers.VarianceScaling(1.0, "fan_avg", "uniform")),
])
model.compile(loss="sparse_categorical_crossentropy", optimizer="nadam")

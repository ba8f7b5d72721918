"""Hands-On ML style: VarianceScaling(scale=2., mode="fan_avg") is He init over fan_avg; used on
hidden sigmoid layers it runs them hot (He is for ReLU)."""

import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Flatten(input_shape=[28, 28]),
    tf.keras.layers.Dense(300, activation="sigmoid",
                          kernel_initializer=tf.keras.initializers.VarianceScaling(  # expect: INI102
                              scale=2., mode="fan_avg", distribution="uniform")),
    tf.keras.layers.Dense(100, activation="sigmoid",
                          kernel_initializer=tf.keras.initializers.VarianceScaling(  # expect: INI102
                              scale=2., mode="fan_avg", distribution="uniform")),
    tf.keras.layers.Dense(10, activation="softmax"),
])
model.compile(loss="sparse_categorical_crossentropy", optimizer="sgd", metrics=["accuracy"])

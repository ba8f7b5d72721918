"""tf.keras CNN with an explicit GlorotNormal() initializer instance on ReLU conv layers."""

import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(32, (3, 3), activation="relu", input_shape=(32, 32, 3),
                           kernel_initializer=tf.keras.initializers.GlorotNormal(seed=42)),  # expect: INI101
    tf.keras.layers.MaxPooling2D((2, 2)),
    tf.keras.layers.Conv2D(64, (3, 3), activation="relu",
                           kernel_initializer=tf.keras.initializers.GlorotNormal(seed=42)),  # expect: INI101
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(10),
])

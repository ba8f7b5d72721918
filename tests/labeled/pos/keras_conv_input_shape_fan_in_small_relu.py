"""Keras CNN tutorial: RandomNormal(stddev=0.01) kernels on ReLU convs; the first conv sees 3x3x3 = 27 inputs
(input_shape channels), where He is 0.27, so 0.01 is under a tenth of it (the second, fan-in 288, is fine)."""

from tensorflow.keras import layers, models, initializers

model = models.Sequential([
    layers.Conv2D(32, (3, 3), activation="relu", input_shape=(32, 32, 3),
                  kernel_initializer=initializers.RandomNormal(stddev=0.01)),  # expect: INI003
    layers.MaxPooling2D((2, 2)),
    layers.Conv2D(64, (3, 3), activation="relu", kernel_initializer=initializers.RandomNormal(stddev=0.01)),
    layers.Flatten(),
    layers.Dense(10),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")

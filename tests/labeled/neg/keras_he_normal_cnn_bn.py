"""Keras functional ResNet-style block: Conv2D(kernel_initializer="he_normal") ->
BatchNormalization (gamma ones / beta zeros) -> Activation("relu")."""

from tensorflow import keras
from tensorflow.keras import layers


def conv_bn_relu(x, filters):
    x = layers.Conv2D(filters, 3, padding="same", use_bias=False, kernel_initializer="he_normal")(x)
    x = layers.BatchNormalization(gamma_initializer="ones", beta_initializer="zeros")(x)
    return layers.Activation("relu")(x)


inputs = keras.Input(shape=(32, 32, 3))
x = conv_bn_relu(inputs, 32)
x = conv_bn_relu(x, 64)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(10, activation="softmax")(x)
model = keras.Model(inputs, outputs)
